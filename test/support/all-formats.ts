// Every parser loaded at once, for the tests, the fuzzer and the bench that exercise all formats.
// Production code goes through the lazy registry (src/lockfiles/index.ts) and loads a parser only
// when a file of its format is met.
import { FORMATS as REGISTRY } from '../../src/lockfiles/index.js';
import type { LockfileFormat } from '../../src/lockfiles/types.js';

export const FORMATS: readonly LockfileFormat[] = await Promise.all(REGISTRY.map((entry) => entry.load()));

/** The loaded parser the registry picks for a root-relative path. */
export function findFormat(path: string): LockfileFormat | undefined {
  const index = REGISTRY.findIndex((entry) => entry.matches(path));
  return index === -1 ? undefined : FORMATS[index];
}
