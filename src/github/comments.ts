import { COMMENT_MARKER } from '../documents/comment.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';

export interface StickyComment {
  id: number;
  body: string;
}

/**
 * The bot's sticky comment: it must carry the marker AND be authored by the bot. A comment by
 * anyone else that copies the marker is ignored, so it can never carry state or be edited by us.
 */
async function listStickyComments(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  botLogin: string,
): Promise<StickyComment[]> {
  const comments = expectArray(
    await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: pr, per_page: 100 }),
    'the PR comments',
  );
  const found: StickyComment[] = [];
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
      found.push({ id, body });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}

/**
 * The bot's sticky comment: it must carry the marker AND be authored by the bot. A comment by
 * anyone else that copies the marker is ignored, so it can never carry state or be edited by us.
 * With several (two runs created one each), the oldest is the one.
 */
export async function findStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  botLogin: string,
): Promise<StickyComment | undefined> {
  return (await listStickyComments(client, repo, pr, botLogin))[0];
}

/**
 * Two runs that both found no comment both create one. After creating, keep the oldest, give it
 * this run's body, and delete the rest, so reviewers tick in one place only.
 */
export async function removeDuplicateStickyComments(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  botLogin: string,
  body: string,
): Promise<number> {
  const [keep, ...extra] = await listStickyComments(client, repo, pr, botLogin);
  if (!keep || extra.length === 0) return 0;
  await withPermission('tidy duplicate PR comments', 'pull-requests: write', async () => {
    for (const comment of extra) {
      try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
      } catch (error) {
        // The concurrent run tidies up the same way and may have deleted it first.
        if (statusOf(error) !== 404) throw error;
      }
    }
    if (keep.body.replace(/\r\n/g, '\n') !== body)
      await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  });
  return extra.length;
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
