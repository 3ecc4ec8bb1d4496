import jsYaml from 'js-yaml';
import { DEFAULT_MAX_LOCKFILE_BYTES, LockfileParseError } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { gitCommitOf, repositoryOf } from './git.js';
import { strongerScope } from './package-json.js';
import { basename } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * pnpm-lock.yaml, lockfile versions 5.0-5.4 (pnpm 4-7), 6.0/6.1 (pnpm 8) and 9.0 (pnpm 9-11).
 *
 * Every entry of the lockfile is a "dependency path": a package at a version, plus a suffix naming
 * the peers it was resolved with (`_react@18.2.0` in v5, `(react@18.2.0)` in v6 and v9) or its patch
 * (`(patch_hash=…)`). Peer variants are the same SOUP item, so they collapse to one name@version.
 * v5 and v6 prefix the path of a package from another registry than the lockfile's with its host
 * (`registry.npmjs.org/foo/1.1.0`).
 *
 * pnpm 11 may write two YAML documents (https://pnpm.io/lockfile): first the env lockfile, whose root
 * importer pins the package manager (`packageManagerDependencies`) and `configDependencies`, then the
 * project lockfile. Both are read; what the env lockfile pins is build tooling, scope 'dev', so the
 * policy's dev scope decides whether the package manager is gated.
 *
 * Workspace projects and other folders (`link:`, a `file:` folder) are the project's own code: not
 * listed, and what they declare is direct. A git dependency keeps its version, with its commit as ref.
 *
 * YAML is read with js-yaml's failsafe schema: about 20x faster than the `yaml` package on a 465 kB
 * lockfile (33 ms against 660 ms; the `yaml` package's bare CST pass alone takes 380 ms), and every
 * scalar stays a string, so `lockfileVersion: 5.3`, `'6.0'` and a version like `1.10` are kept exactly
 * as written rather than coerced to numbers. js-yaml is bundled in any case: @yarnpkg/parsers reads
 * berry lockfiles with it.
 */

const SUPPORTED = ['5', '5.0', '5.1', '5.2', '5.3', '5.4', '6.0', '6.1', '9.0'] as const;
type Family = 5 | 6 | 9;

/** Importer fields and the scope a package declared in them has. Runtime wins over optional over dev. */
const IMPORTER_FIELDS: ReadonlyArray<readonly [string, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

/** The env lockfile's importer fields: the package manager and its config dependencies build, never ship. */
const ENV_IMPORTER_FIELDS: ReadonlyArray<readonly [string, Scope]> = [
  ['packageManagerDependencies', 'dev'],
  ['configDependencies', 'dev'],
];

/** Hosts of the default npm registry: a host-prefixed path naming one of them is a registry package. */
const DEFAULT_REGISTRY_HOSTS = new Set(['registry.npmjs.org', 'registry.yarnpkg.com']);

/** Valid npm semver (with prerelease/build): what a registry package's version looks like in a key. */
const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

type YamlMap = Record<string, unknown>;

interface Context {
  file: string;
  text: string;
  /** Offset of the document being read: line lookups search from here. */
  start: number;
  family: Family;
  findings: Finding[];
  firstParty: FirstParty[];
  /** Offsets of every newline, built on the first lookup. */
  newlines?: number[];
  /** Folders of the workspace's own projects (importers), relative to the lockfile: '' for the root. */
  projects: Set<string>;
  /** Keys of `patchedDependencies` (`name@version`). */
  patched: Set<string>;
}

/** One lockfile entry (a dependency path): a peer/patch variant of a package. */
interface Entry {
  depPath: string;
  /** name@version of the SOUP item, or undefined for project code (local directories). */
  identity: string | undefined;
  /** A `file:` folder outside the workspace projects: first-party code whose declarations are direct. */
  ownFolder: boolean;
  /** Dependency paths this entry depends on, and those it depends on optionally. */
  dependencies: string[];
  optionalDependencies: string[];
  /** v5/v6 only: the scope pnpm itself recorded with `dev` and `optional`. */
  flaggedScope: Scope | undefined;
  /** What its `link:` dependencies are relative to: its own folder for a `file:` folder, else the root. */
  folder: string;
}

interface Item {
  name: string;
  version: string;
  integrity?: string;
  source?: string;
  git?: VcsPin;
  /** v5/v6: the registry host the dependency path names (see Package.host). */
  host?: string;
  depPath: string;
}

/** What one document contributes: the scope and directness of each item it reaches. */
interface DocumentResult {
  version: string;
  scopes: Map<string, Scope>;
  direct: Set<string>;
  /** The graph between items: identity -> the identities its entries depend on (optionally or not). */
  edges: Map<string, Set<string>>;
}

export const pnpmFormat: LockfileFormat = {
  id: 'pnpm',
  ecosystem: 'npm',
  matches: (path) => basename(path) === 'pnpm-lock.yaml',
  parse: parsePnpmLockfile,
};

function parsePnpmLockfile(input: LockfileInput): ParsedLockfile {
  const { path: file, text } = input;
  if (text.length > DEFAULT_MAX_LOCKFILE_BYTES) {
    throw new LockfileParseError(file, undefined, `larger than ${DEFAULT_MAX_LOCKFILE_BYTES} bytes`);
  }
  const documents = loadYamlDocuments(file, text);
  const markers = documentMarkers(text);
  if (documents.length > 2) {
    throw new LockfileParseError(
      file,
      markers[2] === undefined ? undefined : lineAtOffset(text, markers[2]),
      `expected one YAML document (the project lockfile) or two (pnpm 11: the env lockfile, then the project lockfile), found ${documents.length}`,
    );
  }
  const last = documents.at(-1);
  if (last === null || last === undefined) throw new LockfileParseError(file, 1, 'empty lockfile');

  const findings: Finding[] = [];
  const firstParty: FirstParty[] = [];
  const items = new Map<string, Item>();
  const context = (start: number): Context => ({
    file,
    text,
    start,
    family: 5,
    findings,
    firstParty,
    projects: new Set(),
    patched: new Set(),
  });
  const projectStart = documents.length === 2 ? (markers.at(-1) ?? 0) : 0;
  const project = readDocument(context(projectStart), last, IMPORTER_FIELDS, items);
  const results = [project];
  if (documents.length === 2) {
    const env = documents[0];
    if (env === null || env === undefined) {
      findings.push({ lockfile: file, line: 1, message: 'the first YAML document (env lockfile) is empty' });
    } else {
      results.push(readDocument(context(0), env, ENV_IMPORTER_FIELDS, items));
    }
  }

  const packages: Package[] = [];
  const purls = new Map<string, string>();
  for (const [identity, item] of items)
    purls.set(identity, makePurl('npm', item.name, item.version, item.git));
  for (const [identity, item] of items) {
    let scope: Scope | undefined;
    for (const result of results) {
      const found = result.scopes.get(identity);
      if (found !== undefined) scope = scope === undefined ? found : strongerScope(scope, found);
    }
    if (scope === undefined) continue; // cannot happen: every item comes from an entry
    const pkg: Package = {
      ecosystem: 'npm',
      name: item.name,
      version: item.version,
      purl: purls.get(identity)!,
      direct: results.some((result) => result.direct.has(identity)),
      scope,
      lockfile: file,
      dependencies: [
        ...new Set(
          results.flatMap((result) => [...(result.edges.get(identity) ?? [])].map((to) => purls.get(to)!)),
        ),
      ].sort(),
    };
    if (item.integrity !== undefined) pkg.integrity = item.integrity;
    if (item.source !== undefined) pkg.source = item.source;
    if (item.git !== undefined) pkg.ref = item.git.commit;
    if (item.host !== undefined) pkg.host = item.host;
    packages.push(pkg);
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: `pnpm-v${project.version}`, packages, findings };
}

/** Reads one document (the project lockfile, or pnpm 11's env lockfile) into `items`. */
function readDocument(
  ctx: Context,
  root: unknown,
  fields: ReadonlyArray<readonly [string, Scope]>,
  items: Map<string, Item>,
): DocumentResult {
  const doc = expectMap(ctx, root, 'the document', undefined);
  const version = doc.lockfileVersion;
  if (typeof version !== 'string') {
    throw new LockfileParseError(
      ctx.file,
      lineAtOffset(ctx.text, ctx.start),
      `no lockfileVersion (supported: ${SUPPORTED.join(', ')})`,
    );
  }
  if (!(SUPPORTED as readonly string[]).includes(version)) {
    throw new LockfileParseError(
      ctx.file,
      lineOfKey(ctx, 'lockfileVersion', 0),
      `unsupported pnpm lockfileVersion ${JSON.stringify(version)} (supported: ${SUPPORTED.join(', ')})`,
    );
  }
  ctx.family = Number(version[0]) as Family;
  ctx.patched = new Set(
    Object.keys(optionalMap(ctx, doc.patchedDependencies, 'patchedDependencies', 'patchedDependencies')),
  );

  const importers = readImporters(ctx, doc, fields);
  for (const importer of importers.keys()) ctx.projects.add(normalizeFolder('', importer));
  const entries = readEntries(ctx, doc, items);

  // Seeds: what the importers declare, with the scope of the field declaring it.
  const direct = new Set<string>();
  const seeds: Array<[string, Scope]> = [];
  for (const [importer, declared] of importers) {
    for (const [field, scope] of fields) {
      const deps = declared.get(field);
      if (!deps) continue;
      for (const [alias, ref] of deps) {
        if (ref.startsWith('link:')) {
          checkLink(ctx, normalizeFolder('', importer), alias, ref);
          continue;
        }
        const depPath = resolveRef(ctx, entries, alias, ref);
        if (depPath === undefined) {
          ctx.findings.push({
            lockfile: ctx.file,
            line:
              doc.importers === undefined
                ? lineOfKey(ctx, field, 0)
                : lineOfKey(ctx, importer, 2, 'importers'),
            message: `${importer === '.' ? 'the root project' : importer} ${field} ${alias}: ${ref} has no entry in the lockfile; not listed`,
          });
          continue;
        }
        seeds.push([depPath, scope]);
        const identity = entries.get(depPath)?.identity;
        if (identity !== undefined) direct.add(identity);
      }
    }
  }

  const reached = propagateScopes(ctx, entries, seeds);

  const scopes = new Map<string, Scope>();
  const edges = new Map<string, Set<string>>();
  for (const entry of entries.values()) {
    if (entry.identity !== undefined) addEntryEdges(ctx, entries, entry, edges);
    if (entry.ownFolder) {
      // First-party code, like a workspace project: what it declares is the project's own choice.
      for (const edges of [entry.dependencies, entry.optionalDependencies]) {
        for (let e = 0; e < edges.length; e += 2) {
          const to = resolveRef(ctx, entries, edges[e] as string, edges[e + 1] as string);
          const identity = to === undefined ? undefined : entries.get(to)?.identity;
          if (identity !== undefined) direct.add(identity);
        }
      }
    }
    if (entry.identity === undefined) continue;
    // v5/v6: what pnpm recorded (`dev: true` dev only, `dev: false` runtime only, no flag both,
    // `optional: true` only through optional edges). v9 dropped `dev`, so it is computed.
    const computed = reached.get(entry.depPath);
    let scope = entry.flaggedScope ?? computed;
    if (computed === undefined) {
      // Not reachable from any importer: pnpm keeps no such entries, so the file was edited by hand.
      // Runtime is the cautious answer: a runtime-only policy must not hide it.
      scope ??= 'runtime';
      ctx.findings.push({
        lockfile: ctx.file,
        line: lineOfKey(ctx, entry.depPath, 2, entrySection(ctx)),
        message: `${entry.depPath} is not reachable from any importer; listed as ${scope}`,
      });
    }
    if (scope === undefined) continue;
    const previous = scopes.get(entry.identity);
    scopes.set(entry.identity, previous ? strongerScope(previous, scope) : scope);
  }
  return { version, scopes, direct, edges };
}

/**
 * An entry's edges as items: every peer variant of a package adds to that package's edges, and an
 * edge to a project folder (`link:`, a workspace, a first-party `file:` folder) leads to the
 * project's own code, not to a SOUP item. A dangling edge was reported by the scope walk.
 */
function addEntryEdges(
  ctx: Context,
  entries: ReadonlyMap<string, Entry>,
  entry: Entry,
  edges: Map<string, Set<string>>,
): void {
  const from = entry.identity as string;
  let into = edges.get(from);
  if (into === undefined) edges.set(from, (into = new Set()));
  for (const list of [entry.dependencies, entry.optionalDependencies]) {
    for (let e = 0; e < list.length; e += 2) {
      const ref = list[e + 1] as string;
      if (ref.startsWith('link:')) continue;
      const to = resolveRef(ctx, entries, list[e] as string, ref);
      const identity = to === undefined ? undefined : entries.get(to)?.identity;
      if (identity !== undefined && identity !== from) into.add(identity);
    }
  }
}

function loadYamlDocuments(file: string, text: string): unknown[] {
  try {
    return jsYaml.loadAll(text, undefined, { schema: jsYaml.FAILSAFE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      const line = typeof error.mark?.line === 'number' ? error.mark.line + 1 : undefined;
      throw new LockfileParseError(file, line, `invalid YAML: ${error.reason}`);
    }
    // A document nested deep enough to exhaust the stack, or anything else js-yaml did not foresee.
    throw new LockfileParseError(
      file,
      undefined,
      `invalid YAML: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/** Offsets of the `---` lines that start YAML documents. */
function documentMarkers(text: string): number[] {
  const markers: number[] = [];
  for (const match of text.matchAll(/^---[ \t]*\r?$/gm)) markers.push(match.index);
  return markers;
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * All entries keyed by dependency path, and the SOUP items (name@version) they are variants of.
 * v5/v6 keep everything under `packages`; v9 splits metadata (`packages`, keyed without peers) from
 * the resolved graph (`snapshots`, keyed with peers).
 */
function readEntries(ctx: Context, doc: YamlMap, items: Map<string, Item>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const packages = optionalMap(ctx, doc.packages, 'packages', 'packages');
  if (ctx.family !== 9) {
    for (const depPath of Object.keys(packages)) {
      const entry = optionalMap(ctx, packages[depPath], depPath, depPath);
      const identity = readItem(ctx, depPath, entry, items);
      entries.set(depPath, {
        depPath,
        identity,
        ownFolder: isOwnFolder(ctx, entry),
        dependencies: readEdges(ctx, depPath, entry.dependencies, 'dependencies'),
        optionalDependencies: readEdges(ctx, depPath, entry.optionalDependencies, 'optionalDependencies'),
        flaggedScope: entry.dev === 'true' ? 'dev' : entry.optional === 'true' ? 'optional' : 'runtime',
        folder: folderOf(entry),
      });
    }
    return entries;
  }

  const snapshots = optionalMap(ctx, doc.snapshots, 'snapshots', 'snapshots');
  const identities = new Map<string, string | undefined>();
  const described = new Set<string>();
  for (const depPath of Object.keys(snapshots)) {
    const snapshot = optionalMap(ctx, snapshots[depPath], depPath, depPath);
    const key = stripPeers(depPath);
    let identity: string | undefined;
    let folder = '';
    let ownFolder = false;
    if (Object.hasOwn(packages, key)) {
      const meta = optionalMap(ctx, packages[key], key, key);
      folder = folderOf(meta);
      ownFolder = isOwnFolder(ctx, meta);
      if (identities.has(key)) identity = identities.get(key);
      else {
        identity = readItem(ctx, key, meta, items, depPath);
        identities.set(key, identity);
        described.add(key);
      }
    } else {
      ctx.findings.push({
        lockfile: ctx.file,
        line: lineOfKey(ctx, depPath, 2, 'snapshots'),
        message: `snapshot ${depPath} has no entry ${key} under packages; not listed`,
      });
    }
    // A patch shows only in the snapshot key: `chokidar@3.6.0(patch_hash=…)`.
    if (identity !== undefined && hasOwnPatchHash(depPath)) markPatched(items.get(identity));
    entries.set(depPath, {
      depPath,
      identity,
      ownFolder,
      dependencies: readEdges(ctx, depPath, snapshot.dependencies, 'dependencies'),
      optionalDependencies: readEdges(ctx, depPath, snapshot.optionalDependencies, 'optionalDependencies'),
      flaggedScope: undefined,
      folder,
    });
  }
  for (const key of Object.keys(packages)) {
    if (described.has(key)) continue;
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, 'packages'),
      message: `package ${key} has no snapshot, so nothing installs it; not listed`,
    });
  }
  return entries;
}

/** A `file:` folder that is not a workspace project: first-party code all the same. */
function isOwnFolder(ctx: Context, entry: YamlMap): boolean {
  const resolution = entry.resolution;
  if (resolution === null || typeof resolution !== 'object' || Array.isArray(resolution)) return false;
  const { type, directory } = resolution as YamlMap;
  return (
    type === 'directory' &&
    !(typeof directory === 'string' && ctx.projects.has(normalizeFolder('', directory)))
  );
}

/**
 * Reads name, version, source and integrity of one entry into `items` and returns its identity,
 * or undefined when the entry is project code (a local directory) or cannot be identified.
 */
function readItem(
  ctx: Context,
  key: string,
  entry: YamlMap,
  items: Map<string, Item>,
  depPath = key,
): string | undefined {
  const parsed = parseDepPath(ctx.family, key);
  const resolution = optionalMap(ctx, entry.resolution, key, 'resolution');
  const name = typeof entry.name === 'string' ? entry.name : parsed?.name;
  // Entries of git, tarball and local packages carry `version`; registry ones have it only in the key.
  const version = typeof entry.version === 'string' ? entry.version : parsed?.version;

  if (resolution.type === 'directory') {
    // `file:` on a folder: pnpm copies it in. A workspace project's folder, or any other folder of
    // the repository, is the project's own code: not listed (its dependencies are still walked).
    const folder = typeof resolution.directory === 'string' ? resolution.directory : key;
    if (!ctx.projects.has(normalizeFolder('', folder)))
      ctx.firstParty.push({ name: name ?? key, folder, line: lineOfKey(ctx, key, 2, 'packages') });
    return undefined;
  }
  const origin = readSource(ctx, key, resolution, parsed);
  const source = origin.source;
  let exact = version !== undefined && SEMVER.test(version) ? version : undefined;
  // A git dependency whose package.json has no version: its commit is the only designator it has.
  if (exact === undefined && origin.git !== undefined) exact = origin.git.commit;
  if (!name || !exact) {
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, 'packages'),
      message: `cannot tell the name and exact version of ${key}; not listed`,
    });
    return undefined;
  }

  const identity = origin.git ? `${name}@${exact}#${origin.git.commit}` : `${name}@${exact}`;
  const item: Item = { name, version: exact, depPath, ...(source ? { source } : {}) };
  if (origin.git) item.git = origin.git;
  if (parsed?.host !== undefined && source !== 'git') item.host = parsed.host;
  if (typeof resolution.integrity === 'string') item.integrity = resolution.integrity;
  // A patched package: `patched: true` (v5/v6), `(patch_hash=…)` in its key (v6; v9 snapshots are
  // checked by the caller), or its name@version under the top-level `patchedDependencies`.
  if (entry.patched === 'true' || hasOwnPatchHash(key) || ctx.patched.has(`${name}@${exact}`))
    item.source ??= 'patch';

  const previous = items.get(identity);
  if (!previous) {
    items.set(identity, item);
  } else if (previous.source !== item.source) {
    // Two entries of one name@version from different places (say the registry and a vendored
    // tarball) are one SOUP item; the non-registry origin is the one a reviewer must see.
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, 'packages'),
      message: `${name}@${exact} comes both from ${previous.source ?? 'the registry'} (${previous.depPath}) and from ${item.source ?? 'the registry'} (${key}); listed once`,
    });
    if (previous.source === undefined || previous.source === 'patch')
      items.set(identity, { ...item, source: item.source ?? previous.source });
  }
  return identity;
}

function readSource(
  ctx: Context,
  key: string,
  resolution: YamlMap,
  parsed: DepPath | undefined,
): { source?: string; git?: VcsPin } {
  if (resolution.type === 'git') {
    const { repo, commit } = resolution;
    return typeof repo === 'string' && typeof commit === 'string' && commit !== ''
      ? { source: 'git', git: { url: repo, commit: commit.toLowerCase() } }
      : { source: 'git' };
  }
  if (typeof resolution.type === 'string') {
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, 'packages'),
      message: `${key} has an unknown resolution type ${JSON.stringify(resolution.type)}; listed without a source`,
    });
    return {};
  }
  const tarball = resolution.tarball;
  // A package from another registry than the lockfile's: v5/v6 prefix its path with the host.
  const fromHost =
    parsed?.host !== undefined && !DEFAULT_REGISTRY_HOSTS.has(parsed.host) ? { source: 'registry' } : {};
  if (typeof tarball !== 'string') return fromHost;
  if (tarball.startsWith('file:')) return { source: 'file' };
  // A registry package may record its tarball URL too (custom registries); it is a registry package
  // when its key names it by registry version, and a URL dependency when the key holds the URL.
  if (parsed !== undefined && SEMVER.test(parsed.version)) return fromHost;
  const commit = gitCommitOf(tarball);
  if (commit !== undefined) return { source: 'git', git: { url: repositoryOf(tarball), commit } };
  return /^https?:\/\/codeload\.github\.com\//.test(tarball) ? { source: 'git' } : { source: 'url' };
}

