import { LockfileParseError } from './errors.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * Gradle dependency locking (https://docs.gradle.org/current/userguide/dependency_locking.html):
 *
 * - `gradle.lockfile` (Gradle 6+, one per project): `group:artifact:version=conf1,conf2` lines, an
 *   `empty=conf…` line naming locked configurations that resolved to nothing, `#` comments.
 * - `buildscript-gradle.lockfile` / `settings-gradle.lockfile`: the same for the build script's and
 *   the settings' classpath, i.e. plugins and build tooling.
 * - `gradle/dependency-locks/<configuration>.lockfile` (before Gradle 7): one file per
 *   configuration, bare `group:artifact:version` lines.
 *
 * direct is always null: the lock state records the resolved graph, not what build.gradle(.kts)
 * declares, and build scripts are Groovy/Kotlin programs (plugins, platforms, version catalogs,
 * conditionals) that we would have to execute to know; the gate never runs repository code.
 */

type ConfigurationKind = 'runtime' | 'dev' | 'unknown';

// Build tooling that never ships: compiler plugins, static analysis, coverage agents, benchmarks.
const TOOLING =
  /^(?:kotlinCompilerClasspath|kotlinCompilerPluginClasspath\w*|kotlinNativeCompilerPluginClasspath|kotlinKlibCommonizerClasspath|kotlinBuildToolsApiClasspath|kotlinNativeBundleConfiguration|kotlinScriptDef\w*|jacocoAgent|jacocoAnt|checkstyle|pmd|spotbugs\w*|detekt\w*|ktlint\w*|lintChecks|lintClassPath|lintPublish|jmh\w*|developmentOnly|testAndDevelopmentOnly|errorprone\w*|protobufToolsLocator_\w+|dokka\w*)$/;

/**
 * What a configuration says about shipping. Tests, annotation processors and tooling are dev;
 * compile and runtime classpaths (also Android/KMP variants like debugRuntimeClasspath) are runtime.
 * compileClasspath-only entries (compileOnly, Maven's "provided") stay runtime: the code is built
 * against them and usually meets them at run time, so leaving them out of review would be the unsafe guess.
 */
export function classifyConfiguration(name: string): ConfigurationKind {
  if (/^test/.test(name) || /Test/.test(name)) return 'dev';
  if (/annotationProcessor(?:Classpath)?$/i.test(name) || /^(?:kapt|ksp)/.test(name)) return 'dev';
  if (TOOLING.test(name)) return 'dev';
  if (/(?:^|[a-z0-9])(?:runtime|compile)Classpath$/i.test(name) || /CompileKlibraries$/.test(name)) {
    return 'runtime';
  }
  return 'unknown';
}

const COORDINATE = /^([^:=\s]+):([^:=\s]+):([^:=\s]+)$/;
const LEGACY_DIR = /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/;

function fileKind(path: string): { buildTooling: boolean; legacyConfiguration?: string } {
  const name = basename(path);
  if (LEGACY_DIR.test(path)) {
    const configuration = name.slice(0, -'.lockfile'.length);
    // buildscript-classpath.lockfile held the build script's classpath in the per-configuration layout.
    return { buildTooling: configuration === 'buildscript-classpath', legacyConfiguration: configuration };
  }
  return { buildTooling: name === 'buildscript-gradle.lockfile' || name === 'settings-gradle.lockfile' };
}

function parseGradleLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const kind = fileKind(file);
  const findings: Finding[] = [];
  const byCoordinate = new Map<string, { pkg: Package; configurations: Set<string>; line: number }>();
  const unknownConfigurations = new Map<string, number>();
  const lines = input.text.split(/\r?\n/);

  for (let index = 0; index < lines.length; index++) {
    const lineNumber = index + 1;
    const line = (lines[index] as string).trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    let coordinate: string;
    let configurations: string[];
    if (eq === -1) {
      if (kind.legacyConfiguration === undefined) {
        throw new LockfileParseError(
          file,
          lineNumber,
          `expected "group:artifact:version=configurations", got "${line.slice(0, 200)}"`,
        );
      }
      coordinate = line;
      configurations = [kind.legacyConfiguration];
    } else {
      coordinate = line.slice(0, eq).trim();
      configurations = line
        .slice(eq + 1)
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part !== '');
      // Locked configurations that resolved to nothing: no package to list.
      if (coordinate === 'empty') continue;
    }
    const match = COORDINATE.exec(coordinate);
    if (!match) {
      throw new LockfileParseError(
        file,
        lineNumber,
        `expected "group:artifact:version", got "${coordinate.slice(0, 200)}"`,
      );
    }
    const name = `${match[1]}:${match[2]}`;
    const version = match[3] as string;
    const key = `${name}:${version}`;
    let entry = byCoordinate.get(key);
    if (!entry) {
      entry = {
        pkg: {
          ecosystem: 'Maven',
          name,
          version,
          purl: makePurl('Maven', name, version),
          direct: null,
          scope: 'dev',
          lockfile: file,
        },
        configurations: new Set(),
        line: lineNumber,
      };
      byCoordinate.set(key, entry);
    }
    for (const configuration of configurations) entry.configurations.add(configuration);
  }

  for (const { pkg, configurations, line } of byCoordinate.values()) {
    pkg.scope = kind.buildTooling ? 'dev' : scopeOf(configurations, line, unknownConfigurations);
  }
  for (const [configuration, line] of unknownConfigurations) {
    findings.push({
      lockfile: file,
      line,
      message:
        configuration === ''
          ? 'a dependency names no configuration; counted as runtime'
          : `configuration "${configuration}" is not one we know as test, tooling or runtime; its dependencies count as runtime`,
    });
  }
  if (byCoordinate.size > 0) {
    findings.push({
      lockfile: file,
      message:
        'Gradle lock state does not tell direct from transitive dependencies (build scripts are code, not read here); direct is unknown',
    });
  }
  return {
    format: kind.legacyConfiguration !== undefined ? 'gradle-per-configuration' : 'gradle-lockfile',
    packages: [...byCoordinate.values()].map((entry) => entry.pkg),
    findings,
  };
}

function scopeOf(configurations: Set<string>, line: number, unknown: Map<string, number>): Scope {
  if (configurations.size === 0) {
    if (!unknown.has('')) unknown.set('', line);
    return 'runtime';
  }
  let scope: Scope = 'dev';
  for (const configuration of configurations) {
    const kind = classifyConfiguration(configuration);
    if (kind === 'dev') continue;
    if (kind === 'unknown' && !unknown.has(configuration)) unknown.set(configuration, line);
    scope = 'runtime';
  }
  return scope;
}

export const gradleFormat: LockfileFormat = {
  id: 'gradle',
  ecosystem: 'Maven',
  matches: (path) => {
    const name = basename(path);
    return (
      name === 'gradle.lockfile' ||
      name === 'buildscript-gradle.lockfile' ||
      name === 'settings-gradle.lockfile' ||
      LEGACY_DIR.test(path)
    );
  },
  parse: parseGradleLock,
};
