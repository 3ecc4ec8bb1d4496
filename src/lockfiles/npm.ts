import { LockfileParseError, lineAt, parseJson } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { gitCommitOf, isGitSpec } from './git.js';
import { readPackageJson, strongerScope } from './package-json.js';
import { basename, dirname, joinPath } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import { hostOfUrl } from './registry-host.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * npm's package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (npm 5/6: a nested
 * `dependencies` tree), 2 (npm 7/8: the `packages` map plus the v1 tree for old clients) and
 * 3 (npm 9+: the `packages` map only). https://docs.npmjs.com/cli/configuring-npm/package-lock-json
 *
 * Both shapes give the same inventory: a folder (`file:<dir>`, a link) is first-party code and is
 * not listed; a git dependency keeps its declared version (v1 records none, so there the commit is
 * the version) with its commit as `ref`.
 *
 * The bench holds this parser to within 2x of a bare JSON.parse of the same bytes, so the
 * per-entry work is property reads and string prefix checks: no regex, no per-entry allocation
 * beyond the Package itself.
 */

const SUPPORTED_VERSIONS = [1, 2, 3] as const;
const NODE_MODULES = 'node_modules/';
const NESTED = `/${NODE_MODULES}`;
const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'optionalDependencies',
  'peerDependencies',
] as const;
/** A declared dependency missing from the tree is expected for these (platform-skipped, peer not installed). */
const MAY_BE_ABSENT = new Set<string>(['optionalDependencies', 'peerDependencies']);

type Json = Record<string, unknown>;

export const npmFormat: LockfileFormat = {
  id: 'npm',
  ecosystem: 'npm',
  matches(path) {
    const name = basename(path);
    // A lockfile inside a committed node_modules belongs to an installed package, not to the project.
    return (
      (name === 'package-lock.json' || name === 'npm-shrinkwrap.json') &&
      !path.startsWith(NODE_MODULES) &&
      !path.includes(`/${NODE_MODULES}`)
    );
  },
  manifests(lockPath) {
    // Only lockfileVersion 1 needs it: v2/v3 carry the root manifest as the "" entry.
    return [joinPath(dirname(lockPath), 'package.json')];
  },
  parse: parseNpmLockfile,
};

function parseNpmLockfile(input: LockfileInput): ParsedLockfile {
  const { path, text } = input;
  const json = parseJson(path, text);
  if (!isObject(json)) throw new LockfileParseError(path, 1, 'expected a JSON object at the top level');
  const version = json.lockfileVersion;
  if (version !== 1 && version !== 2 && version !== 3) {
    const found = version === undefined ? 'missing' : JSON.stringify(version);
    throw new LockfileParseError(
      path,
      lineOfKey(text, 'lockfileVersion'),
      `unsupported lockfileVersion ${found}; supported: ${SUPPORTED_VERSIONS.join(', ')}`,
    );
  }
  const label = `${basename(path) === 'npm-shrinkwrap.json' ? 'npm-shrinkwrap' : 'npm'}-v${version}`;
  const collector = new PackageCollector(path);
  const findings: Finding[] = [];
  const ctx: Context = { path, text, collector, findings, firstParty: [] };

  // v2 carries both shapes; `packages` is the one npm 7+ reads, so it wins.
  if (version !== 1 && json.packages !== undefined) {
    // The manifest only matters when the "" entry is missing: don't parse it otherwise.
    readPackagesMap(ctx, objectField(ctx, json, 'packages', 'packages'), () => manifestDeclared(input));
  } else {
    readDependencyTree(ctx, json.dependencies, manifestDeclared(input));
  }
  findings.push(...reportFirstParty(path, ctx.firstParty));
  return { format: label, packages: collector.packages(), findings };
}

interface Context {
  path: string;
  text: string;
  collector: PackageCollector;
  findings: Finding[];
  /** Linked folders that are not workspaces: the project's own code all the same. */
  firstParty: FirstParty[];
}

/** Names the package.json beside the lockfile declares, or undefined when it was not supplied. */
function manifestDeclared(input: LockfileInput): Set<string> | undefined {
  const manifestPath = joinPath(dirname(input.path), 'package.json');
  const manifestText = input.manifests?.get(manifestPath);
  if (manifestText === undefined) return undefined;
  return new Set(readPackageJson(manifestPath, manifestText).declared.keys());
}

// ---------------------------------------------------------------------------------------------
// lockfileVersion 2 and 3: `packages`, keyed by install path ("" is the root project).

