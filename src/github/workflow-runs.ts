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
    run = (await client.rest.actions.getWorkflowRun({ ...repo, run_id: id })).data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
  return {
    id,
    repository: text(field(field(run, 'repository'), 'full_name')),
    headSha: text(field(run, 'head_sha')),
    status: text(field(run, 'status')),
    conclusion: text(field(run, 'conclusion')),
  };
}
