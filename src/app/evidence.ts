import type { EvidenceStatus } from '../gate/evaluate.js';
import {
  awaitedEvidence,
  checkRunEvidence,
  findRunLinks,
  foreignLinkProblem,
  judgeLinkedRun,
  type EvidenceRule,
} from '../gate/evidence.js';
import type { CheckRunInfo } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { getWorkflowRun } from '../github/workflow-runs.js';

/**
 * Re-verification evidence on the PR's current head SHA (rules in gate/evidence.ts): a check run
 * from the listing the gate already has, else the runs linked in the PR body, fetched one by one
 * until one counts, so a satisfied gate costs no request it doesn't need.
 */
export async function verifyEvidence(input: {
  client: GitHubClient;
  repo: RepoRef;
  rule: EvidenceRule;
  headSha: string;
  checkRuns: readonly CheckRunInfo[];
  prBody: string;
}): Promise<EvidenceStatus> {
  const { client, repo, rule, headSha } = input;
  const settled = checkRunEvidence(rule, input.checkRuns, headSha);
  if (settled) return settled;
  const problems: string[] = [];
  for (const runLink of rule.links ? findRunLinks(input.prBody) : []) {
    const foreign = foreignLinkProblem(runLink, repo);
    if (foreign) {
      problems.push(foreign);
      continue;
    }
    const judged = judgeLinkedRun(
      runLink,
      await getWorkflowRun(client, repo, Number(runLink.id)),
      repo,
      headSha,
    );
    if ('evidence' in judged) return judged.evidence;
    problems.push(judged.problem);
  }
  return awaitedEvidence(rule, headSha, problems);
}
