import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { LockfileParseError, lineAt } from './errors.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * Maven `pom.xml`. Maven has no lockfile: the POM declares direct dependencies, and the transitive
 * graph is resolved at build time from repositories. So this reads a manifest, not a lock state:
 *
 * - only `<project><dependencies>` (and those of `<profiles>`, reported as such) are listed, all
 *   direct; `<dependencyManagement>` only pins versions and scopes, it declares nothing;
 * - a version must be literal or resolve through this file's `<properties>` / `${project.version}`;
 *   ranges, unresolved properties (defined in a parent POM, the environment, settings.xml) and
 *   versions left to a parent or BOM become findings, never guessed packages;
 * - every parsed POM carries a finding that transitive SOUP is not covered.
 *
 * Scopes: test -> dev; compile, runtime, system -> runtime; provided -> runtime as well: a provided
 * artifact (servlet API, Spark, Lombok…) is not packaged, but the code runs against whatever the
 * container supplies, so it stays under review rather than being filtered out as a build tool
 * (the same call as Gradle's compileClasspath). `<optional>true</optional>` -> optional.
 *
 * XML is parsed with fast-xml-parser (maintained, no native code, no DOCTYPE entity expansion with
 * processEntities off, rejects `__proto__`-style names); its metadata gives element offsets, so
 * findings carry the line of the `<dependency>` they are about.
 */

const SUPPORTED_MODEL_VERSIONS = ['4.0.0', '4.1.0'];
const MAX_PROPERTY_DEPTH = 16;
const TRANSITIVE_NOTE = 'pom.xml lists direct dependencies only; transitive SOUP needs a lockfile';

type Xml = Record<string, unknown>;

const ARRAY_PATHS = new Set([
  'project.dependencies.dependency',
  'project.dependencyManagement.dependencies.dependency',
  'project.profiles.profile',
  'project.profiles.profile.dependencies.dependency',
  'project.profiles.profile.dependencyManagement.dependencies.dependency',
]);

const parser = new XMLParser({
  ignoreAttributes: true,
  // Versions such as 1.10 must stay text: numeric parsing would turn them into 1.1.
  parseTagValue: false,
  processEntities: false,
  trimValues: true,
  captureMetaData: true,
  isArray: (_name, jpath) => ARRAY_PATHS.has(String(jpath)),
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

function isObject(value: unknown): value is Xml {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function lineOf(text: string, node: unknown): number | undefined {
  if (!isObject(node)) return undefined;
  const meta = (node as Record<symbol, unknown>)[META];
  const start = isObject(meta) ? meta.startIndex : undefined;
  return typeof start === 'number' ? lineAt(text, start) : undefined;
}

/** Text of a child element; '' for an empty element, undefined when absent or not plain text. */
function textOf(node: Xml, key: string): string | undefined {
  if (!Object.hasOwn(node, key)) return undefined;
  const value = node[key];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value];
}

interface Declared {
  node: Xml;
  groupId?: string;
  artifactId?: string;
  version?: string;
  scope?: string;
  optional?: string;
  profile?: string;
}

function readDependencies(container: unknown, profile?: string): Declared[] {
  if (!isObject(container)) return [];
  const list = container.dependencies;
  if (!isObject(list)) return [];
  const result: Declared[] = [];
  for (const node of asArray(list.dependency)) {
    if (!isObject(node)) continue;
    const read = (key: string): string | undefined => textOf(node, key);
    result.push({
      node,
      groupId: read('groupId'),
      artifactId: read('artifactId'),
      version: read('version'),
      scope: read('scope'),
      optional: read('optional'),
      ...(profile !== undefined ? { profile } : {}),
    } as Declared);
  }
  return result;
}

/** Resolves `${…}` from this file's properties and project coordinates; what is left stays `${…}`. */
function makeResolver(properties: Map<string, string>): (value: string) => string {
  const resolve = (value: string, depth: number): string =>
    value.replace(/\$\{([^}]*)\}/g, (whole, key: string) => {
      const replacement = properties.get(key);
      if (replacement === undefined || depth >= MAX_PROPERTY_DEPTH) return whole;
      return resolve(replacement, depth + 1);
    });
  return (value) => resolve(value, 0);
}

function parseXml(file: string, text: string): Xml {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new LockfileParseError(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  }
  try {
    return parser.parse(text) as Xml;
  } catch (error) {
    throw new LockfileParseError(
      file,
      undefined,
      `invalid XML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function parseMavenPom(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const text = input.text;
  const document = parseXml(file, text);
  const project = document.project;
  if (!isObject(project)) {
    throw new LockfileParseError(file, undefined, 'expected a <project> root element with content');
  }
  const modelVersion = textOf(project, 'modelVersion');
  if (modelVersion !== undefined && !SUPPORTED_MODEL_VERSIONS.includes(modelVersion)) {
    const offset = text.indexOf('<modelVersion');
    throw new LockfileParseError(
      file,
      offset === -1 ? undefined : lineAt(text, offset),
      `unsupported POM modelVersion "${modelVersion}"; supported: ${SUPPORTED_MODEL_VERSIONS.join(', ')}`,
    );
  }

  const properties = new Map<string, string>();
  if (isObject(project.properties)) {
    for (const key of Object.keys(project.properties)) {
      const value = textOf(project.properties, key);
      if (value !== undefined) properties.set(key, value);
    }
  }
  const parent = isObject(project.parent) ? project.parent : undefined;
  const coordinates: Array<[string, string | undefined]> = [
    ['version', textOf(project, 'version') ?? (parent && textOf(parent, 'version'))],
    ['groupId', textOf(project, 'groupId') ?? (parent && textOf(parent, 'groupId'))],
    ['artifactId', textOf(project, 'artifactId')],
  ];
  for (const [field, value] of coordinates) {
    if (value === undefined) continue;
    // ${version} and ${pom.*} are the deprecated spellings Maven 3 still accepts.
    for (const prefix of ['project.', 'pom.', '']) {
      // A <properties> entry of the bare name wins over the deprecated ${version} alias.
      if (prefix !== '' || !properties.has(field)) properties.set(`${prefix}${field}`, value);
    }
  }
  if (parent) {
    for (const field of ['version', 'groupId', 'artifactId']) {
      const value = textOf(parent, field);
      if (value !== undefined) properties.set(`project.parent.${field}`, value);
    }
  }
  const resolve = makeResolver(properties);

  // group:artifact -> what <dependencyManagement> of this file says (version, scope).
  const managed = new Map<string, { version?: string; scope?: string }>();
  for (const entry of readDependencies(project.dependencyManagement)) {
    if (entry.groupId === undefined || entry.artifactId === undefined) continue;
    const key = `${resolve(entry.groupId)}:${resolve(entry.artifactId)}`;
    if (!managed.has(key)) {
      managed.set(key, {
        ...(entry.version !== undefined ? { version: resolve(entry.version) } : {}),
        ...(entry.scope !== undefined ? { scope: resolve(entry.scope) } : {}),
      });
    }
  }

  const declared = readDependencies(project);
  for (const profile of asArray(isObject(project.profiles) ? project.profiles.profile : undefined)) {
    if (!isObject(profile)) continue;
    declared.push(...readDependencies(profile, textOf(profile, 'id') ?? '(no id)'));
  }

  const findings: Finding[] = [{ lockfile: file, message: TRANSITIVE_NOTE }];
  const packages = new Map<string, Package>();
  const profilesReported = new Set<string>();
  for (const entry of declared) {
    const line = lineOf(text, entry.node);
    const report = (message: string): void => {
      findings.push({ lockfile: file, ...(line !== undefined ? { line } : {}), message });
    };
    if (entry.groupId === undefined || entry.artifactId === undefined) {
      report('a <dependency> without groupId or artifactId; not listed');
      continue;
    }
    const groupId = resolve(entry.groupId);
    const artifactId = resolve(entry.artifactId);
    const name = `${groupId}:${artifactId}`;
    if (/\$\{/.test(name) || groupId === '' || artifactId === '') {
      report(`${name}: coordinates use a property not defined in this file; not listed`);
      continue;
    }
    const fromManagement = managed.get(name);
    const rawVersion = entry.version ?? fromManagement?.version;
    if (rawVersion === undefined || rawVersion === '') {
      report(
        `${name}: version not declared in this file (managed by a parent POM or an imported BOM); not listed`,
      );
      continue;
    }
    const version = readVersion(resolve(rawVersion));
    if (typeof version !== 'string') {
      report(`${name}: ${version.problem} "${rawVersion}"; not listed`);
      continue;
    }
    const rawScope = entry.scope !== undefined ? resolve(entry.scope) : fromManagement?.scope;
    let scope: Scope;
    switch (rawScope ?? 'compile') {
      case 'test':
        scope = 'dev';
        break;
      case 'compile':
      case 'runtime':
      case 'provided':
      case 'system':
        scope = 'runtime';
        break;
      default:
        report(`${name}: unknown scope "${rawScope}"; counted as runtime`);
        scope = 'runtime';
    }
    if (scope !== 'dev' && entry.optional !== undefined && resolve(entry.optional).toLowerCase() === 'true') {
      scope = 'optional';
    }
    if (entry.profile !== undefined && !profilesReported.has(entry.profile)) {
      profilesReported.add(entry.profile);
      report(
        `dependencies of profile "${entry.profile}" are listed; they are used only when that profile is active`,
      );
    }
    const key = `${name}@${version}`;
    const seen = packages.get(key);
    if (seen) {
      // The same artifact twice (another classifier or type, or once per profile): keep the stronger scope.
      if (scope === 'runtime' || (scope === 'optional' && seen.scope === 'dev')) seen.scope = scope;
      continue;
    }
    packages.set(key, {
      ecosystem: 'Maven',
      name,
      version,
      purl: makePurl('Maven', name, version),
      direct: true,
      scope,
      lockfile: file,
      ...(rawScope === 'system' ? { source: 'file' } : {}),
    });
  }
  return { format: 'maven-pom', packages: [...packages.values()], findings };
}

/** The exact version a declaration pins, or why it pins none. */
function readVersion(version: string): string | { problem: string } {
  if (/\$\{/.test(version)) return { problem: 'version uses a property not defined in this file:' };
  // [1.2.3] is a range holding exactly one version: as pinned as a plain version.
  const exact = /^\[\s*([^,[\]()\s]+)\s*\]$/.exec(version);
  if (exact) return exact[1] as string;
  if (/[[\]()]|,/.test(version)) return { problem: 'version is a range, not a pinned version:' };
  if (version === 'LATEST' || version === 'RELEASE') return { problem: 'version is a moving meta-version:' };
  if (/\s/.test(version)) return { problem: 'version is not a single version:' };
  return version;
}

export const mavenFormat: LockfileFormat = {
  id: 'maven',
  ecosystem: 'Maven',
  matches: (path) => basename(path) === 'pom.xml',
  parse: parseMavenPom,
};
