import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  evaluateAnomaly,
  findEntry
} from "./chunk-VJHV3ZWV.js";
import {
  effectiveClass,
  emptyRegister,
  registerKey
} from "./chunk-GFDFZMAU.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";

// src/register/package-facts.ts
var FORGES = /* @__PURE__ */ new Set(["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"]);
function repositoryOwner(url) {
  if (url === void 0) return void 0;
  let parsed;
  try {
    parsed = new URL(url.trim().replace(/^git\+/, ""));
  } catch {
    return void 0;
  }
  if (!FORGES.has(parsed.hostname.toLowerCase())) return void 0;
  const owner = parsed.pathname.split("/").filter((s) => s !== "")[0];
  return owner !== void 0 && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(owner) ? owner : void 0;
}
function derivedFacts(ecosystem, name) {
  if (ecosystem !== "GitHub Actions") return void 0;
  const [owner, repo] = name.split("/");
  const valid = owner && repo && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(owner) && /^[A-Za-z0-9_.-]+$/.test(repo);
  if (!valid || /^\.+$/.test(repo)) return void 0;
  const sourceRepo = `https://github.com/${owner}/${repo}`;
  return {
    supplier: owner,
    supplierFrom: "source-repository",
    links: { sourceRepo, issueTracker: `${sourceRepo}/issues` }
  };
}
function factsOf(entry) {
  const links = Object.fromEntries(
    ["sourceRepo", "issueTracker", "homepage"].map((key) => [key, entry.links[key]]).filter(([, url]) => url !== void 0 && url.trim() !== "")
  );
  const owner = repositoryOwner(entry.links.sourceRepo);
  const licence = entry.licence?.to?.expression ?? void 0;
  return {
    ...owner !== void 0 ? { supplier: owner, supplierFrom: "source-repository" } : {},
    ...licence !== void 0 ? { licence } : {},
    ...links !== void 0 && Object.keys(links).length > 0 ? { links } : {},
    lookedUp: true
  };
}
function factsFromEnrichment(changes, enrichment) {
  const facts = /* @__PURE__ */ new Map();
  for (const change of changes) {
    if (change.type === "removed" || typeof change.purl !== "string") continue;
    const entry = enrichment.entries.get(changeKey(change));
    if (entry === void 0 || entry.unchecked.some((u) => u.what === "licence")) continue;
    facts.set(change.purl, factsOf(entry));
  }
  return facts;
}
function mergeFacts(...sources) {
  const merged = /* @__PURE__ */ new Map();
  for (const source of [...sources].reverse()) {
    if (source === void 0) continue;
    for (const [purl, facts] of source) {
      const known = merged.get(purl);
      merged.set(
        purl,
        known === void 0 ? facts : { ...known, ...facts, links: { ...known.links, ...facts.links } }
      );
    }
  }
  return merged;
}

