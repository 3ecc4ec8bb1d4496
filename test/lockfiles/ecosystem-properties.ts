// Helpers of the NuGet, Gradle, Maven, Pub and SwiftPM tests: the shared mutation and order checks
// live in mutate-input.ts; only what those tests need beyond them is here.
import fc from 'fast-check';
import type { LockfileFormat, ParsedLockfile } from '../../src/lockfiles/types.js';
import { readFixture } from './mutate-input.js';

export { readFixture, expectOnlyParseErrors, expectTotalOrder, expectAscending } from './mutate-input.js';

export function parseFixture(format: LockfileFormat, relative: string, path?: string): ParsedLockfile {
  return format.parse({ path: path ?? relative, text: readFixture(relative) });
}

/** Dot-separated parts drawn from small alphabets, so that equal and near-equal versions are frequent. */
export function dotted(part: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  return fc.array(part, { minLength: min, maxLength: max }).map((parts) => parts.join('.'));
}
