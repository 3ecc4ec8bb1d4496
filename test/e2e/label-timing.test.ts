// Issue 12, hole 5: the anomaly-review label counts only for the change set the checklist showed
// when it was applied. A push that lands while the run for the label waits in the per-PR
// concurrency queue must not let the label carry over to changes nobody was shown.
import { afterEach, describe, expect, it } from 'vitest';
import { addEvidence, BASE, BUMPED, openPr } from '../hostile/e2e-scenario.js';
import {
  botComment,
  commitLock,
  editComment,
  gateCheck,
  POLICY,
  prEvent,
  run,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

const LABEL = 'soup:anomalies-reviewed';
const ALWAYS = POLICY.replace('require-anomaly-label: when-anomalies', 'require-anomaly-label: always');

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** An assessed PR (ticks and evidence) that only lacks the label, which the policy always requires. */
async function assessedPr(): Promise<{ base: string; head: string }> {
  h = await startHarness();
  const { base, head } = openPr(h, { policy: ALWAYS });
  addEvidence(h, head);
  await run(h, prEvent(h, 7, 'opened'));
  await run(h, editComment(h, 7, tickAll, 'qa-lead'));
  expect(gateCheck(h, head).conclusion).toBe('failure');
  expect(botComment(h, 7).body).toMatch(/label <code>soup&#58;anomalies-reviewed<\/code> missing/);
  return { base, head };
}

/** Pushes a commit moving express to 4.21.2 onto the PR (the payload of that push is `synchronize`). */
function pushVersionChange(head: string): string {
  const moved = commitLock(
    h,
    BUMPED.map((p) => (p.name === 'express' ? { ...p, version: '4.21.2' } : p)),
    { parents: [head], policy: ALWAYS },
  );
  h.repo.pulls.get(7)!.head.sha = moved;
  addEvidence(h, moved);
  return moved;
}

describe('a label applied before a push', () => {
  it('the run for the label executes after the push: the label is removed and the gate stays red', async () => {
    const { head } = await assessedPr();
    h.repo.addLabel(7, LABEL, 'qa-lead');
    const labelledEvent = prEvent(h, 7, 'labeled', { label: LABEL }); // queued behind the group
    const moved = pushVersionChange(head);
    const result = await run(h, labelledEvent);
    expect(result.code, result.stdout).toBe(0);
    expect(h.repo.labelsOn(7)).not.toContain(LABEL);
    expect(gateCheck(h, moved).conclusion).toBe('failure');
    expect(botComment(h, 7).body).toContain(
      'removed: it was applied while the SOUP changes moved (to changes the checklist had not yet shown), so it must be applied again after review',
    );
    // the moved package assessed and the label applied again to what the checklist now shows: green
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    h.repo.addLabel(7, LABEL, 'qa-lead');
    await run(h, prEvent(h, 7, 'labeled', { label: LABEL }));
    expect(gateCheck(h, moved).conclusion).toBe('success');
  });

  it('the run for the label was replaced by the push run (concurrency keeps one pending): same result', async () => {
    const { head } = await assessedPr();
    h.repo.addLabel(7, LABEL, 'qa-lead');
    const moved = pushVersionChange(head);
    await run(h, prEvent(h, 7, 'synchronize', { before: head }));
    expect(h.repo.labelsOn(7)).not.toContain(LABEL);
    expect(gateCheck(h, moved).conclusion).toBe('failure');
  });

  it('a label applied before soup-gate ever showed a checklist does not count', async () => {
    h = await startHarness();
    const { head } = openPr(h, { policy: ALWAYS });
    h.repo.addLabel(7, LABEL, 'qa-lead');
    await run(h, prEvent(h, 7, 'labeled', { label: LABEL }));
    expect(h.repo.labelsOn(7)).not.toContain(LABEL);
    expect(gateCheck(h, head).conclusion).toBe('failure');
  });
});

describe('a label applied to the changes shown', () => {
  it('counts, and survives a push that does not move a SOUP change', async () => {
    const { head } = await assessedPr();
    h.repo.addLabel(7, LABEL, 'qa-lead');
    await run(h, prEvent(h, 7, 'labeled', { label: LABEL }));
    expect(gateCheck(h, head).conclusion).toBe('success');

    const readme = commitLock(h, BUMPED, {
      parents: [head],
      policy: ALWAYS,
      extra: { 'README.md': '# infusion pump, docs\n' },
    });
    h.repo.pulls.get(7)!.head.sha = readme;
    addEvidence(h, readme);
    await run(h, prEvent(h, 7, 'synchronize', { before: head }));
    expect(h.repo.labelsOn(7)).toContain(LABEL);
    expect(gateCheck(h, readme).conclusion).toBe('success');
  });

  it('a PR without gated changes never needs it, and an applied label is left alone', async () => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main', policy: ALWAYS });
    const head = commitLock(h, BASE, { parents: [base], policy: ALWAYS, extra: { 'README.md': 'x\n' } });
    h.repo.addPull({ number: 7, baseSha: base, headSha: head, user: 'dev' });
    await run(h, prEvent(h, 7, 'opened'));
    h.repo.addLabel(7, LABEL, 'qa-lead');
    await run(h, prEvent(h, 7, 'labeled', { label: LABEL }));
    expect(gateCheck(h, head).conclusion).toBe('success');
    expect(h.repo.labelsOn(7)).toContain(LABEL);
  });
});
