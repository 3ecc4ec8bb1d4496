import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  code,
  escapeText,
  safeLink
} from "./chunk-PLLD3DQX.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";

// src/documents/anomalies.ts
var MAX_LISTED = 10;
function describeAnomaly(anomaly) {
  const notes = [];
  if (anomaly.detailsMissing) notes.push("details unavailable");
  else if (anomaly.severity.label !== "unknown") {
    notes.push(
      anomaly.severity.score !== void 0 ? `${anomaly.severity.label} ${anomaly.severity.score.toFixed(1)}` : anomaly.severity.label
    );
  } else notes.push("severity unknown");
  if (anomaly.withdrawn !== void 0) notes.push("withdrawn");
  return `${safeLink(anomaly.id, anomaly.url)} (${notes.join(", ")})`;
}
function listAnomalies(anomalies, withSeverity) {
  const shown = anomalies.slice(0, MAX_LISTED).map((a) => withSeverity ? describeAnomaly(a) : safeLink(a.id, a.url));
  const more = anomalies.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}
function renderAnomalyFacts(facts, unchecked = []) {
  const reasons = unchecked.filter((u) => u.what === "anomalies").map((u) => escapeText(u.reason, 300));
  if (facts === null) {
    return `**not checked**${reasons.length > 0 ? `: ${reasons.join("; ")}` : ""}`;
  }
  const parts = [];
  if (facts.introduced.length > 0) {
    parts.push(`${facts.introduced.length} introduced: ${listAnomalies(facts.introduced, true)}`);
  }
  if (facts.present.length > 0) {
    parts.push(`${facts.present.length} still present: ${listAnomalies(facts.present, true)}`);
  }
  if (parts.length === 0) parts.push("none known");
  if (facts.fixed.length > 0) {
    const n = facts.fixed.length;
    parts.push(
      `the update fixes ${n} known ${n === 1 ? "anomaly" : "anomalies"} of the old version: ${listAnomalies(facts.fixed, false)}`
    );
  }
  if (facts.checkedBy.to === "commit") parts.push("checked by commit");
  if (reasons.length > 0) parts.push(`partly checked: ${reasons.join("; ")}`);
  return parts.join(" \xB7 ");
}
function describeSide(side) {
  if (side.expression !== null) return code(side.expression);
  return `unknown${side.note !== void 0 ? ` (${escapeText(side.note, 300)})` : ""}`;
}
function renderLicenceFacts(licence) {
  if (licence === null) return "**not checked**";
  const { from, to } = licence;
  let text;
  if (from !== null && to !== null && licence.changed === true) {
    text = `**changed**: ${describeSide(from)} \u2192 ${describeSide(to)}`;
  } else if (from !== null && to !== null && licence.changed === null && (from.expression ?? to.expression) !== null) {
    text = `${describeSide(from)} \u2192 ${describeSide(to)} (change can't be told)`;
  } else {
    text = describeSide(to ?? from);
  }
  const verdict = licence.verdict;
  if (verdict?.verdict === "unknown" && (to ?? from).expression === null) {
    if (verdict.blocking) text += " \u2014 **blocks**: the policy fails on an unknown licence";
    return text;
  }
  if (verdict !== void 0 && verdict.verdict !== "allowed") {
    const word = verdict.verdict === "denied" ? "**denied**" : verdict.blocking ? "**unknown, blocks**" : "unknown";
    text += ` \u2014 ${word}: ${escapeText(verdict.reason, 300)}`;
  }
  return text;
}
function renderReleaseNotes(notes) {
  if (notes === null || notes.tagGuessed) return void 0;
  const label = { compare: "compare", release: "release", releases: "releases", changelog: "changelog" }[notes.kind];
  return safeLink(label, notes.url);
}
function renderChangeFacts(entry) {
  const parts = [
    `anomalies: ${renderAnomalyFacts(entry.anomalies, entry.unchecked)}`,
    `licence: ${renderLicenceFacts(entry.licence)}`
  ];
  const notes = renderReleaseNotes(entry.releaseNotes);
  if (notes !== void 0) parts.push(`release notes: ${notes}`);
  return parts.join(" \u2014 ");
}
function describeChange(change) {
  if (change.type === "added") return `${code(change.name)} new at ${code(change.to ?? "")}`;
  if (change.type === "removed") return `${code(change.name)} ${code(change.from ?? "")} removed`;
  return `${code(change.name)} ${code(change.from ?? "")} \u2192 ${code(change.to ?? "")}`;
}
function renderEnrichmentSection(changes, result) {
  const lines = ["", "### Known anomalies, licences and release notes", ""];
  if (result.offline) lines.push("_Offline: nothing was looked up._", "");
  for (const change of changes) {
    const entry = result.entries.get(changeKey(change));
    if (entry === void 0 || change.type === "removed") continue;
    lines.push(`- ${describeChange(change)}: ${renderChangeFacts(entry)}`);
  }
  if (result.lookupFailures.length > 0) {
    lines.push("", `**${result.lookupFailures.length} lookup(s) failed**, so some facts are missing:`, "");
    for (const failure of result.lookupFailures) {
      lines.push(
        `- ${code(failure.url, 300)}: ${escapeText(failure.reason, 300)} (${failure.changes.length} change(s))`
      );
    }
  }
  lines.push("");
  return lines.join("\n");
}

export {
  renderAnomalyFacts,
  renderLicenceFacts,
  renderReleaseNotes,
  renderChangeFacts,
  renderEnrichmentSection
};
