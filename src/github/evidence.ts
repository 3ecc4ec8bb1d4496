import type { EvidenceStatus } from '../gate/evaluate.js';
import type { Policy } from '../config/policy.js';
import { code, safeUrl } from '../markdown/escape.js';
import type { CheckRunInfo } from './checks.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf } from './errors.js';
import { field } from './json.js';

/** At most this many run links in the PR body are checked (each is one request). */
const MAX_LINKS = 5;

function link(url: string, text: string): string {
  const safe = safeUrl(url);
  return safe ? `[${text}](${safe})` : text;
}

/**
 * Re-verification evidence on the PR's current head SHA: a successful completed check run with a
 * configured name (from the listing the gate already has), else a link in the PR body to a
 * workflow run that is of this repository, completed, successful and on the head SHA.
 */
export async function verifyEvidence(input: {
  client: GitHubClient;
  repo: RepoRef;
  policy: Policy;
  headSha: string;
  checkRuns: readonly CheckRunInfo[];
  prBody: string;
}): Promise<EvidenceStatus> {
  const { policy, headSha } = input;
  const short = code(headSha.slice(0, 7));
  if (!policy.evidence.required)
    return { required: false, satisfied: true, description: 'not required by the policy' };
  const names = policy.evidence.checkRuns;
  const found = input.checkRuns.find(
    (run) =>
      names.includes(run.name) &&
      run.headSha === headSha &&
      run.status === 'completed' &&
      run.conclusion === 'success',
  );
  if (found)
    return {
      required: true,
      satisfied: true,
      description: `${link(found.url, `successful ${found.name} run`)} on ${short}`,
    };

  const problems: string[] = [];
  if (policy.evidence.links) {
    const pattern = /https:\/\/github\.com\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)/g;
    const seen = new Set<string>();
    for (const match of input.prBody.matchAll(pattern)) {
      if (seen.size >= MAX_LINKS) break;
      const [url, owner, name, id] = match as unknown as [string, string, string, string];
      if (seen.has(id)) continue;
      seen.add(id);
      if (
        owner.toLowerCase() !== input.repo.owner.toLowerCase() ||
        name.toLowerCase() !== input.repo.repo.toLowerCase()
      ) {
        problems.push(`run ${code(id)} is from another repository`);
        continue;
      }
      try {
        const run = (await input.client.rest.actions.getWorkflowRun({ ...input.repo, run_id: Number(id) }))
          .data;
        const fullName = field(field(run, 'repository'), 'full_name');
        if (
          typeof fullName !== 'string' ||
          fullName.toLowerCase() !== `${input.repo.owner}/${input.repo.repo}`.toLowerCase()
        ) {
          problems.push(`run ${code(id)} is from another repository`);
        } else if (field(run, 'head_sha') !== headSha) {
          problems.push(
            `run ${code(id)} tested ${code(String(field(run, 'head_sha')).slice(0, 7))}, not the head ${short}`,
          );
        } else if (field(run, 'status') !== 'completed' || field(run, 'conclusion') !== 'success') {
          problems.push(
            `run ${code(id)} is ${code(String(field(run, 'conclusion') ?? field(run, 'status')))}`,
          );
        } else {
          return {
            required: true,
            satisfied: true,
            description: `${link(url, `successful workflow run ${id}`)} on ${short} (linked in the PR)`,
          };
        }
      } catch (error) {
        if (statusOf(error) === 404) problems.push(`run ${code(id)} does not exist in this repository`);
        else throw error;
      }
    }
  }
  const wanted =
    names.length > 0
      ? `a successful ${names.map((n) => code(n)).join(' or ')} run on ${short}`
      : `a successful workflow run on ${short}`;
  const how = policy.evidence.links ? ' (or a link to one in the PR description)' : '';
  return {
    required: true,
    satisfied: false,
    description: `waiting for ${wanted}${how}${problems.length > 0 ? `; rejected: ${problems.join('; ')}` : ''}`,
  };
}
