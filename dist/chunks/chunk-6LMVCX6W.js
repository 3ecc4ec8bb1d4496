import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  DEFAULT_REGISTRY_URLS,
  LookupError,
  compareAnomalies,
  compareLicences,
  createHttpClient,
  createTagResolver,
  findReleaseNotes,
  lookUpAnomalies,
  lookupVersionFacts,
  mapWithLimit,
  planOsvQuery,
  queryOf,
  repoFromName
} from "./chunk-W7GOSXYK.js";
import {
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_OSV_URL
} from "./chunk-GSFW5O23.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";

// src/enrich/enrich.ts
var DEFAULT_CONCURRENCY = 8;
function enrichmentFor(result, change) {
  return result.entries.get(changeKey(change));
}
function versionKey(ecosystem, name, version) {
  return JSON.stringify([ecosystem, name, version]);
}
async function enrichChanges(changes, options) {
  const progress = options.onProgress ?? (() => void 0);
  const limit = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const entries = /* @__PURE__ */ new Map();
  const changeOf = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const key = changeKey(change);
    if (entries.has(key)) continue;
    changeOf.set(key, change);
    entries.set(key, { key, anomalies: null, licence: null, links: {}, releaseNotes: null, unchecked: [] });
  }
  const failures = /* @__PURE__ */ new Map();
  const markUnchecked = (key, what, reason) => {
    const entry = entries.get(key);
    if (!entry.unchecked.some((u) => u.what === what && u.reason === reason))
      entry.unchecked.push({ what, reason });
  };
  const recordFailure = (error, key, what) => {
    const id = `${error.url}\0${error.reason}`;
    const failure = failures.get(id) ?? { url: error.url, reason: error.reason, changes: /* @__PURE__ */ new Set() };
    failure.changes.add(key);
    failures.set(id, failure);
    markUnchecked(key, what, `lookup failed: ${error.message}`);
  };
  const finish = (http2) => ({
    entries,
    unchecked: [...entries.values()].flatMap((e) => e.unchecked.map((u) => ({ change: e.key, ...u }))),
    lookupFailures: [...failures.values()].map((f) => ({
      url: f.url,
      reason: f.reason,
      changes: [...f.changes]
    })),
    requests: { ...http2?.requests ?? {} },
    offline: options.offline === true
  });
  if (options.offline) {
    for (const [key, change] of changeOf) {
      const entry = entries.get(key);
      const repo = repoFromName(change.ecosystem, change.name);
      if (repo !== void 0) entry.links.sourceRepo = repo;
      entry.releaseNotes = await findReleaseNotes(change, entry.links);
      if (options.anomalies !== false) markUnchecked(key, "anomalies", "offline: no lookups were made");
      if (options.licences !== false) markUnchecked(key, "licence", "offline: no lookups were made");
    }
    return finish();
  }
  const http = createHttpClient({
    fetch: options.fetch,
    ...options.timeoutMs !== void 0 ? { timeoutMs: options.timeoutMs } : {},
    ...options.retries !== void 0 ? { retries: options.retries } : {},
    ...options.backoffMs !== void 0 ? { backoffMs: options.backoffMs } : {},
    ...options.maxRetryAfterMs !== void 0 ? { maxRetryAfterMs: options.maxRetryAfterMs } : {},
    ...options.sleep !== void 0 ? { sleep: options.sleep } : {},
    userAgent: options.userAgent ?? "soup-gate"
  });
  if (options.anomalies !== false) {
    await enrichAnomalies();
  }
  if (options.licences !== false) {
    await enrichLicences();
  }
  const tags = createTagResolver(options.tagExists, options.maxTagLookups);
  await mapWithLimit([...changeOf], limit, async ([key, change]) => {
    const entry = entries.get(key);
    entry.links.sourceRepo ??= repoFromName(change.ecosystem, change.name);
    if (entry.links.sourceRepo === void 0) delete entry.links.sourceRepo;
    entry.releaseNotes = await findReleaseNotes(change, entry.links, tags);
  });
  if (tags.lookups > 0) progress(`enrich: ${tags.lookups} release tag lookup(s) on GitHub`);
  return finish(http);
  async function enrichAnomalies() {
    const plans = /* @__PURE__ */ new Map();
    for (const [key, change] of changeOf) {
      plans.set(key, { from: planOsvQuery(change, "from"), to: planOsvQuery(change, "to") });
    }
    const lookup = await lookUpAnomalies(
      http,
      options.osvUrl ?? DEFAULT_OSV_URL,
      [...plans.values()].flatMap((plan) => [...queryOf(plan.from), ...queryOf(plan.to)]),
      { concurrency: limit, onProgress: (line) => progress(`enrich: ${line}`) }
    );
    for (const [key, change] of changeOf) {
      const plan = plans.get(key);
      const sideIds = (side) => {
        if (side === null) return null;
        if ("unchecked" in side) return side.unchecked;
        return lookup.idsOf(side.query);
      };
      const from = sideIds(plan.from);
      const to = sideIds(plan.to);
      let failed = false;
      for (const result of [from, to]) {
        if (result instanceof LookupError) {
          recordFailure(result, key, "anomalies");
          failed = true;
        } else if (typeof result === "string") {
          markUnchecked(key, "anomalies", result);
        }
      }
      if (failed || typeof to === "string") continue;
      const anomalyOf = (id) => lookup.anomalyOf(
        id,
        change.ecosystem,
        change.name,
        (error) => recordFailure(error, key, "anomalies")
      );
      const sorted = (ids) => ids.map(anomalyOf).sort(compareAnomalies);
      const fromSet = new Set(Array.isArray(from) ? from : []);
      const toSet = new Set(Array.isArray(to) ? to : []);
      const facts = {
        introduced: sorted([...toSet].filter((id) => !fromSet.has(id))),
        fixed: sorted([...fromSet].filter((id) => !toSet.has(id))),
        present: sorted([...toSet].filter((id) => fromSet.has(id))),
        checkedBy: {}
      };
      if (plan.from !== null && "method" in plan.from) facts.checkedBy.from = plan.from.method;
      if (plan.to !== null && "method" in plan.to) facts.checkedBy.to = plan.to.method;
      entries.get(key).anomalies = facts;
    }
  }
  async function enrichLicences() {
    const urls = {
      depsDev: options.depsDevUrl ?? DEFAULT_DEPS_DEV_URL,
      registries: { ...DEFAULT_REGISTRY_URLS, ...options.registryUrls ?? {} }
    };
    const wanted = /* @__PURE__ */ new Map();
    for (const change of changeOf.values()) {
      for (const version of [change.from, change.to]) {
        if (version === null) continue;
        wanted.set(versionKey(change.ecosystem, change.name, version), {
          ecosystem: change.ecosystem,
          name: change.name,
          version
        });
      }
    }
    progress(`enrich: reading licences and links of ${wanted.size} package version(s)`);
    const facts = /* @__PURE__ */ new Map();
    await mapWithLimit([...wanted], limit, async ([vk, { ecosystem, name, version }]) => {
      try {
        facts.set(vk, await lookupVersionFacts(http, urls, ecosystem, name, version));
      } catch (error) {
        facts.set(
          vk,
          error instanceof LookupError ? error : new LookupError("(licence lookup)", String(error))
        );
      }
    });
    for (const [key, change] of changeOf) {
      const entry = entries.get(key);
      const sideOf = (version) => {
        if (version === null) return null;
        const found = facts.get(versionKey(change.ecosystem, change.name, version));
        if (found instanceof LookupError) {
          recordFailure(found, key, "licence");
          return {
            version,
            expression: null,
            declared: [],
            source: "none",
            note: `lookup failed: ${found.reason}`
          };
        }
        if (found.licence.source === "none" || found.licence.source === "pub.dev") {
          markUnchecked(key, "licence", found.licence.note ?? "no licence source");
        }
        return found.licence;
      };
      entry.licence = compareLicences(sideOf(change.from), sideOf(change.to), options.licencePolicy);
      const linkSource = [change.to, change.from].map((v) => v === null ? void 0 : facts.get(versionKey(change.ecosystem, change.name, v))).find(
        (f) => f !== void 0 && !(f instanceof LookupError) && Object.keys(f.links).length > 0
      );
      if (linkSource) entry.links = { ...linkSource.links };
    }
  }
}

export {
  DEFAULT_CONCURRENCY,
  enrichmentFor,
  enrichChanges
};
