import { createScanner } from 'jsonc-parser';
import { LockfileParseError, parseJson } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { isGitSpec } from './git.js';
import { PackageCollector, lineOfKey } from './npm.js';
import { strongerScope } from './package-json.js';
import { basename } from './paths.js';
import type { VcsPin } from './purl.js';
import { hostOfUrl } from './registry-host.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * bun's text lockfile, bun.lock (bun >= 1.1.39; the default since 1.2). Its shape, per bun's own
 * type `BunLockFile` (https://bun.sh/reference/bun/BunLockFile) and the files bun writes:
 *
 *   { lockfileVersion, workspaces: { "<path>": {name, dependencies, devDependencies, ...} },
 *     packages: { "<key>": [ident, ...] } }
 *
 * A key is the install path as package names joined by `/` ("debug/ms" is the ms that only debug
 * sees; "@fx/app/ms" the ms of workspace @fx/app). The ident is `name@resolution`, and the array
 * shape follows the resolution: npm `[ident, registry, info, integrity]`, tarball
 * `[ident, info, integrity]`, folder/link/git `[ident, info, ...]`, workspace `[ident]`.
 * Nothing in a package entry says dev or optional: scope comes from walking the graph from the
 * workspaces' declarations.
 *
 * A `file:` or `link:` folder is first-party code like a workspace: not listed, and what it declares
 * is direct. bun records no version for a git dependency, so its commit (as bun wrote it: GitHub
 * ones abbreviated) is both its version and its ref.
 */

/** 0: workspace entries carried their deps; 1: not any more; 2: stricter parsing; 3: scoped overrides. */
const SUPPORTED_VERSIONS = [0, 1, 2, 3] as const;
const ROOT_FIELDS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['peerDependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

export const BUN_LOCKB_MESSAGE =
  'bun.lockb (binary) is unsupported: run `bun install --save-text-lockfile` (bun >= 1.1.39) to migrate to bun.lock';

type Json = Record<string, unknown>;

export const bunFormat: LockfileFormat = {
  id: 'bun',
  ecosystem: 'npm',
  matches: (path) => basename(path) === 'bun.lock' && !isInNodeModules(path),
  parse: parseBunLockfile,
};

/** Claims bun.lockb only to say clearly that it cannot be read, instead of passing over it. */
export const bunLockbFormat: LockfileFormat = {
  id: 'bun-lockb',
  ecosystem: 'npm',
  matches: (path) => basename(path) === 'bun.lockb' && !isInNodeModules(path),
  parse(input) {
    throw new LockfileParseError(input.path, undefined, BUN_LOCKB_MESSAGE);
  },
};

function isInNodeModules(path: string): boolean {
  return path.startsWith('node_modules/') || path.includes('/node_modules/');
}

interface Entry {
  key: string;
  name: string;
  version: string;
  /** Project's own code (a workspace or the root): not SOUP, never walked into. */
  own: boolean;
  /** A `file:`/`link:` folder: first-party code, walked into but not listed. */
  folder: string | undefined;
  git: VcsPin | undefined;
  info: Json | undefined;
  integrity: string | undefined;
  source: string | undefined;
  /** Host of a tarball URL or of a registry other than the default ("" in the lockfile). */
  host?: string;
}

function parseBunLockfile(input: LockfileInput): ParsedLockfile {
  const { path, text } = input;
  const json = parseJson(path, toStrictJson(text));
  if (!isObject(json)) throw new LockfileParseError(path, 1, 'expected a JSON object at the top level');
  const version = json.lockfileVersion;
  if (typeof version !== 'number' || !(SUPPORTED_VERSIONS as readonly number[]).includes(version)) {
    const found = version === undefined ? 'missing' : JSON.stringify(version);
    throw new LockfileParseError(
      path,
      lineOfKey(text, 'lockfileVersion'),
      `unsupported lockfileVersion ${found}; supported: ${SUPPORTED_VERSIONS.join(', ')}`,
    );
  }
  const workspaces = requireObject(path, text, json.workspaces, 'workspaces');
  const packages = requireObject(path, text, json.packages, 'packages');
  const findings: Finding[] = [];

  const entries = new Map<string, Entry>();
  for (const key of Object.keys(packages)) entries.set(key, readEntry(path, text, key, packages[key]));

  // Walk from every workspace's declarations; a package's scope is the strongest way it is reached.
  const scopes = new Map<string, Scope>();
  const direct = new Set<string>();
  const queue: string[] = [];
  const reach = (key: string, scope: Scope): void => {
    const previous = scopes.get(key);
    const next = previous === undefined ? scope : strongerScope(previous, scope);
    if (next === previous) return;
    scopes.set(key, next);
    queue.push(key);
  };

  for (const wsPath of Object.keys(workspaces)) {
    const workspace = workspaces[wsPath];
    if (!isObject(workspace)) throw entryError(path, text, wsPath, 'expected a workspace object');
    // Copies private to a workspace are keyed under the workspace's package name.
    const prefix = wsPath === '' ? '' : (stringField(path, text, workspace, wsPath, 'name') ?? '');
    for (const [field, scope] of ROOT_FIELDS) {
      const declared = workspace[field];
      if (declared === undefined) continue;
      if (!isObject(declared)) throw entryError(path, text, wsPath, `expected "${field}" to be an object`);
      for (const name of Object.keys(declared)) {
        const key = resolveKey(entries, prefix, name);
        if (key === undefined) {
          if (field !== 'optionalDependencies' && field !== 'peerDependencies') {
            findings.push({
              lockfile: path,
              line: lineOfKey(text, wsPath),
              message: `"${name}" is declared in ${field} of workspace "${wsPath}" but not in the lockfile`,
            });
          }
          continue;
        }
        if ((entries.get(key) as Entry).own) continue;
        direct.add(key);
        reach(key, scope);
      }
    }
  }

  for (let key = queue.pop(); key !== undefined; key = queue.pop()) {
    const entry = entries.get(key) as Entry;
    const scope = scopes.get(key) as Scope;
    const info = entry.info;
    if (!info) continue;
    const optionalPeers = info.optionalPeers;
    const isOptionalPeer = (name: string): boolean =>
      Array.isArray(optionalPeers) && optionalPeers.includes(name);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
      const declared = info[field];
      if (declared === undefined) continue;
      if (!isObject(declared)) throw entryError(path, text, key, `expected "${field}" to be an object`);
      for (const name of Object.keys(declared)) {
        const target = resolveKey(entries, key, name);
        const optional =
          field === 'optionalDependencies' || (field === 'peerDependencies' && isOptionalPeer(name));
        if (target === undefined) {
          if (field === 'dependencies') {
            findings.push({
              lockfile: path,
              line: lineOfKey(text, key),
              message: `"${key}" depends on "${name}", which the lockfile does not resolve`,
            });
          }
          continue;
        }
        if ((entries.get(target) as Entry).own) continue;
        // An optional edge makes a shipped package optional; below a dev tool everything stays dev.
        reach(target, optional && scope === 'runtime' ? 'optional' : scope);
      }
    }
  }

  // What a first-party folder declares is the project's own choice, as a workspace's is: direct.
  const firstParty: FirstParty[] = [];
  for (const entry of entries.values()) {
    if (entry.folder === undefined) continue;
    firstParty.push({ name: entry.name, folder: entry.folder, line: lineOfKey(text, entry.key) });
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
      const declared = entry.info?.[field];
      if (!isObject(declared)) continue;
      for (const name of Object.keys(declared)) {
        const target = resolveKey(entries, entry.key, name);
        if (target !== undefined) direct.add(target);
      }
    }
  }

  const collector = new PackageCollector(path);
  const directKnown = Object.hasOwn(workspaces, '');
  const made = new Map<string, Package>();
  for (const entry of entries.values()) {
    if (entry.own || entry.folder !== undefined) continue;
    const pkg = collector.add(
      entry.name,
      entry.version,
      directKnown ? direct.has(entry.key) : null,
      // Not reached from any workspace (a lockfile bun would prune): still listed, and as shipped.
      scopes.get(entry.key) ?? 'runtime',
      entry.integrity,
      entry.source,
      entry.host,
      entry.git,
    );
    made.set(entry.key, pkg);
  }
  addKeyEdges(path, text, entries, made);
  findings.push(...reportFirstParty(path, firstParty));
  return { format: `bun-v${version}`, packages: collector.packages(), findings };
}

