/**
 * The PR as GitHub has it, read on its own: this module loads nothing but the client's types, so the
 * action can send this first request before the gate's heavier code (lockfile rules, YAML, renderers)
 * has loaded.
 */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';

export interface PullRequestRef extends RepoRef {
  number: number;
  baseSha: string;
  headSha: string;
}

export interface PullRequestInfo extends PullRequestRef {
  author: string;
  body: string;
  labels: string[];
  state: string;
  merged: boolean;
  mergeCommitSha: string | null;
  /** When it was merged (ISO 8601), null while it isn't. */
  mergedAt: string | null;
  /** How many files GitHub says the PR changes: the file listing must account for all of them. */
  changedFiles: number | null;
  baseRef: string;
  title: string;
  url: string;
}

/** The PR as GitHub has it now (events other than pull_request carry no or stale PR data). */
export async function getPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
): Promise<PullRequestInfo> {
  const data: unknown = (
    await client.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number })
  ).data;
  const pr = data as {
    number?: unknown;
    base?: { sha?: unknown; ref?: unknown };
    head?: { sha?: unknown };
    user?: { login?: unknown };
    body?: unknown;
    labels?: unknown;
    state?: unknown;
    merged?: unknown;
    merge_commit_sha?: unknown;
    changed_files?: unknown;
    merged_at?: unknown;
    title?: unknown;
    html_url?: unknown;
  };
  if (
    typeof pr.base?.sha !== 'string' ||
    typeof pr.head?.sha !== 'string' ||
    typeof pr.user?.login !== 'string'
  ) {
    throw new Error(`GitHub returned PR #${number} without base.sha, head.sha or user.login`);
  }
  const labels = Array.isArray(pr.labels)
    ? pr.labels
        .map((l: unknown) => (l as { name?: unknown })?.name)
        .filter((n): n is string => typeof n === 'string')
    : [];
  return {
    ...repo,
    number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    author: pr.user.login,
    body: typeof pr.body === 'string' ? pr.body : '',
    labels,
    state: typeof pr.state === 'string' ? pr.state : 'open',
    merged: pr.merged === true,
    mergeCommitSha: typeof pr.merge_commit_sha === 'string' ? pr.merge_commit_sha : null,
    mergedAt: typeof pr.merged_at === 'string' ? pr.merged_at : null,
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : null,
    baseRef: typeof pr.base.ref === 'string' ? pr.base.ref : '',
    title: typeof pr.title === 'string' ? pr.title : '',
    url: typeof pr.html_url === 'string' ? pr.html_url : '',
  };
}