function readPackagesMap(ctx: Context, packages: Json, readManifest: () => Set<string> | undefined): void {
  const { path } = ctx;
  const rootValue = packages[''];
  if (rootValue !== undefined && !isObject(rootValue)) {
    throw new LockfileParseError(path, lineOfKey(ctx.text, ''), 'expected the root "" entry to be an object');
  }
  const root = rootValue;
  const manifest = root ? undefined : readManifest();

  // One pass over every entry: this loop is the parser's whole cost beyond JSON.parse, so it reads
  // each entry once and settles directness afterwards for the few declared paths only.
  const { collector } = ctx;
  const directKnown = root !== undefined || manifest !== undefined;
  const notDirect = directKnown ? false : null;
  const links: string[] = [];
  const folders: string[] = [];
  const installed = new Map<string, Package>();
  const nesting = new Set<string>();
  for (const key of Object.keys(packages)) {
    if (key === '') continue;
    const entry = packages[key];
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      throw entryError(ctx, key, 'expected an object');
    const fields = entry as Json;
    if (fields.link === true) {
      links.push(key);
      continue;
    }
    const at = key.lastIndexOf(NODE_MODULES);
    if (at === -1 || (at > 0 && key.charCodeAt(at - 1) !== 47) /* / */) {
      // A key without node_modules is a folder of the project itself (a workspace or a linked directory).
      folders.push(key);
      continue;
    }
    const pkg = addInstalled(ctx, key, fields, at, notDirect);
    if (pkg !== undefined) installed.set(key, pkg);
    // A nested copy: its parent folder has a node_modules of its own to look in first.
    if (at > 0) nesting.add(key.slice(0, at - 1));
  }

  // Every linked folder is the project's own code: a workspace, or a `file:` folder outside the
  // workspaces (said in one finding). What such a folder declares is a direct dependency either way.
  const isWorkspace = compileWorkspaceGlobs(root ? workspaceGlobs(ctx, root) : []);
  const ownDirs: string[] = [];
  const linkedFolders = new Set<string>();
  for (const key of links) {
    const target = normalizeFolder(stringField(ctx, packages[key] as Json, key, 'resolved'));
    if (target === undefined) throw entryError(ctx, key, 'a link needs a "resolved" target folder');
    linkedFolders.add(target);
    if (!ownDirs.includes(target)) ownDirs.push(target);
    if (isWorkspace(target)) continue;
    const folder = packages[target];
    const folderName = isObject(folder) ? stringField(ctx, folder, target, 'name') : undefined;
    ctx.firstParty.push({
      name: folderName ?? key.slice(key.lastIndexOf(NODE_MODULES) + NODE_MODULES.length),
      folder: target,
      line: lineOfKey(ctx.text, key),
    });
  }
  for (const folder of folders) {
    if (!linkedFolders.has(folder)) {
      ctx.findings.push({
        lockfile: path,
        line: lineOfKey(ctx.text, folder),
        message: `folder entry "${folder}" is not linked from any node_modules path; not listed as a package`,
      });
    }
  }

  // Direct = the copy node's resolution finds from the root or a workspace folder for a declared name.
  const direct = new Set<string>();
  if (root) markDirect(ctx, packages, '', root, direct);
  else if (manifest) {
    for (const name of manifest) {
      const found = resolveFrom(packages, '', name);
      if (found !== undefined) direct.add(found);
    }
  }
  for (const dir of ownDirs) {
    const entry = packages[dir];
    if (isObject(entry)) markDirect(ctx, packages, dir, entry, direct);
  }
  for (const key of direct) {
    const entry = packages[key] as Json;
    if (entry.link === true) continue;
    // Pass 1 validated the entry; one it could not identify was skipped there.
    const identity = identifyInstalled(entry);
    if (identity === undefined) continue;
    const alias = key.slice(key.lastIndexOf(NODE_MODULES) + NODE_MODULES.length);
    collector.markDirect(typeof entry.name === 'string' ? entry.name : alias, identity.version, identity.git);
  }
  addEdges(packages, installed, nesting);
}

/** What an installed entry depends on at runtime (dev dependencies of a dependency are not installed). */
const EDGE_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'] as const;

/**
 * The graph npm installed: each entry's declared dependencies resolved the way node does from its
 * folder (a name it declares but nobody installed, e.g. a skipped optional one, is no edge). A
 * second pass, so the hot first one stays as it was; it costs one lookup per declared dependency.
 */
function addEdges(
  packages: Json,
  installed: ReadonlyMap<string, Package>,
  nesting: ReadonlySet<string>,
): void {
  // Most dependencies are hoisted to the root: one answer per name, looked up once.
  const hoisted = new Map<string, Package | null>();
  for (const [key, pkg] of installed) {
    const entry = packages[key] as Json;
    const edges = (pkg.dependencies ??= []);
    for (const field of EDGE_FIELDS) {
      const declared = entry[field];
      if (!isObject(declared)) continue;
      for (const name in declared) {
        const target = resolveInstalled(packages, installed, nesting, hoisted, key, name);
        if (target !== undefined) edges.push(target.purl);
      }
    }
  }
}