/**
 * The graph bun locked: each entry's dependencies, optional and peer dependencies, resolved from
 * its key the way the scope walk resolves them (its own nested copies first, then up). An edge to
 * a workspace or a first-party folder leads to the project's own code: no edge.
 */
function addKeyEdges(
  path: string,
  text: string,
  entries: ReadonlyMap<string, Entry>,
  made: ReadonlyMap<string, Package>,
): void {
  const edges = new Map<Package, Set<string>>();
  for (const [key, pkg] of made) {
    let into = edges.get(pkg);
    if (into === undefined) edges.set(pkg, (into = new Set()));
    const info = entries.get(key)?.info;
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies'] as const) {
      const declared = info?.[field];
      if (declared === undefined) continue;
      if (!isObject(declared)) throw entryError(path, text, key, `expected "${field}" to be an object`);
      for (const name of Object.keys(declared)) {
        const target = resolveKey(entries, key, name);
        const to = target === undefined ? undefined : made.get(target);
        if (to !== undefined && to !== pkg) into.add(to.purl);
      }
    }
  }
  for (const [pkg, into] of edges) pkg.dependencies = [...into].sort();
}

function readEntry(path: string, text: string, key: string, value: unknown): Entry {
  if (!Array.isArray(value) || typeof value[0] !== 'string') {
    throw entryError(path, text, key, 'expected an array starting with "name@resolution"');
  }
  const ident = value[0];
  // The name may start with a scope's `@`; the first `@` after that ends it (git URLs hold more).
  const at = ident.indexOf('@', 1);
  if (at <= 0 || at === ident.length - 1)
    throw entryError(path, text, key, `malformed package id "${ident}"`);
  const name = ident.slice(0, at);
  const resolution = ident.slice(at + 1);
  const entry: Entry = {
    key,
    name,
    version: resolution,
    own: false,
    folder: undefined,
    git: undefined,
    info: undefined,
    integrity: undefined,
    source: undefined,
  };

  if (resolution.startsWith('workspace:') || resolution.startsWith('root:')) {
    entry.own = true;
    return entry;
  }
  const info = (index: number): Json | undefined => {
    const item: unknown = value[index];
    if (item === undefined) return undefined;
    if (!isObject(item)) throw entryError(path, text, key, `expected element ${index} to be an object`);
    return item;
  };
  const string = (index: number): string | undefined => {
    const item: unknown = value[index];
    if (item === undefined) return undefined;
    if (typeof item !== 'string')
      throw entryError(path, text, key, `expected element ${index} to be a string`);
    return item;
  };

  if (resolution.startsWith('link:') || (resolution.startsWith('file:') && !isTarball(resolution.slice(5)))) {
    entry.folder = resolution.slice(resolution.indexOf(':') + 1);
    entry.info = info(1);
  } else if (resolution.startsWith('file:')) {
    entry.source = 'file';
    entry.info = info(1);
  } else if (isGitSpec(resolution)) {
    // Element 2 is bun's checkout tag, not an integrity hash.
    entry.source = 'git';
    entry.info = info(1);
    const commit = /#([0-9a-f]{7,64})$/i.exec(resolution)?.[1]?.toLowerCase();
    if (commit !== undefined) {
      entry.version = commit;
      entry.git = { url: resolution, commit };
    }
  } else if (isTarball(resolution)) {
    entry.source = resolution.startsWith('http://') || resolution.startsWith('https://') ? 'url' : 'file';
    entry.host = hostOfUrl(resolution);
    entry.info = info(1);
    entry.integrity = string(2) || undefined;
  } else {
    // npm: the resolution is the exact version; element 1 is "" for the default registry.
    const registry = string(1);
    if (registry && !registry.includes('/-/')) entry.source = 'url';
    entry.host = hostOfUrl(registry || undefined);
    entry.info = info(2);
    entry.integrity = string(3) || undefined;
  }
  return entry;
}

