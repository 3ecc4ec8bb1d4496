import { GATE_CHECK_NAME, latestGateCheck } from '../gate/gate-check.js';
import { listCheckRuns, writeCheckRun } from '../github/checks.js';
import { mergeGroupOf } from '../github/event.js';
import { getPullRequest } from '../github/pull-request.js';
import type { AppContext } from './context.js';

/**
 * A merge queue asks for the required `soup-gate` check on its temporary commit. The queue holds
 * PRs that passed already, so the check mirrors the PR's own gate; it never passes a PR whose gate
 * is not green (or can't be found).
 */
export async function passMergeGroup(context: AppContext, payload: Record<string, unknown>): Promise<void> {
  const { client, repo, config, io } = context;
  const group = mergeGroupOf(payload);
  let passed = false;
  let reason = `could not tell which PR ${group.headRef} holds`;
  if (group.pullRequest !== undefined) {
    const number = group.pullRequest;
    const pr = await getPullRequest(client, repo, number);
    const gate = latestGateCheck(await listCheckRuns(client, repo, pr.headSha), config.botApp);
    passed = gate?.conclusion === 'success';
    reason = gate
      ? `PR #${number}'s soup-gate check is ${gate.conclusion ?? gate.status}`
      : `PR #${number} has no soup-gate check on ${pr.headSha.slice(0, 7)}`;
  }
  io.info(`merge group ${group.headSha.slice(0, 7)}: ${reason}`);
  await writeCheckRun(client, repo, undefined, {
    name: GATE_CHECK_NAME,
    sha: group.headSha,
    passed,
    title: passed ? 'SOUP changes assessed in the PR' : 'SOUP gate not passed in the PR',
    summary: reason,
    text: '',
  });
}
