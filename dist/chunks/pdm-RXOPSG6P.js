import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  attachEdges,
  dedupePackages,
  fileHashes,
  gitPin,
  indexByName,
  isDistributionFile,
  isTable,
  joinHashes,
  makePythonPackage,
  optionalArray,
  optionalTable,
  packageHeaderLines,
  parseToml,
  reachFromDeclarations,
  readManifest,
  reportUnscoped,
  requireString,
  requirementExtras
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

// src/lockfiles/python/pdm.ts
var SUPPORTED_MAJORS = ["3", "4"];
var SOURCE_KEYS = [
  ["git", "git"],
  ["url", "url"],
  ["path", "path"]
];
function optionalGroupNames(text) {
  if (text === void 0) return /* @__PURE__ */ new Set();
  try {
    const doc = parseToml("pyproject.toml", text);
    const project = isTable(doc.project) ? doc.project : void 0;
    const optional = project && isTable(project["optional-dependencies"]) ? project["optional-dependencies"] : {};
    return new Set(Object.keys(optional).map(normalizePythonName));
  } catch {
    return /* @__PURE__ */ new Set();
  }
}
function scopeFromGroups(groups, optionalGroups) {
  const names = groups.filter((group) => typeof group === "string").map(normalizePythonName);
  if (names.includes("default")) return "runtime";
  if (names.some((group) => optionalGroups.has(group))) return "optional";
  return "dev";
}
function parsePdmLock(input) {
  const file = input.path;
  const doc = parseToml(file, input.text);
  const findings = [];
  const metadata = optionalTable(file, doc.metadata, "[metadata]") ?? {};
  const lockVersion = metadata.lock_version;
  if (typeof lockVersion !== "string" || !SUPPORTED_MAJORS.includes(lockVersion.split(".")[0])) {
    throw new LockfileParseError(
      file,
      void 0,
      `unsupported pdm.lock lock_version ${String(lockVersion)} (supported: ${SUPPORTED_MAJORS.map((major) => `${major}.x`).join(", ")})`
    );
  }
  const entries = optionalArray(file, doc.package, "[[package]]") ?? [];
  const lines = packageHeaderLines(input.text, entries.length);
  const tables = entries.map((entry, index) => {
    if (!isTable(entry))
      throw new LockfileParseError(file, lines[index], "expected [[package]] entry to be a table");
    return entry;
  });
  const names = tables.map(
    (entry, index) => normalizePythonName(requireString(file, entry.name, "package name", lines[index]))
  );
  const versions = tables.map(
    (entry, index) => requireString(file, entry.version, `version of ${names[index]}`, lines[index])
  );
  const metaFiles = optionalTable(file, metadata.files, "[metadata.files]");
  const filesByKey = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(metaFiles ?? {})) {
    const [name = "", version = ""] = key.trim().split(/\s+/);
    filesByKey.set(`${normalizePythonName(name)} ${version}`, value);
  }
  const manifestPath = joinPath(dirname(file), "pyproject.toml");
  const declared = readManifest(input.manifests, manifestPath, file, findings);
  const optionalGroups = optionalGroupNames(input.manifests?.get(manifestPath));
  const recorded = tables.map((entry, index) => {
    const groups = optionalArray(file, entry.groups, "package groups", lines[index]);
    return groups ? scopeFromGroups(groups, optionalGroups) : void 0;
  });
  let reached;
  if (recorded.some((scope) => scope === void 0) && declared) {
    const edgesOf = (requirements, byName2) => (Array.isArray(requirements) ? requirements : []).flatMap((item) => {
      if (typeof item !== "string") return [];
      const name = requirementName(item);
      return ((name !== void 0 ? byName2.get(name) : void 0) ?? []).map((to) => ({
        to,
        extras: requirementExtras(item)
      }));
    });
    reached = reachFromDeclarations(
      declared,
      names,
      (index, byName2) => edgesOf(tables[index].dependencies, byName2),
      // An extras entry of the same name+version carries what the extra adds.
      (index, extra, byName2) => (byName2.get(names[index]) ?? []).filter((other) => {
        const extras = tables[other].extras;
        return versions[other] === versions[index] && Array.isArray(extras) && extras.some((e) => typeof e === "string" && normalizePythonName(e) === extra);
      }).flatMap((other) => edgesOf(tables[other].dependencies, byName2))
    );
  }
  const unknown = names.filter((_, index) => recorded[index] === void 0 && reached?.[index] === void 0);
  findings.push(...reportUnscoped(file, unknown, "groups"));
  const packages = [];
  const madeAt = /* @__PURE__ */ new Map();
  const firstParty = [];
  const ownDeclared = /* @__PURE__ */ new Set();
  tables.forEach((entry, index) => {
    const name = names[index];
    const version = versions[index];
    const path = typeof entry.path === "string" ? entry.path : void 0;
    if (path !== void 0 && (entry.editable === true || !isDistributionFile(path))) {
      firstParty.push({ name, folder: path, line: lines[index] });
      for (const item of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
        const required = typeof item === "string" ? requirementName(item) : void 0;
        if (required !== void 0) ownDeclared.add(required);
      }
      return;
    }
    const source = SOURCE_KEYS.find(([key]) => entry[key] !== void 0)?.[1];
    const git = source === "git" ? gitPin(
      typeof entry.git === "string" ? entry.git : void 0,
      typeof entry.revision === "string" ? entry.revision : void 0
    ) : void 0;
    const hashes = entry.files !== void 0 ? fileHashes(entry.files) : fileHashes(filesByKey.get(`${name} ${version}`));
    const made = makePythonPackage({
      name,
      version,
      direct: declared ? declared.scopes.has(name) : null,
      scope: recorded[index] ?? reached?.[index] ?? "runtime",
      lockfile: file,
      integrity: joinHashes(hashes),
      source: source === "path" ? "file" : source,
      git
    });
    packages.push(made);
    madeAt.set(index, made);
  });
  for (const pkg of packages) if (ownDeclared.has(pkg.name)) pkg.direct = true;
  findings.push(...reportFirstParty(file, firstParty));
  const byName = indexByName(names);
  const listed = dedupePackages(packages);
  attachEdges(listed, madeAt, (index) => {
    const requirements = tables[index].dependencies;
    return (Array.isArray(requirements) ? requirements : []).flatMap((item) => {
      const required = typeof item === "string" ? requirementName(item) : void 0;
      return (required !== void 0 ? byName.get(required) : void 0) ?? [];
    });
  });
  return { format: `pdm-lock-${lockVersion}`, packages: listed, findings };
}
var pdmFormat = {
  id: "pdm",
  ecosystem: "PyPI",
  matches: (path) => basename(path) === "pdm.lock",
  manifests: (lockPath) => [joinPath(dirname(lockPath), "pyproject.toml")],
  parse: parsePdmLock
};
export {
  pdmFormat
};
