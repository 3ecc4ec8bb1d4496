// The verdict's own rules: only gated changes count, and a label that is present but does not
// count says why.
import { describe, expect, it } from 'vitest';
import { evaluateGate, type EvidenceStatus, type LabelStatus } from '../../src/gate/evaluate.js';
import type { ChecklistSection } from '../../src/gate/checklist.js';
import { emptyState } from '../../src/gate/state.js';
import { change } from '../support/builders.js';
import { sectionsOf } from './fixtures.js';

const evidence: EvidenceStatus = { required: true, satisfied: true, description: 'accepted' };
const noLabel: LabelStatus = { name: 'soup:anomalies-reviewed', required: false, present: false, reason: '' };

describe('evaluateGate', () => {
  it('counts only gated changes, even if a listed change carried items', () => {
    const gated = sectionsOf([change()])[0]!;
    const listed: ChecklistSection = { ...gated, gated: false };
    const verdict = evaluateGate({ sections: [listed], state: emptyState(1), evidence, label: noLabel });
    expect(verdict).toEqual({ passed: true, missing: [], open: 0, total: 0, blockers: [] });
  });

  it('says why a present label does not count', () => {
    const sections = sectionsOf([change()]);
    const state = {
      ...emptyState(1),
      ticks: sections[0]!.items.map((item) => ({
        item: item.id,
        by: 'qa',
        at: 'now',
        sha: 'x',
        target: 'y',
      })),
    };
    const label: LabelStatus = {
      name: 'soup:anomalies-reviewed',
      required: true,
      present: true,
      reason: '1 known anomaly',
      problem: 'applied by <code>dev</code>, who may not review',
    };
    expect(evaluateGate({ sections, state, evidence, label }).missing).toEqual([
      'label <code>soup&#58;anomalies-reviewed</code> does not count: applied by <code>dev</code>, who may not review',
    ]);
  });

  it('asks for evidence when any change is gated, even if others are only listed', () => {
    const gated = sectionsOf([change()])[0]!;
    const listed: ChecklistSection = { ...gated, key: 'listed', gated: false, items: [] };
    const waiting: EvidenceStatus = { required: true, satisfied: false, description: 'waiting for a run' };
    const verdict = evaluateGate({
      sections: [listed, gated],
      state: emptyState(1),
      evidence: waiting,
      label: noLabel,
    });
    expect(verdict.missing).toContain('re-verification evidence: waiting for a run');
  });
});
