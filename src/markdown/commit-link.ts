/**
 * Commit SHAs as links to the commit on GitHub. Only for commits of the repository being gated,
 * and only when the server's address and the repository's name are well-formed: a link built from
 * a malformed value could point anywhere, so then the SHA stays plain code.
 */
import { code } from './escape.js';

// Owners as GitHub names them, with the underscore of Enterprise Managed Users' accounts.
const OWNER_AND_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const FULL_SHA = /^[0-9a-f]{40}$/;

/** `https://github.com/owner/name`, or undefined when either part is not what GitHub gives. */
export function repositoryUrl(serverUrl: string | undefined, repo: string | undefined): string | undefined {
  if (serverUrl === undefined || repo === undefined) return undefined;
  if (!OWNER_AND_NAME.test(repo) || repo.endsWith('/.') || repo.endsWith('/..')) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(serverUrl);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  if (parsed.username !== '' || parsed.password !== '' || parsed.search !== '' || parsed.hash !== '')
    return undefined;
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}/${repo}`;
}

/** The SHA shortened to `length` in code, linked to its commit when the repository's address is known. */
export function commitCode(sha: string, repoUrl: string | undefined, length = 7): string {
  const shown = code(sha.slice(0, length));
  return repoUrl !== undefined && FULL_SHA.test(sha) ? `[${shown}](${repoUrl}/commit/${sha})` : shown;
}
