import { parse as parseTomlText, TomlError } from 'smol-toml';
import { LockfileParseError } from '../errors.js';
import { FULL_COMMIT } from '../git.js';
import { strongerScope } from '../package-json.js';
import { makePurl, type VcsPin } from '../purl.js';
import type { Finding, Package, Scope } from '../types.js';
import { normalizePythonName, requirementName } from './normalize.js';

export type Table = Record<string, unknown>;

/** TOML text to a table; smol-toml's syntax errors carry line numbers, which the error keeps. */
export function parseToml(file: string, text: string): Table {
  try {
    // smol-toml builds null-prototype tables, so `__proto__` or `constructor` keys stay plain data.
    return parseTomlText(text) as Table;
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split('\n')[0] ?? error.message;
      throw new LockfileParseError(file, error.line, `invalid TOML: ${first}`);
    }
    // Anything else (e.g. a stack overflow on absurd nesting) is still malformed input, not a crash.
    throw new LockfileParseError(
      file,
      undefined,
      `invalid TOML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export function isTable(value: unknown): value is Table {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** A table or nothing; a value of another type is malformed input. */
export function optionalTable(file: string, value: unknown, what: string, line?: number): Table | undefined {
  if (value === undefined) return undefined;
  if (!isTable(value)) throw new LockfileParseError(file, line, `expected ${what} to be a table`);
  return value;
}

export function optionalArray(
  file: string,
  value: unknown,
  what: string,
  line?: number,
): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new LockfileParseError(file, line, `expected ${what} to be an array`);
  return value;
}

export function optionalString(
  file: string,
  value: unknown,
  what: string,
  line?: number,
): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new LockfileParseError(file, line, `expected ${what} to be a string`);
  return value;
}

export function requireString(file: string, value: unknown, what: string, line?: number): string {
  if (typeof value !== 'string' || value === '') {
    throw new LockfileParseError(file, line, `expected ${what} to be a non-empty string`);
  }
  return value;
}

/**
 * Line numbers of each `[[package]]` header, in order. TOML keeps array-of-tables order, so the i-th
 * header is the i-th entry whenever the file uses headers (every tool here does); a file written
 * with an inline array instead just gets no line numbers.
 */
export function packageHeaderLines(text: string, count: number): (number | undefined)[] {
  const lines: number[] = [];
  let line = 1;
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const row = text.slice(start, end === -1 ? text.length : end);
    if (/^\s*\[\[\s*package\s*\]\]/.test(row)) lines.push(line);
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return lines.length === count ? lines : new Array<undefined>(count).fill(undefined);
}

/**
 * Python lockfiles record one hash per artifact (sdist and every wheel), not one per version. All of
 * them, sorted and space-separated (the shape of a multi-hash SRI value), identify what may be
 * installed; sorting keeps the value stable when a tool reorders files.
 */
export function joinHashes(hashes: Iterable<string>): string | undefined {
  const unique = [...new Set([...hashes].filter((hash) => hash !== ''))].sort();
  return unique.length > 0 ? unique.join(' ') : undefined;
}

/** Hashes of a `files = [{file, hash}]` list (poetry, pdm); entries of another shape are skipped. */
export function fileHashes(files: unknown, version?: string): string[] {
  if (!Array.isArray(files)) return [];
  const hashes: string[] = [];
  for (const entry of files) {
    if (!isTable(entry) || typeof entry.hash !== 'string') continue;
    // Old poetry keys files by name only; when one name has several versions, the file name tells them apart.
    if (version !== undefined && typeof entry.file === 'string' && !fileHasVersion(entry.file, version))
      continue;
    hashes.push(entry.hash);
  }
  return hashes;
}

function fileHasVersion(file: string, version: string): boolean {
  return (
    file.includes(`-${version}-`) || file.includes(`-${version}.tar`) || file.includes(`-${version}.zip`)
  );
}

export interface PackageFields {
  name: string;
  version: string;
  direct: boolean | null;
  scope: Scope;
  lockfile: string;
  integrity?: string | undefined;
  source?: string | undefined;
  /** A git dependency's repository and commit: the commit becomes the package's ref. */
  git?: VcsPin | undefined;
}

export function makePythonPackage(fields: PackageFields): Package {
  const name = normalizePythonName(fields.name);
  return {
    ecosystem: 'PyPI',
    name,
    version: fields.version,
    purl: makePurl('PyPI', name, fields.version, fields.git),
    direct: fields.direct,
    scope: fields.scope,
    lockfile: fields.lockfile,
    ...(fields.integrity !== undefined ? { integrity: fields.integrity } : {}),
    ...(fields.source !== undefined ? { source: fields.source } : {}),
    ...(fields.git !== undefined ? { ref: fields.git.commit } : {}),
  };
}

/**
 * The commit a git dependency is pinned to, when the lockfile records a full one: Poetry's
 * `resolved_reference`, pdm's `revision`, Pipfile.lock's `ref`, the `#<sha>` of a uv source URL.
 */
export function gitPin(url: string | undefined, commit: string | undefined): VcsPin | undefined {
  if (url === undefined || commit === undefined || !FULL_COMMIT.test(commit)) return undefined;
  return { url, commit: commit.toLowerCase() };
}

/**
 * A local path names a built distribution (a wheel or an sdist archive, a package like any other)
 * or a folder: a project of this repository, first-party code (see ../first-party.ts).
 */
export function isDistributionFile(path: string): boolean {
  return /\.(?:whl|tar\.gz|tgz|tar\.bz2|tar\.xz|zip|egg)$/i.test(path);
}

/** Keeps one package per name+version+source+commit; a package listed twice keeps the stronger facts. */
/**
 * The graph a Python lockfile states, on the deduplicated packages: `madeAt` maps each lockfile
 * entry to the package it became (first-party path entries became none, so an edge to the project's
 * own code is no edge), `targetsOf` gives the entries an entry depends on. Entries deduplicated into
 * one package (an extras entry beside its base) add their edges together.
 */
export function attachEdges(
  listed: readonly Package[],
  madeAt: ReadonlyMap<number, Package>,
  targetsOf: (index: number) => readonly number[],
): void {
  const edges = new Map<string, Set<string>>();
  for (const [index, made] of madeAt) {
    let into = edges.get(made.purl);
    if (into === undefined) edges.set(made.purl, (into = new Set()));
    for (const to of targetsOf(index)) {
      const target = madeAt.get(to);
      if (target !== undefined && target.purl !== made.purl) into.add(target.purl);
    }
  }
  for (const pkg of listed) pkg.dependencies = [...(edges.get(pkg.purl) ?? [])].sort();
}

export function dedupePackages(packages: Package[]): Package[] {
  const byKey = new Map<string, Package>();
  for (const pkg of packages) {
    const key = `${pkg.name}\u0000${pkg.version}\u0000${pkg.source ?? ''}\u0000${pkg.ref ?? ''}`;
    const previous = byKey.get(key);
    if (!previous) {
      byKey.set(key, pkg);
      continue;
    }
    previous.scope = strongerScope(previous.scope, pkg.scope);
    previous.direct =
      previous.direct === true || pkg.direct === true
        ? true
        : previous.direct === null
          ? pkg.direct
          : previous.direct;
    if (previous.integrity === undefined && pkg.integrity !== undefined) previous.integrity = pkg.integrity;
  }
  return [...byKey.values()];
}

/** What a pyproject.toml (or Pipfile) declares directly: normalised name -> strongest scope, and the extras asked of it. */
export interface Declarations {
  scopes: Map<string, Scope>;
  extras: Map<string, Set<string>>;
}

export function emptyDeclarations(): Declarations {
  return { scopes: new Map(), extras: new Map() };
}

export function declare(
  declared: Declarations,
  name: string | undefined,
  scope: Scope,
  extras: readonly string[] = [],
  self?: string,
): void {
  if (name === undefined || name === self) return;
  const previous = declared.scopes.get(name);
  declared.scopes.set(name, previous ? strongerScope(previous, scope) : scope);
  if (extras.length > 0) {
    const set = declared.extras.get(name) ?? new Set<string>();
    for (const extra of extras) set.add(extra);
    declared.extras.set(name, set);
  }
}

function declareRequirements(declared: Declarations, list: unknown, scope: Scope, self?: string): void {
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (typeof item === 'string')
      declare(declared, requirementName(item), scope, requirementExtras(item), self);
  }
}

/** The extras of a Poetry/Pipenv dependency spec table (`{version = "*", extras = ["x"]}`). */
export function specExtras(spec: unknown): string[] {
  if (!isTable(spec) || !Array.isArray(spec.extras)) return [];
  return spec.extras.filter((extra): extra is string => typeof extra === 'string').map(normalizePythonName);
}

/** Poetry's `name = "^1.0"` / `name = {version, optional}` tables (also a list of those per marker). */
function declarePoetryTable(declared: Declarations, deps: unknown, scope: Scope, self?: string): void {
  if (!isTable(deps)) return;
  for (const [name, spec] of Object.entries(deps)) {
    if (name.toLowerCase() === 'python') continue;
    const specs = Array.isArray(spec) ? spec : [spec];
    const optional = specs.some((item) => isTable(item) && item.optional === true);
    const extras = specs.flatMap(specExtras);
    declare(
      declared,
      normalizePythonName(name),
      optional && scope === 'runtime' ? 'optional' : scope,
      extras,
      self,
    );
  }
}

/**
 * Reads every place a pyproject.toml declares dependencies: PEP 621 `[project]`, PEP 735
 * `[dependency-groups]`, Poetry's `[tool.poetry]` tables and PDM's `[tool.pdm.dev-dependencies]`.
 * The project's own name is left out: `flask[async]` inside flask's extras refers to itself.
 */
export function readPyproject(file: string, text: string): Declarations {
  const doc = parseToml(file, text);
  const declared = emptyDeclarations();
  const project = isTable(doc.project) ? doc.project : undefined;
  const tool = isTable(doc.tool) ? doc.tool : undefined;
  const poetry = tool && isTable(tool.poetry) ? tool.poetry : undefined;
  const projectName =
    typeof project?.name === 'string'
      ? project.name
      : typeof poetry?.name === 'string'
        ? poetry.name
        : undefined;
  const self = projectName !== undefined ? normalizePythonName(projectName) : undefined;

  if (project) {
    declareRequirements(declared, project.dependencies, 'runtime', self);
    if (isTable(project['optional-dependencies'])) {
      for (const list of Object.values(project['optional-dependencies']))
        declareRequirements(declared, list, 'optional', self);
    }
  }
  if (isTable(doc['dependency-groups'])) {
    // Entries may also be `{include-group = "…"}` tables, which name no package themselves.
    for (const list of Object.values(doc['dependency-groups']))
      declareRequirements(declared, list, 'dev', self);
  }
  if (poetry) {
    declarePoetryTable(declared, poetry.dependencies, 'runtime', self);
    declarePoetryTable(declared, poetry['dev-dependencies'], 'dev', self);
    if (isTable(poetry.group)) {
      for (const [group, table] of Object.entries(poetry.group)) {
        if (isTable(table))
          declarePoetryTable(declared, table.dependencies, group === 'main' ? 'runtime' : 'dev', self);
      }
    }
  }
  const pdm = tool && isTable(tool.pdm) ? tool.pdm : undefined;
  if (pdm && isTable(pdm['dev-dependencies'])) {
    for (const list of Object.values(pdm['dev-dependencies']))
      declareRequirements(declared, list, 'dev', self);
  }
  const uv = tool && isTable(tool.uv) ? tool.uv : undefined;
  if (uv) declareRequirements(declared, uv['dev-dependencies'], 'dev', self);
  return declared;
}

/**
 * Declarations from the pyproject.toml (or Pipfile) beside a lockfile; undefined when it is absent
 * or unreadable. An unreadable manifest only makes direct-ness unknowable, so it is a finding, not a
 * failure of the lockfile itself.
 */
export function readManifest(
  manifests: ReadonlyMap<string, string> | undefined,
  path: string,
  lockfile: string,
  findings: Finding[],
  read: (file: string, text: string) => Declarations = readPyproject,
): Declarations | undefined {
  const text = manifests?.get(path);
  if (text === undefined) return undefined;
  try {
    return read(path, text);
  } catch (error) {
    if (!(error instanceof LockfileParseError)) throw error;
    findings.push({
      lockfile,
      message: `${error.message}; direct and transitive dependencies can't be told apart`,
    });
    return undefined;
  }
}

/** A dependency edge: the package it points at, and the extras it asks of that package. */
export interface Edge {
  to: number;
  extras: readonly string[];
}

const SCOPE_ORDER: readonly Scope[] = ['runtime', 'optional', 'dev'];

/**
 * Scope of every package by reachability from the project's own declarations: one breadth-first
 * pass per scope, strongest first, so a package reachable from a runtime dependency is runtime even
 * when a dev tool needs it too. Extras are part of the walk state because `uvicorn[standard]`
 * pulls in more than `uvicorn`. Undefined for what no declaration reaches.
 */
export function reachScopes(
  count: number,
  seeds: ReadonlyArray<{ edge: Edge; scope: Scope }>,
  dependencies: (index: number) => readonly Edge[],
  extraDependencies: (index: number, extra: string) => readonly Edge[],
): (Scope | undefined)[] {
  const scopes = new Array<Scope | undefined>(count).fill(undefined);
  for (const scope of SCOPE_ORDER) {
    const queue: Edge[] = seeds.filter((seed) => seed.scope === scope).map((seed) => seed.edge);
    const visited = new Set<number>();
    const visitedExtras = new Map<number, Set<string>>();
    for (let head = 0; head < queue.length; head++) {
      const { to, extras } = queue[head]!;
      if (!visited.has(to)) {
        visited.add(to);
        if (scopes[to] === undefined) scopes[to] = scope;
        queue.push(...dependencies(to));
      }
      let seen = visitedExtras.get(to);
      for (const extra of extras) {
        seen ??= new Set();
        visitedExtras.set(to, seen);
        if (seen.has(extra)) continue;
        seen.add(extra);
        queue.push(...extraDependencies(to, extra));
      }
    }
  }
  return scopes;
}

/**
 * The scope of every package reached from a pyproject.toml's declarations through the lockfile's
 * own dependency edges (Poetry 1.5-1.8 and old pdm files record no groups): the seeds are the
 * declared names, each with the extras it asks for.
 */
export function reachFromDeclarations(
  declared: Declarations,
  names: readonly string[],
  dependencies: (index: number, byName: Map<string, number[]>) => readonly Edge[],
  extraDependencies: (index: number, extra: string, byName: Map<string, number[]>) => readonly Edge[],
): (Scope | undefined)[] {
  const byName = indexByName(names);
  const seeds = [...declared.scopes].flatMap(([name, scope]) =>
    (byName.get(name) ?? []).map((to) => ({
      edge: { to, extras: [...(declared.extras.get(name) ?? [])] },
      scope,
    })),
  );
  return reachScopes(
    names.length,
    seeds,
    (index) => dependencies(index, byName),
    (index, extra) => extraDependencies(index, extra, byName),
  );
}

/** One finding for the packages whose scope neither the lockfile nor reachability settles. */
export function reportUnscoped(lockfile: string, unknown: readonly string[], recorded: string): Finding[] {
  if (unknown.length === 0) return [];
  return [
    {
      lockfile,
      message: `${unknown.length} package(s) without ${recorded} and not reachable from pyproject.toml declarations: scope taken as runtime (${unknown.slice(0, 10).join(', ')}${unknown.length > 10 ? ', …' : ''})`,
    },
  ];
}

/** Package indexes by normalised name (one name may be locked at several versions). */
export function indexByName(names: readonly string[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  names.forEach((name, index) => {
    const list = byName.get(name);
    if (list) list.push(index);
    else byName.set(name, [index]);
  });
  return byName;
}

/** The extras a PEP 508 string asks for: `name[a, b]>=1` -> ['a', 'b']. */
export function requirementExtras(requirement: string): string[] {
  const match = /^\s*[A-Za-z0-9][A-Za-z0-9._-]*\s*\[([^\]]*)\]/.exec(requirement);
  return match
    ? match[1]!
        .split(',')
        .map((extra) => normalizePythonName(extra.trim()))
        .filter((extra) => extra !== '')
    : [];
}
