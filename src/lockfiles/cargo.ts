import { parse as parseToml, TomlError } from 'smol-toml';
import { LockfileParseError } from './errors.js';
import { basename } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile } from './types.js';

/**
 * Cargo.lock, format versions 1 to 4 (cargo's src/cargo/core/resolver/encode.rs):
 * - v1 (until Rust 1.40): no `version` key, dependencies written `name version (source)`, checksums
 *   in a `[metadata]` table keyed `checksum name version (source)`; very old files also carry the
 *   root crate in a `[root]` table.
 * - v2 (Rust 1.41): still no `version` key; checksums move into each `[[package]]` and dependencies
 *   shrink to `name` or `name version` when the name alone is ambiguous.
 * - v3 (`version = 3`), v4 (`version = 4`): same shape, differing only in how git refs are encoded.
 *
 * Packages without `source` are the project's own crates (workspace members, or path dependencies,
 * which Cargo.lock can't tell apart): not SOUP, so not listed; the crates they depend on are the direct
 * ones. Cargo.lock doesn't record whether a dependency is a normal, build or dev dependency (that is
 * in each Cargo.toml), so every crate is scope 'runtime': the conservative reading for a gate.
 * A git crate keeps its version, with the commit after `#` in its source as ref.
 */

const CRATES_IO = new Set([
  'registry+https://github.com/rust-lang/crates.io-index',
  'sparse+https://index.crates.io/',
]);
const SUPPORTED = [1, 2, 3, 4];

interface RawCrate {
  name: string;
  version: string;
  source?: string;
  checksum?: string;
  dependencies: string[];
  line: number | undefined;
}

function fail(file: string, line: number | undefined, detail: string): never {
  throw new LockfileParseError(file, line, detail);
}

/** Lines of the `[[package]]` headers, in order: smol-toml keeps no positions, so errors point at these. */
function findPackageLines(text: string): number[] {
  const lines: number[] = [];
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    if (/^\s*\[\[\s*package\s*\]\]/.test(all[i] as string)) lines.push(i + 1);
  }
  return lines;
}

function readString(
  file: string,
  line: number | undefined,
  table: Record<string, unknown>,
  key: string,
  required: true,
): string;
function readString(
  file: string,
  line: number | undefined,
  table: Record<string, unknown>,
  key: string,
  required: false,
): string | undefined;
function readString(
  file: string,
  line: number | undefined,
  table: Record<string, unknown>,
  key: string,
  required: boolean,
): string | undefined {
  const value = table[key];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string' || value === '')
    fail(file, line, `package "${key}" must be a non-empty string`);
  return value;
}

function readCrate(file: string, value: unknown, line: number | undefined): RawCrate {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(file, line, 'expected [[package]] to be a table');
  const table = value as Record<string, unknown>;
  const dependencies = table.dependencies ?? [];
  if (!Array.isArray(dependencies) || !dependencies.every((d): d is string => typeof d === 'string')) {
    fail(file, line, 'package "dependencies" must be an array of strings');
  }
  const source = readString(file, line, table, 'source', false);
  const checksum = readString(file, line, table, 'checksum', false);
  return {
    name: readString(file, line, table, 'name', true),
    version: readString(file, line, table, 'version', true),
    ...(source !== undefined ? { source } : {}),
    ...(checksum !== undefined ? { checksum } : {}),
    dependencies,
    line,
  };
}

/** `name`, `name version` or `name version (source)`, as each format version writes a dependency. */
function parseReference(reference: string): { name: string; version?: string; source?: string } {
  const match = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(reference.trim());
  if (!match) return { name: reference };
  return {
    name: match[1] as string,
    ...(match[2] ? { version: match[2] } : {}),
    ...(match[3] ? { source: match[3] } : {}),
  };
}

function describeSource(source: string): { source?: string; git?: VcsPin } {
  if (CRATES_IO.has(source)) return {};
  if (source.startsWith('git+')) {
    // The commit after `#` pins the code; git crates carry no checksum.
    const hash = source.lastIndexOf('#');
    return {
      source: 'git',
      ...(hash !== -1 && hash < source.length - 1
        ? { git: { url: source, commit: source.slice(hash + 1).toLowerCase() } }
        : {}),
    };
  }
  if (source.startsWith('registry+') || source.startsWith('sparse+')) return { source: 'registry' };
  return { source: 'url' };
}

function parseCargoLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(input.text) as Record<string, unknown>;
  } catch (error) {
    if (error instanceof TomlError) fail(file, error.line, `invalid TOML: ${error.message.split('\n')[0]}`);
    fail(file, undefined, `invalid TOML: ${error instanceof Error ? error.message : String(error)}`);
  }
  const findings: Finding[] = [];
  const headerLines = findPackageLines(input.text);
  const rawPackages = doc.package ?? [];
  if (!Array.isArray(rawPackages)) fail(file, headerLines[0], 'expected [[package]] entries');
  const crates = rawPackages.map((value, index) => readCrate(file, value, headerLines[index]));
  if (doc.root !== undefined) crates.push(readCrate(file, doc.root, undefined));

  const metadata = doc.metadata ?? {};
  if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata))
    fail(file, undefined, 'expected [metadata] to be a table');
  const metadataChecksums = new Map<string, string>();
  for (const [key, value] of Object.entries(metadata)) {
    if (key.startsWith('checksum ') && typeof value === 'string' && value !== '<none>')
      metadataChecksums.set(key.slice(9), value);
  }

  let version: number;
  if (doc.version === undefined) {
    const v1 =
      metadataChecksums.size > 0 ||
      doc.root !== undefined ||
      crates.some((c) => c.dependencies.some((d) => d.includes(' (')));
    version = v1 ? 1 : 2;
  } else if (typeof doc.version === 'number' && SUPPORTED.includes(doc.version) && doc.version >= 3) {
    version = doc.version;
  } else {
    fail(
      file,
      lineOfVersion(input.text),
      `unsupported Cargo.lock version ${JSON.stringify(doc.version)} (supported: 1, 2, 3, 4)`,
    );
  }
  if (doc.patch !== undefined) {
    findings.push({
      lockfile: file,
      message: 'Cargo.lock lists unused [patch] entries; they are not built and are not listed',
    });
  }

  const byName = new Map<string, RawCrate[]>();
  for (const crate of crates) {
    const list = byName.get(crate.name);
    if (list) list.push(crate);
    else byName.set(crate.name, [crate]);
  }
  const resolve = (reference: string): RawCrate[] => {
    const ref = parseReference(reference);
    return (byName.get(ref.name) ?? []).filter(
      (c) =>
        (ref.version === undefined || c.version === ref.version) &&
        (ref.source === undefined || c.source === ref.source),
    );
  };
  const local = crates.filter((crate) => crate.source === undefined);
  const direct = new Set<RawCrate>();
  for (const member of local) {
    for (const reference of member.dependencies) {
      const candidates = resolve(reference);
      if (candidates.length === 1) direct.add(candidates[0] as RawCrate);
      else {
        findings.push({
          lockfile: file,
          ...(member.line !== undefined ? { line: member.line } : {}),
          message: `dependency "${reference}" of ${member.name} ${candidates.length === 0 ? 'matches no package' : 'is ambiguous'}: direct/transitive not settled for it`,
        });
        for (const candidate of candidates) direct.add(candidate);
      }
    }
  }

  const packages = new Map<string, Package>();
  for (const crate of crates) {
    if (crate.source === undefined) continue;
    const key = `${crate.name}\u0000${crate.version}\u0000${crate.source}`;
    if (packages.has(key)) continue;
    const origin = describeSource(crate.source);
    const checksum =
      crate.checksum ?? metadataChecksums.get(`${crate.name} ${crate.version} (${crate.source})`);
    packages.set(key, {
      ecosystem: 'crates.io',
      name: crate.name,
      version: crate.version,
      purl: makePurl('crates.io', crate.name, crate.version, origin.git),
      direct: local.length === 0 ? null : direct.has(crate),
      scope: 'runtime',
      lockfile: file,
      ...(checksum !== undefined ? { integrity: checksum } : {}),
      ...(origin.source !== undefined ? { source: origin.source } : {}),
      ...(origin.git !== undefined ? { ref: origin.git.commit } : {}),
      // Edges to workspace crates (no source) lead to the project itself, not to a SOUP item.
      dependencies: [
        ...new Set(
          crate.dependencies.flatMap((reference) => {
            const found = resolve(reference);
            const target = found.length === 1 ? found[0]! : undefined;
            if (target?.source === undefined) return [];
            return [makePurl('crates.io', target.name, target.version, describeSource(target.source).git)];
          }),
        ),
      ].sort(),
    });
  }
  if (local.length === 0 && packages.size > 0) {
    findings.push({
      lockfile: file,
      message: 'no workspace crate (a package without source) found: direct/transitive unknown',
    });
  }
  return { format: `cargo-v${version}`, packages: [...packages.values()], findings };
}

function lineOfVersion(text: string): number | undefined {
  const index = text.split('\n').findIndex((line) => /^\s*version\s*=/.test(line));
  return index === -1 ? undefined : index + 1;
}

export const cargoFormat: LockfileFormat = {
  id: 'cargo',
  ecosystem: 'crates.io',
  matches: (path) => basename(path) === 'Cargo.lock',
  parse: parseCargoLock,
};
