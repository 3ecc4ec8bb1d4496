import { describe, expect, it } from 'vitest';
import { judgeGate } from '../../src/app/gate-verdict.js';
import { MAX_COMMENT_CHARS } from '../../src/documents/comment.js';
import type { EvidenceStatus, LabelStatus } from '../../src/gate/evaluate.js';
import { emptyState } from '../../src/gate/state.js';
import { change } from '../support/builders.js';
import { HEAD, sectionsOf } from './fixtures.js';

const evidence: EvidenceStatus = {
  required: false,
  satisfied: true,
  description: 'not required by the policy',
};
const label: LabelStatus = {
  name: 'soup:anomalies-reviewed',
  required: false,
  present: false,
  reason: 'none',
};

describe('judgeGate', () => {
  it('judges a change set that fits in one comment as evaluateGate does, with no extra blocker', () => {
    const sections = sectionsOf([change()]);
    const judged = judgeGate(
      { sections, facts: new Map(), blockers: [], headSha: HEAD },
      { evidence, label },
      emptyState(1),
    );
    expect(judged.comment.omitted).toBe(0);
    expect(judged.verdict.missing).toEqual([
      '<code>express</code> <code>4.19.2</code> → <code>4.21.1</code>: 3 of 3 checklist items open',
    ]);
  });

  it('blocks a change set too large to tick in one comment, and the comment says so', () => {
    const changes = Array.from({ length: 1500 }, (_, i) =>
      change({ name: `package-number-${i}`, purl: `pkg:npm/package-number-${i}@4.21.1` }),
    );
    const sections = sectionsOf(changes);
    // Every item ticked: only the overflow can keep the gate red.
    const state = {
      ...emptyState(1),
      ticks: sections.flatMap((s) =>
        s.items.map((i) => ({ item: i.id, by: 'qa', at: 'x', sha: HEAD, target: s.key })),
      ),
    };
    const judged = judgeGate(
      { sections, facts: new Map(), blockers: ['earlier'], headSha: HEAD },
      { evidence, label },
      state,
    );
    expect(judged.comment.omitted).toBeGreaterThan(0);
    expect(judged.comment.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(judged.verdict.passed).toBe(false);
    expect(judged.verdict.missing).toEqual([
      'earlier',
      `${judged.comment.omitted} gated changes do not fit in one comment and cannot be assessed there: split the PR`,
    ]);
    expect(judged.comment.omitted).toBe(1500);
    expect(judged.comment.body).toContain('**Split this PR.**');
    // No checkbox: ticking could not make this gate pass.
    expect(judged.comment.body).not.toMatch(/^- \[[ xX]\]/m);
    expect(judged.comment.headline).toMatch(/^⛔ Blocked — 1500 gated changes need more checkboxes/);
  });
});
