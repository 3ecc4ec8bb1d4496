import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  yamlString
} from "./chunk-YYK67GNM.js";
import {
  isInScope,
  matchIgnoredPackages,
  parsePolicyFile
} from "./chunk-ML35MER4.js";
import {
  loadInventory
} from "./chunk-SNT4M5AO.js";
import {
  findEntry,
  usableEvaluations
} from "./chunk-VJHV3ZWV.js";
import {
  effectiveClass,
  parseRegisterFile,
  parseRegisterKey,
  registerKey,
  registerLookupKey
} from "./chunk-GFDFZMAU.js";
import {
  PermissionError,
  createCommitSource,
  readFileAt,
  statusOf,
  withPermission
} from "./chunk-GGFOJQIN.js";
import {
  expectArray,
  field
} from "./chunk-WQDGKKBB.js";
import {
  code,
  escapeText,
  fenceFor,
  safeLink,
  truncate
} from "./chunk-PLLD3DQX.js";
import {
  DEFAULT_REGISTRY_URLS,
  LookupError,
  compareAnomalies,
  createHttpClient,
  lookUpAnomalies,
  lookupVersionFacts,
  mapWithLimit,
  parseGitHubRepo,
  planOsvQuery,
  queryOf,
  repoFromName
} from "./chunk-W7GOSXYK.js";
import {
  normalizePythonName
} from "./chunk-THIFTVM5.js";
import {
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS
} from "./chunk-GSFW5O23.js";
import {
  versionIdentity
} from "./chunk-X35N2FDV.js";
import {
  classifyAnomalies
} from "./chunk-FAVGVKZB.js";

// src/monitor/assess.ts
function assessItems(items, osv, register, today, health = /* @__PURE__ */ new Map()) {
  return items.map((item) => {
    const entry = findEntry(register, item.ecosystem, item.name);
    const byId = /* @__PURE__ */ new Map();
    const unchecked = [];
    for (const result of osv.get(item.key) ?? []) {
      if ("unchecked" in result) {
        unchecked.push({ version: result.version, reason: result.unchecked, failed: result.failed });
        continue;
      }
      for (const anomaly of result.anomalies) {
        const seen = byId.get(anomaly.id);
        if (!seen) byId.set(anomaly.id, { anomaly, versions: /* @__PURE__ */ new Set([result.version]) });
        else {
          seen.versions.add(result.version);
          if (seen.anomaly.detailsMissing && !anomaly.detailsMissing) seen.anomaly = anomaly;
        }
      }
    }
    if (!osv.has(item.key)) unchecked.push({ version: "*", reason: "not looked up", failed: true });
    const found = [...byId.values()];
    const classified = classifyAnomalies(
      found.map((f) => f.anomaly),
      usableEvaluations(register, entry),
      today
    );
    const anomalies = classified.map((c, i) => ({
      anomaly: c.anomaly,
      versions: [...found[i].versions].sort(),
      status: c.status,
      ...c.evaluation ? {
        evaluation: {
          id: c.evaluation.id,
          state: c.evaluation.state,
          ...c.evaluation.by !== void 0 ? { by: c.evaluation.by } : {},
          ...c.evaluation.on !== void 0 ? { on: c.evaluation.on } : {},
          ...c.evaluation.expires !== void 0 ? { expires: c.evaluation.expires } : {}
        }
      } : {},
      ...c.note !== void 0 ? { note: c.note } : {}
    })).sort((a, b) => compareAnomalies(a.anomaly, b.anomaly));
    return {
      item,
      safetyClass: effectiveClass(entry, register.defaults),
      classSource: entry?.safetyClass !== void 0 ? "entry" : "defaults",
      hasEntry: entry !== void 0,
      anomalies,
      open: anomalies.filter((a) => a.status !== "evaluated" && a.anomaly.withdrawn === void 0),
      unchecked,
      health: [...health.get(item.key) ?? []]
    };
  });
}
function totalsOf(assessments) {
  const totals = {
    items: assessments.length,
    versions: 0,
    anomalies: 0,
    evaluated: 0,
    open: 0,
    itemsWithOpen: 0,
    unchecked: 0,
    failed: 0
  };
  for (const a of assessments) {
    totals.versions += a.item.versions.length;
    totals.anomalies += a.anomalies.length;
    totals.evaluated += a.anomalies.filter((x) => x.status === "evaluated").length;
    totals.open += a.open.length;
    if (a.open.length > 0) totals.itemsWithOpen++;
    totals.unchecked += a.unchecked.length;
    totals.failed += a.unchecked.filter((u) => u.failed).length;
  }
  return totals;
}

