import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  XMLParser,
  XMLValidator
} from "./chunk-MNSTNX2S.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  lineAt
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/maven.ts
var SUPPORTED_MODEL_VERSIONS = ["4.0.0", "4.1.0"];
var MAX_PROPERTY_DEPTH = 16;
var TRANSITIVE_NOTE = "pom.xml lists direct dependencies only; transitive SOUP needs a lockfile";
var ARRAY_PATHS = /* @__PURE__ */ new Set([
  "project.dependencies.dependency",
  "project.dependencyManagement.dependencies.dependency",
  "project.profiles.profile",
  "project.profiles.profile.dependencies.dependency",
  "project.profiles.profile.dependencyManagement.dependencies.dependency"
]);
var parser = new XMLParser({
  ignoreAttributes: true,
  // Versions such as 1.10 must stay text: numeric parsing would turn them into 1.1.
  parseTagValue: false,
  processEntities: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (_name, jpath) => ARRAY_PATHS.has(String(jpath))
});
var META = XMLParser.getMetaDataSymbol();
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function lineOf(text, node) {
  if (!isObject(node)) return void 0;
  const meta = node[META];
  const start = isObject(meta) ? meta.startIndex : void 0;
  return typeof start === "number" ? lineAt(text, start) : void 0;
}
function textOf(node, key) {
  if (!Object.hasOwn(node, key)) return void 0;
  const value = node[key];
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return void 0;
}
function asArray(value) {
  return Array.isArray(value) ? value : value === void 0 || value === "" ? [] : [value];
}
function readDependencies(container, profile) {
  if (!isObject(container)) return [];
  const list = container.dependencies;
  if (!isObject(list)) return [];
  const result = [];
  for (const node of asArray(list.dependency)) {
    if (!isObject(node)) continue;
    const read = (key) => textOf(node, key);
    result.push({
      node,
      groupId: read("groupId"),
      artifactId: read("artifactId"),
      version: read("version"),
      scope: read("scope"),
      optional: read("optional"),
      ...profile !== void 0 ? { profile } : {}
    });
  }
  return result;
}
function makeResolver(properties) {
  const resolve = (value, depth) => value.replace(/\$\{([^}]*)\}/g, (whole, key) => {
    const replacement = properties.get(key);
    if (replacement === void 0 || depth >= MAX_PROPERTY_DEPTH) return whole;
    return resolve(replacement, depth + 1);
  });
  return (value) => resolve(value, 0);
}
function parseXml(file, text) {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new LockfileParseError(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  }
  try {
    return parser.parse(text);
  } catch (error) {
    throw new LockfileParseError(
      file,
      void 0,
      `invalid XML: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function parseMavenPom(input) {
  const file = input.path;
  const text = input.text;
  const document = parseXml(file, text);
  const project = document.project;
  if (!isObject(project)) {
    throw new LockfileParseError(file, void 0, "expected a <project> root element with content");
  }
  const modelVersion = textOf(project, "modelVersion");
  if (modelVersion !== void 0 && !SUPPORTED_MODEL_VERSIONS.includes(modelVersion)) {
    const offset = text.indexOf("<modelVersion");
    throw new LockfileParseError(
      file,
      offset === -1 ? void 0 : lineAt(text, offset),
      `unsupported POM modelVersion "${modelVersion}"; supported: ${SUPPORTED_MODEL_VERSIONS.join(", ")}`
    );
  }
  const properties = /* @__PURE__ */ new Map();
  if (isObject(project.properties)) {
    for (const key of Object.keys(project.properties)) {
      const value = textOf(project.properties, key);
      if (value !== void 0) properties.set(key, value);
    }
  }
  const parent = isObject(project.parent) ? project.parent : void 0;
  const coordinates = [
    ["version", textOf(project, "version") ?? (parent && textOf(parent, "version"))],
    ["groupId", textOf(project, "groupId") ?? (parent && textOf(parent, "groupId"))],
    ["artifactId", textOf(project, "artifactId")]
  ];
  for (const [field, value] of coordinates) {
    if (value === void 0) continue;
    for (const prefix of ["project.", "pom.", ""]) {
      if (prefix !== "" || !properties.has(field)) properties.set(`${prefix}${field}`, value);
    }
  }
  if (parent) {
    for (const field of ["version", "groupId", "artifactId"]) {
      const value = textOf(parent, field);
      if (value !== void 0) properties.set(`project.parent.${field}`, value);
    }
  }
  const resolve = makeResolver(properties);
  const managed = /* @__PURE__ */ new Map();
  for (const entry of readDependencies(project.dependencyManagement)) {
    if (entry.groupId === void 0 || entry.artifactId === void 0) continue;
    const key = `${resolve(entry.groupId)}:${resolve(entry.artifactId)}`;
    if (!managed.has(key)) {
      managed.set(key, {
        ...entry.version !== void 0 ? { version: resolve(entry.version) } : {},
        ...entry.scope !== void 0 ? { scope: resolve(entry.scope) } : {}
      });
    }
  }
  const declared = readDependencies(project);
  for (const profile of asArray(isObject(project.profiles) ? project.profiles.profile : void 0)) {
    if (!isObject(profile)) continue;
    declared.push(...readDependencies(profile, textOf(profile, "id") ?? "(no id)"));
  }
  const findings = [{ lockfile: file, message: TRANSITIVE_NOTE }];
  const packages = /* @__PURE__ */ new Map();
  const profilesReported = /* @__PURE__ */ new Set();
  for (const entry of declared) {
    const line = lineOf(text, entry.node);
    const report = (message) => {
      findings.push({ lockfile: file, ...line !== void 0 ? { line } : {}, message });
    };
    if (entry.groupId === void 0 || entry.artifactId === void 0) {
      report("a <dependency> without groupId or artifactId; not listed");
      continue;
    }
    const groupId = resolve(entry.groupId);
    const artifactId = resolve(entry.artifactId);
    const name = `${groupId}:${artifactId}`;
    if (/\$\{/.test(name) || groupId === "" || artifactId === "") {
      report(`${name}: coordinates use a property not defined in this file; not listed`);
      continue;
    }
    const fromManagement = managed.get(name);
    const rawVersion = entry.version ?? fromManagement?.version;
    if (rawVersion === void 0 || rawVersion === "") {
      report(
        `${name}: version not declared in this file (managed by a parent POM or an imported BOM); not listed`
      );
      continue;
    }
    const version = readVersion(resolve(rawVersion));
    if (typeof version !== "string") {
      report(`${name}: ${version.problem} "${rawVersion}"; not listed`);
      continue;
    }
    const rawScope = entry.scope !== void 0 ? resolve(entry.scope) : fromManagement?.scope;
    let scope;
    switch (rawScope ?? "compile") {
      case "test":
        scope = "dev";
        break;
      case "compile":
      case "runtime":
      case "provided":
      case "system":
        scope = "runtime";
        break;
      default:
        report(`${name}: unknown scope "${rawScope}"; counted as runtime`);
        scope = "runtime";
    }
    if (scope !== "dev" && entry.optional !== void 0 && resolve(entry.optional).toLowerCase() === "true") {
      scope = "optional";
    }
    if (entry.profile !== void 0 && !profilesReported.has(entry.profile)) {
      profilesReported.add(entry.profile);
      report(
        `dependencies of profile "${entry.profile}" are listed; they are used only when that profile is active`
      );
    }
    const key = `${name}@${version}`;
    const seen = packages.get(key);
    if (seen) {
      if (scope === "runtime" || scope === "optional" && seen.scope === "dev") seen.scope = scope;
      continue;
    }
    packages.set(key, {
      ecosystem: "Maven",
      name,
      version,
      purl: makePurl("Maven", name, version),
      direct: true,
      scope,
      lockfile: file,
      ...rawScope === "system" ? { source: "file" } : {}
    });
  }
  return { format: "maven-pom", packages: [...packages.values()], findings };
}
function readVersion(version) {
  if (/\$\{/.test(version)) return { problem: "version uses a property not defined in this file:" };
  const exact = /^\[\s*([^,[\]()\s]+)\s*\]$/.exec(version);
  if (exact) return exact[1];
  if (/[[\]()]|,/.test(version)) return { problem: "version is a range, not a pinned version:" };
  if (version === "LATEST" || version === "RELEASE") return { problem: "version is a moving meta-version:" };
  if (/\s/.test(version)) return { problem: "version is not a single version:" };
  return version;
}
var mavenFormat = {
  id: "maven",
  ecosystem: "Maven",
  matches: (path) => basename(path) === "pom.xml",
  parse: parseMavenPom
};
export {
  mavenFormat
};