function folderOf(entry: YamlMap): string {
  const resolution = entry.resolution as YamlMap | null | undefined;
  const directory = resolution !== null && typeof resolution === 'object' ? resolution.directory : undefined;
  return resolution?.type === 'directory' && typeof directory === 'string'
    ? normalizeFolder('', directory)
    : '';
}

function markPatched(item: Item | undefined): void {
  if (item && item.source === undefined) item.source = 'patch';
}

interface DepPath {
  name: string;
  version: string;
  /** v5/v6: the registry host a path from another registry than the lockfile's starts with. */
  host?: string;
}

/**
 * The name and version a dependency path names, or undefined when it is not a registry-style path
 * (those entries carry `name`/`version` fields instead).
 *   v5: `/name/1.0.0`, `/@scope/name/1.0.0_peer@1.0.0+@scope/other@2.0.0`, `registry.npmjs.org/name/1.0.0`
 *   v6: `/name@1.0.0`, `/@scope/name@1.0.0(peer@1.0.0)(patch_hash=…)`, `example.com/name@1.0.0`
 *   v9: `name@1.0.0(peer@1.0.0)`, `name@https://…`, `name@file:vendor/x.tgz`
 * As pnpm's own dependency-path reads it, a host-prefixed path is a registry package only when its
 * version is valid semver (`github.com/owner/repo/<commit>` is not).
 */
