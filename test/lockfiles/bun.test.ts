import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BUN_LOCKB_MESSAGE,
  bunLockbFormat,
  bunFormat,
  parentKey,
  toStrictJson,
} from '../../src/lockfiles/bun.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import type { LockfileInput, Package, ParsedLockfile } from '../../src/lockfiles/types.js';
import { expectParserContract } from './parser-contract.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/bun');

function fixture(dir: string): LockfileInput {
  return { path: 'bun.lock', text: readFileSync(join(FIXTURES, dir, 'bun.lock'), 'utf8') };
}

function summary(parsed: ParsedLockfile): string[] {
  return parsed.packages
    .map(
      (p) =>
        `${p.name}@${p.version} ${p.direct === null ? 'direct?' : p.direct ? 'direct' : 'transitive'} ${p.scope}${p.source ? ` ${p.source}` : ''}`,
    )
    .sort();
}

function find(parsed: ParsedLockfile, name: string, version: string): Package {
  const found = parsed.packages.find((p) => p.name === name && p.version === version);
  if (!found) throw new Error(`${name}@${version} not in ${summary(parsed).join(', ')}`);
  return found;
}

/** A bun.lock text the way bun writes it: trailing commas included. */
function bunText(body: { version?: unknown; workspaces?: string; packages?: string }): string {
  return `{
  "lockfileVersion": ${JSON.stringify(body.version ?? 1)},
  "workspaces": ${body.workspaces ?? '{ "": { "name": "x", }, }'},
  "packages": ${body.packages ?? '{}'},
}
`;
}

function parse(text: string, path = 'bun.lock'): ParsedLockfile {
  return bunFormat.parse({ path, text });
}

// fixture-basic, the same package.json as the npm fixtures: bun agrees with npm on every
// registry package, and keeps a file: tarball's spec as the version (bun records no version for
// it). The file: folder local-lib is first-party code: not listed, and its ms@2.1.3 is direct.
const BASIC = [
  '@isaacs/string-locale-compare@1.1.0 direct runtime',
  'debug@4.3.4 direct runtime',
  'is-buffer@1.1.6 direct optional', // devDependency, and reached through optional is-odd -> kind-of
  'is-number@3.0.0 transitive optional',
  'is-number@7.0.0 direct dev',
  'is-odd@0.1.2 direct optional',
  'kind-of@3.2.2 transitive optional',
  'ms@2.0.0 direct runtime',
  'ms@2.1.2 transitive runtime',
  'ms@2.1.3 direct runtime', // alias my-ms, and local-lib's own copy
  'vendored-pkg@./vendor/vendored-pkg-3.0.0.tgz direct runtime file',
];

const WORKSPACES = [
  'debug@4.3.4 direct runtime',
  'is-number@6.0.0 direct runtime', // @fx/lib's own copy (key "@fx/lib/is-number") and is-odd's
  'is-number@7.0.0 direct dev',
  'is-odd@3.0.1 direct dev',
  'ms@2.0.0 direct runtime', // "@fx/app/ms"
  'ms@2.1.2 transitive runtime',
  'ms@2.1.3 direct runtime',
];

