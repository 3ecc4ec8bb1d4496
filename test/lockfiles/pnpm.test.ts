import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { diffInventories } from '../../src/inventory/diff.js';
import { buildInventory } from '../../src/inventory/inventory.js';
import { findFormat } from '../support/all-formats.js';
import { pnpmFormat } from '../../src/lockfiles/pnpm.js';
import type { LockfileInput, Package, ParsedLockfile } from '../../src/lockfiles/types.js';
import { CORPUS_DIR, hasCorpus } from '../support/corpus.js';
import { expectParserContract } from './parser-contract.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/pnpm');

function fixture(dir: string): LockfileInput {
  return { path: 'pnpm-lock.yaml', text: readFileSync(join(FIXTURES, dir, 'pnpm-lock.yaml'), 'utf8') };
}

function parse(text: string, path = 'pnpm-lock.yaml'): ParsedLockfile {
  return pnpmFormat.parse({ path, text });
}

/** `name@version direct|transitive scope [source]`, sorted: one line per SOUP item. */
function summary(parsed: ParsedLockfile): string[] {
  return parsed.packages
    .map(
      (p) =>
        `${p.name}@${p.version} ${p.direct ? 'direct' : 'transitive'} ${p.scope}${p.source ? ` ${p.source}` : ''}`,
    )
    .sort();
}

function find(parsed: ParsedLockfile, name: string, version: string): Package {
  const found = parsed.packages.find((p) => p.name === name && p.version === version);
  if (!found) throw new Error(`${name}@${version} not in ${summary(parsed).join(', ')}`);
  return found;
}

function captureError(fn: () => unknown): LockfileParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof LockfileParseError) return error;
    throw error;
  }
  throw new Error('expected a LockfileParseError');
}

// test/fixtures/pnpm/*-single: one project (package.json beside the lockfile) with a runtime
// dependency and its transitive ms, an npm: alias (ms-old -> ms@2.0.0), a package with a peer
// (use-sync-external-store + react), a registry tarball URL, a vendored file: tarball, a file:
// folder, dev dependencies (ms@2.1.2 is also debug's runtime dependency, so runtime wins) and an
// optional dependency with its own transitive tree. Locked by the real pnpm 4, 5, 7, 8 and 9.
// The file: folder local-dir is first-party code: not listed, and its js-tokens is direct.
const SINGLE: readonly string[] = [
  'debug@4.3.4 direct runtime',
  'is-buffer@1.1.6 transitive optional',
  'is-even@1.0.0 direct optional',
  'is-number@3.0.0 transitive optional',
  'is-number@6.0.0 transitive dev',
  'is-number@7.0.0 direct runtime file', // file:vendor/is-number-7.0.0.tgz
  'is-odd@0.1.2 transitive optional',
  'is-odd@3.0.1 direct dev',
  'js-tokens@4.0.0 direct runtime', // loose-envify's, and what the first-party local-dir declares
  'kind-of@3.2.2 transitive optional',
  'left-pad@1.3.0 direct runtime', // declared as a registry tarball URL: pnpm resolves it as a registry package
  'loose-envify@1.4.0 transitive runtime',
  'ms@2.0.0 direct runtime', // the npm: alias ms-old
  'ms@2.1.2 direct runtime', // a direct dev dependency, and debug's runtime one
  'react@18.2.0 direct runtime',
  'use-sync-external-store@1.2.0 direct runtime', // one item for the peer variant `(react@18.2.0)`
].sort();

const LOCAL_DIR_FINDING =
  '1 package resolves from local folders: first-party code, not SOUP, so not listed: local-dir (local-dir)';

// test/fixtures/pnpm/*-workspace and pnpm10-catalog: a root and two projects; @fx/app depends on
// @fx/lib through `workspace:^` (a link: in the lockfile, project code, not SOUP), @fx/lib needs
// react as a peer and a dev dependency, @fx/app as a runtime one. pnpm10-catalog declares ms and
// react through `catalog:` and `catalog:react18`.
const WORKSPACE = [
  'debug@4.3.4 direct runtime',
  'is-number@7.0.0 direct dev',
  'js-tokens@4.0.0 transitive runtime',
  'loose-envify@1.4.0 transitive runtime',
  'ms@2.1.2 transitive runtime',
  'ms@2.1.3 direct runtime',
  'react@18.2.0 direct runtime',
];

