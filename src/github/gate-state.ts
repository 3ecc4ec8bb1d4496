/**
 * The gate's state store, written once: the bot's own `soup-gate` check run on a commit holds the
 * tick record (only the bot's app can write one); on a new head that has none yet, the check run
 * the sticky comment points at, verified to be the bot's and for this PR. Comment text itself is
 * never trusted as state.
 */
import { decodeState, emptyState, type GateState } from '../gate/state.js';
import { GATE_CHECK_NAME, getCheckRun, type CheckRunInfo } from './checks.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './errors.js';
import type { RepoRef } from './types.js';

/** The sticky comment's pointer to the check run that held the state when it was written. */
export const STATE_REF = /<!-- soup-gate:state-ref check-run=(\d{1,20}) -->/;

export function stateRefMarker(checkRunId: number): string {
  return `<!-- soup-gate:state-ref check-run=${checkRunId} -->`;
}

/** Whether a check run is the gate's own (the bot's app, the gate's name): nobody else's counts. */
export function isGateCheck(run: CheckRunInfo, botApp: string): boolean {
  return run.name === GATE_CHECK_NAME && run.appSlug === botApp;
}

/** The newest of the bot's gate check runs in a listing. */
export function latestGateCheck(runs: readonly CheckRunInfo[], botApp: string): CheckRunInfo | undefined {
  return runs.filter((run) => isGateCheck(run, botApp)).sort((a, b) => b.id - a.id)[0];
}

export interface LoadedGateState {
  state: GateState;
  /** The bot's gate check run on this head, which the next write updates; undefined on a new head. */
  current: CheckRunInfo | undefined;
}

/**
 * The state for a PR: from the bot's check run on its head, else from the run the comment points
 * at. A pointed-at run that no longer exists (404) is no state; any other read failure throws, so
 * a run never writes an empty record over ticks it merely failed to read.
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
  const pointer = body === undefined ? null : STATE_REF.exec(body);
  if (pointer) {
    let previous: CheckRunInfo | undefined;
    try {
      previous = await getCheckRun(client, repo, Number(pointer[1]));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (previous && isGateCheck(previous, input.botApp)) {
      const state = decodeState(previous.text, input.pr);
      if (state) return { state, current: undefined };
    }
  }
  return { state: emptyState(input.pr), current: undefined };
}
