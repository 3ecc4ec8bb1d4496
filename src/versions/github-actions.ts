import { comparePrerelease, compareDigits } from './go.js';
import type { ParsedVersion, VersionScheme } from './types.js';

/**
 * GitHub Actions refs: release tags `v1`, `v1.2`, `v1.2.3` (optionally without `v`, optionally with
 * a SemVer pre-release) order like SemVer with missing parts read as 0 (`v4` == `v4.0.0`). A commit
 * SHA or a branch name (`main`) names no release, so it can't be ordered: null, never a guess.
 */
const TAG =
  /^v?(0|[1-9]\d*)(?:\.(0|[1-9]\d*))?(?:\.(0|[1-9]\d*))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

function parseTag(version: string): { release: [string, string, string]; prerelease: string[] } | null {
  // A full SHA made only of digits would otherwise read as a huge version number.
  if (/^[0-9a-f]{40}$|^[0-9a-f]{64}$/i.test(version)) return null;
  const match = TAG.exec(version);
  if (!match) return null;
  return {
    release: [match[1] ?? '0', match[2] ?? '0', match[3] ?? '0'],
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

export const githubActionsScheme: VersionScheme = {
  parse(version): ParsedVersion | null {
    const parsed = parseTag(version);
    return parsed ? { release: parsed.release.map(Number), prerelease: parsed.prerelease.length > 0 } : null;
  },
  compare(a, b) {
    const pa = parseTag(a);
    const pb = parseTag(b);
    if (!pa || !pb) return null;
    for (let i = 0; i < 3; i++) {
      const order = compareDigits(pa.release[i] as string, pb.release[i] as string);
      if (order !== 0) return order;
    }
    return comparePrerelease(pa.prerelease, pb.prerelease);
  },
};
