import {
  authorRefusal,
  isDecisive,
  membershipRefusal,
  permissionRefusal,
  teamsToAsk,
  type ReviewerRules,
  type TeamMembership,
} from '../gate/reviewers.js';
import type { GitHubClient } from '../github/client.js';
import { getPermissionLevel, getTeamMembership } from '../github/permissions.js';
import type { RepoRef } from '../github/types.js';

/** Returns null when the login may assess SOUP changes, else why not (Markdown). */
export type ReviewerCheck = (login: string) => Promise<string | null>;

/**
 * Authorises reviewers by the policy's rules (gate/reviewers.ts), asking GitHub only what a rule
 * still needs: nothing for the PR's author, then the permission, then teams until one settles it.
 * One answer per distinct person per run.
 */
export function createReviewerCheck(
  client: GitHubClient,
  repo: RepoRef,
  rules: ReviewerRules,
  prAuthor: string,
): ReviewerCheck {
  const check = async (login: string): Promise<string | null> => {
    const refusal =
      authorRefusal(rules, login, prAuthor) ??
      permissionRefusal(rules, login, await getPermissionLevel(client, repo, login));
    if (refusal !== null) return refusal;
    const memberships: TeamMembership[] = [];
    for (const team of teamsToAsk(rules, repo.owner)) {
      const membership = await getTeamMembership(client, team, login);
      memberships.push(membership);
      if (isDecisive(membership)) break;
    }
    return membershipRefusal(rules, login, memberships);
  };
  const cache = new Map<string, Promise<string | null>>();
  return (login) => {
    let result = cache.get(login);
    if (!result) cache.set(login, (result = check(login)));
    return result;
  };
}
