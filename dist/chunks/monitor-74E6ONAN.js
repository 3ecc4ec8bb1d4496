import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  countOf,
  createTextStyle
} from "./chunk-EMZCROPK.js";
import {
  renderTable,
  renderTableGroups
} from "./chunk-KYFHTDTY.js";
import {
  cleanText
} from "./chunk-TJCQPJCL.js";
import {
  toPlainText
} from "./chunk-PLLD3DQX.js";
import "./chunk-46HMBI5S.js";

// src/documents/text/monitor.ts
function summarizeMonitor(totals) {
  const checked = `${countOf(totals.items, "SOUP item")} (${countOf(totals.versions, "version")}) checked against OSV`;
  const parts = [
    totals.open > 0 ? `${countOf(totals.open, "anomaly", "anomalies")} in ${countOf(totals.itemsWithOpen, "item")} need an evaluation` : "no anomaly needs an evaluation",
    `${totals.evaluated} evaluated`,
    ...totals.unchecked > 0 ? [`${countOf(totals.unchecked, "version")} not checked`] : []
  ];
  return `${checked}: ${parts.join(", ")}`;
}
function severityText(a) {
  const s = a.anomaly.severity;
  if (a.anomaly.detailsMissing) return "unknown";
  return s.score !== void 0 ? `${s.label} ${s.score.toFixed(1)}` : s.label;
}
function statusCell(a, style) {
  if (a.anomaly.withdrawn !== void 0) return { text: "withdrawn", paint: style.dim };
  switch (a.status) {
    case "evaluated":
      return { text: style.mark("\u2714", `evaluated: ${a.evaluation?.state ?? ""}`), paint: style.green };
    case "expired":
      return { text: style.mark("\u2716", `expired ${a.evaluation?.expires ?? ""}`), paint: style.red };
    case "unevaluated":
      return {
        text: style.mark("\u2716", a.note === "in triage" ? "in triage" : "not evaluated"),
        paint: style.red
      };
  }
}
function lockfilesOf(assessment, versions) {
  const wanted = new Set(versions);
  const found = assessment.item.versions.filter((v) => wanted.has("*") || wanted.has(v.version)).flatMap((v) => v.lockfiles);
  return [...new Set(found)];
}
function renderMonitorText(input, options) {
  const style = createTextStyle(options.color);
  const open = input.totals.open > 0 || input.totals.failed > 0;
  const verdict = summarizeMonitor(input.totals);
  const lines = [
    style.bold(open ? style.red(style.mark("\u2716", verdict)) : style.green(style.mark("\u2714", verdict)))
  ];
  const byLockfile = /* @__PURE__ */ new Map();
  const add = (lockfile, row) => {
    if (!byLockfile.has(lockfile)) byLockfile.set(lockfile, []);
    byLockfile.get(lockfile).push(row);
  };
  for (const assessment of input.assessments) {
    const anomalies = [
      ...assessment.open,
      ...assessment.anomalies.filter((a) => !assessment.open.includes(a))
    ];
    for (const a of anomalies) {
      const row = [
        { text: assessment.item.name, paint: style.bold },
        a.versions.join(", "),
        a.anomaly.id,
        severityText(a),
        statusCell(a, style),
        a.anomaly.fixedVersions.length > 0 ? a.anomaly.fixedVersions.slice(0, 5).join(", ") : "no fix listed",
        a.anomaly.summary
      ];
      for (const lockfile of lockfilesOf(assessment, a.versions)) add(lockfile, row);
    }
    for (const u of assessment.unchecked) {
      const row = [
        { text: assessment.item.name, paint: style.bold },
        u.version,
        "\u2014",
        "\u2014",
        { text: style.mark("?", "not checked"), paint: u.failed ? style.red : style.yellow },
        "\u2014",
        u.reason
      ];
      const lockfiles = lockfilesOf(assessment, [u.version]);
      for (const lockfile of lockfiles.length > 0 ? lockfiles : ["(no lockfile)"]) add(lockfile, row);
    }
  }
  const columns = [
    { header: "package", min: 9 },
    { header: "version", min: 6 },
    { header: "anomaly", min: 19 },
    { header: "severity", fixed: true },
    { header: "status", min: 11 },
    { header: "fixed in", min: 6 },
    { header: "summary", min: 7 }
  ];
  const groups = [...byLockfile.keys()].sort().map((lockfile) => ({
    heading: ["", style.bold(cleanText(lockfile))],
    rows: byLockfile.get(lockfile)
  }));
  lines.push(...renderTableGroups(columns, groups, { width: options.columns, indent: 2, style }));
  const health = input.assessments.flatMap(
    (a) => a.health.map((h) => [
      { text: a.item.name, paint: style.bold },
      h.version ?? a.item.versions.map((v) => v.version).join(", "),
      { text: h.kind, paint: style.yellow },
      h.detail
    ])
  );
  if (health.length > 0) {
    lines.push("", style.bold("Other findings"));
    lines.push(
      ...renderTable(
        [
          { header: "package", min: 10 },
          { header: "version", min: 7 },
          { header: "finding", fixed: true },
          { header: "detail", min: 10 }
        ],
        health,
        { width: options.columns, indent: 2, style }
      )
    );
  }
  if (input.notes.length > 0) {
    lines.push(
      "",
      style.bold("Notes"),
      ...input.notes.map((note) => `  ${cleanText(toPlainText(note).replace(/\*\*/g, ""))}`)
    );
  }
  return `${lines.join("\n")}
`;
}
export {
  renderMonitorText,
  summarizeMonitor
};
