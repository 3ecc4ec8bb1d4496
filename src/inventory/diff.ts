/**
 * Diffs two inventories lockfile by lockfile. Matching versions lives in match-versions.ts, turning
 * matches into changes in diff-packages.ts; this file pairs the lockfiles and shapes the result.
 */
import type { Change, DiffResult, LockfileDiff } from './change.js';
import { diffPackages } from './diff-packages.js';
import { compareStrings, type Inventory, type InventoryLockfile } from './inventory.js';

export type { Change, ChangeType, DiffResult, LockfileDiff, LockfileStatus } from './change.js';
export { diffPackages } from './diff-packages.js';

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

export function pairMoves(
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
