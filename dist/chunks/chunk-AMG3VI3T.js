import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  collectItemsByLockfile,
  compareText,
  describeFinding,
  summarizeAnomalies
} from "./chunk-U7KU3USV.js";
import {
  describeDependency
} from "./chunk-BKKZHBMQ.js";
import {
  DEFAULT_POLICY,
  isInScope
} from "./chunk-ML35MER4.js";
import {
  emptyRegister,
  registerLookupKey
} from "./chunk-GFDFZMAU.js";
import {
  code,
  escapeText,
  safeUrl
} from "./chunk-PLLD3DQX.js";
import {
  formatProblem
} from "./chunk-FAVGVKZB.js";

// src/register/registry-links.ts
function segments(path) {
  return path.split("/").map((part) => encodeURIComponent(part).replace(/^%40/, "@")).join("/");
}
function registryUrl(ecosystem, name, version) {
  const v = encodeURIComponent(version);
  switch (ecosystem) {
    case "npm":
      return `https://www.npmjs.com/package/${segments(name)}/v/${v}`;
    case "PyPI":
      return `https://pypi.org/project/${segments(name)}/${v}/`;
    case "crates.io":
      return `https://crates.io/crates/${segments(name)}/${v}`;
    case "RubyGems":
      return `https://rubygems.org/gems/${segments(name)}/versions/${v}`;
    case "Packagist":
      return `https://packagist.org/packages/${segments(name)}#${v}`;
    case "NuGet":
      return `https://www.nuget.org/packages/${segments(name)}/${v}`;
    case "Maven": {
      const [group, artifact] = name.split(":");
      return group && artifact ? `https://central.sonatype.com/artifact/${segments(group)}/${segments(artifact)}/${v}` : void 0;
    }
    case "Pub":
      return `https://pub.dev/packages/${segments(name)}/versions/${v}`;
    case "Go":
      return `https://pkg.go.dev/${segments(name)}@${v}`;
    case "GitHub Actions": {
      const [owner, repo] = name.split("/");
      return owner && repo ? `https://github.com/${segments(`${owner}/${repo}`)}/tree/${v}` : void 0;
    }
    case "docker": {
      const first = name.split("/")[0];
      if (name.includes("/") && (/[.:]/.test(first) || first === "localhost")) return void 0;
      return name.includes("/") ? `https://hub.docker.com/r/${segments(name)}/tags?name=${v}` : `https://hub.docker.com/_/${segments(name)}/tags?name=${v}`;
    }
    case "SwiftURL":
      return /^[a-z0-9.-]+\.[a-z]{2,}\/[^\s]+$/i.test(name) ? `https://${segments(name)}` : void 0;
  }
}

