/** The team's policy, from `.github/soup-gate.yml` on the base branch (never from the PR's head). */
export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface Policy {
  scope: {
    /** Which changes get a checklist: only direct ones (unknowable counts as direct) or all. */
    dependencies: 'direct' | 'all';
    /** Dev/test-only packages are listed but not gated unless this is true. */
    includeDev: boolean;
  };
  register: string;
  outputs: { list: string; sbom: string; changes: string };
  reviewers: {
    permission: Permission;
    /** `org/team-slug` or `team-slug` (the repository owner's org); empty: anyone with the permission. */
    teams: string[];
    /** The PR author's ticks don't count. */
    separationOfDuties: boolean;
  };
  evidence: {
    /** Names of check runs whose success on the head SHA is re-verification evidence. */
    checkRuns: string[];
    /** Also accept a link to a successful workflow run of this repository in the PR body. */
    links: boolean;
    /** No evidence needed (for teams that gate evidence elsewhere). */
    required: boolean;
  };
  labels: {
    anomaliesReviewed: string;
    requireAnomalyLabel: 'when-anomalies' | 'always' | 'never';
  };
  anomalies: { onLookupFailure: 'fail' | 'warn' };
  licences: { allow: string[]; deny: string[]; unknown: 'fail' | 'warn' };
  ignore: { paths: string[]; packages: string[] };
}

export const DEFAULT_POLICY: Policy = {
  scope: { dependencies: 'direct', includeDev: false },
  register: 'soup/register.yml',
  outputs: { list: 'soup/SOUP.md', sbom: 'soup/sbom.cdx.json', changes: 'soup/changes' },
  reviewers: { permission: 'write', teams: [], separationOfDuties: true },
  evidence: { checkRuns: [], links: true, required: true },
  labels: { anomaliesReviewed: 'soup:anomalies-reviewed', requireAnomalyLabel: 'when-anomalies' },
  anomalies: { onLookupFailure: 'fail' },
  licences: { allow: [], deny: [], unknown: 'warn' },
  ignore: { paths: [], packages: [] },
};

const RANK: Record<Permission, number> = { read: 0, triage: 1, write: 2, maintain: 3, admin: 4 };

/** Whether a repository permission is at least the required one. */
export function meetsPermission(actual: string, required: Permission): boolean {
  return actual in RANK && RANK[actual as Permission] >= RANK[required];
}