describe('pnpm-lock.yaml from the real pnpm 4, 5, 7, 8, 9, 10 and 11', () => {
  it.each([
    ['pnpm7-single', 'pnpm-v5.4'],
    ['pnpm8-single', 'pnpm-v6.0'],
    ['pnpm9-single', 'pnpm-v9.0'],
  ])('%s (%s) lists every name@version once with direct, scope and source', (dir, format) => {
    const parsed = pnpmFormat.parse(fixture(dir));
    expect(parsed.format).toBe(format);
    expect(summary(parsed)).toEqual(SINGLE);
    expect(parsed.findings.map((f) => f.message)).toEqual([LOCAL_DIR_FINDING]);
  });

  it.each([
    ['pnpm4-single', 'pnpm-v5.1'],
    ['pnpm5-single', 'pnpm-v5.2'],
  ])('%s (%s): lockfile 5.1 and 5.2 read as 5.3; the linked folder is first-party', (dir, format) => {
    const parsed = pnpmFormat.parse(fixture(dir));
    expect(parsed.format).toBe(format);
    // pnpm 4 and 5 link a file: folder instead of copying it, so its own dependencies are not locked.
    expect(summary(parsed)).toEqual(
      SINGLE.filter(
        (row) => !row.startsWith('js-tokens') && !row.startsWith('loose-envify') && !row.startsWith('react'),
      )
        .concat([
          'js-tokens@4.0.0 transitive runtime',
          'loose-envify@1.4.0 transitive runtime',
          'react@18.2.0 direct runtime',
        ])
        .sort(),
    );
    expect(parsed.findings.map((f) => f.message)).toEqual([LOCAL_DIR_FINDING]);
  });

  it.each(['5', '5.0'])('accepts bare lockfileVersion %s (pnpm 3) as the 5.x shape', (version) => {
    const text = readFileSync(join(FIXTURES, 'pnpm4-single', 'pnpm-lock.yaml'), 'utf8').replace(
      'lockfileVersion: 5.1',
      `lockfileVersion: ${version}`,
    );
    const parsed = parse(text);
    expect(parsed.format).toBe(`pnpm-v${version}`);
    expect(summary(parsed)).toEqual(summary(pnpmFormat.parse(fixture('pnpm4-single'))));
  });

  it.each([
    ['pnpm7-workspace', 'pnpm-v5.4'],
    ['pnpm8-workspace', 'pnpm-v6.0'],
    ['pnpm9-workspace', 'pnpm-v9.0'],
    ['pnpm10-catalog', 'pnpm-v9.0'],
  ])('%s (%s): workspace links are project code, scopes come from each importer', (dir, format) => {
    const parsed = pnpmFormat.parse(fixture(dir));
    expect(parsed.format).toBe(format);
    expect(summary(parsed)).toEqual(WORKSPACE);
    expect(parsed.findings).toEqual([]);
    expect(parsed.packages.some((p) => p.name.startsWith('@fx/'))).toBe(false);
  });

  it('pnpm 11 (two YAML documents): the env lockfile pins the package manager and config dependencies as dev tooling', () => {
    const parsed = pnpmFormat.parse(fixture('pnpm11-env-single'));
    expect(parsed.format).toBe('pnpm-v9.0');
    const rows = summary(parsed);
    // From the env document: pnpm, its executable and that one's platform binaries, all build tooling.
    expect(rows).toEqual(
      expect.arrayContaining([
        'pnpm@11.28.6 direct dev',
        '@pnpm/exe@11.28.6 direct dev',
        '@pnpm/linux-x64@11.28.6 transitive dev',
        'detect-libc@2.1.2 transitive dev',
      ]),
    );
    // From the project document, as any pnpm 9 lockfile; ms@2.1.3 is both the config dependency
    // (dev) and what the first-party local-dir needs (runtime): one item, runtime.
    expect(rows.filter((row) => !/^(@pnpm|@reflink|pnpm@|detect-libc)/.test(row))).toEqual([
      'debug@4.3.4 direct runtime',
      'is-number@6.0.0 transitive optional',
      'is-number@7.0.0 direct dev',
      'is-odd@3.0.1 direct optional',
      'ms@2.1.2 transitive runtime',
      'ms@2.1.3 direct runtime',
    ]);
    expect(parsed.findings).toEqual([
      {
        lockfile: 'pnpm-lock.yaml',
        line: 203, // in the second document: lines count from the top of the file
        message:
          '2 packages resolve from local folders: first-party code, not SOUP, so not listed: local-dir (local-dir), linked (linked)',
      },
    ]);
  });

  it('pnpm 11 workspace: the env document beside importers, catalogs and workspace links', () => {
    const parsed = pnpmFormat.parse(fixture('pnpm11-env-workspace'));
    const rows = summary(parsed).filter((row) => !/^(@pnpm|@reflink|detect-libc)/.test(row));
    expect(rows).toEqual([
      'debug@4.3.4 direct runtime', // catalog: in packages/app
      'is-number@6.0.0 transitive dev',
      'is-number@7.0.0 direct dev',
      'is-odd@3.0.1 direct dev',
      'ms@2.1.2 transitive runtime',
      'ms@2.1.3 direct runtime',
      'pnpm@11.28.6 direct dev',
    ]);
    expect(parsed.packages.some((p) => p.name.startsWith('@ws/'))).toBe(false);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: local-tool (tools/local-tool)',
    ]);
  });

  it('pnpm 11: a commit that only moves the pinned package manager is a dev update of pnpm, nothing else', async () => {
    const side = (dir: string) => buildInventory([{ path: 'pnpm-lock.yaml', text: fixture(dir).text }]);
    const changes = diffInventories(
      await side('pnpm11-env-single-pm-11.28.5'),
      await side('pnpm11-env-single'),
    ).changes;
    expect(changes.map((c) => `${c.name} ${c.from} -> ${c.to} ${c.bump} ${c.scope} ${c.direct}`)).toEqual([
      '@pnpm/exe 11.28.5 -> 11.28.6 patch dev true',
      '@pnpm/linux-x64 11.28.5 -> 11.28.6 patch dev false',
      'pnpm 11.28.5 -> 11.28.6 patch dev true',
    ]);
  });

  it('reports the real package behind an npm: alias, with its integrity and purl', () => {
    for (const dir of ['pnpm7-single', 'pnpm8-single', 'pnpm9-single']) {
      const parsed = pnpmFormat.parse(fixture(dir));
      expect(parsed.packages.some((p) => p.name === 'ms-old')).toBe(false);
      const ms = find(parsed, 'ms', '2.0.0');
      expect(ms).toEqual({
        ecosystem: 'npm',
        name: 'ms',
        version: '2.0.0',
        purl: 'pkg:npm/ms@2.0.0',
        direct: true,
        scope: 'runtime',
        lockfile: 'pnpm-lock.yaml',
        integrity:
          'sha512-Tpp60P6IUJDTuOq/5Z8cdskzJujfwqfOTkrwIwj7IRISpnkJnT6SyJ4PCPnGMoFjC9ddhal5KVIYtAt97ix05A==',
        // A leaf: the lockfile states it depends on nothing.
        dependencies: [],
      });
    }
  });

  it('keeps the integrity of a vendored tarball and the lockfile path given', () => {
    const parsed = pnpmFormat.parse({ ...fixture('pnpm9-single'), path: 'web/pnpm-lock.yaml' });
    const vendored = find(parsed, 'is-number', '7.0.0');
    expect(vendored.integrity).toBe(
      'sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==',
    );
    expect(vendored.source).toBe('file');
    expect(parsed.packages.every((p) => p.lockfile === 'web/pnpm-lock.yaml')).toBe(true);
  });

  it('builds scoped purls and claims only pnpm-lock.yaml paths', () => {
    const parsed = parse(
      v9({
        importers: { '.': { dependencies: { '@scope/pkg': { specifier: '^1', version: '1.0.0' } } } },
        packages: { '@scope/pkg@1.0.0': registry() },
        snapshots: { '@scope/pkg@1.0.0': {} },
      }),
    );
    expect(find(parsed, '@scope/pkg', '1.0.0').purl).toBe('pkg:npm/%40scope/pkg@1.0.0');
    expect(findFormat('pnpm-lock.yaml')).toBe(pnpmFormat);
    expect(findFormat('apps/web/pnpm-lock.yaml')).toBe(pnpmFormat);
    expect(pnpmFormat.matches('pnpm-lock.yml')).toBe(false);
    expect(pnpmFormat.matches('pnpm-workspace.yaml')).toBe(false);
  });
});

