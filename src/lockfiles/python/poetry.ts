import { LockfileParseError } from '../errors.js';
import { reportFirstParty, type FirstParty } from '../first-party.js';
import type { VcsPin } from '../purl.js';
import { basename, dirname, joinPath } from '../paths.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from '../types.js';
import {
  attachEdges,
  dedupePackages,
  indexByName,
  type Edge,
  fileHashes,
  gitPin,
  isTable,
  joinHashes,
  makePythonPackage,
  optionalArray,
  optionalString,
  optionalTable,
  packageHeaderLines,
  parseToml,
  reachFromDeclarations,
  readManifest,
  reportUnscoped,
  requireString,
  requirementExtras,
  specExtras,
} from './common.js';
import { normalizePythonName, requirementName } from './normalize.js';

/*
 * poetry.lock: `[[package]]` entries and a `[metadata]` table. Poetry itself reads lock-version
 * >=1,<3: 1.x files carry `category = "main"|"dev"` and hashes in `[metadata.files]` (the oldest,
 * without lock-version, in `[metadata.hashes]`); 2.0 moved hashes into each package's `files`; 2.1
 * (Poetry 2) replaced `category` with `groups`.
 */
const SUPPORTED = 'none (Poetry < 1.1), 1.x, 2.x';

/**
 * Non-registry origins as `[package.source] type` names them; legacy/other indexes stay registry
 * packages. A `directory` is first-party code and is not listed at all.
 */
const SOURCE_KINDS: Record<string, string> = { git: 'git', file: 'file', url: 'url' };

/** The scope the entry itself records, or undefined when it records none (Poetry 1.5 - 1.8 files). */
function recordedScope(
  file: string,
  entry: Record<string, unknown>,
  line: number | undefined,
): Scope | undefined {
  const optional = entry.optional === true;
  const groups = optionalArray(file, entry.groups, 'package groups', line);
  if (groups !== undefined) {
    // 2.1: a package in the main group ships; one only in other groups (dev, docs, test …) doesn't.
    if (groups.includes('main')) return optional ? 'optional' : 'runtime';
    return 'dev';
  }
  const category = optionalString(file, entry.category, 'package category', line);
  if (category === 'dev') return 'dev';
  if (category !== undefined) return optional ? 'optional' : 'runtime';
  return undefined;
}

/** `[package.dependencies]` as edges (a name may map to a list of marker-specific specs). */
function dependencyEdges(entry: Record<string, unknown>, byName: Map<string, number[]>): Edge[] {
  const edges: Edge[] = [];
  if (!isTable(entry.dependencies)) return edges;
  for (const [name, spec] of Object.entries(entry.dependencies)) {
    const extras = (Array.isArray(spec) ? spec : [spec]).flatMap(specExtras);
    for (const to of byName.get(normalizePythonName(name)) ?? []) edges.push({ to, extras });
  }
  return edges;
}

/** `[package.extras]`: extra -> PEP 508 strings naming other locked packages. */
function extraEdges(entry: Record<string, unknown>, extra: string, byName: Map<string, number[]>): Edge[] {
  if (!isTable(entry.extras)) return [];
  const edges: Edge[] = [];
  for (const [key, list] of Object.entries(entry.extras)) {
    if (normalizePythonName(key) !== extra || !Array.isArray(list)) continue;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      const name = requirementName(item);
      for (const to of (name !== undefined ? byName.get(name) : undefined) ?? [])
        edges.push({ to, extras: requirementExtras(item) });
    }
  }
  return edges;
}

function parsePoetryLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const doc = parseToml(file, input.text);
  const findings: Finding[] = [];
  const metadata = optionalTable(file, doc.metadata, '[metadata]') ?? {};
  const lockVersion = metadata['lock-version'];
  if (lockVersion !== undefined && (typeof lockVersion !== 'string' || !/^[12]\.\d+$/.test(lockVersion))) {
    throw new LockfileParseError(
      file,
      undefined,
      `unsupported poetry.lock lock-version ${String(lockVersion)} (supported: ${SUPPORTED})`,
    );
  }
  const entries = optionalArray(file, doc.package, '[[package]]') ?? [];
  const lines = packageHeaderLines(input.text, entries.length);
  const metaFiles = optionalTable(file, metadata.files, '[metadata.files]');
  const metaHashes = optionalTable(file, metadata.hashes, '[metadata.hashes]');
  const nameCounts = new Map<string, number>();
  for (const entry of entries) {
    if (isTable(entry) && typeof entry.name === 'string') {
      const name = normalizePythonName(entry.name);
      nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
    }
  }
  // [metadata.files] keys are spelled as the package's name was; look them up normalised.
  const filesByName = new Map<string, unknown>();
  for (const [key, value] of Object.entries(metaFiles ?? metaHashes ?? {}))
    filesByName.set(normalizePythonName(key), value);

  const manifestPath = joinPath(dirname(file), 'pyproject.toml');
  const declared = readManifest(input.manifests, manifestPath, file, findings);

  const tables = entries.map((entry, index) => {
    if (!isTable(entry))
      throw new LockfileParseError(file, lines[index], 'expected [[package]] entry to be a table');
    return entry;
  });
  const names = tables.map((entry, index) =>
    normalizePythonName(requireString(file, entry.name, 'package name', lines[index])),
  );
  const recorded = tables.map((entry, index) => recordedScope(file, entry, lines[index]));
  let reached: (Scope | undefined)[] | undefined;
  if (recorded.some((scope) => scope === undefined)) {
    // Poetry 1.5 - 1.8 write lock-version 2.0 without category or groups: the lockfile no longer
    // says what is dev-only, so scope follows [package.dependencies] from pyproject's declarations.
    if (declared) {
      reached = reachFromDeclarations(
        declared,
        names,
        (index, byName) => dependencyEdges(tables[index]!, byName),
        (index, extra, byName) => extraEdges(tables[index]!, extra, byName),
      );
    }
    const unknown = names.filter(
      (_, index) => recorded[index] === undefined && reached?.[index] === undefined,
    );
    findings.push(...reportUnscoped(file, unknown, 'category or groups'));
  }

  const packages: Package[] = [];
  const madeAt = new Map<number, Package>();
  const firstParty: FirstParty[] = [];
  /** What the repository's own path dependencies need: declared by the project, so direct. */
  const ownDeclared = new Set<string>();
  tables.forEach((entry, index) => {
    const line = lines[index];
    const normalized = names[index]!;
    const name = normalized;
    const version = requireString(file, entry.version, `version of ${name}`, line);
    const scope: Scope =
      recorded[index] ??
      (entry.optional === true && reached?.[index] === 'runtime' ? 'optional' : reached?.[index]) ??
      'runtime';
    const sourceTable = optionalTable(file, entry.source, `source of ${name}`, line);
    let source: string | undefined;
    let git: VcsPin | undefined;
    if (sourceTable) {
      const type = optionalString(file, sourceTable.type, `source type of ${name}`, line);
      const url = optionalString(file, sourceTable.url, `source url of ${name}`, line);
      if (type === 'directory') {
        firstParty.push({ name, folder: url ?? '?', line });
        if (isTable(entry.dependencies))
          for (const dependency of Object.keys(entry.dependencies))
            ownDeclared.add(normalizePythonName(dependency));
        return;
      }
      if (type === 'git') {
        const resolved = optionalString(
          file,
          sourceTable.resolved_reference,
          `resolved reference of ${name}`,
          line,
        );
        git = gitPin(url, resolved);
      }
      // `type` is file data: only own keys count, so `constructor` can't reach Object.prototype.
      source = type !== undefined && Object.hasOwn(SOURCE_KINDS, type) ? SOURCE_KINDS[type] : undefined;
      if (type !== undefined && source === undefined && type !== 'legacy' && type !== 'pypi') {
        findings.push({
          lockfile: file,
          line,
          message: `${name} ${version}: unknown source type ${type}, treated as a registry`,
        });
      }
    }
    let hashes: string[];
    if (entry.files !== undefined) {
      hashes = fileHashes(entry.files);
    } else {
      const recorded = filesByName.get(normalized);
      const several = (nameCounts.get(normalized) ?? 0) > 1;
      hashes = Array.isArray(recorded)
        ? recorded.every((item) => typeof item === 'string')
          ? (recorded as string[]).map((hash) => (hash.includes(':') ? hash : `sha256:${hash}`))
          : fileHashes(recorded, several ? version : undefined)
        : [];
    }
    const made = makePythonPackage({
      name,
      version,
      direct: declared ? declared.scopes.has(normalized) : null,
      scope,
      lockfile: file,
      integrity: joinHashes(hashes),
      source,
      git,
    });
    packages.push(made);
    madeAt.set(index, made);
  });
  for (const pkg of packages) if (ownDeclared.has(pkg.name)) pkg.direct = true;
  findings.push(...reportFirstParty(file, firstParty));
  const format = lockVersion === undefined ? 'poetry-lock-1.0-pre' : `poetry-lock-${lockVersion}`;
  // Poetry locks two versions of one name only under exclusive markers; either may be installed.
  const byName = indexByName(names);
  const listed = dedupePackages(packages);
  attachEdges(listed, madeAt, (index) => dependencyEdges(tables[index]!, byName).map((edge) => edge.to));
  return { format, packages: listed, findings };
}

export const poetryFormat: LockfileFormat = {
  id: 'poetry',
  ecosystem: 'PyPI',
  matches: (path) => basename(path) === 'poetry.lock',
  manifests: (lockPath) => [joinPath(dirname(lockPath), 'pyproject.toml')],
  parse: parsePoetryLock,
};
