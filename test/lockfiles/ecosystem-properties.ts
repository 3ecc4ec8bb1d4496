import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import type { LockfileFormat, LockfileInput, ParsedLockfile } from '../../src/lockfiles/types.js';
import type { VersionScheme } from '../../src/inventory/versions/types.js';

/** Shared by the NuGet, Gradle, Maven, Pub and SwiftPM tests. */
export function readFixture(relative: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', relative), 'utf8');
}

export function parseFixture(format: LockfileFormat, relative: string, path?: string): ParsedLockfile {
  return format.parse({ path: path ?? relative, text: readFixture(relative) });
}

/** Cuts, splices and junk insertions: the shapes of truncated, merged or hand-edited files. */
function arbitraryMutation(text: string): fc.Arbitrary<string> {
  const position = fc.integer({ min: 0, max: text.length });
  const junk = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      '\n',
      '"',
      '{',
      '}',
      '[',
      ']',
      ':',
      ',',
      '=',
      '<',
      '>',
      '</dependency>',
      '- ',
      '\t',
      'null',
      '1',
    ),
  );
  return fc.oneof(
    position.map((at) => text.slice(0, at)),
    fc.tuple(position, position).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc.tuple(position, junk).map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
    fc.tuple(position, position).map(([a, b]) => text.slice(0, a) + text.slice(b, b + 40) + text.slice(a)),
  );
}

/** Mutated input either parses into well-formed packages or throws LockfileParseError naming the file. */
export function expectOnlyParseErrors(format: LockfileFormat, base: LockfileInput, runs = 300): void {
  fc.assert(
    fc.property(arbitraryMutation(base.text), (text) => {
      try {
        const parsed = format.parse({ ...base, text });
        for (const p of parsed.packages) {
          expect(typeof p.name).toBe('string');
          expect(p.name).not.toBe('');
          expect(typeof p.version).toBe('string');
          expect(p.version).not.toBe('');
          expect(p.purl.startsWith('pkg:')).toBe(true);
          expect(p.lockfile).toBe(base.path);
        }
      } catch (error) {
        if (!(error instanceof LockfileParseError)) throw error;
        expect(error.file).toBe(base.path);
        expect(error.message.startsWith(base.path)).toBe(true);
      }
    }),
    { numRuns: runs },
  );
}

/** compare is a total preorder on generated versions: reflexive, antisymmetric in sign, transitive. */
export function expectTotalOrder(scheme: VersionScheme, versions: fc.Arbitrary<string>, runs = 1000): void {
  fc.assert(
    fc.property(versions, versions, versions, (a, b, c) => {
      const ab = scheme.compare(a, b);
      const bc = scheme.compare(b, c);
      const ac = scheme.compare(a, c);
      expect(ab).not.toBeNull();
      expect(bc).not.toBeNull();
      expect(ac).not.toBeNull();
      expect(scheme.parse(a)).not.toBeNull();
      expect(scheme.compare(a, a)).toBe(0);
      // Signs are opposite (+0 and -0 both mean equal, hence the sum).
      expect(Math.sign(scheme.compare(b, a) as number) + Math.sign(ab as number)).toBe(0);
      if ((ab as number) <= 0 && (bc as number) <= 0) expect(ac).toBeLessThanOrEqual(0);
      if ((ab as number) >= 0 && (bc as number) >= 0) expect(ac).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: runs },
  );
}

/** The list is strictly ascending: every pair must compare by position. */
export function expectAscending(scheme: VersionScheme, ascending: readonly string[]): void {
  for (let i = 0; i < ascending.length; i++) {
    for (let j = 0; j < ascending.length; j++) {
      const a = ascending[i] as string;
      const b = ascending[j] as string;
      expect([a, b, Math.sign(scheme.compare(a, b) ?? NaN)]).toEqual([a, b, Math.sign(i - j)]);
    }
  }
}

/** Dot-separated parts drawn from small alphabets, so that equal and near-equal versions are frequent. */
export function dotted(part: fc.Arbitrary<string>, min: number, max: number): fc.Arbitrary<string> {
  return fc.array(part, { minLength: min, maxLength: max }).map((parts) => parts.join('.'));
}
