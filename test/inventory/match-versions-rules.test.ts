// The pairing rules in detail: one name listed twice merges as its most direct and first-recorded
// listing, versions sort in their ecosystem's order, and several versions of one release line pair
// with their nearest neighbours, upwards on a tie.
import { describe, expect, it } from 'vitest';
import { indexPackages, orderVersions, pairVersions } from '../../src/inventory/match-versions.js';
import type { Package } from '../../src/lockfiles/types.js';
import { pkg } from '../support/builders.js';

const merged = (...listings: Array<Partial<Package>>) =>
  indexPackages(listings.map((overrides) => pkg('debug', '4.3.4', overrides)))
    .get('npm\u0000debug')!
    .get('4.3.4')!;

describe('indexPackages merging one name@version', () => {
  it('is direct when either listing is, unknown when one is unknown, transitive only when both are', () => {
    expect(merged({ direct: false }, { direct: true }).direct).toBe(true);
    expect(merged({ direct: true }, { direct: false }).direct).toBe(true);
    expect(merged({ direct: true }, { direct: null }).direct).toBe(true);
    expect(merged({ direct: false }, { direct: null }).direct).toBe(null);
    expect(merged({ direct: null }, { direct: false }).direct).toBe(null);
    expect(merged({ direct: false }, { direct: false }).direct).toBe(false);
  });

  it('keeps the first recorded integrity, source and host, filling in what the first listing lacks', () => {
    expect(
      merged(
        { integrity: 'sha512-first', source: 'registry', host: 'registry.npmjs.org' },
        { integrity: 'sha512-second', source: 'git', host: 'github.com' },
      ),
    ).toMatchObject({ integrity: 'sha512-first', source: 'registry', host: 'registry.npmjs.org' });
    expect(merged({}, { integrity: 'sha512-second', source: 'git', host: 'github.com' })).toMatchObject({
      integrity: 'sha512-second',
      source: 'git',
      host: 'github.com',
    });
  });
});

describe('orderVersions', () => {
  it('orders by the ecosystem’s rules, not as strings', () => {
    expect(orderVersions('npm', ['1.10.0', '1.9.0', '1.9.0-rc.1'])).toEqual([
      '1.9.0-rc.1',
      '1.9.0',
      '1.10.0',
    ]);
    expect(orderVersions('PyPI', ['2.0', '10.0', '2.0.post1'])).toEqual(['2.0', '2.0.post1', '10.0']);
  });

  it('orders what the scheme cannot by string, after nothing is lost', () => {
    expect(orderVersions('npm', ['github:b', 'github:a'])).toEqual(['github:a', 'github:b']);
  });
});

describe('pairVersions within one release line', () => {
  it('pairs each old version with its nearest new one', () => {
    expect(pairVersions('npm', ['1.0.0', '1.2.0'], ['1.1.0', '1.3.0'])).toEqual({
      pairs: [
        ['1.2.0', '1.3.0'],
        ['1.0.0', '1.1.0'],
      ],
      removed: [],
      added: [],
    });
    expect(pairVersions('npm', ['1.0.0', '1.5.0'], ['1.6.0', '1.1.0'])).toEqual({
      pairs: [
        ['1.5.0', '1.6.0'],
        ['1.0.0', '1.1.0'],
      ],
      removed: [],
      added: [],
    });
  });

  it('pairs upwards when an old version sits between two new ones', () => {
    expect(pairVersions('npm', ['1.1.0'], ['1.0.0', '1.2.0'])).toEqual({
      pairs: [['1.1.0', '1.2.0']],
      removed: [],
      added: ['1.0.0'],
    });
  });

  it('prefers the closer partner over a far one that reaches higher', () => {
    expect(pairVersions('npm', ['1.0.0', '1.1.0'], ['1.2.0', '1.9.0', '1.0.1'])).toEqual({
      pairs: [
        ['1.1.0', '1.2.0'],
        ['1.0.0', '1.0.1'],
      ],
      removed: [],
      added: ['1.9.0'],
    });
  });

  it('gives each version at most one partner', () => {
    const result = pairVersions('npm', ['1.0.0', '1.0.1', '1.0.2'], ['1.0.3']);
    expect(result.pairs).toEqual([['1.0.2', '1.0.3']]);
    expect(result.removed).toEqual(['1.0.0', '1.0.1']);
  });

  it('reads the release line of a version pinned to a commit from its version part', () => {
    expect(pairVersions('npm', ['1.2.0\u0000aaa', '2.0.0\u0000bbb'], ['1.3.0\u0000ccc'])).toEqual({
      pairs: [['1.2.0\u0000aaa', '1.3.0\u0000ccc']],
      removed: ['2.0.0\u0000bbb'],
      added: [],
    });
  });

  it('leaves versions without a release line to the second pass, among all that remain', () => {
    // Not grouped with each other first: the nearest remaining neighbour in the merged order wins.
    expect(pairVersions('npm', ['u-x'], ['a-a', 'v1.0.0'])).toEqual({
      pairs: [['u-x', 'v1.0.0']],
      removed: [],
      added: ['a-a'],
    });
  });

  it('pairs the same way with the sides swapped', () => {
    const forward = pairVersions('npm', ['1.0.0', '1.2.0', '1.7.0'], ['1.1.0', '1.3.0']);
    const backward = pairVersions('npm', ['1.1.0', '1.3.0'], ['1.0.0', '1.2.0', '1.7.0']);
    expect(backward.pairs.map(([a, b]) => [b, a]).sort()).toEqual([...forward.pairs].sort());
    expect(backward.added).toEqual(forward.removed);
  });
});
