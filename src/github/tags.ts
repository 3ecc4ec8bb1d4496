/**
 * Release tags of upstream repositories, for links that must name only tags that exist. One
 * request per tag: GET /repos/{owner}/{repo}/git/ref/tags/{tag} (exact match, 404 when absent).
 * Which tags to ask for, and how many per event, is decided by the caller (enrich/release-notes.ts).
 */
import type { GitHubClient } from './client.js';
import { getRefSha } from './git-data.js';
import type { RepoRef } from './types.js';

/** Whether refs/tags/<tag> exists: false on 404; throws on anything else (403, rate limit, 5xx). */
export async function tagExists(client: GitHubClient, repo: RepoRef, tag: string): Promise<boolean> {
  return (await getRefSha(client, repo, `tags/${tag}`)) !== undefined;
}
