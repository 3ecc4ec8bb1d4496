/**
 * The gate's state store, read in one place for the PR gate, the merge group and on-merge: the
 * bot's own `soup-gate` check run on a commit holds the tick record (only the bot's app can write
 * one); on a new head that has none yet, the check run the sticky comment points at, verified to
 * be the bot's and for this PR. Comment text itself is never trusted as state.
 */
import { latestGateCheck, isGateCheck } from '../gate/gate-check.js';
import { decodeState, emptyState, readStateRef, type GateState } from '../gate/state.js';
import { getCheckRun, listCheckRuns, type CheckRunInfo } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';

export interface LoadedGateState {
  state: GateState;
  /** The bot's gate check run on this head, which the next write updates; undefined on a new head. */
  current: CheckRunInfo | undefined;
}

/**
 * The state for a PR: from the bot's check run on its head, else from the run the comment points
 * at. A pointed-at run that no longer exists is no state; any other read failure throws, so a run
 * never writes an empty record over ticks it merely failed to read.
 */
export async function loadGateState(
  client: GitHubClient,
  repo: RepoRef,
  input: {
    pr: number;
    botApp: string;
    headRuns: readonly CheckRunInfo[];
    /** The sticky comment's body, asked for only when the head has no gate check run yet. */
    readComment: () => Promise<string | undefined>;
  },
): Promise<LoadedGateState> {
  const current = latestGateCheck(input.headRuns, input.botApp);
  if (current) return { state: decodeState(current.text, input.pr) ?? emptyState(input.pr), current };
  const body = await input.readComment();
  const pointer = body === undefined ? undefined : readStateRef(body);
  if (pointer !== undefined) {
    const previous = await getCheckRun(client, repo, pointer);
    const state =
      previous && isGateCheck(previous, input.botApp) ? decodeState(previous.text, input.pr) : undefined;
    if (state) return { state, current: undefined };
  }
  return { state: emptyState(input.pr), current: undefined };
}

/**
 * The state as the newest gate check run on `sha` holds it now, with that run's id; undefined when
 * there is none or it holds no state for this PR. Read just before and after a write, to merge in
 * what a concurrent run wrote.
 */
export async function readLatestGateState(
  client: GitHubClient,
  repo: RepoRef,
  input: { pr: number; sha: string; botApp: string },
): Promise<{ state: GateState; runId: number } | undefined> {
  const latest = latestGateCheck(await listCheckRuns(client, repo, input.sha), input.botApp);
  const state = latest ? decodeState(latest.text, input.pr) : undefined;
  return latest && state ? { state, runId: latest.id } : undefined;
}
