// Requirement-level re-verification, the pure rule: the register's requirements of each gated
// update against the evidence run's JUnit results → the requirements item's text, the facts under
// the change and what blocks. No mocks: real checklist sections, a parsed register, parsed results.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { buildChecklist } from '../../src/gate/checklist.js';
import {
  applyItemTexts,
  MAX_FACTS_CHARS,
  MAX_LISTED_REQUIREMENTS,
  needsJunitResults,
  reverify,
  type JunitOutcome,
} from '../../src/gate/reverification.js';
import type { Change } from '../../src/inventory/diff.js';
import { parseRegister } from '../../src/register/parse.js';
import { parseJunit } from '../../src/verification/junit.js';
import { HEAD } from './fixtures.js';

const express: Change = {
  type: 'updated',
  ecosystem: 'npm',
  name: 'express',
  from: '4.19.2',
  to: '4.21.1',
  bump: 'minor',
  direct: true,
  scope: 'runtime',
  lockfile: 'package-lock.json',
  purl: 'pkg:npm/express@4.21.1',
};
const ms: Change = {
  ...express,
  name: 'ms',
  from: '2.1.2',
  to: '2.1.3',
  bump: 'patch',
  purl: 'pkg:npm/ms@2.1.3',
};

const REGISTER = `defaults: {safety-class: A}
items:
  npm/express:
    purpose: HTTP
    requirements:
      - id: REQ-API-003
        text: rejects bodies over 1 MB
        tests: ["BodyLimitTest:rejects *", test/routes.test.ts]
      - id: REQ-PERF-002
        text: answers in 50 ms
        tests: ["PerfTest:p99 under 50 ms"]
      - id: REQ-LOG-001
        text: logs requests
  npm/ms:
    purpose: durations
    requirements:
      - id: REQ-TIME-1
        text: parses durations
`;

const JUNIT = `<testsuites>
  <testsuite name="api">
    <testcase classname="BodyLimitTest" name="rejects 1 MB + 1"/>
    <testcase classname="BodyLimitTest" name="rejects chunked"/>
    <testcase classname="test/routes.test.ts" name="routes &gt; GET /"/>
    <testcase classname="PerfTest" name="p99 under 50 ms"/>
  </testsuite>
</testsuites>`;

const register = parseRegister('soup/register.yml', REGISTER);
const sections = buildChecklist([express, ms], DEFAULT_POLICY);
const RUN = {
  id: 77,
  url: 'https://github.com/acme/pump/actions/runs/77',
  headSha: HEAD,
  workflow: '.github/workflows/integration.yml',
  artifact: 'junit-results',
  files: 1,
};
const read = (xml: string): JunitOutcome => ({ kind: 'read', run: RUN, results: parseJunit('r.xml', xml) });
const requirementsItem = (s = sections[0]!) => s.items.find((i) => i.kind === 'requirements')!;

