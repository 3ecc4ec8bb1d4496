/**
 * Aligned columns that fit the terminal: each column as wide as its widest cell, the flexible ones
 * narrowed (widest first) until the row fits, and a cell wider than its column cut with an
 * ellipsis. A row is never wrapped. Widths are terminal columns as string-width measures them (a
 * CJK character takes two, a combining mark none), not UTF-16 lengths.
 */
import stringWidth from 'string-width';
import type { TextStyle } from './style.js';
import { cleanText } from './terminal-text.js';

export interface Column {
  header: string;
  /** Narrowed to this (default: the header's width) before a fixed column gives up anything. */
  min?: number;
  /** A column of short fixed words (a status, a bump class) keeps its width while others can shrink. */
  fixed?: boolean;
}

/** A cell: its text (hostile values welcome: it is made terminal-safe here) and how to paint it. */
export interface Cell {
  text: string;
  paint?: (text: string) => string;
}

const GAP = 2;

// Intl.Segmenter keeps a grapheme (an emoji with its modifiers, a letter with its accents) whole
// when a cell is cut; string-width has no cutting function of its own.
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

// Printable ASCII, Latin letters, general punctuation (… — ·) and arrows are one column per UTF-16
// unit, alone or in any sequence (checked against string-width for every one of them in
// test/cli/text-table.test.ts): the common cell skips string-width's per-grapheme work, which cost
// seconds on a 47,000-row list. Everything else (wide, combining, emoji, controls) is measured.
export const ONE_COLUMN_TEXT =
  /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e\u2190-\u21ff]*$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function displayWidth(text: string): number {
  return ONE_COLUMN_TEXT.test(text) ? text.length : stringWidth(text);
}

/** The text cut to at most `width` columns, ending in `…` when anything was cut. */
export function fitWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(text) <= width) return text;
  // No grapheme of printable ASCII spans two units, so a plain cut keeps every character whole.
  if (PRINTABLE_ASCII.test(text)) return `${text.slice(0, width - 1)}…`;
  let out = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

export { cleanText };

/** Column widths that fit `available` columns, narrowing the widest shrinkable column first. */
function fitColumns(natural: number[], columns: readonly Column[], available: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  // Flexible columns give up width first (to their minimum, then to a few characters), short
  // fixed words (a status, a bump class) only after them, and every column to one character last.
  const minOf = (i: number): number => columns[i]!.min ?? displayWidth(columns[i]!.header);
  const floors: ((i: number) => number | undefined)[] = [
    (i) => (columns[i]!.fixed ? undefined : minOf(i)),
    (i) => (columns[i]!.fixed ? undefined : Math.min(minOf(i), 4)),
    (i) => minOf(i),
    () => 1,
  ];
  for (const floor of floors) {
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++) {
        const limit = floor(i);
        if (limit === undefined || widths[i]! <= limit) continue;
        if (widest === -1 || widths[i]! > widths[widest]!) widest = i;
      }
      if (widest === -1) break;
      const limit = floor(widest)!;
      // Narrow the widest down to the next widest shrinkable one (or its floor) in one step; columns
      // tied for widest give up one column each in turn, so they end up equal.
      const shrinkable = (k: number): boolean => k !== widest && widths[k]! > (floor(k) ?? Infinity);
      const tied = widths.some((w, k) => shrinkable(k) && w === widths[widest]);
      const narrower = widths.filter((w, k) => shrinkable(k) && w < widths[widest]!);
      const target = Math.max(limit, ...narrower, widths[widest]! - excess);
      const step = tied ? 1 : Math.max(1, widths[widest]! - target);
      widths[widest]! -= step;
      excess -= step;
    }
  }
  return widths;
}

export interface TableGroup {
  /** Lines above the group's header row (already terminal-safe and painted). */
  heading: readonly string[];
  rows: readonly (readonly (string | Cell)[])[];
  /** Lines under the group's rows (notes on some of them), each cut to the width. */
  footer?: readonly string[];
}

/**
 * Groups of rows (one per lockfile) under one set of column widths, so the columns line up from
 * the first group to the last: each group its heading lines, a painted header row, then one line
 * per row. No line ends in spaces; none is wider than `width` when the columns' floors allow it.
 */
export function renderTableGroups(
  columns: readonly Column[],
  groups: readonly TableGroup[],
  options: { width: number; indent?: number; style: TextStyle },
): string[] {
  const indent = ' '.repeat(options.indent ?? 0);
  const toCells = (row: readonly (string | Cell)[]): Cell[] =>
    columns.map((_, i) => {
      const cell = row[i] ?? '';
      return typeof cell === 'string' ? { text: cleanText(cell) } : { ...cell, text: cleanText(cell.text) };
    });
  const cellGroups = groups.map((group) => group.rows.map(toCells));
  // A loop, not Math.max(...cells): spreading a few hundred thousand rows overflows the call stack.
  const natural = columns.map((column) => displayWidth(column.header));
  for (const rows of cellGroups)
    for (const row of rows)
      for (let i = 0; i < natural.length; i++) natural[i] = Math.max(natural[i]!, displayWidth(row[i]!.text));
  const available = options.width - indent.length - GAP * (columns.length - 1);
  const widths = fitColumns(natural, columns, available);
  const line = (row: readonly Cell[]): string => {
    const parts = row.map((cell, i) => {
      const text = fitWidth(cell.text, widths[i]!);
      const painted = cell.paint && text !== '' ? cell.paint(text) : text;
      const last = i === row.length - 1;
      return last ? painted : painted + ' '.repeat(widths[i]! - displayWidth(text));
    });
    return (indent + parts.join(' '.repeat(GAP))).trimEnd();
  };
  const header = line(columns.map((column) => ({ text: column.header, paint: options.style.dim })));
  return groups.flatMap((group, g) => [
    ...group.heading,
    ...(cellGroups[g]!.length > 0 ? [header, ...cellGroups[g]!.map(line)] : []),
    ...(group.footer ?? []).map((text) => indent + fitWidth(cleanText(text), options.width - indent.length)),
  ]);
}

/** One table: a painted header row, then one line per row (see renderTableGroups). */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly (string | Cell)[])[],
  options: { width: number; indent?: number; style: TextStyle },
): string[] {
  return renderTableGroups(columns, [{ heading: [], rows }], options);
}
