import type { VersionScheme } from './types.js';

/**
 * Dart pub's version order (pub_semver `Version.compareTo`): SemVer 2.0 syntax, except that build
 * metadata is NOT ignored: 1.0.0+1 sorts after 1.0.0 and build parts compare like pre-release parts
 * (Flutter apps bump `+build` numbers and pub treats them as newer). Pre-release and build parts
 * are split on '.', numeric parts compare numerically and before alphanumeric ones.
 * https://pub.dev/packages/pub_semver . Not node-semver: it ignores build metadata, which would make
 * two different lockfile versions compare equal.
 */
const VERSION =
  /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const MAX_VERSION_LENGTH = 256;

interface PubVersion {
  release: [string, string, string];
  pre: string[];
  build: string[];
}

function readVersion(version: string): PubVersion | null {
  if (version.length > MAX_VERSION_LENGTH) return null;
  const match = VERSION.exec(version);
  if (!match) return null;
  const digits = (part: string): string => part.replace(/^0+/, '');
  return {
    release: [digits(match[1] as string), digits(match[2] as string), digits(match[3] as string)],
    pre: match[4] ? match[4].split('.') : [],
    build: match[5] ? match[5].split('.') : [],
  };
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length < y.length ? -1 : 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

const isNumeric = (part: string): boolean => /^\d+$/.test(part);

/** pub_semver `_compareLists`: part by part, numbers before strings, a prefix sorts first. */
function compareParts(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = isNumeric(x);
    const ny = isNumeric(y);
    const result = nx && ny ? compareDigits(x, y) : nx !== ny ? (nx ? -1 : 1) : x < y ? -1 : x > y ? 1 : 0;
    if (result !== 0) return result;
  }
  return 0;
}

export const pubScheme: VersionScheme = {
  parse(version) {
    const parsed = readVersion(version);
    return parsed
      ? { release: parsed.release.map((part) => Number(part || '0')), prerelease: parsed.pre.length > 0 }
      : null;
  },
  compare(a, b) {
    const pa = readVersion(a);
    const pb = readVersion(b);
    if (!pa || !pb) return null;
    for (let i = 0; i < 3; i++) {
      const result = compareDigits(pa.release[i] as string, pb.release[i] as string);
      if (result !== 0) return result;
    }
    if ((pa.pre.length === 0) !== (pb.pre.length === 0)) return pa.pre.length === 0 ? 1 : -1;
    const pre = compareParts(pa.pre, pb.pre);
    if (pre !== 0) return pre;
    if ((pa.build.length === 0) !== (pb.build.length === 0)) return pa.build.length === 0 ? -1 : 1;
    return compareParts(pa.build, pb.build);
  },
};
