/** The changes of one lockfile: matched versions turned into Change records. */
import type { Package } from '../lockfiles/types.js';
import { classifyBump } from '../versions/index.js';
import { describeOrigin, isIntegrityChanged, isSourceChanged, originOf } from './artefact.js';
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
  const moved = before !== undefined && after !== undefined && before.id !== after.id;
  return {
    type,
    ecosystem,
    name,
    from: before?.version ?? null,
    to: after?.version ?? null,
    bump: moved ? classifyBump(ecosystem, before.version, after.version) : null,
    direct: described.direct,
    scope: described.scope,
    ...place,
    purl: described.purl,
    ...(before?.ref !== undefined ? { fromRef: before.ref } : {}),
    ...(after?.ref !== undefined ? { toRef: after.ref } : {}),
  };
}

/**
 * The supply-chain signals between two entries of one name: a source change (and, under the same
 * version, an integrity change) wins over the plain update or no change at all, because that is
 * what the reviewer must look at first.
 */
function classify(
  before: Entry,
  after: Entry,
): { type: 'integrity-changed' | 'source-changed' | undefined; extra: Partial<Change> } {
  const sameVersion = before.id === after.id;
  const fromOrigin = originOf(before);
  const toOrigin = originOf(after);
  const sourceChanged = isSourceChanged(fromOrigin, toOrigin);
  const integrityChanged = sameVersion && isIntegrityChanged(before.integrity, after.integrity);
  const extra: Partial<Change> = {
    ...(integrityChanged ? { fromIntegrity: before.integrity!, toIntegrity: after.integrity! } : {}),
    ...(sourceChanged ? { fromSource: describeOrigin(fromOrigin), toSource: describeOrigin(toOrigin) } : {}),
  };
  if (sourceChanged) return { type: 'source-changed', extra };
  if (integrityChanged) return { type: 'integrity-changed', extra };
  return { type: undefined, extra };
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
      const old = from.get(a)!;
      const now = to.get(b)!;
      const { type, extra } = classify(old, now);
      changes.push({
        ...toChange(type ?? 'updated', key, place, old, now),
        ...(from.has(b) ? { toRetained: true } : {}),
        ...(to.has(a) ? { fromRetained: true } : {}),
        ...extra,
      });
    }
    for (const [id, now] of to) {
      const old = from.get(id);
      if (old === undefined) continue;
      const { type, extra } = classify(old, now);
      if (type !== undefined) changes.push({ ...toChange(type, key, place, old, now), ...extra });
    }
    for (const id of matched.added) changes.push(toChange('added', key, place, undefined, to.get(id)));
    for (const id of matched.removed) changes.push(toChange('removed', key, place, from.get(id), undefined));
  }
  return changes;
}
