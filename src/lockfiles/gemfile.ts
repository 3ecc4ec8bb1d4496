import { LockfileParseError } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { basename } from './paths.js';
import { makePurl, type VcsPin } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile } from './types.js';
import { rubygemsScheme } from '../versions/rubygems.js';

/**
 * Gemfile.lock / gems.locked, as Bundler's LockfileParser (bundler/lib/bundler/lockfile_parser.rb)
 * reads it. Hand-written: the format is Bundler's own indentation-based text, and no maintained
 * JavaScript parser for it exists. Sections:
 * - GEM, GIT, PATH, PLUGIN SOURCE: `remote:`/`revision:`… options at 2 spaces, `specs:`, then one
 *   spec per line at 4 spaces `name (version[-platform])` with its dependencies at 6 spaces. A gem
 *   locked for several platforms is one package per name@version (the platform is not a version).
 * - DEPENDENCIES: what the Gemfile declares (`name`, `name (~> 1.0)`, `name!`): the direct gems.
 * - CHECKSUMS (Bundler 2.5+): `name (version[-platform]) sha256=…`, used as integrity.
 * - PLATFORMS, RUBY VERSION, BUNDLED WITH: metadata, not packages.
 * A PATH source is a folder of the repository (`.` is the project's own gemspec, others are engines
 * or vendored gems): first-party code, not listed (said in one finding), and the gems it depends on
 * are direct. A GIT gem keeps its version, with the `revision` as its ref. Gemfile.lock records no
 * groups, so every gem is scope 'runtime' (the conservative reading).
 */

const DEFAULT_REMOTES = new Set([
  'https://rubygems.org/',
  'http://rubygems.org/',
  'https://rubygems.org',
  'http://rubygems.org',
  'https://index.rubygems.org/',
]);
const SOURCE_SECTIONS = new Set(['GEM', 'GIT', 'PATH', 'PLUGIN SOURCE']);
const METADATA_SECTIONS = new Set(['PLATFORMS', 'RUBY VERSION', 'BUNDLED WITH']);

// Bundler's NAME_VERSION: the version runs to the first `-`, the rest is the platform.
const SPEC = /^ {4}(\S+) \(([^-)\s]+)(?:-([^)\s]+))?\)$/;
const DEPENDENCY = /^ {2}(\S+?)(?: \(([^)]*)\))?(!)?$/;
const NESTED_DEPENDENCY = /^ {6}(\S+)(?: \(([^)]*)\))?$/;
const CHECKSUM = /^ {2}(\S+) \(([^-)\s]+)(?:-([^)\s]+))?\)(?: (\S+))?$/;

interface SourceSection {
  kind: string;
  line: number;
  options: Map<string, string[]>;
}

interface Spec {
  name: string;
  version: string;
  line: number;
  section: SourceSection;
  dependencies: string[];
}

function fail(file: string, line: number, detail: string): never {
  throw new LockfileParseError(file, line, detail);
}

function classifySource(section: SourceSection): { source?: string; git?: VcsPin; folder?: string } {
  const remotes = section.options.get('remote') ?? [];
  switch (section.kind) {
    case 'GEM':
      return remotes.length === 0 || remotes.some((r) => DEFAULT_REMOTES.has(r))
        ? {}
        : { source: 'registry' };
    case 'GIT': {
      // The revision pins the code; git gems have no checksum.
      const revision = section.options.get('revision')?.[0];
      const remote = remotes[0];
      return {
        source: 'git',
        ...(revision && remote !== undefined ? { git: { url: remote, commit: revision.toLowerCase() } } : {}),
      };
    }
    case 'PATH':
      return { folder: remotes[0] ?? '.' };
    default:
      return { source: 'plugin' };
  }
}

