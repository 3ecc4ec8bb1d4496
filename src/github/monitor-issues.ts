/**
 * The GitHub calls post-market monitoring makes: the default branch's head and tree (one recursive
 * tree request), issues listed by label (all states), issue writes with plain parameters, and
 * whether a source repository is archived. Which issue to write, and what it says, is decided in
 * src/monitor/.
 */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf } from './errors.js';
import { expectArray, field } from './json.js';

export interface DefaultBranchHead {
  branch: string;
  sha: string;
}

export async function getDefaultBranchHead(client: GitHubClient, repo: RepoRef): Promise<DefaultBranchHead> {
  const data: unknown = (await client.request('GET /repos/{owner}/{repo}', { ...repo })).data;
  const branch = field(data, 'default_branch');
  if (typeof branch !== 'string' || branch === '')
    throw new Error(`GitHub returned ${repo.owner}/${repo.repo} without a default_branch`);
  const head: unknown = (
    await client.request('GET /repos/{owner}/{repo}/branches/{branch}', { ...repo, branch })
  ).data;
  const sha = field(field(head, 'commit'), 'sha');
  if (typeof sha !== 'string') throw new Error(`GitHub returned branch ${branch} without commit.sha`);
  return { branch, sha };
}

/** Every blob path of a commit, from one recursive tree request. */
export async function listTreePaths(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
): Promise<{ paths: string[]; truncated: boolean }> {
  const data: unknown = (
    await client.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      ...repo,
      tree_sha: sha,
      recursive: 'true',
    })
  ).data;
  const tree = expectArray(field(data, 'tree'), `the tree of ${sha}`);
  const paths = tree
    .filter((entry) => field(entry, 'type') === 'blob')
    .map((entry) => field(entry, 'path'))
    .filter((path): path is string => typeof path === 'string');
  return { paths, truncated: field(data, 'truncated') === true };
}

/** An issue as listed: plain data, whatever its body says. */
export interface ListedIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  /** Login of the author. */
  author: string;
}

/** Issues (not pull requests) carrying a label, open and closed, oldest first. */
export async function listIssuesWithLabel(
  client: GitHubClient,
  repo: RepoRef,
  label: string,
): Promise<ListedIssue[]> {
  const issues = expectArray(
    await client.paginate('GET /repos/{owner}/{repo}/issues', {
      ...repo,
      state: 'all',
      labels: label,
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    }),
    `the issues labelled ${label}`,
  );
  const out: ListedIssue[] = [];
  for (const issue of issues) {
    if (field(issue, 'pull_request') !== undefined) continue;
    const number = field(issue, 'number');
    const author = field(field(issue, 'user'), 'login');
    const state = field(issue, 'state');
    if (typeof number !== 'number' || typeof author !== 'string') continue;
    const body = field(issue, 'body');
    const title = field(issue, 'title');
    out.push({
      number,
      author,
      title: typeof title === 'string' ? title : '',
      body: typeof body === 'string' ? body : '',
      state: state === 'closed' ? 'closed' : 'open',
    });
  }
  return out;
}

/** Opens an issue; returns its number. */
export async function createIssue(
  client: GitHubClient,
  repo: RepoRef,
  issue: { title: string; body: string; labels: string[] },
): Promise<number> {
  const data: unknown = (await client.request('POST /repos/{owner}/{repo}/issues', { ...repo, ...issue }))
    .data;
  const number = field(data, 'number');
  if (typeof number !== 'number') throw new Error('GitHub created an issue without a number');
  return number;
}

export interface IssueUpdate {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  stateReason?: 'completed';
}

/** Changes the given fields of an issue; the others stay as they are. */
export async function updateIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  update: IssueUpdate,
): Promise<void> {
  await client.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    ...repo,
    issue_number: number,
    ...(update.title !== undefined ? { title: update.title } : {}),
    ...(update.body !== undefined ? { body: update.body } : {}),
    ...(update.state !== undefined ? { state: update.state } : {}),
    ...(update.stateReason !== undefined ? { state_reason: update.stateReason } : {}),
  });
}

export async function commentOnIssue(
  client: GitHubClient,
  repo: RepoRef,
  number: number,
  body: string,
): Promise<void> {
  await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    ...repo,
    issue_number: number,
    body,
  });
}

/** Whether a GitHub repository is archived; undefined when it can't be read (gone, private). */
export async function isRepositoryArchived(
  client: GitHubClient,
  repo: RepoRef,
): Promise<boolean | undefined> {
  try {
    const data: unknown = (await client.request('GET /repos/{owner}/{repo}', { ...repo })).data;
    const archived = field(data, 'archived');
    return typeof archived === 'boolean' ? archived : undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 403 || status === 451) return undefined;
    throw error;
  }
}