function parseDepPath(family: Family, depPath: string): DepPath | undefined {
  let rest = depPath;
  let host: string | undefined;
  if (family !== 9) {
    if (rest.startsWith('/')) rest = rest.slice(1);
    else {
      const slash = rest.indexOf('/');
      if (slash <= 0) return undefined;
      host = rest.slice(0, slash);
      rest = rest.slice(slash + 1);
    }
  }
  let parsed: DepPath | undefined;
  if (family === 5) {
    const nameEnd = rest.startsWith('@') ? rest.indexOf('/', rest.indexOf('/') + 1) : rest.indexOf('/');
    if (nameEnd <= 0) return undefined;
    const versionAndPeers = rest.slice(nameEnd + 1);
    const underscore = versionAndPeers.indexOf('_');
    const version = underscore === -1 ? versionAndPeers : versionAndPeers.slice(0, underscore);
    parsed = version ? { name: rest.slice(0, nameEnd), version } : undefined;
  } else {
    const at = rest.indexOf('@', 1);
    if (at <= 0) return undefined;
    const version = stripPeers(rest.slice(at + 1));
    parsed = version ? { name: rest.slice(0, at), version } : undefined;
  }
  if (parsed === undefined || host === undefined) return parsed;
  return SEMVER.test(parsed.version) ? { ...parsed, host } : undefined;
}

