/**
 * The GitHub side of post-market monitoring: the default branch's head and tree (one recursive
 * tree request), the monitoring issues (listed by label, all states), their writes, and whether a
 * source repository is archived.
 */
import type { ExistingIssue, IssueAction } from '../monitor/plan.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';

export interface DefaultBranchHead {
  branch: string;
  sha: string;
}

export async function getDefaultBranchHead(client: GitHubClient, repo: RepoRef): Promise<DefaultBranchHead> {
  const data: unknown = (await client.rest.repos.get({ ...repo })).data;
  const branch = field(data, 'default_branch');
  if (typeof branch !== 'string' || branch === '')
    throw new Error(`GitHub returned ${repo.owner}/${repo.repo} without a default_branch`);
  const head: unknown = (await client.rest.repos.getBranch({ ...repo, branch })).data;
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
  const data: unknown = (await client.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' })).data;
  const tree = expectArray(field(data, 'tree'), `the tree of ${sha}`);
  const paths = tree
    .filter((entry) => field(entry, 'type') === 'blob')
    .map((entry) => field(entry, 'path'))
    .filter((path): path is string => typeof path === 'string');
  return { paths, truncated: field(data, 'truncated') === true };
}

/** Issues (not pull requests) carrying the monitoring label, open and closed. */
export async function listMonitorIssues(
  client: GitHubClient,
  repo: RepoRef,
  label: string,
): Promise<ExistingIssue[]> {
  const issues = expectArray(
    await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: 'all',
      labels: label,
      sort: 'created',
      direction: 'asc',
      per_page: 100,
    }),
    'the monitoring issues',
  );
  const out: ExistingIssue[] = [];
  for (const issue of issues) {
    if (field(issue, 'pull_request') !== undefined) continue;
    const number = field(issue, 'number');
    const author = field(field(issue, 'user'), 'login');
    const state = field(issue, 'state');
    if (typeof number !== 'number' || typeof author !== 'string') continue;
    const body = field(issue, 'body');
    const title = field(issue, 'title');
    const labels = field(issue, 'labels');
    out.push({
      number,
      author,
      title: typeof title === 'string' ? title : '',
      body: typeof body === 'string' ? body : '',
      state: state === 'closed' ? 'closed' : 'open',
      labels: Array.isArray(labels)
        ? labels
            .map((l) => (typeof l === 'string' ? l : field(l, 'name')))
            .filter((n): n is string => typeof n === 'string')
        : [],
    });
  }
  return out;
}

/** Makes one planned write; returns the issue number. */
export async function applyIssueAction(
  client: GitHubClient,
  repo: RepoRef,
  action: Exclude<IssueAction, { kind: 'keep' }>,
  label: string,
): Promise<number> {
  return withPermission(`${action.kind} a monitoring issue`, 'issues: write', async () => {
    switch (action.kind) {
      case 'create': {
        const data: unknown = (
          await client.rest.issues.create({
            ...repo,
            title: action.title,
            body: action.body,
            labels: [label],
          })
        ).data;
        const number = field(data, 'number');
        if (typeof number !== 'number') throw new Error('GitHub created an issue without a number');
        return number;
      }
      case 'update':
        await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          title: action.title,
          body: action.body,
        });
        return action.number;
      case 'reopen':
        await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          title: action.title,
          body: action.body,
          state: 'open',
        });
        await client.rest.issues.createComment({
          ...repo,
          issue_number: action.number,
          body: action.comment,
        });
        return action.number;
      case 'close':
        await client.rest.issues.createComment({
          ...repo,
          issue_number: action.number,
          body: action.comment,
        });
        await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          state: 'closed',
          state_reason: 'completed',
        });
        return action.number;
    }
  });
}

/** Whether a GitHub repository is archived; undefined when it can't be read (gone, private). */
export async function isRepositoryArchived(
  client: GitHubClient,
  repo: RepoRef,
): Promise<boolean | undefined> {
  try {
    const data: unknown = (await client.rest.repos.get({ ...repo })).data;
    const archived = field(data, 'archived');
    return typeof archived === 'boolean' ? archived : undefined;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 403 || status === 451) return undefined;
    throw error;
  }
}
