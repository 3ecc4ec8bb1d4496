import { LockfileParseError } from '../errors.js';
import { reportFirstParty, type FirstParty } from '../first-party.js';
import { basename } from '../paths.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from '../types.js';
import {
  type Edge,
  dedupePackages,
  gitPin,
  indexByName,
  isTable,
  joinHashes,
  makePythonPackage,
  optionalArray,
  optionalTable,
  packageHeaderLines,
  parseToml,
  reachScopes,
  requireString,
  type Table,
} from './common.js';
import { normalizePythonName } from './normalize.js';

/*
 * uv.lock (https://docs.astral.sh/uv/concepts/projects/layout/#the-lockfile): `version = 1` with a
 * `revision` that uv bumps for additive changes (2: upload-time and sizes, 3: more metadata), and
 * one `[[package]]` per resolved name+version, so a name split by resolution-markers appears once per
 * version. The project itself (and workspace members) are packages too, with a local editable or
 * virtual source; they are not SOUP, and their dependency tables tell what is direct. Any other
 * package from a local folder (`directory`, `editable`, `virtual`) is first-party code too: not
 * listed (one finding names them), and what it depends on is direct. A `path` source is a built
 * distribution file, a package like any other. A git source keeps its version, the commit after
 * `#` in its URL as ref.
 */
const SUPPORTED_VERSIONS = [1];

/** uv source kinds that are not a package index, mapped to Package.source; folders are first-party. */
const SOURCE_KINDS: Record<string, string | undefined> = {
  git: 'git',
  url: 'url',
  path: 'file',
  directory: undefined,
  editable: undefined,
  virtual: undefined,
};
const FOLDER_KINDS = new Set(['directory', 'editable', 'virtual']);

interface Locked {
  table: Table;
  name: string;
  version: string | undefined;
  line: number | undefined;
  sourceKind: string | undefined;
  sourceValue: string | undefined;
}

function readSource(
  file: string,
  table: Table,
  line: number | undefined,
): [string | undefined, string | undefined] {
  const source = optionalTable(file, table.source, 'package source', line);
  if (!source) return [undefined, undefined];
  for (const kind of ['registry', ...Object.keys(SOURCE_KINDS)]) {
    const value = source[kind];
    if (value !== undefined) return [kind, typeof value === 'string' ? value : undefined];
  }
  return [undefined, undefined];
}

/** Resolves `{ name, version?, source? }` dependency entries to package indexes. */
function resolveEdges(
  file: string,
  list: unknown,
  packages: readonly Locked[],
  byName: Map<string, number[]>,
  line: number | undefined,
): Edge[] {
  const entries = optionalArray(file, list, 'dependency list', line) ?? [];
  const edges: Edge[] = [];
  for (const entry of entries) {
    if (!isTable(entry) || typeof entry.name !== 'string') {
      throw new LockfileParseError(file, line, 'expected each dependency to be a table with a name');
    }
    let candidates = byName.get(normalizePythonName(entry.name)) ?? [];
    // Several versions of one name: the entry names the one it means.
    if (candidates.length > 1 && typeof entry.version === 'string') {
      candidates = candidates.filter((index) => packages[index]!.version === entry.version);
    }
    const extras = Array.isArray(entry.extra)
      ? entry.extra.filter((extra): extra is string => typeof extra === 'string').map(normalizePythonName)
      : [];
    for (const to of candidates) edges.push({ to, extras });
  }
  return edges;
}

function groupTables(
  file: string,
  value: unknown,
  what: string,
  line: number | undefined,
): [string, unknown][] {
  const table = optionalTable(file, value, what, line);
  return table ? Object.entries(table) : [];
}

function parseUvLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const doc = parseToml(file, input.text);
  const findings: Finding[] = [];
  const version = doc.version;
  if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version)) {
    throw new LockfileParseError(
      file,
      undefined,
      `unsupported uv.lock version ${String(version)} (supported: ${SUPPORTED_VERSIONS.join(', ')})`,
    );
  }
  const revision = doc.revision;
  if (
    revision !== undefined &&
    (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0)
  ) {
    throw new LockfileParseError(file, undefined, `unsupported uv.lock revision ${String(revision)}`);
  }
  const entries = optionalArray(file, doc.package, '[[package]]') ?? [];
  const lines = packageHeaderLines(input.text, entries.length);
  const locked: Locked[] = entries.map((entry, index) => {
    const line = lines[index];
    if (!isTable(entry)) throw new LockfileParseError(file, line, 'expected [[package]] entry to be a table');
    const name = normalizePythonName(requireString(file, entry.name, 'package name', line));
    const [sourceKind, sourceValue] = readSource(file, entry, line);
    return {
      table: entry,
      name,
      // `version = ""` is not "no version" (a local source): it is a broken entry.
      version:
        entry.version === undefined
          ? undefined
          : requireString(file, entry.version, `version of ${name}`, line),
      line,
      sourceKind,
      sourceValue,
    };
  });
  const manifest = optionalTable(file, doc.manifest, '[manifest]');
  const members = new Set(
    (optionalArray(file, manifest?.members, '[manifest] members') ?? [])
      .filter((member): member is string => typeof member === 'string')
      .map(normalizePythonName),
  );
  const isRoot = (pkg: Locked) =>
    (pkg.sourceKind === 'editable' || pkg.sourceKind === 'virtual') &&
    (pkg.sourceValue === '.' || members.has(pkg.name));

  const byName = indexByName(locked.map((pkg) => pkg.name));
  const seeds: { edge: Edge; scope: Scope }[] = [];
  const direct = new Set<number>();
  const roots = new Set<number>();
  locked.forEach((pkg, index) => {
    if (!isRoot(pkg)) return;
    roots.add(index);
    const add = (list: unknown, scope: Scope) => {
      for (const edge of resolveEdges(file, list, locked, byName, pkg.line)) {
        seeds.push({ edge, scope });
        direct.add(edge.to);
      }
    };
    add(pkg.table.dependencies, 'runtime');
    for (const [, list] of groupTables(
      file,
      pkg.table['optional-dependencies'],
      'optional-dependencies',
      pkg.line,
    ))
      add(list, 'optional');
    for (const [, list] of groupTables(file, pkg.table['dev-dependencies'], 'dev-dependencies', pkg.line))
      add(list, 'dev');
  });

  const scopes =
    roots.size > 0
      ? reachScopes(
          locked.length,
          seeds,
          (index) =>
            resolveEdges(file, locked[index]!.table.dependencies, locked, byName, locked[index]!.line),
          (index, extra) => {
            const pkg = locked[index]!;
            const table = optionalTable(
              file,
              pkg.table['optional-dependencies'],
              'optional-dependencies',
              pkg.line,
            );
            const match = table
              ? Object.entries(table).find(([key]) => normalizePythonName(key) === extra)
              : undefined;
            return match ? resolveEdges(file, match[1], locked, byName, pkg.line) : [];
          },
        )
      : undefined;

  const packages: Package[] = [];
  const byIndex = new Map<number, Package>();
  const unreached: string[] = [];
  const firstParty: FirstParty[] = [];
  const ownDirect = new Set<number>();
  locked.forEach((pkg, index) => {
    if (roots.has(index)) return;
    if (pkg.sourceKind !== undefined && FOLDER_KINDS.has(pkg.sourceKind)) {
      firstParty.push({ name: pkg.name, folder: pkg.sourceValue ?? '?', line: pkg.line });
      for (const edge of resolveEdges(file, pkg.table.dependencies, locked, byName, pkg.line))
        ownDirect.add(edge.to);
    }
  });
  locked.forEach((pkg, index) => {
    if (roots.has(index)) return;
    if (pkg.sourceKind !== undefined && FOLDER_KINDS.has(pkg.sourceKind)) return;
    if (pkg.version === undefined) {
      findings.push({
        lockfile: file,
        line: pkg.line,
        message: `${pkg.name} has no version (a local or dynamic source): not inventoried`,
      });
      return;
    }
    let scope = scopes?.[index];
    if (scopes && scope === undefined) unreached.push(`${pkg.name}@${pkg.version}`);
    scope ??= 'runtime';
    const sdist =
      isTable(pkg.table.sdist) && typeof pkg.table.sdist.hash === 'string' ? [pkg.table.sdist.hash] : [];
    const wheels = Array.isArray(pkg.table.wheels)
      ? pkg.table.wheels.flatMap((wheel) =>
          isTable(wheel) && typeof wheel.hash === 'string' ? [wheel.hash] : [],
        )
      : [];
    const hash = pkg.sourceKind === 'git' ? pkg.sourceValue?.lastIndexOf('#') : undefined;
    const git =
      hash !== undefined && hash !== -1
        ? gitPin(pkg.sourceValue, pkg.sourceValue!.slice(hash + 1))
        : undefined;
    const made = makePythonPackage({
      name: pkg.name,
      version: pkg.version,
      direct: ownDirect.has(index) ? true : roots.size > 0 ? direct.has(index) : null,
      scope,
      lockfile: file,
      integrity: joinHashes([...sdist, ...wheels]),
      source: pkg.sourceKind !== undefined ? SOURCE_KINDS[pkg.sourceKind] : undefined,
      git,
    });
    packages.push(made);
    byIndex.set(index, made);
  });
  findings.push(...reportFirstParty(file, firstParty));
  // The graph uv locked: each package's own dependencies (extras are asked for by an edge, and the
  // project's entries are the direct ones). An edge to the project itself is no SOUP item.
  for (const [index, made] of byIndex) {
    const pkg = locked[index]!;
    const edges = resolveEdges(file, pkg.table.dependencies, locked, byName, pkg.line);
    made.dependencies = [...new Set(edges.flatMap((edge) => byIndex.get(edge.to)?.purl ?? []))].sort();
  }
  if (roots.size === 0 && locked.length > 0) {
    findings.push({
      lockfile: file,
      message:
        'no project package (editable or virtual source ".") found: direct dependencies and scopes are unknown',
    });
  }
  if (unreached.length > 0) {
    findings.push({
      lockfile: file,
      message: `${unreached.length} package(s) not reachable from the project's dependencies: scope taken as runtime (${unreached.slice(0, 10).join(', ')}${unreached.length > 10 ? ', …' : ''})`,
    });
  }
  const format = `uv-v${version}${revision !== undefined ? `-r${String(revision)}` : ''}`;
  return { format, packages: dedupePackages(packages), findings };
}

export const uvFormat: LockfileFormat = {
  id: 'uv',
  ecosystem: 'PyPI',
  matches: (path) => basename(path) === 'uv.lock',
  parse: parseUvLock,
};
