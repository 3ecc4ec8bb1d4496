/**
 * soup/register.yml covers exactly the runtime dependencies bundled into dist/, every entry is
 * complete for its class, and every verification names test files that exist: a renamed or
 * deleted test must not leave the register pointing at nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/parse.js';
import { registerLookupKey } from '../../src/register/keys.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
// Without allowIncomplete, an entry missing a field its class needs (or holding a TODO) throws.
const register = parseRegister('soup/register.yml', readFileSync('soup/register.yml', 'utf8'));
const entries = [...register.entries.values()];

/** Repository paths a verification text names (test files, benchmarks, scripts). */
function namedPaths(text: string): string[] {
  return [...text.matchAll(/\b(?:test|bench|scripts)\/[\w./-]+\.(?:ts|mts|js|mjs|cjs)\b/g)].map((m) => m[0]);
}

describe('soup/register.yml', () => {
  it('has an entry for every runtime dependency and none for anything else', () => {
    const wanted = Object.keys(pkg.dependencies)
      .map((name) => registerLookupKey('npm', name))
      .sort();
    expect([...register.entries.keys()].sort()).toEqual(wanted);
  });

  it('holds every item to class B, with no entry below it', () => {
    expect(register.defaults).toMatchObject({ safetyClass: 'B', assumed: false });
    for (const entry of entries) {
      expect(entry.safetyClass ?? register.defaults.safetyClass, entry.key).toBe('B');
      expect(entry.problems, entry.key).toEqual([]);
      expect(entry.requirements.length, entry.key).toBeGreaterThan(0);
    }
  });

  it('gives every requirement its own id', () => {
    const ids = entries.flatMap((entry) => entry.requirements.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(entries.map((entry) => [entry.key, entry.verification ?? ''] as const))(
    '%s: its verification names test files of ours that exist',
    (_key, verification) => {
      const paths = namedPaths(verification);
      expect(paths.some((path) => path.endsWith('.test.ts'))).toBe(true);
      expect(paths.filter((path) => !existsSync(path))).toEqual([]);
    },
  );

  it('reads the paths a verification names, and only those', () => {
    expect(
      namedPaths(
        'test/a/b.test.ts ("x"), bench/run.ts and test/hostile/attacks/xml-entities.ts; see README.md',
      ),
    ).toEqual(['test/a/b.test.ts', 'bench/run.ts', 'test/hostile/attacks/xml-entities.ts']);
  });
});
