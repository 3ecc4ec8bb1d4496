/**
 * The Git Data API side of writing files back: read a branch and its whole tree in one request,
 * read blobs by SHA, and put several files into ONE commit on top of a known parent, then move the
 * branch only if it still points at that parent (force: false). Nothing is checked out.
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { PermissionError, statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';
import { diffTrees, type PathPresence, type TreeListing, type TreeListingEntry } from './tree-diff.js';

export interface BranchInfo {
  name: string;
  sha: string;
  /** Any protection rule applies (GITHUB_TOKEN can see this flag, not the rule itself). */
  protected: boolean;
}

export interface TreeFile {
  path: string;
  /** The blob SHA. */
  sha: string;
  mode: string;
  size: number;
}

export interface CommitTree {
  commit: string;
  /** The commit's root tree SHA (base_tree for the next commit). */
  tree: string;
  /** Every blob of the tree, by path. */
  files: Map<string, TreeFile>;
}

/** A file for the new commit: new text, or an existing blob kept by SHA. */
export type FileWrite = { path: string; content: string } | { path: string; sha: string };

/** Why a branch could not be moved to the new commit. */
export type RefUpdate =
  { updated: true } | { updated: false; reason: 'moved' | 'protected'; message: string };

/** Git's blob id of `text` (UTF-8): tells whether a tree already holds exactly this content, without reading it. */
export function gitBlobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

// Routes called more than once here.
const TREE = 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}';
const UPDATE_REF = 'PATCH /repos/{owner}/{repo}/git/refs/{ref}';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** GitHub's words for a ref update that branch protection or a ruleset refused. */
const PROTECTION =
  /protected branch|through a pull request|not authorized to push|status checks? .*(expected|required)|required status check|rule violations?|cannot force-push|Protected branch update failed/i;

export async function getBranch(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchInfo> {
  const data: unknown = (
    await client.request('GET /repos/{owner}/{repo}/branches/{branch}', { ...repo, branch })
  ).data;
  const sha = field(field(data, 'commit'), 'sha');
  if (typeof sha !== 'string') throw new Error(`GitHub returned branch ${branch} without commit.sha`);
  return { name: branch, sha, protected: field(data, 'protected') === true };
}

/** The commit a ref points at, or undefined when the ref does not exist. */
export async function getRefSha(
  client: GitHubClient,
  repo: RepoRef,
  ref: string,
): Promise<string | undefined> {
  try {
    const data: unknown = (await client.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref }))
      .data;
    const sha = field(field(data, 'object'), 'sha');
    return typeof sha === 'string' ? sha : undefined;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** A commit's parents (to tell whether a branch sits directly on another). */
export async function getCommitParents(client: GitHubClient, repo: RepoRef, sha: string): Promise<string[]> {
  const data: unknown = (
    await client.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { ...repo, commit_sha: sha })
  ).data;
  return expectArray(field(data, 'parents'), `the parents of ${sha}`)
    .map((p) => field(p, 'sha'))
    .filter((s): s is string => typeof s === 'string');
}

/**
 * The whole tree of a commit in one request (`recursive`). A truncated listing (over GitHub's
 * 100,000 entries / 7 MB) would hide lockfiles, so it is an error rather than a partial inventory.
 */
export async function readCommitTree(
  client: GitHubClient,
  repo: RepoRef,
  commit: string,
): Promise<CommitTree> {
  const data: unknown = (await client.request(TREE, { ...repo, tree_sha: commit, recursive: 'true' })).data;
  const tree = field(data, 'sha');
  if (typeof tree !== 'string') throw new Error(`GitHub returned the tree of ${commit} without a sha`);
  if (field(data, 'truncated') === true)
    throw new Error(
      `the tree of ${commit.slice(0, 7)} is too large for one Git trees API listing (truncated): soup-gate cannot see every lockfile; narrow the repository or open an issue`,
    );
  const files = new Map<string, TreeFile>();
  for (const entry of expectArray(field(data, 'tree'), `the tree of ${commit}`)) {
    const path = field(entry, 'path');
    const sha = field(entry, 'sha');
    if (field(entry, 'type') !== 'blob' || typeof path !== 'string' || typeof sha !== 'string') continue;
    const size = field(entry, 'size');
    files.set(path, {
      path,
      sha,
      mode: String(field(entry, 'mode') ?? '100644'),
      size: typeof size === 'number' ? size : 0,
    });
  }
  return { commit, tree, files };
}