// Builders: lockfiles written as JSON, which is YAML too (and keeps `__proto__` a key).
type Doc = Record<string, unknown>;
function registry(integrity = 'sha512-AAAA'): Doc {
  return { resolution: { integrity } };
}
function v9(doc: Doc): string {
  return JSON.stringify({ lockfileVersion: '9.0', ...doc });
}
function v6(doc: Doc): string {
  return JSON.stringify({ lockfileVersion: '6.0', ...doc });
}
function v5(doc: Doc): string {
  return `lockfileVersion: 5.4\n${jsYaml.dump(doc)}`;
}

describe('pnpm-lock.yaml shapes the fixtures do not cover', () => {
  it('v9: git and tarball resolutions take the version from the entry, the commit as ref, and say where they come from', () => {
    const gitSha = '0123abc'.padEnd(40, '0');
    const ghSha = '4567def'.padEnd(40, '1');
    const parsed = parse(
      v9({
        importers: {
          '.': {
            dependencies: {
              gitdep: {
                specifier: 'git+https://example.com/x/gitdep.git',
                version: `git+https://example.com/x/gitdep.git#${gitSha}`,
              },
              ghdep: {
                specifier: 'github:x/ghdep',
                version: `https://codeload.github.com/x/ghdep/tar.gz/${ghSha}`,
              },
              urldep: {
                specifier: 'https://example.com/urldep-2.0.0.tgz',
                version: 'https://example.com/urldep-2.0.0.tgz',
              },
            },
          },
        },
        packages: {
          [`gitdep@git+https://example.com/x/gitdep.git#${gitSha}`]: {
            resolution: { commit: gitSha, repo: 'https://example.com/x/gitdep.git', type: 'git' },
            version: '1.0.0',
          },
          [`ghdep@https://codeload.github.com/x/ghdep/tar.gz/${ghSha}`]: {
            resolution: { tarball: `https://codeload.github.com/x/ghdep/tar.gz/${ghSha}` },
            version: '3.1.0',
          },
          'urldep@https://example.com/urldep-2.0.0.tgz': {
            resolution: { integrity: 'sha512-URL', tarball: 'https://example.com/urldep-2.0.0.tgz' },
            version: '2.0.0',
          },
        },
        snapshots: {
          [`gitdep@git+https://example.com/x/gitdep.git#${gitSha}`]: {},
          [`ghdep@https://codeload.github.com/x/ghdep/tar.gz/${ghSha}`]: {},
          'urldep@https://example.com/urldep-2.0.0.tgz': {},
        },
      }),
    );
    expect(summary(parsed)).toEqual([
      'ghdep@3.1.0 direct runtime git',
      'gitdep@1.0.0 direct runtime git',
      'urldep@2.0.0 direct runtime url',
    ]);
    expect(find(parsed, 'urldep', '2.0.0').integrity).toBe('sha512-URL');
    expect(find(parsed, 'gitdep', '1.0.0').ref).toBe(gitSha);
    expect(find(parsed, 'ghdep', '3.1.0').ref).toBe(ghSha);
    expect(find(parsed, 'ghdep', '3.1.0').purl).toBe(
      `pkg:npm/ghdep@3.1.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fx%2Fghdep%40${ghSha}`,
    );
    expect(find(parsed, 'urldep', '2.0.0').ref).toBeUndefined();
    expect(parsed.findings).toEqual([]);
  });

  it('v9: a git dependency whose package.json has no version keeps its commit as the version', () => {
    const sha = 'c'.repeat(40);
    const parsed = parse(
      v9({
        importers: {
          '.': {
            dependencies: {
              nover: {
                specifier: 'github:x/nover',
                version: `https://codeload.github.com/x/nover/tar.gz/${sha}`,
              },
            },
          },
        },
        packages: {
          [`nover@https://codeload.github.com/x/nover/tar.gz/${sha}`]: {
            resolution: { tarball: `https://codeload.github.com/x/nover/tar.gz/${sha}` },
          },
        },
        snapshots: { [`nover@https://codeload.github.com/x/nover/tar.gz/${sha}`]: {} },
      }),
    );
    expect(parsed.packages).toMatchObject([
      { name: 'nover', version: sha, ref: sha, source: 'git', direct: true },
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('v5/v6: paths carrying a registry host are registry packages, from another registry when the host is not npm (osv-scanner exotic shapes)', () => {
    const parsed = parse(
      [
        'lockfileVersion: 5.3',
        'dependencies:',
        '  a: registry.npmjs.org/foo/1.1.0',
        '  b: registry.npmjs.org/@foo/bar/1.1.0',
        '  c: example.com/foo/1.3.0_bar@2.0.0',
        '  d: github.com/kevva/is-positive',
        'packages:',
        '  registry.npmjs.org/foo/1.1.0:',
        '    resolution: {integrity: sha512-F}',
        '  registry.npmjs.org/@foo/bar/1.1.0:',
        '    resolution: {integrity: sha512-B}',
        '  example.com/foo/1.3.0_bar@2.0.0:',
        '    resolution: {integrity: sha512-E}',
        '    dependencies:',
        '      bar: 2.0.0',
        '  /bar/2.0.0:',
        '    resolution: {integrity: sha512-R}',
        '  github.com/kevva/is-positive:',
        '    resolution: {tarball: https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f525f192a3f83cea1944765f769ae2678}',
        '  example.com:',
        '    resolution: {integrity: sha512-X}',
        '',
      ].join('\n'),
    );
    expect(summary(parsed)).toEqual([
      '@foo/bar@1.1.0 direct runtime',
      'bar@2.0.0 transitive runtime',
      'foo@1.1.0 direct runtime',
      'foo@1.3.0 direct runtime registry',
    ]);
    // github.com/kevva/is-positive names neither a semver version nor a name/version pair: said, not guessed.
    expect(parsed.findings.map((f) => [f.line, f.message])).toEqual([
      [18, 'cannot tell the name and exact version of github.com/kevva/is-positive; not listed'],
      [20, 'cannot tell the name and exact version of example.com; not listed'],
    ]);
    const v6Host = parse(
      v6({
        dependencies: { foo: { specifier: '^1', version: 'example.com/foo@1.3.0' } },
        packages: { 'example.com/foo@1.3.0': { ...registry(), dev: 'false' } },
      }),
    );
    expect(summary(v6Host)).toEqual(['foo@1.3.0 direct runtime registry']);
  });

  it('v6 and v5: non-registry entries carry name and version; a registry tarball URL stays a registry package', () => {
    const v6Parsed = parse(
      v6({
        dependencies: {
          ghdep: { specifier: 'github:x/ghdep', version: 'github.com/x/ghdep/4567def' },
          mirrored: { specifier: '^1', version: '1.0.0' },
        },
        packages: {
          'github.com/x/ghdep/4567def': {
            resolution: { tarball: 'https://codeload.github.com/x/ghdep/tar.gz/4567def' },
            name: 'ghdep',
            version: '3.1.0',
            dev: 'false',
          },
          '/mirrored@1.0.0': {
            resolution: { integrity: 'sha512-M', tarball: 'https://mirror.example.com/mirrored-1.0.0.tgz' },
            dev: 'false',
          },
        },
      }),
    );
    expect(summary(v6Parsed)).toEqual(['ghdep@3.1.0 direct runtime git', 'mirrored@1.0.0 direct runtime']);
    const v5Parsed = parse(
      v5({
        specifiers: { ghdep: 'github:x/ghdep' },
        dependencies: { ghdep: 'github.com/x/ghdep/4567def' },
        packages: {
          'github.com/x/ghdep/4567def': {
            resolution: { tarball: 'https://codeload.github.com/x/ghdep/tar.gz/4567def' },
            name: 'ghdep',
            version: '3.1.0',
            dev: false,
          },
        },
      }),
    );
    expect(summary(v5Parsed)).toEqual(['ghdep@3.1.0 direct runtime git']);
  });

  it('marks patched packages (v9 snapshot key, v6 version suffix, v5 `patched: true`)', () => {
    const patched9 = parse(
      v9({
        importers: {
          '.': { dependencies: { chokidar: { specifier: '^3', version: '3.6.0(patch_hash=abc)' } } },
        },
        packages: { 'chokidar@3.6.0': registry() },
        snapshots: { 'chokidar@3.6.0(patch_hash=abc)': {} },
      }),
    );
    expect(summary(patched9)).toEqual(['chokidar@3.6.0 direct runtime patch']);
    const patched6 = parse(
      v6({
        dependencies: { chokidar: { specifier: '^3', version: '3.5.3(patch_hash=abc)' } },
        packages: { '/chokidar@3.5.3(patch_hash=abc)': { ...registry(), dev: 'false' } },
      }),
    );
    expect(summary(patched6)).toEqual(['chokidar@3.5.3 direct runtime patch']);
    const patched5 = parse(
      v5({
        dependencies: { chokidar: '3.5.3_abc' },
        packages: { '/chokidar/3.5.3_abc': { ...registry(), patched: true, dev: false } },
      }),
    );
    expect(summary(patched5)).toEqual(['chokidar@3.5.3 direct runtime patch']);
  });

  it('v5: peer suffixes after `_` (scoped peers and hashes included) collapse to one package', () => {
    const parsed = parse(
      v5({
        importers: {
          '.': {
            specifiers: {},
            devDependencies: { '@typescript-eslint/parser': '5.22.0_eslint@8.15.0+typescript@4.6.4' },
          },
          'packages/a': {
            specifiers: {},
            dependencies: { '@typescript-eslint/parser': '5.22.0_9817cbad956b8aa5d1e3d9ec99e4a1e4' },
          },
        },
        packages: {
          '/@typescript-eslint/parser/5.22.0_eslint@8.15.0+typescript@4.6.4': {
            ...registry(),
            dependencies: { '@babel/core': '7.0.0' },
            dev: true,
          },
          '/@typescript-eslint/parser/5.22.0_9817cbad956b8aa5d1e3d9ec99e4a1e4': {
            ...registry(),
            dependencies: { '@babel/core': '7.0.0' },
          },
          '/@babel/core/7.0.0': registry(),
        },
      }),
    );
    expect(summary(parsed)).toEqual([
      '@babel/core@7.0.0 transitive runtime',
      '@typescript-eslint/parser@5.22.0 direct runtime',
    ]);
  });

  it('v9: scope by reachability, runtime wins, runtime through an optional edge is optional, dev stays dev', () => {
    const parsed = parse(
      v9({
        importers: {
          '.': {
            devDependencies: {
              tool: { specifier: '1', version: '1.0.0' },
              shared: { specifier: '1', version: '1.0.0' },
            },
          },
          'packages/app': { dependencies: { lib: { specifier: '1', version: '1.0.0(peer@1.0.0)' } } },
        },
        packages: {
          'tool@1.0.0': registry(),
          'shared@1.0.0': registry(),
          'lib@1.0.0': registry(),
          'peer@1.0.0': registry(),
          'native@1.0.0': registry(),
          'devnative@1.0.0': registry(),
        },
        snapshots: {
          'tool@1.0.0': { dependencies: { shared: '1.0.0' }, optionalDependencies: { devnative: '1.0.0' } },
          'shared@1.0.0': {},
          'lib@1.0.0(peer@1.0.0)': {
            dependencies: { shared: '1.0.0', peer: '1.0.0' },
            optionalDependencies: { native: '1.0.0' },
          },
          'peer@1.0.0': {},
          'native@1.0.0': { optional: 'true' },
          'devnative@1.0.0': { optional: 'true' },
        },
      }),
    );
    expect(summary(parsed)).toEqual([
      'devnative@1.0.0 transitive dev',
      'lib@1.0.0 direct runtime',
      'native@1.0.0 transitive optional',
      'peer@1.0.0 transitive runtime',
      'shared@1.0.0 direct runtime', // a root dev dependency, and lib's runtime one
      'tool@1.0.0 direct dev',
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('v5/v6: scope is what pnpm recorded with dev and optional', () => {
    const parsed = parse(
      v6({
        dependencies: { a: { specifier: '1', version: '1.0.0' } },
        devDependencies: { b: { specifier: '1', version: '1.0.0' } },
        optionalDependencies: { c: { specifier: '1', version: '1.0.0' } },
        packages: {
          '/a@1.0.0': { ...registry(), dependencies: { both: '1.0.0' }, dev: 'false' },
          '/b@1.0.0': { ...registry(), dependencies: { both: '1.0.0' }, dev: 'true' },
          '/c@1.0.0': { ...registry(), dev: 'false', optional: 'true' },
          '/both@1.0.0': registry(),
        },
      }),
    );
    expect(summary(parsed)).toEqual([
      'a@1.0.0 direct runtime',
      'b@1.0.0 direct dev',
      'both@1.0.0 transitive runtime',
      'c@1.0.0 direct optional',
    ]);
  });

  it('treats __proto__ and constructor as package names, not object internals', () => {
    const parsed = parse(
      v9({
        importers: {
          '.': {
            dependencies: JSON.parse(
              '{"__proto__": {"specifier": "1", "version": "1.0.0"}, "constructor": {"specifier": "1", "version": "2.0.0"}}',
            ),
          },
        },
        packages: JSON.parse(
          '{"__proto__@1.0.0": {"resolution": {"integrity": "sha512-P"}}, "constructor@2.0.0": {"resolution": {"integrity": "sha512-C"}}}',
        ),
        snapshots: { '__proto__@1.0.0': {}, 'constructor@2.0.0': {} },
      }),
    );
    expect(summary(parsed)).toEqual(['__proto__@1.0.0 direct runtime', 'constructor@2.0.0 direct runtime']);
    expect(({} as Record<string, unknown>).specifier).toBeUndefined();
  });

  it('reports what it passes over, with lines: dangling references, unreachable entries, links outside the workspace', () => {
    const text = [
      "lockfileVersion: '9.0'",
      'importers:',
      '  .:',
      '    dependencies:',
      '      gone:',
      '        specifier: ^1',
      '        version: 1.0.0',
      '      outside:',
      '        specifier: link:../elsewhere',
      '        version: link:../elsewhere',
      '      a:',
      '        specifier: ^1',
      '        version: 1.0.0',
      'packages:',
      '  a@1.0.0:',
      '    resolution: {integrity: sha512-A}',
      '  orphan@1.0.0:',
      '    resolution: {integrity: sha512-O}',
      '  nosnapshot@1.0.0:',
      '    resolution: {integrity: sha512-N}',
      'snapshots:',
      '  a@1.0.0:',
      '    dependencies:',
      '      missing: 2.0.0',
      '  orphan@1.0.0: {}',
      '',
    ].join('\n');
    const parsed = parse(text);
    expect(summary(parsed)).toEqual(['a@1.0.0 direct runtime', 'orphan@1.0.0 transitive runtime']);
    expect(parsed.findings.map((f) => [f.line, f.message.split(' ').slice(0, 3).join(' ')])).toEqual([
      [19, 'package nosnapshot@1.0.0 has'],
      [3, 'the root project'],
      [22, 'a@1.0.0 depends on'],
      [25, 'orphan@1.0.0 is not'],
      [8, '1 package resolves'],
    ]);
    expect(parsed.findings.at(-1)?.message).toContain('outside (../elsewhere)');
    expect(parsed.findings.every((f) => f.lockfile === 'pnpm-lock.yaml')).toBe(true);
  });
});

describe('pnpm-lock.yaml errors', () => {
  it.each([["'4.0'"], ["'10.0'"], ['5.5'], ["'6.2'"]])(
    'rejects lockfileVersion %s, naming it and the supported ones',
    (version) => {
      const error = captureError(() =>
        parse(`lockfileVersion: ${version}\nimporters: {}\n`, 'a/pnpm-lock.yaml'),
      );
      expect(error.file).toBe('a/pnpm-lock.yaml');
      expect(error.line).toBe(1);
      expect(error.message).toContain(JSON.stringify(version.replaceAll("'", '')));
      expect(error.message).toContain('5, 5.0, 5.1, 5.2, 5.3, 5.4, 6.0, 6.1, 9.0');
    },
  );

  it('accepts the version written as a number (pnpm 7) and as a string (pnpm 8+)', () => {
    expect(parse('lockfileVersion: 5.4\n').format).toBe('pnpm-v5.4');
    expect(parse("lockfileVersion: '5.3'\n").format).toBe('pnpm-v5.3');
    expect(parse('lockfileVersion: "6.1"\n').format).toBe('pnpm-v6.1');
  });

  it('turns YAML syntax errors into LockfileParseError with the line', () => {
    const error = captureError(() =>
      parse("lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies: {a: [\n\npackages: {}\n"),
    );
    expect(error.line).toBeGreaterThanOrEqual(4);
    expect(error.message).toMatch(/^pnpm-lock\.yaml:\d+: invalid YAML/);
    const duplicate = captureError(() => parse("lockfileVersion: '9.0'\npackages: {}\npackages: {}\n"));
    expect(duplicate.line).toBe(3);
  });

  it('reads at most two documents, and names the line of a third', () => {
    const one = "lockfileVersion: '9.0'\nimporters: {}\n";
    const error = captureError(() => parse(`---\n${one}---\n${one}---\n${one}`));
    expect(error.line).toBe(7);
    expect(error.detail).toContain('found 3');
  });

  it('names the line of a YAML error in the second document, counted from the top of the file', () => {
    const text = readFileSync(join(FIXTURES, 'pnpm11-env-single', 'pnpm-lock.yaml'), 'utf8');
    const lines = text.split('\n');
    const at = lines.indexOf('snapshots:', lines.lastIndexOf('---'));
    lines.splice(at + 2, 0, '  broken: [unclosed');
    const error = captureError(() => parse(lines.join('\n')));
    expect(error.message).toMatch(/^pnpm-lock\.yaml:\d+: invalid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(at + 3);
    expect(error.line).toBeLessThanOrEqual(at + 5);
  });

  it('checks the lockfileVersion of the env document too, with its line', () => {
    const text = readFileSync(join(FIXTURES, 'pnpm11-env-single', 'pnpm-lock.yaml'), 'utf8').replace(
      "lockfileVersion: '9.0'",
      "lockfileVersion: '12.0'",
    );
    const error = captureError(() => parse(text));
    expect(error.line).toBe(2);
    expect(error.detail).toContain('"12.0"');
  });

  it('turns wrong shapes into LockfileParseError with the line of the entry', () => {
    const text =
      "lockfileVersion: '9.0'\nimporters: {}\npackages:\n  a@1.0.0: just-a-string\nsnapshots:\n  a@1.0.0: {}\n";
    const error = captureError(() => parse(text));
    expect(error.line).toBe(4);
    expect(captureError(() => parse('- a\n- b\n')).message).toContain(
      'expected the document to be a mapping',
    );
    expect(captureError(() => parse('')).message).toContain('empty lockfile');
    expect(captureError(() => parse('packages: {}\n')).message).toContain('no lockfileVersion');
  });

  describe('mutated and reshaped fixtures only ever throw LockfileParseError naming the file', () => {
    const toJson = (text: string): string =>
      JSON.stringify(jsYaml.load(text, { schema: jsYaml.FAILSAFE_SCHEMA }));
    expectParserContract(
      pnpmFormat,
      ['pnpm7-single', 'pnpm8-workspace', 'pnpm9-single', 'pnpm10-catalog'].map((dir) => ({
        ...fixture(dir),
        path: `${dir}/pnpm-lock.yaml`,
      })),
      toJson,
    );
    // pnpm 11's two documents: each is reshaped with the other kept as pnpm wrote it.
    const [env, project] = jsYaml
      .loadAll(fixture('pnpm11-env-single').text, undefined, { schema: jsYaml.FAILSAFE_SCHEMA })
      .map((doc) => JSON.stringify(doc));
    expectParserContract(
      pnpmFormat,
      [{ ...fixture('pnpm11-env-single'), path: 'pnpm11-env/pnpm-lock.yaml' }],
      () => env!,
      (json) => `---\n${json}\n---\n${project!}\n`,
    );
    expectParserContract(
      pnpmFormat,
      [{ ...fixture('pnpm11-env-single'), path: 'pnpm11-project/pnpm-lock.yaml' }],
      () => project!,
      (json) => `---\n${env!}\n---\n${json}\n`,
    );
  });
});

describe.skipIf(!hasCorpus)('pnpm corpus (../shared/corpus: absent here, skipped)', () => {
  const lockfiles: Array<[string, string]> = [];
  const folder = join(CORPUS_DIR, 'pnpm');
  for (const name of hasCorpus && existsSync(folder) ? readdirSync(folder) : []) {
    for (const side of ['before', 'after']) {
      const file = join(folder, name, side, 'pnpm-lock.yaml');
      if (existsSync(file)) lockfiles.push([`${name}/${side}`, readFileSync(file, 'utf8')]);
    }
  }

  it('finds the corpus pnpm lockfiles of every version', () => {
    expect(lockfiles.length).toBe(44);
    const formats = new Set(lockfiles.map(([, text]) => parse(text).format));
    expect([...formats].sort()).toEqual(['pnpm-v5.3', 'pnpm-v5.4', 'pnpm-v6.0', 'pnpm-v6.1', 'pnpm-v9.0']);
  });

  it.each(lockfiles)('%s parses: every name@version once, exact versions, direct packages', (_id, text) => {
    const parsed = parse(text);
    expect(parsed.packages.length).toBeGreaterThan(500);
    const seen = new Set<string>();
    for (const p of parsed.packages) {
      const key = `${p.name}@${p.version}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      expect(p.version).toMatch(/^\d+\.\d+\.\d+/);
    }
    expect(parsed.packages.filter((p) => p.direct).length).toBeGreaterThan(50);
    // The only things passed over in these repositories: vite's links to its own `types` folders,
    // first-party code, said in one finding.
    for (const finding of parsed.findings)
      expect(finding.message).toMatch(
        /^\d+ packages? resolves? from local folders: first-party code, not SOUP, so not listed: [\w-]+ \(packages\/vite\/(src\/)?types\)/,
      );
    expect(parsed.findings.length).toBeLessThanOrEqual(1);
  });
});
