import type { EvidenceStatus } from '../gate/evaluate.js';
import {
  awaitedEvidence,
  findRunLinks,
  foreignLinkProblem,
  judgeCheckRuns,
  judgeLinkedRun,
  judgeWorkflowFile,
  withRefusals,
  type EvidenceRule,
} from '../gate/evidence.js';
import type { CheckRunInfo } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { getFileBlobSha, getWorkflowRun } from '../github/workflow-runs.js';

/**
 * Re-verification evidence on the PR's current head SHA (rules in gate/evidence.ts): a check run
 * from the listing the gate already has, else the runs linked in the PR body, fetched one by one
 * until one counts (a run, then its workflow file at the base and the head: at most three
 * requests per link, MAX_LINKS links), so a satisfied gate costs no request it doesn't need.
 */
export async function verifyEvidence(input: {
  client: GitHubClient;
  repo: RepoRef;
  rule: EvidenceRule;
  /** The PR's base commit: where the policy, and so the workflows it names, are read. */
  baseSha: string;
  headSha: string;
  checkRuns: readonly CheckRunInfo[];
  prBody: string;
}): Promise<EvidenceStatus> {
  const { client, repo, rule, baseSha, headSha } = input;
  const checks = judgeCheckRuns(rule, input.checkRuns, headSha);
  if ('evidence' in checks) return checks.evidence;
  const refusals = [...checks.refusals];
  for (const runLink of rule.links ? findRunLinks(input.prBody) : []) {
    const foreign = foreignLinkProblem(runLink, repo);
    if (foreign) {
      refusals.push(foreign);
      continue;
    }
    const run = await getWorkflowRun(client, repo, Number(runLink.id));
    const judged = judgeLinkedRun(runLink, run, repo, headSha, rule);
    if ('problem' in judged) {
      refusals.push(judged.problem);
      continue;
    }
    const base = await getFileBlobSha(client, repo, baseSha, judged.path);
    // Not on the base branch: refused whatever the head holds, so the head isn't asked.
    const head = base === undefined ? undefined : await getFileBlobSha(client, repo, headSha, judged.path);
    const verdict = judgeWorkflowFile(runLink, judged.run, judged.path, { base, head }, headSha);
    if ('evidence' in verdict) return withRefusals(verdict.evidence, refusals);
    refusals.push(verdict.problem);
  }
  return awaitedEvidence(rule, headSha, refusals);
}
