import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  countOf,
  createTextStyle
} from "./chunk-EMZCROPK.js";
import {
  renderTableGroups
} from "./chunk-KYFHTDTY.js";
import {
  cleanText
} from "./chunk-TJCQPJCL.js";
import {
  collectItemsByLockfile
} from "./chunk-U7KU3USV.js";
import {
  describeDependency
} from "./chunk-BKKZHBMQ.js";
import "./chunk-VJHV3ZWV.js";
import "./chunk-GFDFZMAU.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-THIFTVM5.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-46HMBI5S.js";

// src/documents/text/soup-list.ts
function registerCell(item, style) {
  if (item.entry === void 0)
    return item.direct === true ? { text: style.mark("\u2716", "no entry"), paint: style.red } : { text: "\u2014" };
  if (item.entry.problems.length > 0) return { text: style.mark("!", "incomplete"), paint: style.yellow };
  return { text: style.mark("\u2714", "entry"), paint: style.green };
}
function requirementsText(item) {
  const ids = item.entry?.requirements.map((r) => r.id.trim()).filter((id) => id !== "") ?? [];
  return ids.length === 0 ? "\u2014" : ids.join(", ");
}
function summarizeList(input) {
  const packages = input.inventory.lockfiles.reduce((n, l) => n + l.packages.length, 0);
  return `wrote ${input.written.join(" and ")} (${packages} package(s) in ${input.inventory.lockfiles.length} lockfile(s))`;
}
function renderSoupListText(input, options) {
  const style = createTextStyle(options.color);
  const groups = collectItemsByLockfile(input.inventory, {
    register: input.register,
    lastVerified: input.lastVerified,
    today: input.today
  });
  const items = groups.flatMap((g) => g.items);
  const withoutEntry = new Set(items.filter((i) => i.direct === true && !i.entry).map((i) => i.key)).size;
  const incomplete = [...input.register.entries.values()].filter((e) => e.problems.length > 0).length;
  const registerLine = [
    `register ${cleanText(input.register.path)}: ${countOf(input.register.entries.size, "entry", "entries")}`,
    ...withoutEntry > 0 ? [style.red(`${countOf(withoutEntry, "direct item")} without an entry`)] : [],
    ...incomplete > 0 ? [style.yellow(`${incomplete} incomplete`)] : []
  ].join(" \xB7 ");
  const lines = [style.bold(summarizeList(input)), registerLine];
  const columns = [
    { header: "package", min: 12 },
    { header: "version", min: 8 },
    { header: "dependency", fixed: true },
    { header: "scope", fixed: true },
    { header: "class", fixed: true },
    { header: "register", fixed: true },
    { header: "requirements", min: 12 },
    { header: "verified", fixed: true }
  ];
  const tableGroups = groups.map((group) => ({
    heading: [
      "",
      `${style.bold(cleanText(group.lockfile.path))}  ${style.dim(`${cleanText(group.lockfile.ecosystem)} \xB7 ${cleanText(group.lockfile.format)} \xB7 ${countOf(group.items.length, "item")}`)}`
    ],
    rows: group.items.map((item) => [
      { text: item.name, paint: style.bold },
      item.version,
      describeDependency(item.direct),
      item.scope,
      item.classSource === "entry" ? item.safetyClass : `${item.safetyClass} (default)`,
      registerCell(item, style),
      requirementsText(item),
      item.lastVerified ?? "\u2014"
    ])
  }));
  lines.push(...renderTableGroups(columns, tableGroups, { width: options.columns, indent: 2, style }));
  return `${lines.join("\n")}
`;
}
export {
  renderSoupListText,
  summarizeList
};
