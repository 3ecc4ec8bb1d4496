import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  attachEdges,
  dedupePackages,
  fileHashes,
  gitPin,
  indexByName,
  isTable,
  joinHashes,
  makePythonPackage,
  optionalArray,
  optionalString,
  optionalTable,
  packageHeaderLines,
  parseToml,
  reachFromDeclarations,
  readManifest,
  reportUnscoped,
  requireString,
  requirementExtras,
  specExtras
} from "./chunk-6JX6F6CU.js";
import "./chunk-WJY5KL23.js";
import "./chunk-P55ZYZZQ.js";
import {
  normalizePythonName,
  requirementName
} from "./chunk-THIFTVM5.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import "./chunk-2XMOK5EZ.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename,
  dirname,
  joinPath
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/python/poetry.ts
var SUPPORTED = "none (Poetry < 1.1), 1.x, 2.x";
var SOURCE_KINDS = { git: "git", file: "file", url: "url" };
function recordedScope(file, entry, line) {
  const optional = entry.optional === true;
  const groups = optionalArray(file, entry.groups, "package groups", line);
  if (groups !== void 0) {
    if (groups.includes("main")) return optional ? "optional" : "runtime";
    return "dev";
  }
  const category = optionalString(file, entry.category, "package category", line);
  if (category === "dev") return "dev";
  if (category !== void 0) return optional ? "optional" : "runtime";
  return void 0;
}
function dependencyEdges(entry, byName) {
  const edges = [];
  if (!isTable(entry.dependencies)) return edges;
  for (const [name, spec] of Object.entries(entry.dependencies)) {
    const extras = (Array.isArray(spec) ? spec : [spec]).flatMap(specExtras);
    for (const to of byName.get(normalizePythonName(name)) ?? []) edges.push({ to, extras });
  }
  return edges;
}
function extraEdges(entry, extra, byName) {
  if (!isTable(entry.extras)) return [];
  const edges = [];
  for (const [key, list] of Object.entries(entry.extras)) {
    if (normalizePythonName(key) !== extra || !Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item !== "string") continue;
      const name = requirementName(item);
      for (const to of (name !== void 0 ? byName.get(name) : void 0) ?? [])
        edges.push({ to, extras: requirementExtras(item) });
    }
  }
  return edges;
}
function parsePoetryLock(input) {
  const file = input.path;
  const doc = parseToml(file, input.text);
  const findings = [];
  const metadata = optionalTable(file, doc.metadata, "[metadata]") ?? {};
  const lockVersion = metadata["lock-version"];
  if (lockVersion !== void 0 && (typeof lockVersion !== "string" || !/^[12]\.\d+$/.test(lockVersion))) {
    throw new LockfileParseError(
      file,
      void 0,
      `unsupported poetry.lock lock-version ${String(lockVersion)} (supported: ${SUPPORTED})`
    );
  }
  const entries = optionalArray(file, doc.package, "[[package]]") ?? [];
  const lines = packageHeaderLines(input.text, entries.length);
  const metaFiles = optionalTable(file, metadata.files, "[metadata.files]");
  const metaHashes = optionalTable(file, metadata.hashes, "[metadata.hashes]");
  const nameCounts = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if (isTable(entry) && typeof entry.name === "string") {
      const name = normalizePythonName(entry.name);
      nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    }
  }
  const filesByName = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(metaFiles ?? metaHashes ?? {}))
    filesByName.set(normalizePythonName(key), value);
  const manifestPath = joinPath(dirname(file), "pyproject.toml");
  const declared = readManifest(input.manifests, manifestPath, file, findings);
  const tables = entries.map((entry, index) => {
    if (!isTable(entry))
      throw new LockfileParseError(file, lines[index], "expected [[package]] entry to be a table");
    return entry;
  });
  const names = tables.map(
    (entry, index) => normalizePythonName(requireString(file, entry.name, "package name", lines[index]))
  );
  const recorded = tables.map((entry, index) => recordedScope(file, entry, lines[index]));
  let reached;
  if (recorded.some((scope) => scope === void 0)) {
    if (declared) {
      reached = reachFromDeclarations(
        declared,
        names,
        (index, byName2) => dependencyEdges(tables[index], byName2),
        (index, extra, byName2) => extraEdges(tables[index], extra, byName2)
      );
    }
    const unknown = names.filter(
      (_, index) => recorded[index] === void 0 && reached?.[index] === void 0
    );
    findings.push(...reportUnscoped(file, unknown, "category or groups"));
  }
  const packages = [];
  const madeAt = /* @__PURE__ */ new Map();
  const firstParty = [];
  const ownDeclared = /* @__PURE__ */ new Set();
  tables.forEach((entry, index) => {
    const line = lines[index];
    const normalized = names[index];
    const name = normalized;
    const version = requireString(file, entry.version, `version of ${name}`, line);
    const scope = recorded[index] ?? (entry.optional === true && reached?.[index] === "runtime" ? "optional" : reached?.[index]) ?? "runtime";
    const sourceTable = optionalTable(file, entry.source, `source of ${name}`, line);
    let source;
    let git;
    if (sourceTable) {
      const type = optionalString(file, sourceTable.type, `source type of ${name}`, line);
      const url = optionalString(file, sourceTable.url, `source url of ${name}`, line);
      if (type === "directory") {
        firstParty.push({ name, folder: url ?? "?", line });
        if (isTable(entry.dependencies))
          for (const dependency of Object.keys(entry.dependencies))
            ownDeclared.add(normalizePythonName(dependency));
        return;
      }
      if (type === "git") {
        const resolved = optionalString(
          file,
          sourceTable.resolved_reference,
          `resolved reference of ${name}`,
          line
        );
        git = gitPin(url, resolved);
      }
      source = type !== void 0 && Object.hasOwn(SOURCE_KINDS, type) ? SOURCE_KINDS[type] : void 0;
      if (type !== void 0 && source === void 0 && type !== "legacy" && type !== "pypi") {
        findings.push({
          lockfile: file,
          line,
          message: `${name} ${version}: unknown source type ${type}, treated as a registry`
        });
      }
    }
    let hashes;
    if (entry.files !== void 0) {
      hashes = fileHashes(entry.files);
    } else {
      const recorded2 = filesByName.get(normalized);
      const several = (nameCounts.get(normalized) ?? 0) > 1;
      hashes = Array.isArray(recorded2) ? recorded2.every((item) => typeof item === "string") ? recorded2.map((hash) => hash.includes(":") ? hash : `sha256:${hash}`) : fileHashes(recorded2, several ? version : void 0) : [];
    }
    const made = makePythonPackage({
      name,
      version,
      direct: declared ? declared.scopes.has(normalized) : null,
      scope,
      lockfile: file,
      integrity: joinHashes(hashes),
      source,
      git
    });
    packages.push(made);
    madeAt.set(index, made);
  });
  for (const pkg of packages) if (ownDeclared.has(pkg.name)) pkg.direct = true;
  findings.push(...reportFirstParty(file, firstParty));
  const format = lockVersion === void 0 ? "poetry-lock-1.0-pre" : `poetry-lock-${lockVersion}`;
  const byName = indexByName(names);
  const listed = dedupePackages(packages);
  attachEdges(listed, madeAt, (index) => dependencyEdges(tables[index], byName).map((edge) => edge.to));
  return { format, packages: listed, findings };
}
var poetryFormat = {
  id: "poetry",
  ecosystem: "PyPI",
  matches: (path) => basename(path) === "poetry.lock",
  manifests: (lockPath) => [joinPath(dirname(lockPath), "pyproject.toml")],
  parse: parsePoetryLock
};
export {
  poetryFormat
};
