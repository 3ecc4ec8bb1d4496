// Which register claims count (issue 12 hole 4, T19): descriptions from the PR's head, waivers only
// as the base branch has them; what the PR adds or changes is "proposed" and said.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import {
  checkRegisterEntries,
  proposedFor,
  settleRegister,
  unevaluatedAnomalies,
  type RegisterSides,
} from '../../src/gate/register-entries.js';
import { registerLookupKey } from '../../src/register/keys.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import type { Register } from '../../src/register/types.js';
import { change } from '../support/builders.js';
import { TODAY, anomaly } from './fixtures.js';

const LABEL = 'soup:anomalies-reviewed';
const PATH = 'soup/register.yml';
const express = change();
const ghsa = anomaly('GHSA-rhx6-c78j-4q9w');

const EXPRESS = `  npm/express:
    purpose: "HTTP server"
    requirements:
      - id: REQ-1
        text: "Routes requests"
    prerequisites: "Node.js 20"
    verification: "test/api.test.ts"
`;
const EVALUATION = `    anomalies:
      - id: GHSA-rhx6-c78j-4q9w
        state: not_affected
        justification: code_not_reachable
        reason: "We never pass user input to path patterns."
        by: qa-lead
        on: 2026-10-02
`;

function register(body: string, defaults = 'B'): Register {
  return parseRegister(
    PATH,
    `defaults:\n  safety-class: ${defaults}\n  rationale: "System class."\nitems:\n${body}`,
    {
      allowIncomplete: true,
    },
  );
}

function settle(sides: Partial<RegisterSides> & { head: Register }, changes = [express]) {
  return settleRegister({ base: emptyRegister(PATH), deleted: false, ...sides }, changes);
}

const key = registerLookupKey('npm', 'express');

describe('settleRegister: anomaly evaluations', () => {
  it('an evaluation the base branch has counts', () => {
    const both = register(EXPRESS + EVALUATION);
    const settled = settle({ base: both, head: both });
    expect(unevaluatedAnomalies(settled.register, express, [ghsa], TODAY)).toEqual([]);
    expect(settled.proposed.size).toBe(0);
    expect(settled.notices).toEqual([]);
    expect(proposedFor(settled, express, LABEL)).toBeUndefined();
  });

  it('an evaluation the PR adds does not count, and is shown as proposed under the change', () => {
    const settled = settle({ base: register(EXPRESS), head: register(EXPRESS + EVALUATION) });
    expect(unevaluatedAnomalies(settled.register, express, [ghsa], TODAY)).toEqual([ghsa]);
    expect(settled.register.entries.get(key)?.anomalies).toEqual([]);
    expect(proposedFor(settled, express, LABEL)).toBe(
      "register, proposed in this PR (counts only once it is on the base branch; meanwhile a reviewer's <code>soup&#58;anomalies-reviewed</code> label covers the anomalies): evaluation of <code>GHSA-rhx6-c78j-4q9w</code> (not&#95;affected, by qa-lead)",
    );
    // Shown under the change, so not again among the register-wide notices.
    expect(settled.notices).toEqual([]);
  });

  it('an evaluation in a whole new entry (new SOUP) does not count either; the entry itself does', () => {
    const added = change({ type: 'added', name: 'express', from: null, bump: null });
    const settled = settle({ head: register(EXPRESS + EVALUATION) }, [added]);
    expect(unevaluatedAnomalies(settled.register, added, [ghsa], TODAY)).toEqual([ghsa]);
    const findings = checkRegisterEntries(settled.register, [added], DEFAULT_POLICY, TODAY);
    expect(findings.blockers).toEqual([]);
    expect(proposedFor(settled, added, LABEL)).toContain('evaluation of <code>GHSA-rhx6-c78j-4q9w</code>');
  });

  it('an expiry the PR extends does not revive an expired evaluation; the base one counts and the change is said', () => {
    const expired = EVALUATION + '        expires: 2026-11-01\n';
    const extended = EVALUATION + '        expires: 2027-11-01\n';
    const settled = settle({ base: register(EXPRESS + expired), head: register(EXPRESS + extended) });
    expect(unevaluatedAnomalies(settled.register, express, [ghsa], TODAY)).toEqual([ghsa]);
    expect(proposedFor(settled, express, LABEL)).toContain(
      "evaluation of <code>GHSA-rhx6-c78j-4q9w</code> changed to <code>GHSA-rhx6-c78j-4q9w</code> (not&#95;affected, by qa-lead, expires 2027-11-01); the base branch's <code>GHSA-rhx6-c78j-4q9w</code> (not&#95;affected, by qa-lead, expires 2026-11-01) counts until then",
    );
  });

  it("a changed attribution (by) is a new claim: only the base branch's counts", () => {
    const settled = settle({
      base: register(EXPRESS + EVALUATION.replace('by: qa-lead', 'by: ra-lead')),
      head: register(EXPRESS + EVALUATION),
    });
    expect(settled.register.entries.get(key)?.anomalies.map((e) => e.by)).toEqual(['ra-lead']);
    expect(proposedFor(settled, express, LABEL)).toContain('changed to');
  });

  it('escapes what the PR wrote in a proposed evaluation', () => {
    const hostile = EVALUATION.replace('by: qa-lead', 'by: "@everyone <img src=x onerror=alert(1)>"').replace(
      'id: GHSA-rhx6-c78j-4q9w',
      'id: "GHSA-x [y](javascript:1)"',
    );
    const text = proposedFor(
      settle({ base: register(EXPRESS), head: register(EXPRESS + hostile) }),
      express,
      LABEL,
    )!;
    expect(text).not.toMatch(/<img|@everyone|\]\(/);
  });
});

