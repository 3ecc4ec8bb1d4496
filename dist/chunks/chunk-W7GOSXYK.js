import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_spdx_expression_parse
} from "./chunk-UWI2E7AK.js";
import {
  normalizePythonName
} from "./chunk-THIFTVM5.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/enrich/http.ts
var LookupError = class extends Error {
  constructor(url, reason) {
    super(`${url}: ${reason}`);
    this.url = url;
    this.reason = reason;
  }
  url;
  reason;
  name = "LookupError";
};
var DEFAULT_TIMEOUT_MS = 15e3;
var DEFAULT_RETRIES = 3;
var DEFAULT_MAX_RETRY_AFTER_MS = 6e4;
var DEFAULT_BACKOFF_MS = 500;
var DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
var realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function parseRetryAfter(value, now = Date.now()) {
  if (value === null) return void 0;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1e3;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function describeError(error, timeoutMs) {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") {
      return { reason: `no response within ${timeoutMs} ms`, transient: true };
    }
    const cause = error.cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : "";
    return { reason: `request failed (${error.message}${detail})`, transient: true };
  }
  return { reason: `request failed (${String(error)})`, transient: true };
}
function hostOf(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
function createHttpClient(options) {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const requests = {};
  const cache = /* @__PURE__ */ new Map();
  async function attemptOnce(url, init, allowNotFound) {
    const host = hostOf(url);
    requests[host] = (requests[host] ?? 0) + 1;
    let response;
    let text;
    try {
      response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => void 0);
        const waitMs = parseRetryAfter(response.headers.get("retry-after"));
        if (waitMs !== void 0 && waitMs > maxRetryAfterMs) {
          throw new LookupError(
            url,
            `HTTP ${response.status}; the server asks to retry after ${Math.ceil(waitMs / 1e3)} s, longer than the ${maxRetryAfterMs / 1e3} s we wait`
          );
        }
        return { retry: `HTTP ${response.status}`, ...waitMs !== void 0 ? { waitMs } : {} };
      }
      if (response.status === 404 && allowNotFound) {
        await response.body?.cancel().catch(() => void 0);
        return { done: { status: 404, body: null } };
      }
      const length = Number(response.headers.get("content-length") ?? "0");
      if (length > maxBytes) {
        await response.body?.cancel().catch(() => void 0);
        throw new LookupError(url, `response of ${length} bytes is larger than the ${maxBytes} we read`);
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof LookupError) throw error;
      return { retry: describeError(error, timeoutMs).reason };
    }
    if (!response.ok) {
      throw new LookupError(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    if (text.length > maxBytes) {
      throw new LookupError(url, `response larger than the ${maxBytes} bytes we read`);
    }
    try {
      return { done: { status: response.status, body: JSON.parse(text) } };
    } catch (error) {
      const start = JSON.stringify(text.slice(0, 60));
      throw new LookupError(
        url,
        `malformed JSON in the response (${error.message}); it starts with ${start}`
      );
    }
  }
  async function send(url, init, allowNotFound) {
    let lastReason = "";
    for (let attempt = 0; attempt <= retries; attempt++) {
      const outcome = await attemptOnce(url, init, allowNotFound);
      if ("done" in outcome) return outcome.done;
      lastReason = outcome.retry;
      if (attempt === retries) break;
      const wait = outcome.waitMs ?? backoffMs * 2 ** attempt + random() * backoffMs;
      await sleep(wait);
    }
    throw new LookupError(
      url,
      `${lastReason}, still after ${retries + 1} attempt${retries === 0 ? "" : "s"}`
    );
  }
  function cached(key, run) {
    let entry = cache.get(key);
    if (entry === void 0) {
      entry = run();
      cache.set(key, entry);
    }
    return entry;
  }
  const headers = { accept: "application/json" };
  if (options.userAgent !== void 0) headers["user-agent"] = options.userAgent;
  return {
    requests,
    getJson(url, getOptions) {
      const allowNotFound = getOptions?.allowNotFound ?? false;
      return cached(
        `GET ${url} ${allowNotFound}`,
        () => send(url, { method: "GET", headers }, allowNotFound)
      );
    },
    postJson(url, payload) {
      const body = JSON.stringify(payload);
      return cached(
        `POST ${url}
${body}`,
        () => send(
          url,
          { method: "POST", headers: { ...headers, "content-type": "application/json" }, body },
          false
        )
      );
    }
  };
}
async function mapWithLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

// src/enrich/licence-policy.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var LicencePolicyError = class extends Error {
  name = "LicencePolicyError";
};
var MAX_ALTERNATIVES = 256;
var NOT_A_LICENCE = /* @__PURE__ */ new Set(["", "noassertion", "none", "non-standard", "unknown", "unlicensed"]);
var GNU_FAMILY = /^(a?gpl|lgpl|gfdl)-\d/i;
function toTerm(node) {
  let id = node.license;
  let orLater = node.plus === true;
  const lower = id.toLowerCase();
  if (lower.endsWith("-or-later")) {
    id = id.slice(0, -"-or-later".length);
    orLater = true;
  } else if (lower.endsWith("-only") && GNU_FAMILY.test(id)) {
    id = id.slice(0, -"-only".length);
  }
  const display = node.license + (node.plus ? "+" : "") + (node.exception ? ` WITH ${node.exception}` : "");
  return {
    base: id.toLowerCase(),
    orLater,
    ...node.exception !== void 0 ? { exception: node.exception.toLowerCase() } : {},
    display
  };
}
function toAlternatives(node) {
  if ("license" in node) return [[toTerm(node)]];
  const left = toAlternatives(node.left);
  const right = toAlternatives(node.right);
  if (left === void 0 || right === void 0) return void 0;
  if (node.conjunction === "or") {
    return left.length + right.length > MAX_ALTERNATIVES ? void 0 : [...left, ...right];
  }
  if (left.length * right.length > MAX_ALTERNATIVES) return void 0;
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}
function parseExpression(expression) {
  if (expression === null || expression === void 0 || NOT_A_LICENCE.has(expression.trim().toLowerCase())) {
    return { unknown: "no licence is known" };
  }
  let node;
  try {
    node = (0, import_spdx_expression_parse.default)(expression.trim());
  } catch {
    return { unknown: `"${expression}" is not an SPDX licence expression` };
  }
  const alternatives = toAlternatives(node);
  return alternatives === void 0 ? { unknown: `"${expression}" has more than ${MAX_ALTERNATIVES} alternatives` } : { alternatives };
}
function parseEntry(entry, list) {
  let node;
  try {
    node = (0, import_spdx_expression_parse.default)(entry.trim());
  } catch {
    throw new LicencePolicyError(
      `licence ${list} entry "${entry}" is not an SPDX licence id (e.g. MIT, GPL-3.0-only, LicenseRef-acme)`
    );
  }
  if (!("license" in node)) {
    throw new LicencePolicyError(
      `licence ${list} entry "${entry}" is an expression; list single licence ids, one per entry`
    );
  }
  return toTerm(node);
}
function deniedBy(term, entry) {
  if (term.base !== entry.base) return false;
  return entry.exception === void 0 || entry.exception === term.exception;
}
function allowedBy(term, entry) {
  if (term.base !== entry.base) return false;
  if (entry.orLater && !term.orLater) return false;
  return entry.exception === void 0 || entry.exception === term.exception;
}
var unique = (values) => [...new Set(values)];
function evaluateLicence(expression, policy) {
  const allow = (policy.allow ?? []).map((e) => parseEntry(e, "allow"));
  const deny = (policy.deny ?? []).map((e) => parseEntry(e, "deny"));
  const parsed = parseExpression(expression);
  if ("unknown" in parsed) {
    return {
      verdict: "unknown",
      blocking: policy.unknown === "fail",
      reason: `licence unknown: ${parsed.unknown}`
    };
  }
  const judged = parsed.alternatives.map((terms) => ({
    terms,
    denied: terms.filter((t) => deny.some((e) => deniedBy(t, e))),
    notAllowed: allow.length === 0 ? [] : terms.filter((t) => !allow.some((e) => allowedBy(t, e)))
  }));
  const acceptable = judged.find((j) => j.denied.length === 0 && j.notAllowed.length === 0);
  if (acceptable) {
    const chosen = acceptable.terms.map((t) => t.display).join(" AND ");
    const rule = allow.length > 0 ? "is in the allow list" : "is not in the deny list";
    return {
      verdict: "allowed",
      blocking: false,
      reason: parsed.alternatives.length > 1 ? `${chosen} (one choice of ${expression}) ${rule}` : `${chosen} ${rule}`
    };
  }
  if (judged.every((j) => j.denied.length > 0)) {
    const denied = unique(judged.flatMap((j) => j.denied.map((t) => t.display)));
    return {
      verdict: "denied",
      blocking: true,
      reason: `${expression} is denied: ${denied.join(", ")} ${denied.length === 1 ? "is" : "are"} in the deny list`
    };
  }
  const missing = unique(
    judged.filter((j) => j.denied.length === 0).flatMap((j) => j.notAllowed.map((t) => t.display))
  );
  return {
    verdict: "denied",
    blocking: true,
    reason: `${expression} is not allowed: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not in the allow list`
  };
}
function canonicalLicence(expression) {
  const parsed = parseExpression(expression);
  if ("unknown" in parsed) return null;
  const alternatives = parsed.alternatives.map(
    (terms) => unique(
      terms.map(
        (t) => `${t.base}${t.orLater ? "+" : ""}${t.exception !== void 0 ? ` with ${t.exception}` : ""}`
      )
    ).sort().join(" and ")
  );
  return unique(alternatives).sort().join(" or ");
}
function compareLicences(from, to, policy) {
  const canonicalFrom = from ? canonicalLicence(from.expression) : null;
  const canonicalTo = to ? canonicalLicence(to.expression) : null;
  const facts = {
    from,
    to,
    changed: from === null || to === null ? false : canonicalFrom === null || canonicalTo === null ? null : canonicalFrom !== canonicalTo
  };
  if (policy !== void 0 && to !== null) facts.verdict = evaluateLicence(to.expression, policy);
  return facts;
}
function isSpdxExpression(expression) {
  return !("unknown" in parseExpression(expression));
}

