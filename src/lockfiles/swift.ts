import { LockfileParseError, lineAt, parseJson } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile } from './types.js';

/**
 * SwiftPM `Package.resolved` (also inside `*.xcworkspace/xcshareddata/swiftpm/`):
 *
 * - v1: `{ object: { pins: [{ package, repositoryURL, state: { branch, revision, version } }] }, version: 1 }`
 * - v2: `{ pins: [{ identity, kind, location, state: { branch?, revision, version? } }], version: 2 }`
 * - v3: as v2 plus a top-level `originHash` (SwiftPM 5.10+).
 *
 * Names follow OSV's SwiftURL ecosystem: the repository URL without scheme, user and `.git`
 * (github.com/apple/swift-nio). version is the pinned tag, with its commit as integrity (a tag can
 * move); a pin that follows a branch or a bare revision has no version, so its commit is both its
 * version and its ref (source 'git'). A local checkout (`localSourceControl`) is a folder of the
 * repository: first-party code, not listed, said in one finding.
 *
 * direct is null: which packages are declared directly is in Package.swift, a Swift program that
 * the gate never runs (and whose dependency list may be computed); the lock file itself is flat.
 */

const SUPPORTED_VERSIONS = [1, 2, 3];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * https://github.com/apple/swift-nio.git, git@github.com:apple/swift-nio.git and
 * ssh://git@github.com/apple/swift-nio all become github.com/apple/swift-nio. The host is
 * lower-cased (DNS is case-insensitive); the path keeps its case, as OSV records it.
 */
export function normalizeSwiftUrl(location: string): string {
  let rest = location.trim();
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(rest);
  if (scheme) {
    rest = rest.slice(scheme[0].length);
  } else {
    // scp-like syntax: [user@]host:path
    const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.*)$/.exec(rest);
    if (scp) rest = `${scp[1]}/${scp[2]}`;
  }
  const slash = rest.indexOf('/');
  let host = slash === -1 ? rest : rest.slice(0, slash);
  const path = slash === -1 ? '' : rest.slice(slash);
  host = host.slice(host.lastIndexOf('@') + 1).toLowerCase();
  return `${host}${path}`
    .replace(/\/+$/, '')
    .replace(/\.git$/i, '')
    .replace(/\/+$/, '');
}

interface Pin {
  identity: string;
  kind: string;
  location: string;
  state: Record<string, unknown>;
  index: number;
}

function readPins(file: string, pinLines: number[], root: Record<string, unknown>, version: number): Pin[] {
  const container = version === 1 ? root.object : root;
  const pins = isObject(container) ? container.pins : undefined;
  if (!Array.isArray(pins)) {
    throw new LockfileParseError(
      file,
      undefined,
      `expected ${version === 1 ? '"object.pins"' : '"pins"'} to be an array`,
    );
  }
  return pins.map((pin, index) => {
    const fail = (detail: string): never => {
      throw new LockfileParseError(file, pinLines[index], `pin ${index + 1}: ${detail}`);
    };
    if (!isObject(pin)) return fail('expected an object');
    const state = pin.state;
    if (!isObject(state)) return fail('expected "state" to be an object');
    const identity = version === 1 ? pin.package : pin.identity;
    const location = version === 1 ? pin.repositoryURL : pin.location;
    const kind = version === 1 ? 'remoteSourceControl' : pin.kind;
    if (typeof identity !== 'string' || identity === '') return fail('no package identity');
    if (typeof location !== 'string') return fail(`"${identity}" has no location`);
    if (typeof kind !== 'string') return fail(`"${identity}" has no kind`);
    for (const field of ['version', 'revision', 'branch']) {
      const value = state[field];
      if (value !== undefined && value !== null && typeof value !== 'string') {
        return fail(`"${identity}": state.${field} must be a string or null`);
      }
    }
    return { identity, kind, location, state, index };
  });
}