// src/monitor/health.ts
var DEPS_DEV_SYSTEMS = {
  PyPI: "pypi",
  Go: "go",
  "crates.io": "cargo",
  Maven: "maven",
  NuGet: "nuget"
};
var DAY_MS = 864e5;
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function npmDocumentUrl(base, name) {
  const trimmed = base.replace(/\/+$/, "");
  return name.startsWith("@") ? `${trimmed}/@${encodeURIComponent(name.slice(1))}` : `${trimmed}/${encodeURIComponent(name)}`;
}
function readPackument(body) {
  const facts = { deprecated: /* @__PURE__ */ new Map() };
  if (!isRecord(body)) return facts;
  const versions = isRecord(body.versions) ? body.versions : {};
  for (const [version, meta] of Object.entries(versions)) {
    if (isRecord(meta) && typeof meta.deprecated === "string" && meta.deprecated.trim() !== "")
      facts.deprecated.set(version, meta.deprecated);
  }
  const time = isRecord(body.time) ? body.time : {};
  for (const [version, at] of Object.entries(time)) {
    if (version === "created" || version === "modified" || typeof at !== "string") continue;
    if (!Object.hasOwn(versions, version) || Number.isNaN(Date.parse(at))) continue;
    if (facts.latest === void 0 || Date.parse(at) > Date.parse(facts.latest.at))
      facts.latest = { version, at };
  }
  const repository = body.repository;
  const url = typeof repository === "string" ? repository : isRecord(repository) ? repository.url : void 0;
  if (typeof url === "string") facts.sourceRepo = url;
  return facts;
}
function readDepsDevPackage(body) {
  const facts = { deprecated: /* @__PURE__ */ new Map() };
  const versions = isRecord(body) && Array.isArray(body.versions) ? body.versions : [];
  for (const v of versions) {
    if (!isRecord(v) || typeof v.publishedAt !== "string" || Number.isNaN(Date.parse(v.publishedAt)))
      continue;
    const version = isRecord(v.versionKey) && typeof v.versionKey.version === "string" ? v.versionKey.version : "";
    if (facts.latest === void 0 || Date.parse(v.publishedAt) > Date.parse(facts.latest.at))
      facts.latest = { version, at: v.publishedAt };
  }
  return facts;
}
async function checkHealth(items, options) {
  const findings = /* @__PURE__ */ new Map();
  const notes = [];
  const requests = { registry: 0, depsDev: 0, repositories: 0 };
  const checks = new Set(options.checks);
  if (checks.size === 0) return { findings, notes, requests };
  const max = Math.max(0, options.maxLookups ?? DEFAULT_MAX_LOOKUPS);
  const limit = options.concurrency ?? 8;
  const days = options.obsoleteAfterDays ?? DEFAULT_OBSOLETE_AFTER_DAYS;
  const failures = [];
  const add = (key, finding) => {
    findings.set(key, [...findings.get(key) ?? [], finding]);
  };
  const capped = (what, skipped) => {
    if (skipped > 0)
      notes.push(
        `${what}: ${skipped} item(s) not checked, over the limit of ${max} lookups a run (input monitor-max-lookups)`
      );
  };
  const sourceRepos = /* @__PURE__ */ new Map();
  const releases = /* @__PURE__ */ new Map();
  const npm = items.filter((i) => i.ecosystem === "npm");
  const npmRegistry = options.npmRegistryUrl ?? DEFAULT_NPM_REGISTRY_URL;
  capped("npm registry", Math.max(0, npm.length - max));
  await mapWithLimit(npm.slice(0, max), limit, async (item) => {
    requests.registry++;
    try {
      const { status: status2, body } = await options.http.getJson(npmDocumentUrl(npmRegistry, item.name), {
        allowNotFound: true
      });
      if (status2 === 404) return;
      const facts = readPackument(body);
      releases.set(item.key, facts);
      if (facts.sourceRepo !== void 0) sourceRepos.set(item.key, facts.sourceRepo);
    } catch (error) {
      failures.push(error instanceof LookupError ? error.message : String(error));
    }
  });
  if (checks.has("deprecated")) {
    for (const item of npm) {
      const facts = releases.get(item.key);
      for (const v of item.versions) {
        const message = facts?.deprecated.get(v.version);
        if (message !== void 0) add(item.key, { kind: "deprecated", version: v.version, detail: message });
      }
    }
    const others = items.length - npm.length;
    if (others > 0)
      notes.push(`deprecation: checked for npm only; ${others} item(s) of other ecosystems not checked`);
  }
  if (checks.has("obsolete")) {
    const viaDepsDev = items.filter((i) => DEPS_DEV_SYSTEMS[i.ecosystem] !== void 0);
    capped("deps.dev", Math.max(0, viaDepsDev.length - max));
    await mapWithLimit(viaDepsDev.slice(0, max), limit, async (item) => {
      const system = DEPS_DEV_SYSTEMS[item.ecosystem];
      const name = item.ecosystem === "PyPI" ? normalizePythonName(item.name) : item.name;
      const url = `${options.depsDevUrl.replace(/\/+$/, "")}/v3/systems/${system}/packages/${encodeURIComponent(name)}`;
      requests.depsDev++;
      try {
        const { status: status2, body } = await options.http.getJson(url, { allowNotFound: true });
        if (status2 !== 404) releases.set(item.key, readDepsDevPackage(body));
      } catch (error) {
        failures.push(error instanceof LookupError ? error.message : String(error));
      }
    });
    const cutoff = options.today.getTime() - days * DAY_MS;
    for (const item of items) {
      const latest = releases.get(item.key)?.latest;
      if (latest === void 0 || Date.parse(latest.at) >= cutoff) continue;
      add(item.key, {
        kind: "obsolete",
        detail: `latest release ${latest.version} on ${latest.at.slice(0, 10)}, more than ${days} days ago`
      });
    }
    const unsupported = items.filter(
      (i) => i.ecosystem !== "npm" && DEPS_DEV_SYSTEMS[i.ecosystem] === void 0
    );
    if (unsupported.length > 0)
      notes.push(
        `obsolescence: not checked for ${[...new Set(unsupported.map((i) => i.ecosystem))].join(", ")} (${unsupported.length} item(s))`
      );
  }
  if (checks.has("archived")) {
    if (options.isArchived === void 0) {
      notes.push("archived repositories: not checked (no GitHub client)");
    } else {
      for (const item of items) {
        const fromName = repoFromName(item.ecosystem, item.name);
        if (fromName !== void 0) sourceRepos.set(item.key, fromName);
      }
      const needLinks = items.filter((i) => i.ecosystem !== "npm" && !sourceRepos.has(i.key));
      capped("source repositories", Math.max(0, needLinks.length - max));
      await mapWithLimit(needLinks.slice(0, max), limit, async (item) => {
        const version = item.versions[item.versions.length - 1]?.version;
        if (version === void 0) return;
        requests.depsDev++;
        try {
          const facts = await lookupVersionFacts(
            options.http,
            { depsDev: options.depsDevUrl, registries: DEFAULT_REGISTRY_URLS },
            item.ecosystem,
            item.name,
            version
          );
          if (facts.links.sourceRepo !== void 0) sourceRepos.set(item.key, facts.links.sourceRepo);
        } catch (error) {
          failures.push(error instanceof LookupError ? error.message : String(error));
        }
      });
      const byRepo = /* @__PURE__ */ new Map();
      for (const [key, url] of sourceRepos) {
        const gh = parseGitHubRepo(url);
        if (!gh) continue;
        const id = `${gh.owner}/${gh.repo}`.toLowerCase();
        const entry = byRepo.get(id) ?? { ...gh, url: `https://github.com/${gh.owner}/${gh.repo}`, keys: [] };
        entry.keys.push(key);
        byRepo.set(id, entry);
      }
      const repos = [...byRepo.values()].sort((a, b) => a.url < b.url ? -1 : 1);
      capped("archived repositories", Math.max(0, repos.length - max));
      const isArchived = options.isArchived;
      await mapWithLimit(repos.slice(0, max), Math.min(limit, 4), async (repo) => {
        requests.repositories++;
        let archived;
        try {
          archived = await isArchived({ owner: repo.owner, repo: repo.repo });
        } catch (error) {
          failures.push(`${repo.url}: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        if (archived !== true) return;
        for (const key of repo.keys)
          add(key, {
            kind: "archived",
            detail: `${repo.owner}/${repo.repo} is archived (read-only, no longer maintained there)`,
            url: repo.url
          });
      });
      const elsewhere = items.length - [...byRepo.values()].reduce((n, r) => n + r.keys.length, 0);
      if (elsewhere > 0)
        notes.push(
          `archived repositories: ${elsewhere} item(s) have no known github.com repository; not checked`
        );
    }
  }
  if (failures.length > 0)
    notes.push(
      `${failures.length} lookup(s) for these checks failed; those items are not checked (first: ${escapeText(failures[0], 200)})`
    );
  for (const list of findings.values())
    list.sort(
      (a, b) => a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : (a.version ?? "") < (b.version ?? "") ? -1 : 1
    );
  return { findings, notes, requests };
}

// src/monitor/items.ts
var compare = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function selectMonitoredItems(inventory, scope) {
  const ignored = matchIgnoredPackages(scope.ignorePackages ?? []);
  const byKey = /* @__PURE__ */ new Map();
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      if (!isInScope(pkg, scope)) continue;
      if (pkg.source === "file" || pkg.source === "link") continue;
      if (ignored(pkg)) continue;
      const lookup = registerLookupKey(pkg.ecosystem, pkg.name);
      let entry = byKey.get(lookup);
      if (!entry) {
        entry = {
          item: {
            key: registerKey(pkg.ecosystem, pkg.name),
            ecosystem: pkg.ecosystem,
            name: pkg.name,
            versions: []
          },
          versions: /* @__PURE__ */ new Map()
        };
        byKey.set(lookup, entry);
      }
      const ref = pkg.ref;
      const id = versionIdentity(pkg);
      const seen = entry.versions.get(id);
      if (seen) {
        if (!seen.lockfiles.includes(pkg.lockfile)) seen.lockfiles.push(pkg.lockfile);
      } else {
        entry.versions.set(id, {
          version: pkg.version,
          ...ref !== void 0 ? { ref } : {},
          lockfiles: [pkg.lockfile]
        });
      }
    }
  }
  const items = [...byKey.values()].map(({ item, versions }) => ({
    ...item,
    versions: [...versions.values()].map((v) => ({ ...v, lockfiles: v.lockfiles.sort(compare) })).sort((a, b) => compare(a.version, b.version) || compare(a.ref ?? "", b.ref ?? ""))
  }));
  return items.sort((a, b) => compare(a.key, b.key));
}
function asAddition(item, version) {
  return {
    type: "added",
    ecosystem: item.ecosystem,
    name: item.name,
    from: null,
    to: version.version,
    bump: null,
    direct: true,
    scope: "runtime",
    lockfile: version.lockfiles[0] ?? "",
    purl: "",
    ...version.ref !== void 0 ? { toRef: version.ref } : {}
  };
}
function countVersions(items) {
  return items.reduce((n, item) => n + item.versions.length, 0);
}

// src/monitor/osv-check.ts
async function checkAnomalies(items, options) {
  const plans = items.map(
    (item) => item.versions.map((version) => planOsvQuery(asAddition(item, version), "to"))
  );
  const onProgress = options.onProgress;
  const lookup = await lookUpAnomalies(options.http, options.osvUrl, plans.flat().flatMap(queryOf), {
    concurrency: options.concurrency ?? 8,
    ...onProgress ? { onProgress: (line) => onProgress(`monitor: ${line}`) } : {}
  });
  const failures = /* @__PURE__ */ new Set();
  const byItem = /* @__PURE__ */ new Map();
  items.forEach((item, i) => {
    const results = item.versions.map((version, j) => {
      const base = { version: version.version, ...version.ref !== void 0 ? { ref: version.ref } : {} };
      const plan = plans[i][j];
      if (plan === null) return { ...base, unchecked: "no version to look up", failed: false };
      if ("unchecked" in plan) return { ...base, unchecked: plan.unchecked, failed: false };
      const found = lookup.idsOf(plan.query);
      if (found instanceof LookupError) {
        failures.add(found.message);
        return { ...base, unchecked: `lookup failed: ${found.message}`, failed: true };
      }
      const anomalies = found.map(
        (id) => lookup.anomalyOf(id, item.ecosystem, item.name, (error) => failures.add(error.message))
      );
      return { ...base, anomalies };
    });
    byItem.set(item.key, results);
  });
  return {
    byItem,
    batchRequests: lookup.batchRequests,
    recordRequests: lookup.recordRequests,
    failures: [...failures]
  };
}

// src/monitor/render.ts
var MONITOR_MARKER_PREFIX = "<!-- soup-gate:monitor ";
var IDS_MARKER = /<!-- soup-gate:monitor-ids ([A-Za-z0-9._: -]*) -->/;
var SAFE_ID = /^[A-Za-z0-9._:-]{1,100}$/;
var MAX_ANOMALIES = 60;
function markerKey(key) {
  return key.replace(
    /[^A-Za-z0-9@._/:+~ -]|-(?=->)/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function monitorMarker(key) {
  return `${MONITOR_MARKER_PREFIX}${markerKey(key)} -->`;
}
function readMonitorMarker(body) {
  const first = body.split("\n", 1)[0].trim();
  if (!first.startsWith(MONITOR_MARKER_PREFIX) || !first.endsWith(" -->")) return void 0;
  let key;
  try {
    key = decodeURIComponent(first.slice(MONITOR_MARKER_PREFIX.length, -" -->".length));
  } catch {
    return void 0;
  }
  const parsed = parseRegisterKey(key);
  return parsed ? registerLookupKey(parsed.ecosystem, parsed.name) : void 0;
}
function readListedIds(body) {
  const match = IDS_MARKER.exec(body);
  return match ? match[1].split(" ").filter((id) => SAFE_ID.test(id)) : [];
}
function comparableBody(body) {
  return body.replace(/\r\n/g, "\n").replace(/^(\s*[-*] )\[[xX]\]/gm, "$1[ ]").trimEnd();
}
function plain(text, max = 120) {
  return truncate(text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").trim(), max);
}
function issueTitle(assessment) {
  const key = plain(assessment.item.key, 180);
  return assessment.open.length > 0 ? `SOUP anomalies to evaluate: ${key}` : `SOUP item to review: ${key}`;
}
function severity(a) {
  const s = a.anomaly.severity;
  if (a.anomaly.detailsMissing) return "unknown (record unavailable)";
  if (s.label === "unknown") return "unknown";
  return s.score !== void 0 ? `${s.label} ${s.score.toFixed(1)}` : s.label;
}
function status(a) {
  switch (a.status) {
    case "evaluated":
      return `evaluated: ${escapeText(a.evaluation?.state ?? "")}${a.evaluation?.by ? ` by ${escapeText(a.evaluation.by, 60)}` : ""}${a.evaluation?.on ? ` on ${escapeText(a.evaluation.on)}` : ""}`;
    case "expired":
      return `evaluation expired on ${escapeText(a.evaluation?.expires ?? "")}`;
    case "unevaluated":
      return a.note === "in triage" ? "in triage" : "not evaluated";
  }
}
function anomalyRow(a) {
  const aliases = a.anomaly.aliases.slice(0, 3).map((x) => escapeText(x, 60));
  const title = `${safeLink(a.anomaly.id, a.anomaly.url)}${aliases.length ? ` (${aliases.join(", ")})` : ""}`;
  const summary = a.anomaly.summary ? escapeText(a.anomaly.summary, 160) : "";
  const fixed = a.anomaly.fixedVersions.length > 0 ? a.anomaly.fixedVersions.slice(0, 5).map((v) => code(v, 60)).join(", ") : "no fix listed";
  const versions = a.versions.map((v) => code(v, 60)).join(", ");
  return `| ${title}${summary ? `<br>${summary}` : ""} | ${escapeText(severity(a))} | ${versions} | ${fixed} | ${status(a)} |`;
}
function evaluationYaml(assessment) {
  const evaluations = assessment.open.flatMap((a) => [
    `      - id: ${yamlString(a.anomaly.id)}${a.status === "expired" ? "  # renews the expired evaluation: replace the old one" : ""}`,
    "        state: in_triage  # when decided: not_affected, exploitable, false_positive or resolved",
    "        # justification: code_not_reachable  # with not_affected: code_not_present, requires_configuration, ...",
    `        reason: ${yamlString("TODO: why it does or does not affect the product")}`,
    `        by: ${yamlString("TODO: who evaluated it")}`,
    '        on: ""  # YYYY-MM-DD'
  ]);
  if (assessment.hasEntry) return ["    anomalies:", ...evaluations].join("\n");
  return [
    `  ${yamlString(assessment.item.key)}:`,
    `    purpose: ${yamlString(`TODO: why we use ${plain(assessment.item.name, 80)}`)}`,
    "    anomalies:",
    ...evaluations
  ].join("\n");
}
function describeHealth(finding) {
  const detail = escapeText(finding.detail, 300);
  const where = finding.url ? ` (${safeLink(finding.url, finding.url)})` : "";
  switch (finding.kind) {
    case "deprecated":
      return `**Deprecated**${finding.version !== void 0 ? ` (${code(finding.version, 60)})` : ""}: ${detail}${where}`;
    case "archived":
      return `**Source repository archived**: ${detail}${where}`;
    case "obsolete":
      return `**No recent release** (IEC 62304 6.1 f): ${detail}${where}`;
  }
}
function renderIssueBody(assessment, options) {
  const { item } = assessment;
  const register = code(options.registerPath);
  const lines = [monitorMarker(item.key)];
  const versions = item.versions.map(
    (v) => `${code(v.version, 60)} (${v.lockfiles.slice(0, 3).map((l) => code(l, 100)).join(", ")}${v.lockfiles.length > 3 ? ` and ${v.lockfiles.length - 3} more` : ""})`
  ).join(", ");
  lines.push(
    `### SOUP item ${code(item.key)}`,
    "",
    `Version${item.versions.length === 1 ? "" : "s"} in use on the default branch: ${versions}. Safety class ${assessment.safetyClass} (${assessment.classSource === "entry" ? "from its register entry" : "register default"}).`,
    ""
  );
  if (assessment.open.length > 0) {
    const shown = assessment.open.slice(0, MAX_ANOMALIES);
    lines.push(
      `#### ${assessment.open.length} published anomal${assessment.open.length === 1 ? "y needs" : "ies need"} an evaluation (IEC 62304 7.1.3)`,
      "",
      "| Anomaly | Severity | Versions in use | Fixed in | Status |",
      "|---|---|---|---|---|",
      ...shown.map(anomalyRow)
    );
    if (assessment.open.length > shown.length)
      lines.push("", `\u2026 and ${assessment.open.length - shown.length} more (see the job summary).`);
    const evaluated = assessment.anomalies.filter((a) => a.status === "evaluated");
    if (evaluated.length > 0)
      lines.push(
        "",
        `Already evaluated in ${register}: ${evaluated.slice(0, 20).map((a) => safeLink(a.anomaly.id, a.anomaly.url)).join(", ")}${evaluated.length > 20 ? ` and ${evaluated.length - 20} more` : ""}.`
      );
    const yaml = evaluationYaml({ ...assessment, open: shown });
    const fence = fenceFor(yaml);
    lines.push(
      "",
      "#### Evaluation checklist",
      "",
      "- [ ] Read each advisory and decide whether the device software is affected (state, and the justification when not affected).",
      "- [ ] Where it may be affected: assess the risk, link the risk-file entries in the register (`risks:`), and plan the update.",
      `- [ ] Record each evaluation in ${register} in a pull request (YAML below), or update ${code(item.name)} to a version the anomalies do not affect.`,
      "- [ ] Have the evaluation reviewed like any SOUP change; this issue closes itself on the next monitoring run after it merges.",
      "",
      assessment.hasEntry ? `<details><summary>Register YAML to add to the entry ${code(item.key)} in ${register} (only the list items if it already has <code>anomalies:</code>)</summary>` : `<details><summary>Register YAML to paste under <code>items:</code> in ${register}</summary>`,
      "",
      `${fence}yaml`,
      yaml,
      fence,
      "",
      "</details>"
    );
  }
  const health = assessment.health.filter((h) => options.healthInIssues.includes(h.kind));
  if (health.length > 0) {
    lines.push("", "#### Other findings", "", ...health.map((h) => `- ${describeHealth(h)}`));
  }
  lines.push(
    "",
    "---",
    `<sub>Maintained by soup-gate's scheduled monitoring: updated when the published anomalies change, closed when every one is evaluated in the register or no longer affects the versions in use.</sub>`,
    `<!-- soup-gate:monitor-ids ${assessment.open.map((a) => a.anomaly.id).filter((id) => SAFE_ID.test(id)).join(" ")} -->`
  );
  return lines.join("\n");
}
function renderCloseComment(assessment, listedIds, registerPath) {
  if (assessment === void 0)
    return "Closed by soup-gate monitoring: this SOUP item is no longer monitored on the default branch (removed from the lockfiles, or outside the policy scope or ignore list).";
  const lines = [
    "Closed by soup-gate monitoring: no published anomaly of the versions in use still needs an evaluation."
  ];
  const byId = new Map(assessment.anomalies.map((a) => [a.anomaly.id.toUpperCase(), a]));
  const now = assessment.item.versions.map((v) => code(v.version, 60)).join(", ");
  const reasons = listedIds.map((id) => {
    const found = byId.get(id.toUpperCase());
    if (!found)
      return `- ${code(id)}: not published for the version${assessment.item.versions.length === 1 ? "" : "s"} now in use (${now})`;
    if (found.anomaly.withdrawn !== void 0) return `- ${code(id)}: withdrawn by its publisher`;
    return `- ${code(id)}: ${status(found)} in ${code(registerPath)}`;
  });
  if (reasons.length > 0) lines.push("", ...reasons);
  return lines.join("\n");
}
function renderReopenComment(assessment, registerPath) {
  return `Reopened by soup-gate monitoring: ${assessment.open.length} published anomal${assessment.open.length === 1 ? "y" : "ies"} of the versions in use still need${assessment.open.length === 1 ? "s" : ""} an evaluation in ${code(registerPath)}. The issue closes itself once they are evaluated there.`;
}
var MAX_SUMMARY_ROWS = 100;
function renderMonitorSummary(input) {
  const { totals, issues } = input;
  const lines = [
    `### soup-gate monitoring: ${escapeText(input.repoLabel)} at ${code(input.commit.slice(0, 12))}`,
    "",
    "| measure | value |",
    "|---|---|",
    `| SOUP items checked | ${totals.items} (${totals.versions} version${totals.versions === 1 ? "" : "s"}) |`,
    `| Anomalies found | ${totals.anomalies} |`,
    `| Evaluated in the register | ${totals.evaluated} |`,
    `| Still to evaluate | ${totals.open} (in ${totals.itemsWithOpen} item${totals.itemsWithOpen === 1 ? "" : "s"}) |`,
    `| Versions not checked | ${totals.unchecked}${totals.failed > 0 ? ` (${totals.failed} lookup failure${totals.failed === 1 ? "" : "s"})` : ""} |`
  ];
  if (issues)
    lines.push(
      `| Open issues | ${issues.open} (opened ${issues.opened}, updated ${issues.updated}, reopened ${issues.reopened}, closed ${issues.closed} this run) |`
    );
  const open = input.assessments.filter((a) => a.open.length > 0);
  if (open.length > 0) {
    lines.push("", "**Anomalies to evaluate**", "");
    for (const a of open.slice(0, MAX_SUMMARY_ROWS)) {
      const number = input.issueNumbers?.get(a.item.key);
      lines.push(
        `- ${code(a.item.key)}${number !== void 0 ? ` (#${number})` : ""}: ${a.open.slice(0, 10).map((x) => `${safeLink(x.anomaly.id, x.anomaly.url)} (${escapeText(severity(x))})`).join(", ")}${a.open.length > 10 ? ` and ${a.open.length - 10} more` : ""}`
      );
    }
    if (open.length > MAX_SUMMARY_ROWS) lines.push(`- \u2026 and ${open.length - MAX_SUMMARY_ROWS} more items`);
  }
  const health = input.assessments.flatMap((a) => a.health.map((h) => ({ key: a.item.key, h })));
  if (health.length > 0) {
    lines.push("", "**Other findings**", "");
    for (const { key, h } of health.slice(0, MAX_SUMMARY_ROWS))
      lines.push(`- ${code(key)}: ${describeHealth(h)}`);
    if (health.length > MAX_SUMMARY_ROWS) lines.push(`- \u2026 and ${health.length - MAX_SUMMARY_ROWS} more`);
  }
  const unchecked = input.assessments.flatMap(
    (a) => a.unchecked.map((u) => `- ${code(a.item.key)} ${code(u.version, 60)}: ${escapeText(u.reason, 300)}`)
  );
  if (unchecked.length > 0) {
    lines.push("", "**Not checked for anomalies**", "", ...unchecked.slice(0, MAX_SUMMARY_ROWS));
    if (unchecked.length > MAX_SUMMARY_ROWS)
      lines.push(`- \u2026 and ${unchecked.length - MAX_SUMMARY_ROWS} more`);
  }
  if (input.notes.length > 0) lines.push("", "**Notes**", "", ...input.notes.map((n) => `- ${n}`));
  return `${lines.join("\n")}
`;
}

// src/monitor/plan.ts
function needsIssue(assessment, options) {
  return assessment.open.length > 0 || assessment.health.some((h) => options.healthInIssues.includes(h.kind));
}
function planIssueActions(assessments, existing, options) {
  const ours = /* @__PURE__ */ new Map();
  const duplicates = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    if (issue.author !== options.botLogin) continue;
    const key = readMonitorMarker(issue.body);
    if (key === void 0) continue;
    if (ours.has(key)) duplicates.push(issue.number);
    else ours.set(key, issue);
  }
  const actions = [];
  const numbers = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const assessment of assessments) {
    const key = assessment.item.key;
    const lookup = registerLookupKey(assessment.item.ecosystem, assessment.item.name);
    seen.add(lookup);
    const issue = ours.get(lookup);
    if (issue) numbers.set(key, issue.number);
    if (issue?.state === "open" && assessment.unchecked.some((u) => u.failed)) {
      actions.push({
        kind: "keep",
        key,
        number: issue.number,
        reason: "some versions could not be looked up"
      });
      continue;
    }
    if (needsIssue(assessment, options)) {
      const title = issueTitle(assessment);
      const body = renderIssueBody(assessment, {
        registerPath: options.registerPath,
        healthInIssues: options.healthInIssues
      });
      if (!issue) actions.push({ kind: "create", key, title, body });
      else if (issue.state === "closed") {
        actions.push({
          kind: "reopen",
          key,
          number: issue.number,
          title,
          body,
          comment: renderReopenComment(assessment, options.registerPath)
        });
      } else if (comparableBody(issue.body) !== comparableBody(body) || issue.title !== title) {
        actions.push({ kind: "update", key, number: issue.number, title, body });
      } else actions.push({ kind: "keep", key, number: issue.number });
      continue;
    }
    if (!issue || issue.state === "closed") continue;
    actions.push({
      kind: "close",
      key,
      number: issue.number,
      comment: renderCloseComment(assessment, readListedIds(issue.body), options.registerPath)
    });
  }
  for (const [lookup, issue] of ours) {
    if (seen.has(lookup) || issue.state === "closed") continue;
    actions.push({
      kind: "close",
      key: void 0,
      number: issue.number,
      comment: renderCloseComment(void 0, [], options.registerPath)
    });
  }
  return { actions, numbers, duplicates, counts: countActions(actions, existing, options.botLogin) };
}
function countActions(actions, existing, botLogin) {
  const counts = { opened: 0, updated: 0, closed: 0, reopened: 0, unchanged: 0, open: 0 };
  let open = existing.filter((i) => i.author === botLogin && i.state === "open").length;
  for (const action of actions) {
    switch (action.kind) {
      case "keep":
        counts.unchanged++;
        break;
      case "update":
        counts.updated++;
        break;
      case "create":
        counts.opened++;
        open++;
        break;
      case "reopen":
        counts.reopened++;
        open++;
        break;
      case "close":
        counts.closed++;
        open--;
        break;
    }
  }
  counts.open = Math.max(0, open);
  return counts;
}
function issueWrites(action, label) {
  switch (action.kind) {
    case "create":
      return [{ kind: "create", title: action.title, body: action.body, labels: [label] }];
    case "update":
      return [{ kind: "update", number: action.number, update: { title: action.title, body: action.body } }];
    case "reopen":
      return [
        {
          kind: "update",
          number: action.number,
          update: { title: action.title, body: action.body, state: "open" }
        },
        { kind: "comment", number: action.number, body: action.comment }
      ];
    case "close":
      return [
        { kind: "comment", number: action.number, body: action.comment },
        { kind: "update", number: action.number, update: { state: "closed", stateReason: "completed" } }
      ];
  }
}

// src/github/monitor-issues.ts
async function getDefaultBranchHead(client, repo) {
  const data = (await client.request("GET /repos/{owner}/{repo}", { ...repo })).data;
  const branch = field(data, "default_branch");
  if (typeof branch !== "string" || branch === "")
    throw new Error(`GitHub returned ${repo.owner}/${repo.repo} without a default_branch`);
  const head = (await client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...repo, branch })).data;
  const sha = field(field(head, "commit"), "sha");
  if (typeof sha !== "string") throw new Error(`GitHub returned branch ${branch} without commit.sha`);
  return { branch, sha };
}
async function listTreePaths(client, repo, sha) {
  const data = (await client.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
    ...repo,
    tree_sha: sha,
    recursive: "true"
  })).data;
  const tree = expectArray(field(data, "tree"), `the tree of ${sha}`);
  const paths = tree.filter((entry) => field(entry, "type") === "blob").map((entry) => field(entry, "path")).filter((path) => typeof path === "string");
  return { paths, truncated: field(data, "truncated") === true };
}
async function listIssuesWithLabel(client, repo, label) {
  const issues = expectArray(
    await client.paginate("GET /repos/{owner}/{repo}/issues", {
      ...repo,
      state: "all",
      labels: label,
      sort: "created",
      direction: "asc",
      per_page: 100
    }),
    `the issues labelled ${label}`
  );
  const out = [];
  for (const issue of issues) {
    if (field(issue, "pull_request") !== void 0) continue;
    const number = field(issue, "number");
    const author = field(field(issue, "user"), "login");
    const state = field(issue, "state");
    if (typeof number !== "number" || typeof author !== "string") continue;
    const body = field(issue, "body");
    const title = field(issue, "title");
    out.push({
      number,
      author,
      title: typeof title === "string" ? title : "",
      body: typeof body === "string" ? body : "",
      state: state === "closed" ? "closed" : "open"
    });
  }
  return out;
}
async function createIssue(client, repo, issue) {
  const data = (await client.request("POST /repos/{owner}/{repo}/issues", { ...repo, ...issue })).data;
  const number = field(data, "number");
  if (typeof number !== "number") throw new Error("GitHub created an issue without a number");
  return number;
}
async function updateIssue(client, repo, number, update) {
  await client.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", {
    ...repo,
    issue_number: number,
    ...update.title !== void 0 ? { title: update.title } : {},
    ...update.body !== void 0 ? { body: update.body } : {},
    ...update.state !== void 0 ? { state: update.state } : {},
    ...update.stateReason !== void 0 ? { state_reason: update.stateReason } : {}
  });
}
async function commentOnIssue(client, repo, number, body) {
  await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    ...repo,
    issue_number: number,
    body
  });
}
async function isRepositoryArchived(client, repo) {
  try {
    const data = (await client.request("GET /repos/{owner}/{repo}", { ...repo })).data;
    const archived = field(data, "archived");
    return typeof archived === "boolean" ? archived : void 0;
  } catch (error) {
    const status2 = statusOf(error);
    if (status2 === 404 || status2 === 403 || status2 === 451) return void 0;
    throw error;
  }
}