function parseGemfileLock(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const findings: Finding[] = [];
  const lines = input.text.split('\n');
  const specs: Spec[] = [];
  const declared = new Map<string, number>();
  const checksums = new Map<string, { platform: string | undefined; value: string }[]>();
  let sawDependencies = false;
  let bundledWith: string | undefined;

  let section: string | undefined;
  let source: SourceSection | undefined;
  let inSpecs = false;
  let spec: Spec | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const text = (lines[index] as string).replace(/\r$/, '');
    if (text.trim() === '') continue;
    if (!text.startsWith(' ')) {
      section = text.trim();
      source = undefined;
      inSpecs = false;
      spec = undefined;
      if (SOURCE_SECTIONS.has(section)) source = { kind: section, line, options: new Map() };
      else if (section === 'DEPENDENCIES') sawDependencies = true;
      else if (section !== 'CHECKSUMS' && !METADATA_SECTIONS.has(section)) {
        findings.push({
          lockfile: file,
          line,
          message: `unknown Gemfile.lock section "${section}" passed over`,
        });
      }
      continue;
    }
    if (section === undefined) fail(file, line, 'indented line before any section header');
    if (source) {
      const option = /^ {2}([a-z_]+):(?: (.*))?$/.exec(text);
      if (option) {
        const key = option[1] as string;
        if (key === 'specs') {
          inSpecs = true;
          continue;
        }
        const values = source.options.get(key) ?? [];
        values.push((option[2] ?? '').trim());
        source.options.set(key, values);
        continue;
      }
      const specMatch = SPEC.exec(text);
      if (specMatch && inSpecs) {
        const [, name, version] = specMatch as unknown as [string, string, string];
        if (rubygemsScheme.parse(version) === null)
          fail(file, line, `invalid gem version "${version}" for ${name}`);
        spec = { name, version, line, section: source, dependencies: [] };
        specs.push(spec);
        continue;
      }
      const nested = NESTED_DEPENDENCY.exec(text);
      if (nested && spec) {
        spec.dependencies.push(nested[1] as string);
        continue;
      }
      fail(file, line, `unexpected line in ${section} section: ${JSON.stringify(text.slice(0, 80))}`);
    }
    if (section === 'DEPENDENCIES') {
      const match = DEPENDENCY.exec(text);
      if (!match) fail(file, line, `unexpected line in DEPENDENCIES: ${JSON.stringify(text.slice(0, 80))}`);
      if (!declared.has(match[1] as string)) declared.set(match[1] as string, line);
    } else if (section === 'CHECKSUMS') {
      const match = CHECKSUM.exec(text);
      if (!match) fail(file, line, `unexpected line in CHECKSUMS: ${JSON.stringify(text.slice(0, 80))}`);
      const [, name, version, platform, sums] = match as unknown as [
        string,
        string,
        string,
        string | undefined,
        string | undefined,
      ];
      if (sums === undefined) continue;
      const key = `${name}\u0000${version}`;
      const list = checksums.get(key) ?? [];
      // Several algorithms are joined with `,`; the first (sorted, so sha256 before sha512) is enough.
      list.push({ platform, value: sums.split(',')[0] as string });
      checksums.set(key, list);
    } else if (section === 'BUNDLED WITH') {
      bundledWith = text.trim();
    }
  }

  const direct = new Set(declared.keys());
  const firstParty: FirstParty[] = [];
  for (const own of specs) {
    const folder = classifySource(own.section).folder;
    if (folder === undefined) continue;
    for (const dependency of own.dependencies) direct.add(dependency);
    // The project's own gemspec goes without saying; any other folder is named.
    if (folder !== '.' && folder !== './') firstParty.push({ name: own.name, folder, line: own.line });
  }
  const packages = new Map<string, Package>();
  const locked = new Set<string>();
  // What each listed gem depends on, as the lockfile states it (platform builds of one gem joined).
  const needs = new Map<Package, Set<string>>();
  for (const s of specs) {
    locked.add(s.name);
    const origin = classifySource(s.section);
    if (origin.folder !== undefined) continue;
    const key = `${s.name}\u0000${s.version}\u0000${s.section.kind}\u0000${s.section.line}`;
    const seen = packages.get(key);
    if (seen) {
      for (const dependency of s.dependencies) needs.get(seen)!.add(dependency);
      continue;
    }
    const sums = checksums.get(`${s.name}\u0000${s.version}`) ?? [];
    // One checksum per platform build: the pure-Ruby one identifies the release; with several
    // platform builds and no pure-Ruby one, no single value does.
    const checksum =
      sums.find((c) => c.platform === undefined)?.value ?? (sums.length === 1 ? sums[0]?.value : undefined);
    const integrity = origin.git === undefined ? checksum : undefined;
    packages.set(key, {
      ecosystem: 'RubyGems',
      name: s.name,
      version: s.version,
      purl: makePurl('RubyGems', s.name, s.version, origin.git),
      direct: sawDependencies ? direct.has(s.name) : null,
      scope: 'runtime',
      lockfile: file,
      ...(integrity !== undefined ? { integrity } : {}),
      ...(origin.source !== undefined ? { source: origin.source } : {}),
      ...(origin.git !== undefined ? { ref: origin.git.commit } : {}),
    });
    needs.set(packages.get(key)!, new Set(s.dependencies));
  }
  addGemEdges(needs);
  findings.push(...reportFirstParty(file, firstParty));
  if (!sawDependencies) {
    findings.push({ lockfile: file, message: 'no DEPENDENCIES section: direct/transitive unknown' });
  }
  for (const [name, line] of declared) {
    if (!locked.has(name)) {
      findings.push({
        lockfile: file,
        line,
        message: `${name} is declared but has no locked spec (e.g. a gem for platforms this lockfile doesn't cover)`,
      });
    }
  }
  if (specs.length === 0 && !sawDependencies)
    fail(file, 1, 'no GEM, GIT, PATH or DEPENDENCIES section: not a Gemfile.lock');
  return {
    format: bundledWith ? `bundler-${bundledWith}` : 'bundler',
    packages: [...packages.values()],
    findings,
  };
}

/**
 * The graph as Bundler locked it: a gem's nested lines name gems, and Bundler resolves one version
 * per name, so a name is one item (platform builds share its purl). A name that is a PATH gem (the
 * project's own code) or not locked at all is no edge to a SOUP item.
 */
function addGemEdges(needs: ReadonlyMap<Package, ReadonlySet<string>>): void {
  const byName = new Map<string, Set<string>>();
  for (const pkg of needs.keys()) {
    const purls = byName.get(pkg.name) ?? new Set<string>();
    purls.add(pkg.purl);
    byName.set(pkg.name, purls);
  }
  for (const [pkg, names] of needs)
    pkg.dependencies = [...new Set([...names].flatMap((name) => [...(byName.get(name) ?? [])]))].sort();
}

export const gemfileFormat: LockfileFormat = {
  id: 'bundler',
  ecosystem: 'RubyGems',
  matches: (path) => {
    const name = basename(path);
    return name === 'Gemfile.lock' || name === 'gems.locked';
  },
  parse: parseGemfileLock,
};
