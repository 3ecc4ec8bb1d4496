/**
 * Which re-verification evidence counts (IEC 62304 6.2.x). Evidence is what the base branch's
 * policy names, never what the PR's author picks: a completed, successful run on the PR's current
 * head SHA, either a check run with a configured name written by a configured app, or a linked
 * run of this repository of a workflow the policy names whose file is on the base branch and
 * unchanged by the PR (a workflow the PR adds or rewrites proves only what its author wrote).
 * Every refusal says why; every value that came from the PR or the API is escaped.
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
  /** The slug of the GitHub App that wrote it. */
  appSlug: string | null;
  /** Its check suite: for GitHub Actions, the way to its workflow run (and that run's artifacts). */
  checkSuiteId?: number | null;
}

/** The fields of a linked workflow run these rules read, as the API reported them. */
export interface WorkflowRunFacts {
  repository: string | null;
  headSha: string | null;
  status: string | null;
  conclusion: string | null;
  /** The workflow file, e.g. `.github/workflows/integration.yml`. */
  path: string | null;
  /** The workflow's name (from the file the run used: the PR's, under `pull_request`). */
  name: string | null;
}

/** The workflow file's blob SHA at the PR's base and at its head; undefined where it does not exist. */
export interface WorkflowFileFacts {
  base: string | undefined;
  head: string | undefined;
}

export interface RunLink {
  url: string;
  owner: string;
  repo: string;
  id: string;
}

/** At most this many run links in the PR body are checked (each costs up to three requests). */
export const MAX_LINKS = 5;

/** At most this many refusals are listed; the rest are counted. */
const MAX_REFUSALS = 8;

/** Longest API-given name or path quoted in the comment. */
const MAX_NAME = 120;

const RUN_LINK = /https:\/\/github\.com\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)/g;

const WORKFLOW_DIR = '.github/workflows/';

function link(url: string, text: string): string {
  const safe = safeUrl(url);
  return safe ? `[${text}](${safe})` : text;
}

function shortSha(sha: string): string {
  return code(sha.slice(0, 7));
}

/** The apps whose check runs count, as Markdown. */
function appList(rule: EvidenceRule): string {
  const apps = rule.checkRunApps.map((a) => code(a, MAX_NAME)).join(' or ');
  return apps === '' ? `no app (${code('evidence.check-run-apps')} is empty)` : apps;
}

/**
 * Why a check run with a configured name does not count, or undefined when it does: written by
 * another app than the policy's (any workflow or app may call its check run anything), on
 * another commit, not finished or not successful.
 */
export function checkRunProblem(rule: EvidenceRule, run: CheckRunFacts, headSha: string): string | undefined {
  const what = `check run ${code(run.name, MAX_NAME)}`;
  if (run.appSlug === null || !rule.checkRunApps.includes(run.appSlug))
    return `${what} is from app ${code(run.appSlug ?? 'unknown', MAX_NAME)}; the base branch's policy accepts check runs from ${appList(rule)}`;
  if (run.headSha !== headSha)
    return `${what} tested ${shortSha(run.headSha)}, not the head ${shortSha(headSha)}`;
  if (run.status !== 'completed' || run.conclusion !== 'success')
    return `${what} is ${code(run.conclusion ?? run.status, MAX_NAME)}`;
  return undefined;
}

/**
 * Evidence settled from the check runs the gate already listed: not required by the policy, or a
 * check run with a configured name that counts. Otherwise `refusals` says why each
 * configured-name run did not count.
 */
