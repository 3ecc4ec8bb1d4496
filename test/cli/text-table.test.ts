// The table under every text renderer: widths as a terminal shows them, cutting with an ellipsis,
// the widest flexible column narrowed first, nothing wrapped.
import { describe, expect, it } from 'vitest';
import { createTextStyle } from '../../src/documents/text/style.js';
import { displayWidth, fitWidth, renderTable } from '../../src/documents/text/table.js';

const plain = createTextStyle(false);

describe('fitWidth', () => {
  it('keeps text that fits and cuts the rest with an ellipsis, by terminal columns', () => {
    expect(fitWidth('express', 7)).toBe('express');
    expect(fitWidth('express', 6)).toBe('expre…');
    expect(fitWidth('漢字パッケージ', 7)).toBe('漢字パ…');
    expect(displayWidth(fitWidth('漢字パッケージ', 6))).toBeLessThanOrEqual(6);
    expect(fitWidth('e\u0301e\u0301e\u0301', 2)).toBe('e\u0301…');
    expect(fitWidth('👩‍👩‍👧xy', 3)).toBe('👩‍👩‍👧…');
    expect(fitWidth('abc', 0)).toBe('');
  });
});

describe('renderTable', () => {
  const columns = [
    { header: 'package', min: 8 },
    { header: 'bump', fixed: true },
    { header: 'note', min: 4 },
  ];
  const rows = [
    ['a-rather-long-package-name', 'major', 'a long note that should give way first'],
    ['short', 'patch', ''],
  ];

  it('lays out natural widths when they fit, with no trailing spaces', () => {
    expect(renderTable(columns, rows, { width: 200, style: plain })).toEqual([
      'package                     bump   note',
      'a-rather-long-package-name  major  a long note that should give way first',
      'short                       patch',
    ]);
  });

  it('narrows the widest flexible column first and keeps fixed words whole', () => {
    const lines = renderTable(columns, rows, { width: 40, style: plain });
    expect(lines.map(displayWidth).every((w) => w <= 40)).toBe(true);
    expect(lines[1]).toBe('a-rather-long-…  major  a long note tha…');
  });

  it('narrows fixed columns only when nothing else is left, and never wraps', () => {
    const lines = renderTable(columns, rows, { width: 16, style: plain });
    expect(lines).toHaveLength(3);
    expect(lines.map(displayWidth).every((w) => w <= 16)).toBe(true);
  });
});
