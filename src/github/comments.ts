import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';

export interface IssueComment {
  id: number;
  body: string;
  /** The login that wrote it; null when GitHub names nobody (a deleted account). */
  author: string | null;
}

/** Every comment on an issue or PR, oldest first as GitHub lists them; entries without an id or body are dropped. */
export async function listIssueComments(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
): Promise<IssueComment[]> {
  const comments = expectArray(
    await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issue,
      per_page: 100,
    }),
    'the PR comments',
  );
  const found: IssueComment[] = [];
  for (const comment of comments) {
    const body = field(comment, 'body');
    const id = field(comment, 'id');
    const login = field(field(comment, 'user'), 'login');
    if (typeof body === 'string' && typeof id === 'number')
      found.push({ id, body, author: typeof login === 'string' ? login : null });
  }
  return found;
}

export async function createIssueComment(
  client: GitHubClient,
  repo: RepoRef,
  issue: number,
  body: string,
): Promise<void> {
  await withPermission('write the PR comment', 'pull-requests: write', async () => {
    await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: issue,
      body,
    });
  });
}

export async function updateIssueComment(
  client: GitHubClient,
  repo: RepoRef,
  id: number,
  body: string,
): Promise<void> {
  await withPermission('write the PR comment', 'pull-requests: write', async () => {
    await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...repo,
      comment_id: id,
      body,
    });
  });
}

/**
 * Deletes comments, then optionally rewrites one, as a single permission-checked write. A comment
 * that is already gone (404) counts as deleted: another run may tidy the same comments at once.
 */
export async function tidyIssueComments(
  client: GitHubClient,
  repo: RepoRef,
  tidy: { remove: readonly number[]; update?: { id: number; body: string } },
): Promise<void> {
  await withPermission('tidy duplicate PR comments', 'pull-requests: write', async () => {
    for (const id of tidy.remove) {
      try {
        await client.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', {
          ...repo,
          comment_id: id,
        });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    if (tidy.update)
      await client.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        ...repo,
        comment_id: tidy.update.id,
        body: tidy.update.body,
      });
  });
}
