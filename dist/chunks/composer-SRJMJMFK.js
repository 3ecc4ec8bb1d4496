import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename,
  dirname,
  joinPath
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  parseJson
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/composer.ts
var PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|composer(-plugin-api|-runtime-api)?|ext-.+|lib-.+)$/i;
function manifestPath(lockPath) {
  return joinPath(dirname(lockPath), "composer.json");
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function indexNameLines(text) {
  const lines = /* @__PURE__ */ new Map();
  const all = text.split("\n");
  for (let i = 0; i < all.length; i++) {
    const match = /^\s*"name"\s*:\s*"([^"]+)"/.exec(all[i]);
    if (match && !lines.has(match[1])) lines.set(match[1], i + 1);
  }
  return lines;
}
function readDeclared(file, text) {
  const json = parseJson(file, text);
  if (!isRecord(json)) throw new LockfileParseError(file, 1, "expected composer.json to be a JSON object");
  const declared = /* @__PURE__ */ new Map();
  for (const [field, scope] of [
    ["require-dev", "dev"],
    ["require", "runtime"]
  ]) {
    const deps = json[field];
    if (deps === void 0) continue;
    if (!isRecord(deps)) throw new LockfileParseError(file, void 0, `expected "${field}" to be an object`);
    for (const name of Object.keys(deps)) {
      if (!PLATFORM.test(name)) declared.set(name.toLowerCase(), scope);
    }
  }
  return declared;
}
function parseComposerLock(input) {
  const file = input.path;
  const json = parseJson(file, input.text);
  if (!isRecord(json)) throw new LockfileParseError(file, 1, "expected composer.lock to be a JSON object");
  if (!("packages" in json)) throw new LockfileParseError(file, 1, 'no "packages" key: not a composer.lock');
  const findings = [];
  const nameLines = indexNameLines(input.text);
  const manifest = input.manifests?.get(manifestPath(file));
  const declared = manifest === void 0 ? void 0 : readDeclared(manifestPath(file), manifest);
  if (declared === void 0) {
    findings.push({
      lockfile: file,
      message: `${manifestPath(file)} not available: direct/transitive unknown`
    });
  }
  const packages = /* @__PURE__ */ new Map();
  const firstParty = [];
  const requiredByOwn = /* @__PURE__ */ new Set();
  const standsIn = /* @__PURE__ */ new Map();
  const requires = /* @__PURE__ */ new Map();
  for (const [field, scope] of [
    ["packages", "runtime"],
    ["packages-dev", "dev"]
  ]) {
    const list = json[field] ?? [];
    if (!Array.isArray(list))
      throw new LockfileParseError(file, void 0, `expected "${field}" to be an array`);
    for (const entry of list) {
      if (!isRecord(entry))
        throw new LockfileParseError(file, void 0, `expected each of "${field}" to be an object`);
      const { name, version } = entry;
      const line = typeof name === "string" ? nameLines.get(name) : void 0;
      if (typeof name !== "string" || name === "")
        throw new LockfileParseError(file, line, `a package in "${field}" has no name`);
      if (typeof version !== "string" || version === "")
        throw new LockfileParseError(file, line, `package ${name} has no version`);
      const dist = isRecord(entry.dist) ? entry.dist : void 0;
      const source = isRecord(entry.source) ? entry.source : void 0;
      if (entry.dist !== void 0 && !dist || entry.source !== void 0 && !source) {
        throw new LockfileParseError(file, line, `package ${name}: "dist" and "source" must be objects`);
      }
      const shasum = typeof dist?.shasum === "string" && dist.shasum !== "" ? dist.shasum : void 0;
      const reference = typeof source?.reference === "string" && source.reference !== "" ? source.reference : void 0;
      const branch = /^dev-|\.x-dev$|-dev$/i.test(version);
      if (dist?.type === "path" || source?.type === "path") {
        const url = typeof dist?.url === "string" ? dist.url : typeof source?.url === "string" ? source.url : "";
        firstParty.push({ name: name.toLowerCase(), folder: url, line });
        if (isRecord(entry.require)) {
          for (const required of Object.keys(entry.require))
            if (!PLATFORM.test(required)) requiredByOwn.add(required.toLowerCase());
        }
        continue;
      }
      let origin;
      if (!dist && (source?.type === "git" || source?.type === "hg" || source?.type === "svn"))
        origin = source.type === "git" ? "git" : "url";
      const git = branch && reference !== void 0 && source?.type === "git" && typeof source.url === "string" ? { url: source.url, commit: reference } : void 0;
      const lower = name.toLowerCase();
      const key = `${lower}\0${version}`;
      const existing = packages.get(key);
      if (existing) {
        findings.push({
          lockfile: file,
          ...line !== void 0 ? { line } : {},
          message: `${name} ${version} is locked twice; listed once`
        });
        if (scope === "runtime") existing.scope = "runtime";
        continue;
      }
      const pkg = {
        ecosystem: "Packagist",
        name: lower,
        version,
        purl: makePurl("Packagist", lower, version, git),
        direct: declared ? declared.has(lower) : null,
        scope,
        lockfile: file,
        ...shasum !== void 0 ? { integrity: shasum } : {},
        ...origin !== void 0 ? { source: origin } : {},
        ...branch && reference !== void 0 ? { ref: reference } : {}
      };
      packages.set(key, pkg);
      if (isRecord(entry.require))
        requires.set(
          pkg,
          Object.keys(entry.require).filter((required) => !PLATFORM.test(required)).map((required) => required.toLowerCase())
        );
      for (const link of [entry.replace, entry.provide]) {
        if (!isRecord(link)) continue;
        for (const replaced of Object.keys(link)) {
          const list2 = standsIn.get(replaced.toLowerCase()) ?? [];
          list2.push(pkg);
          standsIn.set(replaced.toLowerCase(), list2);
        }
      }
    }
  }
  for (const pkg of packages.values()) if (requiredByOwn.has(pkg.name)) pkg.direct = true;
  addRequireEdges(packages, requires, standsIn);
  findings.push(...reportFirstParty(file, firstParty));
  if (declared) {
    const locked = new Set([...packages.values()].map((p) => p.name));
    for (const own of firstParty) locked.add(own.name);
    for (const name of declared.keys()) {
      if (locked.has(name)) continue;
      const substitutes = standsIn.get(name);
      if (substitutes) for (const substitute of substitutes) substitute.direct = true;
      else
        findings.push({
          lockfile: file,
          message: `${name} is required by ${manifestPath(file)} but not locked (composer.lock out of date?)`
        });
    }
  }
  const api = json["plugin-api-version"];
  return {
    format: typeof api === "string" ? `composer(plugin-api ${api})` : "composer",
    packages: [...packages.values()],
    findings
  };
}
function addRequireEdges(packages, requires, standsIn) {
  const byName = /* @__PURE__ */ new Map();
  for (const pkg of packages.values()) byName.set(pkg.name, pkg);
  for (const pkg of packages.values()) {
    const targets = (requires.get(pkg) ?? []).flatMap((name) => {
      const locked = byName.get(name);
      return locked ? [locked.purl] : (standsIn.get(name) ?? []).map((p) => p.purl);
    });
    pkg.dependencies = [...new Set(targets)].filter((purl) => purl !== pkg.purl).sort();
  }
}
var composerFormat = {
  id: "composer",
  ecosystem: "Packagist",
  matches: (path) => basename(path) === "composer.lock",
  manifests: (lockPath) => [manifestPath(lockPath)],
  parse: parseComposerLock
};
export {
  composerFormat
};
