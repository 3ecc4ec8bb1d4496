import type { Package } from '../lockfiles/types.js';
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

/**
 * What tells two releases of one package apart, on the same terms as changeKey: the version, and
 * the pinned commit of a git-pinned package (other code can sit under one declared version). The
 * diff pairs these and the monitor groups by them. The commit follows a NUL, which no version holds.
 */
export function versionIdentity(pkg: Pick<Package, 'version' | 'ref'>): string {
  return pkg.ref === undefined ? pkg.version : `${pkg.version}\u0000${pkg.ref}`;
}
