/**
 * `soup-gate diff` at a terminal: a one-line summary, then per changed lockfile a table of its
 * changes (what, package, versions, bump, direct or transitive, scope, and with --enrich the
 * anomalies and licence of the new version), then what the parsers passed over. Plain text:
 * no Markdown, no HTML, every value from a lockfile made terminal-safe by the table.
 */
import type { Change, LockfileDiff } from '../../inventory/diff.js';
import type { ChangeEnrichment } from '../../enrich/types.js';
import type { Finding } from '../../lockfiles/types.js';
import { describeDependency, summarizeCounts } from '../changes-table.js';
import { countOf, createTextStyle, type TextOptions, type TextStyle } from './style.js';
import {
  cleanText,
  renderTable,
  renderTableGroups,
  type Cell,
  type Column,
  type TableGroup,
} from './table.js';

export interface DiffTextInput {
  lockfiles: readonly LockfileDiff[];
  /** The changes to show (already filtered by --scope). */
  changes: readonly Change[];
  findings: readonly Finding[];
  /** With --enrich: what was found per change key (undefined without --enrich). */
  enrichment?: ReadonlyMap<string, ChangeEnrichment>;
  /** The key enrichment entries are stored under (inventory/change-key's changeKey). */
  keyOf?: (change: Change) => string;
}

function changeCell(change: Change, style: TextStyle): Cell {
  switch (change.type) {
    case 'added':
      return { text: style.mark('+', 'added'), paint: style.green };
    case 'removed':
      return { text: style.mark('-', 'removed'), paint: style.red };
    case 'updated':
      return change.bump === 'downgrade'
        ? { text: style.mark('↓', 'updated'), paint: style.yellow }
        : { text: style.mark('↑', 'updated'), paint: style.cyan };
    case 'integrity-changed':
      return { text: style.mark('!', 'new artefact'), paint: (t) => style.bold(style.red(t)) };
    case 'source-changed':
      return { text: style.mark('!', 'new source'), paint: (t) => style.bold(style.red(t)) };
  }
}

function versionText(change: Change): string {
  const at = (version: string | null, ref: string | undefined): string =>
    `${version ?? '—'}${ref !== undefined && change.fromRef !== change.toRef ? ` @${ref.slice(0, 12)}` : ''}`;
  if (change.type === 'added') return `— → ${at(change.to, change.toRef)}`;
  if (change.type === 'removed') return `${at(change.from, change.fromRef)} → —`;
  if (change.from === change.to && change.fromRef === change.toRef)
    return `${change.to ?? '—'} (same version)`;
  return `${at(change.from, change.fromRef)} → ${at(change.to, change.toRef)}`;
}

function bumpCell(change: Change, style: TextStyle): Cell {
  if (change.type === 'added') return { text: 'new' };
  if (change.type === 'removed') return { text: 'removed' };
  // The change column already says new artefact or new source: this is what the version did.
  if (change.bump === null) return { text: '—' };
  if (change.bump === 'downgrade') return { text: 'downgrade', paint: style.red };
  if (change.bump === 'major') return { text: 'major', paint: style.yellow };
  return { text: change.bump ?? 'unknown' };
}

/** What else the reader must know about a change: moved artefact or source, versions kept for others. */
function noteText(change: Change): string {
  const short = (value: string | undefined): string =>
    value === undefined ? '—' : value.length > 24 ? `${value.slice(0, 23)}…` : value;
  const notes: string[] = [];
  if (change.fromSource !== undefined || change.toSource !== undefined)
    notes.push(`source ${short(change.fromSource)} → ${short(change.toSource)}`);
  if (change.fromIntegrity !== undefined || change.toIntegrity !== undefined)
    notes.push(`integrity ${short(change.fromIntegrity)} → ${short(change.toIntegrity)}`);
  if (change.fromRetained) notes.push(`${change.from ?? ''} stays for other dependents`);
  if (change.toRetained) notes.push(`${change.to ?? ''} was already there for other dependents`);
  return notes.join('; ');
}

