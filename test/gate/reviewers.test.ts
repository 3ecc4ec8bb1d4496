import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import {
  authorRefusal,
  isDecisive,
  membershipRefusal,
  permissionRefusal,
  teamsToAsk,
  type ReviewerRules,
} from '../../src/gate/reviewers.js';

const rules: ReviewerRules = { ...DEFAULT_POLICY.reviewers, permission: 'write', teams: [] };
const withTeams: ReviewerRules = { ...rules, teams: ['qa', 'regulatory/ra-team'] };

describe('authorRefusal', () => {
  it('refuses the PR author under separation of duties, whatever the case of the login', () => {
    expect(authorRefusal(rules, 'Dev', 'dev')).toBe(
      'the PR author may not assess their own change (separation of duties)',
    );
    expect(authorRefusal(rules, 'qa-lead', 'dev')).toBeNull();
  });

  it('lets the author assess when separation of duties is off', () => {
    expect(authorRefusal({ ...rules, separationOfDuties: false }, 'dev', 'dev')).toBeNull();
  });
});

describe('permissionRefusal', () => {
  it.each(['write', 'maintain', 'admin'])('accepts %s for a write policy', (permission) => {
    expect(permissionRefusal(rules, 'qa-lead', permission)).toBeNull();
  });

  it.each(['triage', 'read', 'none', 'unheard-of'])('refuses %s and says what is needed', (permission) => {
    expect(permissionRefusal(rules, 'intern', permission)).toBe(
      `<code>intern</code> has <code>${permission}</code> access; assessing needs <code>write</code> or above`,
    );
  });

  it('escapes a hostile login', () => {
    expect(permissionRefusal(rules, '<script>', 'read')).toContain('<code>&lt;script&gt;</code>');
  });
});

describe('teamsToAsk', () => {
  it("reads a bare slug as a team of the repository's owner and keeps policy order", () => {
    expect(teamsToAsk(withTeams, 'acme')).toEqual([
      { org: 'acme', slug: 'qa' },
      { org: 'regulatory', slug: 'ra-team' },
    ]);
    expect(teamsToAsk(rules, 'acme')).toEqual([]);
  });
});

describe('membershipRefusal', () => {
  it('needs no membership when the policy names no team', () => {
    expect(membershipRefusal(rules, 'qa-lead', [])).toBeNull();
  });

  it('accepts an active member of any named team', () => {
    expect(membershipRefusal(withTeams, 'qa-lead', ['inactive', 'active'])).toBeNull();
  });

  it('refuses someone in none of the teams, naming them', () => {
    expect(membershipRefusal(withTeams, 'dev', ['inactive', 'inactive'])).toBe(
      '<code>dev</code> is not in <code>qa</code> or <code>regulatory/ra-team</code>',
    );
  });

  it('fails closed when membership could not be read, even if a later team would have said yes', () => {
    expect(membershipRefusal(withTeams, 'qa-lead', ['forbidden', 'active'])).toMatch(
      /^team membership could not be read \(the token needs organization members: read/,
    );
  });

  it('stops asking at the first membership that settles it', () => {
    expect(isDecisive('active')).toBe(true);
    expect(isDecisive('forbidden')).toBe(true);
    expect(isDecisive('inactive')).toBe(false);
  });
});
