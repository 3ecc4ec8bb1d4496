import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  TomlError,
  parse
} from "./chunk-2XMOK5EZ.js";
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

// src/lockfiles/cargo.ts
var CRATES_IO = /* @__PURE__ */ new Set([
  "registry+https://github.com/rust-lang/crates.io-index",
  "sparse+https://index.crates.io/"
]);
var SUPPORTED = [1, 2, 3, 4];
function fail(file, line, detail) {
  throw new LockfileParseError(file, line, detail);
}
function findPackageLines(text) {
  const lines = [];
  const all = text.split("\n");
  for (let i = 0; i < all.length; i++) {
    if (/^\s*\[\[\s*package\s*\]\]/.test(all[i])) lines.push(i + 1);
  }
  return lines;
}
function readString(file, line, table, key, required) {
  const value = table[key];
  if (value === void 0 && !required) return void 0;
  if (typeof value !== "string" || value === "")
    fail(file, line, `package "${key}" must be a non-empty string`);
  return value;
}
function readCrate(file, value, line) {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    fail(file, line, "expected [[package]] to be a table");
  const table = value;
  const dependencies = table.dependencies ?? [];
  if (!Array.isArray(dependencies) || !dependencies.every((d) => typeof d === "string")) {
    fail(file, line, 'package "dependencies" must be an array of strings');
  }
  const source = readString(file, line, table, "source", false);
  const checksum = readString(file, line, table, "checksum", false);
  return {
    name: readString(file, line, table, "name", true),
    version: readString(file, line, table, "version", true),
    ...source !== void 0 ? { source } : {},
    ...checksum !== void 0 ? { checksum } : {},
    dependencies,
    line
  };
}
function parseReference(reference) {
  const match = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(reference.trim());
  if (!match) return { name: reference };
  return {
    name: match[1],
    ...match[2] ? { version: match[2] } : {},
    ...match[3] ? { source: match[3] } : {}
  };
}
function describeSource(source) {
  if (CRATES_IO.has(source)) return {};
  if (source.startsWith("git+")) {
    const hash = source.lastIndexOf("#");
    return {
      source: "git",
      ...hash !== -1 && hash < source.length - 1 ? { git: { url: source, commit: source.slice(hash + 1).toLowerCase() } } : {}
    };
  }
  if (source.startsWith("registry+") || source.startsWith("sparse+")) return { source: "registry" };
  return { source: "url" };
}
function parseCargoLock(input) {
  const file = input.path;
  let doc;
  try {
    doc = parse(input.text);
  } catch (error) {
    if (error instanceof TomlError) fail(file, error.line, `invalid TOML: ${error.message.split("\n")[0]}`);
    fail(file, void 0, `invalid TOML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const findings = [];
  const headerLines = findPackageLines(input.text);
  const rawPackages = doc.package ?? [];
  if (!Array.isArray(rawPackages)) fail(file, headerLines[0], "expected [[package]] entries");
  const crates = rawPackages.map((value, index) => readCrate(file, value, headerLines[index]));
  if (doc.root !== void 0) crates.push(readCrate(file, doc.root, void 0));
  const metadata = doc.metadata ?? {};
  if (metadata === null || typeof metadata !== "object" || Array.isArray(metadata))
    fail(file, void 0, "expected [metadata] to be a table");
  const metadataChecksums = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(metadata)) {
    if (key.startsWith("checksum ") && typeof value === "string" && value !== "<none>")
      metadataChecksums.set(key.slice(9), value);
  }
  let version;
  if (doc.version === void 0) {
    const v1 = metadataChecksums.size > 0 || doc.root !== void 0 || crates.some((c) => c.dependencies.some((d) => d.includes(" (")));
    version = v1 ? 1 : 2;
  } else if (typeof doc.version === "number" && SUPPORTED.includes(doc.version) && doc.version >= 3) {
    version = doc.version;
  } else {
    fail(
      file,
      lineOfVersion(input.text),
      `unsupported Cargo.lock version ${JSON.stringify(doc.version)} (supported: 1, 2, 3, 4)`
    );
  }
  if (doc.patch !== void 0) {
    findings.push({
      lockfile: file,
      message: "Cargo.lock lists unused [patch] entries; they are not built and are not listed"
    });
  }
  const byName = /* @__PURE__ */ new Map();
  for (const crate of crates) {
    const list = byName.get(crate.name);
    if (list) list.push(crate);
    else byName.set(crate.name, [crate]);
  }
  const resolve = (reference) => {
    const ref = parseReference(reference);
    return (byName.get(ref.name) ?? []).filter(
      (c) => (ref.version === void 0 || c.version === ref.version) && (ref.source === void 0 || c.source === ref.source)
    );
  };
  const local = crates.filter((crate) => crate.source === void 0);
  const direct = /* @__PURE__ */ new Set();
  for (const member of local) {
    for (const reference of member.dependencies) {
      const candidates = resolve(reference);
      if (candidates.length === 1) direct.add(candidates[0]);
      else {
        findings.push({
          lockfile: file,
          ...member.line !== void 0 ? { line: member.line } : {},
          message: `dependency "${reference}" of ${member.name} ${candidates.length === 0 ? "matches no package" : "is ambiguous"}: direct/transitive not settled for it`
        });
        for (const candidate of candidates) direct.add(candidate);
      }
    }
  }
  const packages = /* @__PURE__ */ new Map();
  for (const crate of crates) {
    if (crate.source === void 0) continue;
    const key = `${crate.name}\0${crate.version}\0${crate.source}`;
    if (packages.has(key)) continue;
    const origin = describeSource(crate.source);
    const checksum = crate.checksum ?? metadataChecksums.get(`${crate.name} ${crate.version} (${crate.source})`);
    packages.set(key, {
      ecosystem: "crates.io",
      name: crate.name,
      version: crate.version,
      purl: makePurl("crates.io", crate.name, crate.version, origin.git),
      direct: local.length === 0 ? null : direct.has(crate),
      scope: "runtime",
      lockfile: file,
      ...checksum !== void 0 ? { integrity: checksum } : {},
      ...origin.source !== void 0 ? { source: origin.source } : {},
      ...origin.git !== void 0 ? { ref: origin.git.commit } : {},
      // Edges to workspace crates (no source) lead to the project itself, not to a SOUP item.
      dependencies: [
        ...new Set(
          crate.dependencies.flatMap((reference) => {
            const found = resolve(reference);
            const target = found.length === 1 ? found[0] : void 0;
            if (target?.source === void 0) return [];
            return [makePurl("crates.io", target.name, target.version, describeSource(target.source).git)];
          })
        )
      ].sort()
    });
  }
  if (local.length === 0 && packages.size > 0) {
    findings.push({
      lockfile: file,
      message: "no workspace crate (a package without source) found: direct/transitive unknown"
    });
  }
  return { format: `cargo-v${version}`, packages: [...packages.values()], findings };
}
function lineOfVersion(text) {
  const index = text.split("\n").findIndex((line) => /^\s*version\s*=/.test(line));
  return index === -1 ? void 0 : index + 1;
}
var cargoFormat = {
  id: "cargo",
  ecosystem: "crates.io",
  matches: (path) => basename(path) === "Cargo.lock",
  parse: parseCargoLock
};
export {
  cargoFormat
};
