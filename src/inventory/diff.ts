import type { Ecosystem, Package, Scope } from '../lockfiles/types.js';
import { strongerScope } from '../lockfiles/package-json.js';
import { versionIdentity } from './change-key.js';
import { compareStrings, type Inventory, type InventoryLockfile } from './inventory.js';
import { classifyBump, compareVersions, getVersionScheme, type Bump } from '../versions/index.js';

export type ChangeType = 'added' | 'removed' | 'updated';

/** One SOUP change. Its JSON form is a public contract (CLI output, action output `changes`). */
export interface Change {
  type: ChangeType;
  ecosystem: Ecosystem;
  name: string;
  from: string | null;
  to: string | null;
  /** Bump class of an update; null for additions and removals. */
  bump: Bump | null;
  /** Of the package as it is after the change (before it, for a removal). */
  direct: boolean | null;
  scope: Scope;
  /** Lockfile path relative to the root, after the change (before it, for a removed lockfile). */
  lockfile: string;
  /**
   * On a direct update: the old version stays in the lockfile for other dependents (fromRetained), or
   * the new one was already there for them (toRetained).
   */
  fromRetained?: true;
  /** The pinned commit of a git dependency or SHA-pinned action, on each side where there is one. */
  fromRef?: string;
  toRef?: string;
  toRetained?: true;
  /** Set when the lockfile moved: its path before the change. */
  previousLockfile?: string;
  purl: string;
}

export type LockfileStatus = 'added' | 'removed' | 'modified' | 'unchanged' | 'moved';

export interface LockfileDiff {
  path: string;
  previousPath?: string;
  status: LockfileStatus;
  format: string;
  previousFormat?: string;
  changes: number;
}

export interface DiffResult {
  lockfiles: LockfileDiff[];
  changes: Change[];
}

/** One package per name@version within a lockfile: merged from every place the lockfile lists it. */
interface Entry {
  /** The version, plus the pinned commit where the version alone doesn't identify the code. */
  id: string;
  version: string;
  ref?: string;
  direct: boolean | null;
  scope: Scope;
  purl: string;
}

