import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf } from './errors.js';
import { field } from './json.js';

const ROLES = ['maintain', 'triage', 'admin', 'write', 'read'];

/** A login's permission on the repository (`admin` … `read`), or `none` when GitHub knows no such collaborator. */
export async function getPermissionLevel(
  client: GitHubClient,
  repo: RepoRef,
  login: string,
): Promise<string> {
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
      ...repo,
      username: login,
    });
    const value = field(response.data, 'permission');
    const role = field(response.data, 'role_name');
    // role_name carries maintain/triage, which `permission` folds into write/read.
    if (typeof role === 'string' && ROLES.includes(role)) return role;
    return typeof value === 'string' ? value : 'none';
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    return 'none';
  }
}

/**
 * Whether a login is an active member of a team. `forbidden` when the token may not read team
 * membership (GITHUB_TOKEN never may): the caller must not read that as "not a member".
 */
export async function getTeamMembership(
  client: GitHubClient,
  team: { org: string; slug: string },
  login: string,
): Promise<'active' | 'inactive' | 'forbidden'> {
  try {
    const response = await client.request('GET /orgs/{org}/teams/{team_slug}/memberships/{username}', {
      org: team.org,
      team_slug: team.slug,
      username: login,
    });
    return field(response.data, 'state') === 'active' ? 'active' : 'inactive';
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) return 'forbidden';
    if (status === 404) return 'inactive';
    throw error;
  }
}
