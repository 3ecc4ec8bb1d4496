import type { Change } from '../inventory/diff.js';

/** The stable key of a change: its lockfile, package, both versions and pinned commits. */
export function changeKey(change: Change): string {
  return JSON.stringify([
    change.lockfile,
    change.ecosystem,
    change.name,
    change.from,
    change.to,
    change.fromRef ?? null,
    change.toRef ?? null,
  ]);
}
