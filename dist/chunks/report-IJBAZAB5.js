import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  VERDICT_LABEL,
  buildTraceability,
  folderFiles,
  insideRoot,
  parseTraceability,
  readRegister,
  readTime,
  terminalSafe,
  traceItemsOf
} from "./chunk-GLHCOYKH.js";
import {
  SBOM_PROPERTY,
  parseChangeRecord
} from "./chunk-QZUYTGUR.js";
import {
  readSoupListStamp
} from "./chunk-AMG3VI3T.js";
import "./chunk-U7KU3USV.js";
import "./chunk-KRXEXNGO.js";
import {
  describeChange
} from "./chunk-HJYAJLF7.js";
import "./chunk-BKKZHBMQ.js";
import "./chunk-ML35MER4.js";
import "./chunk-VJHV3ZWV.js";
import {
  registerLookupKey
} from "./chunk-GFDFZMAU.js";
import "./chunk-653EE4FS.js";
import "./chunk-MNSTNX2S.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-O6AVXZXU.js";
import "./chunk-MQ3CZATB.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";
import {
  escapeText,
  safeUrl,
  toPlainText
} from "./chunk-PLLD3DQX.js";
import "./chunk-UWI2E7AK.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import {
  RegisterError,
  formatProblem
} from "./chunk-FAVGVKZB.js";
import {
  require_packageurl_js
} from "./chunk-NHEGWP7H.js";
import "./chunk-N5KUENVE.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/cli/report.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

// src/app/report.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);