function mergeDirect(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

const displayVersion = (id: string): string => {
  const cut = id.indexOf('\u0000');
  return cut === -1 ? id : id.slice(0, cut);
};

/** ecosystem + name -> version -> entry. Keys go through a Map, so hostile names are only data. */
function indexPackages(packages: readonly Package[]): Map<string, Map<string, Entry>> {
  const byName = new Map<string, Map<string, Entry>>();
  for (const pkg of packages) {
    const key = `${pkg.ecosystem}\u0000${pkg.name}`;
    let versions = byName.get(key);
    if (!versions) byName.set(key, (versions = new Map()));
    const ref = pkg.ref;
    const id = versionIdentity(pkg);
    const seen = versions.get(id);
    if (seen) {
      seen.direct = mergeDirect(seen.direct, pkg.direct);
      seen.scope = strongerScope(seen.scope, pkg.scope);
    } else {
      versions.set(id, {
        id,
        version: pkg.version,
        ...(ref !== undefined ? { ref } : {}),
        direct: pkg.direct,
        scope: pkg.scope,
        purl: pkg.purl,
      });
    }
  }
  return byName;
}

function orderVersions(ecosystem: Ecosystem, versions: string[]): string[] {
  return versions.sort(
    (a, b) => compareVersions(ecosystem, displayVersion(a), displayVersion(b)) || compareStrings(a, b),
  );
}

/** The release line a version belongs to (its major component); null when the scheme can't tell. */
function releaseLine(ecosystem: Ecosystem, version: string): number | null {
  return getVersionScheme(ecosystem)?.parse(displayVersion(version))?.release[0] ?? null;
}

/**
 * Pairs versions that sit next to each other in version order: the closest pairs first (by rank in
 * the merged ordering), ties going to the pair that reaches higher, since updates usually go up.
 * Distance and tie-break ignore which side a version came from, so swapping base and head yields
 * the same pairs: diff(b, a) is exactly diff(a, b) inverted.
 */
function pairClosest(ecosystem: Ecosystem, from: string[], to: string[]): Array<[string, string]> {
  if (from.length === 0 || to.length === 0) return [];
  const rank = new Map(orderVersions(ecosystem, [...from, ...to]).map((v, i) => [v, i]));
  const candidates: Array<{ a: string; b: string; distance: number; reach: number }> = [];
  for (const a of from) {
    for (const b of to) {
      const ra = rank.get(a)!;
      const rb = rank.get(b)!;
      candidates.push({ a, b, distance: Math.abs(ra - rb), reach: Math.max(ra, rb) });
    }
  }
  candidates.sort((x, y) => x.distance - y.distance || y.reach - x.reach);
  const taken = new Set<string>();
  const pairs: Array<[string, string]> = [];
  for (const { a, b } of candidates) {
    if (taken.has(`f${a}`) || taken.has(`t${b}`)) continue;
    taken.add(`f${a}`);
    taken.add(`t${b}`);
    pairs.push([a, b]);
  }
  return pairs;
}

/**
 * Pairs the versions only the base has with those only the head has. A lockfile can hold one name
 * at several versions (one per dependent); a bump usually stays on its release line, so pairs are
 * first made within a major line, then among the rest; both passes pair the closest versions.
 */
function pairVersions(
  ecosystem: Ecosystem,
  removed: string[],
  added: string[],
): { pairs: Array<[string, string]>; removed: string[]; added: string[] } {
  if (removed.length === 0 || added.length === 0) return { pairs: [], removed, added };
  if (removed.length === 1 && added.length === 1) {
    return { pairs: [[removed[0]!, added[0]!]], removed: [], added: [] };
  }
  const lines = new Map<number, { from: string[]; to: string[] }>();
  for (const [list, side] of [
    [removed, 'from'],
    [added, 'to'],
  ] as const) {
    for (const version of list) {
      const line = releaseLine(ecosystem, version);
      if (line === null) continue;
      let group = lines.get(line);
      if (!group) lines.set(line, (group = { from: [], to: [] }));
      group[side].push(version);
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const group of lines.values()) pairs.push(...pairClosest(ecosystem, group.from, group.to));
  const usedFrom = new Set(pairs.map(([a]) => a));
  const usedTo = new Set(pairs.map(([, b]) => b));
  const restFrom = removed.filter((v) => !usedFrom.has(v));
  const restTo = added.filter((v) => !usedTo.has(v));
  const rest = pairClosest(ecosystem, restFrom, restTo);
  pairs.push(...rest);
  const restUsedFrom = new Set(rest.map(([a]) => a));
  const restUsedTo = new Set(rest.map(([, b]) => b));
  return {
    pairs,
    removed: restFrom.filter((v) => !restUsedFrom.has(v)),
    added: restTo.filter((v) => !restUsedTo.has(v)),
  };
}

/**
 * The project's own dependency moved from one version to another while the old version stays for
 * other dependents (thiserror 1.0.69 -> 2.0.11 with 1.0.69 still pulled in transitively). By versions
 * alone that is only an addition, but it is the update the developer made and the reviewer must
 * assess, so it is reported as one. Only when exactly one version was direct before and exactly one
 * other is direct after, and at least one of them is on one side only. The rule reads both sides
 * alike, so diff(b, a) stays diff(a, b) inverted.
 */
function findDirectMove(from: Map<string, Entry>, to: Map<string, Entry>): [string, string] | undefined {
  const directBefore = [...from.values()].filter((e) => e.direct === true);
  const directAfter = [...to.values()].filter((e) => e.direct === true);
  if (directBefore.length !== 1 || directAfter.length !== 1) return undefined;
  const a = directBefore[0]!.id;
  const b = directAfter[0]!.id;
  if (a === b || (to.has(a) && from.has(b))) return undefined;
  return [a, b];
}

function refs(before: Entry | undefined, after: Entry | undefined): { fromRef?: string; toRef?: string } {
  return {
    ...(before?.ref !== undefined ? { fromRef: before.ref } : {}),
    ...(after?.ref !== undefined ? { toRef: after.ref } : {}),
  };
}

/** Diffs the packages of one lockfile (or of a lockfile and the one it moved to). */
export function diffPackages(
  base: readonly Package[],
  head: readonly Package[],
  lockfile: string,
  previousLockfile?: string,
): Change[] {
  const before = indexPackages(base);
  const after = indexPackages(head);
  const changes: Change[] = [];
  const where = previousLockfile !== undefined && previousLockfile !== lockfile ? { previousLockfile } : {};
  const keys = new Set([...before.keys(), ...after.keys()]);
  for (const key of keys) {
    const separator = key.indexOf('\u0000');
    const ecosystem = key.slice(0, separator) as Ecosystem;
    const name = key.slice(separator + 1);
    const from = before.get(key) ?? new Map<string, Entry>();
    const to = after.get(key) ?? new Map<string, Entry>();
    const removed = orderVersions(
      ecosystem,
      [...from.keys()].filter((v) => !to.has(v)),
    );
    const added = orderVersions(
      ecosystem,
      [...to.keys()].filter((v) => !from.has(v)),
    );
    const moved = findDirectMove(from, to);
    const paired = pairVersions(
      ecosystem,
      removed.filter((v) => v !== moved?.[0]),
      added.filter((v) => v !== moved?.[1]),
    );
    const pairs = moved ? [moved, ...paired.pairs] : paired.pairs;
    for (const [a, b] of pairs) {
      const old = from.get(a)!;
      const entry = to.get(b)!;
      changes.push({
        type: 'updated',
        ecosystem,
        name,
        from: old.version,
        to: entry.version,
        bump: classifyBump(ecosystem, old.version, entry.version),
        direct: entry.direct,
        scope: entry.scope,
        lockfile,
        ...where,
        purl: entry.purl,
        ...refs(old, entry),
        ...(from.has(b) ? { toRetained: true } : {}),
        ...(to.has(a) ? { fromRetained: true } : {}),
      });
    }
    for (const id of paired.added) {
      const entry = to.get(id)!;
      changes.push({
        type: 'added',
        ecosystem,
        name,
        from: null,
        to: entry.version,
        bump: null,
        direct: entry.direct,
        scope: entry.scope,
        lockfile,
        ...where,
        purl: entry.purl,
        ...refs(undefined, entry),
      });
    }
    for (const id of paired.removed) {
      const entry = from.get(id)!;
      changes.push({
        type: 'removed',
        ecosystem,
        name,
        from: entry.version,
        to: null,
        bump: null,
        direct: entry.direct,
        scope: entry.scope,
        lockfile,
        ...where,
        purl: entry.purl,
        ...refs(entry, undefined),
      });
    }
  }
  return changes;
}

function packageNames(lockfile: InventoryLockfile): Set<string> {
  return new Set(lockfile.packages.map((p) => p.name));
}

/** Share of package names two lockfiles have in common (Jaccard index). */
function overlap(a: InventoryLockfile, b: InventoryLockfile): number {
  const names = packageNames(a);
  const other = packageNames(b);
  let common = 0;
  for (const name of other) if (names.has(name)) common++;
  const union = names.size + other.size - common;
  return union === 0 ? 1 : common / union;
}

/** A moved lockfile is paired with its old path when the format matches and most packages carry over. */
const MOVE_OVERLAP = 0.5;

function pairMoves(
  gone: InventoryLockfile[],
  arrived: InventoryLockfile[],
): Array<[InventoryLockfile, InventoryLockfile]> {
  const candidates: Array<{ from: InventoryLockfile; to: InventoryLockfile; score: number }> = [];
  for (const from of gone) {
    for (const to of arrived) {
      if (from.formatId !== to.formatId) continue;
      const score = overlap(from, to);
      if (score >= MOVE_OVERLAP) candidates.push({ from, to, score });
    }
  }
  // Ties are broken on the unordered pair of paths, so swapping base and head pairs the same files.
  const tieKey = (x: InventoryLockfile, y: InventoryLockfile): string =>
    [x.path, y.path].sort().join('\u0000');
  candidates.sort((x, y) => y.score - x.score || compareStrings(tieKey(x.from, x.to), tieKey(y.from, y.to)));
  const taken = new Set<InventoryLockfile>();
  const pairs: Array<[InventoryLockfile, InventoryLockfile]> = [];
  for (const { from, to } of candidates) {
    if (taken.has(from) || taken.has(to)) continue;
    taken.add(from);
    taken.add(to);
    pairs.push([from, to]);
  }
  return pairs;
}

function compareChanges(a: Change, b: Change): number {
  return (
    compareStrings(a.lockfile, b.lockfile) ||
    compareStrings(a.ecosystem, b.ecosystem) ||
    compareStrings(a.name, b.name) ||
    compareStrings(a.type, b.type) ||
    compareStrings(a.from ?? '', b.from ?? '') ||
    compareStrings(a.to ?? '', b.to ?? '')
  );
}

/** Diffs two inventories lockfile by lockfile; a lockfile added, deleted or moved is handled. */
export function diffInventories(base: Inventory, head: Inventory): DiffResult {
  const beforeByPath = new Map(base.lockfiles.map((l) => [l.path, l]));
  const afterByPath = new Map(head.lockfiles.map((l) => [l.path, l]));
  const lockfiles: LockfileDiff[] = [];
  const changes: Change[] = [];
  const record = (entry: Omit<LockfileDiff, 'changes'>, found: Change[]): void => {
    lockfiles.push({ ...entry, changes: found.length });
    changes.push(...found);
  };

  for (const after of head.lockfiles) {
    const before = beforeByPath.get(after.path);
    if (!before) continue;
    const found = diffPackages(before.packages, after.packages, after.path);
    record(
      {
        path: after.path,
        status: found.length > 0 ? 'modified' : 'unchanged',
        format: after.format,
        ...(before.format !== after.format ? { previousFormat: before.format } : {}),
      },
      found,
    );
  }
  const gone = base.lockfiles.filter((l) => !afterByPath.has(l.path));
  const arrived = head.lockfiles.filter((l) => !beforeByPath.has(l.path));
  const moves = pairMoves(gone, arrived);
  const moved = new Set(moves.flat());
  for (const [before, after] of moves) {
    record(
      {
        path: after.path,
        previousPath: before.path,
        status: 'moved',
        format: after.format,
        previousFormat: before.format,
      },
      diffPackages(before.packages, after.packages, after.path, before.path),
    );
  }
  for (const before of gone) {
    if (moved.has(before)) continue;
    record(
      { path: before.path, status: 'removed', format: before.format },
      diffPackages(before.packages, [], before.path),
    );
  }
  for (const after of arrived) {
    if (moved.has(after)) continue;
    record(
      { path: after.path, status: 'added', format: after.format },
      diffPackages([], after.packages, after.path),
    );
  }
  lockfiles.sort((a, b) => compareStrings(a.path, b.path));
  changes.sort(compareChanges);
  return { lockfiles, changes };
}

/** Keeps what a `direct` scope asks for; an unknowable `direct` stays in, so nothing is hidden by doubt. */
export function filterChanges(changes: readonly Change[], scope: 'direct' | 'all'): Change[] {
  return scope === 'all' ? [...changes] : changes.filter((c) => c.direct !== false);
}
