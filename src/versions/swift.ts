import semver from 'semver';
import type { VersionScheme } from './types.js';

/**
 * SwiftPM versions are SemVer 2.0 (Package.resolved records the parsed tag, without a `v`), so strict
 * node-semver. A pin on a branch or bare revision carries a commit hash instead: that doesn't parse,
 * and the bump class is then "unknown", never guessed from hash text.
 */
export const swiftScheme: VersionScheme = {
  parse(version) {
    const parsed = semver.parse(version);
    return parsed
      ? { release: [parsed.major, parsed.minor, parsed.patch], prerelease: parsed.prerelease.length > 0 }
      : null;
  },
  compare(a, b) {
    const pa = semver.parse(a);
    const pb = semver.parse(b);
    // compareBuild keeps the order total over distinct strings: 1.0.0+a and 1.0.0+b differ.
    return pa && pb ? semver.compareBuild(pa, pb) : null;
  },
};