describe('bun.lock (real files from bun 1.1.45, 1.2.19 and 1.4.5)', () => {
  it.each([
    ['v1-basic', 'bun-v1'],
    ['v2-basic', 'bun-v2'],
  ])('%s: every name@version once, scope from walking the graph', (dir, format) => {
    const parsed = bunFormat.parse(fixture(dir));
    expect(parsed.format).toBe(format);
    expect(summary(parsed)).toEqual(BASIC);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: local-lib (local-lib)',
    ]);
  });

  it.each([
    ['v0-workspaces', 'bun-v0'],
    ['v1-workspaces', 'bun-v1'],
    ['v2-workspaces', 'bun-v2'],
  ])('%s: workspaces are the project, their declarations make direct dependencies', (dir, format) => {
    const parsed = bunFormat.parse(fixture(dir));
    expect(parsed.format).toBe(format);
    expect(summary(parsed)).toEqual(WORKSPACES);
    expect(parsed.findings).toEqual([]);
  });

  it('v3 (scoped overrides): the overridden nested copy is transitive', () => {
    const parsed = bunFormat.parse(fixture('v3-overrides'));
    expect(parsed.format).toBe('bun-v3');
    expect(summary(parsed)).toEqual([
      'debug@4.3.4 direct runtime',
      'ms@2.0.0 direct runtime',
      'ms@2.1.3 transitive runtime',
    ]);
  });

  it('reports the aliased package by its real name, with its integrity', () => {
    const parsed = bunFormat.parse(fixture('v2-basic'));
    expect(parsed.packages.some((p) => p.name === 'my-ms')).toBe(false);
    const ms = find(parsed, 'ms', '2.1.3');
    expect(ms.purl).toBe('pkg:npm/ms@2.1.3');
    expect(ms.integrity).toBe(
      'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
    );
    expect(ms.lockfile).toBe('bun.lock');
  });

  it('builds scoped purls with the scope as namespace', () => {
    const parsed = bunFormat.parse(fixture('v1-basic'));
    expect(find(parsed, '@isaacs/string-locale-compare', '1.1.0').purl).toBe(
      'pkg:npm/%40isaacs/string-locale-compare@1.1.0',
    );
  });

  it('marks git and off-registry tarballs; a git commit is version and ref, never integrity (hand-edited: git needs network)', () => {
    const parsed = bunFormat.parse(fixture('hand-edited-git'));
    const sha = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';
    expect(summary(parsed)).toEqual([
      `is-even@${sha} direct runtime git`,
      'is-number@https://example.com/tarballs/is-number-7.0.0.tgz direct runtime url',
      'left-pad@5f3a2e5 direct runtime git', // bun abbreviates a GitHub commit; OSV then says it cannot check it
    ]);
    expect(find(parsed, 'is-even', sha)).toMatchObject({ ref: sha });
    expect(find(parsed, 'left-pad', '5f3a2e5')).toMatchObject({ ref: '5f3a2e5' });
    expect(find(parsed, 'left-pad', '5f3a2e5').purl).toBe(
      'pkg:npm/left-pad@5f3a2e5?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fleft-pad%2Fleft-pad%405f3a2e5',
    );
    expect(find(parsed, 'left-pad', '5f3a2e5').integrity).toBeUndefined();
    expect(find(parsed, 'is-number', 'https://example.com/tarballs/is-number-7.0.0.tgz').integrity).toMatch(
      /^sha512-/,
    );
  });

  it('keeps optional and dev edges apart below dev tools and optional peers', () => {
    const parsed = parse(
      bunText({
        workspaces: '{ "": { "devDependencies": { "tool": "1" }, "dependencies": { "app": "1" } } }',
        packages: `{
          "tool": ["tool@1.0.0", "", { "optionalDependencies": { "native": "1" } }, "sha512-t"],
          "native": ["native@1.0.0", "", {}, "sha512-n"],
          "app": ["app@1.0.0", "", { "peerDependencies": { "peer": "1", "maybe": "1" }, "optionalPeers": ["maybe"] }, "sha512-a"],
          "peer": ["peer@1.0.0", "", {}, "sha512-p"],
          "maybe": ["maybe@1.0.0", "", {}, "sha512-m"],
          "custom": ["custom@1.0.0", "https://npm.example.com/download/custom/1.0.0", {}, "sha512-c"],
          "mirror": ["mirror@1.0.0", "https://mirror.example.com/mirror/-/mirror-1.0.0.tgz", {}, "sha512-r"],
        }`,
      }),
    );
    expect(summary(parsed)).toEqual([
      'app@1.0.0 direct runtime',
      'custom@1.0.0 transitive runtime url', // unreached, so listed as shipped; off-registry URL
      'maybe@1.0.0 transitive optional',
      'mirror@1.0.0 transitive runtime', // a registry tarball path (/-/): a registry, not a URL source
      'native@1.0.0 transitive dev',
      'peer@1.0.0 transitive runtime',
      'tool@1.0.0 direct dev',
    ]);
  });

  it('reports unresolved dependencies as findings and says direct is unknown without a root workspace', () => {
    const parsed = parse(
      bunText({
        workspaces: '{ "packages/a": { "name": "a", "dependencies": { "gone": "1" } } }',
        packages: '{ "b": ["b@1.0.0", "", { "dependencies": { "lost": "1" } }, "sha512-b"] }',
      }),
    );
    expect(summary(parsed)).toEqual(['b@1.0.0 direct? runtime']);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '"gone" is declared in dependencies of workspace "packages/a" but not in the lockfile',
    ]);
  });
});

