import { LockfileParseError } from '../errors.js';
import { reportFirstParty, type FirstParty } from '../first-party.js';
import { basename, dirname, joinPath } from '../paths.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from '../types.js';
import {
  type Edge,
  attachEdges,
  dedupePackages,
  indexByName,
  fileHashes,
  gitPin,
  isDistributionFile,
  isTable,
  joinHashes,
  makePythonPackage,
  optionalArray,
  optionalTable,
  packageHeaderLines,
  parseToml,
  reachFromDeclarations,
  readManifest,
  reportUnscoped,
  requireString,
  requirementExtras,
  type Table,
} from './common.js';
import { normalizePythonName, requirementName } from './normalize.js';

/*
 * pdm.lock (https://pdm-project.org/latest/usage/lockfile/): `[metadata] lock_version` and one
 * `[[package]]` per name+version (plus one per requested extras set, `extras = [...]`, which is the
 * same artifact). Since lock_version 4.4.1 (`inherit_metadata` strategy) each package lists the
 * `groups` that need it: "default" is the project's runtime dependencies, the names of
 * [project.optional-dependencies] are extras, anything else is a dev group. Older files (and
 * 3.x, whose hashes live in `[metadata.files]` keyed "name version") carry no groups, so scope
 * comes from reachability through `dependencies` from pyproject.toml's declarations.
 * A `path` to a folder (or any editable) is first-party code, not listed; a path to a wheel or sdist
 * is a package from a file. A git package keeps its version with its `revision` as ref.
 */
const SUPPORTED_MAJORS = ['3', '4'];

const SOURCE_KEYS: ReadonlyArray<[string, string]> = [
  ['git', 'git'],
  ['url', 'url'],
  ['path', 'path'],
];

/** Names of [project.optional-dependencies] groups: those pdm groups are extras, not dev tooling. */
function optionalGroupNames(text: string | undefined): Set<string> {
  if (text === undefined) return new Set();
  try {
    const doc = parseToml('pyproject.toml', text);
    const project = isTable(doc.project) ? doc.project : undefined;
    const optional =
      project && isTable(project['optional-dependencies']) ? project['optional-dependencies'] : {};
    return new Set(Object.keys(optional).map(normalizePythonName));
  } catch {
    // readManifest already reported the unreadable manifest.
    return new Set();
  }
}

function scopeFromGroups(groups: unknown[], optionalGroups: Set<string>): Scope {
  const names = groups.filter((group): group is string => typeof group === 'string').map(normalizePythonName);
  if (names.includes('default')) return 'runtime';
  if (names.some((group) => optionalGroups.has(group))) return 'optional';
  return 'dev';
}

function parsePdmLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const doc = parseToml(file, input.text);
  const findings: Finding[] = [];
  const metadata = optionalTable(file, doc.metadata, '[metadata]') ?? {};
  const lockVersion = metadata.lock_version;
  if (typeof lockVersion !== 'string' || !SUPPORTED_MAJORS.includes(lockVersion.split('.')[0]!)) {
    throw new LockfileParseError(
      file,
      undefined,
      `unsupported pdm.lock lock_version ${String(lockVersion)} (supported: ${SUPPORTED_MAJORS.map((major) => `${major}.x`).join(', ')})`,
    );
  }
  const entries = optionalArray(file, doc.package, '[[package]]') ?? [];
  const lines = packageHeaderLines(input.text, entries.length);
  const tables: Table[] = entries.map((entry, index) => {
    if (!isTable(entry))
      throw new LockfileParseError(file, lines[index], 'expected [[package]] entry to be a table');
    return entry;
  });
  const names = tables.map((entry, index) =>
    normalizePythonName(requireString(file, entry.name, 'package name', lines[index])),
  );
  const versions = tables.map((entry, index) =>
    requireString(file, entry.version, `version of ${names[index]!}`, lines[index]),
  );
  const metaFiles = optionalTable(file, metadata.files, '[metadata.files]');
  const filesByKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(metaFiles ?? {})) {
    const [name = '', version = ''] = key.trim().split(/\s+/);
    filesByKey.set(`${normalizePythonName(name)} ${version}`, value);
  }

  const manifestPath = joinPath(dirname(file), 'pyproject.toml');
  const declared = readManifest(input.manifests, manifestPath, file, findings);
  const optionalGroups = optionalGroupNames(input.manifests?.get(manifestPath));
  const recorded = tables.map((entry, index) => {
    const groups = optionalArray(file, entry.groups, 'package groups', lines[index]);
    return groups ? scopeFromGroups(groups, optionalGroups) : undefined;
  });

  let reached: (Scope | undefined)[] | undefined;
  if (recorded.some((scope) => scope === undefined) && declared) {
    const edgesOf = (requirements: unknown, byName: Map<string, number[]>): Edge[] =>
      (Array.isArray(requirements) ? requirements : []).flatMap((item) => {
        if (typeof item !== 'string') return [];
        const name = requirementName(item);
        return ((name !== undefined ? byName.get(name) : undefined) ?? []).map((to) => ({
          to,
          extras: requirementExtras(item),
        }));
      });
    reached = reachFromDeclarations(
      declared,
      names,
      (index, byName) => edgesOf(tables[index]!.dependencies, byName),
      // An extras entry of the same name+version carries what the extra adds.
      (index, extra, byName) =>
        (byName.get(names[index]!) ?? [])
          .filter((other) => {
            const extras = tables[other]!.extras;
            return (
              versions[other] === versions[index] &&
              Array.isArray(extras) &&
              extras.some((e) => typeof e === 'string' && normalizePythonName(e) === extra)
            );
          })
          .flatMap((other) => edgesOf(tables[other]!.dependencies, byName)),
    );
  }
  const unknown = names.filter((_, index) => recorded[index] === undefined && reached?.[index] === undefined);
  findings.push(...reportUnscoped(file, unknown, 'groups'));

  const packages: Package[] = [];
  const madeAt = new Map<number, Package>();
  const firstParty: FirstParty[] = [];
  /** What the repository's own path dependencies need: declared by the project, so direct. */
  const ownDeclared = new Set<string>();
  tables.forEach((entry, index) => {
    const name = names[index]!;
    const version = versions[index]!;
    const path = typeof entry.path === 'string' ? entry.path : undefined;
    if (path !== undefined && (entry.editable === true || !isDistributionFile(path))) {
      firstParty.push({ name, folder: path, line: lines[index] });
      for (const item of Array.isArray(entry.dependencies) ? entry.dependencies : []) {
        const required = typeof item === 'string' ? requirementName(item) : undefined;
        if (required !== undefined) ownDeclared.add(required);
      }
      return;
    }
    const source = SOURCE_KEYS.find(([key]) => entry[key] !== undefined)?.[1];
    const git =
      source === 'git'
        ? gitPin(
            typeof entry.git === 'string' ? entry.git : undefined,
            typeof entry.revision === 'string' ? entry.revision : undefined,
          )
        : undefined;
    const hashes =
      entry.files !== undefined ? fileHashes(entry.files) : fileHashes(filesByKey.get(`${name} ${version}`));
    const made = makePythonPackage({
      name,
      version,
      direct: declared ? declared.scopes.has(name) : null,
      scope: recorded[index] ?? reached?.[index] ?? 'runtime',
      lockfile: file,
      integrity: joinHashes(hashes),
      source: source === 'path' ? 'file' : source,
      git,
    });
    packages.push(made);
    madeAt.set(index, made);
  });
  for (const pkg of packages) if (ownDeclared.has(pkg.name)) pkg.direct = true;
  findings.push(...reportFirstParty(file, firstParty));
  // Each entry's `dependencies` are PEP 508 requirement strings; pdm locks one version per name
  // (per target environment), so a name points at the entries of that name.
  const byName = indexByName(names);
  const listed = dedupePackages(packages);
  attachEdges(listed, madeAt, (index) => {
    const requirements = tables[index]!.dependencies;
    return (Array.isArray(requirements) ? requirements : []).flatMap((item) => {
      const required = typeof item === 'string' ? requirementName(item) : undefined;
      return (required !== undefined ? byName.get(required) : undefined) ?? [];
    });
  });
  return { format: `pdm-lock-${lockVersion}`, packages: listed, findings };
}

export const pdmFormat: LockfileFormat = {
  id: 'pdm',
  ecosystem: 'PyPI',
  matches: (path) => basename(path) === 'pdm.lock',
  manifests: (lockPath) => [joinPath(dirname(lockPath), 'pyproject.toml')],
  parse: parsePdmLock,
};
