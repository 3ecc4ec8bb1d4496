/**
 * The audit pack: one self-contained index.html an auditor opens offline (no network, no script, no
 * external font or image: a Content-Security-Policy says so to the browser too). It shows the SOUP
 * list (8.1.2), each item's change history with who assessed what, when and with which evidence
 * (6.1, 7.4, 8.2), the anomaly evaluations and their expiry (7.1.3), the traceability matrix (5.3.3,
 * 7.4) and charts drawn as inline SVG. Print CSS makes "print to PDF" a clean document.
 *
 * Pure: plain data in, a string out; the same input gives the same bytes. Everything in the input
 * comes from committed files a PR can edit, so every string goes through escape.ts and every field
 * of a change record is type-checked before use (a wrong type renders as missing, never crashes).
 */
import { describeChange } from '../gate/checklist.js';
import type { Change } from '../inventory/diff.js';
import { escapeText, safeUrl, toPlainText } from '../markdown/escape.js';
import { registerLookupKey } from '../register/keys.js';
import type { Ecosystem } from '../lockfiles/types.js';
import type { Register } from '../register/types.js';
import type { TraceabilityMatrix, TraceRequirement } from '../verification/traceability.js';
import type { RequirementVerdict, ResultRun } from '../verification/types.js';
import type { ChangeRecordData } from './change-record.js';
import { VERDICT_LABEL } from './traceability.js';

/** One SOUP item of the committed list (from the SBOM). */
export interface PackItem {
  purl: string;
  /** OSV spelling, e.g. `npm`, `PyPI`. */
  ecosystem: string;
  name: string;
  version: string;
  dependency: 'direct' | 'transitive' | 'unknown';
  scope: string;
  safetyClass?: string;
  classFromDefault?: boolean;
  registerEntry?: 'complete' | 'incomplete' | 'missing';
  requirements: string[];
  supplier?: string;
  licence?: string;
  /** YYYY-MM-DD of the last assessed change that brought this version in. */
  lastVerified?: string;
  /** When this version was released, where the committed files say. */
  releasedAt?: string;
}

/** A published anomaly of a version in use, as the SBOM records it. */
export interface PackAnomaly {
  id: string;
  purl: string;
  /** soup-gate's evaluation status: evaluated, not-evaluated, in-triage, expired, incomplete. */
  status?: string;
  severity?: string;
  evaluatedOn?: string;
  expires?: string;
}

export interface AuditPackInput {
  /** When the pack is made (ISO 8601): the "today" of ages and expiries. */
  generatedAt: string;
  repo?: string;
  commit?: string;
  /** When the committed SOUP list was generated. */
  listGeneratedAt?: string;
  items: readonly PackItem[];
  anomalies: readonly PackAnomaly[];
  register?: Register;
  records: readonly ChangeRecordData[];
  traceability?: TraceabilityMatrix;
  /** True when the matrix is the committed TRACEABILITY.md; false when built from the register alone (no results). */
  traceabilityFromFile?: boolean;
  /** What could not be read, in plain text (shown, escaped, at the top). */
  notes: readonly string[];
}

/** The sections every pack has, by element id; scripts/render-audit-pack.mjs checks each is there. */
export const AUDIT_PACK_SECTIONS = [
  'summary',
  'charts',
  'soup-list',
  'history',
  'anomalies',
  'traceability',
] as const;

const DAY_MS = 86_400_000;
/** Months the time charts show at most (the latest). */
const MAX_MONTHS = 120;
/** An evaluation expiring within this many days is flagged. */
const EXPIRES_SOON_DAYS = 30;

// ---------------------------------------------------------------- small helpers

function h(text: string | undefined, max = 200): string {
  return text === undefined || text === '' ? '—' : escapeText(text, max);
}

function link(label: string, url: string | undefined): string {
  const safe = url === undefined ? null : safeUrl(url);
  return safe === null ? label : `<a href="${safe.replace(/&/g, '&amp;')}">${label}</a>`;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dayOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS);
}

