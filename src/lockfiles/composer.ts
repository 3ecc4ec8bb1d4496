import { LockfileParseError, parseJson } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { basename, dirname, joinPath } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * composer.lock (https://getcomposer.org/doc/01-basic-usage.md#commit-your-composer-lock-file-to-version-control).
 * `packages` are installed in production (scope runtime), `packages-dev` only with dev requirements
 * (scope dev). The lock doesn't say which packages the project requires itself: that comes from
 * `require` / `require-dev` of the composer.json beside it (platform requirements such as `php`,
 * `ext-*`, `lib-*` are not packages). Versions stay as Composer writes them (`v5.4.1`, `dev-main`);
 * the Packagist version scheme compares them without the `v`. A `dev-*` branch version names a
 * moving branch, so its commit (`source.reference`) is its ref: a new commit on the same branch is
 * then still a visible change. A package from a `path` repository is the project's own code: not
 * listed (one finding says so), and what it requires is direct. Composer package names are
 * case-insensitive: lower-cased.
 */

const PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|composer(-plugin-api|-runtime-api)?|ext-.+|lib-.+)$/i;

function manifestPath(lockPath: string): string {
  return joinPath(dirname(lockPath), 'composer.json');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Composer's JSON is pretty-printed one key per line: the `"name": "…"` line locates a package. */
function indexNameLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const match = /^\s*"name"\s*:\s*"([^"]+)"/.exec(all[i] as string);
    if (match && !lines.has(match[1] as string)) lines.set(match[1] as string, i + 1);
  }
  return lines;
}

function readDeclared(file: string, text: string): Map<string, Scope> {
  const json = parseJson(file, text);
  if (!isRecord(json)) throw new LockfileParseError(file, 1, 'expected composer.json to be a JSON object');
  const declared = new Map<string, Scope>();
  for (const [field, scope] of [
    ['require-dev', 'dev'],
    ['require', 'runtime'],
  ] as const) {
    const deps = json[field];
    if (deps === undefined) continue;
    if (!isRecord(deps)) throw new LockfileParseError(file, undefined, `expected "${field}" to be an object`);
    for (const name of Object.keys(deps)) {
      if (!PLATFORM.test(name)) declared.set(name.toLowerCase(), scope);
    }
  }
  return declared;
}

function parseComposerLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const json = parseJson(file, input.text);
  if (!isRecord(json)) throw new LockfileParseError(file, 1, 'expected composer.lock to be a JSON object');
  if (!('packages' in json)) throw new LockfileParseError(file, 1, 'no "packages" key: not a composer.lock');
  const findings: Finding[] = [];
  const nameLines = indexNameLines(input.text);
  const manifest = input.manifests?.get(manifestPath(file));
  const declared = manifest === undefined ? undefined : readDeclared(manifestPath(file), manifest);
  if (declared === undefined) {
    findings.push({
      lockfile: file,
      message: `${manifestPath(file)} not available: direct/transitive unknown`,
    });
  }

  const packages = new Map<string, Package>();
  const firstParty: FirstParty[] = [];
  /** What the first-party path packages require: the project's own choices, so direct. */
  const requiredByOwn = new Set<string>();
  // A locked package can stand in for others (`replace`/`provide`, e.g. symfony/symfony replacing
  // symfony/dom-crawler): a requirement of a replaced name is satisfied by, so points at, that package.
  const standsIn = new Map<string, Package[]>();
  // What each locked package requires (platform requirements such as php or ext-* are not packages).
  const requires = new Map<Package, string[]>();
  for (const [field, scope] of [
    ['packages', 'runtime'],
    ['packages-dev', 'dev'],
  ] as const) {
    const list = json[field] ?? [];
    if (!Array.isArray(list))
      throw new LockfileParseError(file, undefined, `expected "${field}" to be an array`);
    for (const entry of list) {
      if (!isRecord(entry))
        throw new LockfileParseError(file, undefined, `expected each of "${field}" to be an object`);
      const { name, version } = entry;
      const line = typeof name === 'string' ? nameLines.get(name) : undefined;
      if (typeof name !== 'string' || name === '')
        throw new LockfileParseError(file, line, `a package in "${field}" has no name`);
      if (typeof version !== 'string' || version === '')
        throw new LockfileParseError(file, line, `package ${name} has no version`);
      const dist = isRecord(entry.dist) ? entry.dist : undefined;
      const source = isRecord(entry.source) ? entry.source : undefined;
      if ((entry.dist !== undefined && !dist) || (entry.source !== undefined && !source)) {
        throw new LockfileParseError(file, line, `package ${name}: "dist" and "source" must be objects`);
      }
      const shasum = typeof dist?.shasum === 'string' && dist.shasum !== '' ? dist.shasum : undefined;
      const reference =
        typeof source?.reference === 'string' && source.reference !== '' ? source.reference : undefined;
      const branch = /^dev-|\.x-dev$|-dev$/i.test(version);
      if (dist?.type === 'path' || source?.type === 'path') {
        const url =
          typeof dist?.url === 'string' ? dist.url : typeof source?.url === 'string' ? source.url : '';
        firstParty.push({ name: name.toLowerCase(), folder: url, line });
        if (isRecord(entry.require))
          for (const required of Object.keys(entry.require))
            if (!PLATFORM.test(required)) requiredByOwn.add(required.toLowerCase());
        continue;
      }
      let origin: string | undefined;
      if (!dist && (source?.type === 'git' || source?.type === 'hg' || source?.type === 'svn'))
        origin = source.type === 'git' ? 'git' : 'url';
      const git: VcsPin | undefined =
        branch && reference !== undefined && source?.type === 'git' && typeof source.url === 'string'
          ? { url: source.url, commit: reference }
          : undefined;
      const lower = name.toLowerCase();
      const key = `${lower}\u0000${version}`;
      const existing = packages.get(key);
      if (existing) {
        findings.push({
          lockfile: file,
          ...(line !== undefined ? { line } : {}),
          message: `${name} ${version} is locked twice; listed once`,
        });
        if (scope === 'runtime') existing.scope = 'runtime';
        continue;
      }
      const pkg: Package = {
        ecosystem: 'Packagist',
        name: lower,
        version,
        purl: makePurl('Packagist', lower, version, git),
        direct: declared ? declared.has(lower) : null,
        scope,
        lockfile: file,
        ...(shasum !== undefined ? { integrity: shasum } : {}),
        ...(origin !== undefined ? { source: origin } : {}),
        ...(branch && reference !== undefined ? { ref: reference } : {}),
      };
      packages.set(key, pkg);
      if (isRecord(entry.require))
        requires.set(
          pkg,
          Object.keys(entry.require)
            .filter((required) => !PLATFORM.test(required))
            .map((required) => required.toLowerCase()),
        );
      for (const link of [entry.replace, entry.provide]) {
        if (!isRecord(link)) continue;
        for (const replaced of Object.keys(link)) {
          const list = standsIn.get(replaced.toLowerCase()) ?? [];
          list.push(pkg);
          standsIn.set(replaced.toLowerCase(), list);
        }
      }
    }
  }
  for (const pkg of packages.values()) if (requiredByOwn.has(pkg.name)) pkg.direct = true;
  addRequireEdges(packages, requires, standsIn);
  findings.push(...reportFirstParty(file, firstParty));
  if (declared) {
    const locked = new Set([...packages.values()].map((p) => p.name));
    for (const own of firstParty) locked.add(own.name);
    for (const name of declared.keys()) {
      if (locked.has(name)) continue;
      const substitutes = standsIn.get(name);
      if (substitutes) for (const substitute of substitutes) substitute.direct = true;
      else
        findings.push({
          lockfile: file,
          message: `${name} is required by ${manifestPath(file)} but not locked (composer.lock out of date?)`,
        });
    }
  }
  const api = json['plugin-api-version'];
  return {
    format: typeof api === 'string' ? `composer(plugin-api ${api})` : 'composer',
    packages: [...packages.values()],
    findings,
  };
}

/**
 * The graph composer locked: each package's `require` names, one locked version per name (or the
 * package that replaces or provides that name). A name only a first-party path package answers
 * leads to the project's own code, not to a SOUP item, and is no edge.
 */
function addRequireEdges(
  packages: ReadonlyMap<string, Package>,
  requires: ReadonlyMap<Package, readonly string[]>,
  standsIn: ReadonlyMap<string, readonly Package[]>,
): void {
  const byName = new Map<string, Package>();
  for (const pkg of packages.values()) byName.set(pkg.name, pkg);
  for (const pkg of packages.values()) {
    const targets = (requires.get(pkg) ?? []).flatMap((name) => {
      const locked = byName.get(name);
      return locked ? [locked.purl] : (standsIn.get(name) ?? []).map((p) => p.purl);
    });
    pkg.dependencies = [...new Set(targets)].filter((purl) => purl !== pkg.purl).sort();
  }
}

export const composerFormat: LockfileFormat = {
  id: 'composer',
  ecosystem: 'Packagist',
  matches: (path) => basename(path) === 'composer.lock',
  manifests: (lockPath) => [manifestPath(lockPath)],
  parse: parseComposerLock,
};