/** One tree listing as the Git trees API gives it (recursive or one level), with its truncation flag. */
export async function listTree(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  recursive: boolean,
): Promise<TreeListing> {
  const data: unknown = (
    await client.request(TREE, { ...repo, tree_sha: sha, ...(recursive ? { recursive: 'true' } : {}) })
  ).data;
  const entries: TreeListingEntry[] = [];
  for (const entry of expectArray(field(data, 'tree'), `the tree ${sha}`)) {
    const path = field(entry, 'path');
    const type = field(entry, 'type');
    const entrySha = field(entry, 'sha');
    if (typeof path !== 'string' || typeof entrySha !== 'string')
      throw new Error(`GitHub returned an entry of tree ${sha} without path or sha`);
    if (type !== 'blob' && type !== 'tree' && type !== 'commit')
      throw new Error(`GitHub returned an entry of tree ${sha} of unknown type ${String(type)}`);
    entries.push({ path, type, sha: entrySha });
  }
  return { entries, truncated: field(data, 'truncated') === true };
}

/**
 * Bound on the Git trees API requests of one comparison: two when both trees are listed whole, two
 * more per differing directory where a listing is truncated (over 100,000 entries).
 */
const MAX_TREE_REQUESTS = 200;

/**
 * Every path whose blob differs between two commits (`before` undefined: every path of `after`), from
 * their trees: no file-count cap. Throws, naming both commits, when the comparison cannot be completed;
 * callers fail closed rather than judge from a partial picture.
 */
export async function compareCommitTrees(
  client: GitHubClient,
  repo: RepoRef,
  before: string | undefined,
  after: string,
): Promise<Map<string, PathPresence>> {
  const reader = { listTree: (sha: string, recursive: boolean) => listTree(client, repo, sha, recursive) };
  try {
    return await diffTrees(reader, before, after, { maxRequests: MAX_TREE_REQUESTS });
  } catch (error) {
    throw new Error(
      `could not compare the trees of ${before ? before.slice(0, 7) : '(nothing)'} and ${after.slice(0, 7)}: ${error instanceof Error ? error.message : String(error)}; soup-gate cannot tell every changed lockfile, so it refuses to judge (split the change or open an issue)`,
      { cause: error },
    );
  }
}

/** The commit the PR's changes are counted from (GitHub's three-dot diff), through the compare API. */
export async function getMergeBase(
  client: GitHubClient,
  repo: RepoRef,
  base: string,
  head: string,
): Promise<string> {
  const data: unknown = (
    await client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      ...repo,
      basehead: `${base}...${head}`,
      per_page: 1,
    })
  ).data;
  const sha = field(field(data, 'merge_base_commit'), 'sha');
  if (typeof sha !== 'string')
    throw new Error(
      `GitHub compared ${base.slice(0, 7)}...${head.slice(0, 7)} without a merge_base_commit.sha`,
    );
  return sha;
}

/** A blob's bytes by SHA (base64 through the Git blobs API, up to 100 MB). */
export async function readBlob(client: GitHubClient, repo: RepoRef, sha: string): Promise<Uint8Array> {
  const data: unknown = (
    await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...repo, file_sha: sha })
  ).data;
  const content = field(data, 'content');
  const encoding = field(data, 'encoding');
  if (typeof content !== 'string') throw new Error(`GitHub returned blob ${sha} without content`);
  return encoding === 'base64'
    ? new Uint8Array(Buffer.from(content, 'base64'))
    : new TextEncoder().encode(content);
}

// Bigger files go up as blobs first: inline tree content is meant for small text.
const INLINE_LIMIT = 512 * 1024;

/**
 * One commit with `files` on top of `parent` (its tree as base_tree: every other file stays as it
 * is). Returns the new commit's SHA; the branch is not moved.
 */
export async function createCommitOnTop(
  client: GitHubClient,
  repo: RepoRef,
  input: { parent: string; baseTree: string; files: readonly FileWrite[]; message: string },
): Promise<string> {
  return withPermission('write the SOUP list and change record', 'contents: write', async () => {
    const tree: { path: string; mode: '100644'; type: 'blob'; sha?: string; content?: string }[] = [];
    for (const file of input.files) {
      if ('sha' in file) {
        tree.push({ path: file.path, mode: '100644', type: 'blob', sha: file.sha });
      } else if (Buffer.byteLength(file.content, 'utf8') > INLINE_LIMIT) {
        const blob: unknown = (
          await client.request('POST /repos/{owner}/{repo}/git/blobs', {
            ...repo,
            content: file.content,
            encoding: 'utf-8',
          })
        ).data;
        const sha = field(blob, 'sha');
        if (typeof sha !== 'string') throw new Error(`GitHub returned no blob sha for ${file.path}`);
        tree.push({ path: file.path, mode: '100644', type: 'blob', sha });
      } else {
        tree.push({ path: file.path, mode: '100644', type: 'blob', content: file.content });
      }
    }
    const created: unknown = (
      await client.request('POST /repos/{owner}/{repo}/git/trees', {
        ...repo,
        base_tree: input.baseTree,
        tree,
      })
    ).data;
    const treeSha = field(created, 'sha');
    if (typeof treeSha !== 'string') throw new Error('GitHub returned a new tree without a sha');
    const commit: unknown = (
      await client.request('POST /repos/{owner}/{repo}/git/commits', {
        ...repo,
        message: input.message,
        tree: treeSha,
        parents: [input.parent],
      })
    ).data;
    const sha = field(commit, 'sha');
    if (typeof sha !== 'string') throw new Error('GitHub returned a new commit without a sha');
    return sha;
  });
}

