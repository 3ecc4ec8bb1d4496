import { meetsPermission, type Policy } from '../config/policy.js';
import { code } from '../markdown/escape.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf } from './errors.js';
import { field } from './json.js';

/** Returns null when the login may assess SOUP changes, else why not (Markdown). */
export type ReviewerCheck = (login: string) => Promise<string | null>;

/**
 * Authorises reviewers by the policy: repository permission at least the configured one, membership
 * of one of the configured teams when there are any, and not the PR's author when separation of
 * duties is on. One permission request per distinct person per run.
 */
export function createReviewerCheck(
  client: GitHubClient,
  repo: RepoRef,
  policy: Policy,
  prAuthor: string,
): ReviewerCheck {
  const cache = new Map<string, Promise<string | null>>();
  const check = async (login: string): Promise<string | null> => {
    if (policy.reviewers.separationOfDuties && login.toLowerCase() === prAuthor.toLowerCase()) {
      return 'the PR author may not assess their own change (separation of duties)';
    }
    let permission = 'none';
    try {
      const response = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: login });
      const value = field(response.data, 'permission');
      const role = field(response.data, 'role_name');
      // role_name carries maintain/triage, which `permission` folds into write/read.
      permission =
        typeof role === 'string' && ['maintain', 'triage', 'admin', 'write', 'read'].includes(role)
          ? role
          : typeof value === 'string'
            ? value
            : 'none';
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (!meetsPermission(permission, policy.reviewers.permission)) {
      return `${code(login)} has ${code(permission)} access; assessing needs ${code(policy.reviewers.permission)} or above`;
    }
    if (policy.reviewers.teams.length === 0) return null;
    for (const team of policy.reviewers.teams) {
      const [org, slug] = team.includes('/') ? (team.split('/', 2) as [string, string]) : [repo.owner, team];
      try {
        const response = await client.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: slug,
          username: login,
        });
        if (field(response.data, 'state') === 'active') return null;
      } catch (error) {
        const status = statusOf(error);
        // GITHUB_TOKEN cannot read team membership: refuse (fail closed) and say what to grant.
        if (status === 403) {
          return `team membership could not be read (the token needs organization members: read; GITHUB_TOKEN has no such permission, so use a GitHub App or fine-grained token for reviewers.teams)`;
        }
        if (status !== 404) throw error;
      }
    }
    return `${code(login)} is not in ${policy.reviewers.teams.map((t) => code(t)).join(' or ')}`;
  };
  return (login) => {
    let result = cache.get(login);
    if (!result) cache.set(login, (result = check(login)));
    return result;
  };
}
