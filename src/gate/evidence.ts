/**
 * Which re-verification evidence counts (IEC 62304 6.2.x): a completed, successful run on the PR's
 * current head SHA, either a check run the base branch's policy names or a workflow run of this
 * repository linked in the PR description. A run of another repository, commit or outcome never
 * counts, and each rejection says why.
 */
import type { Policy } from '../config/policy.js';
import { code, safeUrl } from '../markdown/escape.js';
import type { EvidenceStatus } from './evaluate.js';

export type EvidenceRule = Policy['evidence'];

/** The fields of a check run these rules read. */
export interface CheckRunFacts {
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  url: string;
}

/** The fields of a linked workflow run these rules read, as the API reported them. */
export interface WorkflowRunFacts {
  repository: string | null;
  headSha: string | null;
  status: string | null;
  conclusion: string | null;
}

export interface RunLink {
  url: string;
  owner: string;
  repo: string;
  id: string;
}

/** At most this many run links in the PR body are checked (each is one request). */
export const MAX_LINKS = 5;

const RUN_LINK = /https:\/\/github\.com\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)/g;

function link(url: string, text: string): string {
  const safe = safeUrl(url);
  return safe ? `[${text}](${safe})` : text;
}

function shortSha(sha: string): string {
  return code(sha.slice(0, 7));
}

/**
 * Evidence settled without any request: not required by the policy, or a successful check run
 * with a configured name on the head in the listing the gate already has. Undefined: look further.
 */
export function checkRunEvidence(
  rule: EvidenceRule,
  runs: readonly CheckRunFacts[],
  headSha: string,
): EvidenceStatus | undefined {
  if (!rule.required) return { required: false, satisfied: true, description: 'not required by the policy' };
  const found = runs.find(
    (run) =>
      rule.checkRuns.includes(run.name) &&
      run.headSha === headSha &&
      run.status === 'completed' &&
      run.conclusion === 'success',
  );
  if (!found) return undefined;
  return {
    required: true,
    satisfied: true,
    description: `${link(found.url, `successful ${found.name} run`)} on ${shortSha(headSha)}`,
  };
}

/** The distinct workflow-run links in a PR description, in order, at most MAX_LINKS of them. */
export function findRunLinks(body: string): RunLink[] {
  const links: RunLink[] = [];
  const seen = new Set<string>();
  for (const match of body.matchAll(RUN_LINK)) {
    if (seen.size >= MAX_LINKS) break;
    const [url, owner, repo, id] = match as unknown as [string, string, string, string];
    if (seen.has(id)) continue;
    seen.add(id);
    links.push({ url, owner, repo, id });
  }
  return links;
}

/** Why a link can't count before asking for the run: it names another repository. */
export function foreignLinkProblem(
  runLink: RunLink,
  repo: { owner: string; repo: string },
): string | undefined {
  return runLink.owner.toLowerCase() !== repo.owner.toLowerCase() ||
    runLink.repo.toLowerCase() !== repo.repo.toLowerCase()
    ? `run ${code(runLink.id)} is from another repository`
    : undefined;
}

/**
 * A linked run as the API reported it (undefined: this repository has no such run): satisfied
 * evidence, or why it does not count.
 */
export function judgeLinkedRun(
  runLink: RunLink,
  run: WorkflowRunFacts | undefined,
  repo: { owner: string; repo: string },
  headSha: string,
): { evidence: EvidenceStatus } | { problem: string } {
  const id = code(runLink.id);
  if (!run) return { problem: `run ${id} does not exist in this repository` };
  if (run.repository?.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase())
    return { problem: `run ${id} is from another repository` };
  if (run.headSha !== headSha)
    return {
      problem: `run ${id} tested ${code(String(run.headSha).slice(0, 7))}, not the head ${shortSha(headSha)}`,
    };
  if (run.status !== 'completed' || run.conclusion !== 'success')
    return { problem: `run ${id} is ${code(String(run.conclusion ?? run.status))}` };
  return {
    evidence: {
      required: true,
      satisfied: true,
      description: `${link(runLink.url, `successful workflow run ${runLink.id}`)} on ${shortSha(headSha)} (linked in the PR)`,
    },
  };
}

/** Evidence still awaited: what would count, and why each linked run did not. */
export function awaitedEvidence(
  rule: EvidenceRule,
  headSha: string,
  problems: readonly string[],
): EvidenceStatus {
  const short = shortSha(headSha);
  const wanted =
    rule.checkRuns.length > 0
      ? `a successful ${rule.checkRuns.map((n) => code(n)).join(' or ')} run on ${short}`
      : `a successful workflow run on ${short}`;
  const how = rule.links ? ' (or a link to one in the PR description)' : '';
  return {
    required: true,
    satisfied: false,
    description: `waiting for ${wanted}${how}${problems.length > 0 ? `; rejected: ${problems.join('; ')}` : ''}`,
  };
}
