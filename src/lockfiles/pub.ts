import { isMap, isScalar, LineCounter, parseDocument, type Node, type YAMLMap } from 'yaml';
import { LockfileParseError, truncate } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { basename } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * Dart/Flutter `pubspec.lock` (https://dart.dev/tools/pub/glossary#lockfile): YAML with
 * `packages: { <name>: { dependency, description, source, version } }` and `sdks:` constraints.
 * It has no format version field; its shape has been stable since Dart 2 (later pubs added
 * `sha256` to hosted descriptions, which is read when present).
 *
 * - dependency: "direct main" -> direct runtime, "direct dev" -> direct dev, "direct overridden" ->
 *   direct runtime (the lock file doesn't say whether the override replaces a main or a dev
 *   dependency: runtime is the safe side), "transitive" -> runtime (the lock file has no graph, so
 *   transitives of dev dependencies can't be told apart).
 * - source: hosted (pub.dev, or another server -> source 'url'), git (source 'git', its version with
 *   the resolved commit as ref), path: a folder of the repository, first-party code, not listed
 *   (one finding names them).
 * - source "sdk" (flutter, flutter_test, sky_engine…) is NOT listed: those packages ship inside the
 *   Flutter SDK, their `version` is a placeholder (0.0.0), and the real version is the SDK's, which
 *   the lock file doesn't record (only the `sdks:` constraint). Listing `flutter 0.0.0` would be a
 *   wrong identification; a finding names each one, so the SDK is tracked as its own SOUP item.
 *
 * Parsed with the failsafe schema so every scalar stays text (a version is never turned into a number).
 */

const DEFAULT_HOSTS = new Set([
  'https://pub.dev',
  'https://pub.dartlang.org',
  'https://pub.dev/',
  'https://pub.dartlang.org/',
]);

const DEPENDENCY_KINDS: Record<string, { direct: boolean; scope: Scope }> = {
  'direct main': { direct: true, scope: 'runtime' },
  'direct dev': { direct: true, scope: 'dev' },
  'direct overridden': { direct: true, scope: 'runtime' },
  transitive: { direct: false, scope: 'runtime' },
};

function stringAt(map: YAMLMap, key: string): string | undefined {
  const node = map.get(key, true);
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

function parsePubspecLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const lineCounter = new LineCounter();
  const document = parseDocument(input.text, { schema: 'failsafe', lineCounter, prettyErrors: false });
  const error = document.errors[0];
  if (error) {
    throw new LockfileParseError(
      file,
      error.linePos?.[0]?.line,
      // The yaml library quotes the offending token whole; a 50 kB token must not become the message.
      `invalid YAML: ${truncate(error.message.split('\n')[0]!, 200)}`,
    );
  }
  const lineOf = (node: Node | null | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  const root = document.contents;
  if (!isMap(root)) throw new LockfileParseError(file, 1, 'expected a YAML mapping with "packages"');
  const packagesNode = root.get('packages', true) as Node | undefined;
  // `packages:` with nothing after it: a project without dependencies.
  if (packagesNode === undefined || (isScalar(packagesNode) && packagesNode.value === '')) {
    if (!root.has('sdks'))
      throw new LockfileParseError(file, 1, 'not a pubspec.lock: no "packages" or "sdks"');
    return { format: 'pubspec-lock', packages: [], findings: [] };
  }
  if (!isMap(packagesNode)) {
    throw new LockfileParseError(file, lineOf(packagesNode), 'expected "packages" to be a mapping');
  }

  const findings: Finding[] = [];
  const packages: Package[] = [];
  const firstParty: FirstParty[] = [];
  for (const pair of packagesNode.items) {
    const keyNode = pair.key as Node | null;
    const line = lineOf(keyNode);
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string' || keyNode.value === '') {
      throw new LockfileParseError(file, line, 'expected a package name');
    }
    const name = keyNode.value;
    const entry = pair.value as Node | null;
    if (!isMap(entry)) throw new LockfileParseError(file, line, `expected package "${name}" to be a mapping`);
    const version = stringAt(entry, 'version');
    const source = stringAt(entry, 'source');
    const dependency = stringAt(entry, 'dependency');
    if (version === undefined || version === '') {
      throw new LockfileParseError(file, line, `package "${name}" has no "version"`);
    }
    if (source === undefined) throw new LockfileParseError(file, line, `package "${name}" has no "source"`);
    const report = (message: string): void => {
      findings.push({ lockfile: file, ...(line !== undefined ? { line } : {}), message });
    };

    if (source === 'sdk') {
      const sdk = stringAt(entry, 'description') ?? 'an SDK';
      report(
        `${name}: part of the ${sdk} SDK (pubspec.lock records no real version for it); track the SDK itself, not listed`,
      );
      continue;
    }
    const description = entry.get('description', true);
    const details = isMap(description) ? description : undefined;
    let origin: string | undefined;
    let integrity: string | undefined;
    let git: VcsPin | undefined;
    switch (source) {
      case 'hosted': {
        const url = details && stringAt(details, 'url');
        if (url !== undefined && !DEFAULT_HOSTS.has(url)) origin = 'url';
        const sha256 = details && stringAt(details, 'sha256');
        if (sha256) integrity = `sha256:${sha256}`;
        break;
      }
      case 'git': {
        origin = 'git';
        const commit = details && stringAt(details, 'resolved-ref');
        const url = details && stringAt(details, 'url');
        // The commit pins a git package; its pubspec `version` alone may stay the same across commits.
        if (commit) git = { url: url ?? '', commit: commit.toLowerCase() };
        break;
      }
      case 'path':
        firstParty.push({ name, folder: (details && stringAt(details, 'path')) ?? '?', line });
        continue;
      default:
        origin = source;
        report(`${name}: unknown source "${source}"; listed as from "${source}"`);
    }

    const kind =
      dependency !== undefined && Object.hasOwn(DEPENDENCY_KINDS, dependency)
        ? DEPENDENCY_KINDS[dependency]
        : undefined;
    if (!kind)
      report(
        `${name}: unknown dependency kind ${JSON.stringify(dependency ?? null)}; listed, direct unknown`,
      );
    packages.push({
      ecosystem: 'Pub',
      name,
      version,
      purl: makePurl('Pub', name, version, git),
      direct: kind ? kind.direct : null,
      scope: kind ? kind.scope : 'runtime',
      lockfile: file,
      ...(integrity !== undefined ? { integrity } : {}),
      ...(origin !== undefined ? { source: origin } : {}),
      ...(git !== undefined ? { ref: git.commit } : {}),
    });
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: 'pubspec-lock', packages, findings };
}

export const pubFormat: LockfileFormat = {
  id: 'pub',
  ecosystem: 'Pub',
  matches: (path) => basename(path) === 'pubspec.lock',
  parse: parsePubspecLock,
};