function isoDate(value: string | undefined): string | undefined {
  const day = dayOf(value);
  return day === undefined ? undefined : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function monthOf(value: string | undefined): string | undefined {
  return isoDate(value)?.slice(0, 7);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function shortSha(sha: string | undefined): string {
  return sha === undefined || sha === '' ? '—' : `<code>${escapeText(sha.slice(0, 12), 12)}</code>`;
}

function lookupKey(ecosystem: string, name: string): string {
  return registerLookupKey(ecosystem as Ecosystem, name);
}

// ---------------------------------------------------------------- change records, made safe

interface SafeChecklist {
  item: string;
  change?: string;
  tickedBy?: string;
  tickedAt?: string;
  atSha?: string;
}

interface SafeRecord {
  number: number;
  title: string;
  url?: string;
  author?: string;
  mergedAt: string;
  /** Day number of mergedAt; undefined when it isn't a date. */
  day: number | undefined;
  headSha?: string;
  directPush?: { branch?: string; pusher?: string };
  changes: Change[];
  checklist: SafeChecklist[];
  evidence: { name: string; url?: string; conclusion?: string; sha?: string }[];
  labels: { name: string; appliedBy?: string }[];
}

function safeChange(value: unknown): Change | undefined {
  if (!isRecord(value)) return undefined;
  const type = value.type;
  const ecosystem = str(value.ecosystem);
  const name = str(value.name);
  if (
    (type !== 'added' && type !== 'removed' && type !== 'updated') ||
    ecosystem === undefined ||
    name === undefined
  )
    return undefined;
  const bump = str(value.bump);
  return {
    type,
    ecosystem: ecosystem as Ecosystem,
    name,
    from: str(value.from) ?? null,
    to: str(value.to) ?? null,
    bump: (bump ?? null) as Change['bump'],
    direct: typeof value.direct === 'boolean' ? value.direct : null,
    scope: (str(value.scope) ?? 'runtime') as Change['scope'],
    lockfile: str(value.lockfile) ?? '',
    purl: str(value.purl) ?? '',
  };
}

function safeRecord(record: ChangeRecordData): SafeRecord {
  const pr: Record<string, unknown> = isRecord(record.pr) ? record.pr : {};
  const mergedAt = str(pr.mergedAt) ?? '';
  const direct = isRecord(record.directPush) ? record.directPush : undefined;
  const optional = (key: string, value: unknown) => (str(value) !== undefined ? { [key]: str(value) } : {});
  return {
    number: typeof pr.number === 'number' && Number.isSafeInteger(pr.number) ? pr.number : 0,
    title: str(pr.title) ?? '',
    ...optional('url', pr.url),
    ...optional('author', pr.author),
    mergedAt,
    day: dayOf(mergedAt),
    ...optional('headSha', pr.headSha),
    ...(direct
      ? { directPush: { ...optional('branch', direct.branch), ...optional('pusher', direct.pusher) } }
      : {}),
    changes: list<unknown>(record.changes)
      .map(safeChange)
      .filter((c): c is Change => c !== undefined),
    checklist: list<unknown>(record.checklist)
      .filter(isRecord)
      .map((c) => ({
        item: str(c.item) ?? '',
        ...optional('change', c.change),
        ...optional('tickedBy', c.tickedBy),
        ...optional('tickedAt', c.tickedAt),
        ...optional('atSha', c.atSha),
      })),
    evidence: list<unknown>(record.evidence)
      .filter(isRecord)
      .map((e) => ({
        name: str(e.name) ?? '',
        ...optional('url', e.url),
        ...optional('conclusion', e.conclusion),
        ...optional('sha', e.sha),
      })),
    labels: list<unknown>(record.labels)
      .filter(isRecord)
      .map((l) => ({ name: str(l.name) ?? '', ...optional('appliedBy', l.appliedBy) })),
  };
}

// ---------------------------------------------------------------- charts (inline SVG)

interface Series {
  label: string;
  color: string;
  values: number[];
}

// Colour-blind-safe (Okabe–Ito), distinct in greyscale print by order and legend.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'];

/** A maximum whose quarter is a round whole number, so the four grid lines have plain labels. */
function niceMax(value: number): number {
  const quarter = Math.max(1, value / 4);
  const step = 10 ** Math.floor(Math.log10(quarter));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
    if (m * step >= quarter && Number.isInteger(m * step)) return m * step * 4;
  return 10 * step * 4;
}

function legend(series: readonly Series[], x: number, y: number): string {
  // Six to a row: eight bump classes would run off the chart on one.
  return series
    .map((s, i) => {
      const left = x + (i % 6) * 104;
      const top = y + Math.floor(i / 6) * 14;
      return `<rect x="${left}" y="${top}" width="10" height="10" fill="${s.color}"/><text x="${left + 14}" y="${top + 9}">${h(s.label, 16)}</text>`;
    })
    .join('');
}

function axes(
  categories: readonly string[],
  max: number,
  geometry: { left: number; top: number; width: number; height: number },
): string {
  const { left, top, width, height } = geometry;
  const parts: string[] = [];
  for (let i = 0; i <= 4; i++) {
    const y = top + height - (height * i) / 4;
    parts.push(
      `<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" class="grid"/><text x="${left - 6}" y="${y + 4}" text-anchor="end">${Math.round((max * i) / 4)}</text>`,
    );
  }
  const every = Math.max(1, Math.ceil(categories.length / 12));
  const slot = width / Math.max(1, categories.length);
  categories.forEach((label, i) => {
    if (i % every !== 0) return;
    parts.push(
      `<text x="${(left + slot * i + slot / 2).toFixed(1)}" y="${top + height + 16}" text-anchor="middle">${h(label, 16)}</text>`,
    );
  });
  return parts.join('');
}

const CHART = { width: 720, height: 270, left: 48, top: 44, right: 12, bottom: 28 };

function svgOpen(label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-label="${h(label, 200)}">`;
}

/** Bars per category, side by side (grouped) or on top of each other (stacked). */
function barChart(
  label: string,
  categories: readonly string[],
  series: readonly Series[],
  stacked: boolean,
): string {
  const width = CHART.width - CHART.left - CHART.right;
  const height = CHART.height - CHART.top - CHART.bottom;
  const totals = categories.map((_, i) =>
    stacked
      ? series.reduce((n, s) => n + (s.values[i] ?? 0), 0)
      : Math.max(0, ...series.map((s) => s.values[i] ?? 0)),
  );
  const max = niceMax(Math.max(0, ...totals));
  const slot = width / Math.max(1, categories.length);
  const bars: string[] = [];
  categories.forEach((category, i) => {
    let base = 0;
    series.forEach((s, j) => {
      const value = s.values[i] ?? 0;
      if (value <= 0) return;
      const barHeight = (height * value) / max;
      const barWidth = stacked ? slot * 0.7 : (slot * 0.8) / series.length;
      const x = CHART.left + slot * i + (stacked ? slot * 0.15 : slot * 0.1 + barWidth * j);
      const y = CHART.top + height - (height * (base + value)) / max;
      bars.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${s.color}"><title>${h(category, 20)} ${h(s.label, 30)}: ${value}</title></rect>`,
      );
      if (stacked) base += value;
    });
  });
  return `${svgOpen(label)}${legend(series, CHART.left, 8)}${axes(categories, max, { left: CHART.left, top: CHART.top, width, height })}${bars.join('')}</svg>`;
}

