import type { ParsedVersion, VersionScheme } from './types.js';

/**
 * RubyGems: Gem::Version (rubygems/lib/rubygems/version.rb). A version is split into numeric and
 * letter segments (`1.0.0.rc1` -> 1,0,0,"rc",1); any letter makes it a pre-release, which sorts
 * before the release it precedes. `-` is read as `.pre.` the way Gem::Version does. Trailing zero
 * segments don't count (`1.0` == `1.0.0`), via Gem::Version#canonical_segments.
 */
const GEM_VERSION = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*$/;

type Segment = number | string;

function splitSegments(version: string): Segment[] | null {
  if (!GEM_VERSION.test(version) || version.trim() === '') return null;
  const normalised = version.trim().replaceAll('-', '.pre.');
  const segments: Segment[] = (normalised.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) =>
    /^\d+$/.test(s) ? Number(s) : s,
  );
  // Gem::Version uses arbitrary-precision integers; beyond 2^53 we'd compare wrongly, so refuse.
  if (segments.some((s) => typeof s === 'number' && !Number.isSafeInteger(s))) return null;
  return segments;
}

function dropTrailingZeros(segments: Segment[]): Segment[] {
  let end = segments.length;
  while (end > 0 && segments[end - 1] === 0) end--;
  return segments.slice(0, end);
}

function canonicalSegments(segments: Segment[]): Segment[] {
  const stringStart = segments.findIndex((s) => typeof s === 'string');
  const numeric = stringStart === -1 ? segments : segments.slice(0, stringStart);
  const rest = stringStart === -1 ? [] : segments.slice(stringStart);
  return [...dropTrailingZeros(numeric), ...dropTrailingZeros(rest)];
}

export const rubygemsScheme: VersionScheme = {
  parse(version): ParsedVersion | null {
    const segments = splitSegments(version);
    if (!segments) return null;
    const stringStart = segments.findIndex((s) => typeof s === 'string');
    const release = (stringStart === -1 ? segments : segments.slice(0, stringStart)) as number[];
    return { release, prerelease: stringStart !== -1 };
  },
  compare(a, b) {
    const sa = splitSegments(a);
    const sb = splitSegments(b);
    if (!sa || !sb) return null;
    const lhs = canonicalSegments(sa);
    const rhs = canonicalSegments(sb);
    const length = Math.max(lhs.length, rhs.length);
    for (let i = 0; i < length; i++) {
      const x = lhs[i] ?? 0;
      const y = rhs[i] ?? 0;
      if (x === y) continue;
      if (typeof x === 'string' && typeof y === 'number') return -1;
      if (typeof x === 'number' && typeof y === 'string') return 1;
      // Ruby's String#<=> is a byte-wise comparison; the segments are ASCII letters.
      return x < y ? -1 : 1;
    }
    return 0;
  },
};
