import { listCheckRuns, writeGateCheck } from '../github/checks.js';
import { latestGateCheck } from '../github/gate-state.js';
import { field } from '../github/json.js';
import { getPullRequest } from '../github/pull-request.js';
import type { AppContext } from './context.js';

/**
 * A merge queue asks for the required `soup-gate` check on its temporary commit. The queue holds
 * PRs that passed already, so the check mirrors the PR's own gate; it never passes a PR whose gate
 * is not green (or can't be found).
 */
export async function passMergeGroup(options: AppContext, payload: Record<string, unknown>): Promise<void> {
  const { client, repo, config, io } = options;
  const group = field(payload, 'merge_group');
  const headSha = field(group, 'head_sha');
  const headRef = field(group, 'head_ref');
  if (typeof headSha !== 'string' || typeof headRef !== 'string')
    throw new Error('the merge_group payload lacks head_sha or head_ref');
  const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
  let passed = false;
  let reason = `could not tell which PR ${headRef} holds`;
  if (number) {
    const pr = await getPullRequest(client, repo, Number(number));
    const gate = latestGateCheck(await listCheckRuns(client, repo, pr.headSha), config.botApp);
    passed = gate?.conclusion === 'success';
    reason = gate
      ? `PR #${number}'s soup-gate check is ${gate.conclusion ?? gate.status}`
      : `PR #${number} has no soup-gate check on ${pr.headSha.slice(0, 7)}`;
  }
  io.info(`merge group ${headSha.slice(0, 7)}: ${reason}`);
  await writeGateCheck(client, repo, undefined, {
    sha: headSha,
    passed,
    title: passed ? 'SOUP changes assessed in the PR' : 'SOUP gate not passed in the PR',
    summary: reason,
    text: '',
  });
}