/** Lines of the pins in order: pins are objects in one array, so their identity keys count them. */
function locatePins(text: string): number[] {
  const lines: number[] = [];
  const pattern = /"(?:identity|package)"\s*:/g;
  let line = 1;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    for (let i = text.indexOf('\n', last); i !== -1 && i < match.index; i = text.indexOf('\n', i + 1)) line++;
    last = match.index;
    lines.push(line);
  }
  return lines;
}

function parsePackageResolved(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const root = parseJson(file, input.text);
  if (!isObject(root)) throw new LockfileParseError(file, 1, 'expected a JSON object');
  const version = root.version;
  if (typeof version !== 'number' || !SUPPORTED_VERSIONS.includes(version)) {
    const offset = input.text.indexOf('"version"');
    throw new LockfileParseError(
      file,
      offset === -1 ? undefined : lineAt(input.text, offset),
      `unsupported Package.resolved version ${JSON.stringify(version ?? null)}; supported: ${SUPPORTED_VERSIONS.join(', ')}`,
    );
  }

  const findings: Finding[] = [];
  const packages = new Map<string, Package>();
  const firstParty: FirstParty[] = [];
  const pinLines = locatePins(input.text);
  for (const pin of readPins(file, pinLines, root, version)) {
    const line = pinLines[pin.index];
    const report = (message: string): void => {
      findings.push({ lockfile: file, ...(line !== undefined ? { line } : {}), message });
    };
    const tag =
      typeof pin.state.version === 'string' && pin.state.version !== '' ? pin.state.version : undefined;
    const revision =
      typeof pin.state.revision === 'string' && pin.state.revision !== '' ? pin.state.revision : undefined;
    const pinned = tag ?? revision;
    if (pinned === undefined) {
      report(`${pin.identity}: pinned to neither a version nor a revision; not listed`);
      continue;
    }
    let name: string;
    const source: string | undefined = tag === undefined ? 'git' : undefined;
    switch (pin.kind) {
      case 'remoteSourceControl':
        name = normalizeSwiftUrl(pin.location);
        if (name === '') name = pin.identity;
        break;
      case 'localSourceControl':
        firstParty.push({ name: pin.identity, folder: pin.location, line });
        continue;
      case 'registry':
        // Registry identities are scope.name, not URLs: OSV's SwiftURL lookups won't match them.
        name = pin.identity;
        report(
          `${pin.identity}: resolved from a package registry; its name is the registry identity, not a URL`,
        );
        break;
      default:
        name = pin.location !== '' ? normalizeSwiftUrl(pin.location) : pin.identity;
        report(`${pin.identity}: unknown pin kind "${pin.kind}"; listed by its location`);
    }
    if (tag === undefined) {
      const branch = typeof pin.state.branch === 'string' ? pin.state.branch : undefined;
      report(
        `${name}: pinned to ${branch ? `branch "${branch}" at` : 'bare'} revision ${revision}, not a released version`,
      );
    }
    const key = `${name.toLowerCase()}@${pinned}`;
    if (packages.has(key)) continue;
    // A tagged pin is identified by its tag (OSV looks SwiftURL packages up by version); its commit
    // is integrity. An untagged pin's commit is its identity: version and ref.
    const byCommit = tag === undefined && revision !== undefined;
    const git = byCommit ? { url: pin.location, commit: revision.toLowerCase() } : undefined;
    packages.set(key, {
      ecosystem: 'SwiftURL',
      name,
      version: pinned,
      purl: makePurl('SwiftURL', name, pinned, git),
      direct: null,
      scope: 'runtime',
      lockfile: file,
      ...(revision !== undefined && !byCommit ? { integrity: `git:${revision}` } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(git !== undefined ? { ref: git.commit } : {}),
    });
  }
  if (packages.size > 0) {
    findings.push({
      lockfile: file,
      message:
        'Package.resolved does not tell direct from transitive dependencies (Package.swift is code, not run here); direct is unknown',
    });
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: `swiftpm-v${version}`, packages: [...packages.values()], findings };
}

export const swiftFormat: LockfileFormat = {
  id: 'swiftpm',
  ecosystem: 'SwiftURL',
  matches: (path) => basename(path) === 'Package.resolved',
  parse: parsePackageResolved,
};
