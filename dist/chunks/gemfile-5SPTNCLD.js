import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  rubygemsScheme
} from "./chunk-43C5MGZD.js";
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
  LockfileParseError
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/gemfile.ts
var DEFAULT_REMOTES = /* @__PURE__ */ new Set([
  "https://rubygems.org/",
  "http://rubygems.org/",
  "https://rubygems.org",
  "http://rubygems.org",
  "https://index.rubygems.org/"
]);
var SOURCE_SECTIONS = /* @__PURE__ */ new Set(["GEM", "GIT", "PATH", "PLUGIN SOURCE"]);
var METADATA_SECTIONS = /* @__PURE__ */ new Set(["PLATFORMS", "RUBY VERSION", "BUNDLED WITH"]);
var SPEC = /^ {4}(\S+) \(([^-)\s]+)(?:-([^)\s]+))?\)$/;
var DEPENDENCY = /^ {2}(\S+?)(?: \(([^)]*)\))?(!)?$/;
var NESTED_DEPENDENCY = /^ {6}(\S+)(?: \(([^)]*)\))?$/;
var CHECKSUM = /^ {2}(\S+) \(([^-)\s]+)(?:-([^)\s]+))?\)(?: (\S+))?$/;
function fail(file, line, detail) {
  throw new LockfileParseError(file, line, detail);
}
function classifySource(section) {
  const remotes = section.options.get("remote") ?? [];
  switch (section.kind) {
    case "GEM":
      return remotes.length === 0 || remotes.some((r) => DEFAULT_REMOTES.has(r)) ? {} : { source: "registry" };
    case "GIT": {
      const revision = section.options.get("revision")?.[0];
      const remote = remotes[0];
      return {
        source: "git",
        ...revision && remote !== void 0 ? { git: { url: remote, commit: revision.toLowerCase() } } : {}
      };
    }
    case "PATH":
      return { folder: remotes[0] ?? "." };
    default:
      return { source: "plugin" };
  }
}
function parseGemfileLock(input) {
  const file = input.path;
  const findings = [];
  const lines = input.text.split("\n");
  const specs = [];
  const declared = /* @__PURE__ */ new Map();
  const checksums = /* @__PURE__ */ new Map();
  let sawDependencies = false;
  let bundledWith;
  let section;
  let source;
  let inSpecs = false;
  let spec;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const text = lines[index].replace(/\r$/, "");
    if (text.trim() === "") continue;
    if (!text.startsWith(" ")) {
      section = text.trim();
      source = void 0;
      inSpecs = false;
      spec = void 0;
      if (SOURCE_SECTIONS.has(section)) source = { kind: section, line, options: /* @__PURE__ */ new Map() };
      else if (section === "DEPENDENCIES") sawDependencies = true;
      else if (section !== "CHECKSUMS" && !METADATA_SECTIONS.has(section)) {
        findings.push({
          lockfile: file,
          line,
          message: `unknown Gemfile.lock section "${section}" passed over`
        });
      }
      continue;
    }
    if (section === void 0) fail(file, line, "indented line before any section header");
    if (source) {
      const option = /^ {2}([a-z_]+):(?: (.*))?$/.exec(text);
      if (option) {
        const key = option[1];
        if (key === "specs") {
          inSpecs = true;
          continue;
        }
        const values = source.options.get(key) ?? [];
        values.push((option[2] ?? "").trim());
        source.options.set(key, values);
        continue;
      }
      const specMatch = SPEC.exec(text);
      if (specMatch && inSpecs) {
        const [, name, version] = specMatch;
        if (rubygemsScheme.parse(version) === null)
          fail(file, line, `invalid gem version "${version}" for ${name}`);
        spec = { name, version, line, section: source, dependencies: [] };
        specs.push(spec);
        continue;
      }
      const nested = NESTED_DEPENDENCY.exec(text);
      if (nested && spec) {
        spec.dependencies.push(nested[1]);
        continue;
      }
      fail(file, line, `unexpected line in ${section} section: ${JSON.stringify(text.slice(0, 80))}`);
    }
    if (section === "DEPENDENCIES") {
      const match = DEPENDENCY.exec(text);
      if (!match) fail(file, line, `unexpected line in DEPENDENCIES: ${JSON.stringify(text.slice(0, 80))}`);
      if (!declared.has(match[1])) declared.set(match[1], line);
    } else if (section === "CHECKSUMS") {
      const match = CHECKSUM.exec(text);
      if (!match) fail(file, line, `unexpected line in CHECKSUMS: ${JSON.stringify(text.slice(0, 80))}`);
      const [, name, version, platform, sums] = match;
      if (sums === void 0) continue;
      const key = `${name}\0${version}`;
      const list = checksums.get(key) ?? [];
      list.push({ platform, value: sums.split(",")[0] });
      checksums.set(key, list);
    } else if (section === "BUNDLED WITH") {
      bundledWith = text.trim();
    }
  }
  const direct = new Set(declared.keys());
  const firstParty = [];
  for (const own of specs) {
    const folder = classifySource(own.section).folder;
    if (folder === void 0) continue;
    for (const dependency of own.dependencies) direct.add(dependency);
    if (folder !== "." && folder !== "./") firstParty.push({ name: own.name, folder, line: own.line });
  }
  const packages = /* @__PURE__ */ new Map();
  const locked = /* @__PURE__ */ new Set();
  const needs = /* @__PURE__ */ new Map();
  for (const s of specs) {
    locked.add(s.name);
    const origin = classifySource(s.section);
    if (origin.folder !== void 0) continue;
    const key = `${s.name}\0${s.version}\0${s.section.kind}\0${s.section.line}`;
    const seen = packages.get(key);
    if (seen) {
      for (const dependency of s.dependencies) needs.get(seen).add(dependency);
      continue;
    }
    const sums = checksums.get(`${s.name}\0${s.version}`) ?? [];
    const checksum = sums.find((c) => c.platform === void 0)?.value ?? (sums.length === 1 ? sums[0]?.value : void 0);
    const integrity = origin.git === void 0 ? checksum : void 0;
    packages.set(key, {
      ecosystem: "RubyGems",
      name: s.name,
      version: s.version,
      purl: makePurl("RubyGems", s.name, s.version, origin.git),
      direct: sawDependencies ? direct.has(s.name) : null,
      scope: "runtime",
      lockfile: file,
      ...integrity !== void 0 ? { integrity } : {},
      ...origin.source !== void 0 ? { source: origin.source } : {},
      ...origin.git !== void 0 ? { ref: origin.git.commit } : {}
    });
    needs.set(packages.get(key), new Set(s.dependencies));
  }
  addGemEdges(needs);
  findings.push(...reportFirstParty(file, firstParty));
  if (!sawDependencies) {
    findings.push({ lockfile: file, message: "no DEPENDENCIES section: direct/transitive unknown" });
  }
  for (const [name, line] of declared) {
    if (!locked.has(name)) {
      findings.push({
        lockfile: file,
        line,
        message: `${name} is declared but has no locked spec (e.g. a gem for platforms this lockfile doesn't cover)`
      });
    }
  }
  if (specs.length === 0 && !sawDependencies)
    fail(file, 1, "no GEM, GIT, PATH or DEPENDENCIES section: not a Gemfile.lock");
  return {
    format: bundledWith ? `bundler-${bundledWith}` : "bundler",
    packages: [...packages.values()],
    findings
  };
}
function addGemEdges(needs) {
  const byName = /* @__PURE__ */ new Map();
  for (const pkg of needs.keys()) {
    const purls = byName.get(pkg.name) ?? /* @__PURE__ */ new Set();
    purls.add(pkg.purl);
    byName.set(pkg.name, purls);
  }
  for (const [pkg, names] of needs)
    pkg.dependencies = [...new Set([...names].flatMap((name) => [...byName.get(name) ?? []]))].sort();
}
var gemfileFormat = {
  id: "bundler",
  ecosystem: "RubyGems",
  matches: (path) => {
    const name = basename(path);
    return name === "Gemfile.lock" || name === "gems.locked";
  },
  parse: parseGemfileLock
};
export {
  gemfileFormat
};
