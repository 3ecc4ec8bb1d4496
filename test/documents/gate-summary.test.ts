import { describe, expect, it } from 'vitest';
import { renderCheckOutput, renderJobSummary } from '../../src/documents/gate-summary.js';
import { diffInventories } from '../../src/inventory/diff.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const passed = { passed: true, missing: [], open: 0, total: 3 };
const blocked = { passed: false, missing: ['label <code>x</code> missing', 'evidence'], open: 1, total: 3 };

describe('renderCheckOutput', () => {
  it("titles the run with the comment's verdict line as plain text", () => {
    expect(renderCheckOutput(passed, '✅ No SOUP changes')).toEqual({
      title: 'No SOUP changes',
      summary: '✅ No SOUP changes',
    });
  });

  it('says what was assessed and what the policy only lists, in the same words', () => {
    const headline =
      '✅ Passed — 1 gated change assessed by <code>&#64;qa-lead</code> at <code>e8a5dfd</code>; 2 not gated by policy';
    expect(renderCheckOutput(passed, headline)).toEqual({
      title: 'Passed — 1 gated change assessed by @qa-lead at e8a5dfd; 2 not gated by policy',
      summary: headline,
    });
  });

  it('lists everything that blocks the gate under the verdict', () => {
    expect(
      renderCheckOutput(blocked, '⛔ Blocked — label <code>x</code> missing; 1 other blocker below'),
    ).toEqual({
      title: 'Blocked — label x missing; 1 other blocker below',
      summary:
        '⛔ Blocked — label <code>x</code> missing; 1 other blocker below\n\n**Still blocking**\n\n- label <code>x</code> missing\n- evidence',
    });
  });

  it('keeps a long title to one line of at most 240 characters, and link text only', () => {
    const { title } = renderCheckOutput(blocked, `⛔ Blocked — [run](https://x.test/1) ${'a'.repeat(400)}`);
    expect(title.length).toBe(240);
    expect(title.startsWith('Blocked — run aaa')).toBe(true);
  });
});

describe('renderJobSummary', () => {
  const result = diffInventories(
    inventory(lockfile('package-lock.json', [pkg('express', '4.19.2')])),
    inventory(lockfile('package-lock.json', [pkg('express', '4.21.1')])),
  );

  it('heads the changes table with the verdict and what still blocks', () => {
    const text = renderJobSummary(7, blocked, result, result.changes);
    expect(
      text.startsWith(
        '### soup-gate: blocked for #7\n\n**Still blocking**\n\n- label <code>x</code> missing\n- evidence\n\n## SOUP changes',
      ),
    ).toBe(true);
    expect(text).toContain('express');
  });

  it('has no blocking list once the gate passes', () => {
    const text = renderJobSummary(7, passed, result, result.changes);
    expect(text.startsWith('### soup-gate: passed for #7\n\n## SOUP changes')).toBe(true);
    expect(text).not.toContain('Still blocking');
  });
});
