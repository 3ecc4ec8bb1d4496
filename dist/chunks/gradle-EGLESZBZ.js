import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
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

// src/lockfiles/gradle.ts
var TOOLING = /^(?:kotlinCompilerClasspath|kotlinCompilerPluginClasspath\w*|kotlinNativeCompilerPluginClasspath|kotlinKlibCommonizerClasspath|kotlinBuildToolsApiClasspath|kotlinNativeBundleConfiguration|kotlinScriptDef\w*|jacocoAgent|jacocoAnt|checkstyle|pmd|spotbugs\w*|detekt\w*|ktlint\w*|lintChecks|lintClassPath|lintPublish|jmh\w*|developmentOnly|testAndDevelopmentOnly|errorprone\w*|protobufToolsLocator_\w+|dokka\w*)$/;
function classifyConfiguration(name) {
  if (/^test/.test(name) || /Test/.test(name)) return "dev";
  if (/annotationProcessor(?:Classpath)?$/i.test(name) || /^(?:kapt|ksp)/.test(name)) return "dev";
  if (TOOLING.test(name)) return "dev";
  if (/(?:^|[a-z0-9])(?:runtime|compile)Classpath$/i.test(name) || /CompileKlibraries$/.test(name)) {
    return "runtime";
  }
  return "unknown";
}
var COORDINATE = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)$/;
var LEGACY_DIR = /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/;
function fileKind(path) {
  const name = basename(path);
  if (LEGACY_DIR.test(path)) {
    const configuration = name.slice(0, -".lockfile".length);
    return { buildTooling: configuration === "buildscript-classpath", legacyConfiguration: configuration };
  }
  return { buildTooling: name === "buildscript-gradle.lockfile" || name === "settings-gradle.lockfile" };
}
function parseGradleLock(input) {
  const file = input.path;
  const kind = fileKind(file);
  const findings = [];
  const byCoordinate = /* @__PURE__ */ new Map();
  const unknownConfigurations = /* @__PURE__ */ new Map();
  const lines = input.text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    const line = lines[index].trim();
    if (line === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    let coordinate;
    let configurations;
    if (eq === -1) {
      if (kind.legacyConfiguration === void 0) {
        throw new LockfileParseError(
          file,
          lineNumber,
          `expected "group:artifact:version=configurations", got "${line.slice(0, 200)}"`
        );
      }
      coordinate = line;
      configurations = [kind.legacyConfiguration];
    } else {
      coordinate = line.slice(0, eq).trim();
      configurations = line.slice(eq + 1).split(",").map((part) => part.trim()).filter((part) => part !== "");
      if (coordinate === "empty") continue;
    }
    const match = COORDINATE.exec(coordinate);
    if (!match) {
      throw new LockfileParseError(
        file,
        lineNumber,
        `expected "group:artifact:version", got "${coordinate.slice(0, 200)}"`
      );
    }
    const name = `${match[1]}:${match[2]}`;
    const version = match[3];
    const key = `${name}:${version}`;
    let entry = byCoordinate.get(key);
    if (!entry) {
      entry = {
        pkg: {
          ecosystem: "Maven",
          name,
          version,
          purl: makePurl("Maven", name, version),
          direct: null,
          scope: "dev",
          lockfile: file
        },
        configurations: /* @__PURE__ */ new Set(),
        line: lineNumber
      };
      byCoordinate.set(key, entry);
    }
    for (const configuration of configurations) entry.configurations.add(configuration);
  }
  for (const { pkg, configurations, line } of byCoordinate.values()) {
    pkg.scope = kind.buildTooling ? "dev" : scopeOf(configurations, line, unknownConfigurations);
  }
  for (const [configuration, line] of unknownConfigurations) {
    findings.push({
      lockfile: file,
      line,
      message: configuration === "" ? "a dependency names no configuration; counted as runtime" : `configuration "${configuration}" is not one we know as test, tooling or runtime; its dependencies count as runtime`
    });
  }
  if (byCoordinate.size > 0) {
    findings.push({
      lockfile: file,
      message: "Gradle lock state does not tell direct from transitive dependencies (build scripts are code, not read here); direct is unknown"
    });
  }
  return {
    format: kind.legacyConfiguration !== void 0 ? "gradle-per-configuration" : "gradle-lockfile",
    packages: [...byCoordinate.values()].map((entry) => entry.pkg),
    findings
  };
}
function scopeOf(configurations, line, unknown) {
  if (configurations.size === 0) {
    if (!unknown.has("")) unknown.set("", line);
    return "runtime";
  }
  let scope = "dev";
  for (const configuration of configurations) {
    const kind = classifyConfiguration(configuration);
    if (kind === "dev") continue;
    if (kind === "unknown" && !unknown.has(configuration)) unknown.set(configuration, line);
    scope = "runtime";
  }
  return scope;
}
var gradleFormat = {
  id: "gradle",
  ecosystem: "Maven",
  matches: (path) => {
    const name = basename(path);
    return name === "gradle.lockfile" || name === "buildscript-gradle.lockfile" || name === "settings-gradle.lockfile" || LEGACY_DIR.test(path);
  },
  parse: parseGradleLock
};
export {
  classifyConfiguration,
  gradleFormat
};