// src/documents/soup-list-items.ts
function cell(value, max = 120) {
  return value === void 0 || value.trim() === "" ? "\u2014" : escapeText(value.trim(), max);
}
function link(label, url) {
  const safe = url === void 0 ? null : safeUrl(url);
  return safe === null ? void 0 : `[${label}](${safe})`;
}
function isGatedItem(item, scope) {
  return isInScope(item, scope);
}
var NOT_LOOKED_UP = "not looked up";
function supplierOf(item) {
  const fromEntry = item.entry?.supplier?.trim();
  if (fromEntry) return { name: fromEntry, from: "register" };
  const supplier = item.facts?.supplier?.trim();
  if (!supplier) return void 0;
  return {
    name: supplier,
    from: item.facts?.supplierFrom === "source-repository" ? "repository owner" : "registry"
  };
}
function supplierCell(item) {
  const supplier = supplierOf(item);
  if (supplier) return escapeText(supplier.name, 80);
  return item.facts?.lookedUp === true ? "not published" : NOT_LOOKED_UP;
}
function licenceCell(item) {
  const licence = item.facts?.licence?.trim();
  if (licence) return escapeText(licence, 80);
  return item.facts?.lookedUp === true ? "none declared" : NOT_LOOKED_UP;
}
function classCell(item) {
  return item.classSource === "entry" ? item.safetyClass : `${item.safetyClass} (default)`;
}
function assessedCell(item, gated) {
  if (!gated) return "not gated by policy";
  return item.lastVerified !== void 0 ? escapeText(item.lastVerified, 40) : "no assessed change recorded";
}
function requirementsText(item, gated) {
  if (!item.entry) return gated ? "**no register entry**" : "no register entry (not gated by policy)";
  const ids = item.entry.requirements.map((r) => r.id.trim()).filter((id) => id !== "");
  const incomplete = item.entry.problems.length > 0 ? " (**entry incomplete**)" : "";
  return `${ids.length === 0 ? "\u2014" : ids.map((id) => code(id, 60)).join(", ")}${incomplete}`;
}
function anomaliesText(item) {
  if (item.anomalies === void 0 || item.anomalies.length === 0) return summarizeAnomalies(item.anomalies);
  return item.anomalies.map((finding) => {
    const text = `${code(finding.anomaly.id, 60)}: ${escapeText(describeFinding(finding), 80)}`;
    return finding.status === "evaluated" ? text : `**${text}**`;
  }).join("; ");
}
function itemRow(item, scope) {
  return `| ${[
    code(item.name),
    code(item.version, 80),
    classCell(item),
    supplierCell(item),
    licenceCell(item),
    assessedCell(item, isGatedItem(item, scope))
  ].join(" | ")} |`;
}
var COMPACT_HEADER = [
  "| package | version | class | supplier | licence | assessed |",
  "|---|---|---|---|---|---|"
];
function briefLine(item) {
  const supplier = supplierOf(item);
  const issues = link("issues", item.facts?.links?.issueTracker);
  const registry = link("registry", registryUrl(item.ecosystem, item.name, item.version));
  return `- ${code(item.purl, 300)} \xB7 supplier: ${supplier ? `${escapeText(supplier.name, 120)} (${supplier.from})` : supplierCell(item)} \xB7 licence: ${licenceCell(item)} \xB7 anomalies published at: ${issues ?? (item.facts?.lookedUp === true ? "no issue tracker published" : NOT_LOOKED_UP)}${registry !== void 0 ? ` \xB7 ${registry}` : ""}`;
}
function itemDetails(item, scope) {
  const gated = isGatedItem(item, scope);
  const supplier = supplierOf(item);
  const links = item.facts?.links;
  const issues = link("issue tracker", links?.issueTracker);
  const other = [
    link("source", links?.sourceRepo),
    link("homepage", links?.homepage),
    link("registry", registryUrl(item.ecosystem, item.name, item.version))
  ].filter((l) => l !== void 0);
  return [
    `<details><summary>${code(item.name)} ${code(item.version, 80)}</summary>`,
    "",
    `- unique designator: ${code(item.purl, 300)}`,
    `- supplier: ${supplier ? `${escapeText(supplier.name, 200)} (${supplier.from})` : supplierCell(item)}`,
    `- licence: ${licenceCell(item)}`,
    `- dependency: ${describeDependency(item.direct)}, ${item.scope}${gated ? ", gated by policy" : ", not gated by policy"}`,
    `- safety class: ${classCell(item)}`,
    `- requirements: ${requirementsText(item, gated)}`,
    `- verification: ${cell(item.entry?.verification, 500)}`,
    `- known anomalies: ${anomaliesText(item)}`,
    `- anomalies published at: ${issues ?? (item.facts?.lookedUp === true ? "no issue tracker published" : NOT_LOOKED_UP)}`,
    `- last assessed change: ${assessedCell(item, gated)}`,
    `- links: ${other.length === 0 ? "\u2014" : other.join(" \xB7 ")}`,
    "",
    "</details>"
  ];
}