/**
 * Whether the package of a key is itself patched: `chokidar@3.6.0(patch_hash=…)`, but not
 * `acorn-jsx@5.3.2(acorn@8.11.3(patch_hash=…))`, where the patch is its peer's.
 */
function hasOwnPatchHash(key: string): boolean {
  let depth = 0;
  for (let i = key.indexOf('('); i !== -1 && i < key.length; i++) {
    const char = key[i];
    if (char === '(') {
      if (depth === 0 && key.startsWith('patch_hash=', i + 1)) return true;
      depth++;
    } else if (char === ')') depth--;
  }
  return false;
}

/** `name@1.0.0(peer@2.0.0)(patch_hash=…)` -> `name@1.0.0`. A version never holds `(`. */
function stripPeers(depPath: string): string {
  const paren = depPath.indexOf('(');
  return paren === -1 ? depPath : depPath.slice(0, paren);
}

/**
 * The dependency path a reference points to, as pnpm's own `refToRelative` builds it: a bare version
 * (`1.0.0`, `1.0.0_peer@1`, `1.0.0(peer@1)`) is the package under its alias name; anything else
 * (`/real/1.0.0` or `real@1.0.0` for an npm: alias, `github.com/…`, `file:…`) is already a path.
 */
function resolveRef(
  ctx: Context,
  entries: ReadonlyMap<string, Entry>,
  alias: string,
  ref: string,
): string | undefined {
  let candidate: string;
  if (ctx.family === 5) {
    const underscore = ref.indexOf('_');
    const bare = underscore === -1 ? ref : ref.slice(0, underscore);
    candidate = ref.startsWith('file:') || bare.includes('/') ? ref : `/${alias}/${ref}`;
  } else if (ctx.family === 6) {
    candidate = ref.startsWith('file:') || stripPeers(ref).includes('/') ? ref : `/${alias}@${ref}`;
  } else {
    const at = ref.indexOf('@');
    const colon = ref.indexOf(':');
    const paren = ref.indexOf('(');
    const isPath =
      ref.startsWith('@') || (at > 0 && (colon === -1 || at < colon) && (paren === -1 || at < paren));
    candidate = isPath ? ref : `${alias}@${ref}`;
  }
  if (entries.has(candidate)) return candidate;
  return entries.has(ref) ? ref : undefined;
}