/**
 * Node's lookup from an installed package: its own node_modules, then each enclosing package's,
 * then the root's. Only folders that have a node_modules of their own (`nesting`) are looked in,
 * so the usual hoisted dependency costs one map lookup.
 */
function resolveInstalled(
  packages: Json,
  installed: ReadonlyMap<string, Package>,
  nesting: ReadonlySet<string>,
  hoisted: Map<string, Package | null>,
  key: string,
  name: string,
): Package | undefined {
  let base = key;
  for (;;) {
    if (nesting.has(base)) {
      const candidate = `${base}/${NODE_MODULES}${name}`;
      if (Object.hasOwn(packages, candidate)) return installed.get(candidate);
    }
    const up = base.lastIndexOf(NESTED);
    if (up === -1) break;
    base = base.slice(0, up);
  }
  let top = hoisted.get(name);
  if (top === undefined) hoisted.set(name, (top = installed.get(NODE_MODULES + name) ?? null));
  return top ?? undefined;
}

/**
 * Version and git pin of an installed entry: its `version`, and for a git dependency the commit of
 * `resolved`, which is also the version when the entry records none (its package.json has none).
 */
function identifyInstalled(entry: Json): { version: string; git?: VcsPin } | undefined {
  const { version, resolved } = entry;
  const commit = typeof resolved === 'string' && isGitSpec(resolved) ? gitCommitOf(resolved) : undefined;
  const git = commit === undefined ? undefined : { url: resolved as string, commit };
  if (typeof version === 'string' && version !== '') return git ? { version, git } : { version };
  return git ? { version: git.commit, git } : undefined;
}

/** Validates one installed entry and adds it; one that cannot be identified becomes a finding. */
function addInstalled(
  ctx: Context,
  key: string,
  entry: Json,
  nodeModulesAt: number,
  direct: boolean | null,
): Package | undefined {
  if (entry.version !== undefined && typeof entry.version !== 'string')
    throw entryError(ctx, key, 'expected "version" to be a string');
  const resolved = entry.resolved;
  if (resolved !== undefined && typeof resolved !== 'string')
    throw entryError(ctx, key, 'expected "resolved" to be a string');
  const identity = identifyInstalled(entry);
  if (identity === undefined) {
    ctx.findings.push({
      lockfile: ctx.path,
      line: lineOfKey(ctx.text, key),
      message: `"${key}" has no version and no pinned commit; skipped`,
    });
    return undefined;
  }
  let name = entry.name;
  if (name === undefined) name = key.slice(nodeModulesAt + NODE_MODULES.length);
  else if (typeof name !== 'string') throw entryError(ctx, key, 'expected "name" to be a string');
  const integrity = entry.integrity;
  if (integrity !== undefined && typeof integrity !== 'string')
    throw entryError(ctx, key, 'expected "integrity" to be a string');
  return ctx.collector.add(
    name as string,
    identity.version,
    direct,
    scopeOf(entry),
    integrity,
    resolved === undefined ? undefined : sourceOfResolved(resolved),
    hostOfUrl(resolved),
    identity.git,
  );
}

function markDirect(ctx: Context, packages: Json, dir: string, entry: Json, direct: Set<string>): void {
  for (const field of DEPENDENCY_FIELDS) {
    const declared = entry[field];
    if (declared === undefined) continue;
    if (!isObject(declared)) throw entryError(ctx, dir, `expected "${field}" to be an object`);
    for (const name of Object.keys(declared)) {
      const found = resolveFrom(packages, dir, name);
      if (found !== undefined) direct.add(found);
      else if (!MAY_BE_ABSENT.has(field)) {
        ctx.findings.push({
          lockfile: ctx.path,
          line: lineOfKey(ctx.text, dir),
          message: `"${name}" is declared in ${field} of ${dir === '' ? 'the root project' : `"${dir}"`} but not in the lockfile`,
        });
      }
    }
  }
}

/** Node's lookup: <dir>/node_modules/<name>, then each parent folder's node_modules. */
function resolveFrom(packages: Json, dir: string, name: string): string | undefined {
  let base = dir;
  for (;;) {
    const candidate = base === '' ? NODE_MODULES + name : `${base}/${NODE_MODULES}${name}`;
    if (Object.hasOwn(packages, candidate)) return candidate;
    if (base === '') return undefined;
    base = dirname(base);
  }
}

