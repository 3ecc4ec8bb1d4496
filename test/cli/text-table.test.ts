// The table under every text renderer: widths as a terminal shows them, cutting with an ellipsis,
// the widest flexible column narrowed first, nothing wrapped.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { createTextStyle } from '../../src/documents/text/style.js';
import { ONE_COLUMN_TEXT, displayWidth, fitWidth, renderTable } from '../../src/documents/text/table.js';

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

describe('a table of a whole monorepo', () => {
  it('lays out 300,000 rows (no spread of every cell into one call)', () => {
    const many = Array.from({ length: 300_000 }, (_, i) => [`package-${i}`, 'patch', '']);
    const lines = renderTable(columns3(), many, { width: 80, style: plain });
    expect(lines).toHaveLength(300_001);
    expect(lines[300_000]).toBe('package-299999  patch');
  });

  it('measures and cuts ASCII and wide text alike by terminal columns', () => {
    expect(displayWidth('express')).toBe(7);
    expect(displayWidth('漢字')).toBe(4);
    expect(displayWidth('a\tb')).toBe(displayWidth('a') + displayWidth('\t') + displayWidth('b'));
    expect(fitWidth('abcdef', 4)).toBe('abc…');
  });

  it('takes the one-column shortcut only for characters string-width measures as one column', () => {
    const oneColumn: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (ONE_COLUMN_TEXT.test(char)) oneColumn.push(char);
    }
    expect(oneColumn.length).toBeGreaterThan(800);
    expect(oneColumn.filter((char) => stringWidth(char) !== 1)).toEqual([]);
    // In sequence too: no pair of them joins into something wider or narrower.
    for (let i = 0; i < oneColumn.length; i += 7) {
      const pair = oneColumn[i]! + oneColumn[(i * 31) % oneColumn.length]!;
      expect(stringWidth(pair)).toBe(2);
    }
    expect(ONE_COLUMN_TEXT.test('\u0301')).toBe(false);
    expect(ONE_COLUMN_TEXT.test('\u00ad')).toBe(false);
  });
});

function columns3() {
  return [
    { header: 'package', min: 8 },
    { header: 'bump', fixed: true },
    { header: 'note', min: 4 },
  ];
}