function readEdges(ctx: Context, depPath: string, value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const deps = expectMap(ctx, value, `${field} of ${depPath}`, depPath);
  // Stored as alias -> ref pairs flattened; resolved once every entry is known (see propagateScopes).
  const edges: string[] = [];
  for (const alias of Object.keys(deps)) {
    const ref = deps[alias];
    if (typeof ref !== 'string') {
      throw new LockfileParseError(
        ctx.file,
        lineOfKey(ctx, depPath, 2),
        `${field} of ${depPath}: ${alias} is not a string`,
      );
    }
    edges.push(alias, ref);
  }
  return edges;
}

/**
 * Scope of every entry by reachability from the importers: through `dependencies` an entry inherits
 * the scope of whoever depends on it, through `optionalDependencies` runtime becomes optional. An
 * entry reached several ways keeps the strongest scope; a worklist re-visits an entry only when its
 * scope rises, and a scope rises at most twice, so this is linear in the edges.
 */
function propagateScopes(
  ctx: Context,
  entries: ReadonlyMap<string, Entry>,
  seeds: ReadonlyArray<[string, Scope]>,
): Map<string, Scope> {
  const reached = new Map<string, Scope>();
  const queue: string[] = [];
  const reach = (depPath: string, scope: Scope): void => {
    const previous = reached.get(depPath);
    if (previous !== undefined && strongerScope(previous, scope) === previous) return;
    reached.set(depPath, scope);
    queue.push(depPath);
  };
  for (const [depPath, scope] of seeds) reach(depPath, scope);
  const reported = new Set<string>();
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i] as string;
    const entry = entries.get(from);
    const scope = reached.get(from);
    if (!entry || !scope) continue;
    for (const [edges, optional] of [
      [entry.dependencies, false],
      [entry.optionalDependencies, true],
    ] as const) {
      for (let e = 0; e < edges.length; e += 2) {
        const alias = edges[e] as string;
        const ref = edges[e + 1] as string;
        if (ref.startsWith('link:')) {
          checkLink(ctx, entry.folder, alias, ref);
          continue;
        }
        const to = resolveRef(ctx, entries, alias, ref);
        if (to === undefined) {
          // pnpm omits optional dependencies skipped for this platform only with --no-optional
          // installs; anything else dangling is a broken file. Either way, say so once.
          const key = `${from}\u0000${alias}`;
          if (!reported.has(key)) {
            reported.add(key);
            ctx.findings.push({
              lockfile: ctx.file,
              line: lineOfKey(ctx, from, 2, entrySection(ctx)),
              message: `${from} depends on ${alias}: ${ref}, which has no entry in the lockfile`,
            });
          }
          continue;
        }
        reach(to, optional && scope === 'runtime' ? 'optional' : scope);
      }
    }
  }
  return reached;
}