function lineChart(label: string, categories: readonly string[], series: readonly Series[]): string {
  const width = CHART.width - CHART.left - CHART.right;
  const height = CHART.height - CHART.top - CHART.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const slot = width / Math.max(1, categories.length);
  const lines = series.map((s) => {
    const points = s.values
      .map(
        (v, i) =>
          `${(CHART.left + slot * i + slot / 2).toFixed(1)},${(CHART.top + height - (height * v) / max).toFixed(1)}`,
      )
      .join(' ');
    return `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"/>`;
  });
  return `${svgOpen(label)}${legend(series, CHART.left, 8)}${axes(categories, max, { left: CHART.left, top: CHART.top, width, height })}${lines.join('')}</svg>`;
}

function months(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    out.push(`${year}-${String(month).padStart(2, '0')}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out.slice(-MAX_MONTHS);
}

const AGE_BUCKETS: readonly [string, number][] = [
  ['< 6 months', 182],
  ['6–12 months', 365],
  ['1–2 years', 730],
  ['2–4 years', 1461],
  ['4 years +', Infinity],
];

function ageBucket(days: number): number {
  return AGE_BUCKETS.findIndex(([, limit]) => days < limit);
}

function ageChart(
  items: readonly PackItem[],
  adoptedDay: ReadonlyMap<string, number>,
  today: number,
): string {
  const sinceRelease = AGE_BUCKETS.map(() => 0);
  const sinceAdoption = AGE_BUCKETS.map(() => 0);
  let releaseUnknown = 0;
  let adoptionUnknown = 0;
  for (const item of items) {
    const released = dayOf(item.releasedAt);
    if (released === undefined) releaseUnknown++;
    else sinceRelease[ageBucket(Math.max(0, today - released))]!++;
    const adopted = adoptedDay.get(item.purl);
    if (adopted === undefined) adoptionUnknown++;
    else sinceAdoption[ageBucket(Math.max(0, today - adopted))]!++;
  }
  const series: Series[] = [];
  if (releaseUnknown < items.length)
    series.push({ label: 'since release', color: PALETTE[0]!, values: sinceRelease });
  series.push({ label: 'since adopted', color: PALETTE[1]!, values: sinceAdoption });
  const chart = barChart(
    'SOUP age: items per age bracket',
    AGE_BUCKETS.map(([label]) => label),
    series,
    false,
  );
  const notes = [
    releaseUnknown === items.length
      ? 'Release dates: none in the committed files, so age since release is not drawn.'
      : releaseUnknown > 0
        ? `Release date not known for ${releaseUnknown} of ${items.length} item(s).`
        : undefined,
    adoptionUnknown > 0
      ? `${adoptionUnknown} of ${items.length} item(s) have no change record bringing their version in (adopted before soup-gate recorded changes).`
      : undefined,
  ].filter((n) => n !== undefined);
  return figure(
    'chart-age',
    chart,
    `SOUP age as of the pack date: since the version's release (where known) and since the change record that brought it in. ${notes.join(' ')}`,
  );
}

function figure(id: string, svg: string, caption: string): string {
  return `<figure id="${id}">${svg}<figcaption>${caption}</figcaption></figure>`;
}

const BUMP_CLASSES = [
  'added',
  'major',
  'minor',
  'patch',
  'prerelease',
  'downgrade',
  'unknown',
  'removed',
] as const;

function bumpClass(change: Change): (typeof BUMP_CLASSES)[number] {
  if (change.type === 'added') return 'added';
  if (change.type === 'removed') return 'removed';
  const bump = change.bump ?? 'unknown';
  return (BUMP_CLASSES as readonly string[]).includes(bump)
    ? (bump as (typeof BUMP_CLASSES)[number])
    : 'unknown';
}

