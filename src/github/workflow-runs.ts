import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf } from './errors.js';
import { field } from './json.js';

export interface WorkflowRunInfo {
  id: number;
  /** `owner/name` of the repository the run belongs to, as GitHub reports it. */
  repository: string | null;
  headSha: string | null;
  status: string | null;
  conclusion: string | null;
  /** The workflow file the run used, e.g. `.github/workflows/ci.yml`. */
  path: string | null;
  /** The workflow's name. */
  name: string | null;
  /** The run's page on GitHub. */
  url: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A workflow run of the repository by id; undefined when the repository has no such run (404). */
export async function getWorkflowRun(
  client: GitHubClient,
  repo: RepoRef,
  id: number,
): Promise<WorkflowRunInfo | undefined> {
  let run: unknown;
  try {
    run = (await client.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { ...repo, run_id: id }))
      .data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  return readWorkflowRun(id, run);
}

/** A workflow run's fields as the API reported them (absent or mistyped fields are null). */
export function readWorkflowRun(id: number, run: unknown): WorkflowRunInfo {
  return {
    id,
    repository: text(field(field(run, 'repository'), 'full_name')),
    headSha: text(field(run, 'head_sha')),
    status: text(field(run, 'status')),
    conclusion: text(field(run, 'conclusion')),
    path: text(field(run, 'path')),
    name: text(field(run, 'name')),
    url: text(field(run, 'html_url')),
  };
}

/**
 * The blob SHA of a file at a commit (one contents request, object form: the SHA without the
 * bytes), or undefined when no file is there. Two commits hold the same file exactly when the
 * SHAs are equal, which is how a workflow the PR changed is told from the base branch's.
 */
export async function getFileBlobSha(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
  path: string,
): Promise<string | undefined> {
  let data: unknown;
  try {
    data = (await client.request('GET /repos/{owner}/{repo}/contents/{path}', { ...repo, path, ref })).data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  // A directory answers with an array, a symlink or submodule with another type: not a workflow file.
  if (field(data, 'type') !== 'file') return undefined;
  const sha = field(data, 'sha');
  if (typeof sha !== 'string')
    throw new Error(`GitHub returned an unexpected body for ${path} at ${ref.slice(0, 7)}: no blob sha`);
  return sha;
}