function isTarball(resolution: string): boolean {
  return (
    resolution.startsWith('http://') ||
    resolution.startsWith('https://') ||
    resolution.startsWith('./') ||
    resolution.startsWith('../') ||
    resolution.startsWith('/') ||
    resolution.endsWith('.tgz') ||
    resolution.endsWith('.tar.gz')
  );
}

/** The key node-style lookup finds for `name` seen from package key `from` ('' is the root). */
function resolveKey(entries: ReadonlyMap<string, Entry>, from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = base === '' ? name : `${base}/${name}`;
    if (entries.has(candidate)) return candidate;
    if (base === '') return undefined;
    base = parentKey(base);
  }
}

/** "a/@s/b" -> "a", "a/b" -> "a", "@s/b" -> "": drops the last package name, scoped or not. */
export function parentKey(key: string): string {
  const last = key.lastIndexOf('/');
  if (last === -1) return '';
  const before = key.lastIndexOf('/', last - 1);
  if (key.charCodeAt(before + 1) === 64 /* @ */) return before === -1 ? '' : key.slice(0, before);
  return key.slice(0, last);
}

// jsonc-parser's SyntaxKind is an ambient const enum, which isolatedModules cannot read: its values.
const COMMA = 5;
const CLOSE_BRACE = 2;
const CLOSE_BRACKET = 4;
const LINE_COMMENT = 12;
const BLOCK_COMMENT = 13;
const LINE_BREAK = 14;
const TRIVIA = 15;
const EOF = 17;

