import { parseResolution, parseSyml } from '@yarnpkg/parsers';
import { LockfileParseError, parseJson } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { gitCommitOf } from './git.js';
import { readPackageJson, strongerScope } from './package-json.js';
import { basename, dirname, joinPath } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import { hostOfUrl } from './registry-host.js';
import { readYarnV1 } from './yarn-v1.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * yarn.lock, classic (v1) and berry (`__metadata.version` 4 to 10), both read through
 * @yarnpkg/parsers' parseSyml: its PEG grammar for v1, js-yaml (FAILSAFE schema) for berry, which is
 * exactly what yarn itself does, so we accept what yarn accepts.
 *
 * Direct vs transitive: berry lists every workspace as an entry (`name@workspace:path`) whose
 * `dependencies` are the project's direct dependencies; v1 does not, so the package.json beside the
 * lockfile supplies the roots. The package.json also says dev vs runtime, which berry's workspace
 * entries do not record. Transitive scope is the strongest scope of any root that reaches a package.
 *
 * Folders (`link:`, `portal:`, a `file:` folder) are the project's own code like its workspaces:
 * not listed, and what they declare is direct. A `file:` tarball is a package like any other. A
 * git dependency keeps the version yarn locked, with the commit as its `ref`.
 */

const SUPPORTED_BERRY = [4, 5, 6, 7, 8, 9, 10];
// The same test parseSyml applies to pick its v1 grammar.
const V1_HEADER = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;
// A v1 body without its header (hand-trimmed files): an entry line followed by `  version "x"`.
const V1_BODY = /^[^\s#][^\n]*:\r?\n {2}version "/m;

/** One lockfile entry: a value object (shared by all descriptors of its key) and what it resolves to. */
interface Entry {
  key: string;
  value: Record<string, unknown>;
  name: string;
  version: string;
  source: string | undefined;
  integrity: string | undefined;
  /** Host of the v1 `resolved` URL; berry records none. */
  host?: string | undefined;
  workspacePath: string | undefined;
  /** A folder of the repository other than a workspace (`link:`, `portal:`, a `file:` folder). */
  folder: string | undefined;
  git: VcsPin | undefined;
  /** Resolution as written (berry), used to match `::locator=` bound descriptors. */
  resolution: string;
}

interface Root {
  entry: number;
  scope: Scope;
}

const hasOwn = Object.prototype.hasOwnProperty;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Own-property read: the v1 grammar builds objects with Object.assign, so `__proto__` keys become prototypes. */
function own(record: Record<string, unknown>, key: string): unknown {
  return hasOwn.call(record, key) ? record[key] : undefined;
}

/** Line of an entry key, for messages only (js-yaml does not keep positions, so search the text). */
function lineOfKey(text: string, key: string): number | undefined {
  for (const needle of [`\n"${key}`, `\n${key}`, key]) {
    const at = text.indexOf(needle);
    if (at !== -1) return lineAtOffset(text, needle.startsWith('\n') ? at + 1 : at);
  }
  return undefined;
}

function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Splits `name@range`; scoped names start with `@`, so the separator is the first `@` after index 0. */
function splitDescriptor(descriptor: string): [string, string] | undefined {
  const at = descriptor.indexOf('@', 1);
  return at <= 0 ? undefined : [descriptor.slice(0, at), descriptor.slice(at + 1)];
}

const GIT_RANGE =
  /^(?:git\+|git:|github:|gitlab:|bitbucket:|ssh:)|\.git(?:#|$)|#commit=|^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/[^/]+\/[^/]+\/?(?:#|$)|^[\w.-]+\/[\w.-]+(?:#|$)/;

const TARBALL = /\.(?:tgz|tar\.gz|tar)$/i;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

interface Classified {
  source?: string;
  version: string;
  folder?: string;
  git?: VcsPin;
  unknown?: string;
}

/** The folder a `file:` range names, or undefined when it names a tarball (a package like any other). */
function fileFolder(range: string): string | undefined {
  const path = range.slice('file:'.length).split(/[#:]/, 1)[0]!;
  return TARBALL.test(path) ? undefined : path;
}

/** The pin of a git range or resolution; undefined when no full commit is in it. */
function gitPin(url: string): VcsPin | undefined {
  const commit = gitCommitOf(url);
  return commit === undefined ? undefined : { url, commit };
}

/** Source and pinned version of a berry locator range (the part of `resolution` after `name@`). */
function classifyBerryRange(range: string, version: string, depth = 0): Classified {
  const colon = range.indexOf(':');
  const protocol = colon === -1 ? '' : range.slice(0, colon + 1);
  switch (protocol) {
    case 'npm:':
      return { version };
    case 'patch:': {
      // `patch:resolve@npm%3A1.22.8#<patch>::version=...`: the package is the inner locator's.
      const hash = range.indexOf('#');
      const inner = splitDescriptor(decode(range.slice(6, hash === -1 ? undefined : hash)));
      const innerVersion =
        inner && depth < 4 ? classifyBerryRange(inner[1], version, depth + 1).version : version;
      return { source: 'patch', version: innerVersion };
    }
    case 'portal:':
    case 'link:':
      return { source: 'link', version, folder: range.slice(protocol.length).split('::', 1)[0]! };
    case 'file:': {
      const folder = fileFolder(range);
      return folder === undefined ? { source: 'file', version } : { source: 'file', version, folder };
    }
  }
  if (GIT_RANGE.test(range)) {
    const git = gitPin(range);
    return git ? { source: 'git', version, git } : { source: 'git', version };
  }
  if (protocol === 'http:' || protocol === 'https:') return { source: 'url', version };
  return { source: protocol ? protocol.slice(0, -1) : 'unknown', version, unknown: protocol || range };
}

/** Source and pinned version of a v1 entry, from its descriptor range and `resolved` URL. */
function classifyV1(range: string, resolved: string | undefined, version: string): Classified {
  if (range.startsWith('file:')) {
    const folder = fileFolder(range);
    return folder === undefined ? { source: 'file', version } : { source: 'file', version, folder };
  }
  if (range.startsWith('link:') || range.startsWith('portal:'))
    return { source: 'link', version, folder: range.slice(range.indexOf(':') + 1) };
  const gitResolved =
    resolved !== undefined && /^(?:git\+|git:|ssh:|https:\/\/codeload\.github\.com\/)/.test(resolved);
  if (gitResolved || (!range.startsWith('npm:') && GIT_RANGE.test(range))) {
    const git = (resolved !== undefined ? gitPin(resolved) : undefined) ?? gitPin(range);
    return git ? { source: 'git', version, git } : { source: 'git', version };
  }
  if (/^https?:/.test(range)) return { source: 'url', version };
  return { version };
}

interface Declared {
  name: string;
  range: string;
  field: string;
}

interface Override {
  parent: string | undefined;
  range: string | undefined;
  to: string;
}

interface Manifest {
  declared: Declared[];
  scopes: Map<string, Scope>;
  workspaces: string[];
  /** `resolutions` (yarn's overrides) by the package name they rewrite. */
  resolutions: Map<string, Override[]>;
}

const MANIFEST_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies', 'peerDependencies'];

function readManifest(file: string, text: string): Manifest {
  const base = readPackageJson(file, text);
  // readPackageJson keeps names only; v1 needs the ranges to find the entry each declaration locked.
  const json = parseJson(file, text) as Record<string, unknown>;
  const declared: Declared[] = [];
  for (const field of MANIFEST_FIELDS) {
    const deps = own(json, field);
    if (!isRecord(deps)) continue;
    for (const name of Object.keys(deps)) {
      const range = deps[name];
      if (typeof range === 'string') declared.push({ name, range, field });
    }
  }
  return {
    declared,
    scopes: base.declared,
    workspaces: base.workspaces,
    resolutions: readResolutions(own(json, 'resolutions')),
  };
}

/** `resolutions` selectors (`name`, `name@range`, `parent/name`, and v1 globs with a leading double star) parsed as yarn does. */
function readResolutions(field: unknown): Map<string, Override[]> {
  const overrides = new Map<string, Override[]>();
  if (!isRecord(field)) return overrides;
  for (const selector of Object.keys(field)) {
    const to = field[selector];
    if (typeof to !== 'string') continue;
    let parsed: ReturnType<typeof parseResolution>;
    try {
      parsed = parseResolution(selector.replace(/^(\*\*\/)+/, ''));
    } catch {
      continue; // yarn rejects such a selector too, so it rewrites nothing
    }
    const name = parsed.descriptor.fullName;
    const list = overrides.get(name) ?? [];
    list.push({ parent: parsed.from?.fullName, range: parsed.descriptor.description, to });
    overrides.set(name, list);
  }
  return overrides;
}

function manifestPaths(lockPath: string): string[] {
  return [joinPath(dirname(lockPath), 'package.json')];
}

/** Reads the lockfile's syntax: yarn's regular v1 shape by lines, anything else through parseSyml. */
function readSyml(text: string, v1: boolean): Record<string, unknown> {
  return (v1 ? readYarnV1(text) : undefined) ?? parseSyml(text);
}

function parseYarnLock(input: LockfileInput): ParsedLockfile {
  return parseYarnText(input, readSyml);
}

/** The parse, with the syntax reader passed in so a test can hold the fast reader to parseSyml's. */
export function parseYarnText(
  input: LockfileInput,
  read: (text: string, v1: boolean) => Record<string, unknown>,
): ParsedLockfile {
  const file = input.path;
  let text = input.text;
  let lineShift = 0;
  let v1 = V1_HEADER.test(text);
  if (!v1 && !/^__metadata:/m.test(text) && V1_BODY.test(text)) {
    // Without the header parseSyml would hand a v1 body to js-yaml, which rejects it.
    text = `# yarn lockfile v1\n${text}`;
    lineShift = 1;
    v1 = true;
  }

  let root: Record<string, unknown>;
  try {
    root = read(text, v1);
  } catch (error) {
    throw syntaxError(file, error, lineShift);
  }
  if (!isRecord(root)) throw new LockfileParseError(file, 1, 'expected a mapping of entries');

  const findings: Finding[] = [];
  let format: string;
  // Before yarn 4 a checksum omits the cache key it was computed under; written in yarn 4's own
  // `<cacheKey>/<hash>` form, a cache-key bump can't look like a replaced artefact.
  let berryCacheKey: string | undefined;
  if (v1) {
    format = 'yarn-v1';
  } else {
    const metadata = own(root, '__metadata');
    if (metadata === undefined) {
      if (Object.keys(root).length === 0) {
        // `touch yarn.lock` is how yarn berry is told where a project starts: no packages yet.
        return {
          format: 'yarn-empty',
          packages: [],
          findings: [{ lockfile: file, message: 'empty yarn.lock: no packages locked' }],
        };
      }
      throw new LockfileParseError(
        file,
        1,
        'not a yarn lockfile: no "# yarn lockfile v1" header and no __metadata (yarn berry)',
      );
    }
    const version = isRecord(metadata) ? own(metadata, 'version') : undefined;
    const number = typeof version === 'string' && /^\d+$/.test(version) ? Number(version) : NaN;
    if (!SUPPORTED_BERRY.includes(number)) {
      throw new LockfileParseError(
        file,
        lineOfKey(input.text, '__metadata'),
        `unsupported yarn lockfile __metadata.version ${JSON.stringify(version ?? null)}: supported are v1 (classic) and berry ${SUPPORTED_BERRY[0]} to ${SUPPORTED_BERRY.at(-1)}`,
      );
    }
    format = `yarn-berry-v${number}`;
    const cacheKey = isRecord(metadata) ? own(metadata, 'cacheKey') : undefined;
    if (typeof cacheKey === 'string' || typeof cacheKey === 'number') berryCacheKey = String(cacheKey);
  }

  const entries: Entry[] = [];
  const byDescriptor = new Map<string, number>();
  // v1's grammar gives each descriptor of `a@1, a@^1:` its own key sharing one value object.
  const byValue = v1 ? new Map<object, number>() : undefined;
  const keyLine = (key: string): number | undefined => lineOfKey(input.text, key);

  for (const key of Object.keys(root)) {
    if (key === '__metadata') continue;
    const value = root[key];
    if (!isRecord(value)) throw new LockfileParseError(file, keyLine(key), `entry "${key}" is not a mapping`);
    const known = byValue?.get(value);
    if (known !== undefined) {
      byDescriptor.set(key, known);
      continue;
    }
    const index = entries.length;
    const entry = v1
      ? readV1Entry(file, key, value, keyLine)
      : readBerryEntry(file, key, value, keyLine, findings);
    entries.push(entry);
    byValue?.set(value, index);
    if (v1) {
      byDescriptor.set(key, index);
    } else {
      for (const descriptor of key.split(', ')) byDescriptor.set(descriptor, index);
    }
  }

  if (berryCacheKey !== undefined) {
    for (const entry of entries)
      if (entry.integrity !== undefined && !entry.integrity.includes('/'))
        entry.integrity = `${berryCacheKey}/${entry.integrity}`;
  }

  const manifestPath = joinPath(dirname(file), 'package.json');
  const manifestText = input.manifests?.get(manifestPath);
  const manifest = manifestText === undefined ? undefined : readManifest(manifestPath, manifestText);

  const graph = new Graph(entries, byDescriptor, v1, manifest?.resolutions);
  const roots: Root[] = [];
  const direct = new Uint8Array(entries.length);
  // v1 without a manifest cannot tell direct from transitive at all.
  let directKnown = true;
  let workspacesUnseen = false;

  if (v1) {
    if (!manifest) {
      directKnown = false;
    } else {
      workspacesUnseen = manifest.workspaces.length > 0;
      // v1 does not lock workspaces: their package.json files, when the caller has them, are roots too.
      const members = [
        { path: manifestPath, manifest },
        ...workspaceManifests(file, manifest.workspaces, input.manifests),
      ];
      for (const member of members) {
        for (const { name, range, field } of member.manifest.declared) {
          const targets = graph.resolve(name, range, undefined);
          if (targets.length === 0) {
            // Peers are not installed by yarn 1; workspace siblings are linked, not locked.
            if (field === 'peerDependencies' || workspacesUnseen) continue;
            findings.push({
              lockfile: file,
              message: `${name}@${range} is declared in ${member.path} but not locked in yarn.lock`,
            });
            continue;
          }
          for (const target of targets) {
            direct[target] = 1;
            roots.push({ entry: target, scope: member.manifest.scopes.get(name) ?? 'runtime' });
          }
        }
      }
    }
  } else {
    for (let i = 0; i < entries.length; i++) {
      const workspace = entries[i]!;
      if (workspace.workspacePath === undefined) continue;
      const scopes = workspaceScopes(file, workspace.workspacePath, manifest, input.manifests);
      const deps = own(workspace.value, 'dependencies');
      if (!isRecord(deps)) continue;
      const meta = own(workspace.value, 'dependenciesMeta');
      for (const name of Object.keys(deps)) {
        const range = deps[name] as string;
        const targets = graph.resolve(name, range, workspace);
        if (targets.length === 0) {
          findings.push({
            lockfile: file,
            line: keyLine(workspace.key),
            message: `${workspace.name} (workspace ${workspace.workspacePath}) depends on ${name}@${range}, which no entry resolves`,
          });
          continue;
        }
        const scope = scopes?.get(name) ?? (isOptionalMeta(meta, name) ? 'optional' : 'runtime');
        for (const target of targets) {
          if (entries[target]!.workspacePath !== undefined) continue;
          direct[target] = 1;
          roots.push({ entry: target, scope });
        }
      }
    }
  }

  const scopes = graph.spread(roots);
  // A first-party folder is passed over like a workspace, and what it declares is direct like what a
  // workspace declares: the project chose it.
  const firstParty: FirstParty[] = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.folder === undefined) continue;
    firstParty.push({ name: entry.name, folder: entry.folder, line: keyLine(entry.key) });
    if (!directKnown) continue;
    for (const edge of graph.edgesOf(i)) for (const target of edge.targets) direct[target] = 1;
  }
  if (graph.unresolved > 0) {
    findings.push({
      lockfile: file,
      message: `${graph.unresolved} dependency edge(s) resolve to no entry; their targets' scope may be understated (first: ${graph.firstUnresolved})`,
    });
  }

  // One package per name@version: v1 lists a version once per distinct key set, berry lists a
  // patched package beside the package it patches.
  const packages = new Map<string, Merged>();
  // The package each entry became (workspaces and first-party folders became none).
  const entryPackage: (Package | undefined)[] = new Array(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.workspacePath !== undefined || entry.folder !== undefined) continue;
    const scope = scopes[i];
    const reached = scope !== undefined;
    const isDirect: boolean | null = !directKnown
      ? null
      : direct[i] === 1
        ? true
        : !reached && workspacesUnseen
          ? null // most likely a dependency of a workspace whose package.json we were not given
          : false;
    const id = `${entry.name}@${entry.version}${entry.git ? `#${entry.git.commit}` : ''}`;
    const existing = packages.get(id);
    if (!existing) {
      const pkg: Package = {
        ecosystem: 'npm',
        name: entry.name,
        version: entry.version,
        purl: makePurl('npm', entry.name, entry.version, entry.git),
        direct: isDirect,
        scope: scope ?? 'runtime',
        lockfile: file,
      };
      if (entry.integrity !== undefined) pkg.integrity = entry.integrity;
      if (entry.source !== undefined) pkg.source = entry.source;
      if (entry.git !== undefined) pkg.ref = entry.git.commit;
      if (entry.host !== undefined) pkg.host = entry.host;
      packages.set(id, { pkg, reached, sources: undefined });
      entryPackage[i] = pkg;
      continue;
    }
    mergeInto(existing, entry, isDirect, scope);
    entryPackage[i] = existing.pkg;
  }
  addEntryEdges(entryPackage, graph);

  const out: Package[] = [];
  for (const { pkg, sources } of packages.values()) {
    // A patched package beside its original is one package; anything else from two places is worth a look.
    if (sources && sources.size > 1 && !(sources.size === 2 && sources.has('npm') && sources.has('patch'))) {
      findings.push({
        lockfile: file,
        message: `${pkg.name}@${pkg.version} is locked from several sources (${[...sources].join(', ')}); listed once as ${pkg.source ?? 'npm'}`,
      });
    }
    out.push(pkg);
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format, packages: out, findings };
}

/**
 * The graph the lockfile states: each entry's dependencies (v1: and optional dependencies)
 * resolved the way the scope walk resolves them, onto the package each target became. Berry's
 * entries also name peer dependencies, which the parent provides: those are the parent's edges.
 * An edge to a workspace or a first-party folder leads to the project's own code: no edge.
 */
function addEntryEdges(entryPackage: readonly (Package | undefined)[], graph: Graph): void {
  const edges = new Map<Package, Set<string>>();
  for (let i = 0; i < entryPackage.length; i++) {
    const pkg = entryPackage[i];
    if (pkg === undefined) continue;
    let into = edges.get(pkg);
    if (into === undefined) edges.set(pkg, (into = new Set()));
    for (const edge of graph.edgesOf(i)) {
      for (const target of edge.targets) {
        const to = entryPackage[target];
        if (to !== undefined && to !== pkg) into.add(to.purl);
      }
    }
  }
  for (const [pkg, into] of edges) pkg.dependencies = [...into].sort();
}

interface Merged {
  pkg: Package;
  reached: boolean;
  /** Sources seen, only once a second entry merged in (most packages have one entry). */
  sources: Set<string> | undefined;
}

function mergeInto(existing: Merged, entry: Entry, isDirect: boolean | null, scope: Scope | undefined): void {
  const pkg = existing.pkg;
  if (isDirect === true || (isDirect === false && pkg.direct === null)) pkg.direct = isDirect;
  // An entry nothing reaches (the builtin patch of fsevents beside the optional original) must
  // not turn the package runtime.
  if (scope !== undefined) {
    pkg.scope = existing.reached ? strongerScope(pkg.scope, scope) : scope;
    existing.reached = true;
  }
  existing.sources ??= new Set([pkg.source ?? 'npm']);
  existing.sources.add(entry.source ?? 'npm');
  if (entry.source !== undefined && pkg.source === undefined) pkg.source = entry.source;
  if (entry.host !== undefined && pkg.host === undefined) pkg.host = entry.host;
  // The registry tarball's checksum identifies the artifact better than the locally patched one.
  if (
    entry.integrity !== undefined &&
    (pkg.integrity === undefined || (entry.source === undefined && pkg.source === 'patch'))
  ) {
    pkg.integrity = entry.integrity;
  }
}

function isOptionalMeta(meta: unknown, name: string): boolean {
  if (!isRecord(meta)) return false;
  const m = own(meta, name);
  if (!isRecord(m)) return false;
  const optional = own(m, 'optional');
  return optional === 'true' || optional === true;
}

/** Provided manifests of v1 workspaces: those under the lockfile's folder that a workspace glob matches. */
function workspaceManifests(
  file: string,
  globs: readonly string[],
  manifests: ReadonlyMap<string, string> | undefined,
): { path: string; manifest: Manifest }[] {
  if (!manifests || globs.length === 0) return [];
  const dir = dirname(file);
  const prefix = dir === '' ? '' : `${dir}/`;
  const patterns = globs.map(globToRegExp);
  const found: { path: string; manifest: Manifest }[] = [];
  for (const [path, text] of manifests) {
    if (!path.startsWith(prefix) || !path.endsWith('/package.json')) continue;
    const relative = path.slice(prefix.length, -'/package.json'.length);
    if (patterns.some((p) => p.test(relative))) found.push({ path, manifest: readManifest(path, text) });
  }
  return found;
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  return new RegExp(`^${body}$`);
}

/** Dev/runtime per dependency name of a berry workspace, when its package.json was provided. */
function workspaceScopes(
  file: string,
  workspacePath: string,
  root: Manifest | undefined,
  manifests: ReadonlyMap<string, string> | undefined,
): Map<string, Scope> | undefined {
  if (workspacePath === '.') return root?.scopes;
  const path = joinPath(dirname(file), `${workspacePath.replace(/\/+$/, '')}/package.json`);
  const text = manifests?.get(path);
  return text === undefined ? undefined : readPackageJson(path, text).declared;
}

function readV1Entry(
  file: string,
  key: string,
  value: Record<string, unknown>,
  keyLine: (k: string) => number | undefined,
): Entry {
  const parts = splitDescriptor(key);
  if (!parts) throw new LockfileParseError(file, keyLine(key), `entry key "${key}" is not name@range`);
  let [name, range] = parts;
  const version = own(value, 'version');
  if (typeof version !== 'string' || version === '') {
    throw new LockfileParseError(file, keyLine(key), `entry "${key}" has no version`);
  }
  const resolved = optionalString(file, key, value, 'resolved', keyLine);
  const integrity = optionalString(file, key, value, 'integrity', keyLine);
  checkDependencies(file, key, value, keyLine);
  if (range.startsWith('npm:')) {
    // Alias `my-lodash@npm:lodash@^4`: the package is lodash.
    const inner = range.slice(4);
    const real = splitDescriptor(inner);
    name = real ? real[0] : inner;
    range = real ? real[1] : '';
  }
  const classified = classifyV1(range, resolved, version);
  return {
    key,
    value,
    name,
    version: classified.version,
    source: classified.source,
    integrity,
    host: hostOfUrl(resolved),
    workspacePath: range.startsWith('workspace:') ? range.slice(10) : undefined,
    folder: classified.folder,
    git: classified.git,
    resolution: key,
  };
}

function readBerryEntry(
  file: string,
  key: string,
  value: Record<string, unknown>,
  keyLine: (k: string) => number | undefined,
  findings: Finding[],
): Entry {
  const resolution = own(value, 'resolution');
  if (typeof resolution !== 'string')
    throw new LockfileParseError(file, keyLine(key), `entry "${key}" has no resolution`);
  const parts = splitDescriptor(resolution);
  if (!parts)
    throw new LockfileParseError(file, keyLine(key), `resolution "${resolution}" is not name@range`);
  const version = own(value, 'version');
  if (typeof version !== 'string' || version === '') {
    throw new LockfileParseError(file, keyLine(key), `entry "${key}" has no version`);
  }
  const checksum = optionalString(file, key, value, 'checksum', keyLine);
  checkDependencies(file, key, value, keyLine);
  const [name, range] = parts;
  if (range.startsWith('workspace:')) {
    return {
      key,
      value,
      name,
      version,
      source: undefined,
      integrity: undefined,
      workspacePath: range.slice(10),
      folder: undefined,
      git: undefined,
      resolution,
    };
  }
  const classified = classifyBerryRange(range, version);
  if (classified.unknown !== undefined) {
    findings.push({
      lockfile: file,
      line: keyLine(key),
      message: `${name}@${version} resolves through an unknown protocol "${classified.unknown}"; listed with source "${classified.source}"`,
    });
  }
  return {
    key,
    value,
    name,
    version: classified.version,
    source: classified.source,
    integrity: checksum,
    workspacePath: undefined,
    folder: classified.folder,
    git: classified.git,
    resolution,
  };
}

function optionalString(
  file: string,
  key: string,
  value: Record<string, unknown>,
  field: string,
  keyLine: (k: string) => number | undefined,
): string | undefined {
  const v = own(value, field);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string')
    throw new LockfileParseError(file, keyLine(key), `entry "${key}": ${field} is not a string`);
  return v;
}

function checkDependencies(
  file: string,
  key: string,
  value: Record<string, unknown>,
  keyLine: (k: string) => number | undefined,
): void {
  for (const field of ['dependencies', 'optionalDependencies']) {
    const deps = own(value, field);
    if (deps === undefined || deps === null) continue;
    if (!isRecord(deps))
      throw new LockfileParseError(file, keyLine(key), `entry "${key}": ${field} is not a mapping`);
    for (const name of Object.keys(deps)) {
      if (typeof deps[name] !== 'string') {
        throw new LockfileParseError(file, keyLine(key), `entry "${key}": ${field}.${name} is not a string`);
      }
    }
  }
}

/** Dependency edges of the lockfile, resolved from descriptors to entries on demand. */
class Graph {
  unresolved = 0;
  firstUnresolved = '';
  private bound: Map<string, number[]> | undefined;
  private byName: Map<string, number[]> | undefined;
  private readonly edges: (readonly Edge[] | undefined)[] = [];

  constructor(
    private readonly entries: readonly Entry[],
    private readonly byDescriptor: ReadonlyMap<string, number>,
    private readonly v1: boolean,
    private readonly resolutions: ReadonlyMap<string, readonly Override[]> | undefined,
  ) {}

  /** Entries a dependency `name: range` of `parent` resolves to (usually exactly one). */
  resolve(name: string, range: string, parent: Entry | undefined): number[] {
    const hit = this.lookup(name, range, parent);
    if (hit !== undefined) return [hit];
    // `resolutions` in package.json rewrite descriptors before locking.
    for (const override of this.resolutions?.get(name) ?? []) {
      if (override.range !== undefined && override.range !== range) continue;
      if (override.parent !== undefined && override.parent !== parent?.name) continue;
      const via = this.lookup(name, override.to, undefined);
      if (via !== undefined) return [via];
    }
    // Last resort: a name locked at one single version is unambiguous.
    const candidates = this.candidatesByName(name);
    if (candidates.length > 0) {
      const first = this.entries[candidates[0]!]!;
      if (candidates.every((c) => this.entries[c]!.version === first.version)) return candidates;
    }
    return [];
  }

  private lookup(name: string, range: string, parent: Entry | undefined): number | undefined {
    // Berry before v8 writes dependency ranges without the default `npm:` protocol that keys carry:
    // try that form first, it is the common case there.
    if (!this.v1 && !range.includes(':')) {
      const npm = this.byDescriptor.get(`${name}@npm:${range}`);
      if (npm !== undefined) return npm;
    }
    const descriptor = `${name}@${range}`;
    const exact = this.byDescriptor.get(descriptor);
    if (exact !== undefined || this.v1) return exact;
    // Relative ranges (file:, portal:, link:, user patches) are locked bound to their parent: `::locator=`.
    const bound = this.boundIndex().get(stripBinding(descriptor));
    if (!bound) return undefined;
    if (bound.length === 1 || !parent) return bound[0];
    const locator = `locator=${encodeURIComponent(parent.resolution)}`;
    return bound.find((i) => this.entries[i]!.key.includes(locator)) ?? bound[0];
  }

  private boundIndex(): Map<string, number[]> {
    if (!this.bound) {
      this.bound = new Map();
      for (const [descriptor, index] of this.byDescriptor) {
        if (!descriptor.includes('::')) continue;
        const key = stripBinding(descriptor);
        const list = this.bound.get(key);
        if (list) list.push(index);
        else this.bound.set(key, [index]);
      }
    }
    return this.bound;
  }

  private candidatesByName(name: string): number[] {
    if (!this.byName) {
      this.byName = new Map();
      this.entries.forEach((entry, index) => {
        if (entry.workspacePath !== undefined) return;
        const list = this.byName!.get(entry.name);
        if (list) list.push(index);
        else this.byName!.set(entry.name, [index]);
      });
    }
    return this.byName.get(name) ?? [];
  }

  /**
   * Scope of every entry reachable from the roots: runtime first (following non-optional edges),
   * then optional (optional roots and optional edges), then dev. Each entry is expanded once.
   * Unreached entries stay undefined.
   */
  spread(roots: readonly Root[]): (Scope | undefined)[] {
    const scopes: (Scope | undefined)[] = new Array(this.entries.length).fill(undefined);
    const deferred: number[] = [];
    const seeds = (scope: Scope) => roots.filter((r) => r.scope === scope).map((r) => r.entry);
    this.walk(seeds('runtime'), 'runtime', scopes, deferred);
    this.walk([...seeds('optional'), ...deferred], 'optional', scopes, undefined);
    this.walk(seeds('dev'), 'dev', scopes, undefined);
    return scopes;
  }

  private walk(
    seeds: number[],
    scope: Scope,
    scopes: (Scope | undefined)[],
    deferOptional: number[] | undefined,
  ): void {
    const queue: number[] = [];
    for (const s of seeds) {
      if (scopes[s] === undefined) {
        scopes[s] = scope;
        queue.push(s);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const index = queue[head]!;
      for (const edge of this.edgesOf(index)) {
        this.follow(edge, this.entries[index]!, scope, scopes, queue, deferOptional);
      }
    }
  }

  /**
   * An entry's dependencies (v1: and optional dependencies; berry: optional by dependenciesMeta),
   * each resolved once: the scope walk and the SBOM edges read the same resolution, and resolving
   * twice was a tenth of the parse of a large yarn.lock.
   */
  edgesOf(index: number): readonly Edge[] {
    const cached = this.edges[index];
    if (cached !== undefined) return cached;
    const entry = this.entries[index]!;
    const value = entry.value;
    const found: Edge[] = [];
    const deps = own(value, 'dependencies') as Record<string, string> | undefined;
    const meta = this.v1 ? undefined : own(value, 'dependenciesMeta');
    if (deps) {
      for (const name of Object.keys(deps)) {
        const range = deps[name]!;
        const optional = meta !== undefined && isOptionalMeta(meta, name);
        found.push({ name, range, optional, targets: this.resolve(name, range, entry) });
      }
    }
    if (this.v1) {
      const optionalDeps = own(value, 'optionalDependencies') as Record<string, string> | undefined;
      if (optionalDeps) {
        for (const name of Object.keys(optionalDeps)) {
          const range = optionalDeps[name]!;
          found.push({ name, range, optional: true, targets: this.resolve(name, range, entry) });
        }
      }
    }
    this.edges[index] = found;
    return found;
  }

  private follow(
    edge: Edge,
    parent: Entry,
    scope: Scope,
    scopes: (Scope | undefined)[],
    queue: number[],
    deferOptional: number[] | undefined,
  ): void {
    const targets = edge.targets;
    if (targets.length === 0) {
      if (this.unresolved++ === 0)
        this.firstUnresolved = `${parent.name}@${parent.version} -> ${edge.name}@${edge.range}`;
      return;
    }
    for (const target of targets) {
      if (scopes[target] !== undefined) continue;
      if (edge.optional && deferOptional) {
        deferOptional.push(target);
        continue;
      }
      scopes[target] = scope;
      queue.push(target);
    }
  }
}

/** One dependency of an entry and the entries it resolved to (none when nothing locks it). */
interface Edge {
  name: string;
  range: string;
  optional: boolean;
  targets: readonly number[];
}

function stripBinding(descriptor: string): string {
  const at = descriptor.indexOf('::');
  return at === -1 ? descriptor : descriptor.slice(0, at);
}

function syntaxError(file: string, error: unknown, lineShift: number): LockfileParseError {
  const e = error as {
    message?: unknown;
    mark?: { line?: unknown };
    location?: { start?: { line?: unknown } };
  };
  let line: number | undefined;
  if (typeof e?.mark?.line === 'number')
    line = e.mark.line + 1; // js-yaml: 0-based
  else if (typeof e?.location?.start?.line === 'number') line = e.location.start.line; // PEG: 1-based
  if (line !== undefined) line = Math.max(1, line - lineShift);
  const message = typeof e?.message === 'string' ? e.message.split('\n')[0]! : String(error);
  // A stack overflow from hostile nesting is still just a malformed file.
  return new LockfileParseError(file, line, `invalid yarn.lock: ${message}`);
}

export const yarnFormat: LockfileFormat = {
  id: 'yarn',
  ecosystem: 'npm',
  matches: (path) => basename(path) === 'yarn.lock',
  manifests: manifestPaths,
  parse: parseYarnLock,
};