// src/enrich/licences.ts
var DEFAULT_REGISTRY_URLS = {
  rubygems: "https://rubygems.org",
  packagist: "https://repo.packagist.org",
  pub: "https://pub.dev"
};
var DEPS_DEV_SYSTEMS = {
  npm: "npm",
  PyPI: "pypi",
  Go: "go",
  "crates.io": "cargo",
  Maven: "maven",
  NuGet: "nuget"
};
var trimBase = (url) => url.replace(/\/+$/, "");
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var str = (value) => typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
var strings = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string" && v.trim() !== "") : [];
function combine(declared, conjunction) {
  if (declared.length === 0) return { expression: null, note: "the registry lists no licence" };
  const bad = declared.find((d) => !isSpdxExpression(d));
  if (bad !== void 0) return { expression: null, note: `"${bad}" is not an SPDX licence expression` };
  if (declared.length === 1) return { expression: declared[0] };
  return { expression: declared.map((d) => `(${d})`).join(` ${conjunction} `) };
}
function side(version, source, declared, conjunction) {
  const { expression, note } = combine(declared, conjunction);
  return { version, expression, declared, source, ...note !== void 0 ? { note } : {} };
}
function unknownSide(version, source, note) {
  return { version, expression: null, declared: [], source, note };
}
function repoFromName(ecosystem, name) {
  if (ecosystem === "GitHub Actions") {
    const [owner, repo] = name.split("/");
    return owner && repo ? `https://github.com/${owner}/${repo}` : void 0;
  }
  if (ecosystem === "SwiftURL" || ecosystem === "Go") {
    const match = /^(?:https?:\/\/)?(github\.com|gitlab\.com)\/([^/]+)\/([^/]+?)(?:\.git)?(?:\/|$)/i.exec(
      name
    );
    return match ? `https://${match[1].toLowerCase()}/${match[2]}/${match[3]}` : void 0;
  }
  return void 0;
}
async function fromDepsDev(http, depsDevUrl, system, ecosystem, name, version) {
  const queryName = ecosystem === "PyPI" ? normalizePythonName(name) : name;
  const url = `${trimBase(depsDevUrl)}/v3/systems/${system}/packages/${encodeURIComponent(queryName)}/versions/${encodeURIComponent(version)}`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  if (status === 404) {
    return {
      licence: unknownSide(version, "deps.dev", `deps.dev does not know ${name} ${version}`),
      links: {}
    };
  }
  if (!isRecord(body)) throw new LookupError(url, "response is not a JSON object");
  const links = {};
  for (const link of Array.isArray(body.links) ? body.links.filter(isRecord) : []) {
    const target = str(link.url);
    if (target === void 0) continue;
    if (link.label === "SOURCE_REPO") links.sourceRepo ??= target;
    else if (link.label === "ISSUE_TRACKER") links.issueTracker ??= target;
    else if (link.label === "HOMEPAGE") links.homepage ??= target;
  }
  return { licence: side(version, "deps.dev", strings(body.licenses), "AND"), links };
}
async function fromRubygems(http, base, name, version) {
  const url = `${trimBase(base)}/api/v2/rubygems/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}.json`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  if (status === 404) {
    return {
      licence: unknownSide(version, "rubygems", `rubygems.org does not know ${name} ${version}`),
      links: {}
    };
  }
  if (!isRecord(body)) throw new LookupError(url, "response is not a JSON object");
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const links = {};
  const source = str(body.source_code_uri) ?? str(metadata.source_code_uri);
  const issues = str(body.bug_tracker_uri) ?? str(metadata.bug_tracker_uri);
  const homepage = str(body.homepage_uri) ?? str(metadata.homepage_uri);
  const changelog = str(body.changelog_uri) ?? str(metadata.changelog_uri);
  if (source) links.sourceRepo = source;
  if (issues) links.issueTracker = issues;
  if (homepage) links.homepage = homepage;
  if (changelog) links.changelog = changelog;
  return { licence: side(version, "rubygems", strings(body.licenses), "AND"), links };
}
function expandPackagistVersions(entries) {
  const expanded = [];
  let previous = {};
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const current = { ...previous };
    for (const [key, value] of Object.entries(entry)) {
      if (key === "__proto__") continue;
      if (value === "__unset") delete current[key];
      else current[key] = value;
    }
    expanded.push(current);
    previous = current;
  }
  return expanded;
}
var stripV = (v) => v.replace(/^v(?=\d)/i, "");
async function fromPackagist(http, base, name, version) {
  const [vendor, pkg] = name.split("/");
  if (!vendor || !pkg) {
    return {
      licence: unknownSide(version, "packagist", `"${name}" is not a vendor/package name`),
      links: {}
    };
  }
  const dev = version.startsWith("dev-") || version.endsWith("-dev");
  const url = `${trimBase(base)}/p2/${encodeURIComponent(vendor)}/${encodeURIComponent(pkg)}${dev ? "~dev" : ""}.json`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  const versions = isRecord(body) && isRecord(body.packages) && Array.isArray(body.packages[name]) ? expandPackagistVersions(body.packages[name]) : void 0;
  if (status === 404 || versions === void 0) {
    if (status !== 404) throw new LookupError(url, `response has no "packages" entry for ${name}`);
    return { licence: unknownSide(version, "packagist", `Packagist does not know ${name}`), links: {} };
  }
  const entry = versions.find((v) => typeof v.version === "string" && stripV(v.version) === stripV(version));
  if (entry === void 0) {
    return {
      licence: unknownSide(version, "packagist", `Packagist lists no version ${version} of ${name}`),
      links: {}
    };
  }
  const links = {};
  const support = isRecord(entry.support) ? entry.support : {};
  const source = (isRecord(entry.source) ? str(entry.source.url) : void 0) ?? str(support.source);
  if (source) links.sourceRepo = source.replace(/\.git$/, "");
  const issues = str(support.issues);
  if (issues) links.issueTracker = issues;
  const homepage = str(entry.homepage);
  if (homepage) links.homepage = homepage;
  return { licence: side(version, "packagist", strings(entry.license), "OR"), links };
}
async function fromPub(http, base, name, version) {
  const url = `${trimBase(base)}/api/packages/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  const note = "pub.dev's package API does not give the licence";
  if (status === 404) {
    return {
      licence: unknownSide(version, "pub.dev", `pub.dev does not know ${name} ${version}`),
      links: {}
    };
  }
  if (!isRecord(body)) throw new LookupError(url, "response is not a JSON object");
  const pubspec = isRecord(body.pubspec) ? body.pubspec : {};
  const links = {};
  const repository = str(pubspec.repository);
  const homepage = str(pubspec.homepage);
  const issues = str(pubspec.issue_tracker);
  if (repository) links.sourceRepo = repository;
  else if (homepage && /github\.com|gitlab\.com/i.test(homepage)) links.sourceRepo = homepage;
  if (homepage) links.homepage = homepage;
  if (issues) links.issueTracker = issues;
  return { licence: unknownSide(version, "pub.dev", note), links };
}
async function lookupVersionFacts(http, urls, ecosystem, name, version) {
  const system = DEPS_DEV_SYSTEMS[ecosystem];
  if (system !== void 0) return fromDepsDev(http, urls.depsDev, system, ecosystem, name, version);
  switch (ecosystem) {
    case "RubyGems":
      return fromRubygems(http, urls.registries.rubygems, name, version);
    case "Packagist":
      return fromPackagist(http, urls.registries.packagist, name, version);
    case "Pub":
      return fromPub(http, urls.registries.pub, name, version);
    default: {
      const repo = repoFromName(ecosystem, name);
      return {
        licence: unknownSide(version, "none", `no licence source for ${ecosystem} packages`),
        links: repo !== void 0 ? { sourceRepo: repo } : {}
      };
    }
  }
}

// src/enrich/cvss.ts
var AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
var AC = { L: 0.77, H: 0.44 };
var UI = { N: 0.85, R: 0.62 };
var CIA = { H: 0.56, L: 0.22, N: 0 };
function roundUp31(value) {
  const integer = Math.round(value * 1e5);
  return integer % 1e4 === 0 ? integer / 1e5 : (Math.floor(integer / 1e4) + 1) / 10;
}
var roundUp30 = (value) => Math.ceil(value * 10) / 10;
function cvss3BaseScore(vector) {
  const parts = vector.trim().split("/");
  const version = /^CVSS:3\.([01])$/.exec(parts[0] ?? "");
  if (!version) return void 0;
  const metrics = /* @__PURE__ */ new Map();
  for (const part of parts.slice(1)) {
    const [key, value] = part.split(":");
    if (key === void 0 || value === void 0 || metrics.has(key)) return void 0;
    metrics.set(key, value);
  }
  const scope = metrics.get("S");
  const av = AV[metrics.get("AV") ?? ""];
  const ac = AC[metrics.get("AC") ?? ""];
  const ui = UI[metrics.get("UI") ?? ""];
  const c = CIA[metrics.get("C") ?? ""];
  const i = CIA[metrics.get("I") ?? ""];
  const a = CIA[metrics.get("A") ?? ""];
  const prKey = metrics.get("PR");
  const pr = prKey === "N" ? 0.85 : prKey === "L" ? scope === "C" ? 0.68 : 0.62 : prKey === "H" ? scope === "C" ? 0.5 : 0.27 : void 0;
  if (scope !== "U" && scope !== "C" || av === void 0 || ac === void 0 || ui === void 0 || c === void 0 || i === void 0 || a === void 0 || pr === void 0) {
    return void 0;
  }
  const roundUp = version[1] === "1" ? roundUp31 : roundUp30;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === "U" ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return scope === "U" ? roundUp(Math.min(impact + exploitability, 10)) : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}
function labelForScore(score) {
  if (score === 0) return "none";
  if (score < 4) return "low";
  if (score < 7) return "medium";
  if (score < 9) return "high";
  return "critical";
}
function labelFromText(text) {
  if (typeof text !== "string") return void 0;
  switch (text.trim().toLowerCase()) {
    case "critical":
      return "critical";
    case "high":
    case "important":
      return "high";
    case "moderate":
    case "medium":
      return "medium";
    case "low":
      return "low";
    case "none":
      return "none";
    default:
      return void 0;
  }
}

// src/enrich/osv.ts
var OSV_BATCH_LIMIT = 1e3;
var OSV_MAX_PAGES = 100;
var FULL_SHA = /^[0-9a-f]{40}$/i;
function osvPackageName(ecosystem, name) {
  return ecosystem === "PyPI" ? normalizePythonName(name) : name;
}
function osvVersion(ecosystem, version) {
  return (ecosystem === "Go" || ecosystem === "GitHub Actions") && /^v\d/.test(version) ? version.slice(1) : version;
}
function planOsvQuery(change, side2) {
  const version = side2 === "from" ? change.from : change.to;
  if (version === null) return null;
  const ref = side2 === "from" ? change.fromRef : change.toRef;
  if (change.ecosystem === "docker") {
    return {
      unchecked: `${change.name} ${version} is a container image; OSV lists no images: scan it (e.g. trivy, grype) for its packages' anomalies`
    };
  }
  if (change.ecosystem === "GitHub Actions") {
    if (FULL_SHA.test(version)) {
      return {
        unchecked: `${change.name} is pinned to commit ${version.slice(0, 12)} with no version comment; OSV lists action anomalies by version`
      };
    }
  } else if (ref !== void 0) {
    return FULL_SHA.test(ref) ? { query: { commit: ref.toLowerCase() }, method: "commit" } : { unchecked: `${change.name} ${version} comes from git at "${ref}", which is not a full commit SHA` };
  }
  return {
    query: {
      package: { ecosystem: change.ecosystem, name: osvPackageName(change.ecosystem, change.name) },
      version: osvVersion(change.ecosystem, version)
    },
    method: "version"
  };
}
function osvQueryKey(query) {
  return "commit" in query ? `commit\0${query.commit}` : `${query.package.ecosystem}\0${query.package.name}\0${query.version}`;
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
async function queryOsvBatch(http, osvUrl, queries) {
  const url = `${osvUrl.replace(/\/+$/, "")}/v1/querybatch`;
  const ids = queries.map(() => /* @__PURE__ */ new Set());
  let pending = queries.map((_, index) => ({ index, token: void 0, page: 0 }));
  let batchRequests = 0;
  while (pending.length > 0) {
    const next = [];
    for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
      const chunk = pending.slice(start, start + OSV_BATCH_LIMIT);
      const payload = {
        queries: chunk.map((p) => ({
          ...queries[p.index],
          ...p.token !== void 0 ? { page_token: p.token } : {}
        }))
      };
      batchRequests++;
      let results;
      try {
        const { body } = await http.postJson(url, payload);
        if (!isRecord2(body) || body.results !== void 0 && !Array.isArray(body.results)) {
          throw new LookupError(url, 'response has no "results" array');
        }
        results = body.results ?? [];
        if (results.length !== chunk.length) {
          throw new LookupError(
            url,
            `response has ${results.length} results for ${chunk.length} queries; OSV answers one per query, in order`
          );
        }
      } catch (error) {
        const failure = error instanceof LookupError ? error : new LookupError(url, String(error));
        for (const p of chunk) ids[p.index] = failure;
        continue;
      }
      chunk.forEach((p, i) => {
        const target = ids[p.index];
        if (!(target instanceof Set)) return;
        const result = results[i];
        if (!isRecord2(result)) return;
        const vulns = Array.isArray(result.vulns) ? result.vulns : [];
        for (const vuln of vulns) {
          if (isRecord2(vuln) && typeof vuln.id === "string" && vuln.id !== "") target.add(vuln.id);
        }
        const token = result.next_page_token;
        if (typeof token === "string" && token !== "") {
          if (p.page + 1 >= OSV_MAX_PAGES) {
            ids[p.index] = new LookupError(url, `more than ${OSV_MAX_PAGES} pages of results for one query`);
          } else {
            next.push({ index: p.index, token, page: p.page + 1 });
          }
        }
      });
    }
    pending = next;
  }
  return { ids: ids.map((v) => v instanceof Set ? [...v] : v), batchRequests };
}
async function fetchOsvRecords(http, osvUrl, ids, limit) {
  const base = osvUrl.replace(/\/+$/, "");
  const records = /* @__PURE__ */ new Map();
  await mapWithLimit(ids, limit, async (id) => {
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    try {
      const { body } = await http.getJson(url);
      if (!isRecord2(body) || body.id !== id) {
        throw new LookupError(url, `response is not the OSV record of ${id}`);
      }
      records.set(id, body);
    } catch (error) {
      records.set(id, error instanceof LookupError ? error : new LookupError(url, String(error)));
    }
  });
  return records;
}
var strings2 = (value) => Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
function samePackage(ecosystem, name, pkg) {
  if (!isRecord2(pkg) || typeof pkg.name !== "string" || typeof pkg.ecosystem !== "string") return false;
  if (pkg.ecosystem.split(":")[0] !== ecosystem) return false;
  const ours = osvPackageName(ecosystem, name);
  const theirs = osvPackageName(ecosystem, pkg.name);
  return ecosystem === "PyPI" || ecosystem === "NuGet" || ecosystem === "GitHub Actions" ? ours.toLowerCase() === theirs.toLowerCase() : ours === theirs;
}
function severityOf(record, affected) {
  const entries = [record.severity, ...affected.map((a) => a.severity)].flatMap((s) => Array.isArray(s) ? s : []).filter(isRecord2).filter(
    (s) => typeof s.type === "string" && typeof s.score === "string"
  );
  const databaseLabel = labelFromText(
    isRecord2(record.database_specific) ? record.database_specific.severity : void 0
  );
  const v3 = entries.find((s) => s.type === "CVSS_V3");
  if (v3) {
    const score = cvss3BaseScore(v3.score);
    if (score !== void 0) return { label: labelForScore(score), score, vector: v3.score, source: "cvss" };
  }
  const other = entries.find((s) => s.type === "CVSS_V4") ?? entries.find((s) => s.type === "CVSS_V2") ?? v3;
  const label = databaseLabel ?? "unknown";
  return {
    label,
    ...other ? { vector: other.score } : {},
    source: databaseLabel !== void 0 ? "database" : "none"
  };
}
function sortAliases(aliases) {
  const cve = aliases.filter((a) => a.startsWith("CVE-")).sort();
  return [...cve, ...aliases.filter((a) => !a.startsWith("CVE-")).sort()];
}
function anomalyUrl(id) {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}
function anomalyWithoutDetails(id) {
  return {
    id,
    aliases: [],
    summary: "",
    severity: { label: "unknown", source: "none" },
    url: anomalyUrl(id),
    fixedVersions: [],
    detailsMissing: true
  };
}
function toAnomaly(record, ecosystem, name, id) {
  if (!isRecord2(record)) return anomalyWithoutDetails(id);
  const affected = (Array.isArray(record.affected) ? record.affected : []).filter(isRecord2).filter((a) => samePackage(ecosystem, name, a.package));
  const fixed = /* @__PURE__ */ new Set();
  for (const entry of affected) {
    for (const range of Array.isArray(entry.ranges) ? entry.ranges.filter(isRecord2) : []) {
      if (range.type === "GIT") continue;
      for (const event of Array.isArray(range.events) ? range.events.filter(isRecord2) : []) {
        if (typeof event.fixed === "string") fixed.add(event.fixed);
      }
    }
  }
  const details = typeof record.details === "string" ? record.details.split("\n")[0] ?? "" : "";
  return {
    id,
    aliases: sortAliases(strings2(record.aliases)),
    summary: typeof record.summary === "string" && record.summary !== "" ? record.summary : details,
    severity: severityOf(record, affected),
    url: anomalyUrl(id),
    fixedVersions: [...fixed],
    ...typeof record.withdrawn === "string" ? { withdrawn: record.withdrawn } : {}
  };
}

