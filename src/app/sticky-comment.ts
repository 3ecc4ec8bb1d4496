/** The gate's one sticky comment on a PR: found, written in place, and kept single. */
import { COMMENT_MARKER } from '../documents/comment.js';
import { isSameBody, selectStickyComments, type StickyIdentity } from '../gate/sticky-comment.js';
import type { GitHubClient } from '../github/client.js';
import {
  createIssueComment,
  listIssueComments,
  tidyIssueComments,
  updateIssueComment,
  type IssueComment,
} from '../github/comments.js';
import type { RepoRef } from '../github/types.js';

function identityOf(botLogin: string): StickyIdentity {
  return { botLogin, marker: COMMENT_MARKER };
}

async function listStickyComments(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  botLogin: string,
): Promise<IssueComment[]> {
  return selectStickyComments(await listIssueComments(client, repo, pr), identityOf(botLogin));
}

/** The bot's sticky comment on the PR (the oldest, should two runs have created one each). */
export async function findStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  botLogin: string,
): Promise<IssueComment | undefined> {
  return (await listStickyComments(client, repo, pr, botLogin))[0];
}

/** Creates the comment once, then edits it in place; unchanged content is not re-posted. */
export async function upsertStickyComment(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  existing: IssueComment | undefined,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  if (existing && isSameBody(existing.body, body)) return 'unchanged';
  if (existing) {
    await updateIssueComment(client, repo, existing.id, body);
    return 'updated';
  }
  await createIssueComment(client, repo, pr, body);
  return 'created';
}

/**
 * Two runs that both found no comment both create one. After creating, keep the oldest, give it
 * this run's body, and delete the rest, so reviewers tick in one place only. Returns how many went.
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
  await tidyIssueComments(client, repo, {
    remove: extra.map((comment) => comment.id),
    ...(isSameBody(keep.body, body) ? {} : { update: { id: keep.id, body } }),
  });
  return extra.length;
}
