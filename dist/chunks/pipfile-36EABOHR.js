import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  declare,
  dedupePackages,
  emptyDeclarations,
  gitPin,
  isDistributionFile,
  isTable,
  joinHashes,
  makePythonPackage,
  parseToml,
  readManifest,
  specExtras
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
  basename,
  dirname,
  joinPath
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  lineAt,
  parseJson
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/python/pipfile.ts
var SUPPORTED_SPECS = [1, 2, 3, 4, 5, 6];
var SECTIONS = [
  ["default", "runtime"],
  ["develop", "dev"]
];
function readPipfile(file, text) {
  const doc = parseToml(file, text);
  const declared = emptyDeclarations();
  for (const [table, scope] of [
    ["packages", "runtime"],
    ["dev-packages", "dev"]
  ]) {
    const deps = doc[table];
    if (!isTable(deps)) continue;
    for (const [name, spec] of Object.entries(deps))
      declare(declared, normalizePythonName(name), scope, specExtras(spec));
  }
  return declared;
}
function lineOfKey(text, name) {
  const at = text.indexOf(`${JSON.stringify(name)}:`);
  return at === -1 ? void 0 : lineAt(text, at);
}
function parsePipfileLock(input) {
  const file = input.path;
  const json = parseJson(file, input.text);
  if (!isTable(json)) throw new LockfileParseError(file, 1, "expected a JSON object");
  const meta = json._meta;
  if (!isTable(meta)) throw new LockfileParseError(file, 1, 'expected a "_meta" object');
  const spec = meta["pipfile-spec"];
  if (typeof spec !== "number" || !SUPPORTED_SPECS.includes(spec)) {
    throw new LockfileParseError(
      file,
      lineOfKey(input.text, "pipfile-spec"),
      `unsupported Pipfile.lock pipfile-spec ${String(spec)} (supported: ${SUPPORTED_SPECS.join(", ")})`
    );
  }
  const findings = [];
  const declared = readManifest(
    input.manifests,
    joinPath(dirname(file), "Pipfile"),
    file,
    findings,
    readPipfile
  );
  const packages = [];
  const firstParty = [];
  for (const [section, scope] of SECTIONS) {
    const entries = json[section];
    if (entries === void 0) continue;
    if (!isTable(entries))
      throw new LockfileParseError(file, void 0, `expected "${section}" to be an object`);
    for (const [rawName, entry] of Object.entries(entries)) {
      const line = () => lineOfKey(input.text, rawName);
      if (!isTable(entry))
        throw new LockfileParseError(file, line(), `expected ${section}.${rawName} to be an object`);
      const name = normalizePythonName(rawName);
      const version = entry.version;
      if (version !== void 0 && typeof version !== "string") {
        throw new LockfileParseError(file, line(), `expected the version of ${rawName} to be a string`);
      }
      const pin = version !== void 0 ? /^===?\s*([^\s,*;]+)$/.exec(version.trim()) : null;
      const path = typeof entry.path === "string" ? entry.path : void 0;
      if (!pin && path !== void 0 && (entry.editable === true || !isDistributionFile(path))) {
        firstParty.push({ name, folder: path, line: line() });
        continue;
      }
      const git = !pin && typeof entry.git === "string" ? gitPin(entry.git, typeof entry.ref === "string" ? entry.ref : void 0) : void 0;
      if (git !== void 0) {
        packages.push(
          makePythonPackage({
            name,
            version: git.commit,
            direct: declared ? declared.scopes.has(name) : null,
            scope,
            lockfile: file,
            source: "git",
            git
          })
        );
        continue;
      }
      if (!pin) {
        const origin = ["git", "hg", "svn", "bzr", "path", "file", "url"].find(
          (key) => entry[key] !== void 0
        );
        findings.push({
          lockfile: file,
          line: line(),
          message: `${rawName} in "${section}" ${origin ? `comes from ${origin} ${String(entry[origin])}` : `has version ${String(version)}`}, not pinned to a version: not inventoried`
        });
        continue;
      }
      const hashes = Array.isArray(entry.hashes) ? entry.hashes.filter((hash) => typeof hash === "string") : [];
      packages.push(
        makePythonPackage({
          name,
          version: pin[1],
          direct: declared ? declared.scopes.has(name) : null,
          scope,
          lockfile: file,
          integrity: joinHashes(hashes)
        })
      );
    }
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: `pipfile-lock-v${spec}`, packages: dedupePackages(packages), findings };
}
var pipfileFormat = {
  id: "pipfile",
  ecosystem: "PyPI",
  matches: (path) => basename(path) === "Pipfile.lock",
  manifests: (lockPath) => [joinPath(dirname(lockPath), "Pipfile")],
  parse: parsePipfileLock
};
export {
  pipfileFormat,
  readPipfile
};
