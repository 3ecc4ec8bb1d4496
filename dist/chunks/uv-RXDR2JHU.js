import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  dedupePackages,
  gitPin,
  indexByName,
  isTable,
  joinHashes,
  makePythonPackage,
  optionalArray,
  optionalTable,
  packageHeaderLines,
  parseToml,
  reachScopes,
  requireString
} from "./chunk-6JX6F6CU.js";
import "./chunk-WJY5KL23.js";
import "./chunk-P55ZYZZQ.js";
import {
  normalizePythonName
} from "./chunk-THIFTVM5.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import "./chunk-2XMOK5EZ.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/python/uv.ts
var SUPPORTED_VERSIONS = [1];
var SOURCE_KINDS = {
  git: "git",
  url: "url",
  path: "file",
  directory: void 0,
  editable: void 0,
  virtual: void 0
};
var FOLDER_KINDS = /* @__PURE__ */ new Set(["directory", "editable", "virtual"]);
function readSource(file, table, line) {
  const source = optionalTable(file, table.source, "package source", line);
  if (!source) return [void 0, void 0];
  for (const kind of ["registry", ...Object.keys(SOURCE_KINDS)]) {
    const value = source[kind];
    if (value !== void 0) return [kind, typeof value === "string" ? value : void 0];
  }
  return [void 0, void 0];
}
function resolveEdges(file, list, packages, byName, line) {
  const entries = optionalArray(file, list, "dependency list", line) ?? [];
  const edges = [];
  for (const entry of entries) {
    if (!isTable(entry) || typeof entry.name !== "string") {
      throw new LockfileParseError(file, line, "expected each dependency to be a table with a name");
    }
    let candidates = byName.get(normalizePythonName(entry.name)) ?? [];
    if (candidates.length > 1 && typeof entry.version === "string") {
      candidates = candidates.filter((index) => packages[index].version === entry.version);
    }
    const extras = Array.isArray(entry.extra) ? entry.extra.filter((extra) => typeof extra === "string").map(normalizePythonName) : [];
    for (const to of candidates) edges.push({ to, extras });
  }
  return edges;
}
function groupTables(file, value, what, line) {
  const table = optionalTable(file, value, what, line);
  return table ? Object.entries(table) : [];
}
function parseUvLock(input) {
  const file = input.path;
  const doc = parseToml(file, input.text);
  const findings = [];
  const version = doc.version;
  if (typeof version !== "number" || !SUPPORTED_VERSIONS.includes(version)) {
    throw new LockfileParseError(
      file,
      void 0,
      `unsupported uv.lock version ${String(version)} (supported: ${SUPPORTED_VERSIONS.join(", ")})`
    );
  }
  const revision = doc.revision;
  if (revision !== void 0 && (typeof revision !== "number" || !Number.isInteger(revision) || revision < 0)) {
    throw new LockfileParseError(file, void 0, `unsupported uv.lock revision ${String(revision)}`);
  }
  const entries = optionalArray(file, doc.package, "[[package]]") ?? [];
  const lines = packageHeaderLines(input.text, entries.length);
  const locked = entries.map((entry, index) => {
    const line = lines[index];
    if (!isTable(entry)) throw new LockfileParseError(file, line, "expected [[package]] entry to be a table");
    const name = normalizePythonName(requireString(file, entry.name, "package name", line));
    const [sourceKind, sourceValue] = readSource(file, entry, line);
    return {
      table: entry,
      name,
      // `version = ""` is not "no version" (a local source): it is a broken entry.
      version: entry.version === void 0 ? void 0 : requireString(file, entry.version, `version of ${name}`, line),
      line,
      sourceKind,
      sourceValue
    };
  });
  const manifest = optionalTable(file, doc.manifest, "[manifest]");
  const members = new Set(
    (optionalArray(file, manifest?.members, "[manifest] members") ?? []).filter((member) => typeof member === "string").map(normalizePythonName)
  );
  const isRoot = (pkg) => (pkg.sourceKind === "editable" || pkg.sourceKind === "virtual") && (pkg.sourceValue === "." || members.has(pkg.name));
  const byName = indexByName(locked.map((pkg) => pkg.name));
  const seeds = [];
  const direct = /* @__PURE__ */ new Set();
  const roots = /* @__PURE__ */ new Set();
  locked.forEach((pkg, index) => {
    if (!isRoot(pkg)) return;
    roots.add(index);
    const add = (list, scope) => {
      for (const edge of resolveEdges(file, list, locked, byName, pkg.line)) {
        seeds.push({ edge, scope });
        direct.add(edge.to);
      }
    };
    add(pkg.table.dependencies, "runtime");
    for (const [, list] of groupTables(
      file,
      pkg.table["optional-dependencies"],
      "optional-dependencies",
      pkg.line
    ))
      add(list, "optional");
    for (const [, list] of groupTables(file, pkg.table["dev-dependencies"], "dev-dependencies", pkg.line))
      add(list, "dev");
  });
  const scopes = roots.size > 0 ? reachScopes(
    locked.length,
    seeds,
    (index) => resolveEdges(file, locked[index].table.dependencies, locked, byName, locked[index].line),
    (index, extra) => {
      const pkg = locked[index];
      const table = optionalTable(
        file,
        pkg.table["optional-dependencies"],
        "optional-dependencies",
        pkg.line
      );
      const match = table ? Object.entries(table).find(([key]) => normalizePythonName(key) === extra) : void 0;
      return match ? resolveEdges(file, match[1], locked, byName, pkg.line) : [];
    }
  ) : void 0;
  const packages = [];
  const byIndex = /* @__PURE__ */ new Map();
  const unreached = [];
  const firstParty = [];
  const ownDirect = /* @__PURE__ */ new Set();
  locked.forEach((pkg, index) => {
    if (roots.has(index)) return;
    if (pkg.sourceKind !== void 0 && FOLDER_KINDS.has(pkg.sourceKind)) {
      firstParty.push({ name: pkg.name, folder: pkg.sourceValue ?? "?", line: pkg.line });
      for (const edge of resolveEdges(file, pkg.table.dependencies, locked, byName, pkg.line))
        ownDirect.add(edge.to);
    }
  });
  locked.forEach((pkg, index) => {
    if (roots.has(index)) return;
    if (pkg.sourceKind !== void 0 && FOLDER_KINDS.has(pkg.sourceKind)) return;
    if (pkg.version === void 0) {
      findings.push({
        lockfile: file,
        line: pkg.line,
        message: `${pkg.name} has no version (a local or dynamic source): not inventoried`
      });
      return;
    }
    let scope = scopes?.[index];
    if (scopes && scope === void 0) unreached.push(`${pkg.name}@${pkg.version}`);
    scope ??= "runtime";
    const sdist = isTable(pkg.table.sdist) && typeof pkg.table.sdist.hash === "string" ? [pkg.table.sdist.hash] : [];
    const wheels = Array.isArray(pkg.table.wheels) ? pkg.table.wheels.flatMap(
      (wheel) => isTable(wheel) && typeof wheel.hash === "string" ? [wheel.hash] : []
    ) : [];
    const hash = pkg.sourceKind === "git" ? pkg.sourceValue?.lastIndexOf("#") : void 0;
    const git = hash !== void 0 && hash !== -1 ? gitPin(pkg.sourceValue, pkg.sourceValue.slice(hash + 1)) : void 0;
    const made = makePythonPackage({
      name: pkg.name,
      version: pkg.version,
      direct: ownDirect.has(index) ? true : roots.size > 0 ? direct.has(index) : null,
      scope,
      lockfile: file,
      integrity: joinHashes([...sdist, ...wheels]),
      source: pkg.sourceKind !== void 0 ? SOURCE_KINDS[pkg.sourceKind] : void 0,
      git
    });
    packages.push(made);
    byIndex.set(index, made);
  });
  findings.push(...reportFirstParty(file, firstParty));
  for (const [index, made] of byIndex) {
    const pkg = locked[index];
    const edges = resolveEdges(file, pkg.table.dependencies, locked, byName, pkg.line);
    made.dependencies = [...new Set(edges.flatMap((edge) => byIndex.get(edge.to)?.purl ?? []))].sort();
  }
  if (roots.size === 0 && locked.length > 0) {
    findings.push({
      lockfile: file,
      message: 'no project package (editable or virtual source ".") found: direct dependencies and scopes are unknown'
    });
  }
  if (unreached.length > 0) {
    findings.push({
      lockfile: file,
      message: `${unreached.length} package(s) not reachable from the project's dependencies: scope taken as runtime (${unreached.slice(0, 10).join(", ")}${unreached.length > 10 ? ", \u2026" : ""})`
    });
  }
  const format = `uv-v${version}${revision !== void 0 ? `-r${String(revision)}` : ""}`;
  return { format, packages: dedupePackages(packages), findings };
}
var uvFormat = {
  id: "uv",
  ecosystem: "PyPI",
  matches: (path) => basename(path) === "uv.lock",
  parse: parseUvLock
};
export {
  uvFormat
};