/**
 * bun.lock is JSON plus trailing commas (bun's reader also takes comments). jsonc-parser's scanner
 * finds both; blanking them with spaces keeps every offset, so JSON.parse (which builds objects
 * with `__proto__` as a plain key, unlike jsonc-parser's own builder) reports the real line.
 */
export function toStrictJson(text: string): string {
  const scanner = createScanner(text, false);
  const blanks: Array<[number, number]> = [];
  let pendingComma = -1;
  for (let kind: number = scanner.scan(); kind !== EOF; kind = scanner.scan()) {
    if (kind === LINE_BREAK || kind === TRIVIA) continue;
    const offset = scanner.getTokenOffset();
    if (kind === LINE_COMMENT || kind === BLOCK_COMMENT) {
      blanks.push([offset, offset + scanner.getTokenLength()]);
    } else if (kind === COMMA) {
      pendingComma = offset;
    } else {
      if (pendingComma !== -1 && (kind === CLOSE_BRACE || kind === CLOSE_BRACKET))
        blanks.push([pendingComma, pendingComma + 1]);
      pendingComma = -1;
    }
  }
  if (blanks.length === 0) return text;
  blanks.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end] of blanks) {
    out += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ');
    from = end;
  }
  return out + text.slice(from);
}

function requireObject(path: string, text: string, value: unknown, field: string): Json {
  if (!isObject(value))
    throw new LockfileParseError(path, lineOfKey(text, field), `expected "${field}" to be an object`);
  return value;
}

function stringField(
  path: string,
  text: string,
  entry: Json,
  key: string,
  field: string,
): string | undefined {
  const value = entry[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw entryError(path, text, key, `expected "${field}" to be a string`);
  return value;
}

function entryError(path: string, text: string, key: string, detail: string): LockfileParseError {
  return new LockfileParseError(path, lineOfKey(text, key), `"${key}": ${detail}`);
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
