import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  PackageCollector,
  lineOfKey
} from "./chunk-MZRFPHAK.js";
import {
  hostOfUrl
} from "./chunk-VS777EZL.js";
import {
  isGitSpec
} from "./chunk-WJY5KL23.js";
import {
  strongerScope
} from "./chunk-P55ZYZZQ.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  createScanner,
  parseJson
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/bun.ts
var SUPPORTED_VERSIONS = [0, 1, 2, 3];
var ROOT_FIELDS = [
  ["dependencies", "runtime"],
  ["peerDependencies", "runtime"],
  ["optionalDependencies", "optional"],
  ["devDependencies", "dev"]
];
var BUN_LOCKB_MESSAGE = "bun.lockb (binary) is unsupported: run `bun install --save-text-lockfile` (bun >= 1.1.39) to migrate to bun.lock";
var bunFormat = {
  id: "bun",
  ecosystem: "npm",
  matches: (path) => basename(path) === "bun.lock" && !isInNodeModules(path),
  parse: parseBunLockfile
};
var bunLockbFormat = {
  id: "bun-lockb",
  ecosystem: "npm",
  matches: (path) => basename(path) === "bun.lockb" && !isInNodeModules(path),
  parse(input) {
    throw new LockfileParseError(input.path, void 0, BUN_LOCKB_MESSAGE);
  }
};
function isInNodeModules(path) {
  return path.startsWith("node_modules/") || path.includes("/node_modules/");
}
function parseBunLockfile(input) {
  const { path, text } = input;
  const json = parseJson(path, toStrictJson(text));
  if (!isObject(json)) throw new LockfileParseError(path, 1, "expected a JSON object at the top level");
  const version = json.lockfileVersion;
  if (typeof version !== "number" || !SUPPORTED_VERSIONS.includes(version)) {
    const found = version === void 0 ? "missing" : JSON.stringify(version);
    throw new LockfileParseError(
      path,
      lineOfKey(text, "lockfileVersion"),
      `unsupported lockfileVersion ${found}; supported: ${SUPPORTED_VERSIONS.join(", ")}`
    );
  }
  const workspaces = requireObject(path, text, json.workspaces, "workspaces");
  const packages = requireObject(path, text, json.packages, "packages");
  const findings = [];
  const entries = /* @__PURE__ */ new Map();
  for (const key of Object.keys(packages)) entries.set(key, readEntry(path, text, key, packages[key]));
  const scopes = /* @__PURE__ */ new Map();
  const direct = /* @__PURE__ */ new Set();
  const queue = [];
  const reach = (key, scope) => {
    const previous = scopes.get(key);
    const next = previous === void 0 ? scope : strongerScope(previous, scope);
    if (next === previous) return;
    scopes.set(key, next);
    queue.push(key);
  };
  for (const wsPath of Object.keys(workspaces)) {
    const workspace = workspaces[wsPath];
    if (!isObject(workspace)) throw entryError(path, text, wsPath, "expected a workspace object");
    const prefix = wsPath === "" ? "" : stringField(path, text, workspace, wsPath, "name") ?? "";
    for (const [field, scope] of ROOT_FIELDS) {
      const declared = workspace[field];
      if (declared === void 0) continue;
      if (!isObject(declared)) throw entryError(path, text, wsPath, `expected "${field}" to be an object`);
      for (const name of Object.keys(declared)) {
        const key = resolveKey(entries, prefix, name);
        if (key === void 0) {
          if (field !== "optionalDependencies" && field !== "peerDependencies") {
            findings.push({
              lockfile: path,
              line: lineOfKey(text, wsPath),
              message: `"${name}" is declared in ${field} of workspace "${wsPath}" but not in the lockfile`
            });
          }
          continue;
        }
        if (entries.get(key).own) continue;
        direct.add(key);
        reach(key, scope);
      }
    }
  }
  for (let key = queue.pop(); key !== void 0; key = queue.pop()) {
    const entry = entries.get(key);
    const scope = scopes.get(key);
    const info = entry.info;
    if (!info) continue;
    const optionalPeers = info.optionalPeers;
    const isOptionalPeer = (name) => Array.isArray(optionalPeers) && optionalPeers.includes(name);
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
      const declared = info[field];
      if (declared === void 0) continue;
      if (!isObject(declared)) throw entryError(path, text, key, `expected "${field}" to be an object`);
      for (const name of Object.keys(declared)) {
        const target = resolveKey(entries, key, name);
        const optional = field === "optionalDependencies" || field === "peerDependencies" && isOptionalPeer(name);
        if (target === void 0) {
          if (field === "dependencies") {
            findings.push({
              lockfile: path,
              line: lineOfKey(text, key),
              message: `"${key}" depends on "${name}", which the lockfile does not resolve`
            });
          }
          continue;
        }
        if (entries.get(target).own) continue;
        reach(target, optional && scope === "runtime" ? "optional" : scope);
      }
    }
  }
  const firstParty = [];
  for (const entry of entries.values()) {
    if (entry.folder === void 0) continue;
    firstParty.push({ name: entry.name, folder: entry.folder, line: lineOfKey(text, entry.key) });
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
      const declared = entry.info?.[field];
      if (!isObject(declared)) continue;
      for (const name of Object.keys(declared)) {
        const target = resolveKey(entries, entry.key, name);
        if (target !== void 0) direct.add(target);
      }
    }
  }
  const collector = new PackageCollector(path);
  const directKnown = Object.hasOwn(workspaces, "");
  const made = /* @__PURE__ */ new Map();
  for (const entry of entries.values()) {
    if (entry.own || entry.folder !== void 0) continue;
    const pkg = collector.add(
      entry.name,
      entry.version,
      directKnown ? direct.has(entry.key) : null,
      // Not reached from any workspace (a lockfile bun would prune): still listed, and as shipped.
      scopes.get(entry.key) ?? "runtime",
      entry.integrity,
      entry.source,
      entry.host,
      entry.git
    );
    made.set(entry.key, pkg);
  }
  addKeyEdges(path, text, entries, made);
  findings.push(...reportFirstParty(path, firstParty));
  return { format: `bun-v${version}`, packages: collector.packages(), findings };
}
function addKeyEdges(path, text, entries, made) {
  const edges = /* @__PURE__ */ new Map();
  for (const [key, pkg] of made) {
    let into = edges.get(pkg);
    if (into === void 0) edges.set(pkg, into = /* @__PURE__ */ new Set());
    const info = entries.get(key)?.info;
    for (const field of ["dependencies", "optionalDependencies", "peerDependencies"]) {
      const declared = info?.[field];
      if (declared === void 0) continue;
      if (!isObject(declared)) throw entryError(path, text, key, `expected "${field}" to be an object`);
      for (const name of Object.keys(declared)) {
        const target = resolveKey(entries, key, name);
        const to = target === void 0 ? void 0 : made.get(target);
        if (to !== void 0 && to !== pkg) into.add(to.purl);
      }
    }
  }
  for (const [pkg, into] of edges) pkg.dependencies = [...into].sort();
}
function readEntry(path, text, key, value) {
  if (!Array.isArray(value) || typeof value[0] !== "string") {
    throw entryError(path, text, key, 'expected an array starting with "name@resolution"');
  }
  const ident = value[0];
  const at = ident.indexOf("@", 1);
  if (at <= 0 || at === ident.length - 1)
    throw entryError(path, text, key, `malformed package id "${ident}"`);
  const name = ident.slice(0, at);
  const resolution = ident.slice(at + 1);
  const entry = {
    key,
    name,
    version: resolution,
    own: false,
    folder: void 0,
    git: void 0,
    info: void 0,
    integrity: void 0,
    source: void 0
  };
  if (resolution.startsWith("workspace:") || resolution.startsWith("root:")) {
    entry.own = true;
    return entry;
  }
  const info = (index) => {
    const item = value[index];
    if (item === void 0) return void 0;
    if (!isObject(item)) throw entryError(path, text, key, `expected element ${index} to be an object`);
    return item;
  };
  const string = (index) => {
    const item = value[index];
    if (item === void 0) return void 0;
    if (typeof item !== "string")
      throw entryError(path, text, key, `expected element ${index} to be a string`);
    return item;
  };
  if (resolution.startsWith("link:") || resolution.startsWith("file:") && !isTarball(resolution.slice(5))) {
    entry.folder = resolution.slice(resolution.indexOf(":") + 1);
    entry.info = info(1);
  } else if (resolution.startsWith("file:")) {
    entry.source = "file";
    entry.info = info(1);
  } else if (isGitSpec(resolution)) {
    entry.source = "git";
    entry.info = info(1);
    const commit = /#([0-9a-f]{7,64})$/i.exec(resolution)?.[1]?.toLowerCase();
    if (commit !== void 0) {
      entry.version = commit;
      entry.git = { url: resolution, commit };
    }
  } else if (isTarball(resolution)) {
    entry.source = resolution.startsWith("http://") || resolution.startsWith("https://") ? "url" : "file";
    entry.host = hostOfUrl(resolution);
    entry.info = info(1);
    entry.integrity = string(2) || void 0;
  } else {
    const registry = string(1);
    if (registry && !registry.includes("/-/")) entry.source = "url";
    entry.host = hostOfUrl(registry || void 0);
    entry.info = info(2);
    entry.integrity = string(3) || void 0;
  }
  return entry;
}
function isTarball(resolution) {
  return resolution.startsWith("http://") || resolution.startsWith("https://") || resolution.startsWith("./") || resolution.startsWith("../") || resolution.startsWith("/") || resolution.endsWith(".tgz") || resolution.endsWith(".tar.gz");
}
function resolveKey(entries, from, name) {
  let base = from;
  for (; ; ) {
    const candidate = base === "" ? name : `${base}/${name}`;
    if (entries.has(candidate)) return candidate;
    if (base === "") return void 0;
    base = parentKey(base);
  }
}
function parentKey(key) {
  const last = key.lastIndexOf("/");
  if (last === -1) return "";
  const before = key.lastIndexOf("/", last - 1);
  if (key.charCodeAt(before + 1) === 64) return before === -1 ? "" : key.slice(0, before);
  return key.slice(0, last);
}
var COMMA = 5;
var CLOSE_BRACE = 2;
var CLOSE_BRACKET = 4;
var LINE_COMMENT = 12;
var BLOCK_COMMENT = 13;
var LINE_BREAK = 14;
var TRIVIA = 15;
var EOF = 17;
function toStrictJson(text) {
  const scanner = createScanner(text, false);
  const blanks = [];
  let pendingComma = -1;
  for (let kind = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === LINE_BREAK || kind === TRIVIA) continue;
    const offset = scanner.getTokenOffset();
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
      blanks.push([offset, offset + scanner.getTokenLength()]);
    } else if (kind === COMMA) {
      pendingComma = offset;
    } else {
      if (pendingComma !== -1 && (kind === CLOSE_BRACE || kind === CLOSE_BRACKET))
        blanks.push([pendingComma, pendingComma + 1]);
      pendingComma = -1;
    }
  }
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  let out = "";
  let from = 0;
  for (const [start, end] of blanks) {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, " ");
    from = end;
  }
  return out + text.slice(from);
}
function requireObject(path, text, value, field) {
  if (!isObject(value))
    throw new LockfileParseError(path, lineOfKey(text, field), `expected "${field}" to be an object`);
  return value;
}
function stringField(path, text, entry, key, field) {
  const value = entry[field];
  if (value === void 0) return void 0;
  if (typeof value !== "string") throw entryError(path, text, key, `expected "${field}" to be a string`);
  return value;
}
function entryError(path, text, key, detail) {
  return new LockfileParseError(path, lineOfKey(text, key), `"${key}": ${detail}`);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
export {
  BUN_LOCKB_MESSAGE,
  bunFormat,
  bunLockbFormat,
  parentKey,
  toStrictJson
};