function anomaliesCell(entry: ChangeEnrichment | undefined, style: TextStyle): Cell {
  const facts = entry?.anomalies;
  if (facts === null || facts === undefined) return { text: 'not checked', paint: style.yellow };
  if (facts.introduced.length > 0)
    return {
      text: `${facts.introduced.length} new: ${facts.introduced.map((a) => a.id).join(', ')}`,
      paint: style.red,
    };
  if (facts.present.length > 0) return { text: `${facts.present.length} still open`, paint: style.yellow };
  return { text: facts.fixed.length > 0 ? `none (${facts.fixed.length} fixed)` : 'none', paint: style.green };
}

function licenceText(entry: ChangeEnrichment | undefined): string {
  const licence = entry?.licence;
  if (licence === null || licence === undefined) return 'not checked';
  const side = (s: typeof licence.from): string => (s === null ? '—' : (s.expression ?? 'unknown'));
  return licence.changed === true
    ? `${side(licence.from)} → ${side(licence.to)}`
    : side(licence.to ?? licence.from);
}

function lockfileHeading(lockfile: LockfileDiff, shown: number, style: TextStyle): string {
  const format =
    lockfile.previousFormat !== undefined && lockfile.previousFormat !== lockfile.format
      ? `${lockfile.previousFormat} → ${lockfile.format}`
      : lockfile.format;
  const moved = lockfile.previousPath !== undefined ? ` (from ${cleanText(lockfile.previousPath)})` : '';
  return `${style.bold(cleanText(lockfile.path))}${moved}  ${style.dim(`${cleanText(format)} · ${lockfile.status} · ${countOf(shown, 'change')}`)}`;
}

/** The one line a reader (or `| head -1`) needs: how many changes, where, of which kinds. */
export function summarizeDiff(input: DiffTextInput): string {
  const touched = input.lockfiles.filter((l) => l.status !== 'unchanged').length;
  const total = input.lockfiles.length;
  if (input.changes.length === 0)
    return `No SOUP changes (${countOf(touched, 'lockfile')} of ${total} changed)`;
  return `${countOf(input.changes.length, 'SOUP change')} in ${touched} of ${countOf(total, 'lockfile')}: ${summarizeCounts(input.changes)}`;
}

export function renderDiffText(input: DiffTextInput, options: TextOptions): string {
  const style = createTextStyle(options.color);
  const lines = [style.bold(summarizeDiff(input))];
  const enriched = input.enrichment !== undefined;
  const columns: Column[] = [
    { header: 'change', fixed: true },
    { header: 'package', min: 14 },
    { header: 'version', min: 14 },
    { header: 'bump', fixed: true },
    { header: 'dependency', fixed: true },
    { header: 'scope', fixed: true },
    ...(enriched
      ? [
          { header: 'anomalies', min: 10 },
          { header: 'licence', min: 8 },
        ]
      : []),
  ];
  const groups: TableGroup[] = [];
  for (const lockfile of input.lockfiles) {
    if (lockfile.status === 'unchanged') continue;
    const changes = input.changes.filter((c) => c.lockfile === lockfile.path);
    const rows = changes.map((change) => {
      const entry = enriched && input.keyOf ? input.enrichment?.get(input.keyOf(change)) : undefined;
      return [
        changeCell(change, style),
        { text: change.name, paint: style.bold },
        versionText(change),
        bumpCell(change, style),
        describeDependency(change.direct),
        change.scope,
        ...(enriched ? [anomaliesCell(entry, style), licenceText(entry)] : []),
      ];
    });
    // Notes are sentences: under the table, one per line, so the columns stay narrow enough for 80.
    const footer = changes
      .filter((change) => noteText(change) !== '')
      .map((change) => `${style.color ? '↳ ' : '- '}${change.name}: ${noteText(change)}`);
    groups.push({ heading: ['', lockfileHeading(lockfile, changes.length, style)], rows, footer });
  }
  lines.push(...renderTableGroups(columns, groups, { width: options.columns, indent: 2, style }));
  if (input.findings.length > 0) {
    lines.push('', style.bold('Passed over by the parsers (not in the inventory):'));
    const rows = input.findings.map((f) => [
      `${f.lockfile}${f.line !== undefined ? `:${f.line}` : ''}`,
      f.message,
    ]);
    lines.push(
      ...renderTable(
        [
          { header: 'where', min: 12 },
          { header: 'finding', min: 12 },
        ],
        rows,
        {
          width: options.columns,
          indent: 2,
          style,
        },
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
