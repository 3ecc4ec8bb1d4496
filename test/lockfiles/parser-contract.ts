import fc from 'fast-check';
import { expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import type { LockfileFormat, LockfileInput } from '../../src/lockfiles/types.js';

type Path = Array<string | number>;

/** Cuts, splices and junk insertions: the shapes a truncated, conflicted or hand-edited file takes. */
function mutatedText(text: string): fc.Arbitrary<string> {
  const at = fc.integer({ min: 0, max: text.length });
  const junk = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\n', 'null', '<<<<<<< HEAD\n'),
  );
  return fc.oneof(
    at.map((end) => text.slice(0, end)),
    fc.tuple(at, at).map(([a, b]) => text.slice(0, Math.min(a, b)) + text.slice(Math.max(a, b))),
    fc.tuple(at, junk).map(([i, s]) => text.slice(0, i) + s + text.slice(i)),
  );
}

function collectPaths(root: unknown): Path[] {
  const paths: Path[] = [];
  const stack: Array<[unknown, Path]> = [[root, []]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [value, path] = next;
    if (value === null || typeof value !== 'object') continue;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      const child = path.concat(key);
      paths.push(child);
      stack.push([(value as Record<string, unknown>)[key as string], child]);
    }
  }
  return paths;
}

/** One value anywhere in the document replaced by another JSON value (or removed): wrong shapes. */
function reshaped(json: string): fc.Arbitrary<string> {
  const count = collectPaths(JSON.parse(json)).length;
  return fc
    .tuple(
      fc.integer({ min: 0, max: Math.max(0, count - 1) }),
      fc.option(fc.jsonValue({ maxDepth: 2 }), { nil: undefined }),
    )
    .map(([index, replacement]) => {
      const doc: unknown = JSON.parse(json);
      const path = collectPaths(doc)[index];
      if (!path) return json;
      let parent = doc as Record<string, unknown>;
      for (const key of path.slice(0, -1)) parent = parent[key as string] as Record<string, unknown>;
      const last = path[path.length - 1] as string;
      if (replacement === undefined) delete parent[last];
      // defineProperty, not assignment: a `__proto__` key must stay a key.
      else
        Object.defineProperty(parent, last, {
          value: replacement,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return JSON.stringify(doc, null, 2);
    });
}

function expectOnlyParseError(format: LockfileFormat, input: LockfileInput): void {
  try {
    const parsed = format.parse(input);
    for (const p of parsed.packages) {
      expect(typeof p.name).toBe('string');
      expect(typeof p.version).toBe('string');
      expect(p.lockfile).toBe(input.path);
    }
  } catch (error) {
    if (!(error instanceof LockfileParseError)) throw error;
    expect(error.message.startsWith(input.path)).toBe(true);
  }
}

/**
 * Any input either parses or throws LockfileParseError whose message starts with the file path;
 * never a TypeError or any other crash. `toJson` turns a fixture into plain JSON text (bun.lock
 * has trailing commas) for the shape mutations; plain JSON is valid input for both formats.
 * `fromJson` puts a reshaped document back into its file (a pnpm 11 lockfile holds two documents).
 */
export function expectParserContract(
  format: LockfileFormat,
  inputs: LockfileInput[],
  toJson: (text: string) => string = (t) => t,
  fromJson: (json: string) => string = (j) => j,
): void {
  for (const input of inputs) {
    it(`${input.path} (${input.text.length} chars): mutated text only ever throws LockfileParseError`, () => {
      fc.assert(
        fc.property(mutatedText(input.text), (text) => expectOnlyParseError(format, { ...input, text })),
        { numRuns: 300 },
      );
    });
    it(`${input.path}: any value swapped for another JSON shape only ever throws LockfileParseError`, () => {
      fc.assert(
        fc.property(reshaped(toJson(input.text)), (json) =>
          expectOnlyParseError(format, { ...input, text: fromJson(json) }),
        ),
        { numRuns: 300 },
      );
    });
  }
}
