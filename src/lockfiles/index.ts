import type { LockfileFormat } from './types.js';
// Each format module registers here; the order decides which format claims a path first.
// FORMAT-IMPORTS (keep this marker: formats are added above it)

export const FORMATS: readonly LockfileFormat[] = [
  // FORMAT-ENTRIES (keep this marker: formats are added above it)
];

/** The format that reads a root-relative path, or undefined when it is not a lockfile we know. */
export function findFormat(path: string): LockfileFormat | undefined {
  return FORMATS.find((format) => format.matches(path));
}

export { LockfileParseError } from './errors.js';
export type * from './types.js';
