import type { Change, DiffResult } from '../inventory/diff.js';
import { code, escapeText } from '../markdown/escape.js';

const ICON: Record<Change['type'], string> = {
  added: '➕',
  removed: '➖',
  updated: '🔼',
  'integrity-changed': '🔁',
  'source-changed': '🔀',
};

/** The row's icon: a version going down is not shown as an upgrade. */
function iconOf(change: Change): string {
  return change.type === 'updated' && change.bump === 'downgrade' ? '🔽' : ICON[change.type];
}

/** What else moved with the version: the artefact's integrity, the source it resolves from. */
function describeSignals(change: Change): string {
  const short = (value: string | undefined): string =>
    code(value === undefined ? '—' : value.length > 24 ? `${value.slice(0, 23)}…` : value);
  const parts: string[] = [];
  if (change.fromSource !== undefined || change.toSource !== undefined)
    parts.push(`source ${short(change.fromSource)} → ${short(change.toSource)}`);
  if (change.fromIntegrity !== undefined || change.toIntegrity !== undefined)
    parts.push(`integrity ${short(change.fromIntegrity)} → ${short(change.toIntegrity)}`);
  return parts.length === 0 ? '' : `; **${parts.join('; ')}**`;
}

function describeVersions(change: Change): string {
  if (change.type === 'added') return `— → ${code(change.to ?? '')}`;
  if (change.type === 'removed') return `${code(change.from ?? '')} → —`;
  if (change.from === change.to && change.fromRef === change.toRef)
    return `${code(change.to ?? '')} (same version)${describeSignals(change)}`;
  return describeUpdate(change) + describeSignals(change);
}

function describeUpdate(change: Change): string {
  // An image digest keeps its algorithm and 12 hex digits, as `docker images --digests` abbreviates.
  const shortRef = (ref: string | undefined): string =>
    ref === undefined ? '' : ` @ ${code(ref.slice(0, /^sha\d+:/.test(ref) ? ref.indexOf(':') + 13 : 12))}`;
  const versions =
    change.fromRef !== change.toRef
      ? `${code(change.from ?? '')}${shortRef(change.fromRef)} → ${code(change.to ?? '')}${shortRef(change.toRef)}`
      : `${code(change.from ?? '')} → ${code(change.to ?? '')}`;
  if (change.fromRetained) return `${versions} (${code(change.from ?? '')} stays for other dependents)`;
  if (change.toRetained)
    return `${versions} (${code(change.to ?? '')} was already there for other dependents)`;
  return versions;
}

export function describeDependency(direct: boolean | null): string {
  return direct === true ? 'direct' : direct === false ? 'transitive' : 'unknown';
}

function bumpLabel(change: Change): string {
  if (change.type === 'added') return 'new';
  if (change.type === 'removed') return 'removed';
  if (change.type === 'integrity-changed') return '**new artefact**';
  if (change.type === 'source-changed' && change.bump === null) return '**new source**';
  return change.bump === 'downgrade' ? '**downgrade**' : (change.bump ?? 'unknown');
}

/** Counts per change type, e.g. "2 updated, 1 added". */
export function summarizeCounts(changes: readonly Change[]): string {
  const counts: Record<Change['type'], number> = {
    updated: 0,
    added: 0,
    removed: 0,
    'integrity-changed': 0,
    'source-changed': 0,
  };
  for (const change of changes) counts[change.type]++;
  const parts = (['updated', 'added', 'removed', 'integrity-changed', 'source-changed'] as const)
    .filter((t) => counts[t] > 0)
    .map((t) => `${counts[t]} ${t}`);
  return parts.length === 0 ? 'no SOUP changes' : parts.join(', ');
}

const COLUMNS = ['', 'package', 'change', 'bump', 'dependency', 'scope', 'ecosystem', 'lockfile'] as const;

function cellsOf(change: Change): string[] {
  return [
    iconOf(change),
    code(change.name),
    describeVersions(change),
    bumpLabel(change),
    describeDependency(change.direct),
    change.scope,
    escapeText(change.ecosystem),
    change.previousLockfile !== undefined
      ? `${code(change.previousLockfile)} → ${code(change.lockfile)}`
      : code(change.lockfile),
  ];
}

function tableOf(header: readonly string[], rows: readonly string[][]): string {
  return [
    `|${header.map((h) => (h === '' ? ' ' : ` ${h} `)).join('|')}|`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/**
 * What a table row says about one change beyond its name and two versions, for a change shown
 * without a table: the bump, and image digests, a moved source or integrity, a retained version
 * (null for parts that say nothing more).
 */
export function describeChangeExtras(change: Change): { bump: string | null; detail: string | null } {
  const plain =
    change.type === 'added'
      ? `— → ${code(change.to ?? '')}`
      : change.type === 'removed'
        ? `${code(change.from ?? '')} → —`
        : `${code(change.from ?? '')} → ${code(change.to ?? '')}`;
  const versions = describeVersions(change);
  return {
    bump: change.type === 'added' || change.type === 'removed' ? null : bumpLabel(change),
    detail: versions === plain ? null : `${iconOf(change)} ${versions}`,
  };
}

/** The changes as one GitHub-flavoured Markdown table; every value from a lockfile is escaped. */
export function renderChangesTable(changes: readonly Change[]): string {
  return tableOf(COLUMNS, changes.map(cellsOf));
}

/**
 * The table without the columns whose value is the same in every row (the icon, package and
 * change columns always stay), and those values, e.g. ["npm", "runtime"], for a caption.
 */
export function renderVaryingTable(changes: readonly Change[]): { table: string; constant: string[] } {
  const rows = changes.map(cellsOf);
  const keep = COLUMNS.map((_, i) => i <= 2 || rows.length < 2 || rows.some((row) => row[i] !== rows[0]![i]));
  const constant = rows.length < 2 ? [] : COLUMNS.flatMap((_, i) => (keep[i] ? [] : [rows[0]![i]!]));
  return {
    table: tableOf(
      COLUMNS.filter((_, i) => keep[i]),
      rows.map((row) => row.filter((_, i) => keep[i])),
    ),
    constant,
  };
}

/** The CLI's Markdown report: a heading with counts, lockfile statuses, then the table. */
export function renderDiffMarkdown(result: DiffResult, changes: readonly Change[]): string {
  const lines = [`## SOUP changes — ${summarizeCounts(changes)}`, ''];
  const touched = result.lockfiles.filter((l) => l.status !== 'unchanged');
  if (touched.length > 0) {
    lines.push('Lockfiles:', '');
    for (const lockfile of touched) {
      const moved = lockfile.previousPath !== undefined ? ` (from ${code(lockfile.previousPath)})` : '';
      const format =
        lockfile.previousFormat !== undefined && lockfile.previousFormat !== lockfile.format
          ? `${escapeText(lockfile.previousFormat)} → ${escapeText(lockfile.format)}`
          : escapeText(lockfile.format);
      lines.push(
        `- ${code(lockfile.path)}${moved}: ${lockfile.status}, ${format}, ${lockfile.changes} change(s)`,
      );
    }
    lines.push('');
  }
  if (changes.length > 0) lines.push(renderChangesTable(changes), '');
  return lines.join('\n');
}
