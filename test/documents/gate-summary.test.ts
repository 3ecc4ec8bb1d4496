import { describe, expect, it } from 'vitest';
import { renderCheckOutput, renderJobSummary } from '../../src/documents/gate-summary.js';
import { diffInventories } from '../../src/inventory/diff.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const passed = { passed: true, missing: [], open: 0, total: 3 };
const blocked = { passed: false, missing: ['label <code>x</code> missing', 'evidence'], open: 1, total: 3 };

describe('renderCheckOutput', () => {
  it('says a run without SOUP changes has none', () => {
    expect(renderCheckOutput(passed, 0)).toEqual({
      title: 'no SOUP changes',
      summary: 'Every required assessment is recorded for 0 SOUP change(s).',
    });
  });

  it('says assessed changes are assessed', () => {
    expect(renderCheckOutput(passed, 2).title).toBe('SOUP changes assessed');
  });

  it('lists everything that blocks the gate', () => {
    expect(renderCheckOutput(blocked, 2)).toEqual({
      title: '2 thing(s) block the SOUP gate',
      summary: '**Still blocking**\n\n- label <code>x</code> missing\n- evidence',
    });
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
