import semver from 'semver';
import type { VersionScheme } from './types.js';

/**
 * crates.io: strict SemVer 2.0 (Cargo rejects `v` prefixes and other loose forms). Build metadata
 * takes part in the order, as the Rust `semver` crate's `Ord` does, so the order stays total.
 */
function parseCargo(version: string): semver.SemVer | null {
  // node-semver accepts a leading `v`/`=` and surrounding spaces even when strict; Cargo does not.
  return /^\d/.test(version) && version.trim() === version ? semver.parse(version) : null;
}

export const cargoScheme: VersionScheme = {
  parse(version) {
    const parsed = parseCargo(version);
    return parsed
      ? { release: [parsed.major, parsed.minor, parsed.patch], prerelease: parsed.prerelease.length > 0 }
      : null;
  },
  compare(a, b) {
    const pa = parseCargo(a);
    const pb = parseCargo(b);
    if (!pa || !pb) return null;
    return semver.compareBuild(pa, pb);
  },
};
