import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
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

// src/lockfiles/swift.ts
var SUPPORTED_VERSIONS = [1, 2, 3];
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function normalizeSwiftUrl(location) {
  let rest = location.trim();
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
  } else {
    const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.*)$/.exec(rest);
    if (scp) rest = `${scp[1]}/${scp[2]}`;
  }
  const slash = rest.indexOf("/");
  let host = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? "" : rest.slice(slash);
  host = host.slice(host.lastIndexOf("@") + 1).toLowerCase();
  return `${host}${path}`.replace(/\/+$/, "").replace(/\.git$/i, "").replace(/\/+$/, "");
}
function readPins(file, pinLines, root, version) {
  const container = version === 1 ? root.object : root;
  const pins = isObject(container) ? container.pins : void 0;
  if (!Array.isArray(pins)) {
    throw new LockfileParseError(
      file,
      void 0,
      `expected ${version === 1 ? '"object.pins"' : '"pins"'} to be an array`
    );
  }
  return pins.map((pin, index) => {
    const fail = (detail) => {
      throw new LockfileParseError(file, pinLines[index], `pin ${index + 1}: ${detail}`);
    };
    if (!isObject(pin)) return fail("expected an object");
    const state = pin.state;
    if (!isObject(state)) return fail('expected "state" to be an object');
    const identity = version === 1 ? pin.package : pin.identity;
    const location = version === 1 ? pin.repositoryURL : pin.location;
    const kind = version === 1 ? "remoteSourceControl" : pin.kind;
    if (typeof identity !== "string" || identity === "") return fail("no package identity");
    if (typeof location !== "string") return fail(`"${identity}" has no location`);
    if (typeof kind !== "string") return fail(`"${identity}" has no kind`);
    for (const field of ["version", "revision", "branch"]) {
      const value = state[field];
      if (value !== void 0 && value !== null && typeof value !== "string") {
        return fail(`"${identity}": state.${field} must be a string or null`);
      }
    }
    return { identity, kind, location, state, index };
  });
}
function locatePins(text) {
  const lines = [];
  const pattern = /"(?:identity|package)"\s*:/g;
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (let i = text.indexOf("\n", last); i !== -1 && i < match.index; i = text.indexOf("\n", i + 1)) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}
function parsePackageResolved(input) {
  const file = input.path;
  const root = parseJson(file, input.text);
  if (!isObject(root)) throw new LockfileParseError(file, 1, "expected a JSON object");
  const version = root.version;
  if (typeof version !== "number" || !SUPPORTED_VERSIONS.includes(version)) {
    const offset = input.text.indexOf('"version"');
    throw new LockfileParseError(
      file,
      offset === -1 ? void 0 : lineAt(input.text, offset),
      `unsupported Package.resolved version ${JSON.stringify(version ?? null)}; supported: ${SUPPORTED_VERSIONS.join(", ")}`
    );
  }
  const findings = [];
  const packages = /* @__PURE__ */ new Map();
  const firstParty = [];
  const pinLines = locatePins(input.text);
  for (const pin of readPins(file, pinLines, root, version)) {
    const line = pinLines[pin.index];
    const report = (message) => {
      findings.push({ lockfile: file, ...line !== void 0 ? { line } : {}, message });
    };
    const tag = typeof pin.state.version === "string" && pin.state.version !== "" ? pin.state.version : void 0;
    const revision = typeof pin.state.revision === "string" && pin.state.revision !== "" ? pin.state.revision : void 0;
    const pinned = tag ?? revision;
    if (pinned === void 0) {
      report(`${pin.identity}: pinned to neither a version nor a revision; not listed`);
      continue;
    }
    let name;
    const source = tag === void 0 ? "git" : void 0;
    switch (pin.kind) {
      case "remoteSourceControl":
        name = normalizeSwiftUrl(pin.location);
        if (name === "") name = pin.identity;
        break;
      case "localSourceControl":
        firstParty.push({ name: pin.identity, folder: pin.location, line });
        continue;
      case "registry":
        name = pin.identity;
        report(
          `${pin.identity}: resolved from a package registry; its name is the registry identity, not a URL`
        );
        break;
      default:
        name = pin.location !== "" ? normalizeSwiftUrl(pin.location) : pin.identity;
        report(`${pin.identity}: unknown pin kind "${pin.kind}"; listed by its location`);
    }
    if (tag === void 0) {
      const branch = typeof pin.state.branch === "string" ? pin.state.branch : void 0;
      report(
        `${name}: pinned to ${branch ? `branch "${branch}" at` : "bare"} revision ${revision}, not a released version`
      );
    }
    const key = `${name.toLowerCase()}@${pinned}`;
    if (packages.has(key)) continue;
    const byCommit = tag === void 0 && revision !== void 0;
    const git = byCommit ? { url: pin.location, commit: revision.toLowerCase() } : void 0;
    packages.set(key, {
      ecosystem: "SwiftURL",
      name,
      version: pinned,
      purl: makePurl("SwiftURL", name, pinned, git),
      direct: null,
      scope: "runtime",
      lockfile: file,
      ...revision !== void 0 && !byCommit ? { integrity: `git:${revision}` } : {},
      ...source !== void 0 ? { source } : {},
      ...git !== void 0 ? { ref: git.commit } : {}
    });
  }
  if (packages.size > 0) {
    findings.push({
      lockfile: file,
      message: "Package.resolved does not tell direct from transitive dependencies (Package.swift is code, not run here); direct is unknown"
    });
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: `swiftpm-v${version}`, packages: [...packages.values()], findings };
}
var swiftFormat = {
  id: "swiftpm",
  ecosystem: "SwiftURL",
  matches: (path) => basename(path) === "Package.resolved",
  parse: parsePackageResolved
};
export {
  normalizeSwiftUrl,
  swiftFormat
};