function changesChart(records: readonly SafeRecord[], lastMonth: string): string {
  const dated = records.filter((r) => r.day !== undefined);
  if (dated.length === 0)
    return figure('chart-changes', '', 'Changes per month: no change records with a merge date yet.');
  const first = dated.map((r) => monthOf(r.mergedAt)!).sort(compareText)[0]!;
  const categories = months(first, lastMonth < first ? first : lastMonth);
  const index = new Map(categories.map((m, i) => [m, i]));
  const counts = new Map(BUMP_CLASSES.map((c) => [c, categories.map(() => 0)]));
  for (const record of dated) {
    const i = index.get(monthOf(record.mergedAt)!);
    if (i === undefined) continue;
    for (const change of record.changes) counts.get(bumpClass(change))![i]!++;
  }
  const series = BUMP_CLASSES.map((c, i) => ({
    label: c,
    color: PALETTE[i]!,
    values: counts.get(c)!,
  })).filter((s) => s.values.some((v) => v > 0));
  return figure(
    'chart-changes',
    barChart('SOUP changes per month by bump class', categories, series, true),
    'SOUP changes merged per month, by kind: additions, removals and updates by how far the version moved (from the change records).',
  );
}

interface AnomalyTimeline {
  knownFrom: number | undefined;
  evaluatedOn: number | undefined;
  expires: number | undefined;
}

function anomalyChart(
  timelines: readonly AnomalyTimeline[],
  firstMonth: string | undefined,
  lastMonth: string,
): string {
  if (timelines.length === 0 || firstMonth === undefined)
    return figure(
      'chart-anomalies',
      '',
      'Anomalies over time: no anomalies in the committed SBOM and no evaluations in the register.',
    );
  const categories = months(firstMonth, lastMonth < firstMonth ? firstMonth : lastMonth);
  const open: number[] = [];
  const evaluated: number[] = [];
  for (const month of categories) {
    const [year, m] = month.split('-').map(Number) as [number, number];
    const end = Math.floor(Date.UTC(year, m, 0) / DAY_MS); // last day of the month
    let o = 0;
    let e = 0;
    for (const t of timelines) {
      const valid =
        t.evaluatedOn !== undefined && t.evaluatedOn <= end && (t.expires === undefined || end <= t.expires);
      if (valid) e++;
      else if (t.knownFrom !== undefined && t.knownFrom <= end) o++;
    }
    open.push(o);
    evaluated.push(e);
  }
  return figure(
    'chart-anomalies',
    lineChart('Anomalies open and evaluated, month by month', categories, [
      { label: 'open', color: PALETTE[3]!, values: open },
      { label: 'evaluated', color: PALETTE[2]!, values: evaluated },
    ]),
    "Published anomalies of the versions in use (from the SBOM) and the register's evaluations, at each month's end: evaluated while an evaluation is dated and not expired; open from the merge of the change that brought the affected version in (or the first month shown, when no record did) until evaluated, and again once its evaluation expires.",
  );
}

// ---------------------------------------------------------------- sections

const VERDICT_CLASS: Record<RequirementVerdict, string> = {
  passed: 'ok',
  failed: 'bad',
  skipped: 'warn',
  missing: 'bad',
  untested: 'muted',
};

function describeRunHtml(run: ResultRun | undefined): string {
  if (run === undefined) return '—';
  const parts = [
    link('run', run.url),
    run.headSha !== undefined ? `at ${shortSha(run.headSha)}` : undefined,
    run.date !== undefined ? `on ${h(run.date, 40)}` : undefined,
  ].filter((p) => p !== undefined);
  return parts.join(' ');
}

function requirementRow(key: string, r: TraceRequirement, first: boolean, span: number): string {
  const tests =
    r.verdict === 'untested'
      ? '—'
      : [
          (['passed', 'failed', 'errored', 'skipped'] as const)
            .filter((s) => r.counts[s] > 0)
            .map((s) => `${r.counts[s]} ${s}`)
            .join(', ') || 'none matched',
          ...r.listed
            .filter((t) => t.status !== 'passed')
            .slice(0, 5)
            .map(
              (t) =>
                `${t.status}: <code>${h(`${t.classname !== '' ? `${t.classname} › ` : ''}${t.name}`, 160)}</code>${t.message !== undefined ? ` — ${h(t.message.split('\n')[0], 120)}` : ''}`,
            ),
          ...r.unmatched.slice(0, 5).map((s) => `no test matched <code>${h(s, 160)}</code>`),
        ].join('<br>');
  return `<tr>${first ? `<th scope="rowgroup" rowspan="${span}"><code>${h(key)}</code></th>` : ''}<td><code>${h(r.id.trim(), 60)}</code></td><td>${h(r.text.trim(), 300)}</td><td>${r.tests.length === 0 ? '—' : r.tests.map((t) => `<code>${h(t, 160)}</code>`).join('<br>')}</td><td class="${VERDICT_CLASS[r.verdict]}">${h(VERDICT_LABEL[r.verdict])}</td><td>${tests}</td><td>${describeRunHtml(r.run)}</td></tr>`;
}

