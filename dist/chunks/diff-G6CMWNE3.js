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
  describeDependency,
  summarizeCounts
} from "./chunk-BKKZHBMQ.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-46HMBI5S.js";

// src/documents/text/diff.ts
function changeCell(change, style) {
  switch (change.type) {
    case "added":
      return { text: style.mark("+", "added"), paint: style.green };
    case "removed":
      return { text: style.mark("-", "removed"), paint: style.red };
    case "updated":
      return change.bump === "downgrade" ? { text: style.mark("\u2193", "updated"), paint: style.yellow } : { text: style.mark("\u2191", "updated"), paint: style.cyan };
    case "integrity-changed":
      return { text: style.mark("!", "new artefact"), paint: (t) => style.bold(style.red(t)) };
    case "source-changed":
      return { text: style.mark("!", "new source"), paint: (t) => style.bold(style.red(t)) };
  }
}
function versionText(change) {
  const at = (version, ref) => `${version ?? "\u2014"}${ref !== void 0 && change.fromRef !== change.toRef ? ` @${ref.slice(0, 12)}` : ""}`;
  if (change.type === "added") return `\u2014 \u2192 ${at(change.to, change.toRef)}`;
  if (change.type === "removed") return `${at(change.from, change.fromRef)} \u2192 \u2014`;
  if (change.from === change.to && change.fromRef === change.toRef)
    return `${change.to ?? "\u2014"} (same version)`;
  return `${at(change.from, change.fromRef)} \u2192 ${at(change.to, change.toRef)}`;
}
function bumpCell(change, style) {
  if (change.type === "added") return { text: "new" };
  if (change.type === "removed") return { text: "removed" };
  if (change.bump === null) return { text: "\u2014" };
  if (change.bump === "downgrade") return { text: "downgrade", paint: style.red };
  if (change.bump === "major") return { text: "major", paint: style.yellow };
  return { text: change.bump ?? "unknown" };
}
function noteText(change) {
  const short = (value) => value === void 0 ? "\u2014" : value.length > 24 ? `${value.slice(0, 23)}\u2026` : value;
  const notes = [];
  if (change.fromSource !== void 0 || change.toSource !== void 0)
    notes.push(`source ${short(change.fromSource)} \u2192 ${short(change.toSource)}`);
  if (change.fromIntegrity !== void 0 || change.toIntegrity !== void 0)
    notes.push(`integrity ${short(change.fromIntegrity)} \u2192 ${short(change.toIntegrity)}`);
  if (change.fromRetained) notes.push(`${change.from ?? ""} stays for other dependents`);
  if (change.toRetained) notes.push(`${change.to ?? ""} was already there for other dependents`);
  return notes.join("; ");
}
function anomaliesCell(entry, style) {
  const facts = entry?.anomalies;
  if (facts === null || facts === void 0) return { text: "not checked", paint: style.yellow };
  if (facts.introduced.length > 0)
    return {
      text: `${facts.introduced.length} new: ${facts.introduced.map((a) => a.id).join(", ")}`,
      paint: style.red
    };
  if (facts.present.length > 0) return { text: `${facts.present.length} still open`, paint: style.yellow };
  return { text: facts.fixed.length > 0 ? `none (${facts.fixed.length} fixed)` : "none", paint: style.green };
}
function licenceText(entry) {
  const licence = entry?.licence;
  if (licence === null || licence === void 0) return "not checked";
  const side = (s) => s === null ? "\u2014" : s.expression ?? "unknown";
  return licence.changed === true ? `${side(licence.from)} \u2192 ${side(licence.to)}` : side(licence.to ?? licence.from);
}
function lockfileHeading(lockfile, shown, style) {
  const format = lockfile.previousFormat !== void 0 && lockfile.previousFormat !== lockfile.format ? `${lockfile.previousFormat} \u2192 ${lockfile.format}` : lockfile.format;
  const moved = lockfile.previousPath !== void 0 ? ` (from ${cleanText(lockfile.previousPath)})` : "";
  return `${style.bold(cleanText(lockfile.path))}${moved}  ${style.dim(`${cleanText(format)} \xB7 ${lockfile.status} \xB7 ${countOf(shown, "change")}`)}`;
}
function summarizeDiff(input) {
  const touched = input.lockfiles.filter((l) => l.status !== "unchanged").length;
  const total = input.lockfiles.length;
  if (input.changes.length === 0)
    return `No SOUP changes (${countOf(touched, "lockfile")} of ${total} changed)`;
  return `${countOf(input.changes.length, "SOUP change")} in ${touched} of ${countOf(total, "lockfile")}: ${summarizeCounts(input.changes)}`;
}
function renderDiffText(input, options) {
  const style = createTextStyle(options.color);
  const lines = [style.bold(summarizeDiff(input))];
  const enriched = input.enrichment !== void 0;
  const columns = [
    { header: "change", fixed: true },
    { header: "package", min: 14 },
    { header: "version", min: 14 },
    { header: "bump", fixed: true },
    { header: "dependency", fixed: true },
    { header: "scope", fixed: true },
    ...enriched ? [
      { header: "anomalies", min: 10 },
      { header: "licence", min: 8 }
    ] : []
  ];
  const groups = [];
  for (const lockfile of input.lockfiles) {
    if (lockfile.status === "unchanged") continue;
    const changes = input.changes.filter((c) => c.lockfile === lockfile.path);
    const rows = changes.map((change) => {
      const entry = enriched && input.keyOf ? input.enrichment?.get(input.keyOf(change)) : void 0;
      return [
        changeCell(change, style),
        { text: change.name, paint: style.bold },
        versionText(change),
        bumpCell(change, style),
        describeDependency(change.direct),
        change.scope,
        ...enriched ? [anomaliesCell(entry, style), licenceText(entry)] : []
      ];
    });
    const footer = changes.filter((change) => noteText(change) !== "").map((change) => `${style.color ? "\u21B3 " : "- "}${change.name}: ${noteText(change)}`);
    groups.push({ heading: ["", lockfileHeading(lockfile, changes.length, style)], rows, footer });
  }
  lines.push(...renderTableGroups(columns, groups, { width: options.columns, indent: 2, style }));
  if (input.findings.length > 0) {
    lines.push("", style.bold("Passed over by the parsers (not in the inventory):"));
    const rows = input.findings.map((f) => [
      `${f.lockfile}${f.line !== void 0 ? `:${f.line}` : ""}`,
      f.message
    ]);
    lines.push(
      ...renderTable(
        [
          { header: "where", min: 12 },
          { header: "finding", min: 12 }
        ],
        rows,
        {
          width: options.columns,
          indent: 2,
          style
        }
      )
    );
  }
  return `${lines.join("\n")}
`;
}
export {
  renderDiffText,
  summarizeDiff
};
