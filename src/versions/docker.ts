import type { ParsedVersion, VersionScheme } from './types.js';

/**
 * Container image tags. A tag is free text, but the ones that name releases follow one shape:
 * numbers (`20`, `3.12`, `1.22.5`, `v2.1`), an optional pre-release (`3.13.0rc1`), then an optional
 * variant after `-` (`20-alpine3.19`, `3.12-slim-bookworm`). Two tags are ordered only when their
 * variants are the same: `20-alpine` and `22-bookworm` are different images, not a bump, and
 * `latest`, `bookworm` or a bare digest name no release at all (null: the bump is "unknown").
 */
const TAG =
  /^v?(\d{1,9}(?:\.\d{1,9})*)(?:(a|b|rc|alpha|beta|pre|dev)(\d{0,9}))?(?:-([A-Za-z0-9][A-Za-z0-9._-]*))?$/;

interface Tag {
  release: number[];
  /** Pre-release label and number, e.g. ['rc', 1]; null for a release. */
  pre: [string, number] | null;
  variant: string;
}

function parseTag(tag: string): Tag | null {
  const match = TAG.exec(tag);
  if (!match) return null;
  return {
    release: match[1]!.split('.').map(Number),
    pre: match[2] === undefined ? null : [match[2], Number(match[3] || '0')],
    variant: match[4] ?? '',
  };
}

function compareTags(a: Tag, b: Tag): number {
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    const order = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (order !== 0) return Math.sign(order);
  }
  if (a.pre === null || b.pre === null) return a.pre === b.pre ? 0 : a.pre === null ? 1 : -1;
  // alpha < a? Lexical order happens to match the usual one: a < alpha < b < beta < dev < pre < rc.
  if (a.pre[0] !== b.pre[0]) return a.pre[0] < b.pre[0] ? -1 : 1;
  return Math.sign(a.pre[1] - b.pre[1]);
}

export const dockerScheme: VersionScheme = {
  parse(version): ParsedVersion | null {
    const tag = parseTag(version);
    return tag ? { release: tag.release, prerelease: tag.pre !== null } : null;
  },
  compare(a, b) {
    const ta = parseTag(a);
    const tb = parseTag(b);
    if (!ta || !tb || ta.variant !== tb.variant) return null;
    return compareTags(ta, tb);
  },
};
