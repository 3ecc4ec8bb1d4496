import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cargoFormat } from '../../src/lockfiles/cargo.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { cargoScheme } from '../../src/versions/cargo.js';
import { expectAscending, expectOnlyParseErrors, expectTotalOrder, readFixture } from './mutate-input.js';

function parse(fixture: string) {
  return cargoFormat.parse({ path: 'Cargo.lock', text: readFixture(`cargo/${fixture}/Cargo.lock`) });
}

function summary(result: ReturnType<typeof parse>) {
  return result.packages
    .map((p) => `${p.name}@${p.version}${p.direct ? ' direct' : ''}${p.source ? ` ${p.source}` : ''}`)
    .sort();
}

describe('Cargo.lock', () => {
  it('is found by name', () => {
    expect(findFormat('crates/x/Cargo.lock')?.id).toBe('cargo');
    expect(findFormat('Cargo.toml')).toBeUndefined();
  });

  it('v1: fully qualified dependencies and [metadata] checksums', () => {
    const result = parse('v1-metadata');
    expect(result.format).toBe('cargo-v1');
    expect(summary(result)).toEqual([
      'cfg-if@0.1.10',
      'log@0.4.8 direct',
      'winapi@0.2.8',
      'winapi@0.3.8 direct',
    ]);
    const log = result.packages.find((p) => p.name === 'log');
    expect(log).toMatchObject({
      ecosystem: 'crates.io',
      scope: 'runtime',
      purl: 'pkg:cargo/log@0.4.8',
      integrity: '14b6052be84e6b71ab17edffc2eeabf5c2c3ae1fdb464aae35ac50c67a44e1f7',
    });
    expect(result.findings).toEqual([]);
  });

  it('v1: the pre-2017 [root] table is the project itself', () => {
    const result = parse('v1-root-table');
    expect(result.format).toBe('cargo-v1');
    expect(summary(result)).toEqual(['libc@0.2.20 direct']);
  });

  it('v2: no version key, checksums inline, `name version` only where a name is ambiguous', () => {
    const result = parse('v2-no-version');
    expect(result.format).toBe('cargo-v2');
    expect(summary(result)).toEqual(['rand@0.6.5', 'rand@0.7.3 direct', 'serde@1.0.104 direct']);
    expect(result.packages.find((p) => p.name === 'serde')?.integrity).toBe(
      '414115f25f818d7dfccec8ee535d76949ae78584fc4f79a6f45a904bf8ab4449',
    );
  });

  it('v3: git sources (commit as ref, in the purl), alternative registries, same name from two sources', () => {
    const result = parse('v3-git-source');
    expect(result.format).toBe('cargo-v3');
    expect(summary(result)).toEqual([
      'private-crate@2.0.0 direct registry',
      'regex@1.7.1 direct',
      'toml@0.5.11',
      'toml@0.5.11 direct git',
    ]);
    const gitToml = result.packages.find((p) => p.source === 'git');
    expect(gitToml?.ref).toBe('0123456789abcdef0123456789abcdef01234567');
    expect(gitToml?.integrity).toBeUndefined();
    expect(gitToml?.purl).toMatch(
      /^pkg:cargo\/toml@0\.5\.11\?vcs_url=git%2Bhttps%3A%2F%2F.+%400123456789abcdef0123456789abcdef01234567$/,
    );
  });

  it('v4: workspace members and path crates (no source) are the project, not SOUP', () => {
    const result = parse('v4-workspace');
    expect(result.format).toBe('cargo-v4');
    expect(summary(result)).toEqual(['anyhow@1.0.86 direct', 'itoa@1.0.11 direct', 'memchr@2.7.4']);
    // sparse+https://index.crates.io/ is crates.io too.
    expect(result.packages.find((p) => p.name === 'itoa')?.source).toBeUndefined();
  });

  it('v4 written by cargo 1.95 with only path crates has no SOUP', () => {
    const result = parse('v4-path-only-generated');
    expect(result).toEqual({ format: 'cargo-v4', packages: [], findings: [] });
  });

  it('rejects an unknown format version, naming it and the supported ones', () => {
    expect(() => parse('unsupported-version')).toThrowError(LockfileParseError);
    expect(() => parse('unsupported-version')).toThrowError(
      'Cargo.lock:2: unsupported Cargo.lock version 5 (supported: 1, 2, 3, 4)',
    );
  });

  it.each([
    ['[[package]]\nname = "a"\nversion = "1.0.0"\nsource = 7\n', 1, '"source" must be a non-empty string'],
    ['version = 3\n\n[[package]]\nname = "a"\n', 3, '"version" must be a non-empty string'],
    ['version = 3\n[[package]]\nname = "a\n', 3, 'invalid TOML'],
    ['version = "3"\n', 1, 'unsupported Cargo.lock version "3"'],
    ['package = 1\n', undefined, 'expected [[package]] entries'],
  ])('rejects %j', (text, line, detail) => {
    try {
      cargoFormat.parse({ path: 'a/Cargo.lock', text });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LockfileParseError);
      expect((error as LockfileParseError).line).toBe(line);
      expect((error as LockfileParseError).message).toContain(detail);
    }
  });

  it('reports a dependency it can not resolve instead of guessing', () => {
    const text = 'version = 3\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["ghost"]\n';
    const result = cargoFormat.parse({ path: 'Cargo.lock', text });
    expect(result.findings).toEqual([
      {
        lockfile: 'Cargo.lock',
        line: 2,
        message: expect.stringContaining('"ghost" of app matches no package'),
      },
    ]);
  });

  it('treats __proto__ as a crate name like any other', () => {
    const text =
      'version = 4\n[[package]]\nname = "app"\nversion = "0.1.0"\ndependencies = ["__proto__"]\n\n[[package]]\nname = "__proto__"\nversion = "1.0.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n';
    expect(cargoFormat.parse({ path: 'Cargo.lock', text }).packages).toMatchObject([
      { name: '__proto__', direct: true },
    ]);
  });

  it('mutated input only ever fails with LockfileParseError', () => {
    for (const fixture of ['v1-metadata', 'v2-no-version', 'v3-git-source', 'v4-workspace']) {
      expectOnlyParseErrors(
        cargoFormat,
        { path: 'Cargo.lock', text: readFixture(`cargo/${fixture}/Cargo.lock`) },
        150,
      );
    }
  });
});