describe('bun.lock text and key helpers', () => {
  it('blanks trailing commas and comments without moving any offset', () => {
    const text = '{\n  // note\n  "a": [1, 2,],\n  /* x */ "b": { "c": "d,}", },\n}\n';
    const strict = toStrictJson(text);
    expect(strict).toHaveLength(text.length);
    expect(strict.split('\n').length).toBe(text.split('\n').length);
    expect(JSON.parse(strict)).toEqual({ a: [1, 2], b: { c: 'd,}' } });
  });

  it.each([
    ['a', ''],
    ['a/b', 'a'],
    ['@s/a', ''],
    ['@s/a/b', '@s/a'],
    ['a/@s/b', 'a'],
    ['@s/a/@t/b/c', '@s/a/@t/b'],
  ])('parentKey(%s) = %s', (key, parent) => {
    expect(parentKey(key)).toBe(parent);
  });
});

describe('bun.lock errors', () => {
  it.each([
    [bunText({ version: 4 }), 'unsupported lockfileVersion 4; supported: 0, 1, 2, 3'],
    ['{ "workspaces": {}, "packages": {}, }', 'unsupported lockfileVersion missing; supported: 0, 1, 2, 3'],
    [bunText({ packages: '[]' }), 'expected "packages" to be an object'],
    [bunText({ workspaces: '"x"' }), 'expected "workspaces" to be an object'],
    [bunText({ packages: '{ "a": "a@1.0.0" }' }), '"a": expected an array starting with "name@resolution"'],
    [bunText({ packages: '{ "a": ["a"] }' }), '"a": malformed package id "a"'],
    [bunText({ packages: '{ "a": ["a@1.0.0", 7, {}, "sha"] }' }), '"a": expected element 1 to be a string'],
    [bunText({ packages: '{ "a": ["a@1.0.0", "", [], "sha"] }' }), '"a": expected element 2 to be an object'],
    [
      bunText({ workspaces: '{ "": { "dependencies": [] } }' }),
      '"": expected "dependencies" to be an object',
    ],
  ])('%s -> %s', (text, detail) => {
    let error: unknown;
    try {
      parse(text, 'web/bun.lock');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LockfileParseError);
    expect((error as LockfileParseError).detail).toBe(detail);
    expect((error as LockfileParseError).message.startsWith('web/bun.lock')).toBe(true);
  });

  it('names the line of a syntax error', () => {
    let error: unknown;
    try {
      parse('{\n  "lockfileVersion": 1,\n  "packages": {\n    "a": ["a@1.0.0",, ],\n  },\n}');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(LockfileParseError);
    expect((error as LockfileParseError).line).toBe(4);
  });

  it('refuses bun.lockb with the migration command', () => {
    const binary = readFileSync(join(FIXTURES, 'lockb-binary/bun.lockb'), 'latin1');
    expect(findFormat('app/bun.lockb')?.id).toBe('bun-lockb');
    expect(() => bunLockbFormat.parse({ path: 'app/bun.lockb', text: binary })).toThrow(
      new LockfileParseError('app/bun.lockb', undefined, BUN_LOCKB_MESSAGE),
    );
  });
});

describe('bun.lock hostile input', () => {
  it('parses `__proto__` and `constructor` as package names', () => {
    const parsed = parse(
      bunText({
        workspaces:
          '{ "": { "dependencies": { "__proto__": "1" }, "devDependencies": { "constructor": "1" } } }',
        packages: `{
          "__proto__": ["__proto__@1.0.0", "", { "dependencies": { "toString": "1" } }, "sha512-p"],
          "constructor": ["constructor@2.0.0", "", {}, "sha512-c"],
          "toString": ["toString@3.0.0", "", {}, "sha512-t"],
        }`,
      }),
    );
    expect(summary(parsed)).toEqual([
      '__proto__@1.0.0 direct runtime',
      'constructor@2.0.0 direct dev',
      'toString@3.0.0 transitive runtime',
    ]);
  });

  expectParserContract(
    bunFormat,
    [fixture('v0-workspaces'), fixture('v2-basic'), fixture('hand-edited-git')],
    toStrictJson,
  );
});

describe('bun format registration', () => {
  it('claims bun.lock and bun.lockb outside node_modules', () => {
    expect(findFormat('bun.lock')?.id).toBe('bun');
    expect(findFormat('apps/web/bun.lock')?.id).toBe('bun');
    expect(bunFormat.matches('node_modules/x/bun.lock')).toBe(false);
    expect(bunFormat.matches('bun.lockb')).toBe(false);
  });
});