describe('settleRegister: safety classes', () => {
  const added = change({ type: 'added', name: 'express', from: null, bump: null });
  const purposeOnly = '  npm/express:\n    purpose: "HTTP server"\n';

  it('a class the PR lowers on an existing entry does not count: the base class decides what the entry needs', () => {
    const base = register(purposeOnly.replace('purpose', 'safety-class: C\n    purpose'));
    const head = register(
      purposeOnly.replace('purpose', 'safety-class: A\n    rationale: "segregated"\n    purpose'),
    );
    const settled = settle({ base, head }, [added]);
    expect(settled.register.entries.get(key)?.safetyClass).toBe('C');
    const findings = checkRegisterEntries(settled.register, [added], DEFAULT_POLICY, TODAY);
    expect(findings.blockers).toEqual([
      expect.stringContaining(
        'the entry for <code>express</code> in <code>soup/register.yml</code> is not complete',
      ),
    ]);
    expect(proposedFor(settled, added, LABEL)).toContain('safety class C → A; class C counts until then');
  });

  it('a class the PR raises counts at once (it only asks for more)', () => {
    const base = register(
      purposeOnly.replace('purpose', 'safety-class: A\n    rationale: "segregated"\n    purpose'),
    );
    const head = register(purposeOnly.replace('purpose', 'safety-class: C\n    purpose'));
    const settled = settle({ base, head });
    expect(settled.register.entries.get(key)?.safetyClass).toBe('C');
    expect(settled.proposed.size).toBe(0);
  });

  it("a new entry's own class counts (the entry is assessed through its checklist item)", () => {
    const head = register(
      purposeOnly.replace('purpose', 'safety-class: A\n    rationale: "segregated"\n    purpose'),
    );
    const settled = settle({ base: register(''), head }, [added]);
    expect(settled.register.entries.get(key)?.safetyClass).toBe('A');
    expect(checkRegisterEntries(settled.register, [added], DEFAULT_POLICY, TODAY).blockers).toEqual([]);
  });

  it('defaults the PR lowers do not count, and the comment says so', () => {
    const settled = settle({ base: register('', 'C'), head: register(purposeOnly, 'A') }, [added]);
    expect(settled.register.defaults.safetyClass).toBe('C');
    expect(checkRegisterEntries(settled.register, [added], DEFAULT_POLICY, TODAY).blockers).toHaveLength(1);
    expect(settled.notices).toEqual([
      'Proposed in this PR: <code>soup/register.yml</code> <code>defaults.safety-class</code> C → A; class C counts until it is on the base branch.',
    ]);
  });

  it('a register the base branch lacks grants nothing: its defaults are the strictest class', () => {
    const settled = settle({ head: register(purposeOnly, 'B') }, [added]);
    expect(settled.register.defaults.safetyClass).toBe('C');
    expect(settled.notices[0]).toContain('C → B');
  });
});

