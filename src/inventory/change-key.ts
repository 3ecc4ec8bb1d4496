import type { Package } from '../lockfiles/types.js';
import type { Change } from './change.js';

/**
 * The one identity of a change: its lockfile, package, both versions and pinned commits. Checklist
 * item ids, enrichment entries, register notes and the label's change-set digest all derive from
 * it, so a new target version (or a new pinned commit) is a new change everywhere at once. A
 * same-version change is also told apart by the artefacts and sources it moved between; those are
 * appended only when present, so the keys (and tick ids) of every other change stay as they were.
 */
export function changeKey(change: Change): string {
  const identity: Array<string | null> = [
    change.lockfile,
    change.ecosystem,
    change.name,
    change.from,
    change.to,
    change.fromRef ?? null,
    change.toRef ?? null,
  ];
  if (change.fromIntegrity !== undefined || change.toIntegrity !== undefined)
    identity.push('integrity', change.fromIntegrity ?? null, change.toIntegrity ?? null);
  if (change.fromSource !== undefined || change.toSource !== undefined)
    identity.push('source', change.fromSource ?? null, change.toSource ?? null);
  return JSON.stringify(identity);
}

/**
 * What tells two releases of one package apart, on the same terms as changeKey: the version, and
 * the pinned commit of a git-pinned package (other code can sit under one declared version). The
 * diff pairs these and the monitor groups by them. The commit follows a NUL, which no version holds.
 */
export function versionIdentity(pkg: Pick<Package, 'version' | 'ref'>): string {
  return pkg.ref === undefined ? pkg.version : `${pkg.version}\u0000${pkg.ref}`;
}
