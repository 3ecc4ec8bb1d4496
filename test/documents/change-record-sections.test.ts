// The per-requirement results in a change record: listed per change, and when the gate's record
// had to leave them out to keep every tick, counted — an auditor is told, never shown nothing.
import { describe, expect, it } from 'vitest';
import { renderReverification } from '../../src/documents/change-record-sections.js';
import type { ReverifiedRecord } from '../../src/gate/state.js';

const HEAD = 'e'.repeat(40);
const record = (over: Partial<ReverifiedRecord> = {}): ReverifiedRecord => ({
  run: 'https://github.com/acme/app/actions/runs/9',
  sha: HEAD,
  artifact: 'junit-results',
  changes: [
    { target: 'npm/package-lock.json/express', requirements: [{ id: 'REQ-1', verdict: 'passed', tests: 2 }] },
  ],
  ...over,
});

describe('renderReverification', () => {
  it('lists each requirement with its result and test count', () => {
    const text = renderReverification(record(), [], HEAD).join('\n');
    expect(text).toContain('## Requirement re-verification');
    expect(text).toContain('(final head)');
    expect(text).toMatch(/\| <code>REQ-1<\/code> \| ✅ passed \| 2 \|/);
  });

  it('says how many results were left out when none could be kept', () => {
    const text = renderReverification(record({ changes: [], omitted: 120 }), [], HEAD).join('\n');
    expect(text).toContain('## Requirement re-verification');
    expect(text).toContain("120 changes' results left out of the gate's record");
    expect(text).not.toContain('| SOUP change |');
  });

  it('is absent when there were no results at all', () => {
    expect(renderReverification(undefined, [], HEAD)).toEqual([]);
    expect(renderReverification(record({ changes: [] }), [], HEAD)).toEqual([]);
  });
});
