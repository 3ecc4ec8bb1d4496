import { normalizeNugetVersion, nugetScheme } from '../versions/nuget.js';
import { reportFirstParty } from './first-party.js';
import { LockfileParseError, lineAt, parseJson } from './errors.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile } from './types.js';

/**
 * NuGet `packages.lock.json` (written by `dotnet restore` with RestorePackagesWithLockFile), versions
 * 1 and 2 (2 came with Central Package Management and adds the `CentralTransitive` type).
 * https://learn.microsoft.com/nuget/consume-packages/package-references-in-project-files#locking-dependencies
 *
 * Shape: { version, dependencies: { "<tfm>[/<rid>]": { "<id>": { type, requested?, resolved,
 * contentHash, dependencies? } } } }. The same package appears once per target framework and
 * runtime graph: the inventory wants it once per id@version, direct when any graph says Direct.
 *
 * Scope: the lock file doesn't say whether a package is only a build tool (PrivateAssets="all"
 * analyzers, source generators) or a test framework; that is in the .csproj, which is MSBuild code
 * (conditions, imports, Directory.Packages.props) we don't evaluate. Everything is runtime, the
 * safe side for change control; test projects have lock files of their own, so their packages are
 * still attributed to the test project's lock file.
 *
 * Edges: each entry's `dependencies` maps ids to the ranges its .nuspec asks for (`8.0.0` means
 * 8.0.0 or later, `[5.0.0]` exactly). Restore picks one version per id in each target graph, so an
 * edge resolves to the entry of that id in the same graph (a runtime graph `net8.0/linux-x64`
 * holds only what differs from `net8.0`, so its edges also look there), whatever the range says. An
 * entry without `dependencies` depends on nothing: restore leaves the key out when it is empty. A
 * project reference is this repository's own code and, like a workspace, is no edge target.
 */

const SUPPORTED_VERSIONS = [1, 2];
const KNOWN_TYPES = new Set(['Direct', 'Transitive', 'CentralTransitive', 'Project']);

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Best-effort line of a JSON key: the first `"key"` after `from`. JSON.parse keeps no positions. */
function locateKey(text: string, key: string, from = 0): { line: number | undefined; offset: number } {
  const offset = text.indexOf(JSON.stringify(key), from);
  return offset === -1 ? { line: undefined, offset: from } : { line: lineAt(text, offset), offset };
}

interface Merged {
  pkg: Package;
  /** Per graph that lists this id@version, the ids its entry there depends on. */
  edges: Array<{ framework: string; ids: string[] }>;
}

/** The dependency ids an entry names; a malformed map is an error, like any other malformed field. */
function dependencyIds(
  file: string,
  line: () => number | undefined,
  name: string,
  framework: string,
  value: unknown,
): string[] {
  if (value === undefined) return [];
  if (!isObject(value) || !Object.values(value).every((range) => typeof range === 'string'))
    throw new LockfileParseError(
      file,
      line(),
      `"${name}" in "${framework}": "dependencies" must map ids to version strings`,
    );
  return Object.keys(value);
}

function parseNugetLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const text = input.text;
  const root = parseJson(file, text);
  if (!isObject(root)) throw new LockfileParseError(file, 1, 'expected a JSON object');
  const version = root.version;
  if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version)) {
    throw new LockfileParseError(
      file,
      locateKey(text, 'version').line,
      `unsupported packages.lock.json version ${JSON.stringify(version ?? null)}; supported: ${SUPPORTED_VERSIONS.join(', ')}`,
    );
  }
  const graphs = root.dependencies;
  if (!isObject(graphs)) {
    throw new LockfileParseError(
      file,
      locateKey(text, 'dependencies').line,
      'expected "dependencies" to be an object',
    );
  }

  const findings: Finding[] = [];
  // Key: lower-cased id + normalised version. NuGet ids are case-insensitive; the casing first
  // shown is kept (restore writes the casing of the package's nuspec, the same in every graph).
  const merged = new Map<string, Merged>();
  const projects = new Map<string, { name: string; line: number | undefined }>();
  const unparsable = new Set<string>();
  /** Per target graph, the package (key into `merged`) each lower-cased id resolves to there. */
  const resolvedIn = new Map<string, Map<string, string>>();

  for (const [framework, graph] of Object.entries(graphs)) {
    if (!isObject(graph)) {
      throw new LockfileParseError(
        file,
        locateKey(text, framework).line,
        `expected target "${framework}" to be an object`,
      );
    }
    for (const [name, entry] of Object.entries(graph)) {
      // Located only when needed (errors, findings): searching per package would be quadratic.
      const at = {
        get line() {
          return locateKey(text, name, locateKey(text, framework).offset).line;
        },
      };
      if (!isObject(entry)) {
        throw new LockfileParseError(file, at.line, `expected "${name}" in "${framework}" to be an object`);
      }
      if (name.trim() === '')
        throw new LockfileParseError(file, at.line, `empty package id in "${framework}"`);
      const type = entry.type;
      if (typeof type !== 'string') {
        throw new LockfileParseError(file, at.line, `"${name}" in "${framework}" has no "type" string`);
      }
      if (type === 'Project') {
        // A <ProjectReference>: code of this repository, not SOUP. Reported so it is not a silent skip.
        if (!projects.has(name.toLowerCase())) projects.set(name.toLowerCase(), { name, line: at.line });
        continue;
      }
      const resolved = entry.resolved;
      if (typeof resolved !== 'string' || resolved.trim() === '') {
        throw new LockfileParseError(file, at.line, `"${name}" in "${framework}" has no "resolved" version`);
      }
      const contentHash = entry.contentHash;
      if (contentHash !== undefined && typeof contentHash !== 'string') {
        throw new LockfileParseError(
          file,
          at.line,
          `"${name}" in "${framework}": "contentHash" must be a string`,
        );
      }
      if (!KNOWN_TYPES.has(type)) {
        findings.push({
          lockfile: file,
          line: at.line,
          message: `${name} ${resolved}: unknown dependency type "${type}" in "${framework}"; listed, direct unknown`,
        });
      }
      if (nugetScheme.parse(resolved) === null && !unparsable.has(resolved)) {
        unparsable.add(resolved);
        findings.push({
          lockfile: file,
          line: at.line,
          message: `${name}: "${resolved}" is not a NuGet version; listed as written, it cannot be ordered`,
        });
      }
      const direct = type === 'Direct' ? true : KNOWN_TYPES.has(type) ? false : null;
      const key = `${name.toLowerCase()}@${normalizeNugetVersion(resolved)}`;
      const ids = dependencyIds(file, () => at.line, name, framework, entry.dependencies);
      const inGraph = resolvedIn.get(framework) ?? new Map<string, string>();
      resolvedIn.set(framework, inGraph);
      inGraph.set(name.toLowerCase(), key);
      const seen = merged.get(key);
      if (seen) {
        seen.edges.push({ framework, ids });
        if (direct === true || (seen.pkg.direct === false && direct === null)) seen.pkg.direct = direct;
        if (seen.pkg.integrity === undefined && contentHash) seen.pkg.integrity = `sha512-${contentHash}`;
        continue;
      }
      merged.set(key, {
        pkg: {
          ecosystem: 'NuGet',
          name,
          version: resolved,
          purl: makePurl('NuGet', name, resolved),
          direct,
          scope: 'runtime',
          lockfile: file,
          // contentHash is the base64 SHA-512 of the .nupkg: written in SRI form, it says which hash it is.
          ...(contentHash ? { integrity: `sha512-${contentHash}` } : {}),
        },
        edges: [{ framework, ids }],
      });
    }
  }

  // A repository with a hundred projects says so once per lockfile, not once per reference.
  findings.push(
    ...reportFirstParty(
      file,
      [...projects.values()].map(({ name, line }) => ({ name, folder: 'project reference', line })),
    ),
  );
  for (const entry of merged.values()) entry.pkg.dependencies = resolveEdges(entry.edges, resolvedIn, merged);
  return { format: `nuget-v${version}`, packages: [...merged.values()].map((entry) => entry.pkg), findings };
}

/**
 * The purls an entry's dependency ids resolve to in its own graph (a runtime graph falls back to
 * its framework's); an id resolving to nothing there is a project reference, or one restore did not
 * write, and gets no edge rather than a guessed one.
 */
function resolveEdges(
  edges: Merged['edges'],
  resolvedIn: ReadonlyMap<string, ReadonlyMap<string, string>>,
  merged: ReadonlyMap<string, Merged>,
): string[] {
  const purls = new Set<string>();
  for (const { framework, ids } of edges) {
    const own = resolvedIn.get(framework);
    const slash = framework.indexOf('/');
    const base = slash === -1 ? undefined : resolvedIn.get(framework.slice(0, slash));
    for (const id of ids) {
      const key = own?.get(id.toLowerCase()) ?? base?.get(id.toLowerCase());
      const target = key === undefined ? undefined : merged.get(key);
      if (target) purls.add(target.pkg.purl);
    }
  }
  return [...purls];
}

export const nugetFormat: LockfileFormat = {
  id: 'nuget',
  ecosystem: 'NuGet',
  // packages.<project>.lock.json is the documented per-project name when several projects share a folder.
  matches: (path) => /^packages(?:\.[^/]+)?\.lock\.json$/.test(basename(path)),
  parse: parseNugetLock,
};