// src/documents/audit-pack-data.ts
var DAY_MS = 864e5;
var MAX_MONTHS = 120;
var EXPIRES_SOON_DAYS = 30;
function h(text2, max = 200) {
  return text2 === void 0 || text2 === "" ? "\u2014" : escapeText(text2, max);
}
function link(label, url) {
  const safe = url === void 0 ? null : safeUrl(url);
  return safe === null ? label : `<a href="${safe.replace(/&/g, "&amp;")}">${label}</a>`;
}
function str(value) {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : void 0;
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function dayOf(value) {
  if (value === void 0) return void 0;
  const time = Date.parse(value);
  return Number.isNaN(time) ? void 0 : Math.floor(time / DAY_MS);
}
function isoDate(value) {
  const day = dayOf(value);
  return day === void 0 ? void 0 : new Date(day * DAY_MS).toISOString().slice(0, 10);
}
function monthOf(value) {
  return isoDate(value)?.slice(0, 7);
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function shortSha(sha) {
  return sha === void 0 || sha === "" ? "\u2014" : `<code>${escapeText(sha.slice(0, 12), 12)}</code>`;
}
function lookupKey(ecosystem, name) {
  return registerLookupKey(ecosystem, name);
}
function safeChange(value) {
  if (!isRecord(value)) return void 0;
  const type = value.type;
  const ecosystem = str(value.ecosystem);
  const name = str(value.name);
  if (type !== "added" && type !== "removed" && type !== "updated" || ecosystem === void 0 || name === void 0)
    return void 0;
  const bump = str(value.bump);
  return {
    type,
    ecosystem,
    name,
    from: str(value.from) ?? null,
    to: str(value.to) ?? null,
    bump: bump ?? null,
    direct: typeof value.direct === "boolean" ? value.direct : null,
    scope: str(value.scope) ?? "runtime",
    lockfile: str(value.lockfile) ?? "",
    purl: str(value.purl) ?? ""
  };
}
function safeRecord(record) {
  const pr = isRecord(record.pr) ? record.pr : {};
  const mergedAt = str(pr.mergedAt) ?? "";
  const direct = isRecord(record.directPush) ? record.directPush : void 0;
  const optional = (key, value) => str(value) !== void 0 ? { [key]: str(value) } : {};
  return {
    number: typeof pr.number === "number" && Number.isSafeInteger(pr.number) ? pr.number : 0,
    title: str(pr.title) ?? "",
    ...optional("url", pr.url),
    ...optional("author", pr.author),
    mergedAt,
    day: dayOf(mergedAt),
    ...optional("headSha", pr.headSha),
    ...direct ? { directPush: { ...optional("branch", direct.branch), ...optional("pusher", direct.pusher) } } : {},
    changes: list(record.changes).map(safeChange).filter((c) => c !== void 0),
    checklist: list(record.checklist).filter(isRecord).map((c) => ({
      item: str(c.item) ?? "",
      ...optional("change", c.change),
      ...optional("tickedBy", c.tickedBy),
      ...optional("tickedAt", c.tickedAt),
      ...optional("atSha", c.atSha)
    })),
    evidence: list(record.evidence).filter(isRecord).map((e) => ({
      name: str(e.name) ?? "",
      ...optional("url", e.url),
      ...optional("conclusion", e.conclusion),
      ...optional("sha", e.sha)
    })),
    labels: list(record.labels).filter(isRecord).map((l) => ({ name: str(l.name) ?? "", ...optional("appliedBy", l.appliedBy) }))
  };
}

// src/documents/audit-pack-charts.ts
var PALETTE = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#D55E00",
  "#CC79A7",
  "#56B4E9",
  "#F0E442",
  "#000000"
];
function niceMax(value) {
  const quarter = Math.max(1, value / 4);
  const step = 10 ** Math.floor(Math.log10(quarter));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10])
    if (m * step >= quarter && Number.isInteger(m * step)) return m * step * 4;
  return 10 * step * 4;
}
function legend(series, x, y) {
  return series.map((s, i) => {
    const left = x + i % 6 * 104;
    const top = y + Math.floor(i / 6) * 14;
    return `<rect x="${left}" y="${top}" width="10" height="10" fill="${s.color}"/><text x="${left + 14}" y="${top + 9}">${h(s.label, 16)}</text>`;
  }).join("");
}
function axes(categories, max, geometry) {
  const { left, top, width, height } = geometry;
  const parts = [];
  for (let i = 0; i <= 4; i++) {
    const y = top + height - height * i / 4;
    parts.push(
      `<line x1="${left}" x2="${left + width}" y1="${y}" y2="${y}" class="grid"/><text x="${left - 6}" y="${y + 4}" text-anchor="end">${Math.round(max * i / 4)}</text>`
    );
  }
  const every = Math.max(1, Math.ceil(categories.length / 12));
  const slot = width / Math.max(1, categories.length);
  categories.forEach((label, i) => {
    if (i % every !== 0) return;
    parts.push(
      `<text x="${(left + slot * i + slot / 2).toFixed(1)}" y="${top + height + 16}" text-anchor="middle">${h(label, 16)}</text>`
    );
  });
  return parts.join("");
}
var CHART = { width: 720, height: 270, left: 48, top: 44, right: 12, bottom: 28 };
function svgOpen(label) {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-label="${h(label, 200)}">`;
}
function barChart(label, categories, series, stacked) {
  const width = CHART.width - CHART.left - CHART.right;
  const height = CHART.height - CHART.top - CHART.bottom;
  const totals = categories.map(
    (_, i) => stacked ? series.reduce((n, s) => n + (s.values[i] ?? 0), 0) : Math.max(0, ...series.map((s) => s.values[i] ?? 0))
  );
  const max = niceMax(Math.max(0, ...totals));
  const slot = width / Math.max(1, categories.length);
  const bars = [];
  categories.forEach((category, i) => {
    let base = 0;
    series.forEach((s, j) => {
      const value = s.values[i] ?? 0;
      if (value <= 0) return;
      const barHeight = height * value / max;
      const barWidth = stacked ? slot * 0.7 : slot * 0.8 / series.length;
      const x = CHART.left + slot * i + (stacked ? slot * 0.15 : slot * 0.1 + barWidth * j);
      const y = CHART.top + height - height * (base + value) / max;
      bars.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${s.color}"><title>${h(category, 20)} ${h(s.label, 30)}: ${value}</title></rect>`
      );
      if (stacked) base += value;
    });
  });
  return `${svgOpen(label)}${legend(series, CHART.left, 8)}${axes(categories, max, { left: CHART.left, top: CHART.top, width, height })}${bars.join("")}</svg>`;
}
function lineChart(label, categories, series) {
  const width = CHART.width - CHART.left - CHART.right;
  const height = CHART.height - CHART.top - CHART.bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const slot = width / Math.max(1, categories.length);
  const lines = series.map((s) => {
    const points = s.values.map(
      (v, i) => `${(CHART.left + slot * i + slot / 2).toFixed(1)},${(CHART.top + height - height * v / max).toFixed(1)}`
    ).join(" ");
    return `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2"/>`;
  });
  return `${svgOpen(label)}${legend(series, CHART.left, 8)}${axes(categories, max, { left: CHART.left, top: CHART.top, width, height })}${lines.join("")}</svg>`;
}
function months(first, last) {
  const out = [];
  let [year, month] = first.split("-").map(Number);
  const [endYear, endMonth] = last.split("-").map(Number);
  while (year < endYear || year === endYear && month <= endMonth) {
    out.push(`${year}-${String(month).padStart(2, "0")}`);
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out.slice(-MAX_MONTHS);
}
var AGE_BUCKETS = [
  ["< 6 months", 182],
  ["6\u201312 months", 365],
  ["1\u20132 years", 730],
  ["2\u20134 years", 1461],
  ["4 years +", Infinity]
];
function ageBucket(days) {
  return AGE_BUCKETS.findIndex(([, limit]) => days < limit);
}
function ageChart(items, adoptedDay, today) {
  const sinceRelease = AGE_BUCKETS.map(() => 0);
  const sinceAdoption = AGE_BUCKETS.map(() => 0);
  let releaseUnknown = 0;
  let adoptionUnknown = 0;
  for (const item of items) {
    const released = dayOf(item.releasedAt);
    if (released === void 0) releaseUnknown++;
    else sinceRelease[ageBucket(Math.max(0, today - released))]++;
    const adopted = adoptedDay.get(item.purl);
    if (adopted === void 0) adoptionUnknown++;
    else sinceAdoption[ageBucket(Math.max(0, today - adopted))]++;
  }
  const series = [];
  if (releaseUnknown < items.length)
    series.push({ label: "since release", color: PALETTE[0], values: sinceRelease });
  series.push({ label: "since adopted", color: PALETTE[1], values: sinceAdoption });
  const chart = barChart(
    "SOUP age: items per age bracket",
    AGE_BUCKETS.map(([label]) => label),
    series,
    false
  );
  const notes = [
    releaseUnknown === items.length ? "Release dates: none in the committed files, so age since release is not drawn." : releaseUnknown > 0 ? `Release date not known for ${releaseUnknown} of ${items.length} item(s).` : void 0,
    adoptionUnknown > 0 ? `${adoptionUnknown} of ${items.length} item(s) have no change record bringing their version in (adopted before soup-gate recorded changes).` : void 0
  ].filter((n) => n !== void 0);
  return figure(
    "chart-age",
    chart,
    `SOUP age as of the pack date: since the version's release (where known) and since the change record that brought it in. ${notes.join(" ")}`
  );
}
function figure(id, svg, caption) {
  return `<figure id="${id}">${svg}<figcaption>${caption}</figcaption></figure>`;
}
var BUMP_CLASSES = [
  "added",
  "major",
  "minor",
  "patch",
  "prerelease",
  "downgrade",
  "unknown",
  "removed"
];
function bumpClass(change) {
  if (change.type === "added") return "added";
  if (change.type === "removed") return "removed";
  const bump = change.bump ?? "unknown";
  return BUMP_CLASSES.includes(bump) ? bump : "unknown";
}
function changesChart(records, lastMonth) {
  const dated = records.filter((r) => r.day !== void 0);
  if (dated.length === 0)
    return figure("chart-changes", "", "Changes per month: no change records with a merge date yet.");
  const first = dated.map((r) => monthOf(r.mergedAt)).sort(compareText)[0];
  const categories = months(first, lastMonth < first ? first : lastMonth);
  const index = new Map(categories.map((m, i) => [m, i]));
  const counts = new Map(BUMP_CLASSES.map((c) => [c, categories.map(() => 0)]));
  for (const record of dated) {
    const i = index.get(monthOf(record.mergedAt));
    if (i === void 0) continue;
    for (const change of record.changes) counts.get(bumpClass(change))[i]++;
  }
  const series = BUMP_CLASSES.map((c, i) => ({
    label: c,
    color: PALETTE[i],
    values: counts.get(c)
  })).filter((s) => s.values.some((v) => v > 0));
  return figure(
    "chart-changes",
    barChart("SOUP changes per month by bump class", categories, series, true),
    "SOUP changes merged per month, by kind: additions, removals and updates by how far the version moved (from the change records)."
  );
}
function anomalyChart(timelines, firstMonth, lastMonth) {
  if (timelines.length === 0 || firstMonth === void 0)
    return figure(
      "chart-anomalies",
      "",
      "Anomalies over time: no anomalies in the committed SBOM and no evaluations in the register."
    );
  const categories = months(firstMonth, lastMonth < firstMonth ? firstMonth : lastMonth);
  const open = [];
  const evaluated = [];
  for (const month of categories) {
    const [year, m] = month.split("-").map(Number);
    const end = Math.floor(Date.UTC(year, m, 0) / DAY_MS);
    let o = 0;
    let e = 0;
    for (const t of timelines) {
      const valid = t.evaluatedOn !== void 0 && t.evaluatedOn <= end && (t.expires === void 0 || end <= t.expires);
      if (valid) e++;
      else if (t.knownFrom !== void 0 && t.knownFrom <= end) o++;
    }
    open.push(o);
    evaluated.push(e);
  }
  return figure(
    "chart-anomalies",
    lineChart("Anomalies open and evaluated, month by month", categories, [
      { label: "open", color: PALETTE[3], values: open },
      { label: "evaluated", color: PALETTE[2], values: evaluated }
    ]),
    "Published anomalies of the versions in use (from the SBOM) and the register's evaluations, at each month's end: evaluated while an evaluation is dated and not expired; open from the merge of the change that brought the affected version in (or the first month shown, when no record did) until evaluated, and again once its evaluation expires."
  );
}

// src/documents/audit-pack-sections.ts
var VERDICT_CLASS = {
  passed: "ok",
  failed: "bad",
  skipped: "warn",
  missing: "bad",
  untested: "muted"
};
function describeRunHtml(run) {
  if (run === void 0) return "\u2014";
  const parts = [
    link("run", run.url),
    run.headSha !== void 0 ? `at ${shortSha(run.headSha)}` : void 0,
    run.date !== void 0 ? `on ${h(run.date, 40)}` : void 0
  ].filter((p) => p !== void 0);
  return parts.join(" ");
}
function requirementRow(key, r, first, span) {
  const tests = r.verdict === "untested" ? "\u2014" : [
    ["passed", "failed", "errored", "skipped"].filter((s) => r.counts[s] > 0).map((s) => `${r.counts[s]} ${s}`).join(", ") || "none matched",
    ...r.listed.filter((t) => t.status !== "passed").slice(0, 5).map(
      (t) => `${t.status}: <code>${h(`${t.classname !== "" ? `${t.classname} \u203A ` : ""}${t.name}`, 160)}</code>${t.message !== void 0 ? ` \u2014 ${h(t.message.split("\n")[0], 120)}` : ""}`
    ),
    ...r.unmatched.slice(0, 5).map((s) => `no test matched <code>${h(s, 160)}</code>`)
  ].join("<br>");
  return `<tr>${first ? `<th scope="rowgroup" rowspan="${span}"><code>${h(key)}</code></th>` : ""}<td><code>${h(r.id.trim(), 60)}</code></td><td>${h(r.text.trim(), 300)}</td><td>${r.tests.length === 0 ? "\u2014" : r.tests.map((t) => `<code>${h(t, 160)}</code>`).join("<br>")}</td><td class="${VERDICT_CLASS[r.verdict]}">${h(VERDICT_LABEL[r.verdict])}</td><td>${tests}</td><td>${describeRunHtml(r.run)}</td></tr>`;
}
function traceabilitySection(matrix, fromFile) {
  const parts = ['<section id="traceability"><h2>Traceability matrix</h2>'];
  if (matrix === void 0) {
    parts.push("<p>No register and no <code>TRACEABILITY.md</code>: no requirements to trace.</p></section>");
    return parts.join("");
  }
  const total = Object.values(matrix.totals).reduce((a, b) => a + b, 0);
  parts.push(
    `<p>${fromFile ? `From the committed traceability matrix, generated ${h(matrix.generatedAt, 40)} from the results of ${describeRunHtml(matrix.run)}.` : "No committed <code>TRACEABILITY.md</code>: the requirements come from the register and have no test results (run <code>soup-gate trace</code>)."} ${total} requirement(s): ${Object.entries(matrix.totals).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${h(VERDICT_LABEL[v])}`).join(" \xB7 ")}.</p>`
  );
  const rows = matrix.items.filter((i) => i.requirements.length > 0);
  if (rows.length > 0) {
    parts.push(
      "<table><thead><tr><th>SOUP item</th><th>requirement</th><th>text</th><th>tests named</th><th>result</th><th>tests</th><th>last run</th></tr></thead>"
    );
    for (const item of rows) {
      parts.push("<tbody>");
      item.requirements.forEach(
        (r, i) => parts.push(requirementRow(item.key, r, i === 0, item.requirements.length))
      );
      parts.push("</tbody>");
    }
    parts.push("</table>");
  }
  const without = matrix.items.filter((i) => i.requirements.length === 0).map((i) => `<code>${h(i.key)}</code>`);
  if (without.length > 0) parts.push(`<p>Register entries with no requirements: ${without.join(", ")}.</p>`);
  parts.push("</section>");
  return parts.join("");
}
function evaluationState(expires, today) {
  const day = dayOf(expires);
  if (expires === void 0) return { text: "no expiry", css: "muted" };
  if (day === void 0) return { text: `expiry not a date: ${h(expires, 40)}`, css: "bad" };
  if (day < today) return { text: `expired ${h(expires, 40)}`, css: "bad" };
  if (day - today <= EXPIRES_SOON_DAYS) return { text: `expires ${h(expires, 40)} (soon)`, css: "warn" };
  return { text: `valid until ${h(expires, 40)}`, css: "ok" };
}
function anomaliesSection(input, today) {
  const parts = ['<section id="anomalies"><h2>Anomaly evaluations</h2>'];
  const evaluations = [...input.register?.entries.values() ?? []].flatMap((entry) => entry.anomalies.map((a) => ({ entry, a }))).sort((x, y) => compareText(x.entry.key, y.entry.key) || compareText(x.a.id, y.a.id));
  const open = input.anomalies.filter((a) => a.status !== void 0 && a.status !== "evaluated");
  const expired = evaluations.filter(({ a }) => {
    const day = dayOf(a.expires);
    return day !== void 0 && day < today;
  }).length;
  parts.push(
    `<p>${evaluations.length} evaluation(s) in <code>${h(input.register?.path ?? "soup/register.yml")}</code>${expired > 0 ? `, <strong>${expired} expired</strong>` : ""}; ${input.anomalies.length} published anomal${input.anomalies.length === 1 ? "y" : "ies"} of versions in use in the SBOM${open.length > 0 ? `, <strong>${open.length} open</strong> (not evaluated, in triage, incomplete or expired)` : ""}.</p>`
  );
  if (open.length > 0) {
    parts.push(
      "<h3>Open anomalies</h3><table><thead><tr><th>anomaly</th><th>SOUP item (purl)</th><th>severity</th><th>status</th></tr></thead><tbody>"
    );
    for (const a of [...open].sort((x, y) => compareText(x.purl, y.purl) || compareText(x.id, y.id)))
      parts.push(
        `<tr><td><code>${h(a.id, 80)}</code></td><td><code>${h(a.purl)}</code></td><td>${h(a.severity, 20)}</td><td class="bad">${h(a.status, 40)}</td></tr>`
      );
    parts.push("</tbody></table>");
  }
  if (evaluations.length > 0) {
    parts.push(
      "<h3>Evaluations</h3><table><thead><tr><th>SOUP item</th><th>anomaly</th><th>state</th><th>justification</th><th>by</th><th>on</th><th>expiry</th><th>reason</th></tr></thead><tbody>"
    );
    for (const { entry, a } of evaluations) {
      const state = evaluationState(a.expires, today);
      parts.push(
        `<tr><td><code>${h(entry.key)}</code></td><td><code>${h(a.id, 80)}</code></td><td>${h(a.state, 40)}</td><td>${h(a.justification, 60)}</td><td>${h(a.by, 80)}</td><td>${h(a.on, 40)}</td><td class="${state.css}">${state.text}</td><td>${h(a.reason, 400)}</td></tr>`
      );
    }
    parts.push("</tbody></table>");
  }
  parts.push("</section>");
  return parts.join("");
}

// src/documents/audit-pack.ts
function changeText(change) {
  return toPlainText(describeChange(change));
}
function historyIndex(records) {
  const byItem = /* @__PURE__ */ new Map();
  for (const record of records) {
    const byText = /* @__PURE__ */ new Map();
    for (const item of record.checklist) {
      if (item.change === void 0) continue;
      byText.set(item.change, [...byText.get(item.change) ?? [], item]);
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
function versionsText(change) {
  if (change.type === "added") return `added at <code>${h(change.to ?? "", 80)}</code>`;
  if (change.type === "removed") return `removed (was <code>${h(change.from ?? "", 80)}</code>)`;
  return `<code>${h(change.from ?? "", 80)}</code> \u2192 <code>${h(change.to ?? "", 80)}</code> (${h(change.bump ?? "unknown", 20)})`;
}
function prLabel(record) {
  if (record.directPush !== void 0)
    return `${link("direct push", record.url)} by <code>${h(record.directPush.pusher, 100)}</code> (no PR: not assessed before it landed)`;
  return `${link(`PR #${record.number}`, record.url)} ${h(record.title, 200)} by <code>${h(record.author, 100)}</code>`;
}
function checklistHtml(entry) {
  const prWide = entry.record.checklist.filter((c) => c.change === void 0);
  const items = [...entry.checklist, ...prWide];
  if (items.length === 0) return '<p class="muted">No checklist items recorded.</p>';
  return `<ul class="checklist">${items.map(
    (c) => `<li class="${c.tickedBy !== void 0 ? "ok" : "bad"}">${c.tickedBy !== void 0 ? "\u2611" : "\u2610"} ${h(c.item, 400)}${c.change === void 0 ? " (whole PR)" : ""} \u2014 ${c.tickedBy !== void 0 ? `<code>${h(c.tickedBy, 100)}</code> ${h(c.tickedAt, 40)} at ${shortSha(c.atSha)}${c.atSha !== void 0 && entry.record.headSha !== void 0 && c.atSha !== entry.record.headSha ? " <strong>(earlier commit)</strong>" : ""}` : "<strong>not ticked</strong>"}</li>`
  ).join("")}</ul>`;
}
function historyEntryHtml(entry) {
  const { record } = entry;
  const evidence = record.evidence.length === 0 ? "<strong>none recorded</strong>" : record.evidence.map(
    (e) => `${link(h(e.name, 200), e.url)} ${h(e.conclusion, 40)} at ${shortSha(e.sha)}${e.sha !== void 0 && record.headSha !== void 0 && e.sha !== record.headSha ? " <strong>(not the final head)</strong>" : ""}`
  ).join("; ");
  const labels = record.labels.length === 0 ? "none" : record.labels.map(
    (l) => `<code>${h(l.name, 100)}</code>${l.appliedBy !== void 0 ? ` by <code>${h(l.appliedBy, 100)}</code>` : ""}`
  ).join(", ");
  return `<li><p><strong>${h(isoDate(record.mergedAt) ?? record.mergedAt, 40)}</strong> ${versionsText(entry.change)} \u2014 ${prLabel(record)}, assessed at ${shortSha(record.headSha)}</p>${checklistHtml(entry)}<p>Evidence: ${evidence}. Labels: ${labels}.</p></li>`;
}
function historySection(items, byItem, anchors) {
  const parts = [
    '<section id="history"><h2>Change history per SOUP item</h2>',
    `<p>From ${[...new Set([...byItem.values()].flatMap((entries) => entries.map((e) => e.record)))].length} change record(s): which PRs changed each item, who assessed which checklist item, when and on which commit, the re-verification evidence and the labels.</p>`
  ];
  if (byItem.size === 0) {
    parts.push("<p>No change records yet.</p></section>");
    return parts.join("");
  }
  const names = /* @__PURE__ */ new Map();
  for (const item of items) names.set(lookupKey(item.ecosystem, item.name), `${item.ecosystem}/${item.name}`);
  const keys = [...byItem.keys()].sort(compareText);
  keys.forEach((key, index) => {
    const entries = [...byItem.get(key)].sort(
      (a, b) => compareText(a.record.mergedAt, b.record.mergedAt) || a.record.number - b.record.number
    );
    const first = entries[0].change;
    const anchor = `item-${index + 1}`;
    anchors.set(key, anchor);
    const inUse = names.has(key);
    parts.push(
      `<article id="${anchor}"><h3><code>${h(names.get(key) ?? `${first.ecosystem}/${first.name}`)}</code>${inUse ? "" : ' <span class="muted">(no longer in the SOUP list)</span>'}</h3><ol class="history">${entries.map(historyEntryHtml).join("")}</ol></article>`
    );
  });
  parts.push("</section>");
  return parts.join("");
}
function soupListSection(items, anchors, anomalyCount) {
  const parts = [
    '<section id="soup-list"><h2>SOUP list</h2>',
    `<p>${items.length} SOUP item(s), from the committed SBOM.</p>`,
    '<table class="soup"><thead><tr><th>ecosystem</th><th>package</th><th>version</th><th>dependency</th><th>scope</th><th>class</th><th>register entry</th><th>requirements</th><th>licence</th><th>anomalies</th><th>last verified</th><th>history</th></tr></thead><tbody>'
  ];
  for (const item of items) {
    const anchor = anchors.get(lookupKey(item.ecosystem, item.name));
    const [known, open] = anomalyCount.get(item.purl) ?? [0, 0];
    const entry = item.registerEntry ?? "missing";
    parts.push(
      `<tr><td>${h(item.ecosystem, 30)}</td><td><code>${h(item.name)}</code></td><td><code>${h(item.version, 80)}</code></td><td>${h(item.dependency, 20)}</td><td>${h(item.scope, 20)}</td><td>${h(item.safetyClass, 4)}${item.classFromDefault ? " (default)" : ""}</td><td class="${entry === "complete" ? "ok" : item.dependency === "direct" ? "bad" : "muted"}">${h(entry, 20)}</td><td>${item.requirements.length === 0 ? "\u2014" : item.requirements.map((r) => h(r, 60)).join(", ")}</td><td>${h(item.licence, 80)}</td><td${open > 0 ? ' class="bad"' : ""}>${known === 0 ? "\u2014" : `${known}${open > 0 ? ` (${open} open)` : ""}`}</td><td>${h(item.lastVerified, 20)}</td><td>${anchor !== void 0 ? `<a href="#${anchor}">changes</a>` : "\u2014"}</td></tr>`
    );
  }
  parts.push("</tbody></table></section>");
  return parts.join("");
}
var STYLE = `
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
function renderAuditPack(input) {
  const today = dayOf(input.generatedAt) ?? 0;
  const lastMonth = monthOf(input.generatedAt) ?? "1970-01";
  const records = input.records.map(safeRecord);
  const items = [...input.items].sort(
    (a, b) => compareText(a.ecosystem, b.ecosystem) || compareText(a.name, b.name) || compareText(a.version, b.version)
  );
  const adoptedDay = /* @__PURE__ */ new Map();
  for (const record of records) {
    if (record.day === void 0) continue;
    for (const change of record.changes) {
      if (change.type === "removed" || change.purl === "") continue;
      const known = adoptedDay.get(change.purl);
      if (known === void 0 || record.day < known) adoptedDay.set(change.purl, record.day);
    }
  }
  const anomalyCount = /* @__PURE__ */ new Map();
  for (const a of input.anomalies) {
    const [known, open] = anomalyCount.get(a.purl) ?? [0, 0];
    anomalyCount.set(a.purl, [
      known + 1,
      open + (a.status !== void 0 && a.status !== "evaluated" ? 1 : 0)
    ]);
  }
  const evaluationsById = /* @__PURE__ */ new Map();
  for (const entry of input.register?.entries.values() ?? [])
    for (const a of entry.anomalies)
      evaluationsById.set(`${lookupKey(entry.ecosystem, entry.name)}
${a.id}`, a);
  const itemKeyOfPurl = new Map(items.map((i) => [i.purl, lookupKey(i.ecosystem, i.name)]));
  const timelines = [];
  const covered = /* @__PURE__ */ new Set();
  for (const a of input.anomalies) {
    const key = `${itemKeyOfPurl.get(a.purl) ?? a.purl}
${a.id}`;
    const evaluation = evaluationsById.get(key);
    covered.add(key);
    timelines.push({
      knownFrom: adoptedDay.get(a.purl),
      evaluatedOn: dayOf(a.evaluatedOn ?? evaluation?.on),
      expires: dayOf(a.expires ?? evaluation?.expires)
    });
  }
  for (const [key, evaluation] of evaluationsById) {
    if (covered.has(key)) continue;
    timelines.push({
      knownFrom: dayOf(evaluation.on),
      evaluatedOn: dayOf(evaluation.on),
      expires: dayOf(evaluation.expires)
    });
  }
  const starts = [
    ...records.map((r) => r.day),
    ...timelines.flatMap((t) => [t.knownFrom, t.evaluatedOn])
  ].filter((d) => d !== void 0);
  const earliest = starts.reduce((a, b) => Math.min(a, b), Infinity);
  const firstMonth = starts.length > 0 ? new Date(earliest * DAY_MS).toISOString().slice(0, 7) : timelines.length > 0 ? lastMonth : void 0;
  const chartStart = firstMonth !== void 0 ? Math.floor(Date.parse(`${firstMonth}-01T00:00:00Z`) / DAY_MS) : void 0;
  for (const t of timelines) t.knownFrom ??= chartStart;
  const anchors = /* @__PURE__ */ new Map();
  const byItem = historyIndex(records);
  const history = historySection(items, byItem, anchors);
  const fromFile = input.traceabilityFromFile === true;
  const direct = items.filter((i) => i.dependency === "direct").length;
  const missingEntries = items.filter(
    (i) => i.dependency === "direct" && i.registerEntry !== "complete"
  ).length;
  const openAnomalies = input.anomalies.filter(
    (a) => a.status !== void 0 && a.status !== "evaluated"
  ).length;
  const expiredEvaluations = [...input.register?.entries.values() ?? []].flatMap((e) => e.anomalies).filter((a) => {
    const day = dayOf(a.expires);
    return day !== void 0 && day < today;
  }).length;
  const notTicked = records.reduce(
    (n, r) => n + r.checklist.filter((c) => c.tickedBy === void 0).length,
    0
  );
  const totals = input.traceability?.totals;
  const notVerified = totals ? totals.failed + totals.skipped + totals.missing : 0;
  const card = (value, label, bad = false) => `<div class="card"><b class="${bad ? "bad" : ""}">${value}</b>${label}</div>`;
  const title = `SOUP audit pack${input.repo !== void 0 ? ` \u2014 ${h(input.repo, 140)}` : ""}`;
  const summary = [
    '<section id="summary"><h2>Summary</h2><div class="cards">',
    card(items.length, "SOUP items"),
    card(direct, "direct dependencies"),
    card(missingEntries, "direct items without a complete register entry", missingEntries > 0),
    card(records.length, "change records"),
    card(notTicked, "checklist items merged unticked", notTicked > 0),
    card(openAnomalies, "anomalies open (not evaluated or expired)", openAnomalies > 0),
    card(expiredEvaluations, "evaluations expired", expiredEvaluations > 0),
    card(totals ? notVerified : "\u2014", "requirements not re-verified", notVerified > 0),
    "</div></section>"
  ].join("");
  const charts = [
    '<section id="charts"><h2>Charts</h2>',
    ageChart(items, adoptedDay, today),
    anomalyChart(timelines, firstMonth, lastMonth),
    changesChart(records, lastMonth),
    "</section>"
  ].join("");
  const body = [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    // No script, no network: the browser enforces what the renderer promises.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="soup-gate">`,
    `<title>${title}</title><style>${STYLE}</style></head><body>`,
    `<header><h1>${title}</h1><p>Generated ${h(input.generatedAt, 40)}${input.commit !== void 0 ? ` from commit ${shortSha(input.commit)}` : ""}${input.listGeneratedAt !== void 0 ? `; SOUP list generated ${h(input.listGeneratedAt, 40)}` : ""}. IEC 62304: identification 8.1.2, requirements 5.3.3/5.3.4, anomalies 7.1.3, change control 6.1/7.4/8.2.</p>`,
    `<nav><ol>${[
      ["summary", "Summary"],
      ["charts", "Charts"],
      ["soup-list", "SOUP list"],
      ["history", "Change history"],
      ["anomalies", "Anomaly evaluations"],
      ["traceability", "Traceability"]
    ].map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`).join("")}</ol></nav>`,
    input.notes.length > 0 ? `<div class="notes"><p>Not everything could be read:</p><ul>${input.notes.map((n) => `<li>${h(n, 500)}</li>`).join("")}</ul></div>` : "",
    "</header><main>",
    summary,
    charts,
    soupListSection(items, anchors, anomalyCount),
    history,
    anomaliesSection(input, today),
    traceabilitySection(input.traceability, fromFile),
    "</main>",
    "<footer>Made by soup-gate from the committed SOUP list, SBOM, register, change records and traceability matrix. Open offline; nothing is loaded from the network.</footer>",
    "</body></html>",
    ""
  ];
  return body.join("\n");
}

// src/app/report.ts
var REPORT_LIMITS = {
  sbomChars: 256 * 1024 * 1024,
  listChars: 256 * 1024 * 1024,
  recordChars: 16 * 1024 * 1024,
  traceabilityChars: 64 * 1024 * 1024,
  records: 2e4,
  components: 5e5
};
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value, max = 4096) {
  return typeof value === "string" && value.length <= max ? value : void 0;
}
var ECOSYSTEM_OF_PURL_TYPE = {
  npm: "npm",
  pypi: "PyPI",
  golang: "Go",
  cargo: "crates.io",
  gem: "RubyGems",
  composer: "Packagist",
  nuget: "NuGet",
  maven: "Maven",
  pub: "Pub",
  swift: "SwiftURL",
  github: "GitHub Actions"
};
function nameFromPurl(purl) {
  let parsed;
  try {
    parsed = import_packageurl_js.PackageURL.fromString(purl);
  } catch {
    return void 0;
  }
  const ecosystem = ECOSYSTEM_OF_PURL_TYPE[parsed.type] ?? parsed.type;
  const namespace = parsed.namespace ?? void 0;
  if (namespace === void 0 || namespace === "") return { ecosystem, name: parsed.name };
  if (parsed.type === "maven") return { ecosystem, name: `${namespace}:${parsed.name}` };
  const base = `${namespace}/${parsed.name}`;
  return { ecosystem, name: parsed.type === "github" && parsed.subpath ? `${base}/${parsed.subpath}` : base };
}
function properties(value) {
  const out = /* @__PURE__ */ new Map();
  if (!Array.isArray(value)) return out;
  for (const p of value) {
    if (!isRecord2(p)) continue;
    const name = text(p.name);
    const v = text(p.value);
    if (name === void 0 || v === void 0) continue;
    out.set(name, [...out.get(name) ?? [], v]);
  }
  return out;
}
function licenceOf(value) {
  if (!Array.isArray(value)) return void 0;
  const parts = [];
  for (const l of value) {
    if (!isRecord2(l)) continue;
    const expression = text(l.expression, 500);
    if (expression !== void 0) parts.push(expression);
    else if (isRecord2(l.license)) {
      const id = text(l.license.id, 200) ?? text(l.license.name, 200);
      if (id !== void 0) parts.push(id);
    }
  }
  return parts.length === 0 ? void 0 : parts.join(" AND ");
}
function readSbom(json, path) {
  const notes = [];
  let bom;
  try {
    bom = JSON.parse(json);
  } catch (error) {
    return {
      items: [],
      anomalies: [],
      notes: [`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`]
    };
  }
  if (!isRecord2(bom) || !Array.isArray(bom.components))
    return { items: [], anomalies: [], notes: [`${path}: not a CycloneDX SBOM (no components list)`] };
  if (bom.components.length > REPORT_LIMITS.components)
    return {
      items: [],
      anomalies: [],
      notes: [`${path}: more than ${REPORT_LIMITS.components} components; not read`]
    };
  const items = [];
  let skipped = 0;
  for (const c of bom.components) {
    const purl = isRecord2(c) ? text(c.purl, 2048) : void 0;
    const version = isRecord2(c) ? text(c.version, 512) : void 0;
    const named = purl !== void 0 ? nameFromPurl(purl) : void 0;
    if (!isRecord2(c) || purl === void 0 || version === void 0 || named === void 0) {
      skipped++;
      continue;
    }
    const props = properties(c.properties);
    const one = (name) => props.get(name)?.[0];
    const dependency = one(SBOM_PROPERTY.dependency);
    const entry = one(SBOM_PROPERTY.registerEntry);
    const scope = text(c.scope, 40);
    const supplier = isRecord2(c.supplier) ? text(c.supplier.name, 500) : void 0;
    const licence = licenceOf(c.licenses);
    const lastVerified = one(SBOM_PROPERTY.lastVerified);
    const safetyClass = one(SBOM_PROPERTY.safetyClass);
    const released = isRecord2(c.releaseNotes) ? text(c.releaseNotes.timestamp, 64) : void 0;
    items.push({
      purl,
      ecosystem: named.ecosystem,
      name: named.name,
      version,
      dependency: dependency === "direct" || dependency === "transitive" ? dependency : "unknown",
      scope: scope === "required" ? "runtime" : scope === "excluded" ? "dev" : scope === "optional" ? "optional" : scope ?? "\u2014",
      ...safetyClass !== void 0 ? { safetyClass } : {},
      classFromDefault: one(SBOM_PROPERTY.safetyClassSource) === "default",
      ...entry === "complete" || entry === "incomplete" || entry === "missing" ? { registerEntry: entry } : {},
      requirements: props.get(SBOM_PROPERTY.requirement) ?? [],
      ...supplier !== void 0 ? { supplier } : {},
      ...licence !== void 0 ? { licence } : {},
      ...lastVerified !== void 0 ? { lastVerified } : {},
      ...released !== void 0 ? { releasedAt: released } : {}
    });
  }
  if (skipped > 0)
    notes.push(`${path}: ${skipped} component(s) without a purl, version or known purl type were left out`);
  const anomalies = [];
  for (const v of Array.isArray(bom.vulnerabilities) ? bom.vulnerabilities.slice(0, REPORT_LIMITS.components) : []) {
    if (!isRecord2(v)) continue;
    const id = text(v.id, 200);
    if (id === void 0) continue;
    const props = properties(v.properties);
    const ratings = Array.isArray(v.ratings) ? v.ratings.filter(isRecord2) : [];
    const severity = ratings.map((r) => text(r.severity, 40)).find((s) => s !== void 0);
    for (const affected of Array.isArray(v.affects) ? v.affects : []) {
      const purl = isRecord2(affected) ? text(affected.ref, 2048) : void 0;
      if (purl === void 0) continue;
      const status = props.get(SBOM_PROPERTY.evaluationStatus)?.[0];
      const on = props.get(SBOM_PROPERTY.evaluatedOn)?.[0];
      const expires = props.get(SBOM_PROPERTY.evaluationExpires)?.[0];
      anomalies.push({
        id,
        purl,
        ...status !== void 0 ? { status } : {},
        ...severity !== void 0 ? { severity } : {},
        ...on !== void 0 ? { evaluatedOn: on } : {},
        ...expires !== void 0 ? { expires } : {}
      });
    }
  }
  return { items, anomalies, notes };
}
async function runReport(options) {
  const { files, dir } = options;
  const notes = [];
  const at = (name) => dir === "" ? name : `${dir}/${name}`;
  const listText = await files.readText(at("SOUP.md"), REPORT_LIMITS.listChars);
  const stamp = listText !== void 0 ? readSoupListStamp(listText) : void 0;
  if (listText === void 0) notes.push(`${at("SOUP.md")} is missing: run soup-gate list and commit it`);
  const sbomText = await files.readText(at("sbom.cdx.json"), REPORT_LIMITS.sbomChars);
  const sbom = sbomText === void 0 ? {
    items: [],
    anomalies: [],
    notes: [`${at("sbom.cdx.json")} is missing: the SOUP list in the pack is empty`]
  } : readSbom(sbomText, at("sbom.cdx.json"));
  notes.push(...sbom.notes);
  let register;
  try {
    register = await readRegister(files, options.registerPath);
    if (register === void 0)
      notes.push(`${options.registerPath} is missing: no evaluations or requirements`);
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    notes.push(...error.problems.slice(0, 20).map(formatProblem));
  }
  const records = [];
  const names = (await files.listFiles(at("changes"))).filter((n) => n.endsWith(".md"));
  if (names.length > REPORT_LIMITS.records)
    notes.push(`${at("changes")}: ${names.length} records, only the first ${REPORT_LIMITS.records} read`);
  for (const name of names.slice(0, REPORT_LIMITS.records)) {
    const path = `${at("changes")}/${name}`;
    const recordText = await files.readText(path, REPORT_LIMITS.recordChars);
    const record = recordText !== void 0 ? parseChangeRecord(recordText) : void 0;
    if (record) records.push(record);
    else notes.push(`${path}: not a soup-gate change record (no readable JSON block); left out`);
  }
  const traceText = await files.readText(at("TRACEABILITY.md"), REPORT_LIMITS.traceabilityChars);
  let traceability = traceText !== void 0 ? parseTraceability(traceText) : void 0;
  const traceabilityFromFile = traceability !== void 0;
  if (traceText !== void 0 && traceability === void 0)
    notes.push(
      `${at("TRACEABILITY.md")}: its matrix can't be read (edited by hand?); shown from the register without results`
    );
  if (traceability === void 0 && register !== void 0)
    traceability = buildTraceability({
      items: traceItemsOf(register),
      results: [],
      run: {},
      generatedAt: options.generatedAt
    });
  const input = {
    generatedAt: options.generatedAt,
    ...stamp?.repo !== void 0 ? { repo: stamp.repo } : {},
    ...stamp?.commit !== void 0 ? { commit: stamp.commit } : {},
    ...stamp?.generatedAt !== void 0 ? { listGeneratedAt: stamp.generatedAt } : {},
    items: sbom.items,
    anomalies: sbom.anomalies,
    ...register !== void 0 ? { register } : {},
    records,
    ...traceability !== void 0 ? { traceability, traceabilityFromFile } : {},
    notes
  };
  return { html: renderAuditPack(input), input };
}