describe('settleRegister: the register as a whole', () => {
  it('says when the PR deletes the register; nothing from the base branch becomes an entry', () => {
    const settled = settle({
      base: register(EXPRESS + EVALUATION),
      head: emptyRegister(PATH),
      deleted: true,
    });
    expect(settled.register.entries.size).toBe(0);
    expect(settled.notices).toEqual([
      expect.stringMatching(/^This PR deletes the register <code>soup\/register\.yml<\/code>: /),
    ]);
    expect(unevaluatedAnomalies(settled.register, express, [ghsa], TODAY)).toEqual([ghsa]);
  });

  it("says when the base branch's register is unreadable: none of its evaluations count", () => {
    const settled = settle({ head: register(EXPRESS + EVALUATION), baseProblem: 'register is invalid' });
    expect(settled.notices).toContainEqual(
      "The base branch's register could not be read (register is invalid): no anomaly evaluation counts until it is fixed there.",
    );
    expect(unevaluatedAnomalies(settled.register, express, [ghsa], TODAY)).toEqual([ghsa]);
  });

  it('lists proposals for packages the PR does not change, bounded, so a waiver slipped in for later is seen', () => {
    const many = Array.from(
      { length: 12 },
      (_, i) =>
        `  npm/pkg-${i}:\n    purpose: "x"\n    anomalies:\n      - id: GHSA-${i}\n        state: not_affected\n        reason: "r"\n        by: dev\n        on: 2026-10-02\n`,
    ).join('');
    const base = register(many.replace(/ {4}anomalies:\n(?: {6}- .*\n| {8}.*\n)+/g, ''));
    const settled = settle({ base, head: register(many) });
    expect(settled.notices).toHaveLength(1);
    const [notice] = settled.notices;
    expect(notice).toMatch(
      /^Proposed in this PR for packages it does not change, in <code>soup\/register\.yml<\/code>/,
    );
    expect(notice).toContain('<code>npm/pkg-0</code>: evaluation of <code>GHSA-0</code>');
    expect(notice).not.toContain('pkg-10');
    expect(notice).toMatch(/ — and 2 more entries$/);
  });
});

describe('settleRegister: the tests of requirements (issue 17)', () => {
  const withTests = (tests: string) =>
    EXPRESS.replace(
      '        text: "Routes requests"\n',
      `        text: "Routes requests"\n        tests: ${tests}\n`,
    );

  it('a test the PR drops from a requirement, or a dropped requirement with tests, still counts and is said', () => {
    const base = register(withTests('["a.test.ts", "Api:limits", "Api:slow"]'));
    const settled = settle({ base, head: register(withTests('["a.test.ts", "Api:new"]')) });
    expect(settled.register.entries.get(key)!.requirements.map((r) => r.tests)).toEqual([
      ['a.test.ts', 'Api:new', 'Api:limits', 'Api:slow'],
    ]);
    expect(proposedFor(settled, express, LABEL)).toContain(
      'removal of <code>Api&#58;limits</code>, <code>Api&#58;slow</code> from the tests of <code>REQ-1</code>; they still count until then',
    );
    const dropped = settle({ base, head: register(EXPRESS.replace(/ {4}requirements:\n.*\n.*\n/, '')) });
    expect(dropped.register.entries.get(key)!.requirements.map((r) => [r.id, r.tests])).toEqual([
      ['REQ-1', ['a.test.ts', 'Api:limits', 'Api:slow']],
    ]);
    expect(proposedFor(dropped, express, LABEL)).toContain(
      'removal of requirement <code>REQ-1</code>; its tests still count until then',
    );
  });

  it('tests the PR adds count at once and propose nothing', () => {
    const settled = settle({ base: register(EXPRESS), head: register(withTests('["a.test.ts"]')) });
    expect(settled.register.entries.get(key)!.requirements[0]!.tests).toEqual(['a.test.ts']);
    expect(proposedFor(settled, express, LABEL)).toBeUndefined();
  });
});
