/**
 * `soup-gate list` at a terminal: a one-line summary of what was written, a line on the register,
 * then per lockfile its SOUP items (package, version, dependency, scope, safety class, register
 * entry, requirement ids, last verified). The auditor's full list is SOUP.md; this is the glance.
 */
import type { Inventory } from '../../inventory/inventory.js';
import { collectItemsByLockfile, type SoupItem } from '../../register/soup-items.js';
import type { Register } from '../../register/types.js';
import { describeDependency } from '../changes-table.js';
import { countOf, createTextStyle, type TextOptions, type TextStyle } from './style.js';
import { cleanText, renderTableGroups, type Cell, type Column } from './table.js';

export interface SoupListTextInput {
  inventory: Inventory;
  register: Register;
  lastVerified: ReadonlyMap<string, string>;
  /** The files `list` wrote, relative to --root. */
  written: readonly string[];
  /** YYYY-MM-DD: evaluations that expired before it no longer count. */
  today: string;
}

function registerCell(item: SoupItem, style: TextStyle): Cell {
  if (item.entry === undefined)
    return item.direct === true ? { text: style.mark('✖', 'no entry'), paint: style.red } : { text: '—' };
  if (item.entry.problems.length > 0) return { text: style.mark('!', 'incomplete'), paint: style.yellow };
  return { text: style.mark('✔', 'entry'), paint: style.green };
}

function requirementsText(item: SoupItem): string {
  const ids = item.entry?.requirements.map((r) => r.id.trim()).filter((id) => id !== '') ?? [];
  return ids.length === 0 ? '—' : ids.join(', ');
}

/** The summary line of 0.1.0, kept word for word: scripts may read it. */
export function summarizeList(input: SoupListTextInput): string {
  const packages = input.inventory.lockfiles.reduce((n, l) => n + l.packages.length, 0);
  return `wrote ${input.written.join(' and ')} (${packages} package(s) in ${input.inventory.lockfiles.length} lockfile(s))`;
}

export function renderSoupListText(input: SoupListTextInput, options: TextOptions): string {
  const style = createTextStyle(options.color);
  const groups = collectItemsByLockfile(input.inventory, {
    register: input.register,
    lastVerified: input.lastVerified,
    today: input.today,
  });
  const items = groups.flatMap((g) => g.items);
  const withoutEntry = new Set(items.filter((i) => i.direct === true && !i.entry).map((i) => i.key)).size;
  const incomplete = [...input.register.entries.values()].filter((e) => e.problems.length > 0).length;
  const registerLine = [
    `register ${cleanText(input.register.path)}: ${countOf(input.register.entries.size, 'entry', 'entries')}`,
    ...(withoutEntry > 0 ? [style.red(`${countOf(withoutEntry, 'direct item')} without an entry`)] : []),
    ...(incomplete > 0 ? [style.yellow(`${incomplete} incomplete`)] : []),
  ].join(' · ');
  const lines = [style.bold(summarizeList(input)), registerLine];
  const columns: Column[] = [
    { header: 'package', min: 12 },
    { header: 'version', min: 8 },
    { header: 'dependency', fixed: true },
    { header: 'scope', fixed: true },
    { header: 'class', fixed: true },
    { header: 'register', fixed: true },
    { header: 'requirements', min: 12 },
    { header: 'verified', fixed: true },
  ];
  const tableGroups = groups.map((group) => ({
    heading: [
      '',
      `${style.bold(cleanText(group.lockfile.path))}  ${style.dim(`${cleanText(group.lockfile.ecosystem)} · ${cleanText(group.lockfile.format)} · ${countOf(group.items.length, 'item')}`)}`,
    ],
    rows: group.items.map((item) => [
      { text: item.name, paint: style.bold },
      item.version,
      describeDependency(item.direct),
      item.scope,
      item.classSource === 'entry' ? item.safetyClass : `${item.safetyClass} (default)`,
      registerCell(item, style),
      requirementsText(item),
      item.lastVerified ?? '—',
    ]),
  }));
  lines.push(...renderTableGroups(columns, tableGroups, { width: options.columns, indent: 2, style }));
  return `${lines.join('\n')}\n`;
}