// src/cli/report.ts
var REPORT_HELP = `Usage:
  soup-gate report --out <dir> [--root <dir>] [--soup-dir soup] [--register soup/register.yml] [options]
      writes <dir>/index.html: the audit pack (SOUP list, change history per item, anomaly
      evaluations with expiry, traceability matrix, charts), one file that opens offline

Options:
  --out <dir>               where to write index.html (created; relative to the working folder)
  --root <dir>              the checkout to read (default: the working folder)
  --soup-dir <dir>          folder of SOUP.md, sbom.cdx.json, TRACEABILITY.md and changes/ under --root (default: soup)
  --register <file>         register path under --root (default: soup/register.yml)
  --generated-at <iso>      the pack's date, for ages and expiries (default: now)
  --quiet                   no notes on stderr

Exit status: 0 when the pack was written (notes on stderr say what could not be read), 2 on bad input.
Render it to PNG and PDF with headless Chromium: npm run audit-pack:check -- <dir>/index.html
`;
async function runReportCommand(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: "string" },
      root: { type: "string" },
      "soup-dir": { type: "string" },
      register: { type: "string" },
      "generated-at": { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (values.out === void 0 || values.out.trim() === "")
    throw new UsageError("--out is required: the folder to write index.html to (e.g. --out audit-pack)");
  const root = resolve(io.cwd, values.root ?? ".");
  const outcome = await runReport({
    files: folderFiles(root),
    dir: insideRoot("soup-dir", values["soup-dir"] ?? "soup"),
    registerPath: insideRoot("register", values.register ?? "soup/register.yml"),
    generatedAt: readTime(
      "generated-at",
      values["generated-at"],
      new Date(Math.floor(Date.now() / 1e3) * 1e3)
    )
  });
  const out = resolve(io.cwd, values.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, "index.html"), outcome.html);
  const { input } = outcome;
  io.stdout(
    `wrote ${join(values.out, "index.html")}: ${input.items.length} SOUP item(s), ${input.records.length} change record(s), ${input.anomalies.length} anomal${input.anomalies.length === 1 ? "y" : "ies"}, ${input.traceability ? Object.values(input.traceability.totals).reduce((a, b) => a + b, 0) : 0} requirement(s)
`
  );
  if (!values.quiet) for (const note of input.notes) io.stderr(`note: ${terminalSafe(note)}
`);
  return 0;
}
export {
  REPORT_HELP,
  runReportCommand
};
