import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';

export interface CheckRunInfo {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  url: string;
  appSlug: string | null;
  /** `output.summary` and `output.text`: the gate's tick record is spread over both. */
  summary: string;
  text: string;
  completedAt: string | null;
  /** The check suite it belongs to: for GitHub Actions, the suite of one workflow run. */
  checkSuiteId: number | null;
}

function readCheckRun(value: unknown): CheckRunInfo | undefined {
  const id = field(value, 'id');
  const name = field(value, 'name');
  const headSha = field(value, 'head_sha');
  if (typeof id !== 'number' || typeof name !== 'string' || typeof headSha !== 'string') return undefined;
  const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  return {
    id,
    name,
    headSha,
    status: str(field(value, 'status')) ?? '',
    conclusion: str(field(value, 'conclusion')),
    url: str(field(value, 'html_url')) ?? '',
    appSlug: str(field(field(value, 'app'), 'slug')),
    summary: str(field(field(value, 'output'), 'summary')) ?? '',
    text: str(field(field(value, 'output'), 'text')) ?? '',
    completedAt: str(field(value, 'completed_at')),
    checkSuiteId: ((id) => (typeof id === 'number' ? id : null))(field(field(value, 'check_suite'), 'id')),
  };
}

/** Every check run on a commit, in one paginated listing (the gate's state and the evidence both come from it). */
export async function listCheckRuns(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<CheckRunInfo[]> {
  const runs = await client.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...repo,
    ref: sha,
    per_page: 100,
    filter: 'all',
  });
  return expectArray(runs, 'the check runs')
    .map(readCheckRun)
    .filter((r): r is CheckRunInfo => r !== undefined);
}

/** One check run by id; undefined when it no longer exists (404) or the answer is not a check run. */
export async function getCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  id: number,
): Promise<CheckRunInfo | undefined> {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      ...repo,
      check_run_id: id,
    });
    return readCheckRun(response.data);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** GitHub refuses a check run whose `output.summary` or `output.text` is longer than this. */
const MAX_OUTPUT = 65_535;

export interface CheckRunWrite {
  name: string;
  sha: string;
  passed: boolean;
  title: string;
  summary: string;
  /** Only the token's app can write a check run's output, which is why callers keep state there. */
  text: string;
}

/** Creates a completed check run on `sha`, or updates `existingId`; returns its id. */
export async function writeCheckRun(
  client: GitHubClient,
  repo: RepoRef,
  existingId: number | undefined,
  check: CheckRunWrite,
): Promise<number> {
  // Refused rather than cut to fit: a cut tick record is a lost one, so callers lay out their output.
  for (const field of ['summary', 'text'] as const) {
    if (check[field].length > MAX_OUTPUT)
      throw new Error(
        `the ${check.name} check run's output.${field} has ${check[field].length} characters; GitHub accepts ${MAX_OUTPUT}`,
      );
  }
  const output = { title: check.title.slice(0, 200), summary: check.summary, text: check.text };
  const common = {
    status: 'completed' as const,
    conclusion: check.passed ? ('success' as const) : ('failure' as const),
    completed_at: new Date().toISOString(),
    output,
  };
  return withPermission(`write the ${check.name} check run`, 'checks: write', async () => {
    if (existingId !== undefined) {
      await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...repo,
        check_run_id: existingId,
        ...common,
      });
      return existingId;
    }
    const created = await client.request('POST /repos/{owner}/{repo}/check-runs', {
      ...repo,
      name: check.name,
      head_sha: check.sha,
      ...common,
    });
    const id = field(created.data, 'id');
    if (typeof id !== 'number') throw new Error('GitHub returned a check run without an id');
    return id;
  });
}
