import type { Change } from './diff.js';

/**
 * The one identity of a change: its lockfile, package, both versions and pinned commits. Checklist
 * item ids, enrichment entries, register notes and the label's change-set digest all derive from
 * it, so a new target version (or a new pinned commit) is a new change everywhere at once.
 */
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
