/**
 * Who may assess SOUP changes (tick the checklist, apply the anomaly-review label): repository
 * permission at least the policy's, membership of one of its teams when it names any, and never
 * the PR's author when separation of duties is on. Each rule returns null when the person may
 * assess, else why not (Markdown), so a refused tick is reverted with a reason.
 */
import { meetsPermission, type Policy } from '../config/policy.js';
import { code } from '../markdown/escape.js';

export type ReviewerRules = Policy['reviewers'];

/** A team membership as read: `forbidden` when the token may not read it, which never means "not a member". */
export type TeamMembership = 'active' | 'inactive' | 'forbidden';

/** Decided before any request: the PR's author may not assess their own change. */
export function authorRefusal(rules: ReviewerRules, login: string, prAuthor: string): string | null {
  return rules.separationOfDuties && login.toLowerCase() === prAuthor.toLowerCase()
    ? 'the PR author may not assess their own change (separation of duties)'
    : null;
}

/** The login's repository permission (`none` for a stranger) against the policy's minimum. */
export function permissionRefusal(rules: ReviewerRules, login: string, permission: string): string | null {
  return meetsPermission(permission, rules.permission)
    ? null
    : `${code(login)} has ${code(permission)} access; assessing needs ${code(rules.permission)} or above`;
}

/** The teams to ask about, in policy order; a bare slug is a team of the repository's owner. */
export function teamsToAsk(rules: ReviewerRules, owner: string): Array<{ org: string; slug: string }> {
  return rules.teams.map((team) => {
    const [org, slug] = team.includes('/') ? (team.split('/', 2) as [string, string]) : [owner, team];
    return { org, slug };
  });
}

/** A membership that settles the question, so later teams need not be asked. */
export function isDecisive(membership: TeamMembership): boolean {
  return membership !== 'inactive';
}

/**
 * The memberships read so far, in `teamsToAsk` order: the first decisive one settles it; a
 * membership that could not be read refuses (fail closed) and says what to grant.
 */
export function membershipRefusal(
  rules: ReviewerRules,
  login: string,
  memberships: readonly TeamMembership[],
): string | null {
  if (rules.teams.length === 0) return null;
  for (const membership of memberships) {
    if (membership === 'active') return null;
    if (membership === 'forbidden')
      return `team membership could not be read (the token needs organization members: read; GITHUB_TOKEN has no such permission, so use a GitHub App or fine-grained token for reviewers.teams)`;
  }
  return `${code(login)} is not in ${rules.teams.map((t) => code(t)).join(' or ')}`;
}
