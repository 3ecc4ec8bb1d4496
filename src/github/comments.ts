import { COMMENT_MARKER } from '../render/comment.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './commit-source.js';
import { expectArray, field, withPermission } from './errors.js';

export interface StickyComment {
  id: number;
  body: string;
}

/**
 * The bot's sticky comment: it must carry the marker AND be authored by the bot. A comment by
 * anyone else that copies the marker is ignored, so it can never carry state or be edited by us.
 */
export async function findStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  botLogin: string,
): Promise<StickyComment | undefined> {
  const comments = expectArray(
    await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: pr, per_page: 100 }),
    'the PR comments',
  );
  for (const comment of comments) {
    const body = field(comment, 'body');
    const id = field(comment, 'id');
    const login = field(field(comment, 'user'), 'login');
    if (
      typeof body === 'string' &&
      typeof id === 'number' &&
      login === botLogin &&
      body.startsWith(COMMENT_MARKER)
    ) {
      return { id, body };
    }
  }
  return undefined;
}

/** Creates the comment once, then edits it in place; unchanged content is not re-posted. */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  existing: StickyComment | undefined,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  if (existing && existing.body.replace(/\r\n/g, '\n') === body) return 'unchanged';
  return withPermission('write the PR comment', 'pull-requests: write', async () => {
    if (existing) {
      await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      return 'updated';
    }
    await client.rest.issues.createComment({ ...repo, issue_number: pr, body });
    return 'created';
  });
}
