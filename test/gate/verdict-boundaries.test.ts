// Boundaries of the verdict the mutation survey (issue 20) found guarded only by snapshots or by
// end-to-end runs: each test here fails if the rule it names is weakened by one step.
import { describe, expect, it } from 'vitest';
import { evaluateGate, type EvidenceStatus, type LabelStatus } from '../../src/gate/evaluate.js';
import { authorRefusal, permissionRefusal } from '../../src/gate/reviewers.js';
import { emptyState } from '../../src/gate/state.js';
import { change } from '../support/builders.js';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { sectionsOf, tick } from './fixtures.js';

const evidence: EvidenceStatus = { required: true, satisfied: true, description: 'integration-tests passed' };
const label: LabelStatus = {
  name: 'soup:anomalies-reviewed',
  required: false,
  present: false,
  reason: 'not required',
};

describe('evaluateGate: one open item is enough to block', () => {
  const sections = sectionsOf([change(), change({ name: 'ms', from: '2.1.2', to: '2.1.3' })]);
  const ids = sections.flatMap((s) => s.items.map((i) => i.id));

  it('every item ticked: passes', () => {
    const verdict = evaluateGate({
      sections,
      state: { ...emptyState(7), ticks: ids.map((id) => tick(id)) },
      evidence,
      label,
    });
    expect(verdict).toMatchObject({ passed: true, open: 0, total: ids.length });
  });

  it.each(ids.map((id, index) => [index, id]))(
    'every item but #%i ticked: blocked, naming the section',
    (_i, left) => {
      const ticks = ids.filter((id) => id !== left).map((id) => tick(id));
      const verdict = evaluateGate({ sections, state: { ...emptyState(7), ticks }, evidence, label });
      expect(verdict.passed).toBe(false);
      expect(verdict.open).toBe(1);
      expect(verdict.missing).toHaveLength(1);
      expect(verdict.missing[0]).toMatch(/1 of 3 checklist items open/);
    },
  );

  it('evidence missing alone blocks; a required label missing or refused alone blocks', () => {
    const state = { ...emptyState(7), ticks: ids.map((id) => tick(id)) };
    expect(evaluateGate({ sections, state, evidence: { ...evidence, satisfied: false }, label }).passed).toBe(
      false,
    );
    expect(evaluateGate({ sections, state, evidence, label: { ...label, required: true } }).passed).toBe(
      false,
    );
    expect(
      evaluateGate({
        sections,
        state,
        evidence,
        label: { ...label, required: true, present: true, problem: 'applied by x' },
      }).passed,
    ).toBe(false);
    expect(
      evaluateGate({ sections, state, evidence, label: { ...label, required: true, present: true } }).passed,
    ).toBe(true);
  });

  it('a blocker from elsewhere (a denied licence, a failed look-up) blocks a fully ticked PR', () => {
    const state = { ...emptyState(7), ticks: ids.map((id) => tick(id)) };
    expect(evaluateGate({ sections, state, evidence, label, blockers: ['licence denied'] }).passed).toBe(
      false,
    );
  });
});

describe('reviewer rules at their boundaries', () => {
  const rules = DEFAULT_POLICY.reviewers;

  it('write is the first permission that may assess under a write policy; triage is not', () => {
    expect(permissionRefusal({ ...rules, permission: 'write' }, 'qa', 'write')).toBeNull();
    expect(permissionRefusal({ ...rules, permission: 'write' }, 'qa', 'triage')).not.toBeNull();
    expect(permissionRefusal({ ...rules, permission: 'maintain' }, 'qa', 'write')).not.toBeNull();
    expect(permissionRefusal({ ...rules, permission: 'maintain' }, 'qa', 'maintain')).toBeNull();
  });

  it('separation of duties refuses exactly the author (any case), nobody else', () => {
    const on = { ...rules, separationOfDuties: true };
    expect(authorRefusal(on, 'Dependabot[bot]', 'dependabot[bot]')).not.toBeNull();
    expect(authorRefusal(on, 'qa-lead', 'dependabot[bot]')).toBeNull();
    expect(authorRefusal({ ...on, separationOfDuties: false }, 'dev', 'dev')).toBeNull();
  });
});
