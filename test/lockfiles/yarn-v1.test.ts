// The yarn v1 line reader must build exactly what parseSyml builds, and the inventories must be
// identical, on every yarn.lock we have: the shared corpus (when present) and the fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseSyml } from '@yarnpkg/parsers';
import { describe, expect, it } from 'vitest';
import { parseYarnText } from '../../src/lockfiles/yarn.js';
import { readYarnV1 } from '../../src/lockfiles/yarn-v1.js';
import { CORPUS_DIR, hasCorpus } from '../support/corpus.js';

const V1 = /^(#.*(\r?\n))*?#\s+yarn\s+lockfile\s+v1\r?\n/i;

function yarnLocks(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('yarn.lock'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => V1.test(readFileSync(file, 'utf8')))
    .sort();
}

/** Which keys share one value object, by key order: the reader must group descriptors as the grammar does. */
function sharing(root: Record<string, unknown>): number[] {
  const seen = new Map<unknown, number>();
  return Object.values(root).map((value) => {
    if (!seen.has(value)) seen.set(value, seen.size);
    return seen.get(value)!;
  });
}

const files = [...yarnLocks(resolve('test/fixtures')), ...(hasCorpus ? yarnLocks(CORPUS_DIR) : [])];

describe('yarn v1 line reader', () => {
  it('covers the corpus yarn.lock files when the corpus is present', () => {
    expect(files.length).toBeGreaterThan(hasCorpus ? 40 : 1);
  });

  it.each(files.map((f) => [relative(resolve('..'), f), f]))(
    '%s: same object and same inventory as parseSyml',
    (_name, file) => {
      const text = readFileSync(file, 'utf8');
      const fast = readYarnV1(text);
      expect(fast, 'the regular shape must not fall back').toBeDefined();
      const reference = parseSyml(text);
      // Key order and value order matter (entry order is package order): compare serialised.
      expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
      expect(sharing(fast!)).toEqual(sharing(reference));

      const manifests = new Map<string, string>();
      try {
        manifests.set('package.json', readFileSync(join(dirname(file), 'package.json'), 'utf8'));
      } catch {
        // no manifest beside it: direct/transitive unknown on both sides alike
      }
      const input = { path: 'yarn.lock', text, manifests };
      expect(parseYarnText(input, (t, v1) => (v1 ? readYarnV1(t)! : parseSyml(t)))).toEqual(
        parseYarnText(input, (t) => parseSyml(t)),
      );
    },
  );

  it.each([
    ['CRLF line ends', '# yarn lockfile v1\r\n\r\na@^1:\r\n  version "1.0.0"\r\n'],
    ['a prototype key', '# yarn lockfile v1\n\na@^1:\n  __proto__ "1.0.0"\n'],
    ['a duplicate key', '# yarn lockfile v1\n\na@^1:\n  version "1.0.0"\n  version "2.0.0"\n'],
    ['an odd indent', '# yarn lockfile v1\n\na@^1:\n   version "1.0.0"\n'],
    ['a key with nothing under it', '# yarn lockfile v1\n\na@^1:\n  dependencies:\nb@^1:\n  version "1"\n'],
    ['an inline comment', '# yarn lockfile v1\n\na@^1:\n  version 1.0.0 # pinned\n'],
  ])('leaves %s to parseSyml', (_what, text) => {
    expect(readYarnV1(text)).toBeUndefined();
  });

  it('reads escapes, scalars and multi-descriptor keys as the grammar does', () => {
    const text =
      '# yarn lockfile v1\n\n\n"a@^1", a@~1.2:\n  version "1.2.3"\n  optional true\n  note "q\\"uote\\u0041"\n  dependencies:\n    "@s/b" "^2"\n    c null\n';
    const fast = readYarnV1(text)!;
    expect(JSON.stringify(fast)).toBe(JSON.stringify(parseSyml(text)));
    expect(fast['a@^1']).toBe(fast['a@~1.2']);
  });
});
