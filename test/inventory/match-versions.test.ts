import { describe, expect, it } from 'vitest';
import {
  findDirectMove,
  indexPackages,
  matchVersions,
  pairVersions,
  type Entry,
} from '../../src/inventory/match-versions.js';
import { versionIdentity } from '../../src/inventory/change-key.js';
import { pairMoves } from '../../src/inventory/diff.js';
import { lockfile, pkg } from '../support/builders.js';

const entry = (id: string, direct: boolean | null = false): Entry => ({
  id,
  version: id,
  direct,
  scope: 'runtime',
  purl: `pkg:npm/x@${id}`,
});
const entries = (...list: Entry[]): Map<string, Entry> => new Map(list.map((e) => [e.id, e]));

describe('versionIdentity', () => {
  it('makes the commit of a git dependency or SHA-pinned action part of the identity', () => {
    expect(versionIdentity(pkg('x', '1.0.0', { source: 'git', ref: 'abc' }))).toBe('1.0.0\u0000abc');
    expect(
      versionIdentity(pkg('actions/checkout', 'v4', { ecosystem: 'GitHub Actions', ref: 'f'.repeat(40) })),
    ).toBe(`v4\u0000${'f'.repeat(40)}`);
    const index = indexPackages([pkg('x', '1.0.0', { source: 'git', ref: 'abc' })]);
    expect([...index.values()][0]?.get('1.0.0\u0000abc')).toMatchObject({ version: '1.0.0', ref: 'abc' });
  });

  it('keeps a checksum out of the identity, whatever the source', () => {
    expect(versionIdentity(pkg('x', '1.0.0', { integrity: 'sha512-abc' }))).toBe('1.0.0');
    expect(versionIdentity(pkg('x', '1.0.0', { source: 'git', integrity: 'sha512-abc' }))).toBe('1.0.0');
  });
});

describe('indexPackages', () => {
  it('merges one name@version listed twice: direct if either is, strongest scope, first purl', () => {
    const index = indexPackages([
      pkg('debug', '4.3.4', { direct: false, scope: 'dev' }),
      pkg('debug', '4.3.4', { direct: null, scope: 'optional' }),
      pkg('debug', '4.3.4', { direct: false, scope: 'runtime' }),
    ]);
    expect([...index.keys()]).toEqual(['npm\u0000debug']);
    expect(index.get('npm\u0000debug')!.get('4.3.4')).toMatchObject({ direct: null, scope: 'runtime' });
  });

  it('keeps one git version at two commits apart', () => {
    const index = indexPackages([
      pkg('lib', '1.0.0', { source: 'git', ref: 'aaa' }),
      pkg('lib', '1.0.0', { source: 'git', ref: 'bbb' }),
    ]);
    expect([...index.get('npm\u0000lib')!.values()].map((e) => [e.version, e.ref])).toEqual([
      ['1.0.0', 'aaa'],
      ['1.0.0', 'bbb'],
    ]);
  });
});

describe('pairVersions', () => {
  it('pairs a single old version with a single new one whatever their distance', () => {
    expect(pairVersions('npm', ['1.0.0'], ['9.0.0'])).toEqual({
      pairs: [['1.0.0', '9.0.0']],
      removed: [],
      added: [],
    });
  });

  it('pairs within a major line before pairing across lines', () => {
    expect(pairVersions('npm', ['3.14.1', '4.1.0'], ['4.1.1', '3.14.2'])).toEqual({
      pairs: [
        ['3.14.1', '3.14.2'],
        ['4.1.0', '4.1.1'],
      ],
      removed: [],
      added: [],
    });
  });

  it('leaves what has no partner as a removal or an addition', () => {
    const result = pairVersions('npm', ['1.0.0'], ['1.0.1', '2.0.0']);
    expect(result.pairs).toEqual([['1.0.0', '1.0.1']]);
    expect(result.added).toEqual(['2.0.0']);
    expect(result.removed).toEqual([]);
  });

  it('pairs versions its scheme cannot order in the second pass', () => {
    const result = pairVersions('npm', ['github:a/b#1', '1.0.0'], ['github:a/b#2', '1.0.1']);
    expect(result.pairs).toContainEqual(['1.0.0', '1.0.1']);
    expect(result.pairs).toContainEqual(['github:a/b#1', 'github:a/b#2']);
  });
});

describe('findDirectMove', () => {
  it('finds the one direct version that moved while the old one stays for others', () => {
    const from = entries(entry('1.0.69', true));
    const to = entries(entry('1.0.69', false), entry('2.0.11', true));
    expect(findDirectMove(from, to)).toEqual(['1.0.69', '2.0.11']);
  });

  it('finds nothing when two versions are direct on a side, or the same one stays direct', () => {
    expect(
      findDirectMove(entries(entry('1', true), entry('2', true)), entries(entry('3', true))),
    ).toBeUndefined();
    expect(findDirectMove(entries(entry('1', true)), entries(entry('1', true)))).toBeUndefined();
  });

  it('finds nothing when both versions sit on both sides (only directness moved)', () => {
    const from = entries(entry('1', true), entry('2', false));
    const to = entries(entry('1', false), entry('2', true));
    expect(findDirectMove(from, to)).toBeUndefined();
  });
});

describe('matchVersions', () => {
  it('puts the direct move first and pairs the rest', () => {
    const from = entries(entry('1.0.69', true), entry('0.9.0'));
    const to = entries(entry('1.0.69', false), entry('2.0.11', true), entry('0.9.1'));
    expect(matchVersions('npm', from, to)).toEqual({
      pairs: [
        ['1.0.69', '2.0.11'],
        ['0.9.0', '0.9.1'],
      ],
      removed: [],
      added: [],
    });
  });

  it('leaves versions present on both sides out entirely', () => {
    expect(matchVersions('npm', entries(entry('1.0.0')), entries(entry('1.0.0')))).toEqual({
      pairs: [],
      removed: [],
      added: [],
    });
  });
});

describe('pairMoves', () => {
  const a = lockfile('package-lock.json', [pkg('a', '1'), pkg('b', '1'), pkg('c', '1')]);

  it('pairs a lockfile with its new path when most names carry over and the format matches', () => {
    const moved = lockfile('app/package-lock.json', [pkg('a', '1'), pkg('b', '2')]);
    expect(pairMoves([a], [moved])).toEqual([[a, moved]]);
  });

  it('does not pair across formats or below half the names in common', () => {
    expect(pairMoves([a], [lockfile('yarn.lock', [pkg('a', '1'), pkg('b', '1')], 'yarn')])).toEqual([]);
    expect(pairMoves([a], [lockfile('x/package-lock.json', [pkg('a', '1'), pkg('z', '1')])])).toEqual([]);
  });

  it('gives each lockfile at most one partner, the best-overlapping one', () => {
    const close = lockfile('one/package-lock.json', [pkg('a', '1'), pkg('b', '1'), pkg('c', '1')]);
    const far = lockfile('two/package-lock.json', [pkg('a', '1'), pkg('b', '1')]);
    expect(pairMoves([a], [far, close])).toEqual([[a, close]]);
  });
});
