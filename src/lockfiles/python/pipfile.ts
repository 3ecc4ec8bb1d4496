import { LockfileParseError, lineAt, parseJson } from '../errors.js';
import { reportFirstParty, type FirstParty } from '../first-party.js';
import { basename, dirname, joinPath } from '../paths.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from '../types.js';
import {
  type Declarations,
  dedupePackages,
  declare,
  emptyDeclarations,
  gitPin,
  isDistributionFile,
  isTable,
  joinHashes,
  makePythonPackage,
  parseToml,
  readManifest,
  specExtras,
} from './common.js';
import { normalizePythonName } from './normalize.js';

/*
 * Pipfile.lock (pipenv): JSON with `_meta` (pipfile-spec, sources) and two sections, `default`
 * (installed by `pipenv install`: runtime) and `develop` (`--dev`: dev). Each entry pins
 * `"version": "==1.2.3"` with `hashes`; VCS/path/URL entries have no version. A git entry pinned to a
 * full commit (`ref`) is listed with that commit as version and ref; a local `path` (a folder, or an
 * editable) is first-party code, not listed (one finding names them); other unpinned sources are
 * findings. The section shape has not changed across pipfile-spec revisions, so every spec up to
 * the current 6 is read.
 */
const SUPPORTED_SPECS = [1, 2, 3, 4, 5, 6];

const SECTIONS: ReadonlyArray<[string, Scope]> = [
  ['default', 'runtime'],
  ['develop', 'dev'],
];

/** The Pipfile beside the lock: TOML `[packages]` (runtime) and `[dev-packages]` (dev). */
export function readPipfile(file: string, text: string): Declarations {
  const doc = parseToml(file, text);
  const declared = emptyDeclarations();
  for (const [table, scope] of [
    ['packages', 'runtime'],
    ['dev-packages', 'dev'],
  ] as const) {
    const deps = doc[table];
    if (!isTable(deps)) continue;
    for (const [name, spec] of Object.entries(deps))
      declare(declared, normalizePythonName(name), scope, specExtras(spec));
  }
  return declared;
}

/** 1-based line of the first `"name":` key in the text, best effort for findings. */
function lineOfKey(text: string, name: string): number | undefined {
  const at = text.indexOf(`${JSON.stringify(name)}:`);
  return at === -1 ? undefined : lineAt(text, at);
}

function parsePipfileLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const json = parseJson(file, input.text);
  if (!isTable(json)) throw new LockfileParseError(file, 1, 'expected a JSON object');
  const meta = json._meta;
  if (!isTable(meta)) throw new LockfileParseError(file, 1, 'expected a "_meta" object');
  const spec = meta['pipfile-spec'];
  if (typeof spec !== 'number' || !SUPPORTED_SPECS.includes(spec)) {
    throw new LockfileParseError(
      file,
      lineOfKey(input.text, 'pipfile-spec'),
      `unsupported Pipfile.lock pipfile-spec ${String(spec)} (supported: ${SUPPORTED_SPECS.join(', ')})`,
    );
  }
  const findings: Finding[] = [];
  const declared = readManifest(
    input.manifests,
    joinPath(dirname(file), 'Pipfile'),
    file,
    findings,
    readPipfile,
  );
  const packages: Package[] = [];
  const firstParty: FirstParty[] = [];
  for (const [section, scope] of SECTIONS) {
    const entries = json[section];
    if (entries === undefined) continue;
    if (!isTable(entries))
      throw new LockfileParseError(file, undefined, `expected "${section}" to be an object`);
    for (const [rawName, entry] of Object.entries(entries)) {
      // Only looked up when reported: scanning the text per package would be quadratic.
      const line = () => lineOfKey(input.text, rawName);
      if (!isTable(entry))
        throw new LockfileParseError(file, line(), `expected ${section}.${rawName} to be an object`);
      const name = normalizePythonName(rawName);
      const version = entry.version;
      if (version !== undefined && typeof version !== 'string') {
        throw new LockfileParseError(file, line(), `expected the version of ${rawName} to be a string`);
      }
      const pin = version !== undefined ? /^===?\s*([^\s,*;]+)$/.exec(version.trim()) : null;
      const path = typeof entry.path === 'string' ? entry.path : undefined;
      if (!pin && path !== undefined && (entry.editable === true || !isDistributionFile(path))) {
        firstParty.push({ name, folder: path, line: line() });
        continue;
      }
      const git =
        !pin && typeof entry.git === 'string'
          ? gitPin(entry.git, typeof entry.ref === 'string' ? entry.ref : undefined)
          : undefined;
      if (git !== undefined) {
        packages.push(
          makePythonPackage({
            name,
            version: git.commit,
            direct: declared ? declared.scopes.has(name) : null,
            scope,
            lockfile: file,
            source: 'git',
            git,
          }),
        );
        continue;
      }
      if (!pin) {
        const origin = ['git', 'hg', 'svn', 'bzr', 'path', 'file', 'url'].find(
          (key) => entry[key] !== undefined,
        );
        findings.push({
          lockfile: file,
          line: line(),
          message: `${rawName} in "${section}" ${origin ? `comes from ${origin} ${String(entry[origin])}` : `has version ${String(version)}`}, not pinned to a version: not inventoried`,
        });
        continue;
      }
      const hashes = Array.isArray(entry.hashes)
        ? entry.hashes.filter((hash): hash is string => typeof hash === 'string')
        : [];
      packages.push(
        makePythonPackage({
          name,
          version: pin[1]!,
          direct: declared ? declared.scopes.has(name) : null,
          scope,
          lockfile: file,
          integrity: joinHashes(hashes),
        }),
      );
    }
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: `pipfile-lock-v${spec}`, packages: dedupePackages(packages), findings };
}

export const pipfileFormat: LockfileFormat = {
  id: 'pipfile',
  ecosystem: 'PyPI',
  matches: (path) => basename(path) === 'Pipfile.lock',
  manifests: (lockPath) => [joinPath(dirname(lockPath), 'Pipfile')],
  parse: parsePipfileLock,
};