export function judgeCheckRuns(
  rule: EvidenceRule,
  runs: readonly CheckRunFacts[],
  headSha: string,
): { evidence: EvidenceStatus } | { refusals: string[] } {
  if (!rule.required)
    return { evidence: { required: false, satisfied: true, description: 'not required by the policy' } };
  const refusals: string[] = [];
  for (const run of runs) {
    if (!rule.checkRuns.includes(run.name)) continue;
    const problem = checkRunProblem(rule, run, headSha);
    if (problem) {
      if (!refusals.includes(problem)) refusals.push(problem);
      continue;
    }
    return {
      evidence: {
        required: true,
        satisfied: true,
        description: `accepted: ${link(run.url, `successful ${code(run.name, MAX_NAME)} check run`)} from ${code(run.appSlug ?? '', MAX_NAME)} on ${shortSha(headSha)}`,
        accepted: {
          kind: 'check-run',
          name: run.name,
          url: run.url,
          appSlug: run.appSlug,
          checkSuiteId: run.checkSuiteId ?? null,
        },
      },
    };
  }
  return { refusals };
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
 * The workflow file a run used, as a repository path: the API's `path`, without the `@ref` some
 * runs carry. Undefined for anything that is not a file under .github/workflows/ (dynamic runs
 * such as code scanning have no file a policy could name or the base branch could hold).
 */
export function workflowPath(run: WorkflowRunFacts): string | undefined {
  const path = run.path?.split('@')[0]?.replace(/^\.\//, '');
  if (!path?.startsWith(WORKFLOW_DIR) || path.includes('..') || !/\.ya?ml$/.test(path)) return undefined;
  return path;
}

/**
 * Whether the base policy names the run's workflow: an entry ending in .yml/.yaml is a file (a
 * bare file name means one under .github/workflows/), anything else is a workflow name.
 */
export function isNamedWorkflow(rule: EvidenceRule, path: string, name: string | null): boolean {
  return rule.workflows.some((entry) => {
    const wanted = entry.trim().replace(/^\.\//, '');
    if (/\.ya?ml$/.test(wanted))
      return wanted.includes('/') ? wanted === path : `${WORKFLOW_DIR}${wanted}` === path;
    return name !== null && wanted === name;
  });
}

/**
 * A linked run as the API reported it (undefined: this repository has no such run): the workflow
 * file whose presence on the base branch is still to be checked, or why it does not count.
 */
export function judgeLinkedRun(
  runLink: RunLink,
  run: WorkflowRunFacts | undefined,
  repo: { owner: string; repo: string },
  headSha: string,
  rule: EvidenceRule,
): { path: string; run: WorkflowRunFacts } | { problem: string } {
  const id = code(runLink.id);
  if (!run) return { problem: `run ${id} does not exist in this repository` };
  if (run.repository?.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase())
    return { problem: `run ${id} is from another repository` };
  if (run.headSha !== headSha)
    return {
      problem: `run ${id} tested ${code(String(run.headSha).slice(0, 7))}, not the head ${shortSha(headSha)}`,
    };
  if (run.status !== 'completed' || run.conclusion !== 'success')
    return { problem: `run ${id} is ${code(String(run.conclusion ?? run.status), MAX_NAME)}` };
  const path = workflowPath(run);
  if (path === undefined)
    return {
      problem: `run ${id} is not of a workflow file under ${code(WORKFLOW_DIR)} (${code(run.path ?? 'no path', MAX_NAME)})`,
    };
  if (!isNamedWorkflow(rule, path, run.name))
    return {
      problem: `run ${id} is of workflow ${describeWorkflow(path, run.name)}, which the base branch's policy does not name (${rule.workflows.length > 0 ? `it names ${rule.workflows.map((w) => code(w, MAX_NAME)).join(', ')}` : `${code('evidence.workflows')} is empty`})`,
    };
  return { path, run };
}

function describeWorkflow(path: string, name: string | null): string {
  return `${code(path, MAX_NAME)}${name ? ` (${code(name, MAX_NAME)})` : ''}`;
}

/**
 * The last step for a linked run whose workflow the policy names: its file must be on the base
 * branch and the same blob at the head, otherwise the run executed what the PR wrote.
 */
export function judgeWorkflowFile(
  runLink: RunLink,
  run: WorkflowRunFacts,
  path: string,
  file: WorkflowFileFacts,
  headSha: string,
): { evidence: EvidenceStatus } | { problem: string } {
  const id = code(runLink.id);
  const workflow = describeWorkflow(path, run.name);
  if (file.base === undefined)
    return {
      problem: `run ${id} is of workflow ${workflow}, whose file is not on the base branch (added by this PR?)`,
    };
  if (file.head !== file.base)
    return {
      problem: `run ${id} is of workflow ${workflow}, whose file this PR ${file.head === undefined ? 'deletes' : 'changes'}: the run did not execute the base branch's workflow`,
    };
  return {
    evidence: {
      required: true,
      satisfied: true,
      description: `accepted: ${link(runLink.url, `successful run ${runLink.id}`)} of workflow ${workflow} (named by the base branch's policy, unchanged by this PR) on ${shortSha(headSha)}, linked in the PR`,
      accepted: { kind: 'workflow-run', id: Number(runLink.id), url: runLink.url, path, name: run.name },
    },
  };
}

/** `; refused: a; b` for the evidence line, at most MAX_REFUSALS of them. */
function listRefusals(refusals: readonly string[]): string {
  if (refusals.length === 0) return '';
  const shown = refusals.slice(0, MAX_REFUSALS);
  const more = refusals.length - shown.length;
  return `; refused: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** Accepted evidence with the refusals met before it (so the comment explains every link). */
export function withRefusals(evidence: EvidenceStatus, refusals: readonly string[]): EvidenceStatus {
  return { ...evidence, description: `${evidence.description}${listRefusals(refusals)}` };
}

/** Evidence still awaited: what would count, and why each run met did not. */
export function awaitedEvidence(
  rule: EvidenceRule,
  headSha: string,
  refusals: readonly string[],
): EvidenceStatus {
  const short = shortSha(headSha);
  const checks =
    rule.checkRuns.length > 0
      ? `a successful ${rule.checkRuns.map((n) => code(n, MAX_NAME)).join(' or ')} check run from ${appList(rule)} on ${short}`
      : undefined;
  const workflows =
    rule.links && rule.workflows.length > 0
      ? `a link in the PR description to a successful run on ${short} of ${rule.workflows.map((w) => code(w, MAX_NAME)).join(' or ')} (as on the base branch)`
      : undefined;
  const wanted =
    [checks, workflows].filter(Boolean).join(', or ') ||
    `evidence the policy names (${code('evidence.check-runs')} and ${code('evidence.workflows')} name none)`;
  return {
    required: true,
    satisfied: false,
    description: `waiting for ${wanted}${listRefusals(refusals)}`,
  };
}
