// What package-lock.json says is direct and in which scope: the rules that decide whether a change
// is gated (direct runtime) or only listed. Directness follows Node's resolution from the root and
// from each workspace; one name@version installed at several paths is one item, direct if any copy is.
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/lockfiles/types.js';
import { findFormat } from '../support/all-formats.js';

const parse = (packages: Record<string, unknown>, manifests = new Map<string, string>()) =>
  findFormat('package-lock.json')!.parse({
    path: 'package-lock.json',
    text: JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }),
    manifests,
  });

const facts = (list: Package[]) =>
  Object.fromEntries(list.map((p) => [`${p.name}@${p.version}`, { direct: p.direct, scope: p.scope }]));

describe('npm lockfile v3 directness', () => {
  it('is direct for what the root declares in any field, transitive for the rest', () => {
    const result = parse({
      '': {
        name: 'app',
        dependencies: { express: '^4' },
        devDependencies: { vitest: '^2' },
        optionalDependencies: { fsevents: '^2' },
        peerDependencies: { react: '^18' },
      },
      'node_modules/express': { version: '4.21.1' },
      'node_modules/vitest': { version: '2.1.0', dev: true },
      'node_modules/fsevents': { version: '2.3.3', optional: true },
      'node_modules/react': { version: '18.3.1' },
      'node_modules/debug': { version: '2.6.9' },
    });
    expect(facts(result.packages)).toEqual({
      'express@4.21.1': { direct: true, scope: 'runtime' },
      'vitest@2.1.0': { direct: true, scope: 'dev' },
      'fsevents@2.3.3': { direct: true, scope: 'optional' },
      'react@18.3.1': { direct: true, scope: 'runtime' },
      'debug@2.6.9': { direct: false, scope: 'runtime' },
    });
    expect(result.findings).toEqual([]);
  });

  it('resolves a declared name to the copy Node would load: the hoisted one, not a nested one', () => {
    const result = parse({
      '': { name: 'app', dependencies: { debug: '^4' } },
      'node_modules/debug': { version: '4.3.4' },
      'node_modules/send/node_modules/debug': { version: '2.6.9' },
      'node_modules/send': { version: '0.19.0' },
    });
    expect(facts(result.packages)).toMatchObject({
      'debug@4.3.4': { direct: true },
      'debug@2.6.9': { direct: false },
      'send@0.19.0': { direct: false },
    });
  });

  it("resolves a workspace's declarations from its own node_modules first, then the root's", () => {
    const result = parse({
      '': { name: 'app', workspaces: ['packages/*'] },
      'packages/api': { name: 'api', dependencies: { express: '^5', ms: '^2' } },
      'node_modules/api': { resolved: 'packages/api', link: true },
      'packages/api/node_modules/express': { version: '5.0.0' },
      'node_modules/express': { version: '4.21.1' },
      'node_modules/ms': { version: '2.1.3' },
    });
    expect(facts(result.packages)).toEqual({
      'express@5.0.0': { direct: true, scope: 'runtime' },
      'express@4.21.1': { direct: false, scope: 'runtime' },
      'ms@2.1.3': { direct: true, scope: 'runtime' },
    });
  });

  it('reports a declared dependency the lockfile lacks, but not an absent optional or peer one', () => {
    const result = parse({
      '': {
        name: 'app',
        dependencies: { missing: '^1' },
        optionalDependencies: { fsevents: '^2' },
        peerDependencies: { react: '^18' },
      },
    });
    expect(result.findings.map((f) => f.message)).toEqual([
      '"missing" is declared in dependencies of the root project but not in the lockfile',
    ]);
  });

  it('takes directness from package.json when the lockfile has no root entry, and says unknown without either', () => {
    const packages = {
      'node_modules/express': { version: '4.21.1' },
      'node_modules/debug': { version: '2.6.9' },
    };
    const manifests = new Map([['package.json', JSON.stringify({ dependencies: { express: '^4' } })]]);
    expect(facts(parse(packages, manifests).packages)).toEqual({
      'express@4.21.1': { direct: true, scope: 'runtime' },
      'debug@2.6.9': { direct: false, scope: 'runtime' },
    });
    expect(facts(parse(packages).packages)).toEqual({
      'express@4.21.1': { direct: null, scope: 'runtime' },
      'debug@2.6.9': { direct: null, scope: 'runtime' },
    });
  });
});

describe('npm: one name@version installed at several paths', () => {
  it('is one item, direct if any copy is, in the strongest scope of its copies', () => {
    const result = parse({
      '': { name: 'app', dependencies: { ms: '^2' }, devDependencies: { jest: '^29' } },
      'node_modules/jest': { version: '29.7.0', dev: true },
      'node_modules/jest/node_modules/ms': { version: '2.1.3', dev: true, integrity: 'sha512-first' },
      'node_modules/ms': { version: '2.1.3', integrity: 'sha512-second' },
      'node_modules/a/node_modules/chalk': { version: '4.1.2', optional: true },
      'node_modules/a': { version: '1.0.0', dev: true },
      'node_modules/b/node_modules/chalk': { version: '4.1.2', dev: true },
      'node_modules/b': { version: '1.0.0', dev: true },
    });
    const ms = result.packages.filter((p) => p.name === 'ms');
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ direct: true, scope: 'runtime', integrity: 'sha512-first' });
    expect(result.packages.filter((p) => p.name === 'chalk')).toMatchObject([
      { direct: false, scope: 'optional' },
    ]);
  });

  it('fills in integrity and source from a later copy when the first lacks them', () => {
    const result = parse({
      '': { name: 'app' },
      'node_modules/a/node_modules/ms': { version: '2.1.3' },
      'node_modules/a': { version: '1.0.0' },
      'node_modules/ms': {
        version: '2.1.3',
        resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz',
        integrity: 'sha512-later',
      },
    });
    expect(result.packages.find((p) => p.name === 'ms')).toMatchObject({
      integrity: 'sha512-later',
      host: 'registry.npmjs.org',
    });
  });
});

describe('npm lockfile v1 directness', () => {
  const v1 = (dependencies: Record<string, unknown>, manifests?: Map<string, string>) =>
    findFormat('package-lock.json')!.parse({
      path: 'package-lock.json',
      text: JSON.stringify({ name: 'app', lockfileVersion: 1, requires: true, dependencies }),
      manifests: manifests ?? new Map(),
    });
  const tree = {
    express: { version: '4.21.1', dependencies: { debug: { version: '2.6.9' } } },
    ms: { version: '2.1.3' },
  };

  it('is direct for top-level entries package.json declares, transitive for the rest', () => {
    const manifests = new Map([['package.json', JSON.stringify({ dependencies: { express: '^4' } })]]);
    expect(facts(v1(tree, manifests).packages)).toEqual({
      'express@4.21.1': { direct: true, scope: 'runtime' },
      'debug@2.6.9': { direct: false, scope: 'runtime' },
      'ms@2.1.3': { direct: false, scope: 'runtime' },
    });
  });

  it('is unknown for top-level entries without package.json, transitive below them', () => {
    expect(facts(v1(tree).packages)).toEqual({
      'express@4.21.1': { direct: null, scope: 'runtime' },
      'debug@2.6.9': { direct: false, scope: 'runtime' },
      'ms@2.1.3': { direct: null, scope: 'runtime' },
    });
  });
});
