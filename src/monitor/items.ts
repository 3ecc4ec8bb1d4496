/**
 * The SOUP items post-market monitoring watches: every package of the committed inventory that the
 * policy's scope covers, grouped per item (`<ecosystem>/<name>`, the register's key) with the
 * versions in use. Pure: the inventory and policy come in as data.
 */
import { isInScope, matchIgnoredPackages } from '../gate/scope.js';
import { versionIdentity } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Ecosystem } from '../lockfiles/types.js';
import { registerKey, registerLookupKey } from '../register/keys.js';

export interface MonitorScope {
  /** direct: only packages the project declares (unknowable counts as direct); all: transitive too. */
  dependencies: 'direct' | 'all';
  includeDev: boolean;
  /** Globs on `name` or `<ecosystem>/<name>` (policy ignore.packages). */
  ignorePackages?: readonly string[];
}

export interface MonitoredVersion {
  version: string;
  /** The pinned commit of a git dependency or SHA-pinned action (asked of OSV by commit). */
  ref?: string;
  lockfiles: string[];
}

export interface MonitoredItem {
  /** `<ecosystem>/<name>` as the register writes it, e.g. `npm/express`. */
  key: string;
  ecosystem: Ecosystem;
  name: string;
  /** Sorted by version string, one per distinct version (and pinned commit). */
  versions: MonitoredVersion[];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The in-scope items of an inventory, sorted by key. Local packages (file:, link:) are ours, not SOUP. */
export function selectMonitoredItems(inventory: Inventory, scope: MonitorScope): MonitoredItem[] {
  const ignored = matchIgnoredPackages(scope.ignorePackages ?? []);
  const byKey = new Map<string, { item: MonitoredItem; versions: Map<string, MonitoredVersion> }>();
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      if (!isInScope(pkg, scope)) continue;
      if (pkg.source === 'file' || pkg.source === 'link') continue;
      if (ignored(pkg)) continue;
      const lookup = registerLookupKey(pkg.ecosystem, pkg.name);
      let entry = byKey.get(lookup);
      if (!entry) {
        entry = {
          item: {
            key: registerKey(pkg.ecosystem, pkg.name),
            ecosystem: pkg.ecosystem,
            name: pkg.name,
            versions: [],
          },
          versions: new Map(),
        };
        byKey.set(lookup, entry);
      }
      const ref = pkg.ref;
      const id = versionIdentity(pkg);
      const seen = entry.versions.get(id);
      if (seen) {
        if (!seen.lockfiles.includes(pkg.lockfile)) seen.lockfiles.push(pkg.lockfile);
      } else {
        entry.versions.set(id, {
          version: pkg.version,
          ...(ref !== undefined ? { ref } : {}),
          lockfiles: [pkg.lockfile],
        });
      }
    }
  }
  const items = [...byKey.values()].map(({ item, versions }) => ({
    ...item,
    versions: [...versions.values()]
      .map((v) => ({ ...v, lockfiles: v.lockfiles.sort(compare) }))
      .sort((a, b) => compare(a.version, b.version) || compare(a.ref ?? '', b.ref ?? '')),
  }));
  return items.sort((a, b) => compare(a.key, b.key));
}

/** The version as a change that adds it, the shape src/enrich's OSV query planner takes. */
export function asAddition(item: MonitoredItem, version: MonitoredVersion): Change {
  return {
    type: 'added',
    ecosystem: item.ecosystem,
    name: item.name,
    from: null,
    to: version.version,
    bump: null,
    direct: true,
    scope: 'runtime',
    lockfile: version.lockfiles[0] ?? '',
    purl: '',
    ...(version.ref !== undefined ? { toRef: version.ref } : {}),
  };
}

/** Total versions across items: what "items checked" counts (one OSV query each). */
export function countVersions(items: readonly MonitoredItem[]): number {
  return items.reduce((n, item) => n + item.versions.length, 0);
}
