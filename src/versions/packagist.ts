import type { ParsedVersion, VersionScheme } from './types.js';

/**
 * Packagist: Composer's VersionParser::normalize followed by PHP's version_compare, reduced to a
 * tuple (release[4], stability, stability number, -dev suffix). A leading `v` and build metadata
 * don't count (`v1.2.3` == `1.2.3`), as Composer normalises them away. Branch versions
 * (`dev-main`, `2.x-dev`) name a moving branch, not a release: they can't be ordered (null).
 */
const STABILITY: Record<string, number> = {
  alpha: 1,
  a: 1,
  beta: 2,
  b: 2,
  rc: 3,
  stable: 4,
  patch: 5,
  pl: 5,
  p: 5,
};
const DEV = 0;
const STABLE = 4;

const CLASSICAL =
  /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:[._-]?(stable|beta|b|rc|alpha|a|patch|pl|p)((?:[.-]?\d+)*))?([.-]?dev)?$/i;

interface ComposerVersion {
  release: number[];
  stability: number;
  stabilityNumbers: number[];
  dev: boolean;
}

function parseComposer(version: string): ComposerVersion | null {
  const trimmed = version.trim().replace(/\+[^\s]+$/, '');
  if (/^dev-/i.test(trimmed) || /\.x-dev$/i.test(trimmed)) return null;
  const match = CLASSICAL.exec(trimmed);
  if (!match) return null;
  const release = [match[1], match[2], match[3], match[4]].map((part) => Number(part ?? '0'));
  const stabilityNumbers = (match[6] ?? '')
    .split(/[.-]/)
    .filter((s) => s !== '')
    .map(Number);
  if (![...release, ...stabilityNumbers].every(Number.isSafeInteger)) return null;
  const dev = match[7] !== undefined;
  const named = match[5] ? (STABILITY[match[5].toLowerCase()] ?? STABLE) : undefined;
  // A bare `-dev` suffix is the dev stability itself; after a named stability it marks a snapshot of it.
  return {
    release,
    stability: named ?? (dev ? DEV : STABLE),
    stabilityNumbers,
    dev: named !== undefined && dev,
  };
}

function compareNumbers(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return (a[i] as number) < (b[i] as number) ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

export const packagistScheme: VersionScheme = {
  parse(version): ParsedVersion | null {
    const parsed = parseComposer(version);
    return parsed ? { release: parsed.release, prerelease: parsed.stability < STABLE || parsed.dev } : null;
  },
  compare(a, b) {
    const pa = parseComposer(a);
    const pb = parseComposer(b);
    if (!pa || !pb) return null;
    return (
      compareNumbers(pa.release, pb.release) ||
      Math.sign(pa.stability - pb.stability) ||
      compareNumbers(pa.stabilityNumbers, pb.stabilityNumbers) ||
      (pa.dev === pb.dev ? 0 : pa.dev ? -1 : 1)
    );
  },
};