// src/enrich/anomaly-lookup.ts
function queryOf(plan) {
  return plan !== null && "query" in plan ? [plan.query] : [];
}
async function lookUpAnomalies(http, osvUrl, queries, options) {
  const index = /* @__PURE__ */ new Map();
  const distinct = [];
  for (const query of queries) {
    const key = osvQueryKey(query);
    if (index.has(key)) continue;
    index.set(key, distinct.length);
    distinct.push(query);
  }
  options.onProgress?.(`asking OSV about ${distinct.length} package version(s)`);
  const batch = await queryOsvBatch(http, osvUrl, distinct);
  const ids = /* @__PURE__ */ new Set();
  for (const result of batch.ids) if (Array.isArray(result)) for (const id of result) ids.add(id);
  options.onProgress?.(`${batch.batchRequests} OSV batch request(s); reading ${ids.size} anomaly record(s)`);
  const records = await fetchOsvRecords(http, osvUrl, [...ids].sort(), options.concurrency);
  return {
    batchRequests: batch.batchRequests,
    recordRequests: ids.size,
    idsOf(query) {
      const at = index.get(osvQueryKey(query));
      if (at === void 0) throw new Error(`OSV query ${osvQueryKey(query)} was not looked up`);
      return batch.ids[at];
    },
    anomalyOf(id, ecosystem, name, onFailure) {
      const record = records.get(id);
      if (record instanceof LookupError) {
        onFailure(record);
        return anomalyWithoutDetails(id);
      }
      return toAnomaly(record, ecosystem, name, id);
    }
  };
}
var SEVERITY_ORDER = ["critical", "high", "medium", "low", "none", "unknown"];
function compareAnomalies(a, b) {
  return SEVERITY_ORDER.indexOf(a.severity.label) - SEVERITY_ORDER.indexOf(b.severity.label) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

// src/enrich/release-notes.ts
var DEFAULT_MAX_TAG_LOOKUPS = 24;
function parseGitHubRepo(url) {
  if (url === void 0) return void 0;
  const match = /^(?:git\+)?(?:(?:https?|git|ssh|git\+ssh):\/\/)?(?:[^@/]+@)?(?:www\.)?github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/#?].*)?$/i.exec(
    url.trim()
  );
  if (!match) return void 0;
  const [, owner, repo] = match;
  if (repo === "" || repo === "." || repo === "..") return void 0;
  return { owner, repo };
}
var FORMS = [
  (_, bare) => `v${bare}`,
  (_, bare) => bare,
  (name, bare) => `${name}@${bare}`,
  (name, bare) => `${name}@v${bare}`
];
var bareVersion = (version) => version.replace(/^v(?=\d)/, "");
function isTagName(tag) {
  return tag.length > 0 && tag.length <= 200 && /^[A-Za-z0-9._@/+-]+$/.test(tag) && !tag.includes("..") && !tag.includes("//") && !tag.includes("@{") && !/^[/.]|[/.]$|\.lock$|\/\./.test(tag);
}
var repoKey = (repo) => `${repo.owner}/${repo.repo}`.toLowerCase();
function createTagResolver(tagExists, maxLookups = DEFAULT_MAX_TAG_LOOKUPS) {
  let lookups = 0;
  const answers = /* @__PURE__ */ new Map();
  const refused = /* @__PURE__ */ new Set();
  const preferred = /* @__PURE__ */ new Map();
  const exists = (repo, tag) => {
    const key = `${repoKey(repo)}\0${tag}`;
    const known = answers.get(key);
    if (known !== void 0) return known;
    if (tagExists === void 0 || refused.has(repoKey(repo)) || lookups >= maxLookups)
      return Promise.resolve(void 0);
    lookups++;
    const answer = tagExists(repo, tag).then(
      (found) => found === true,
      () => {
        refused.add(repoKey(repo));
        return void 0;
      }
    );
    answers.set(key, answer);
    return answer;
  };
  return {
    get lookups() {
      return lookups;
    },
    async resolve(repo, name, version) {
      if (tagExists === void 0) return void 0;
      const bare = bareVersion(version);
      if (!isTagName(bare) || !/^[A-Za-z0-9]/.test(bare)) return void 0;
      const first = preferred.get(repoKey(repo));
      const order = first === void 0 ? FORMS.keys() : [first, ...FORMS.keys()];
      const asked = /* @__PURE__ */ new Set();
      for (const index of order) {
        const tag = FORMS[index](name, bare);
        if (asked.has(tag) || !isTagName(tag)) continue;
        asked.add(tag);
        const found = await exists(repo, tag);
        if (found === true) {
          preferred.set(repoKey(repo), index);
          return tag;
        }
        if (found === void 0) return void 0;
      }
      return void 0;
    }
  };
}
var NO_TAGS = createTagResolver(void 0);
var encodeTag = (tag) => tag.split("/").map(encodeURIComponent).join("/");
async function findReleaseNotes(change, links, tags = NO_TAGS) {
  const repo = parseGitHubRepo(links.sourceRepo);
  const changelog = links.changelog !== void 0 && change.to !== null ? { url: links.changelog, kind: "changelog", tagGuessed: false } : void 0;
  if (repo === void 0 || change.to === null) return changelog ?? null;
  const base = `https://github.com/${repo.owner}/${repo.repo}`;
  const to = await tags.resolve(repo, change.name, change.to);
  const release = to === void 0 ? void 0 : {
    url: `${base}/releases/tag/${encodeTag(to)}`,
    kind: "release",
    tagGuessed: false,
    tags: { to }
  };
  if (change.from !== null && to !== void 0) {
    const from = await tags.resolve(repo, change.name, change.from);
    if (from !== void 0) {
      return {
        url: `${base}/compare/${encodeTag(from)}...${encodeTag(to)}`,
        kind: "compare",
        tagGuessed: false,
        tags: { from, to }
      };
    }
  }
  const releases = { url: `${base}/releases`, kind: "releases", tagGuessed: false };
  return change.from === null ? release ?? changelog ?? releases : changelog ?? release ?? releases;
}

export {
  LookupError,
  createHttpClient,
  mapWithLimit,
  compareLicences,
  DEFAULT_REGISTRY_URLS,
  repoFromName,
  lookupVersionFacts,
  planOsvQuery,
  queryOf,
  lookUpAnomalies,
  compareAnomalies,
  parseGitHubRepo,
  createTagResolver,
  findReleaseNotes
};
