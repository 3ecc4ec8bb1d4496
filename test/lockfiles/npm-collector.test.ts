// One SOUP item per name@version however many copies npm installs: direct if any copy is, unknown
// when one copy is unknown and none is direct, the strongest scope, the first integrity and source.
import { describe, expect, it } from 'vitest';
import { PackageCollector } from '../../src/lockfiles/npm.js';
import { readPackageJson } from '../../src/lockfiles/package-json.js';
import type { Scope } from '../../src/lockfiles/types.js';
import { findFormat } from '../support/all-formats.js';

const merged = (
  ...copies: Array<{ direct: boolean | null; scope?: Scope; integrity?: string; source?: string }>
) => {
  const collector = new PackageCollector('package-lock.json');
  for (const copy of copies)
    collector.add('ms', '2.1.3', copy.direct, copy.scope ?? 'runtime', copy.integrity, copy.source);
  const packages = collector.packages();
  expect(packages).toHaveLength(1);
  return packages[0]!;
};

describe('PackageCollector', () => {
  it.each([
    [[false, true], true],
    [[true, false], true],
    [[null, true], true],
    [[true, null], true],
    [[false, null], null],
    [[null, false], null],
    [[false, false], false],
    [[null, null], null],
  ] as const)('copies of directness %j make %s', (copies, direct) => {
    expect(merged(...copies.map((d) => ({ direct: d }))).direct).toBe(direct);
  });

  it('keeps the strongest scope of the copies in either order', () => {
    expect(merged({ direct: false, scope: 'dev' }, { direct: false, scope: 'runtime' }).scope).toBe(
      'runtime',
    );
    expect(merged({ direct: false, scope: 'optional' }, { direct: false, scope: 'dev' }).scope).toBe(
      'optional',
    );
  });

  it('keeps the first integrity and source a copy records, filling in what earlier copies lack', () => {
    expect(
      merged(
        { direct: false, integrity: 'sha512-a', source: 'git' },
        { direct: false, integrity: 'sha512-b', source: 'url' },
      ),
    ).toMatchObject({ integrity: 'sha512-a', source: 'git' });
    expect(
      merged({ direct: false, integrity: '' }, { direct: false, integrity: 'sha512-b', source: 'url' }),
    ).toMatchObject({
      integrity: 'sha512-b',
      source: 'url',
    });
  });

  it('marks an added name@version direct, and ignores one it never added', () => {
    const collector = new PackageCollector('package-lock.json');
    collector.add('ms', '2.1.3', false, 'runtime', undefined, undefined);
    collector.markDirect('debug', '4.3.4');
    collector.markDirect('ms', '2.1.3');
    expect(collector.packages().map((p) => [p.name, p.direct])).toEqual([['ms', true]]);
  });
});

describe('npm directness through aliases and workspaces', () => {
  const parse = (packages: Record<string, unknown>) =>
    findFormat('package-lock.json')!.parse({
      path: 'package-lock.json',
      text: JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }),
      manifests: new Map(),
    });

  it('marks the real package behind a declared npm: alias direct', () => {
    const result = parse({
      '': { name: 'app', dependencies: { 'my-ms': 'npm:ms@^2' } },
      'node_modules/my-ms': { name: 'ms', version: '2.1.3' },
    });
    expect(result.packages.map((p) => [p.name, p.direct])).toEqual([['ms', true]]);
  });

  it('names the workspace that declares a dependency the lockfile lacks', () => {
    const result = parse({
      '': { name: 'app', workspaces: ['packages/*'] },
      'packages/api': { name: 'api', dependencies: { missing: '^1' } },
      'node_modules/api': { resolved: 'packages/api', link: true },
    });
    expect(result.findings.map((f) => f.message)).toEqual([
      '"missing" is declared in dependencies of "packages/api" but not in the lockfile',
    ]);
  });
});

describe('readPackageJson', () => {
  it('refuses anything but a JSON object', () => {
    for (const text of ['null', '[]', '5', '"x"'])
      expect(() => readPackageJson('package.json', text)).toThrow('expected a JSON object');
  });

  it('passes over dependency fields that are not objects', () => {
    const read = readPackageJson(
      'package.json',
      JSON.stringify({
        dependencies: null,
        devDependencies: ['x'],
        optionalDependencies: 'y',
        peerDependencies: { react: '^18' },
      }),
    );
    expect([...read.declared]).toEqual([['react', 'runtime']]);
  });

  it('keeps the strongest field of a name declared twice', () => {
    const read = readPackageJson(
      'package.json',
      JSON.stringify({
        devDependencies: { a: '1', b: '1' },
        optionalDependencies: { a: '1' },
        dependencies: { b: '1' },
      }),
    );
    expect(Object.fromEntries(read.declared)).toEqual({ a: 'optional', b: 'runtime' });
  });
});
