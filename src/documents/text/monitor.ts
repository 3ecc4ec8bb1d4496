/**
 * `soup-gate monitor` at a terminal: a one-line verdict, then per lockfile the published anomalies
 * of the versions it holds (open ones first) and the versions that could not be looked up, then
 * the other findings (deprecated, obsolete) and the notes. Values from OSV and registries are
 * hostile: the table makes them terminal-safe; the notes, written as Markdown for the job summary,
 * are turned back into plain text first.
 */
import type { AssessedAnomaly, ItemAssessment, MonitorTotals } from '../../monitor/assess.js';
import { toPlainText } from '../../markdown/escape.js';
import { countOf, createTextStyle, type TextOptions, type TextStyle } from './style.js';
import {
  cleanText,
  renderTable,
  renderTableGroups,
  type Cell,
  type Column,
  type TableGroup,
} from './table.js';

export interface MonitorTextInput {
  totals: MonitorTotals;
  assessments: readonly ItemAssessment[];
  /** Markdown lines (see MonitorFindings.notes). */
  notes: readonly string[];
}

export function summarizeMonitor(totals: MonitorTotals): string {
  const checked = `${countOf(totals.items, 'SOUP item')} (${countOf(totals.versions, 'version')}) checked against OSV`;
  const parts = [
    totals.open > 0
      ? `${countOf(totals.open, 'anomaly', 'anomalies')} in ${countOf(totals.itemsWithOpen, 'item')} need an evaluation`
      : 'no anomaly needs an evaluation',
    `${totals.evaluated} evaluated`,
    ...(totals.unchecked > 0 ? [`${countOf(totals.unchecked, 'version')} not checked`] : []),
  ];
  return `${checked}: ${parts.join(', ')}`;
}

function severityText(a: AssessedAnomaly): string {
  const s = a.anomaly.severity;
  if (a.anomaly.detailsMissing) return 'unknown';
  return s.score !== undefined ? `${s.label} ${s.score.toFixed(1)}` : s.label;
}

function statusCell(a: AssessedAnomaly, style: TextStyle): Cell {
  if (a.anomaly.withdrawn !== undefined) return { text: 'withdrawn', paint: style.dim };
  switch (a.status) {
    case 'evaluated':
      return { text: style.mark('✔', `evaluated: ${a.evaluation?.state ?? ''}`), paint: style.green };
    case 'expired':
      return { text: style.mark('✖', `expired ${a.evaluation?.expires ?? ''}`), paint: style.red };
    case 'unevaluated':
      return {
        text: style.mark('✖', a.note === 'in triage' ? 'in triage' : 'not evaluated'),
        paint: style.red,
      };
  }
}

/** The lockfiles each version of an item sits in, as the groups the rows go under. */
function lockfilesOf(assessment: ItemAssessment, versions: readonly string[]): string[] {
  const wanted = new Set(versions);
  const found = assessment.item.versions
    .filter((v) => wanted.has('*') || wanted.has(v.version))
    .flatMap((v) => v.lockfiles);
  return [...new Set(found)];
}

export function renderMonitorText(input: MonitorTextInput, options: TextOptions): string {
  const style = createTextStyle(options.color);
  const open = input.totals.open > 0 || input.totals.failed > 0;
  const verdict = summarizeMonitor(input.totals);
  const lines = [
    style.bold(open ? style.red(style.mark('✖', verdict)) : style.green(style.mark('✔', verdict))),
  ];
  const byLockfile = new Map<string, (string | Cell)[][]>();
  const add = (lockfile: string, row: (string | Cell)[]): void => {
    if (!byLockfile.has(lockfile)) byLockfile.set(lockfile, []);
    byLockfile.get(lockfile)!.push(row);
  };
  for (const assessment of input.assessments) {
    const anomalies = [
      ...assessment.open,
      ...assessment.anomalies.filter((a) => !assessment.open.includes(a)),
    ];
    for (const a of anomalies) {
      const row = [
        { text: assessment.item.name, paint: style.bold },
        a.versions.join(', '),
        a.anomaly.id,
        severityText(a),
        statusCell(a, style),
        a.anomaly.fixedVersions.length > 0 ? a.anomaly.fixedVersions.slice(0, 5).join(', ') : 'no fix listed',
        a.anomaly.summary,
      ];
      for (const lockfile of lockfilesOf(assessment, a.versions)) add(lockfile, row);
    }
    for (const u of assessment.unchecked) {
      const row = [
        { text: assessment.item.name, paint: style.bold },
        u.version,
        '—',
        '—',
        { text: style.mark('?', 'not checked'), paint: u.failed ? style.red : style.yellow },
        '—',
        u.reason,
      ];
      const lockfiles = lockfilesOf(assessment, [u.version]);
      for (const lockfile of lockfiles.length > 0 ? lockfiles : ['(no lockfile)']) add(lockfile, row);
    }
  }
  // An anomaly id is what a reader looks up and the register names: it is cut last (GHSA ids are 19).
  const columns: Column[] = [
    { header: 'package', min: 9 },
    { header: 'version', min: 6 },
    { header: 'anomaly', min: 19 },
    { header: 'severity', fixed: true },
    { header: 'status', min: 11 },
    { header: 'fixed in', min: 6 },
    { header: 'summary', min: 7 },
  ];
  const groups: TableGroup[] = [...byLockfile.keys()].sort().map((lockfile) => ({
    heading: ['', style.bold(cleanText(lockfile))],
    rows: byLockfile.get(lockfile)!,
  }));
  lines.push(...renderTableGroups(columns, groups, { width: options.columns, indent: 2, style }));
  const health = input.assessments.flatMap((a) =>
    a.health.map((h) => [
      { text: a.item.name, paint: style.bold },
      h.version ?? a.item.versions.map((v) => v.version).join(', '),
      { text: h.kind, paint: style.yellow },
      h.detail,
    ]),
  );
  if (health.length > 0) {
    lines.push('', style.bold('Other findings'));
    lines.push(
      ...renderTable(
        [
          { header: 'package', min: 10 },
          { header: 'version', min: 7 },
          { header: 'finding', fixed: true },
          { header: 'detail', min: 10 },
        ],
        health,
        { width: options.columns, indent: 2, style },
      ),
    );
  }
  if (input.notes.length > 0) {
    lines.push(
      '',
      style.bold('Notes'),
      ...input.notes.map((note) => `  ${cleanText(toPlainText(note).replace(/\*\*/g, ''))}`),
    );
  }
  return `${lines.join('\n')}\n`;
}
