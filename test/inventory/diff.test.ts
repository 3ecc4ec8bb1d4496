import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffInventories, filterChanges, type Change } from '../../src/inventory/diff.js';
import { classifyBump } from '../../src/versions/index.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const brief = (changes: Change[]): string[] =>
  changes.map(
    (c) =>
      `${c.type} ${c.name} ${c.from ?? '-'} -> ${c.to ?? '-'} ${c.bump ?? ''} @${c.previousLockfile ? `${c.previousLockfile}=>` : ''}${c.lockfile}`,
  );

describe('diffInventories', () => {
  it('reports an update with its bump class, and nothing for unchanged packages', () => {
    const base = inventory(
      lockfile('package-lock.json', [pkg('express', '4.19.2'), pkg('ms', '2.1.3', { direct: false })]),
    );
    const head = inventory(
      lockfile('package-lock.json', [pkg('express', '4.21.1'), pkg('ms', '2.1.3', { direct: false })]),
    );
    const result = diffInventories(base, head);
    expect(brief(result.changes)).toEqual(['updated express 4.19.2 -> 4.21.1 minor @package-lock.json']);
    expect(result.lockfiles).toEqual([
      { path: 'package-lock.json', status: 'modified', format: 'npm-test', changes: 1 },
    ]);
  });

  it('reports additions and removals with direct and scope of the side that has them', () => {
    const base = inventory(lockfile('package-lock.json', [pkg('left-pad', '1.3.0', { scope: 'dev' })]));
    const head = inventory(
      lockfile('package-lock.json', [pkg('path-to-regexp', '0.1.10', { direct: false })]),
    );
    const changes = diffInventories(base, head).changes;
    expect(changes).toMatchObject([
      { type: 'removed', name: 'left-pad', from: '1.3.0', to: null, bump: null, direct: true, scope: 'dev' },
      {
        type: 'added',
        name: 'path-to-regexp',
        from: null,
        to: '0.1.10',
        bump: null,
        direct: false,
        scope: 'runtime',
      },
    ]);
  });

  it('pairs several versions of one name within their major lines', () => {
    const base = inventory(
      lockfile('package-lock.json', [pkg('js-yaml', '3.14.1'), pkg('js-yaml', '4.1.0')]),
    );
    const head = inventory(
      lockfile('package-lock.json', [pkg('js-yaml', '3.14.2'), pkg('js-yaml', '4.1.1')]),
    );
    expect(brief(diffInventories(base, head).changes)).toEqual([
      'updated js-yaml 3.14.1 -> 3.14.2 patch @package-lock.json',
      'updated js-yaml 4.1.0 -> 4.1.1 patch @package-lock.json',
    ]);
  });

  it('reports a direct dependency moving to a new major as an update even when the old version stays', () => {
    const base = inventory(lockfile('Cargo.lock', [pkg('thiserror', '1.0.69')]));
    const head = inventory(
      lockfile('Cargo.lock', [pkg('thiserror', '1.0.69', { direct: false }), pkg('thiserror', '2.0.11')]),
    );
    expect(diffInventories(base, head).changes).toMatchObject([
      {
        type: 'updated',
        name: 'thiserror',
        from: '1.0.69',
        to: '2.0.11',
        bump: 'major',
        direct: true,
        fromRetained: true,
      },
    ]);
    expect(diffInventories(head, base).changes).toMatchObject([
      {
        type: 'updated',
        name: 'thiserror',
        from: '2.0.11',
        to: '1.0.69',
        bump: 'downgrade',
        toRetained: true,
      },
    ]);
  });

  it('reports a git dependency or SHA-pinned action that moved to another commit under the same version', () => {
    const action = (sha: string) =>
      pkg('actions/checkout', 'v4', {
        ecosystem: 'GitHub Actions',
        ref: sha,
        lockfile: '.github/workflows/ci.yml',
      });
    const base = inventory(lockfile('.github/workflows/ci.yml', [action('a'.repeat(40))], 'github-actions'));
    const head = inventory(lockfile('.github/workflows/ci.yml', [action('b'.repeat(40))], 'github-actions'));
    expect(diffInventories(base, head).changes).toMatchObject([
      {
        type: 'updated',
        from: 'v4',
        to: 'v4',
        fromRef: 'a'.repeat(40),
        toRef: 'b'.repeat(40),
        bump: 'unknown',
      },
    ]);
  });

  it('ignores a checksum rewrite that says nothing about the artefact (cache key, algorithm)', () => {
    const yarn = (integrity: string) =>
      inventory(lockfile('yarn.lock', [pkg('lodash', '4.17.21', { integrity })], 'yarn'));
    expect(diffInventories(yarn('8/abc'), yarn('10c0/def')).changes).toEqual([]);
    const npm = (integrity: string) =>
      inventory(lockfile('package-lock.json', [pkg('lodash', '4.17.21', { integrity })]));
    expect(diffInventories(npm('sha1-old'), npm('sha512-new')).changes).toEqual([]);
    expect(diffInventories(npm('sha512-same sha1-old'), npm('sha512-same')).changes).toEqual([]);
  });

  it('reports a registry package whose artefact changed under the same version as integrity-changed', () => {
    const npm = (integrity: string) =>
      inventory(
        lockfile('package-lock.json', [pkg('lodash', '4.17.21', { integrity, direct: false, scope: 'dev' })]),
      );
    const changes = diffInventories(npm('sha512-old'), npm('sha512-new')).changes;
    expect(changes).toEqual([
      {
        type: 'integrity-changed',
        ecosystem: 'npm',
        name: 'lodash',
        from: '4.17.21',
        to: '4.17.21',
        bump: null,
        direct: false,
        scope: 'dev',
        lockfile: 'package-lock.json',
        purl: 'pkg:npm/lodash@4.17.21',
        fromIntegrity: 'sha512-old',
        toIntegrity: 'sha512-new',
      },
    ]);
    expect(diffInventories(npm('sha512-new'), npm('sha512-old')).changes).toMatchObject([
      { type: 'integrity-changed', fromIntegrity: 'sha512-new', toIntegrity: 'sha512-old' },
    ]);
  });

  it('reports a move from the registry to a git source under the same version as source-changed', () => {
    const base = inventory(
      lockfile('package-lock.json', [pkg('left-pad', '1.3.0', { host: 'registry.npmjs.org' })]),
    );
    const head = inventory(
      lockfile('package-lock.json', [pkg('left-pad', '1.3.0', { source: 'git', ref: 'c'.repeat(40) })]),
    );
    expect(diffInventories(base, head).changes).toMatchObject([
      {
        type: 'source-changed',
        from: '1.3.0',
        to: '1.3.0',
        bump: 'unknown',
        toRef: 'c'.repeat(40),
        fromSource: 'registry:registry.npmjs.org',
        toSource: 'git',
      },
    ]);
  });

  it('reports a registry host change as source-changed, with the bump when the version moved too', () => {
    const side = (version: string, host: string) =>
      inventory(lockfile('package-lock.json', [pkg('@corp/utils', version, { host })]));
    expect(
      diffInventories(side('1.2.0', 'npm.corp.example'), side('1.2.0', 'registry.npmjs.org')).changes,
    ).toMatchObject([
      {
        type: 'source-changed',
        from: '1.2.0',
        to: '1.2.0',
        bump: null,
        fromSource: 'registry:npm.corp.example',
        toSource: 'registry:registry.npmjs.org',
      },
    ]);
    // Dependency confusion's usual shape: a much higher version from the public registry.
    expect(
      diffInventories(side('1.2.0', 'npm.corp.example'), side('99.0.0', 'registry.npmjs.org')).changes,
    ).toMatchObject([{ type: 'source-changed', from: '1.2.0', to: '99.0.0', bump: 'major' }]);
  });

  it('reports source and integrity together when a same-version package moved host and artefact', () => {
    const side = (host: string, integrity: string) =>
      inventory(lockfile('package-lock.json', [pkg('@corp/utils', '1.2.0', { host, integrity })]));
    expect(
      diffInventories(side('npm.corp.example', 'sha512-a'), side('registry.npmjs.org', 'sha512-b')).changes,
    ).toMatchObject([
      {
        type: 'source-changed',
        fromSource: 'registry:npm.corp.example',
        toSource: 'registry:registry.npmjs.org',
        fromIntegrity: 'sha512-a',
        toIntegrity: 'sha512-b',
      },
    ]);
  });

  it('does not call a host change where one side records no host', () => {
    const base = inventory(
      lockfile('package-lock.json', [pkg('a', '1.0.0', { host: 'registry.npmjs.org' })]),
    );
    const head = inventory(lockfile('package-lock.json', [pkg('a', '1.0.0')]));
    expect(diffInventories(base, head).changes).toEqual([]);
  });

  it('keeps a version that stays and adds the new one beside it', () => {
    const base = inventory(lockfile('package-lock.json', [pkg('semver', '6.3.1')]));
    const head = inventory(lockfile('package-lock.json', [pkg('semver', '6.3.1'), pkg('semver', '7.6.0')]));
    expect(brief(diffInventories(base, head).changes)).toEqual([
      'added semver - -> 7.6.0  @package-lock.json',
    ]);
  });

  it('merges duplicate entries of one name@version: direct if any is, strongest scope', () => {
    const base = inventory(lockfile('package-lock.json', []));
    const head = inventory(
      lockfile('package-lock.json', [
        pkg('debug', '4.3.4', { direct: false, scope: 'dev' }),
        pkg('debug', '4.3.4', { direct: true, scope: 'runtime' }),
      ]),
    );
    expect(diffInventories(base, head).changes).toMatchObject([
      { type: 'added', name: 'debug', direct: true, scope: 'runtime' },
    ]);
  });

  it('treats a moved lockfile as a move, not a full removal and addition', () => {
    const packages = [pkg('a', '1.0.0'), pkg('b', '1.0.0'), pkg('c', '1.0.0')];
    const base = inventory(lockfile('package-lock.json', packages));
    const head = inventory(lockfile('app/package-lock.json', [...packages.slice(0, 2), pkg('c', '1.1.0')]));
    const result = diffInventories(base, head);
    expect(brief(result.changes)).toEqual([
      'updated c 1.0.0 -> 1.1.0 minor @package-lock.json=>app/package-lock.json',
    ]);
    expect(result.lockfiles).toMatchObject([
      { path: 'app/package-lock.json', previousPath: 'package-lock.json', status: 'moved' },
    ]);
  });

  it('lists every package of an added or deleted lockfile', () => {
    const base = inventory(lockfile('old/yarn.lock', [pkg('x', '1.0.0')], 'yarn'));
    const head = inventory(lockfile('new/package-lock.json', [pkg('y', '2.0.0')]));
    const result = diffInventories(base, head);
    expect(brief(result.changes)).toEqual([
      'added y - -> 2.0.0  @new/package-lock.json',
      'removed x 1.0.0 -> -  @old/yarn.lock',
    ]);
    expect(result.lockfiles.map((l) => l.status)).toEqual(['added', 'removed']);
  });

  it('keeps hostile names as data', () => {
    const base = inventory(
      lockfile('package-lock.json', [pkg('__proto__', '1.0.0'), pkg('constructor', '1.0.0')]),
    );
    const head = inventory(
      lockfile('package-lock.json', [pkg('__proto__', '2.0.0'), pkg('constructor', '1.0.0')]),
    );
    expect(brief(diffInventories(base, head).changes)).toEqual([
      'updated __proto__ 1.0.0 -> 2.0.0 major @package-lock.json',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('filters to direct changes, keeping unknowable ones', () => {
    const changes = diffInventories(
      inventory(lockfile('package-lock.json', [])),
      inventory(
        lockfile('package-lock.json', [
          pkg('a', '1.0.0'),
          pkg('b', '1.0.0', { direct: false }),
          pkg('c', '1.0.0', { direct: null }),
        ]),
      ),
    ).changes;
    expect(filterChanges(changes, 'direct').map((c) => c.name)).toEqual(['a', 'c']);
    expect(filterChanges(changes, 'all')).toHaveLength(3);
  });
});

describe('classifyBump (npm)', () => {
  it.each([
    ['1.2.3', '2.0.0', 'major'],
    ['1.2.3', '1.3.0', 'minor'],
    ['1.2.3', '1.2.4', 'patch'],
    ['1.0.0-rc.1', '1.0.0', 'prerelease'],
    ['1.0.0-rc.1', '1.0.0-rc.2', 'prerelease'],
    ['1.2.3', '2.0.0-beta.1', 'major'],
    ['2.0.0', '1.9.9', 'downgrade'],
    ['1.0.0', 'github:user/repo#abc', 'unknown'],
  ])('%s -> %s is %s', (from, to, bump) => {
    expect(classifyBump('npm', from, to)).toBe(bump);
  });
});

// Generated inventories: a few lockfile paths, names including hostile ones, semver versions.
const names = fc.constantFrom('a', 'b', 'c', '@s/d', '__proto__', 'constructor', 'hasOwnProperty');
const versions = fc
  .tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.option(fc.constantFrom('rc.1', 'beta'), { nil: undefined }))
  .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);
const packages = fc.array(
  fc.record({
    name: names,
    version: versions,
    direct: fc.boolean(),
    scope: fc.constantFrom('runtime', 'dev', 'optional'),
    integrity: fc.option(fc.constantFrom('sha512-a', 'sha512-b', 'sha1-c'), { nil: undefined }),
    source: fc.option(fc.constantFrom('url', 'patch'), { nil: undefined }),
    host: fc.option(fc.constantFrom('registry.npmjs.org', 'npm.corp.example'), { nil: undefined }),
  }),
  { maxLength: 12 },
);
const inventories = fc
  .array(
    fc.tuple(fc.constantFrom('package-lock.json', 'a/package-lock.json', 'b/package-lock.json'), packages),
    { maxLength: 3 },
  )
  .map((entries) => {
    const byPath = new Map(entries);
    return inventory(
      ...[...byPath].map(([path, list]) =>
        lockfile(
          path,
          list.map((p) =>
            pkg(p.name, p.version, {
              direct: p.direct,
              scope: p.scope as 'runtime' | 'dev' | 'optional',
              ...(p.integrity !== undefined ? { integrity: p.integrity } : {}),
              ...(p.source !== undefined ? { source: p.source } : {}),
              ...(p.host !== undefined ? { host: p.host } : {}),
            }),
          ),
        ),
      ),
    );
  });

function invert(change: Change): string {
  const type = change.type === 'added' ? 'removed' : change.type === 'removed' ? 'added' : change.type;
  const lockfile = change.previousLockfile ?? change.lockfile;
  const previous = change.previousLockfile !== undefined ? change.lockfile : undefined;
  return key({
    ...change,
    type,
    from: change.to,
    to: change.from,
    lockfile,
    previousLockfile: previous,
    fromIntegrity: change.toIntegrity,
    toIntegrity: change.fromIntegrity,
    fromSource: change.toSource,
    toSource: change.fromSource,
  });
}

function key(
  change: Pick<
    Change,
    | 'type'
    | 'name'
    | 'from'
    | 'to'
    | 'lockfile'
    | 'previousLockfile'
    | 'fromIntegrity'
    | 'toIntegrity'
    | 'fromSource'
    | 'toSource'
  >,
): string {
  return `${change.type}|${change.name}|${change.from}|${change.to}|${change.lockfile}|${change.previousLockfile ?? ''}|${change.fromIntegrity ?? ''}>${change.toIntegrity ?? ''}|${change.fromSource ?? ''}>${change.toSource ?? ''}`;
}

describe('diff properties', () => {
  it('diff(a, a) is empty', () => {
    fc.assert(fc.property(inventories, (a) => diffInventories(a, a).changes.length === 0));
  });

  it('diff(b, a) is diff(a, b) inverted', () => {
    fc.assert(
      fc.property(inventories, inventories, (a, b) => {
        const forward = diffInventories(a, b).changes.map(invert).sort();
        const backward = diffInventories(b, a).changes.map(key).sort();
        expect(backward).toEqual(forward);
      }),
      { numRuns: 300 },
    );
  });

  it('every version that differs appears in exactly one change', () => {
    fc.assert(
      fc.property(inventories, inventories, (a, b) => {
        const changes = diffInventories(a, b).changes;
        const updates = changes.filter((c) => c.type === 'updated');
        for (const c of updates) expect(c.from).not.toBe(c.to);
        for (const c of changes.filter((c) => c.type === 'integrity-changed')) expect(c.from).toBe(c.to);
        const keys = changes.map(key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