describe('crates.io version scheme', () => {
  it('orders strict SemVer', () => {
    expectAscending(cargoScheme, [
      '0.1.0',
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.0+build.1',
      '1.2.0',
      '10.0.0',
    ]);
    expect(cargoScheme.compare('v1.0.0', '1.0.0')).toBeNull();
  });

  it('is a total order on generated versions', () => {
    const n = fc.nat({ max: 12 });
    const id = fc.oneof(fc.constantFrom('alpha', 'beta', 'rc', 'x-y'), fc.nat({ max: 20 }).map(String));
    const pre = fc.oneof(
      fc.constant(''),
      fc.array(id, { minLength: 1, maxLength: 3 }).map((ids) => `-${ids.join('.')}`),
    );
    const build = fc.constantFrom('', '+1', '+git.abc', '+2');
    expectTotalOrder(
      cargoScheme,
      fc.tuple(n, n, n, pre, build).map(([a, b, c, p, m]) => `${a}.${b}.${c}${p}${m}`),
    );
  });
});

const CORPUS = resolve(process.cwd(), '../shared/corpus/cargo');
describe.skipIf(!existsSync(CORPUS))(
  'Cargo.lock corpus (../shared/corpus/cargo; skipped when absent)',
  () => {
    it('parses every before/after Cargo.lock (formats v1 to v4)', () => {
      const formats = new Set<string>();
      let parsed = 0;
      for (const name of readdirSync(CORPUS)) {
        for (const side of ['before', 'after']) {
          const file = join(CORPUS, name, side, 'Cargo.lock');
          if (!existsSync(file)) continue;
          const result = cargoFormat.parse({ path: 'Cargo.lock', text: readFileSync(file, 'utf8') });
          formats.add(result.format);
          expect(result.packages.some((p) => p.direct)).toBe(true);
          expect(result.findings).toEqual([]);
          parsed++;
        }
      }
      expect(parsed).toBe(30);
      expect([...formats].sort()).toEqual(['cargo-v1', 'cargo-v2', 'cargo-v3', 'cargo-v4']);
    });
  },
);
