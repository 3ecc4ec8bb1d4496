/** The audit pack's charts, drawn as inline SVG (no script, no external resource). */
import type { Change } from '../inventory/diff.js';
import { DAY_MS, MAX_MONTHS, h, dayOf, monthOf, compareText, type SafeRecord } from './audit-pack-data.js';
import type { PackItem } from './audit-pack-data.js';

export interface Series {
  label: string;
  color: string;
  values: number[];
}

// Colour-blind-safe (Okabe–Ito), distinct in greyscale print by order and legend.
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#D55E00',
  '#CC79A7',
  '#56B4E9',
  '#F0E442',
  '#000000',
];

/** A maximum whose quarter is a round whole number, so the four grid lines have plain labels. */
export function niceMax(value: number): number {
  const quarter = Math.max(1, value / 4);
  const step = 10 ** Math.floor(Math.log10(quarter));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
    if (m * step >= quarter && Number.isInteger(m * step)) return m * step * 4;
  return 10 * step * 4;
}

export function legend(series: readonly Series[], x: number, y: number): string {
  // Six to a row: eight bump classes would run off the chart on one.
  return series
    .map((s, i) => {
      const left = x + (i % 6) * 104;
      const top = y + Math.floor(i / 6) * 14;
      return `<rect x="${left}" y="${top}" width="10" height="10" fill="${s.color}"/><text x="${left + 14}" y="${top + 9}">${h(s.label, 16)}</text>`;
    })
    .join('');
}

export function axes(
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

export const CHART = { width: 720, height: 270, left: 48, top: 44, right: 12, bottom: 28 };

export function svgOpen(label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-label="${h(label, 200)}">`;
}

/** Bars per category, side by side (grouped) or on top of each other (stacked). */
export function barChart(
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

export function lineChart(label: string, categories: readonly string[], series: readonly Series[]): string {
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

export function months(first: string, last: string): string[] {
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

export const AGE_BUCKETS: readonly [string, number][] = [
  ['< 6 months', 182],
  ['6–12 months', 365],
  ['1–2 years', 730],
  ['2–4 years', 1461],
  ['4 years +', Infinity],
];

export function ageBucket(days: number): number {
  return AGE_BUCKETS.findIndex(([, limit]) => days < limit);
}

export function ageChart(
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

export function figure(id: string, svg: string, caption: string): string {
  return `<figure id="${id}">${svg}<figcaption>${caption}</figcaption></figure>`;
}

export const BUMP_CLASSES = [
  'added',
  'major',
  'minor',
  'patch',
  'prerelease',
  'downgrade',
  'unknown',
  'removed',
] as const;

export function bumpClass(change: Change): (typeof BUMP_CLASSES)[number] {
  if (change.type === 'added') return 'added';
  if (change.type === 'removed') return 'removed';
  const bump = change.bump ?? 'unknown';
  return (BUMP_CLASSES as readonly string[]).includes(bump)
    ? (bump as (typeof BUMP_CLASSES)[number])
    : 'unknown';
}

export function changesChart(records: readonly SafeRecord[], lastMonth: string): string {
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

export interface AnomalyTimeline {
  knownFrom: number | undefined;
  evaluatedOn: number | undefined;
  expires: number | undefined;
}

export function anomalyChart(
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
