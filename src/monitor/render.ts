/**
 * What people read from post-market monitoring: the issue per SOUP item (anomalies to evaluate,
 * an evaluation checklist, register YAML to paste), the comments that close or reopen it, and the
 * job summary. Every value from a lockfile, OSV or a registry goes through src/markdown/escape.ts.
 * Issue bodies hold no dates of the run, so an unchanged situation renders an identical body.
 */
import { yamlString } from '../register/entry-yaml.js';
import { parseRegisterKey, registerLookupKey } from '../register/keys.js';
import { code, escapeText, fenceFor, safeLink as link, truncate } from '../markdown/escape.js';
import type { AssessedAnomaly, HealthFinding, HealthKind, ItemAssessment, MonitorTotals } from './assess.js';

export const MONITOR_MARKER_PREFIX = '<!-- soup-gate:monitor ';
const IDS_MARKER = /<!-- soup-gate:monitor-ids ([A-Za-z0-9._: -]*) -->/;
const SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
/** Anomalies listed in one issue before "and N more" (an issue body holds 65 536 characters). */
const MAX_ANOMALIES = 60;

/** The key as it sits in the marker: characters that could end the HTML comment are %-encoded. */
export function markerKey(key: string): string {
  return key.replace(
    /[^A-Za-z0-9@._/:+~ -]|-(?=->)/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

export function monitorMarker(key: string): string {
  return `${MONITOR_MARKER_PREFIX}${markerKey(key)} -->`;
}

/** The register lookup key an issue body's first-line marker names; undefined when it has none. */
export function readMonitorMarker(body: string): string | undefined {
  const first = body.split('\n', 1)[0]!.trim();
  if (!first.startsWith(MONITOR_MARKER_PREFIX) || !first.endsWith(' -->')) return undefined;
  let key: string;
  try {
    key = decodeURIComponent(first.slice(MONITOR_MARKER_PREFIX.length, -' -->'.length));
  } catch {
    return undefined;
  }
  const parsed = parseRegisterKey(key);
  return parsed ? registerLookupKey(parsed.ecosystem, parsed.name) : undefined;
}

/** Anomaly ids an issue body listed as open when it was written. */
export function readListedIds(body: string): string[] {
  const match = IDS_MARKER.exec(body);
  return match ? match[1]!.split(' ').filter((id) => SAFE_ID.test(id)) : [];
}

/** A body compared with ticks undone: a person ticking the checklist is not a change to revert. */
export function comparableBody(body: string): string {
  return body
    .replace(/\r\n/g, '\n')
    .replace(/^(\s*[-*] )\[[xX]\]/gm, '$1[ ]')
    .trimEnd();
}

function plain(text: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  return truncate(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim(), max);
}

export function issueTitle(assessment: ItemAssessment): string {
  const key = plain(assessment.item.key, 180);
  return assessment.open.length > 0 ? `SOUP anomalies to evaluate: ${key}` : `SOUP item to review: ${key}`;
}

function severity(a: AssessedAnomaly): string {
  const s = a.anomaly.severity;
  if (a.anomaly.detailsMissing) return 'unknown (record unavailable)';
  if (s.label === 'unknown') return 'unknown';
  return s.score !== undefined ? `${s.label} ${s.score.toFixed(1)}` : s.label;
}

function status(a: AssessedAnomaly): string {
  switch (a.status) {
    case 'evaluated':
      return `evaluated: ${escapeText(a.evaluation?.state ?? '')}${a.evaluation?.by ? ` by ${escapeText(a.evaluation.by, 60)}` : ''}${a.evaluation?.on ? ` on ${escapeText(a.evaluation.on)}` : ''}`;
    case 'expired':
      return `evaluation expired on ${escapeText(a.evaluation?.expires ?? '')}`;
    case 'unevaluated':
      return a.note === 'in triage' ? 'in triage' : 'not evaluated';
  }
}

function anomalyRow(a: AssessedAnomaly): string {
  const aliases = a.anomaly.aliases.slice(0, 3).map((x) => escapeText(x, 60));
  const title = `${link(a.anomaly.id, a.anomaly.url)}${aliases.length ? ` (${aliases.join(', ')})` : ''}`;
  const summary = a.anomaly.summary ? escapeText(a.anomaly.summary, 160) : '';
  const fixed =
    a.anomaly.fixedVersions.length > 0
      ? a.anomaly.fixedVersions
          .slice(0, 5)
          .map((v) => code(v, 60))
          .join(', ')
      : 'no fix listed';
  const versions = a.versions.map((v) => code(v, 60)).join(', ');
  return `| ${title}${summary ? `<br>${summary}` : ''} | ${escapeText(severity(a))} | ${versions} | ${fixed} | ${status(a)} |`;
}

/** Register YAML for the open anomalies: list items under the entry's `anomalies:`, or a new entry. */
export function evaluationYaml(assessment: ItemAssessment): string {
  const evaluations = assessment.open.flatMap((a) => [
    `      - id: ${yamlString(a.anomaly.id)}${a.status === 'expired' ? '  # renews the expired evaluation: replace the old one' : ''}`,
    '        state: in_triage  # when decided: not_affected, exploitable, false_positive or resolved',
    '        # justification: code_not_reachable  # with not_affected: code_not_present, requires_configuration, ...',
    `        reason: ${yamlString('TODO: why it does or does not affect the product')}`,
    `        by: ${yamlString('TODO: who evaluated it')}`,
    '        on: ""  # YYYY-MM-DD',
  ]);
  if (assessment.hasEntry) return ['    anomalies:', ...evaluations].join('\n');
  return [
    `  ${yamlString(assessment.item.key)}:`,
    `    purpose: ${yamlString(`TODO: why we use ${plain(assessment.item.name, 80)}`)}`,
    '    anomalies:',
    ...evaluations,
  ].join('\n');
}

function describeHealth(finding: HealthFinding): string {
  const detail = escapeText(finding.detail, 300);
  const where = finding.url ? ` (${link(finding.url, finding.url)})` : '';
  switch (finding.kind) {
    case 'deprecated':
      return `**Deprecated**${finding.version !== undefined ? ` (${code(finding.version, 60)})` : ''}: ${detail}${where}`;
    case 'archived':
      return `**Source repository archived**: ${detail}${where}`;
    case 'obsolete':
      return `**No recent release** (IEC 62304 6.1 f): ${detail}${where}`;
  }
}

export interface IssueRenderOptions {
  registerPath: string;
  /** Health kinds that are shown in the issue (the others only in the job summary). */
  healthInIssues: readonly HealthKind[];
}

/** The issue body for one SOUP item: deterministic for the same facts. */
export function renderIssueBody(assessment: ItemAssessment, options: IssueRenderOptions): string {
  const { item } = assessment;
  const register = code(options.registerPath);
  const lines: string[] = [monitorMarker(item.key)];
  const versions = item.versions
    .map(
      (v) =>
        `${code(v.version, 60)} (${v.lockfiles
          .slice(0, 3)
          .map((l) => code(l, 100))
          .join(', ')}${v.lockfiles.length > 3 ? ` and ${v.lockfiles.length - 3} more` : ''})`,
    )
    .join(', ');
  lines.push(
    `### SOUP item ${code(item.key)}`,
    '',
    `Version${item.versions.length === 1 ? '' : 's'} in use on the default branch: ${versions}. Safety class ${assessment.safetyClass} (${assessment.classSource === 'entry' ? 'from its register entry' : 'register default'}).`,
    '',
  );
  if (assessment.open.length > 0) {
    const shown = assessment.open.slice(0, MAX_ANOMALIES);
    lines.push(
      `#### ${assessment.open.length} published anomal${assessment.open.length === 1 ? 'y needs' : 'ies need'} an evaluation (IEC 62304 7.1.3)`,
      '',
      '| Anomaly | Severity | Versions in use | Fixed in | Status |',
      '|---|---|---|---|---|',
      ...shown.map(anomalyRow),
    );
    if (assessment.open.length > shown.length)
      lines.push('', `… and ${assessment.open.length - shown.length} more (see the job summary).`);
    const evaluated = assessment.anomalies.filter((a) => a.status === 'evaluated');
    if (evaluated.length > 0)
      lines.push(
        '',
        `Already evaluated in ${register}: ${evaluated
          .slice(0, 20)
          .map((a) => link(a.anomaly.id, a.anomaly.url))
          .join(', ')}${evaluated.length > 20 ? ` and ${evaluated.length - 20} more` : ''}.`,
      );
    const yaml = evaluationYaml({ ...assessment, open: shown });
    const fence = fenceFor(yaml);
    lines.push(
      '',
      '#### Evaluation checklist',
      '',
      '- [ ] Read each advisory and decide whether the device software is affected (state, and the justification when not affected).',
      '- [ ] Where it may be affected: assess the risk, link the risk-file entries in the register (`risks:`), and plan the update.',
      `- [ ] Record each evaluation in ${register} in a pull request (YAML below), or update ${code(item.name)} to a version the anomalies do not affect.`,
      '- [ ] Have the evaluation reviewed like any SOUP change; this issue closes itself on the next monitoring run after it merges.',
      '',
      assessment.hasEntry
        ? `<details><summary>Register YAML to add to the entry ${code(item.key)} in ${register} (only the list items if it already has <code>anomalies:</code>)</summary>`
        : `<details><summary>Register YAML to paste under <code>items:</code> in ${register}</summary>`,
      '',
      `${fence}yaml`,
      yaml,
      fence,
      '',
      '</details>',
    );
  }
  const health = assessment.health.filter((h) => options.healthInIssues.includes(h.kind));
  if (health.length > 0) {
    lines.push('', '#### Other findings', '', ...health.map((h) => `- ${describeHealth(h)}`));
  }
  lines.push(
    '',
    '---',
    `<sub>Maintained by soup-gate's scheduled monitoring: updated when the published anomalies change, closed when every one is evaluated in the register or no longer affects the versions in use.</sub>`,
    `<!-- soup-gate:monitor-ids ${assessment.open
      .map((a) => a.anomaly.id)
      .filter((id) => SAFE_ID.test(id))
      .join(' ')} -->`,
  );
  return lines.join('\n');
}

/** Why an issue closes: what happened to each anomaly it listed. */
export function renderCloseComment(
  assessment: ItemAssessment | undefined,
  listedIds: readonly string[],
  registerPath: string,
): string {
  if (assessment === undefined)
    return 'Closed by soup-gate monitoring: this SOUP item is no longer monitored on the default branch (removed from the lockfiles, or outside the policy scope or ignore list).';
  const lines = [
    'Closed by soup-gate monitoring: no published anomaly of the versions in use still needs an evaluation.',
  ];
  const byId = new Map(assessment.anomalies.map((a) => [a.anomaly.id.toUpperCase(), a]));
  const now = assessment.item.versions.map((v) => code(v.version, 60)).join(', ');
  const reasons = listedIds.map((id) => {
    const found = byId.get(id.toUpperCase());
    if (!found)
      return `- ${code(id)}: not published for the version${assessment.item.versions.length === 1 ? '' : 's'} now in use (${now})`;
    if (found.anomaly.withdrawn !== undefined) return `- ${code(id)}: withdrawn by its publisher`;
    return `- ${code(id)}: ${status(found)} in ${code(registerPath)}`;
  });
  if (reasons.length > 0) lines.push('', ...reasons);
  return lines.join('\n');
}

export function renderReopenComment(assessment: ItemAssessment, registerPath: string): string {
  return `Reopened by soup-gate monitoring: ${assessment.open.length} published anomal${assessment.open.length === 1 ? 'y' : 'ies'} of the versions in use still need${assessment.open.length === 1 ? 's' : ''} an evaluation in ${code(registerPath)}. The issue closes itself once they are evaluated there.`;
}

export interface IssueCounts {
  opened: number;
  updated: number;
  closed: number;
  reopened: number;
  unchanged: number;
  /** Open monitoring issues after this run. */
  open: number;
}

export interface SummaryInput {
  repoLabel: string;
  commit: string;
  totals: MonitorTotals;
  issues: IssueCounts | undefined;
  assessments: readonly ItemAssessment[];
  /** Checks that were not run, or not run for some items, and why. */
  notes: readonly string[];
  /** Issue numbers by item key, for links in the list. */
  issueNumbers?: ReadonlyMap<string, number>;
}

const MAX_SUMMARY_ROWS = 100;

export function renderMonitorSummary(input: SummaryInput): string {
  const { totals, issues } = input;
  const lines = [
    `### soup-gate monitoring: ${escapeText(input.repoLabel)} at ${code(input.commit.slice(0, 12))}`,
    '',
    '| measure | value |',
    '|---|---|',
    `| SOUP items checked | ${totals.items} (${totals.versions} version${totals.versions === 1 ? '' : 's'}) |`,
    `| Anomalies found | ${totals.anomalies} |`,
    `| Evaluated in the register | ${totals.evaluated} |`,
    `| Still to evaluate | ${totals.open} (in ${totals.itemsWithOpen} item${totals.itemsWithOpen === 1 ? '' : 's'}) |`,
    `| Versions not checked | ${totals.unchecked}${totals.failed > 0 ? ` (${totals.failed} lookup failure${totals.failed === 1 ? '' : 's'})` : ''} |`,
  ];
  if (issues)
    lines.push(
      `| Open issues | ${issues.open} (opened ${issues.opened}, updated ${issues.updated}, reopened ${issues.reopened}, closed ${issues.closed} this run) |`,
    );
  const open = input.assessments.filter((a) => a.open.length > 0);
  if (open.length > 0) {
    lines.push('', '**Anomalies to evaluate**', '');
    for (const a of open.slice(0, MAX_SUMMARY_ROWS)) {
      const number = input.issueNumbers?.get(a.item.key);
      lines.push(
        `- ${code(a.item.key)}${number !== undefined ? ` (#${number})` : ''}: ${a.open
          .slice(0, 10)
          .map((x) => `${link(x.anomaly.id, x.anomaly.url)} (${escapeText(severity(x))})`)
          .join(', ')}${a.open.length > 10 ? ` and ${a.open.length - 10} more` : ''}`,
      );
    }
    if (open.length > MAX_SUMMARY_ROWS) lines.push(`- … and ${open.length - MAX_SUMMARY_ROWS} more items`);
  }
  const health = input.assessments.flatMap((a) => a.health.map((h) => ({ key: a.item.key, h })));
  if (health.length > 0) {
    lines.push('', '**Other findings**', '');
    for (const { key, h } of health.slice(0, MAX_SUMMARY_ROWS))
      lines.push(`- ${code(key)}: ${describeHealth(h)}`);
    if (health.length > MAX_SUMMARY_ROWS) lines.push(`- … and ${health.length - MAX_SUMMARY_ROWS} more`);
  }
  const unchecked = input.assessments.flatMap((a) =>
    a.unchecked.map((u) => `- ${code(a.item.key)} ${code(u.version, 60)}: ${escapeText(u.reason, 300)}`),
  );
  if (unchecked.length > 0) {
    lines.push('', '**Not checked for anomalies**', '', ...unchecked.slice(0, MAX_SUMMARY_ROWS));
    if (unchecked.length > MAX_SUMMARY_ROWS)
      lines.push(`- … and ${unchecked.length - MAX_SUMMARY_ROWS} more`);
  }
  if (input.notes.length > 0) lines.push('', '**Notes**', '', ...input.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
