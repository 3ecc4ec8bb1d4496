import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  collectItemsByLockfile
} from "./chunk-U7KU3USV.js";
import "./chunk-VJHV3ZWV.js";
import "./chunk-GFDFZMAU.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-THIFTVM5.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-46HMBI5S.js";

// src/cli/list-report.ts
function buildListReport(input, written) {
  const groups = collectItemsByLockfile(input.inventory, {
    register: input.register,
    lastVerified: input.lastVerified
  });
  return {
    written: [...written],
    lockfiles: groups.map(({ lockfile, items }) => ({
      path: lockfile.path,
      ecosystem: lockfile.ecosystem,
      format: lockfile.format,
      items: items.map((item) => ({
        key: item.key,
        name: item.name,
        version: item.version,
        purl: item.purl,
        direct: item.direct,
        scope: item.scope,
        safetyClass: item.safetyClass,
        classSource: item.classSource,
        registerEntry: item.entry === void 0 ? null : item.entry.problems.length > 0 ? "incomplete" : "complete",
        requirements: item.entry?.requirements.map((r) => r.id) ?? [],
        lastVerified: item.lastVerified ?? null
      })),
      findings: lockfile.findings.map((f) => ({ line: f.line ?? null, message: f.message }))
    }))
  };
}
export {
  buildListReport
};
