// One lockfile's diff: where a change is said to live, and that a lockfile only "moved" when its
// path really changed.
import { describe, expect, it } from 'vitest';
import { diffPackages } from '../../src/inventory/diff-packages.js';
import { pkg } from '../support/builders.js';

describe('diffPackages place', () => {
  const base = [pkg('express', '4.19.2')];
  const head = [pkg('express', '4.21.1')];

  it('names the previous lockfile of a moved lockfile', () => {
    const [change] = diffPackages(base, head, 'app/package-lock.json', 'package-lock.json');
    expect(change).toMatchObject({
      lockfile: 'app/package-lock.json',
      previousLockfile: 'package-lock.json',
    });
  });

  it('names no previous lockfile when the path did not change', () => {
    for (const previous of [undefined, 'package-lock.json']) {
      const [change] = diffPackages(base, head, 'package-lock.json', previous);
      expect(change!.lockfile).toBe('package-lock.json');
      expect(change!.previousLockfile).toBeUndefined();
    }
  });
});
