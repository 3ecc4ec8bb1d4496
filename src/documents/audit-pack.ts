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
import { toPlainText } from '../markdown/escape.js';
import {
  DAY_MS,
  h,
  link,
  dayOf,
  isoDate,
  monthOf,
  compareText,
  shortSha,
  lookupKey,
  type SafeChecklist,
  type SafeRecord,
  safeRecord,
} from './audit-pack-data.js';
import { type PackItem, type AuditPackInput } from './audit-pack-data.js';
import { ageChart, changesChart, type AnomalyTimeline, anomalyChart } from './audit-pack-charts.js';
import { traceabilitySection, anomaliesSection } from './audit-pack-sections.js';
export { AUDIT_PACK_SECTIONS } from './audit-pack-data.js';
export type { PackItem, PackAnomaly, AuditPackInput } from './audit-pack-data.js';

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
