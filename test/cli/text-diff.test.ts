// `soup-gate diff --format text`: the demo's real diff and one change of every kind, at 80 and 160
// columns, with and without colour. Snapshots show ANSI escapes as \e.
import { describe, expect, it } from 'vitest';
import { changeKey } from '../../src/inventory/change-key.js';
import { renderDiffText } from '../../src/documents/text/diff.js';
import { displayWidth } from '../../src/documents/text/table.js';
import type { ChangeEnrichment } from '../../src/enrich/types.js';
import { demoDiff, mixedDiff, showEscapes } from './text-fixtures.js';

const SIZES = [80, 160] as const;

describe.each(SIZES)('diff as text at %i columns', (columns) => {
  it.each([false, true])('the demo, colour %s', async (color) => {
    const diff = await demoDiff();
    const text = renderDiffText(diff, { columns, color });
    expect(showEscapes(text)).toMatchSnapshot();
  });

  it.each([false, true])('every kind of change, hostile names, colour %s', (color) => {
    const text = renderDiffText(mixedDiff(), { columns, color });
    expect(showEscapes(text)).toMatchSnapshot();
  });

  it('never writes a line wider than the terminal, and starts with the summary', () => {
    const text = renderDiffText(mixedDiff(), { columns, color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '13 SOUP changes in 2 of 3 lockfiles: 9 updated, 1 added, 1 removed, 1 integrity-changed, 1 source-changed',
    );
    // The summary and the finding are sentences, not table rows; every row of a table fits.
    const rows = lines.filter((line) => line.startsWith('  '));
    expect(rows.length).toBeGreaterThan(13);
    expect(rows.filter((line) => displayWidth(line) > columns)).toEqual([]);
    expect(text).not.toMatch(/ \n/);
  });
});

describe('diff as text', () => {
  it('cuts a long name with an ellipsis at 80 columns and shows it whole at 160', () => {
    const name = 'a-very-long-package-name-that-cannot-fit-in-any-narrow-column-at-all';
    const narrow = renderDiffText(mixedDiff(), { columns: 80, color: false });
    expect(narrow).not.toContain(name);
    expect(narrow).toMatch(/ a-very-long-[a-z-]*… /);
    expect(renderDiffText(mixedDiff(), { columns: 160, color: false })).toContain(name);
  });

  it('says so when nothing changed', () => {
    const text = renderDiffText(
      {
        lockfiles: [{ path: 'package-lock.json', status: 'unchanged', format: 'npm', changes: 0 }],
        changes: [],
        findings: [],
      },
      { columns: 80, color: false },
    );
    expect(text).toBe('No SOUP changes (0 lockfiles of 1 changed)\n');
  });

  it('with enrichment, shows the anomalies and licence of each change', () => {
    const diff = mixedDiff();
    const first = diff.changes[0]!;
    const entry: ChangeEnrichment = {
      key: changeKey(first),
      anomalies: {
        introduced: [
          {
            id: 'GHSA-new-0001',
            aliases: [],
            summary: 's',
            severity: { label: 'high', source: 'cvss' },
            url: 'https://osv.dev/x',
            fixedVersions: [],
          },
        ],
        fixed: [],
        present: [],
        checkedBy: { to: 'version' },
      },
      licence: {
        from: null,
        to: { version: '2.0.0', expression: 'MIT', declared: ['MIT'], source: 'deps.dev' },
        changed: null,
      },
      links: {},
      releaseNotes: null,
      unchecked: [],
    };
    const text = renderDiffText(
      { ...diff, enrichment: new Map([[entry.key, entry]]), keyOf: changeKey },
      { columns: 160, color: false },
    );
    expect(text).toMatch(/added\s+fresh\s+— → 2\.0\.0\s+new\s+direct\s+runtime\s+1 new: GHSA-new-0001\s+MIT/);
    expect(text).toMatch(/removed\s+gone\s+.*not checked\s+not checked/);
  });
});