function traceabilitySection(matrix: TraceabilityMatrix | undefined, fromFile: boolean): string {
  const parts = ['<section id="traceability"><h2>Traceability matrix</h2>'];
  if (matrix === undefined) {
    parts.push('<p>No register and no <code>TRACEABILITY.md</code>: no requirements to trace.</p></section>');
    return parts.join('');
  }
  const total = Object.values(matrix.totals).reduce((a, b) => a + b, 0);
  parts.push(
    `<p>${fromFile ? `From the committed traceability matrix, generated ${h(matrix.generatedAt, 40)} from the results of ${describeRunHtml(matrix.run)}.` : 'No committed <code>TRACEABILITY.md</code>: the requirements come from the register and have no test results (run <code>soup-gate trace</code>).'} ${total} requirement(s): ${(
      Object.entries(matrix.totals) as [RequirementVerdict, number][]
    )
      .filter(([, n]) => n > 0)
      .map(([v, n]) => `${n} ${h(VERDICT_LABEL[v])}`)
      .join(' · ')}.</p>`,
  );
  const rows = matrix.items.filter((i) => i.requirements.length > 0);
  if (rows.length > 0) {
    parts.push(
      '<table><thead><tr><th>SOUP item</th><th>requirement</th><th>text</th><th>tests named</th><th>result</th><th>tests</th><th>last run</th></tr></thead>',
    );
    for (const item of rows) {
      parts.push('<tbody>');
      item.requirements.forEach((r, i) =>
        parts.push(requirementRow(item.key, r, i === 0, item.requirements.length)),
      );
      parts.push('</tbody>');
    }
    parts.push('</table>');
  }
  const without = matrix.items
    .filter((i) => i.requirements.length === 0)
    .map((i) => `<code>${h(i.key)}</code>`);
  if (without.length > 0) parts.push(`<p>Register entries with no requirements: ${without.join(', ')}.</p>`);
  parts.push('</section>');
  return parts.join('');
}

function evaluationState(expires: string | undefined, today: number): { text: string; css: string } {
  const day = dayOf(expires);
  if (expires === undefined) return { text: 'no expiry', css: 'muted' };
  if (day === undefined) return { text: `expiry not a date: ${h(expires, 40)}`, css: 'bad' };
  if (day < today) return { text: `expired ${h(expires, 40)}`, css: 'bad' };
  if (day - today <= EXPIRES_SOON_DAYS) return { text: `expires ${h(expires, 40)} (soon)`, css: 'warn' };
  return { text: `valid until ${h(expires, 40)}`, css: 'ok' };
}