/**
 * Moves `branch` to `sha` only as a fast forward. Another writer moving it first, or protection
 * refusing the update, come back as reasons (the caller retries or opens a PR); a 403 without a
 * protection message is the token lacking contents: write.
 */
export async function fastForwardBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  sha: string,
): Promise<RefUpdate> {
  try {
    await client.request(UPDATE_REF, { ...repo, ref: `heads/${branch}`, sha, force: false });
    return { updated: true };
  } catch (error) {
    const status = statusOf(error);
    const message = messageOf(error);
    if ((status === 422 || status === 403 || status === 409) && PROTECTION.test(message))
      return { updated: false, reason: 'protected', message };
    if ((status === 422 || status === 409) && /fast[ -]forward|reference cannot be updated/i.test(message))
      return { updated: false, reason: 'moved', message };
    if (status === 403 && !/rate limit/i.test(message))
      throw new PermissionError(`update the branch ${branch}`, 'contents: write');
    throw error;
  }
}

/** Points `branch` at `sha`, creating it or force-moving it (a branch only soup-gate writes). */
export async function forceBranch(
  client: GitHubClient,
  repo: RepoRef,
  branch: string,
  sha: string,
): Promise<void> {
  await withPermission(`write the branch ${branch}`, 'contents: write', async () => {
    if ((await getRefSha(client, repo, `heads/${branch}`)) === undefined) {
      await client.request('POST /repos/{owner}/{repo}/git/refs', {
        ...repo,
        ref: `refs/heads/${branch}`,
        sha,
      });
    } else {
      await client.request(UPDATE_REF, { ...repo, ref: `heads/${branch}`, sha, force: true });
    }
  });
}

export interface PullRef {
  number: number;
  url: string;
}

/** The merged PRs a commit belongs to (a push that is a PR's merge commit is that PR's). */
export async function mergedPullsOfCommit(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<PullRef[]> {
  const pulls = expectArray(
    await client.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      ...repo,
      commit_sha: sha,
      per_page: 100,
    }),
    `the pull requests of ${sha}`,
  );
  return pulls
    .filter((p) => typeof field(p, 'merged_at') === 'string')
    .map((p) => ({ number: Number(field(p, 'number')), url: String(field(p, 'html_url') ?? '') }))
    .filter((p) => Number.isSafeInteger(p.number));
}

/** Opens the PR from `head` into `base`, or updates the open one: never a second one. */
export async function upsertPullRequest(
  client: GitHubClient,
  repo: RepoRef,
  input: { head: string; base: string; title: string; body: string },
): Promise<PullRef & { created: boolean }> {
  const open = expectArray(
    (
      await client.request('GET /repos/{owner}/{repo}/pulls', {
        ...repo,
        state: 'open',
        head: `${repo.owner}:${input.head}`,
        base: input.base,
        per_page: 10,
      })
    ).data,
    'the open pull requests',
  );
  const existing = open.map((p) => field(p, 'number')).find((n): n is number => typeof n === 'number');
  try {
    if (existing !== undefined) {
      const data: unknown = (
        await client.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
          ...repo,
          pull_number: existing,
          title: input.title,
          body: input.body,
        })
      ).data;
      return { number: existing, url: String(field(data, 'html_url') ?? ''), created: false };
    }
    const data: unknown = (
      await client.request('POST /repos/{owner}/{repo}/pulls', {
        ...repo,
        head: input.head,
        base: input.base,
        title: input.title,
        body: input.body,
      })
    ).data;
    const number = field(data, 'number');
    if (typeof number !== 'number') throw new Error('GitHub returned a new pull request without a number');
    return { number, url: String(field(data, 'html_url') ?? ''), created: true };
  } catch (error) {
    if (statusOf(error) === 403 && !/rate limit/i.test(messageOf(error)))
      throw new PermissionError(
        existing !== undefined
          ? `update pull request #${existing}`
          : `open the pull request from ${input.head}`,
        'pull-requests: write',
      );
    throw error;
  }
}