function workspaceGlobs(ctx: Context, root: Json): string[] {
  const value = root.workspaces;
  const list = isObject(value) ? value.packages : value;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw entryError(ctx, '', 'expected "workspaces" to be an array of globs');
  return list.filter((glob): glob is string => typeof glob === 'string');
}

/**
 * npm matches workspace globs with minimatch; lockfile paths are plain relative folders, so `*`,
 * `**`, `?` and `!` negation cover what package.json files use without pulling in a glob library.
 */
function compileWorkspaceGlobs(globs: string[]): (folder: string) => boolean {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const raw of globs) {
    const negated = raw.startsWith('!');
    const glob = normalizeFolder(negated ? raw.slice(1) : raw);
    if (glob === undefined) continue;
    let source = '';
    for (let i = 0; i < glob.length; i++) {
      const char = glob[i] as string;
      if (char === '*' && glob[i + 1] === '*') {
        source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
        i += glob[i + 2] === '/' ? 2 : 1;
      } else if (char === '*') source += '[^/]*';
      else if (char === '?') source += '[^/]';
      else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    (negated ? exclude : include).push(new RegExp(`^${source}$`));
  }
  return (folder) => include.some((re) => re.test(folder)) && !exclude.some((re) => re.test(folder));
}

function normalizeFolder(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  let folder = path.startsWith('file:') ? path.slice(5) : path;
  while (folder.startsWith('./')) folder = folder.slice(2);
  while (folder.endsWith('/')) folder = folder.slice(0, -1);
  return folder;
}

// ---------------------------------------------------------------------------------------------
// lockfileVersion 1: a `dependencies` tree nested the way node_modules is.

