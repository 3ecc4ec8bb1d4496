import { manifestsFor, selectLockfiles } from '../inventory/inventory.js';
import type { GitHubClient } from './client.js';
import { createCommitSource } from './commit-source.js';
import type { RepoRef } from './types.js';
import type { TreeSource } from '../inventory/tree-source.js';

export interface PullRequestRef extends RepoRef {
  number: number;
  baseSha: string;
  headSha: string;
}

interface ChangedFile {
  filename: string;
  status: string;
  previous_filename?: string;
}

/** Validates what the files API returned before anything trusts it. */
function readChangedFiles(data: unknown): ChangedFile[] {
  if (!Array.isArray(data))
    throw new Error('GitHub returned an unexpected body for the PR file list: expected an array');
  return data.map((item: unknown) => {
    const file = item as { filename?: unknown; previous_filename?: unknown; status?: unknown };
    if (typeof file?.filename !== 'string') throw new Error('GitHub returned a PR file without a filename');
    const status = typeof file.status === 'string' ? file.status : 'modified';
    return typeof file.previous_filename === 'string'
      ? { filename: file.filename, status, previous_filename: file.previous_filename }
      : { filename: file.filename, status };
  });
}

/** GitHub lists at most this many files of a PR. */
const MAX_LISTED_FILES = 3000;

/**
 * The base and head trees of a PR, reduced to the lockfiles it touches (under their old and new
 * names) plus the manifests those lockfiles need. Fails closed when the listing is shorter than the
 * PR's changed-file count (a cut-off answer would read as "no lockfile changed"), and when a lockfile
 * the listing says exists on a side cannot be read there.
 */
export async function fetchPullRequestTrees(
  client: GitHubClient,
  pr: PullRequestRef & { changedFiles?: number | null },
  ignore: readonly string[],
): Promise<{ base: TreeSource; head: TreeSource; lockfiles: string[] }> {
  const files = readChangedFiles(
    await client.paginate(client.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    }),
  );
  if (typeof pr.changedFiles === 'number' && files.length < Math.min(pr.changedFiles, MAX_LISTED_FILES)) {
    throw new Error(
      `GitHub listed ${files.length} of the ${pr.changedFiles} files PR #${pr.number} changes; refusing to judge the SOUP changes from a partial list (re-run the job)`,
    );
  }
  const touched = new Set<string>();
  const atBase = new Set<string>();
  const atHead = new Set<string>();
  for (const file of files) {
    touched.add(file.filename);
    if (file.previous_filename) touched.add(file.previous_filename);
    if (file.status !== 'removed') atHead.add(file.filename);
    if (file.status === 'removed' || file.status === 'modified' || file.status === 'changed')
      atBase.add(file.filename);
    if (file.status === 'renamed' && file.previous_filename) atBase.add(file.previous_filename);
  }
  const lockfiles = selectLockfiles(touched, ignore);
  const paths = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const repo = { owner: pr.owner, repo: pr.repo };
  const required = (side: Set<string>): Set<string> => new Set(lockfiles.filter((path) => side.has(path)));
  return {
    base: createCommitSource(client, repo, pr.baseSha, paths, required(atBase)),
    head: createCommitSource(client, repo, pr.headSha, paths, required(atHead)),
    lockfiles,
  };
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
  const data: unknown = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
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

/** A file's text at a commit, or undefined when it doesn't exist there. */
export async function readFileAt(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  path: string,
): Promise<string | undefined> {
  const bytes = await createCommitSource(client, repo, sha, [path]).readFile(path);
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}