type ImporterFields = Map<string, Map<string, string>>;

/** Importers by path ('.' for the root) with their dependency fields as alias -> ref. */
function readImporters(
  ctx: Context,
  doc: YamlMap,
  names: ReadonlyArray<readonly [string, Scope]>,
): Map<string, ImporterFields> {
  const importers = new Map<string, ImporterFields>();
  // pnpm 7/8 write a single (non-workspace) project's fields at the top level, without `importers`.
  if (doc.importers === undefined && ctx.family !== 9) {
    importers.set('.', readImporter(ctx, '.', doc, names));
    return importers;
  }
  const map = optionalMap(ctx, doc.importers, 'importers', 'importers');
  for (const path of Object.keys(map)) {
    importers.set(path, readImporter(ctx, path, optionalMap(ctx, map[path], path, path), names));
  }
  return importers;
}

function readImporter(
  ctx: Context,
  importer: string,
  value: YamlMap,
  names: ReadonlyArray<readonly [string, Scope]>,
): ImporterFields {
  const fields: ImporterFields = new Map();
  for (const [field] of names) {
    if (value[field] === undefined || value[field] === null) continue;
    const lineKey = importer === '.' && value.lockfileVersion !== undefined ? field : importer;
    const deps = expectMap(ctx, value[field], `${field} of importer ${importer}`, lineKey);
    const refs = new Map<string, string>();
    for (const alias of Object.keys(deps)) {
      const dep = deps[alias];
      // v5: `alias: ref`; v6 and v9: `alias: {specifier, version}`. For a catalog: specifier the
      // version is the one the catalog resolved to.
      const ref =
        typeof dep === 'string'
          ? dep
          : dep !== null && typeof dep === 'object' && !Array.isArray(dep)
            ? (dep as YamlMap).version
            : undefined;
      if (typeof ref !== 'string' || ref === '') {
        throw new LockfileParseError(
          ctx.file,
          lineOfKey(ctx, lineKey, -1),
          `${field} of importer ${importer}: ${alias} has no version`,
        );
      }
      refs.set(alias, ref);
    }
    fields.set(field, refs);
  }
  return fields;
}