function anomaliesSection(input: AuditPackInput, today: number): string {
  const parts = ['<section id="anomalies"><h2>Anomaly evaluations</h2>'];
  const evaluations = [...(input.register?.entries.values() ?? [])]
    .flatMap((entry) => entry.anomalies.map((a) => ({ entry, a })))
    .sort((x, y) => compareText(x.entry.key, y.entry.key) || compareText(x.a.id, y.a.id));
  const open = input.anomalies.filter((a) => a.status !== undefined && a.status !== 'evaluated');
  const expired = evaluations.filter(({ a }) => {
    const day = dayOf(a.expires);
    return day !== undefined && day < today;
  }).length;
  parts.push(
    `<p>${evaluations.length} evaluation(s) in <code>${h(input.register?.path ?? 'soup/register.yml')}</code>${expired > 0 ? `, <strong>${expired} expired</strong>` : ''}; ${input.anomalies.length} published anomal${input.anomalies.length === 1 ? 'y' : 'ies'} of versions in use in the SBOM${open.length > 0 ? `, <strong>${open.length} open</strong> (not evaluated, in triage, incomplete or expired)` : ''}.</p>`,
  );
  if (open.length > 0) {
    parts.push(
      '<h3>Open anomalies</h3><table><thead><tr><th>anomaly</th><th>SOUP item (purl)</th><th>severity</th><th>status</th></tr></thead><tbody>',
    );
    for (const a of [...open].sort((x, y) => compareText(x.purl, y.purl) || compareText(x.id, y.id)))
      parts.push(
        `<tr><td><code>${h(a.id, 80)}</code></td><td><code>${h(a.purl)}</code></td><td>${h(a.severity, 20)}</td><td class="bad">${h(a.status, 40)}</td></tr>`,
      );
    parts.push('</tbody></table>');
  }
  if (evaluations.length > 0) {
    parts.push(
      '<h3>Evaluations</h3><table><thead><tr><th>SOUP item</th><th>anomaly</th><th>state</th><th>justification</th><th>by</th><th>on</th><th>expiry</th><th>reason</th></tr></thead><tbody>',
    );
    for (const { entry, a } of evaluations) {
      const state = evaluationState(a.expires, today);
      parts.push(
        `<tr><td><code>${h(entry.key)}</code></td><td><code>${h(a.id, 80)}</code></td><td>${h(a.state, 40)}</td><td>${h(a.justification, 60)}</td><td>${h(a.by, 80)}</td><td>${h(a.on, 40)}</td><td class="${state.css}">${state.text}</td><td>${h(a.reason, 400)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('');
}

interface HistoryEntry {
  record: SafeRecord;
  change: Change;
  checklist: SafeChecklist[];
}

function changeText(change: Change): string {
  return toPlainText(describeChange(change));
}

function historyIndex(records: readonly SafeRecord[]): Map<string, HistoryEntry[]> {
  const byItem = new Map<string, HistoryEntry[]>();
  for (const record of records) {
    const byText = new Map<string, SafeChecklist[]>();
    for (const item of record.checklist) {
      if (item.change === undefined) continue;
      byText.set(item.change, [...(byText.get(item.change) ?? []), item]);
    }
    for (const change of record.changes) {
      const key = lookupKey(change.ecosystem, change.name);
      const entry = { record, change, checklist: byText.get(changeText(change)) ?? [] };
      const known = byItem.get(key);
      if (known) known.push(entry);
      else byItem.set(key, [entry]);
    }
  }
  return byItem;
}

function versionsText(change: Change): string {
  if (change.type === 'added') return `added at <code>${h(change.to ?? '', 80)}</code>`;
  if (change.type === 'removed') return `removed (was <code>${h(change.from ?? '', 80)}</code>)`;
  return `<code>${h(change.from ?? '', 80)}</code> → <code>${h(change.to ?? '', 80)}</code> (${h(change.bump ?? 'unknown', 20)})`;
}

function prLabel(record: SafeRecord): string {
  if (record.directPush !== undefined)
    return `${link('direct push', record.url)} by <code>${h(record.directPush.pusher, 100)}</code> (no PR: not assessed before it landed)`;
  return `${link(`PR #${record.number}`, record.url)} ${h(record.title, 200)} by <code>${h(record.author, 100)}</code>`;
}

function checklistHtml(entry: HistoryEntry): string {
  const prWide = entry.record.checklist.filter((c) => c.change === undefined);
  const items = [...entry.checklist, ...prWide];
  if (items.length === 0) return '<p class="muted">No checklist items recorded.</p>';
  return `<ul class="checklist">${items
    .map(
      (c) =>
        `<li class="${c.tickedBy !== undefined ? 'ok' : 'bad'}">${c.tickedBy !== undefined ? '☑' : '☐'} ${h(c.item, 400)}${c.change === undefined ? ' (whole PR)' : ''} — ${c.tickedBy !== undefined ? `<code>${h(c.tickedBy, 100)}</code> ${h(c.tickedAt, 40)} at ${shortSha(c.atSha)}${c.atSha !== undefined && entry.record.headSha !== undefined && c.atSha !== entry.record.headSha ? ' <strong>(earlier commit)</strong>' : ''}` : '<strong>not ticked</strong>'}</li>`,
    )
    .join('')}</ul>`;
}

function historyEntryHtml(entry: HistoryEntry): string {
  const { record } = entry;
  const evidence =
    record.evidence.length === 0
      ? '<strong>none recorded</strong>'
      : record.evidence
          .map(
            (e) =>
              `${link(h(e.name, 200), e.url)} ${h(e.conclusion, 40)} at ${shortSha(e.sha)}${e.sha !== undefined && record.headSha !== undefined && e.sha !== record.headSha ? ' <strong>(not the final head)</strong>' : ''}`,
          )
          .join('; ');
  const labels =
    record.labels.length === 0
      ? 'none'
      : record.labels
          .map(
            (l) =>
              `<code>${h(l.name, 100)}</code>${l.appliedBy !== undefined ? ` by <code>${h(l.appliedBy, 100)}</code>` : ''}`,
          )
          .join(', ');
  return `<li><p><strong>${h(isoDate(record.mergedAt) ?? record.mergedAt, 40)}</strong> ${versionsText(entry.change)} — ${prLabel(record)}, assessed at ${shortSha(record.headSha)}</p>${checklistHtml(entry)}<p>Evidence: ${evidence}. Labels: ${labels}.</p></li>`;
}

function historySection(
  items: readonly PackItem[],
  byItem: ReadonlyMap<string, HistoryEntry[]>,
  anchors: Map<string, string>,
): string {
  const parts = [
    '<section id="history"><h2>Change history per SOUP item</h2>',
    `<p>From ${[...new Set([...byItem.values()].flatMap((entries) => entries.map((e) => e.record)))].length} change record(s): which PRs changed each item, who assessed which checklist item, when and on which commit, the re-verification evidence and the labels.</p>`,
  ];
  if (byItem.size === 0) {
    parts.push('<p>No change records yet.</p></section>');
    return parts.join('');
  }
  const names = new Map<string, string>();
  for (const item of items) names.set(lookupKey(item.ecosystem, item.name), `${item.ecosystem}/${item.name}`);
  const keys = [...byItem.keys()].sort(compareText);
  keys.forEach((key, index) => {
    const entries = [...byItem.get(key)!].sort(
      (a, b) => compareText(a.record.mergedAt, b.record.mergedAt) || a.record.number - b.record.number,
    );
    const first = entries[0]!.change;
    const anchor = `item-${index + 1}`;
    anchors.set(key, anchor);
    const inUse = names.has(key);
    parts.push(
      `<article id="${anchor}"><h3><code>${h(names.get(key) ?? `${first.ecosystem}/${first.name}`)}</code>${inUse ? '' : ' <span class="muted">(no longer in the SOUP list)</span>'}</h3><ol class="history">${entries.map(historyEntryHtml).join('')}</ol></article>`,
    );
  });
  parts.push('</section>');
  return parts.join('');
}

function soupListSection(
  items: readonly PackItem[],
  anchors: ReadonlyMap<string, string>,
  anomalyCount: Map<string, [number, number]>,
): string {
  const parts = [
    '<section id="soup-list"><h2>SOUP list</h2>',
    `<p>${items.length} SOUP item(s), from the committed SBOM.</p>`,
    '<table class="soup"><thead><tr><th>ecosystem</th><th>package</th><th>version</th><th>dependency</th><th>scope</th><th>class</th><th>register entry</th><th>requirements</th><th>licence</th><th>anomalies</th><th>last verified</th><th>history</th></tr></thead><tbody>',
  ];
  for (const item of items) {
    const anchor = anchors.get(lookupKey(item.ecosystem, item.name));
    const [known, open] = anomalyCount.get(item.purl) ?? [0, 0];
    const entry = item.registerEntry ?? 'missing';
    parts.push(
      `<tr><td>${h(item.ecosystem, 30)}</td><td><code>${h(item.name)}</code></td><td><code>${h(item.version, 80)}</code></td><td>${h(item.dependency, 20)}</td><td>${h(item.scope, 20)}</td><td>${h(item.safetyClass, 4)}${item.classFromDefault ? ' (default)' : ''}</td><td class="${entry === 'complete' ? 'ok' : item.dependency === 'direct' ? 'bad' : 'muted'}">${h(entry, 20)}</td><td>${item.requirements.length === 0 ? '—' : item.requirements.map((r) => h(r, 60)).join(', ')}</td><td>${h(item.licence, 80)}</td><td${open > 0 ? ' class="bad"' : ''}>${known === 0 ? '—' : `${known}${open > 0 ? ` (${open} open)` : ''}`}</td><td>${h(item.lastVerified, 20)}</td><td>${anchor !== undefined ? `<a href="#${anchor}">changes</a>` : '—'}</td></tr>`,
    );
  }
  parts.push('</tbody></table></section>');
  return parts.join('');
}

const STYLE = `
:root { color-scheme: light; --ok: #0b6b3a; --bad: #a4161a; --warn: #8a5a00; --muted: #5f6368; --line: #d0d7de; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; margin: 0; color: #1f2328; background: #fff; }
header, main, footer { max-width: 1280px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; }
code { font: 12px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #f6f8fa; padding: 0 3px; border-radius: 3px; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
table.soup td:nth-child(n+4):nth-child(-n+7), table.soup td:nth-child(n+10) { white-space: nowrap; }
thead th { background: #f6f8fa; }
.ok { color: var(--ok); } .bad { color: var(--bad); font-weight: 600; } .warn { color: var(--warn); font-weight: 600; } .muted { color: var(--muted); }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); gap: 8px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 8px 12px; }
.card b { display: block; font-size: 22px; }
.notes { border-left: 4px solid var(--warn); padding: 4px 12px; background: #fff8e5; }
figure { margin: 12px 0 24px; } figure svg { width: 100%; max-width: 720px; height: auto; display: block; }
figcaption { color: var(--muted); font-size: 12px; max-width: 720px; }
svg text { font: 11px system-ui, sans-serif; fill: #1f2328; } svg .grid { stroke: #e5e7eb; }
ol.history { padding-left: 20px; } ul.checklist { list-style: none; padding-left: 8px; margin: 4px 0; }
article { border-top: 1px dashed var(--line); }
footer { color: var(--muted); font-size: 12px; padding: 24px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { font-size: 10px; } nav { display: none; } header, main, footer { max-width: none; padding: 0; }
  h2 { break-before: page; } section#summary h2, section#charts h2 { break-before: auto; }
  thead { display: table-header-group; } tr, figure, article, li { break-inside: avoid; }
  a { color: inherit; text-decoration: none; } code { background: none; }
  table { font-size: 9px; }
}
`;

/** The audit pack's index.html. */
export function renderAuditPack(input: AuditPackInput): string {
  const today = dayOf(input.generatedAt) ?? 0;
  const lastMonth = monthOf(input.generatedAt) ?? '1970-01';
  const records = input.records.map(safeRecord);
  const items = [...input.items].sort(
    (a, b) =>
      compareText(a.ecosystem, b.ecosystem) ||
      compareText(a.name, b.name) ||
      compareText(a.version, b.version),
  );

  // When each version came in: the earliest record that added it or updated to it.
  const adoptedDay = new Map<string, number>();
  for (const record of records) {
    if (record.day === undefined) continue;
    for (const change of record.changes) {
      if (change.type === 'removed' || change.purl === '') continue;
      const known = adoptedDay.get(change.purl);
      if (known === undefined || record.day < known) adoptedDay.set(change.purl, record.day);
    }
  }
  const anomalyCount = new Map<string, [number, number]>();
  for (const a of input.anomalies) {
    const [known, open] = anomalyCount.get(a.purl) ?? [0, 0];
    anomalyCount.set(a.purl, [
      known + 1,
      open + (a.status !== undefined && a.status !== 'evaluated' ? 1 : 0),
    ]);
  }

  // Anomaly timelines: the SBOM's anomalies, plus register evaluations the SBOM doesn't list.
  const evaluationsById = new Map<string, { on?: string; expires?: string }>();
  for (const entry of input.register?.entries.values() ?? [])
    for (const a of entry.anomalies)
      evaluationsById.set(`${lookupKey(entry.ecosystem, entry.name)}\n${a.id}`, a);
  const itemKeyOfPurl = new Map(items.map((i) => [i.purl, lookupKey(i.ecosystem, i.name)]));
  const timelines: AnomalyTimeline[] = [];
  const covered = new Set<string>();
  for (const a of input.anomalies) {
    const key = `${itemKeyOfPurl.get(a.purl) ?? a.purl}\n${a.id}`;
    const evaluation = evaluationsById.get(key);
    covered.add(key);
    timelines.push({
      knownFrom: adoptedDay.get(a.purl),
      evaluatedOn: dayOf(a.evaluatedOn ?? evaluation?.on),
      expires: dayOf(a.expires ?? evaluation?.expires),
    });
  }
  for (const [key, evaluation] of evaluationsById) {
    if (covered.has(key)) continue;
    timelines.push({
      knownFrom: dayOf(evaluation.on),
      evaluatedOn: dayOf(evaluation.on),
      expires: dayOf(evaluation.expires),
    });
  }
  const starts = [
    ...records.map((r) => r.day),
    ...timelines.flatMap((t) => [t.knownFrom, t.evaluatedOn]),
  ].filter((d): d is number => d !== undefined);
  const earliest = starts.reduce((a, b) => Math.min(a, b), Infinity);
  const firstMonth =
    starts.length > 0
      ? new Date(earliest * DAY_MS).toISOString().slice(0, 7)
      : timelines.length > 0
        ? lastMonth
        : undefined;
  // An anomaly whose version came in before any record is open from the first month shown.
  const chartStart =
    firstMonth !== undefined ? Math.floor(Date.parse(`${firstMonth}-01T00:00:00Z`) / DAY_MS) : undefined;
  for (const t of timelines) t.knownFrom ??= chartStart;

  const anchors = new Map<string, string>();
  const byItem = historyIndex(records);
  const history = historySection(items, byItem, anchors);
  const fromFile = input.traceabilityFromFile === true;

  const direct = items.filter((i) => i.dependency === 'direct').length;
  const missingEntries = items.filter(
    (i) => i.dependency === 'direct' && i.registerEntry !== 'complete',
  ).length;
  const openAnomalies = input.anomalies.filter(
    (a) => a.status !== undefined && a.status !== 'evaluated',
  ).length;
  const expiredEvaluations = [...(input.register?.entries.values() ?? [])]
    .flatMap((e) => e.anomalies)
    .filter((a) => {
      const day = dayOf(a.expires);
      return day !== undefined && day < today;
    }).length;
  const notTicked = records.reduce(
    (n, r) => n + r.checklist.filter((c) => c.tickedBy === undefined).length,
    0,
  );
  const totals = input.traceability?.totals;
  const notVerified = totals ? totals.failed + totals.skipped + totals.missing : 0;
  const card = (value: number | string, label: string, bad = false) =>
    `<div class="card"><b class="${bad ? 'bad' : ''}">${value}</b>${label}</div>`;

  const title = `SOUP audit pack${input.repo !== undefined ? ` — ${h(input.repo, 140)}` : ''}`;
  const summary = [
    '<section id="summary"><h2>Summary</h2><div class="cards">',
    card(items.length, 'SOUP items'),
    card(direct, 'direct dependencies'),
    card(missingEntries, 'direct items without a complete register entry', missingEntries > 0),
    card(records.length, 'change records'),
    card(notTicked, 'checklist items merged unticked', notTicked > 0),
    card(openAnomalies, 'anomalies open (not evaluated or expired)', openAnomalies > 0),
    card(expiredEvaluations, 'evaluations expired', expiredEvaluations > 0),
    card(totals ? notVerified : '—', 'requirements not re-verified', notVerified > 0),
    '</div></section>',
  ].join('');
  const charts = [
    '<section id="charts"><h2>Charts</h2>',
    ageChart(items, adoptedDay, today),
    anomalyChart(timelines, firstMonth, lastMonth),
    changesChart(records, lastMonth),
    '</section>',
  ].join('');

  const body = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    // No script, no network: the browser enforces what the renderer promises.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="soup-gate">`,
    `<title>${title}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${title}</h1><p>Generated ${h(input.generatedAt, 40)}${input.commit !== undefined ? ` from commit ${shortSha(input.commit)}` : ''}${input.listGeneratedAt !== undefined ? `; SOUP list generated ${h(input.listGeneratedAt, 40)}` : ''}. IEC 62304: identification 8.1.2, requirements 5.3.3/5.3.4, anomalies 7.1.3, change control 6.1/7.4/8.2.</p>`,
    `<nav><ol>${[
      ['summary', 'Summary'],
      ['charts', 'Charts'],
      ['soup-list', 'SOUP list'],
      ['history', 'Change history'],
      ['anomalies', 'Anomaly evaluations'],
      ['traceability', 'Traceability'],
    ]
      .map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`)
      .join('')}</ol></nav>`,
    input.notes.length > 0
      ? `<div class="notes"><p>Not everything could be read:</p><ul>${input.notes.map((n) => `<li>${h(n, 500)}</li>`).join('')}</ul></div>`
      : '',
    '</header><main>',
    summary,
    charts,
    soupListSection(items, anchors, anomalyCount),
    history,
    anomaliesSection(input, today),
    traceabilitySection(input.traceability, fromFile),
    '</main>',
    '<footer>Made by soup-gate from the committed SOUP list, SBOM, register, change records and traceability matrix. Open offline; nothing is loaded from the network.</footer>',
    '</body></html>',
    '',
  ];
  return body.join('\n');
}