function readDependencyTree(ctx: Context, tree: unknown, manifest: Set<string> | undefined): void {
  if (tree === undefined) return;
  if (!isObject(tree))
    throw new LockfileParseError(
      ctx.path,
      lineOfKey(ctx.text, 'dependencies'),
      'expected "dependencies" to be an object',
    );
  // Explicit stack: hostile nesting must not overflow the call stack.
  const stack: Array<{ deps: Json; depth: number }> = [{ deps: tree, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { deps, depth } = next;
    for (const key of Object.keys(deps)) {
      const entry = deps[key];
      if (!isObject(entry)) throw entryError(ctx, key, 'expected an object');
      const spec = stringField(ctx, entry, key, 'version');
      if (spec === undefined || spec === '') {
        ctx.findings.push({
          lockfile: ctx.path,
          line: lineOfKey(ctx.text, key),
          message: `"${key}" has no version; skipped`,
        });
      } else {
        const resolved = stringField(ctx, entry, key, 'resolved');
        const read = readV1Spec(ctx, key, spec, resolved);
        // Without the manifest a top-level entry may be declared or merely hoisted: unknowable.
        const direct = depth === 0 ? (manifest ? manifest.has(key) : null) : false;
        if (read.source === 'link') {
          ctx.firstParty.push({ name: read.name, folder: spec.slice(5), line: lineOfKey(ctx.text, key) });
        } else {
          ctx.collector.add(
            read.name,
            read.version,
            direct,
            scopeOf(entry),
            stringField(ctx, entry, key, 'integrity'),
            read.source,
            hostOfUrl(resolved),
            read.git,
          );
        }
      }
      const nested = entry.dependencies;
      if (nested === undefined) continue;
      if (!isObject(nested)) throw entryError(ctx, key, 'expected "dependencies" to be an object');
      stack.push({ deps: nested, depth: depth + 1 });
    }
  }
}

/**
 * In v1 `version` is the semver for registry packages, `npm:<name>@<version>` for an alias and the
 * exact spec (git URL with commit, `file:` path, tarball URL) for everything else. A git spec's
 * commit is then the only designator the file holds, so it is the version (and the ref); any other
 * spec is the most exact identity there is, so it stays the version. A `file:` folder is `link`
 * here: the caller passes it over as first-party code.
 */
function readV1Spec(
  ctx: Context,
  key: string,
  spec: string,
  resolved: string | undefined,
): { name: string; version: string; source: string | undefined; git?: VcsPin } {
  if (spec.startsWith('npm:')) {
    const target = spec.slice(4);
    const at = target.lastIndexOf('@');
    if (at <= 0 || at === target.length - 1) throw entryError(ctx, key, `malformed alias "${spec}"`);
    return { name: target.slice(0, at), version: target.slice(at + 1), source: sourceOfResolved(resolved) };
  }
  const first = spec.charCodeAt(0);
  if (first >= 48 && first <= 57) return { name: key, version: spec, source: sourceOfResolved(resolved) };
  if (spec.startsWith('file:')) {
    const tarball = spec.endsWith('.tgz') || spec.endsWith('.tar.gz') || spec.endsWith('.tar');
    return { name: key, version: spec, source: tarball ? 'file' : 'link' };
  }
  if (!isGitSpec(spec)) return { name: key, version: spec, source: 'url' };
  const commit = gitCommitOf(spec);
  return commit === undefined
    ? { name: key, version: spec, source: 'git' }
    : { name: key, version: commit, source: 'git', git: { url: spec, commit } };
}

// ---------------------------------------------------------------------------------------------
// Shared helpers.

function scopeOf(entry: Json): Scope {
  // dev + optional (an optional dependency of a dev tool) is still only installed for development.
  if (entry.dev === true) return 'dev';
  // devOptional: optional in production, dev in development - it may be shipped, so it is optional.
  if (entry.optional === true || entry.devOptional === true) return 'optional';
  return 'runtime';
}

/** undefined means the default registry (also when npm omitted `resolved` for registry packages). */
function sourceOfResolved(resolved: string | undefined): string | undefined {
  if (resolved === undefined || resolved === '') return undefined;
  if (resolved.startsWith('https://') || resolved.startsWith('http://')) {
    // Registry tarballs, default or private, live at <registry>/<name>/-/<file>.tgz.
    return resolved.includes('/-/') ? undefined : 'url';
  }
  if (resolved.startsWith('file:')) return 'file';
  return isGitSpec(resolved) ? 'git' : 'url';
}

function stringField(ctx: Context, entry: Json, key: string, field: string): string | undefined {
  const value = entry[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw entryError(ctx, key, `expected "${field}" to be a string`);
  return value;
}

function objectField(ctx: Context, json: Json, field: string, what: string): Json {
  const value = json[field];
  if (!isObject(value))
    throw new LockfileParseError(ctx.path, lineOfKey(ctx.text, field), `expected "${what}" to be an object`);
  return value;
}

function entryError(ctx: Context, key: string, detail: string): LockfileParseError {
  return new LockfileParseError(ctx.path, lineOfKey(ctx.text, key), `"${key}": ${detail}`);
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Line of the first `"key":` in the text; only called on error and finding paths. */
export function lineOfKey(text: string, key: string): number | undefined {
  const quoted = JSON.stringify(key);
  for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) {
    let after = at + quoted.length;
    while (text[after] === ' ' || text[after] === '\t' || text[after] === '\r' || text[after] === '\n')
      after++;
    if (text[after] === ':') return lineAt(text, at);
  }
  return undefined;
}

/**
 * One Package per name@version (and pinned commit): the same release installed at several paths is
 * one SOUP item, direct if any copy is, with the strongest scope of its copies.
 */
export class PackageCollector {
  private readonly byKey = new Map<string, Package>();
  constructor(private readonly lockfile: string) {}

  add(
    name: string,
    version: string,
    direct: boolean | null,
    scope: Scope,
    integrity: string | undefined,
    source: string | undefined,
    host?: string,
    git?: VcsPin,
  ): Package {
    const key = collectorKey(name, version, git);
    const existing = this.byKey.get(key);
    if (existing) {
      // true wins; otherwise one copy of unknown directness keeps the item unknown.
      if (direct === true || (direct === null && existing.direct === false)) existing.direct = direct;
      if (existing.scope !== scope) existing.scope = strongerScope(existing.scope, scope);
      if (existing.integrity === undefined && integrity) existing.integrity = integrity;
      if (existing.source === undefined && source !== undefined) existing.source = source;
      existing.host ??= host;
      return existing;
    }
    const pkg: Package = {
      ecosystem: 'npm',
      name,
      version,
      purl: makePurl('npm', name, version, git),
      direct,
      scope,
      lockfile: this.lockfile,
    };
    if (integrity) pkg.integrity = integrity;
    if (source !== undefined) pkg.source = source;
    if (host !== undefined) pkg.host = host;
    if (git !== undefined) pkg.ref = git.commit;
    this.byKey.set(key, pkg);
    return pkg;
  }

  /** Marks an already added name@version direct (it was added before directness was known). */
  markDirect(name: string, version: string, git?: VcsPin): void {
    const existing = this.byKey.get(collectorKey(name, version, git));
    if (existing) existing.direct = true;
  }

  packages(): Package[] {
    return [...this.byKey.values()];
  }
}

function collectorKey(name: string, version: string, git: VcsPin | undefined): string {
  return git === undefined ? `${name}\u0000${version}` : `${name}\u0000${version}\u0000${git.commit}`;
}
