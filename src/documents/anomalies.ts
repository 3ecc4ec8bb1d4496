/**
 * Anomaly, licence and release-notes facts of a change as Markdown, for the PR comment and the CLI.
 * Everything from OSV, deps.dev or a registry is hostile text: ids, summaries, licences and URLs
 * go through escapeText/code/safeUrl like lockfile values do.
 */
import type { Change } from '../inventory/diff.js';
import { changeKey } from '../inventory/change-key.js';
import type {
  Anomaly,
  AnomalyFacts,
  ChangeEnrichment,
  EnrichmentResult,
  LicenceFacts,
  LicenceSide,
  ReleaseNotesLink,
} from '../enrich/types.js';
import { code, escapeText, safeLink as link } from '../markdown/escape.js';

/** How many anomalies a list names before "and N more". */
const MAX_LISTED = 10;

function describeAnomaly(anomaly: Anomaly): string {
  const notes: string[] = [];
  if (anomaly.detailsMissing) notes.push('details unavailable');
  else if (anomaly.severity.label !== 'unknown') {
    notes.push(
      anomaly.severity.score !== undefined
        ? `${anomaly.severity.label} ${anomaly.severity.score.toFixed(1)}`
        : anomaly.severity.label,
    );
  } else notes.push('severity unknown');
  if (anomaly.withdrawn !== undefined) notes.push('withdrawn');
  return `${link(anomaly.id, anomaly.url)} (${notes.join(', ')})`;
}

function listAnomalies(anomalies: readonly Anomaly[], withSeverity: boolean): string {
  const shown = anomalies
    .slice(0, MAX_LISTED)
    .map((a) => (withSeverity ? describeAnomaly(a) : link(a.id, a.url)));
  const more = anomalies.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

/**
 * One line, e.g. `1 introduced: [GHSA-…](…) (high 7.5) · the update fixes 2 known anomalies of the old
 * version: [GHSA-…](…), [GHSA-…](…)`.
 * Severity is shown for what the new version has; fixed ones are named only.
 */
export function renderAnomalyFacts(
  facts: AnomalyFacts | null,
  unchecked: ChangeEnrichment['unchecked'] = [],
): string {
  const reasons = unchecked.filter((u) => u.what === 'anomalies').map((u) => escapeText(u.reason, 300));
  if (facts === null) {
    return `**not checked**${reasons.length > 0 ? `: ${reasons.join('; ')}` : ''}`;
  }
  const parts: string[] = [];
  if (facts.introduced.length > 0) {
    parts.push(`${facts.introduced.length} introduced: ${listAnomalies(facts.introduced, true)}`);
  }
  if (facts.present.length > 0) {
    parts.push(`${facts.present.length} still present: ${listAnomalies(facts.present, true)}`);
  }
  if (parts.length === 0) parts.push('none known');
  if (facts.fixed.length > 0) {
    const n = facts.fixed.length;
    parts.push(
      `the update fixes ${n} known ${n === 1 ? 'anomaly' : 'anomalies'} of the old version: ${listAnomalies(facts.fixed, false)}`,
    );
  }
  if (facts.checkedBy.to === 'commit') parts.push('checked by commit');
  if (reasons.length > 0) parts.push(`partly checked: ${reasons.join('; ')}`);
  return parts.join(' · ');
}

function describeSide(side: LicenceSide): string {
  if (side.expression !== null) return code(side.expression);
  return `unknown${side.note !== undefined ? ` (${escapeText(side.note, 300)})` : ''}`;
}

/** e.g. `<code>MIT</code>`, or `**changed**: <code>MIT</code> → <code>GPL-3.0-only</code> — **denied**: …`. */
export function renderLicenceFacts(licence: LicenceFacts | null): string {
  if (licence === null) return '**not checked**';
  const { from, to } = licence;
  let text: string;
  if (from !== null && to !== null && licence.changed === true) {
    text = `**changed**: ${describeSide(from)} → ${describeSide(to)}`;
  } else if (
    from !== null &&
    to !== null &&
    licence.changed === null &&
    (from.expression ?? to.expression) !== null
  ) {
    text = `${describeSide(from)} → ${describeSide(to)} (change can't be told)`;
  } else {
    text = describeSide((to ?? from)!);
  }
  const verdict = licence.verdict;
  if (verdict?.verdict === 'unknown' && (to ?? from)!.expression === null) {
    // "unknown (why)" already says it: say only whether the policy lets it pass.
    if (verdict.blocking) text += ' — **blocks**: the policy fails on an unknown licence';
    return text;
  }
  if (verdict !== undefined && verdict.verdict !== 'allowed') {
    const word =
      verdict.verdict === 'denied' ? '**denied**' : verdict.blocking ? '**unknown, blocks**' : 'unknown';
    text += ` — ${word}: ${escapeText(verdict.reason, 300)}`;
  }
  return text;
}

/** The release-notes link; none for a link on a guessed tag (enrichment makes none, and none is shown). */
export function renderReleaseNotes(notes: ReleaseNotesLink | null): string | undefined {
  if (notes === null || notes.tagGuessed) return undefined;
  const label = { compare: 'compare', release: 'release', releases: 'releases', changelog: 'changelog' }[
    notes.kind
  ];
  return link(label, notes.url);
}

/** All facts of one change on one line: anomalies, licence, release notes. */
export function renderChangeFacts(entry: ChangeEnrichment): string {
  const parts = [
    `anomalies: ${renderAnomalyFacts(entry.anomalies, entry.unchecked)}`,
    `licence: ${renderLicenceFacts(entry.licence)}`,
  ];
  const notes = renderReleaseNotes(entry.releaseNotes);
  if (notes !== undefined) parts.push(`release notes: ${notes}`);
  return parts.join(' — ');
}

function describeChange(change: Change): string {
  if (change.type === 'added') return `${code(change.name)} new at ${code(change.to ?? '')}`;
  if (change.type === 'removed') return `${code(change.name)} ${code(change.from ?? '')} removed`;
  return `${code(change.name)} ${code(change.from ?? '')} → ${code(change.to ?? '')}`;
}

/** A section listing every change's facts, then what could not be looked up. */
export function renderEnrichmentSection(changes: readonly Change[], result: EnrichmentResult): string {
  const lines = ['', '### Known anomalies, licences and release notes', ''];
  if (result.offline) lines.push('_Offline: nothing was looked up._', '');
  for (const change of changes) {
    const entry = result.entries.get(changeKey(change));
    // A removed package is no longer shipped: its anomalies and licence no longer concern anyone.
    if (entry === undefined || change.type === 'removed') continue;
    lines.push(`- ${describeChange(change)}: ${renderChangeFacts(entry)}`);
  }
  if (result.lookupFailures.length > 0) {
    lines.push('', `**${result.lookupFailures.length} lookup(s) failed**, so some facts are missing:`, '');
    for (const failure of result.lookupFailures) {
      lines.push(
        `- ${code(failure.url, 300)}: ${escapeText(failure.reason, 300)} (${failure.changes.length} change(s))`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}
