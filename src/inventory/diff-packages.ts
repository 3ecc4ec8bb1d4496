/** The changes of one lockfile: matched versions turned into Change records. */
import type { Package } from '../lockfiles/types.js';
import { classifyBump } from '../versions/index.js';
import type { Change, ChangeType } from './change.js';
import { indexPackages, matchVersions, splitPackageKey, type Entry } from './match-versions.js';

/** Where the change sits: its lockfile, and the path it had before when the lockfile moved. */
interface Place {
  lockfile: string;
  previousLockfile?: string;
}

/**
 * One Change from its entries: `before` is absent for an addition, `after` for a removal. Direct,
 * scope and purl come from the side the package has after the change (before it, for a removal).
 */
function toChange(
  type: ChangeType,
  key: string,
  place: Place,
  before: Entry | undefined,
  after: Entry | undefined,
): Change {
  const { ecosystem, name } = splitPackageKey(key);
  const described = (after ?? before)!;
  return {
    type,
    ecosystem,
    name,
    from: before?.version ?? null,
    to: after?.version ?? null,
    bump: before && after ? classifyBump(ecosystem, before.version, after.version) : null,
    direct: described.direct,
    scope: described.scope,
    ...place,
    purl: described.purl,
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
  const place: Place =
    previousLockfile !== undefined && previousLockfile !== lockfile
      ? { lockfile, previousLockfile }
      : { lockfile };
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(key) ?? new Map<string, Entry>();
    const to = after.get(key) ?? new Map<string, Entry>();
    const matched = matchVersions(splitPackageKey(key).ecosystem, from, to);
    for (const [a, b] of matched.pairs) {
      changes.push({
        ...toChange('updated', key, place, from.get(a), to.get(b)),
        ...(from.has(b) ? { toRetained: true } : {}),
        ...(to.has(a) ? { fromRetained: true } : {}),
      });
    }
    for (const id of matched.added) changes.push(toChange('added', key, place, undefined, to.get(id)));
    for (const id of matched.removed) changes.push(toChange('removed', key, place, from.get(id), undefined));
  }
  return changes;
}