// src/documents/soup-list.ts
var SOUP_LIST_STAMP = "<!-- soup-gate:soup-list ";
var TOC_THRESHOLD = 50;
function formatTimestamp(value) {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new TypeError(`generatedAt is not a date: ${String(value)}`);
  return date.toISOString().replace(/\.000Z$/, "Z");
}
function inertJson(value, space) {
  return JSON.stringify(value, null, space).replace(
    /[<>&`@\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function readSoupListStamp(markdown) {
  const firstLine = markdown.slice(0, markdown.indexOf("\n") === -1 ? void 0 : markdown.indexOf("\n"));
  if (!firstLine.startsWith(SOUP_LIST_STAMP) || !firstLine.endsWith(" -->")) return void 0;
  try {
    const value = JSON.parse(firstLine.slice(SOUP_LIST_STAMP.length, -" -->".length));
    if (typeof value !== "object" || value === null) return void 0;
    const { generatedAt, commit, repo } = value;
    if (typeof generatedAt !== "string" || Number.isNaN(new Date(generatedAt).getTime())) return void 0;
    return {
      generatedAt,
      ...typeof commit === "string" ? { commit } : {},
      ...typeof repo === "string" ? { repo } : {}
    };
  } catch {
    return void 0;
  }
}
function countBy(values, key) {
  const counts = /* @__PURE__ */ new Map();
  for (const value of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => compareText(a, b)).map(([k, n]) => `${escapeText(k)}: ${n}`).join(" \xB7 ");
}
function renderEntry(entry, register, used) {
  const lines = [`### ${code(entry.key)}`, ""];
  const safetyClass = entry.safetyClass ?? register.defaults.safetyClass;
  lines.push(`- Purpose: ${cell(entry.purpose, 500)}`);
  if (entry.supplier !== void 0) lines.push(`- Supplier: ${cell(entry.supplier, 200)}`);
  lines.push(
    `- Safety class: ${safetyClass}${entry.safetyClass === void 0 ? " (default)" : ""}${entry.rationale !== void 0 ? ` \u2014 ${cell(entry.rationale, 500)}` : ""}`
  );
  if (entry.requirements.length > 0) {
    lines.push("- Requirements:");
    for (const requirement of entry.requirements)
      lines.push(`  - ${code(requirement.id, 60)} ${cell(requirement.text, 500)}`);
  } else {
    lines.push("- Requirements: \u2014");
  }
  lines.push(`- Prerequisites: ${cell(entry.prerequisites, 500)}`);
  lines.push(`- Verification: ${cell(entry.verification, 500)}`);
  lines.push(
    `- Risks: ${entry.risks.length === 0 ? "\u2014" : entry.risks.map((risk) => escapeText(risk, 60)).join(", ")}`
  );
  if (entry.anomalies.length > 0) {
    lines.push("- Anomaly evaluations:");
    for (const evaluation of [...entry.anomalies].sort((a, b) => compareText(a.id, b.id))) {
      const parts = [
        evaluation.state ?? "no state",
        evaluation.justification,
        evaluation.by !== void 0 ? `by ${evaluation.by}` : void 0,
        evaluation.on !== void 0 ? `on ${evaluation.on}` : void 0,
        evaluation.expires !== void 0 ? `expires ${evaluation.expires}` : void 0
      ].filter((p) => p !== void 0);
      lines.push(
        `  - ${code(evaluation.id, 60)} ${escapeText(parts.join(", "), 300)}${evaluation.reason !== void 0 ? `: ${cell(evaluation.reason, 500)}` : ""}`
      );
    }
  }
  if (!used) lines.push("- Not in any lockfile at this commit.");
  if (entry.problems.length > 0) {
    lines.push("- **Incomplete:**");
    for (const problem of entry.problems) lines.push(`  - ${escapeText(formatProblem(problem), 400)}`);
  }
  lines.push("");
  return lines;
}
function renderSoupList(input) {
  const register = input.register ?? emptyRegister();
  const generatedAt = formatTimestamp(input.generatedAt);
  const today = generatedAt.slice(0, 10);
  const groups = collectItemsByLockfile(input.inventory, {
    register,
    ...input.enrichment ? { enrichment: input.enrichment } : {},
    ...input.lastVerified ? { lastVerified: input.lastVerified } : {},
    today
  });
  const rows = groups.flatMap((g) => g.items);
  const distinct = /* @__PURE__ */ new Map();
  for (const item of rows) {
    const known2 = distinct.get(item.purl);
    if (!known2 || item.direct === true && known2.direct !== true) distinct.set(item.purl, item);
  }
  const items = [...distinct.values()];
  const stamp = {
    generatedAt,
    ...input.commit !== void 0 ? { commit: input.commit } : {},
    ...input.repo !== void 0 ? { repo: input.repo } : {}
  };
  const lines = [`${SOUP_LIST_STAMP}${inertJson(stamp)} -->`, "# SOUP list", ""];
  const from = [
    input.commit !== void 0 ? `from commit ${code(input.commit.slice(0, 12))}` : void 0,
    input.repo !== void 0 ? `of ${code(input.repo)}` : void 0
  ].filter((p) => p !== void 0).join(" ");
  lines.push(
    `Generated by soup-gate${from ? ` ${from}` : ""} at ${generatedAt}. Do not edit: it is regenerated on every merge from the lockfiles and ${code(register.path)}.`,
    ""
  );
  const direct = items.filter((i) => i.direct === true).length;
  const transitive = items.filter((i) => i.direct === false).length;
  const unknown = items.length - direct - transitive;
  const used = new Set(rows.map((item) => registerLookupKey(item.ecosystem, item.name)));
  const entries = [...register.entries.entries()].sort(([a], [b]) => compareText(a, b));
  const scope = input.scope ?? DEFAULT_POLICY.scope;
  const withoutEntry = new Set(
    items.filter((i) => isGatedItem(i, scope) && !i.entry).map((i) => registerLookupKey(i.ecosystem, i.name))
  ).size;
  const lookedUp = items.filter((i) => i.facts?.lookedUp === true).length;
  const incomplete = entries.filter(([, e]) => e.problems.length > 0).length;
  const checked = items.filter((i) => i.anomalies !== void 0);
  const known = checked.reduce((n, i) => n + (i.anomalies?.length ?? 0), 0);
  const open = checked.reduce(
    (n, i) => n + (i.anomalies?.filter((f) => f.status !== "evaluated").length ?? 0),
    0
  );
  const defaultClass = register.defaults.assumed ? `${register.defaults.safetyClass} (assumed: the register sets no default)` : `${register.defaults.safetyClass}${register.defaults.rationale !== void 0 ? ` \u2014 ${escapeText(register.defaults.rationale, 300)}` : ""}`;
  lines.push(
    "## Summary",
    "",
    "| topic | summary |",
    "|---|---|",
    `| SOUP items | ${items.length} distinct package versions in ${groups.length} lockfile(s)${rows.length !== items.length ? ` (${rows.length} rows: some appear in several lockfiles)` : ""} |`,
    `| dependency | ${direct} direct \xB7 ${transitive} transitive${unknown > 0 ? ` \xB7 ${unknown} unknown` : ""} |`,
    `| safety class | ${items.length === 0 ? "\u2014" : countBy(items, (i) => i.safetyClass)} |`,
    `| default safety class | ${defaultClass} |`,
    `| ecosystem | ${items.length === 0 ? "\u2014" : countBy(items, (i) => i.ecosystem)} |`,
    `| register | ${entries.length} entr${entries.length === 1 ? "y" : "ies"} in ${code(register.path)}${incomplete > 0 ? ` \xB7 **${incomplete} incomplete**` : ""}${withoutEntry > 0 ? ` \xB7 **${withoutEntry} item(s) gated by policy without an entry**` : ""} |`,
    `| policy scope | ${scope.dependencies === "all" ? "all dependencies" : "direct dependencies"}, ${scope.includeDev ? "dev included" : "dev excluded"}: changes of these are assessed by reviewers; the others are listed only |`,
    `| supplier and licence | looked up for ${lookedUp} of ${items.length} item(s)${lookedUp < items.length ? ' (the others read "not looked up")' : ""} |`,
    `| known anomalies | ${checked.length === 0 ? "not checked" : `${known} known in ${checked.length} checked item(s)${open > 0 ? ` \xB7 **${open} not evaluated**` : known > 0 ? " \xB7 all evaluated" : ""}${checked.length < items.length ? ` \xB7 ${items.length - checked.length} item(s) not checked` : ""}`} |`,
    ""
  );
  if (groups.length > 1 || rows.length > TOC_THRESHOLD) {
    lines.push("## Contents", "");
    groups.forEach((group, index) => {
      lines.push(
        `- [${escapeText(group.lockfile.path)}](#lockfile-${index + 1}) \u2014 ${escapeText(group.lockfile.ecosystem)}, ${group.items.length} item(s)`
      );
    });
    lines.push("- [Register entries](#register-entries)");
    lines.push("");
  }
  groups.forEach((group, index) => {
    lines.push(
      `<a id="lockfile-${index + 1}"></a>`,
      "",
      `## ${code(group.lockfile.path)}`,
      "",
      `${escapeText(group.lockfile.ecosystem)} \xB7 format ${escapeText(group.lockfile.format)} \xB7 ${group.items.length} item(s)`,
      ""
    );
    const shipped = group.items.filter((item) => item.scope !== "dev");
    const devOnly = group.items.filter((item) => item.scope === "dev");
    if (shipped.length > 0) lines.push(...COMPACT_HEADER, ...shipped.map((item) => itemRow(item, scope)), "");
    if (devOnly.length > 0) {
      lines.push(
        `Dev-only (build and test, not shipped): ${devOnly.length} item(s)`,
        "",
        ...COMPACT_HEADER,
        ...devOnly.map((item) => itemRow(item, scope)),
        ""
      );
    }
    const full = group.items.filter((item) => item.entry !== void 0 || isGatedItem(item, scope));
    const brief = group.items.filter((item) => item.entry === void 0 && !isGatedItem(item, scope));
    for (const item of full) lines.push(...itemDetails(item, scope), "");
    if (brief.length > 0)
      lines.push(
        `<details><summary>${brief.length} item(s) not gated by policy: designator, supplier, licence, where anomalies are published</summary>`,
        "",
        ...brief.map((item) => briefLine(item)),
        "",
        "</details>",
        ""
      );
    const findings = [...group.lockfile.findings].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message)
    );
    if (findings.length > 0) {
      lines.push("Not listed or unsettled (from the lockfile parser):", "");
      for (const finding of findings)
        lines.push(
          `- ${finding.line !== void 0 ? `line ${finding.line}: ` : ""}${escapeText(finding.message, 300)}`
        );
      lines.push("");
    }
  });
  lines.push('<a id="register-entries"></a>', "", "## Register entries", "");
  if (entries.length === 0) {
    lines.push(`${code(register.path)} has no entries.`, "");
  } else {
    for (const [lookup, entry] of entries) lines.push(...renderEntry(entry, register, used.has(lookup)));
  }
  return `${lines.join("\n").replace(/\n+$/, "")}
`;
}

export {
  formatTimestamp,
  inertJson,
  readSoupListStamp,
  renderSoupList
};