/**
 * A `link:` points at a folder, never at a lockfile entry: a workspace project, or some other folder
 * of the repository. Both are the project's own code; the other folder is named in the first-party
 * finding so it is not passed over silently.
 */
function checkLink(ctx: Context, from: string, alias: string, ref: string): void {
  const target = normalizeFolder(from, ref.slice('link:'.length));
  if (ctx.projects.has(target)) return;
  ctx.firstParty.push({ name: alias, folder: target || '.', line: lineOfKey(ctx, alias, -1) });
}

/** `base` + `relative`, with `.` and `..` resolved; '' is the lockfile's folder, `..` may remain at the front. */
function normalizeFolder(base: string, relative: string): string {
  const parts: string[] = [];
  for (const part of `${base}/${relative}`.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** A mapping, or an empty one for an absent or empty (`key:`) value; any other shape is an error. */
function optionalMap(ctx: Context, value: unknown, what: string, lineKey: string): YamlMap {
  if (value === undefined || value === null) return Object.create(null) as YamlMap;
  return expectMap(ctx, value, what, lineKey);
}

function expectMap(ctx: Context, value: unknown, what: string, lineKey: string | undefined): YamlMap {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LockfileParseError(
      ctx.file,
      lineKey === undefined ? undefined : lineOfKey(ctx, lineKey, -1),
      `expected ${what} to be a mapping`,
    );
  }
  return value as YamlMap;
}

/**
 * 1-based line of a mapping key, found in the text only when a finding or an error needs it (keeping
 * source positions for every node would double the parse time). `indent` is the key's indentation,
 * or -1 for any. Keys may be written plain or quoted.
 */
function lineOfKey(
  ctx: Context,
  key: string,
  indent: number,
  section?: 'importers' | 'packages' | 'snapshots',
): number | undefined {
  const { text } = ctx;
  const sectionAt = section === undefined ? -1 : text.indexOf(`\n${section}:`, ctx.start);
  const start = sectionAt === -1 ? ctx.start : sectionAt;
  for (const written of [key, `'${key.replaceAll("'", "''")}'`, JSON.stringify(key)]) {
    const needle = `${written}:`;
    for (let at = text.indexOf(needle, start); at !== -1; at = text.indexOf(needle, at + 1)) {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const before = text.slice(lineStart, at);
      if (before.trim() !== '' || (indent !== -1 && before.length !== indent)) continue;
      return lineOfOffset(ctx, at);
    }
  }
  return undefined;
}

/** Where the graph of entries lives: `snapshots` in v9, `packages` before. */
function entrySection(ctx: Context): 'packages' | 'snapshots' {
  return ctx.family === 9 ? 'snapshots' : 'packages';
}

function lineOfOffset(ctx: Context, offset: number): number {
  if (!ctx.newlines) {
    ctx.newlines = [];
    for (let i = ctx.text.indexOf('\n'); i !== -1; i = ctx.text.indexOf('\n', i + 1)) ctx.newlines.push(i);
  }
  // Binary search: the number of newlines before `offset`, plus one.
  let low = 0;
  let high = ctx.newlines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((ctx.newlines[mid] as number) < offset) low = mid + 1;
    else high = mid;
  }
  return low + 1;
}
