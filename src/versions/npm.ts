import semver from 'semver';
import type { VersionScheme } from './types.js';

/** npm: SemVer 2.0 as node-semver implements it (loose, so `v1.2.3` and `=1.2.3` still order). */
export const npmScheme: VersionScheme = {
  parse(version) {
    const parsed = semver.parse(version, { loose: true });
    return parsed
      ? { release: [parsed.major, parsed.minor, parsed.patch], prerelease: parsed.prerelease.length > 0 }
      : null;
  },
  compare(a, b) {
    const pa = semver.parse(a, { loose: true });
    const pb = semver.parse(b, { loose: true });
    if (!pa || !pb) return null;
    // compareBuild keeps the order total: 1.0.0+a and 1.0.0+b are different lockfile versions.
    return semver.compareBuild(pa, pb);
  },
};