describe('reverify', () => {
  it('changes nothing when the policy names no artifact', () => {
    const out = reverify({ sections, register, outcome: { kind: 'off' }, headSha: HEAD });
    expect(out).toEqual({ itemTexts: new Map(), facts: new Map(), blockers: [], changes: [] });
  });

  it('when every named test passed: the bot marks re-verification done, lists each requirement, and falls back for one without tests', () => {
    const out = reverify({ sections, register, outcome: read(JUNIT), headSha: HEAD });
    expect(out.blockers).toEqual([]);
    expect(out.itemTexts.get(requirementsItem().id)).toBe(
      'Requirements in <code>soup/register.yml</code> still fit (<code>REQ-API-003</code>, <code>REQ-PERF-002</code>, <code>REQ-LOG-001</code>) — re-verification done by the bot: every named test passed on <code>a1b2c3d</code>; <code>REQ-LOG-001</code> names no tests (the whole evidence run counts)',
    );
    expect(out.facts.get(sections[0]!.key)).toMatchInlineSnapshot(`
      "**Re-verification** of the requirements on <code>a1b2c3d</code> ([run 77](https://github.com/acme/pump/actions/runs/77) of <code>.github/workflows/integration.yml</code>, artifact <code>junit-results</code>):

      - ✅ <code>REQ-API-003</code> passed: <code>BodyLimitTest&#58; rejects 1 MB + 1</code>, <code>BodyLimitTest&#58; rejects chunked</code>, <code>test/routes.test.ts&#58; routes &gt; GET /</code>
      - ✅ <code>REQ-PERF-002</code> passed: <code>PerfTest&#58; p99 under 50 ms</code>
      - ➖ <code>REQ-LOG-001</code> names no tests: the whole evidence run counts for it"
    `);
    // ms's entry names no tests: today's whole-run evidence, said so; its item is unchanged.
    expect(out.facts.get(sections[1]!.key)).toBe(
      '**Re-verification:** the register names no tests for the requirements of <code>ms</code>; the whole evidence run counts for them.',
    );
    expect(out.itemTexts.has(requirementsItem(sections[1]).id)).toBe(false);
    expect(out.changes.map((c) => c.requirements.map((r) => [r.id, r.verdict]))).toEqual([
      [
        ['REQ-API-003', 'passed'],
        ['REQ-PERF-002', 'passed'],
        ['REQ-LOG-001', 'untested'],
      ],
    ]);
  });

  it('blocks on a failed, a skipped and a missing test, naming each', () => {
    const xml = `<testsuite name="api">
      <testcase classname="BodyLimitTest" name="rejects 1 MB + 1"><failure message="got 200"/></testcase>
      <testcase classname="PerfTest" name="p99 under 50 ms"><skipped/></testcase>
    </testsuite>`;
    const out = reverify({ sections, register, outcome: read(xml), headSha: HEAD });
    expect(out.blockers).toEqual([
      '<code>express</code> <code>4.19.2</code> → <code>4.21.1</code>: requirement <code>REQ-API-003</code> not re-verified on <code>a1b2c3d</code>: <code>BodyLimitTest&#58; rejects 1 MB + 1</code> failed; <code>test/routes.test.ts</code> matched no test (missing)',
      '<code>express</code> <code>4.19.2</code> → <code>4.21.1</code>: requirement <code>REQ-PERF-002</code> not re-verified on <code>a1b2c3d</code>: <code>PerfTest&#58; p99 under 50 ms</code> skipped',
    ]);
    expect(out.itemTexts.get(requirementsItem().id)).toContain(
      'still fit and re-verified (<code>REQ-API-003</code>, <code>REQ-PERF-002</code>, <code>REQ-LOG-001</code>) — 2 of 3 not re-verified on <code>a1b2c3d</code>',
    );
    expect(out.facts.get(sections[0]!.key)).toContain('- ⚠️ <code>REQ-PERF-002</code> skipped:');
  });

  it('keeps hostile test names inert', () => {
    const xml = `<testsuite><testcase classname="BodyLimitTest" name="rejects &lt;img src=x onerror=alert(1)&gt; [x](javascript:alert(1))"><failure/></testcase></testsuite>`;
    const out = reverify({ sections, register, outcome: read(xml), headSha: HEAD });
    const all = [...out.blockers, ...out.facts.values()].join('\n');
    expect(all).not.toMatch(/<img|\]\(javascript/);
    expect(all).toContain('&lt;img src=x onerror=alert&#40;1&#41;&gt;');
  });

  it('blocks once when the artifact cannot be read, and says why under each change that needed it', () => {
    const reason = 'artifact <code>junit-results</code> of run <code>77</code> has expired';
    const out = reverify({ sections, register, outcome: { kind: 'unavailable', reason }, headSha: HEAD });
    expect(out.blockers).toEqual([`requirement-level re-verification: ${reason}`]);
    expect(out.facts.get(sections[0]!.key)).toBe(
      `**Re-verification:** ❌ the tests could not be read: ${reason}.`,
    );
  });

  it('while the evidence run is awaited, says where the results will come from and adds no blocker', () => {
    const out = reverify({ sections, register, outcome: { kind: 'waiting' }, headSha: HEAD });
    expect(out.blockers).toEqual([]);
    expect(out.itemTexts.get(requirementsItem().id)).toContain(
      'from the JUnit artifact of the accepted evidence run (artifacts of runs the base branch’s policy does not name are ignored)',
    );
  });

  it('bounds the requirements listed under a change', () => {
    const many = Array.from(
      { length: MAX_LISTED_REQUIREMENTS + 5 },
      (_, i) => `      - id: R${i}\n        text: t\n        tests: [t${i}]\n`,
    ).join('');
    const big = parseRegister(
      'r.yml',
      `defaults: {safety-class: A}\nitems:\n  npm/express:\n    purpose: x\n    requirements:\n${many}`,
    );
    const out = reverify({ sections, register: big, outcome: read('<testsuite/>'), headSha: HEAD });
    const facts = out.facts.get(sections[0]!.key)!;
    expect(facts.split('\n').filter((l) => l.startsWith('- ❌'))).toHaveLength(MAX_LISTED_REQUIREMENTS);
    expect(facts).toContain('- … and 5 more requirements (each blocker is in the verdict)');
    expect(facts.length).toBeLessThanOrEqual(MAX_FACTS_CHARS + 100);
    expect(out.blockers).toHaveLength(MAX_LISTED_REQUIREMENTS + 5);
  });
  it('keeps the results under one change within a character budget, and every blocker in the verdict', () => {
    const long = (i: number, j: number) => `${'x'.repeat(140)} ${i}-${j}`;
    const reqs = Array.from(
      { length: 15 },
      (_, i) => `      - id: R${i}\n        text: t\n        tests: ["*:${'x'.repeat(140)} ${i}-*"]\n`,
    ).join('');
    const big = parseRegister(
      'r.yml',
      `defaults: {safety-class: A}\nitems:\n  npm/express:\n    purpose: x\n    requirements:\n${reqs}`,
    );
    const cases = Array.from({ length: 15 }, (_, i) =>
      Array.from(
        { length: 8 },
        (_, j) => `<testcase classname="C" name="${long(i, j)}"><failure/></testcase>`,
      ).join(''),
    ).join('');
    const out = reverify({
      sections,
      register: big,
      outcome: read(`<testsuite>${cases}</testsuite>`),
      headSha: HEAD,
    });
    const facts = out.facts.get(sections[0]!.key)!;
    expect(facts.length).toBeLessThanOrEqual(MAX_FACTS_CHARS);
    expect(facts).toMatch(/- … and \d+ more requirements \(each blocker is in the verdict\)$/);
    expect(out.blockers).toHaveLength(15);
    expect(out.blockers[0]).toContain('and 2 more');
  });
});

describe('needsJunitResults and applyItemTexts', () => {
  it('needs results only when a gated update names tests, and keeps item ids (so ticks stay)', () => {
    expect(needsJunitResults(sections, register)).toBe(true);
    expect(needsJunitResults([sections[1]!], register)).toBe(false);
    const texts = reverify({ sections, register, outcome: read(JUNIT), headSha: HEAD }).itemTexts;
    const applied = applyItemTexts(sections, texts);
    expect(applied.map((s) => s.items.map((i) => i.id))).toEqual(
      sections.map((s) => s.items.map((i) => i.id)),
    );
    expect(requirementsItem(applied[0]).text).toContain('re-verification done by the bot');
  });
});
