import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  FULL_COMMIT
} from "./chunk-WJY5KL23.js";
import {
  strongerScope
} from "./chunk-P55ZYZZQ.js";
import {
  normalizePythonName,
  requirementName
} from "./chunk-THIFTVM5.js";
import {
  TomlError,
  parse
} from "./chunk-2XMOK5EZ.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import {
  LockfileParseError
} from "./chunk-CLRKW6GA.js";

// src/lockfiles/python/common.ts
function parseToml(file, text) {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split("\n")[0] ?? error.message;
      throw new LockfileParseError(file, error.line, `invalid TOML: ${first}`);
    }
    throw new LockfileParseError(
      file,
      void 0,
      `invalid TOML: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function isTable(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date);
}
function optionalTable(file, value, what, line) {
  if (value === void 0) return void 0;
  if (!isTable(value)) throw new LockfileParseError(file, line, `expected ${what} to be a table`);
  return value;
}
function optionalArray(file, value, what, line) {
  if (value === void 0) return void 0;
  if (!Array.isArray(value)) throw new LockfileParseError(file, line, `expected ${what} to be an array`);
  return value;
}
function optionalString(file, value, what, line) {
  if (value === void 0) return void 0;
  if (typeof value !== "string") throw new LockfileParseError(file, line, `expected ${what} to be a string`);
  return value;
}
function requireString(file, value, what, line) {
  if (typeof value !== "string" || value === "") {
    throw new LockfileParseError(file, line, `expected ${what} to be a non-empty string`);
  }
  return value;
}
function packageHeaderLines(text, count) {
  const lines = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf("\n", start);
    const row = text.slice(start, end === -1 ? text.length : end);
    if (/^\s*\[\[\s*package\s*\]\]/.test(row)) lines.push(line);
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return lines.length === count ? lines : new Array(count).fill(void 0);
}
function joinHashes(hashes) {
  const unique = [...new Set([...hashes].filter((hash) => hash !== ""))].sort();
  return unique.length > 0 ? unique.join(" ") : void 0;
}
function fileHashes(files, version) {
  if (!Array.isArray(files)) return [];
  const hashes = [];
  for (const entry of files) {
    if (!isTable(entry) || typeof entry.hash !== "string") continue;
    if (version !== void 0 && typeof entry.file === "string" && !fileHasVersion(entry.file, version))
      continue;
    hashes.push(entry.hash);
  }
  return hashes;
}
function fileHasVersion(file, version) {
  return file.includes(`-${version}-`) || file.includes(`-${version}.tar`) || file.includes(`-${version}.zip`);
}
function makePythonPackage(fields) {
  const name = normalizePythonName(fields.name);
  return {
    ecosystem: "PyPI",
    name,
    version: fields.version,
    purl: makePurl("PyPI", name, fields.version, fields.git),
    direct: fields.direct,
    scope: fields.scope,
    lockfile: fields.lockfile,
    ...fields.integrity !== void 0 ? { integrity: fields.integrity } : {},
    ...fields.source !== void 0 ? { source: fields.source } : {},
    ...fields.git !== void 0 ? { ref: fields.git.commit } : {}
  };
}
function gitPin(url, commit) {
  if (url === void 0 || commit === void 0 || !FULL_COMMIT.test(commit)) return void 0;
  return { url, commit: commit.toLowerCase() };
}
function isDistributionFile(path) {
  return /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip|egg)$/i.test(path);
}
function attachEdges(listed, madeAt, targetsOf) {
  const edges = /* @__PURE__ */ new Map();
  for (const [index, made] of madeAt) {
    let into = edges.get(made.purl);
    if (into === void 0) edges.set(made.purl, into = /* @__PURE__ */ new Set());
    for (const to of targetsOf(index)) {
      const target = madeAt.get(to);
      if (target !== void 0 && target.purl !== made.purl) into.add(target.purl);
    }
  }
  for (const pkg of listed) pkg.dependencies = [...edges.get(pkg.purl) ?? []].sort();
}
function dedupePackages(packages) {
  const byKey = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    const key = `${pkg.name}\0${pkg.version}\0${pkg.source ?? ""}\0${pkg.ref ?? ""}`;
    const previous = byKey.get(key);
    if (!previous) {
      byKey.set(key, pkg);
      continue;
    }
    previous.scope = strongerScope(previous.scope, pkg.scope);
    previous.direct = previous.direct === true || pkg.direct === true ? true : previous.direct === null ? pkg.direct : previous.direct;
    if (previous.integrity === void 0 && pkg.integrity !== void 0) previous.integrity = pkg.integrity;
  }
  return [...byKey.values()];
}
function emptyDeclarations() {
  return { scopes: /* @__PURE__ */ new Map(), extras: /* @__PURE__ */ new Map() };
}
function declare(declared, name, scope, extras = [], self) {
  if (name === void 0 || name === self) return;
  const previous = declared.scopes.get(name);
  declared.scopes.set(name, previous ? strongerScope(previous, scope) : scope);
  if (extras.length > 0) {
    const set = declared.extras.get(name) ?? /* @__PURE__ */ new Set();
    for (const extra of extras) set.add(extra);
    declared.extras.set(name, set);
  }
}
function declareRequirements(declared, list, scope, self) {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (typeof item === "string")
      declare(declared, requirementName(item), scope, requirementExtras(item), self);
  }
}
function specExtras(spec) {
  if (!isTable(spec) || !Array.isArray(spec.extras)) return [];
  return spec.extras.filter((extra) => typeof extra === "string").map(normalizePythonName);
}
function declarePoetryTable(declared, deps, scope, self) {
  if (!isTable(deps)) return;
  for (const [name, spec] of Object.entries(deps)) {
    if (name.toLowerCase() === "python") continue;
    const specs = Array.isArray(spec) ? spec : [spec];
    const optional = specs.some((item) => isTable(item) && item.optional === true);
    const extras = specs.flatMap(specExtras);
    declare(
      declared,
      normalizePythonName(name),
      optional && scope === "runtime" ? "optional" : scope,
      extras,
      self
    );
  }
}
function readPyproject(file, text) {
  const doc = parseToml(file, text);
  const declared = emptyDeclarations();
  const project = isTable(doc.project) ? doc.project : void 0;
  const tool = isTable(doc.tool) ? doc.tool : void 0;
  const poetry = tool && isTable(tool.poetry) ? tool.poetry : void 0;
  const projectName = typeof project?.name === "string" ? project.name : typeof poetry?.name === "string" ? poetry.name : void 0;
  const self = projectName !== void 0 ? normalizePythonName(projectName) : void 0;
  if (project) {
    declareRequirements(declared, project.dependencies, "runtime", self);
    if (isTable(project["optional-dependencies"])) {
      for (const list of Object.values(project["optional-dependencies"]))
        declareRequirements(declared, list, "optional", self);
    }
  }
  if (isTable(doc["dependency-groups"])) {
    for (const list of Object.values(doc["dependency-groups"]))
      declareRequirements(declared, list, "dev", self);
  }
  if (poetry) {
    declarePoetryTable(declared, poetry.dependencies, "runtime", self);
    declarePoetryTable(declared, poetry["dev-dependencies"], "dev", self);
    if (isTable(poetry.group)) {
      for (const [group, table] of Object.entries(poetry.group)) {
        if (isTable(table))
          declarePoetryTable(declared, table.dependencies, group === "main" ? "runtime" : "dev", self);
      }
    }
  }
  const pdm = tool && isTable(tool.pdm) ? tool.pdm : void 0;
  if (pdm && isTable(pdm["dev-dependencies"])) {
    for (const list of Object.values(pdm["dev-dependencies"]))
      declareRequirements(declared, list, "dev", self);
  }
  const uv = tool && isTable(tool.uv) ? tool.uv : void 0;
  if (uv) declareRequirements(declared, uv["dev-dependencies"], "dev", self);
  return declared;
}
function readManifest(manifests, path, lockfile, findings, read = readPyproject) {
  const text = manifests?.get(path);
  if (text === void 0) return void 0;
  try {
    return read(path, text);
  } catch (error) {
    if (!(error instanceof LockfileParseError)) throw error;
    findings.push({
      lockfile,
      message: `${error.message}; direct and transitive dependencies can't be told apart`
    });
    return void 0;
  }
}
var SCOPE_ORDER = ["runtime", "optional", "dev"];
function reachScopes(count, seeds, dependencies, extraDependencies) {
  const scopes = new Array(count).fill(void 0);
  for (const scope of SCOPE_ORDER) {
    const queue = seeds.filter((seed) => seed.scope === scope).map((seed) => seed.edge);
    const visited = /* @__PURE__ */ new Set();
    const visitedExtras = /* @__PURE__ */ new Map();
    for (let head = 0; head < queue.length; head++) {
      const { to, extras } = queue[head];
      if (!visited.has(to)) {
        visited.add(to);
        if (scopes[to] === void 0) scopes[to] = scope;
        queue.push(...dependencies(to));
      }
      let seen = visitedExtras.get(to);
      for (const extra of extras) {
        seen ??= /* @__PURE__ */ new Set();
        visitedExtras.set(to, seen);
        if (seen.has(extra)) continue;
        seen.add(extra);
        queue.push(...extraDependencies(to, extra));
      }
    }
  }
  return scopes;
}
function reachFromDeclarations(declared, names, dependencies, extraDependencies) {
  const byName = indexByName(names);
  const seeds = [...declared.scopes].flatMap(
    ([name, scope]) => (byName.get(name) ?? []).map((to) => ({
      edge: { to, extras: [...declared.extras.get(name) ?? []] },
      scope
    }))
  );
  return reachScopes(
    names.length,
    seeds,
    (index) => dependencies(index, byName),
    (index, extra) => extraDependencies(index, extra, byName)
  );
}
function reportUnscoped(lockfile, unknown, recorded) {
  if (unknown.length === 0) return [];
  return [
    {
      lockfile,
      message: `${unknown.length} package(s) without ${recorded} and not reachable from pyproject.toml declarations: scope taken as runtime (${unknown.slice(0, 10).join(", ")}${unknown.length > 10 ? ", \u2026" : ""})`
    }
  ];
}
function indexByName(names) {
  const byName = /* @__PURE__ */ new Map();
  names.forEach((name, index) => {
    const list = byName.get(name);
    if (list) list.push(index);
    else byName.set(name, [index]);
  });
  return byName;
}
function requirementExtras(requirement) {
  const match = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]/.exec(requirement);
  return match ? match[1].split(",").map((extra) => normalizePythonName(extra.trim())).filter((extra) => extra !== "") : [];
}

export {
  parseToml,
  isTable,
  optionalTable,
  optionalArray,
  optionalString,
  requireString,
  packageHeaderLines,
  joinHashes,
  fileHashes,
  makePythonPackage,
  gitPin,
  isDistributionFile,
  attachEdges,
  dedupePackages,
  emptyDeclarations,
  declare,
  specExtras,
  readManifest,
  reachScopes,
  reachFromDeclarations,
  reportUnscoped,
  indexByName,
  requirementExtras
};
