import type { Change } from '../../src/inventory/diff.js';
import type { Inventory, InventoryLockfile } from '../../src/inventory/inventory.js';
import { makePurl } from '../../src/lockfiles/purl.js';
import type { Ecosystem, Package } from '../../src/lockfiles/types.js';

export function pkg(name: string, version: string, overrides: Partial<Package> = {}): Package {
  const ecosystem: Ecosystem = overrides.ecosystem ?? 'npm';
  return {
    ecosystem,
    name,
    version,
    purl: makePurl(ecosystem, name, version),
    direct: true,
    scope: 'runtime',
    lockfile: 'package-lock.json',
    ...overrides,
  };
}

export function lockfile(path: string, packages: Package[], formatId = 'npm'): InventoryLockfile {
  return {
    path,
    formatId,
    format: `${formatId}-test`,
    ecosystem: packages[0]?.ecosystem ?? 'npm',
    packages: packages.map((p) => ({ ...p, lockfile: path })),
    findings: [],
  };
}

export function inventory(...lockfiles: InventoryLockfile[]): Inventory {
  return { lockfiles };
}

/** A change as the diff reports it; by default express 4.19.2 → 4.21.1, direct, runtime. */
export function change(overrides: Partial<Change> = {}): Change {
  const base: Change = {
    type: 'updated',
    ecosystem: 'npm',
    name: 'express',
    from: '4.19.2',
    to: '4.21.1',
    bump: 'minor',
    direct: true,
    scope: 'runtime',
    lockfile: 'package-lock.json',
    purl: 'pkg:npm/express@4.21.1',
  };
  return { ...base, ...overrides };
}
