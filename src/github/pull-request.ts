import { manifestsFor, selectLockfiles } from '../inventory/inventory.js';
import type { GitHubClient } from './client.js';
import { createCommitSource } from './commit-source.js';
import { compareCommitTrees, getMergeBase } from './git-data.js';
import type { PullRequestRef } from './pull-request-info.js';
import type { TreeSource } from '../inventory/tree-source.js';
import type { RepoRef } from './types.js';

// The PR itself is read by a module of its own, which the action loads before this one (and the
// lockfile rules it brings): see app/pull-request-gate.ts.
export { getPullRequest, type PullRequestInfo, type PullRequestRef } from './pull-request-info.js';

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

/** How the PR's changed paths were found: its file listing, or (when that can be cut off) its trees. */
export type ChangedPathSource = 'file list' | 'tree comparison';

/** Paths the PR touches, and which of them exist at its base and at its head. */
interface ChangedPaths {
  touched: Set<string>;
  atBase: Set<string>;
  atHead: Set<string>;
  source: ChangedPathSource;
}

function pathsFromListing(files: readonly ChangedFile[]): ChangedPaths {
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
  return { touched, atBase, atHead, source: 'file list' };
}

/**
 * The PR's changed paths from its trees: the merge base (what GitHub's own file list counts from)
 * against the head. Costs one compare request and two tree listings when the trees are listed whole.
 */
async function pathsFromTrees(client: GitHubClient, pr: PullRequestRef): Promise<ChangedPaths> {
  const repo = { owner: pr.owner, repo: pr.repo };
  const mergeBase = await getMergeBase(client, repo, pr.baseSha, pr.headSha);
  const changed = await compareCommitTrees(client, repo, mergeBase, pr.headSha);
  const touched = new Set(changed.keys());
  const atBase = new Set([...changed].filter(([, p]) => p.base).map(([path]) => path));
  const atHead = new Set([...changed].filter(([, p]) => p.head).map(([path]) => path));
  return { touched, atBase, atHead, source: 'tree comparison' };
}

/**
 * The PR's changed paths. The file listing is trusted only when it provably holds every file: the PR
 * changes fewer than GitHub's 3,000-file cap and the listing has exactly `changed_files` entries. In
 * every other case (a capped or cut-off listing, an unknown count, a listing that disagrees with the
 * count) the paths come from comparing trees, which has no cap; a cut-off listing is never read as
 * "no lockfile changed".
 */
async function findChangedPaths(
  client: GitHubClient,
  pr: PullRequestRef & { changedFiles?: number | null },
): Promise<ChangedPaths> {
  const count = pr.changedFiles;
  if (typeof count !== 'number' || count >= MAX_LISTED_FILES) return pathsFromTrees(client, pr);
  const files = readChangedFiles(
    await client.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    }),
  );
  return files.length === count ? pathsFromListing(files) : pathsFromTrees(client, pr);
}

/**
 * The base and head trees of a PR, reduced to the lockfiles it touches (under their old and new
 * names) plus the manifests those lockfiles need. Fails closed when a lockfile the PR's changes say
 * exists on a side cannot be read there, and when the changed paths cannot be known completely.
 */
export async function fetchPullRequestTrees(
  client: GitHubClient,
  pr: PullRequestRef & { changedFiles?: number | null },
  ignore: readonly string[],
): Promise<{ base: TreeSource; head: TreeSource; lockfiles: string[]; source: ChangedPathSource }> {
  const { touched, atBase, atHead, source } = await findChangedPaths(client, pr);
  const lockfiles = selectLockfiles(touched, ignore);
  const paths = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const repo = { owner: pr.owner, repo: pr.repo };
  const required = (side: Set<string>): Set<string> => new Set(lockfiles.filter((path) => side.has(path)));
  return {
    base: createCommitSource(client, repo, pr.baseSha, paths, required(atBase)),
    head: createCommitSource(client, repo, pr.headSha, paths, required(atHead)),
    lockfiles,
    source,
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
