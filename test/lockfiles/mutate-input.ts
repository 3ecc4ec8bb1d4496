import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import type { LockfileFormat, LockfileInput } from '../../src/lockfiles/types.js';
import type { VersionScheme } from '../../src/versions/types.js';

export function readFixture(relative: string): string {
  return readFileSync(resolve(import.meta.dirname, '../fixtures', relative), 'utf8');
}

/** Cuts, duplications, splices and junk insertions: the shapes a truncated, merged or hand-edited file takes. */
// Shared by every parser's tests (JSON, YAML, TOML, XML and line formats alike).
export function arbitraryMutation(text: string): fc.Arbitrary<string> {
  const position = fc.integer({ min: 0, max: text.length });
  const junk = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      '\n',
      '(',
      ')',
      '"',
      '[[package]]',
      '  specs:',
      '{',
      '}',
      ':',
      '- ',
      '=>',
      '# ',
      ',',
      '<',
      '>',
      '</dependency>',
      'null',
      '1',
      '\t',
      '@',
      '[',
      ']',
    ),
  );
  return fc.oneof(
    position.map((at) => text.slice(0, at)),
    fc.tuple(position, position).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc.tuple(position, junk).map(([at, s]) => text.slice(0, at) + s + text.slice(at)),
    fc.tuple(position, position).map(([a, b]) => text.slice(0, a) + text.slice(b, b + 40) + text.slice(a)),
  );
}

/** A parser given mutated input either succeeds or throws LockfileParseError naming the file: nothing else. */
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

/** compare is a total (pre)order on what parse accepts: reflexive, antisymmetric, transitive. */
export function expectTotalOrder(scheme: VersionScheme, versions: fc.Arbitrary<string>, runs = 500): void {
  fc.assert(
    fc.property(versions, versions, versions, (a, b, c) => {
      const ab = scheme.compare(a, b);
      const ba = scheme.compare(b, a);
      expect(ab).not.toBeNull();
      expect(scheme.compare(a, a)).toBe(0);
      expect(Math.sign(ab ?? 0) + Math.sign(ba ?? 0)).toBe(0);
      expect(scheme.compare(b, c)).not.toBeNull();
      expect(scheme.compare(a, c)).not.toBeNull();
      const bc = scheme.compare(b, c) ?? 0;
      const ac = scheme.compare(a, c) ?? 0;
      if ((ab ?? 0) <= 0 && bc <= 0) expect(ac).toBeLessThanOrEqual(0);
      if ((ab ?? 0) >= 0 && bc >= 0) expect(ac).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: runs },
  );
}

/** Each list is in ascending order; the scheme must agree on every pair. */
export function expectAscending(scheme: VersionScheme, ascending: readonly string[]): void {
  for (let i = 0; i < ascending.length; i++) {
    for (let j = 0; j < ascending.length; j++) {
      const order = scheme.compare(ascending[i] as string, ascending[j] as string);
      expect([ascending[i], ascending[j], Math.sign(order ?? NaN)]).toEqual([
        ascending[i],
        ascending[j],
        Math.sign(i - j),
      ]);
    }
  }
}
