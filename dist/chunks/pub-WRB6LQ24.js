import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
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
  truncate
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/lockfiles/pub.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_HOSTS = /* @__PURE__ */ new Set([
  "https://pub.dev",
  "https://pub.dartlang.org",
  "https://pub.dev/",
  "https://pub.dartlang.org/"
]);
var DEPENDENCY_KINDS = {
  "direct main": { direct: true, scope: "runtime" },
  "direct dev": { direct: true, scope: "dev" },
  "direct overridden": { direct: true, scope: "runtime" },
  transitive: { direct: false, scope: "runtime" }
};
function stringAt(map, key) {
  const node = map.get(key, true);
  return (0, import_yaml.isScalar)(node) && typeof node.value === "string" ? node.value : void 0;
}
function parsePubspecLock(input) {
  const file = input.path;
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(input.text, { schema: "failsafe", lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    throw new LockfileParseError(
      file,
      error.linePos?.[0]?.line,
      // The yaml library quotes the offending token whole; a 50 kB token must not become the message.
      `invalid YAML: ${truncate(error.message.split("\n")[0], 200)}`
    );
  }
  const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : void 0;
  const root = document.contents;
  if (!(0, import_yaml.isMap)(root)) throw new LockfileParseError(file, 1, 'expected a YAML mapping with "packages"');
  const packagesNode = root.get("packages", true);
  if (packagesNode === void 0 || (0, import_yaml.isScalar)(packagesNode) && packagesNode.value === "") {
    if (!root.has("sdks"))
      throw new LockfileParseError(file, 1, 'not a pubspec.lock: no "packages" or "sdks"');
    return { format: "pubspec-lock", packages: [], findings: [] };
  }
  if (!(0, import_yaml.isMap)(packagesNode)) {
    throw new LockfileParseError(file, lineOf(packagesNode), 'expected "packages" to be a mapping');
  }
  const findings = [];
  const packages = [];
  const firstParty = [];
  for (const pair of packagesNode.items) {
    const keyNode = pair.key;
    const line = lineOf(keyNode);
    if (!(0, import_yaml.isScalar)(keyNode) || typeof keyNode.value !== "string" || keyNode.value === "") {
      throw new LockfileParseError(file, line, "expected a package name");
    }
    const name = keyNode.value;
    const entry = pair.value;
    if (!(0, import_yaml.isMap)(entry)) throw new LockfileParseError(file, line, `expected package "${name}" to be a mapping`);
    const version = stringAt(entry, "version");
    const source = stringAt(entry, "source");
    const dependency = stringAt(entry, "dependency");
    if (version === void 0 || version === "") {
      throw new LockfileParseError(file, line, `package "${name}" has no "version"`);
    }
    if (source === void 0) throw new LockfileParseError(file, line, `package "${name}" has no "source"`);
    const report = (message) => {
      findings.push({ lockfile: file, ...line !== void 0 ? { line } : {}, message });
    };
    if (source === "sdk") {
      const sdk = stringAt(entry, "description") ?? "an SDK";
      report(
        `${name}: part of the ${sdk} SDK (pubspec.lock records no real version for it); track the SDK itself, not listed`
      );
      continue;
    }
    const description = entry.get("description", true);
    const details = (0, import_yaml.isMap)(description) ? description : void 0;
    let origin;
    let integrity;
    let git;
    switch (source) {
      case "hosted": {
        const url = details && stringAt(details, "url");
        if (url !== void 0 && !DEFAULT_HOSTS.has(url)) origin = "url";
        const sha256 = details && stringAt(details, "sha256");
        if (sha256) integrity = `sha256:${sha256}`;
        break;
      }
      case "git": {
        origin = "git";
        const commit = details && stringAt(details, "resolved-ref");
        const url = details && stringAt(details, "url");
        if (commit) git = { url: url ?? "", commit: commit.toLowerCase() };
        break;
      }
      case "path":
        firstParty.push({ name, folder: (details && stringAt(details, "path")) ?? "?", line });
        continue;
      default:
        origin = source;
        report(`${name}: unknown source "${source}"; listed as from "${source}"`);
    }
    const kind = dependency !== void 0 && Object.hasOwn(DEPENDENCY_KINDS, dependency) ? DEPENDENCY_KINDS[dependency] : void 0;
    if (!kind)
      report(
        `${name}: unknown dependency kind ${JSON.stringify(dependency ?? null)}; listed, direct unknown`
      );
    packages.push({
      ecosystem: "Pub",
      name,
      version,
      purl: makePurl("Pub", name, version, git),
      direct: kind ? kind.direct : null,
      scope: kind ? kind.scope : "runtime",
      lockfile: file,
      ...integrity !== void 0 ? { integrity } : {},
      ...origin !== void 0 ? { source: origin } : {},
      ...git !== void 0 ? { ref: git.commit } : {}
    });
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: "pubspec-lock", packages, findings };
}
var pubFormat = {
  id: "pub",
  ecosystem: "Pub",
  matches: (path) => basename(path) === "pubspec.lock",
  parse: parsePubspecLock
};
export {
  pubFormat
};