// src/register/soup-items.ts
var SCOPE_RANK = { runtime: 2, optional: 1, dev: 0 };
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareItems(a, b) {
  return compareText(a.ecosystem, b.ecosystem) || compareText(a.name, b.name) || compareText(a.version, b.version) || compareText(a.purl, b.purl);
}
function mergeDirect(a, b) {
  if (a === true || b === true) return true;
  if (a === false || b === false) return false;
  return null;
}
function makeItem(pkg, options, register) {
  const entry = findEntry(register, pkg.ecosystem, pkg.name);
  const looked = options.enrichment?.get(pkg.purl);
  const derived = derivedFacts(pkg.ecosystem, pkg.name);
  const facts = derived && looked ? { ...derived, ...looked, links: { ...derived.links, ...looked.links } } : looked ?? derived;
  const lastVerified = options.lastVerified?.get(pkg.purl);
  return {
    ecosystem: pkg.ecosystem,
    name: pkg.name,
    version: pkg.version,
    purl: pkg.purl,
    direct: pkg.direct,
    scope: pkg.scope,
    lockfiles: [pkg.lockfile],
    ...pkg.integrity !== void 0 ? { integrity: pkg.integrity } : {},
    ...pkg.source !== void 0 ? { source: pkg.source } : {},
    ...pkg.dependencies !== void 0 ? { dependencies: unionSorted(void 0, pkg.dependencies) } : {},
    key: registerKey(pkg.ecosystem, pkg.name),
    ...entry ? { entry } : {},
    safetyClass: effectiveClass(entry, register.defaults),
    classSource: entry?.safetyClass !== void 0 ? "entry" : "defaults",
    ...facts ? { facts } : {},
    ...facts?.anomalies !== void 0 ? {
      anomalies: [...facts.anomalies].sort((a, b) => compareText(a.id, b.id)).map((anomaly) => evaluateAnomaly(register.path, entry, anomaly, options.today))
    } : {},
    ...lastVerified !== void 0 ? { lastVerified } : {}
  };
}
function merge(into, other) {
  into.direct = mergeDirect(into.direct, other.direct);
  if (SCOPE_RANK[other.scope] > SCOPE_RANK[into.scope]) into.scope = other.scope;
  for (const lockfile of other.lockfiles)
    if (!into.lockfiles.includes(lockfile)) into.lockfiles.push(lockfile);
  into.lockfiles.sort(compareText);
  if (into.integrity === void 0 && other.integrity !== void 0) into.integrity = other.integrity;
  if (into.source === void 0 && other.source !== void 0) into.source = other.source;
  if (other.dependencies !== void 0)
    into.dependencies = unionSorted(into.dependencies, other.dependencies);
}
function unionSorted(a, b) {
  return [...new Set(a === void 0 ? b : [...a, ...b])].sort();
}
function collectItemsByLockfile(inventory, options = {}) {
  const register = options.register ?? emptyRegister();
  return [...inventory.lockfiles].sort((a, b) => compareText(a.path, b.path)).map((lockfile) => {
    const byPurl = /* @__PURE__ */ new Map();
    for (const pkg of lockfile.packages) {
      const item = makeItem(pkg, options, register);
      const existing = byPurl.get(pkg.purl);
      if (existing) merge(existing, item);
      else byPurl.set(pkg.purl, item);
    }
    return { lockfile, items: [...byPurl.values()].sort(compareItems) };
  });
}
function collectUniqueItems(inventory, options = {}) {
  const register = options.register ?? emptyRegister();
  const byPurl = /* @__PURE__ */ new Map();
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      const existing = byPurl.get(pkg.purl);
      if (existing) {
        existing.direct = mergeDirect(existing.direct, pkg.direct);
        if (SCOPE_RANK[pkg.scope] > SCOPE_RANK[existing.scope]) existing.scope = pkg.scope;
        if (!existing.lockfiles.includes(pkg.lockfile)) existing.lockfiles.push(pkg.lockfile);
        if (existing.integrity === void 0 && pkg.integrity !== void 0)
          existing.integrity = pkg.integrity;
        if (existing.source === void 0 && pkg.source !== void 0) existing.source = pkg.source;
        if (pkg.dependencies !== void 0)
          existing.dependencies = unionSorted(existing.dependencies, pkg.dependencies);
      } else {
        byPurl.set(pkg.purl, makeItem(pkg, options, register));
      }
    }
  }
  const items = [...byPurl.values()];
  for (const item of items) if (item.lockfiles.length > 1) item.lockfiles.sort(compareText);
  return items.sort((a, b) => compareText(a.purl, b.purl));
}
function summarizeAnomalies(findings) {
  if (findings === void 0) return "not checked";
  if (findings.length === 0) return "none known";
  const open = findings.filter((f) => f.status !== "evaluated").length;
  return open === 0 ? `${findings.length} known, all evaluated` : `${findings.length} known, ${open} not evaluated`;
}
function describeFinding(finding) {
  const evaluation = finding.evaluation;
  const who = evaluation ? [evaluation.by, evaluation.on].filter((v) => v !== void 0 && v !== "").join(", ") : "";
  switch (finding.status) {
    case "evaluated":
      return `${evaluation?.state ?? ""}${who ? ` (${who})` : ""}`;
    case "expired":
      return `evaluation expired ${evaluation?.expires ?? ""}`;
    case "in-triage":
      return "in triage";
    case "incomplete":
      return "evaluation incomplete";
    case "not-evaluated":
      return "not evaluated";
  }
}

export {
  factsFromEnrichment,
  mergeFacts,
  compareText,
  collectItemsByLockfile,
  collectUniqueItems,
  summarizeAnomalies,
  describeFinding
};
