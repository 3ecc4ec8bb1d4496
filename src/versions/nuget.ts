import type { VersionScheme } from './types.js';

/**
 * NuGet's version order (NuGet.Versioning VersionComparer.Default): SemVer 2.0 plus the legacy
 * four-part form (1.2.3.4). Missing parts are zero (1.0 = 1.0.0.0), a release sorts after its
 * pre-releases, pre-release labels compare part by part (numeric parts numerically and before
 * alphanumeric ones, alphanumeric parts case-insensitively), and build metadata (`+…`) is ignored.
 * https://learn.microsoft.com/nuget/concepts/package-versioning
 * No maintained npm package implements this order (node-semver rejects four parts and compares
 * labels case-sensitively), hence the few lines here.
 */
const VERSION =
  /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
const MAX_VERSION_LENGTH = 256;

interface NuGetVersion {
  /** Four numeric parts as digit strings without leading zeros, so any size compares exactly. */
  parts: [string, string, string, string];
  labels: string[];
  /** How many numeric parts were written (1 to 4). */
  written: number;
}

function readVersion(version: string): NuGetVersion | null {
  if (version.length > MAX_VERSION_LENGTH) return null;
  const match = VERSION.exec(version);
  if (!match) return null;
  const digits = (part: string | undefined): string => (part ?? '0').replace(/^0+/, '');
  return {
    parts: [digits(match[1]), digits(match[2]), digits(match[3]), digits(match[4])],
    labels: match[5] ? match[5].split('.') : [],
    written: [match[1], match[2], match[3], match[4]].filter((part) => part !== undefined).length,
  };
}

function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const isNumeric = (label: string): boolean => /^\d+$/.test(label);

function compareLabel(a: string, b: string): number {
  const numericA = isNumeric(a);
  const numericB = isNumeric(b);
  if (numericA && numericB) return compareDigits(a.replace(/^0+/, ''), b.replace(/^0+/, ''));
  if (numericA !== numericB) return numericA ? -1 : 1;
  // OrdinalIgnoreCase: labels only hold [0-9A-Za-z-], so upper-casing both is the same order.
  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  return upperA < upperB ? -1 : upperA > upperB ? 1 : 0;
}

function compareParsed(a: NuGetVersion, b: NuGetVersion): number {
  for (let i = 0; i < 4; i++) {
    const result = compareDigits(a.parts[i] as string, b.parts[i] as string);
    if (result !== 0) return result;
  }
  if (a.labels.length === 0 || b.labels.length === 0) {
    return a.labels.length === b.labels.length ? 0 : a.labels.length === 0 ? 1 : -1;
  }
  const length = Math.min(a.labels.length, b.labels.length);
  for (let i = 0; i < length; i++) {
    const result = compareLabel(a.labels[i] as string, b.labels[i] as string);
    if (result !== 0) return result;
  }
  return a.labels.length === b.labels.length ? 0 : a.labels.length < b.labels.length ? -1 : 1;
}

export const nugetScheme: VersionScheme = {
  parse(version) {
    const parsed = readVersion(version);
    if (!parsed) return null;
    // Three parts at least (1.0 is 1.0.0), the fourth only when written: 1.2.3 -> 1.2.3.1 is a patch bump.
    const release = parsed.parts.slice(0, Math.max(3, parsed.written)).map((part) => Number(part || '0'));
    return { release, prerelease: parsed.labels.length > 0 };
  },
  compare(a, b) {
    const pa = readVersion(a);
    const pb = readVersion(b);
    return pa && pb ? compareParsed(pa, pb) : null;
  },
};

/** The case-insensitive identity NuGet gives a version (1.0 = 1.0.0, 1.0.0-Beta = 1.0.0-beta). */
export function normalizeNugetVersion(version: string): string {
  const parsed = readVersion(version);
  if (!parsed) return version.toLowerCase();
  const [major, minor, patch, revision] = parsed.parts.map((part) => part || '0');
  const core = `${major}.${minor}.${patch}${revision !== '0' ? `.${revision}` : ''}`;
  return parsed.labels.length > 0 ? `${core}-${parsed.labels.join('.').toLowerCase()}` : core;
}
