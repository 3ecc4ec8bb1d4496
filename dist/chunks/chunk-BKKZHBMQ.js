import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  code,
  escapeText
} from "./chunk-PLLD3DQX.js";

// src/documents/changes-table.ts
var ICON = {
  added: "\u2795",
  removed: "\u2796",
  updated: "\u{1F53C}",
  "integrity-changed": "\u{1F501}",
  "source-changed": "\u{1F500}"
};
function iconOf(change) {
  return change.type === "updated" && change.bump === "downgrade" ? "\u{1F53D}" : ICON[change.type];
}
function describeSignals(change) {
  const short = (value) => code(value === void 0 ? "\u2014" : value.length > 24 ? `${value.slice(0, 23)}\u2026` : value);
  const parts = [];
  if (change.fromSource !== void 0 || change.toSource !== void 0)
    parts.push(`source ${short(change.fromSource)} \u2192 ${short(change.toSource)}`);
  if (change.fromIntegrity !== void 0 || change.toIntegrity !== void 0)
    parts.push(`integrity ${short(change.fromIntegrity)} \u2192 ${short(change.toIntegrity)}`);
  return parts.length === 0 ? "" : `; **${parts.join("; ")}**`;
}
function describeVersions(change) {
  if (change.type === "added") return `\u2014 \u2192 ${code(change.to ?? "")}`;
  if (change.type === "removed") return `${code(change.from ?? "")} \u2192 \u2014`;
  if (change.from === change.to && change.fromRef === change.toRef)
    return `${code(change.to ?? "")} (same version)${describeSignals(change)}`;
  return describeUpdate(change) + describeSignals(change);
}
function describeUpdate(change) {
  const shortRef = (ref) => ref === void 0 ? "" : ` @ ${code(ref.slice(0, /^sha\d+:/.test(ref) ? ref.indexOf(":") + 13 : 12))}`;
  const versions = change.fromRef !== change.toRef ? `${code(change.from ?? "")}${shortRef(change.fromRef)} \u2192 ${code(change.to ?? "")}${shortRef(change.toRef)}` : `${code(change.from ?? "")} \u2192 ${code(change.to ?? "")}`;
  if (change.fromRetained) return `${versions} (${code(change.from ?? "")} stays for other dependents)`;
  if (change.toRetained)
    return `${versions} (${code(change.to ?? "")} was already there for other dependents)`;
  return versions;
}
function describeDependency(direct) {
  return direct === true ? "direct" : direct === false ? "transitive" : "unknown";
}
function bumpLabel(change) {
  if (change.type === "added") return "new";
  if (change.type === "removed") return "removed";
  if (change.type === "integrity-changed") return "**new artefact**";
  if (change.type === "source-changed" && change.bump === null) return "**new source**";
  return change.bump === "downgrade" ? "**downgrade**" : change.bump ?? "unknown";
}
function summarizeCounts(changes) {
  const counts = {
    updated: 0,
    added: 0,
    removed: 0,
    "integrity-changed": 0,
    "source-changed": 0
  };
  for (const change of changes) counts[change.type]++;
  const parts = ["updated", "added", "removed", "integrity-changed", "source-changed"].filter((t) => counts[t] > 0).map((t) => `${counts[t]} ${t}`);
  return parts.length === 0 ? "no SOUP changes" : parts.join(", ");
}
var COLUMNS = ["", "package", "change", "bump", "dependency", "scope", "ecosystem", "lockfile"];
function cellsOf(change) {
  return [
    iconOf(change),
    code(change.name),
    describeVersions(change),
    bumpLabel(change),
    describeDependency(change.direct),
    change.scope,
    escapeText(change.ecosystem),
    change.previousLockfile !== void 0 ? `${code(change.previousLockfile)} \u2192 ${code(change.lockfile)}` : code(change.lockfile)
  ];
}
function tableOf(header, rows) {
  return [
    `|${header.map((h) => h === "" ? " " : ` ${h} `).join("|")}|`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${row.join(" | ")} |`)
  ].join("\n");
}
function describeChangeExtras(change) {
  const plain = change.type === "added" ? `\u2014 \u2192 ${code(change.to ?? "")}` : change.type === "removed" ? `${code(change.from ?? "")} \u2192 \u2014` : `${code(change.from ?? "")} \u2192 ${code(change.to ?? "")}`;
  const versions = describeVersions(change);
  return {
    bump: change.type === "added" || change.type === "removed" ? null : bumpLabel(change),
    detail: versions === plain ? null : `${iconOf(change)} ${versions}`
  };
}
function renderChangesTable(changes) {
  return tableOf(COLUMNS, changes.map(cellsOf));
}
function renderVaryingTable(changes) {
  const rows = changes.map(cellsOf);
  const keep = COLUMNS.map((_, i) => i <= 2 || rows.length < 2 || rows.some((row) => row[i] !== rows[0][i]));
  const constant = rows.length < 2 ? [] : COLUMNS.flatMap((_, i) => keep[i] ? [] : [rows[0][i]]);
  return {
    table: tableOf(
      COLUMNS.filter((_, i) => keep[i]),
      rows.map((row) => row.filter((_, i) => keep[i]))
    ),
    constant
  };
}
function renderDiffMarkdown(result, changes) {
  const lines = [`## SOUP changes \u2014 ${summarizeCounts(changes)}`, ""];
  const touched = result.lockfiles.filter((l) => l.status !== "unchanged");
  if (touched.length > 0) {
    lines.push("Lockfiles:", "");
    for (const lockfile of touched) {
      const moved = lockfile.previousPath !== void 0 ? ` (from ${code(lockfile.previousPath)})` : "";
      const format = lockfile.previousFormat !== void 0 && lockfile.previousFormat !== lockfile.format ? `${escapeText(lockfile.previousFormat)} \u2192 ${escapeText(lockfile.format)}` : escapeText(lockfile.format);
      lines.push(
        `- ${code(lockfile.path)}${moved}: ${lockfile.status}, ${format}, ${lockfile.changes} change(s)`
      );
    }
    lines.push("");
  }
  if (changes.length > 0) lines.push(renderChangesTable(changes), "");
  return lines.join("\n");
}

export {
  describeDependency,
  summarizeCounts,
  describeChangeExtras,
  renderChangesTable,
  renderVaryingTable,
  renderDiffMarkdown
};
