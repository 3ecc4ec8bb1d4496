import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  normalizeNugetVersion,
  nugetScheme
} from "./chunk-5BJOCA7T.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  lineAt,
  parseJson
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/nuget.ts
var SUPPORTED_VERSIONS = [1, 2];
var KNOWN_TYPES = /* @__PURE__ */ new Set(["Direct", "Transitive", "CentralTransitive", "Project"]);
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function locateKey(text, key, from = 0) {
  const offset = text.indexOf(JSON.stringify(key), from);
  return offset === -1 ? { line: void 0, offset: from } : { line: lineAt(text, offset), offset };
}
function dependencyIds(file, line, name, framework, value) {
  if (value === void 0) return [];
  if (!isObject(value) || !Object.values(value).every((range) => typeof range === "string"))
    throw new LockfileParseError(
      file,
      line(),
      `"${name}" in "${framework}": "dependencies" must map ids to version strings`
    );
  return Object.keys(value);
}
function parseNugetLock(input) {
  const file = input.path;
  const text = input.text;
  const root = parseJson(file, text);
  if (!isObject(root)) throw new LockfileParseError(file, 1, "expected a JSON object");
  const version = root.version;
  if (typeof version !== "number" || !SUPPORTED_VERSIONS.includes(version)) {
    throw new LockfileParseError(
      file,
      locateKey(text, "version").line,
      `unsupported packages.lock.json version ${JSON.stringify(version ?? null)}; supported: ${SUPPORTED_VERSIONS.join(", ")}`
    );
  }
  const graphs = root.dependencies;
  if (!isObject(graphs)) {
    throw new LockfileParseError(
      file,
      locateKey(text, "dependencies").line,
      'expected "dependencies" to be an object'
    );
  }
  const findings = [];
  const merged = /* @__PURE__ */ new Map();
  const projects = /* @__PURE__ */ new Map();
  const unparsable = /* @__PURE__ */ new Set();
  const resolvedIn = /* @__PURE__ */ new Map();
  for (const [framework, graph] of Object.entries(graphs)) {
    if (!isObject(graph)) {
      throw new LockfileParseError(
        file,
        locateKey(text, framework).line,
        `expected target "${framework}" to be an object`
      );
    }
    for (const [name, entry] of Object.entries(graph)) {
      const at = {
        get line() {
          return locateKey(text, name, locateKey(text, framework).offset).line;
        }
      };
      if (!isObject(entry)) {
        throw new LockfileParseError(file, at.line, `expected "${name}" in "${framework}" to be an object`);
      }
      if (name.trim() === "")
        throw new LockfileParseError(file, at.line, `empty package id in "${framework}"`);
      const type = entry.type;
      if (typeof type !== "string") {
        throw new LockfileParseError(file, at.line, `"${name}" in "${framework}" has no "type" string`);
      }
      if (type === "Project") {
        if (!projects.has(name.toLowerCase())) projects.set(name.toLowerCase(), { name, line: at.line });
        continue;
      }
      const resolved = entry.resolved;
      if (typeof resolved !== "string" || resolved.trim() === "") {
        throw new LockfileParseError(file, at.line, `"${name}" in "${framework}" has no "resolved" version`);
      }
      const contentHash = entry.contentHash;
      if (contentHash !== void 0 && typeof contentHash !== "string") {
        throw new LockfileParseError(
          file,
          at.line,
          `"${name}" in "${framework}": "contentHash" must be a string`
        );
      }
      if (!KNOWN_TYPES.has(type)) {
        findings.push({
          lockfile: file,
          line: at.line,
          message: `${name} ${resolved}: unknown dependency type "${type}" in "${framework}"; listed, direct unknown`
        });
      }
      if (nugetScheme.parse(resolved) === null && !unparsable.has(resolved)) {
        unparsable.add(resolved);
        findings.push({
          lockfile: file,
          line: at.line,
          message: `${name}: "${resolved}" is not a NuGet version; listed as written, it cannot be ordered`
        });
      }
      const direct = type === "Direct" ? true : KNOWN_TYPES.has(type) ? false : null;
      const key = `${name.toLowerCase()}@${normalizeNugetVersion(resolved)}`;
      const ids = dependencyIds(file, () => at.line, name, framework, entry.dependencies);
      const inGraph = resolvedIn.get(framework) ?? /* @__PURE__ */ new Map();
      resolvedIn.set(framework, inGraph);
      inGraph.set(name.toLowerCase(), key);
      const seen = merged.get(key);
      if (seen) {
        seen.edges.push({ framework, ids });
        if (direct === true || seen.pkg.direct === false && direct === null) seen.pkg.direct = direct;
        if (seen.pkg.integrity === void 0 && contentHash) seen.pkg.integrity = `sha512-${contentHash}`;
        continue;
      }
      merged.set(key, {
        pkg: {
          ecosystem: "NuGet",
          name,
          version: resolved,
          purl: makePurl("NuGet", name, resolved),
          direct,
          scope: "runtime",
          lockfile: file,
          // contentHash is the base64 SHA-512 of the .nupkg: written in SRI form, it says which hash it is.
          ...contentHash ? { integrity: `sha512-${contentHash}` } : {}
        },
        edges: [{ framework, ids }]
      });
    }
  }
  findings.push(
    ...reportFirstParty(
      file,
      [...projects.values()].map(({ name, line }) => ({ name, folder: "project reference", line }))
    )
  );
  for (const entry of merged.values()) entry.pkg.dependencies = resolveEdges(entry.edges, resolvedIn, merged);
  return { format: `nuget-v${version}`, packages: [...merged.values()].map((entry) => entry.pkg), findings };
}
function resolveEdges(edges, resolvedIn, merged) {
  const purls = /* @__PURE__ */ new Set();
  for (const { framework, ids } of edges) {
    const own = resolvedIn.get(framework);
    const slash = framework.indexOf("/");
    const base = slash === -1 ? void 0 : resolvedIn.get(framework.slice(0, slash));
    for (const id of ids) {
      const key = own?.get(id.toLowerCase()) ?? base?.get(id.toLowerCase());
      const target = key === void 0 ? void 0 : merged.get(key);
      if (target) purls.add(target.pkg.purl);
    }
  }
  return [...purls];
}
var nugetFormat = {
  id: "nuget",
  ecosystem: "NuGet",
  // packages.<project>.lock.json is the documented per-project name when several projects share a folder.
  matches: (path) => /^packages(?:\.[^/]+)?\.lock\.json$/.test(basename(path)),
  parse: parseNugetLock
};
export {
  nugetFormat
};
