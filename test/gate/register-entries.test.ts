import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { buildItems } from '../../src/gate/checklist.js';
import {
  addRegisterFacts,
  checkRegisterEntries,
  unevaluatedAnomalies,
} from '../../src/gate/register-entries.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import { change } from '../support/builders.js';
import { TODAY, anomaly, registerWithEvaluation } from './fixtures.js';

const express = change();
const added = change({
  type: 'added',
  name: 'left-pad',
  from: null,
  to: '1.3.0',
  bump: null,
  purl: 'pkg:npm/left-pad@1.3.0',
});

describe('unevaluatedAnomalies', () => {
  const register = registerWithEvaluation();
  const evaluated = anomaly('GHSA-qwcr-r2fm-qrc7');
  const fresh = anomaly('GHSA-9wv6-86v2-598j');

  it('has nothing to evaluate when the version has no known anomalies', () => {
    expect(unevaluatedAnomalies(register, express, [], TODAY)).toEqual([]);
  });

  it('leaves out anomalies the entry evaluates, by id or by alias', () => {
    expect(unevaluatedAnomalies(register, express, [evaluated, fresh], TODAY)).toEqual([fresh]);
    expect(
      unevaluatedAnomalies(register, express, [anomaly('OSV-1', ['GHSA-qwcr-r2fm-qrc7'])], TODAY),
    ).toEqual([]);
  });

  it('counts an evaluation only until it expires', () => {
    expect(unevaluatedAnomalies(register, express, [evaluated], new Date('2027-04-02T12:00:00Z'))).toEqual(
      [],
    );
    expect(unevaluatedAnomalies(register, express, [evaluated], new Date('2027-04-03T00:00:00Z'))).toEqual([
      evaluated,
    ]);
  });

  it("does not borrow another package's evaluation", () => {
    const other = change({ name: 'koa', purl: 'pkg:npm/koa@2.0.0' });
    expect(unevaluatedAnomalies(register, other, [evaluated], TODAY)).toEqual([evaluated]);
  });
});

describe('checkRegisterEntries', () => {
  it('blocks an added item without an entry and offers the YAML to paste in a yaml block', () => {
    const findings = checkRegisterEntries(emptyRegister(), [added], DEFAULT_POLICY, TODAY);
    // A register file that doesn't exist yet defaults to the strictest class.
    expect(findings.blockers).toEqual([
      '<code>left-pad</code> has no entry in <code>soup/register.yml</code> yet: add one with its purpose, requirements, prerequisites and verification (the YAML to paste is under its change)',
    ]);
    const note = findings.notes.get(changeKey(added))!;
    expect(note).toMatch(
      /^\*\*Register:\*\* <code>left-pad<\/code> has no entry in <code>soup\/register\.yml<\/code> yet\. As class C it needs its purpose, requirements, prerequisites and verification\. Add this under <code>items:<\/code> and replace every TODO:\n\n```yaml\n/,
    );
    expect(note).toMatch(/```yaml\n[^`]*npm\/left-pad:[^`]*TODO[^`]*\n```$/);
    expect(findings.complete.size).toBe(0);
  });

  it('names what an incomplete entry lacks by field and line, not by validator path', () => {
    const register = parseRegister(
      'soup/register.yml',
      `defaults: {safety-class: B, rationale: "Class B system"}\nitems:\n  npm/left-pad:\n    purpose: "Pads strings in log lines"\n`,
      { allowIncomplete: true },
    );
    const findings = checkRegisterEntries(register, [added], DEFAULT_POLICY, TODAY);
    expect(findings.blockers).toHaveLength(1);
    expect(findings.blockers[0]).toMatch(
      /^the entry for <code>left-pad<\/code> in <code>soup\/register\.yml<\/code> is not complete: /,
    );
    const note = findings.notes.get(changeKey(added))!;
    expect(note).toMatch(
      /^\*\*Register:\*\* the entry for <code>left-pad<\/code> in <code>soup\/register\.yml<\/code> is not complete for class B:\n\n- /,
    );
    expect(note).not.toContain('items.');
  });

  it('says an added item with a complete entry is filled in, does not block, and marks it for the tick wording', () => {
    const register = parseRegister(
      'soup/register.yml',
      `defaults: {safety-class: A, rationale: "Class A system"}\nitems:\n  npm/left-pad:\n    purpose: "Pads strings in log lines"\n`,
    );
    const findings = checkRegisterEntries(register, [added], DEFAULT_POLICY, TODAY);
    expect(findings.blockers).toEqual([]);
    expect(findings.notes.get(changeKey(added))).toBe(
      '**Register:** the entry for <code>left-pad</code> in <code>soup/register.yml</code> is filled in for class A.',
    );
    expect([...findings.complete]).toEqual([changeKey(added)]);
    const facts = new Map();
    addRegisterFacts(facts, findings);
    const [registerItem] = buildItems(added, DEFAULT_POLICY, facts.get(changeKey(added)));
    expect(registerItem!.text).toContain(
      'reviewed (purpose, requirements, safety class and verification are right; the bot found them filled in)',
    );
    expect(buildItems(added, DEFAULT_POLICY)[0]!.text).toContain(
      'complete in <code>soup/register.yml</code>',
    );
  });

  it('only carries the requirement ids of an updated item, which needs no new entry', () => {
    const findings = checkRegisterEntries(registerWithEvaluation(), [express], DEFAULT_POLICY, TODAY);
    expect(findings.blockers).toEqual([]);
    expect(findings.notes.size).toBe(0);
    expect(findings.requirementIds.get(changeKey(express))).toEqual(['REQ-API-003']);
  });

  it('ignores removals and changes the policy only lists', () => {
    const removed = change({ type: 'removed', to: null, bump: null });
    const dev = change({ ...added, name: 'jest', scope: 'dev', purl: 'pkg:npm/jest@30.0.0' });
    const findings = checkRegisterEntries(emptyRegister(), [removed, dev], DEFAULT_POLICY, TODAY);
    expect(findings).toEqual({
      blockers: [],
      notes: new Map(),
      requirementIds: new Map(),
      complete: new Set(),
    });
  });

  it('escapes a hostile package name in the blocker and the YAML block', () => {
    const hostile = change({ ...added, name: '</pre><script>x</script>' });
    const findings = checkRegisterEntries(emptyRegister(), [hostile], DEFAULT_POLICY, TODAY);
    const text = [...findings.blockers, ...findings.notes.values()].join('\n');
    expect(text).not.toContain('<script>');
    expect(text).not.toMatch(/<\/pre>[^\n]*<\/pre>/);
  });
});