// src/app/monitor.ts
async function assessMonitoredItems(options) {
  const { source, onProgress } = options;
  const policy = parsePolicyFile(options.configFile, await source.readFile(options.configFile));
  const registerPath = options.registerPath ?? policy.register;
  const register = parseRegisterFile(registerPath, await source.readFile(registerPath));
  const inventory = await loadInventory(await source.openTree(), {
    ignore: [...options.ignore, ...policy.ignore.paths],
    ...options.maxLockfileBytes !== void 0 ? { maxBytes: options.maxLockfileBytes } : {},
    ...onProgress ? { onProgress } : {}
  });
  const items = selectMonitoredItems(inventory, {
    dependencies: policy.scope.dependencies,
    includeDev: policy.scope.includeDev,
    ignorePackages: policy.ignore.packages
  });
  onProgress?.(`monitor: ${items.length} SOUP item(s), ${countVersions(items)} version(s) in scope`);
  const osv = await checkAnomalies(items, {
    http: options.http,
    osvUrl: options.osvUrl,
    ...onProgress ? { onProgress } : {}
  });
  const health = await checkHealth(items, {
    http: options.http,
    checks: options.checks,
    npmRegistryUrl: options.npmRegistryUrl,
    depsDevUrl: options.depsDevUrl,
    obsoleteAfterDays: options.obsoleteAfterDays,
    maxLookups: options.maxLookups,
    today: options.today,
    ...options.isArchived ? { isArchived: options.isArchived } : {}
  });
  const today = options.today.toISOString().slice(0, 10);
  const assessments = assessItems(items, osv.byItem, register, today, health.findings);
  return {
    policy,
    register,
    assessments,
    totals: totalsOf(assessments),
    osvBatchRequests: osv.batchRequests,
    lookupFailures: osv.failures,
    notes: health.notes
  };
}
async function runMonitor(options) {
  const { client, repo, config, io } = options;
  if (!config.enrich) {
    io.notice(
      "soup-gate monitoring looks anomalies up in OSV; the enrich input is false, so nothing was checked"
    );
    await io.writeSummary("### soup-gate monitoring: not run (enrich is false)\n");
    return { totals: totalsOf([]), issues: void 0, assessments: [] };
  }
  const head = await getDefaultBranchHead(client, repo);
  io.info(`monitor: ${repo.owner}/${repo.repo} ${head.branch} at ${head.sha}`);
  const notes = [];
  const findings = await assessMonitoredItems({
    source: {
      readFile: (path) => readFileAt(client, repo, head.sha, path),
      openTree: async () => {
        const tree = await listTreePaths(client, repo, head.sha);
        if (tree.truncated) {
          const message = `the tree of ${head.branch} is too large for one GitHub tree listing (truncated): lockfiles past the cut are not monitored`;
          io.warning(message);
          notes.push(escapeText(message, 300));
        }
        return createCommitSource(client, repo, head.sha, tree.paths, new Set(tree.paths));
      }
    },
    http: createHttpClient({ fetch: globalThis.fetch, userAgent: "soup-gate" }),
    isArchived: (r) => isRepositoryArchived(client, r),
    configFile: config.configFile,
    ignore: config.ignore,
    maxLockfileBytes: config.maxLockfileBytes,
    osvUrl: config.osvUrl,
    depsDevUrl: config.depsDevUrl,
    npmRegistryUrl: config.npmRegistryUrl,
    checks: config.monitorChecks,
    obsoleteAfterDays: config.monitorObsoleteDays,
    maxLookups: config.monitorMaxLookups,
    today: io.now(),
    onProgress: io.info
  });
  const { assessments, totals, policy } = findings;
  for (const failure of findings.lookupFailures) io.warning(`anomaly lookup failed: ${failure}`);
  notes.push(...findings.notes);
  const label = config.monitorLabel;
  let issues;
  let numbers = /* @__PURE__ */ new Map();
  try {
    const plan = planIssueActions(assessments, await listIssuesWithLabel(client, repo, label), {
      botLogin: config.botLogin,
      registerPath: findings.register.path,
      healthInIssues: config.monitorIssuesFor
    });
    numbers = plan.numbers;
    if (plan.duplicates.length > 0)
      notes.push(
        `issues ${plan.duplicates.map((n) => `#${n}`).join(", ")} repeat another monitoring issue's item and are left alone; close them`
      );
    for (const action of plan.actions) {
      if (action.kind === "keep") {
        if (action.reason) io.info(`monitor: #${action.number} kept open: ${action.reason}`);
        continue;
      }
      const number = await withPermission(`${action.kind} a monitoring issue`, "issues: write", async () => {
        let written = 0;
        for (const write of issueWrites(action, label)) written = await makeIssueWrite(client, repo, write);
        return written;
      });
      if (action.key !== void 0) numbers.set(action.key, number);
      io.info(`monitor: ${action.kind} #${number}${action.key ? ` (${action.key})` : ""}`);
    }
    issues = plan.counts;
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(`${error.message} (monitoring needs issues: write)`);
    notes.push(`issues could not be written: the token lacks ${code("issues: write")}`);
  }
  io.setOutput("monitor", JSON.stringify({ ...totals, issues: issues ?? null }));
  await io.writeSummary(
    renderMonitorSummary({
      repoLabel: `${repo.owner}/${repo.repo}`,
      commit: head.sha,
      totals,
      issues,
      assessments,
      notes,
      issueNumbers: numbers
    })
  );
  if (totals.failed > 0) {
    const message = `anomalies of ${totals.failed} SOUP version(s) could not be looked up (${findings.lookupFailures[0] ?? "see the log"})`;
    if (policy.anomalies.onLookupFailure === "fail")
      return { totals, issues, assessments, failure: `soup-gate monitoring: ${message}` };
    io.warning(message);
  }
  return { totals, issues, assessments };
}
async function makeIssueWrite(client, repo, write) {
  switch (write.kind) {
    case "create":
      return createIssue(client, repo, { title: write.title, body: write.body, labels: write.labels });
    case "update":
      await updateIssue(client, repo, write.number, write.update);
      return write.number;
    case "comment":
      await commentOnIssue(client, repo, write.number, write.body);
      return write.number;
  }
}

export {
  renderMonitorSummary,
  assessMonitoredItems,
  runMonitor
};
