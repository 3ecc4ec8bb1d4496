import type { ParsedVersion, VersionScheme } from './types.js';

/**
 * Go modules: semantic versions with a mandatory `v` prefix, compared the way
 * golang.org/x/mod/semver does. Pseudo-versions (`v0.0.0-20210101000000-abcdef123456`,
 * `v1.2.4-0.2021…`, `v1.2.3-pre.0.2021…`) are pre-releases whose identifiers sort by their base
 * version and then their UTC timestamp, which plain SemVer pre-release ordering already gives.
 * Build metadata (`+incompatible`) does not take part in the order, as in Go. Numeric parts are
 * compared as digit strings (length first) so that huge numbers never lose precision.
 */
const GO_SEMVER =
  /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?)?)?$/;

interface GoVersion {
  release: [string, string, string];
  prerelease: string[];
}

function parseGo(version: string): GoVersion | null {
  const match = GO_SEMVER.exec(version);
  if (!match) return null;
  // `v1` and `v1.2` are Go's shorthands for v1.0.0 and v1.2.0 (golang.org/x/mod/semver accepts them).
  return {
    release: [match[1] ?? '0', match[2] ?? '0', match[3] ?? '0'],
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

/** Compares two non-negative decimal digit strings without converting them to numbers. */
export function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SemVer 2.0 pre-release precedence: no pre-release ranks highest; numeric ids below alphanumeric ones. */
export function comparePrerelease(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x === y) continue;
    const xNum = /^\d+$/.test(x);
    const yNum = /^\d+$/.test(y);
    if (xNum && yNum) return compareDigits(x, y);
    if (xNum !== yNum) return xNum ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export const goScheme: VersionScheme = {
  parse(version): ParsedVersion | null {
    const parsed = parseGo(version);
    return parsed ? { release: parsed.release.map(Number), prerelease: parsed.prerelease.length > 0 } : null;
  },
  compare(a, b) {
    const pa = parseGo(a);
    const pb = parseGo(b);
    if (!pa || !pb) return null;
    for (let i = 0; i < 3; i++) {
      const order = compareDigits(pa.release[i] as string, pb.release[i] as string);
      if (order !== 0) return order;
    }
    return comparePrerelease(pa.prerelease, pb.prerelease);
  },
};

/**
 * A Go release as the `go` and `toolchain` lines of go.mod name it (`1.22`, `1.22.3`, `1.21rc1`,
 * `go1.22.3`), in the semver form the standard library has as a module (OSV's `stdlib`, purl
 * `pkg:golang/stdlib`): `v1.22.0`, `v1.22.3`, `v1.21.0-rc.1`. A language version without a patch
 * release means its first release, as the go command reads `go 1.22` since Go 1.21. Null for
 * anything else (a custom toolchain suffix is the caller's to report).
 */
export function goReleaseToSemver(release: string): string | null {
  const match = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(release);
  if (!match) return null;
  const [, major, minor, patch, kind, number] = match as unknown as [
    string,
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  const base = `v${Number(major)}.${Number(minor)}.${patch === undefined ? 0 : Number(patch)}`;
  // Go names pre-releases only of a minor line (go1.21rc1); a patch release has none.
  if (kind !== undefined) return patch === undefined ? `${base}-${kind}.${Number(number)}` : null;
  return base;
}
