import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { npmFormat } from '../../src/lockfiles/npm.js';
import type { LockfileInput, Package, ParsedLockfile } from '../../src/lockfiles/types.js';
import { CORPUS_DIR, hasCorpus } from '../support/corpus.js';
import { expectParserContract } from './parser-contract.js';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/npm');

function fixture(dir: string, file = 'package-lock.json', withManifest = true): LockfileInput {
  const manifests = new Map<string, string>();
  if (withManifest) manifests.set('package.json', readFileSync(join(FIXTURES, dir, 'package.json'), 'utf8'));
  return { path: file, text: readFileSync(join(FIXTURES, dir, file), 'utf8'), manifests };
}

/** `name@version direct scope [source]`, sorted: one line per SOUP item, easy to read in a diff. */
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

/** A v3 lockfile as text, from `packages` entries written as JSON (so `__proto__` stays a key). */
function v3Text(packagesJson: string, version: unknown = 3): string {
  return `{\n  "name": "x",\n  "lockfileVersion": ${JSON.stringify(version)},\n  "packages": ${packagesJson}\n}\n`;
}

function parse(text: string, path = 'package-lock.json'): ParsedLockfile {
  return npmFormat.parse({ path, text });
}

// The same project (fixture-basic: aliased, scoped, nested-duplicate, dev, optional, devOptional,
// file: folder and file: tarball dependencies), locked by npm 8 (v2), npm 11 (v3) and npm shrinkwrap.
// The file: folder local-lib is the project's own code: not listed, whatever the lockfile version.
const BASIC_V2_V3 = [
  '@isaacs/string-locale-compare@1.1.0 direct runtime',
  'debug@4.3.4 direct runtime',
  'is-buffer@1.1.6 direct optional', // devOptional: dev-declared, and reached through the optional is-odd
  'is-number@3.0.0 transitive optional',
  'is-number@7.0.0 direct dev',
  'is-odd@0.1.2 direct optional',
  'kind-of@3.2.2 transitive optional',
  'ms@2.0.0 direct runtime',
  'ms@2.1.2 transitive runtime', // debug's own copy under node_modules/debug/node_modules
  'ms@2.1.3 direct runtime', // the alias my-ms, and local-lib's copy: one item, direct
  'vendored-pkg@3.0.0 direct runtime file',
];

describe('npm package-lock.json v2 and v3 (real files from npm 8 and npm 11)', () => {
  it.each([
    ['v2-basic', 'package-lock.json', 'npm-v2'],
    ['v3-basic', 'package-lock.json', 'npm-v3'],
    ['shrinkwrap-v3-no-resolved', 'npm-shrinkwrap.json', 'npm-shrinkwrap-v3'],
  ])('%s lists every installed name@version once with direct and scope', (dir, file, format) => {
    const parsed = npmFormat.parse(fixture(dir, file, false));
    expect(parsed.format).toBe(format);
    expect(summary(parsed)).toEqual(BASIC_V2_V3);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: local-lib (local-lib)',
    ]);
    for (const p of parsed.packages) expect(p.lockfile).toBe(file);
  });

  it('reports the real package behind an npm: alias, never the alias name', () => {
    const parsed = npmFormat.parse(fixture('v3-basic'));
    expect(parsed.packages.some((p) => p.name === 'my-ms')).toBe(false);
    const ms = find(parsed, 'ms', '2.1.3');
    expect(ms.purl).toBe('pkg:npm/ms@2.1.3');
    expect(ms.integrity).toBe(
      'sha512-6FlzubTLZG3J2a/NVCAleEhjzq5oxgHyaCU9yYXvcLsvoVaHJq/s5xXI6/XXP6tz7R9xAOtHnSO/tXtF3WRTlA==',
    );
    expect(ms.source).toBeUndefined();
  });

  it('builds scoped purls with the scope as namespace', () => {
    const parsed = npmFormat.parse(fixture('v2-basic'));
    expect(find(parsed, '@isaacs/string-locale-compare', '1.1.0').purl).toBe(
      'pkg:npm/%40isaacs/string-locale-compare@1.1.0',
    );
  });

  it('keeps registry packages source-less whether or not npm wrote `resolved`', () => {
    const withResolved = npmFormat.parse(fixture('v3-basic'));
    const without = npmFormat.parse(fixture('shrinkwrap-v3-no-resolved', 'npm-shrinkwrap.json'));
    expect(find(withResolved, 'debug', '4.3.4').source).toBeUndefined();
    expect(find(without, 'debug', '4.3.4').source).toBeUndefined();
  });

  it.each(['v2-workspaces', 'v3-workspaces'])(
    '%s: workspace folders are the project, their declarations make direct dependencies',
    (dir) => {
      const parsed = npmFormat.parse(fixture(dir));
      expect(summary(parsed)).toEqual([
        'debug@4.3.4 direct runtime', // declared by packages/app, hoisted to the root node_modules
        'is-number@6.0.0 direct runtime', // packages/lib's own copy (direct) and is-odd's (dev): merged
        'is-number@7.0.0 direct dev',
        'is-odd@3.0.1 direct dev',
        'ms@2.0.0 direct runtime', // packages/app/node_modules/ms: the app's own version
        'ms@2.1.2 transitive runtime',
        'ms@2.1.3 direct runtime',
      ]);
      expect(parsed.packages.map((p) => p.name)).not.toContain('@fx/app');
      expect(parsed.packages.map((p) => p.name)).not.toContain('@fx/lib');
    },
  );

  it('marks git, off-registry tarball and registry sources (hand-edited: git needs network beyond npm)', () => {
    const parsed = npmFormat.parse(fixture('hand-edited-git-v3'));
    expect(summary(parsed)).toEqual([
      'is-number@7.0.0 direct runtime url',
      'left-pad@1.3.0 direct runtime git',
    ]);
  });

  it('passes over every linked folder as first-party code, in one finding, and takes its declarations as direct', () => {
    const parsed = parse(
      v3Text(`{
        "": { "workspaces": ["packages/*", "!packages/skip"], "dependencies": { "tool": "file:../tool" } },
        "node_modules/a": { "resolved": "packages/a", "link": true },
        "node_modules/skip": { "resolved": "packages/skip", "link": true },
        "node_modules/tool": { "resolved": "../tool", "link": true, "dev": true },
        "packages/a": { "name": "a", "version": "1.0.0", "dependencies": { "b": "^1" } },
        "packages/skip": { "name": "skip", "version": "2.0.0" },
        "../tool": { "name": "tool", "version": "0.3.0", "dependencies": { "c": "^3" } },
        "node_modules/b": { "version": "1.2.0" },
        "node_modules/c": { "version": "3.1.0", "dev": true }
      }`),
    );
    expect(summary(parsed)).toEqual(['b@1.2.0 direct runtime', 'c@3.1.0 direct dev']);
    // skip is excluded from the workspaces by the negated glob, but it is a folder of this repository all the same.
    expect(parsed.findings).toEqual([
      {
        lockfile: 'package-lock.json',
        line: 7,
        message:
          '2 packages resolve from local folders: first-party code, not SOUP, so not listed: skip (packages/skip), tool (../tool)',
      },
    ]);
  });

  it('keeps a git dependency under its declared version with the commit as ref and in the purl', () => {
    const sha = '5f3a2e5b2a3f4c1d0e9b8a7c6d5e4f3a2b1c0d9e';
    const parsed = npmFormat.parse(fixture('hand-edited-git-v3'));
    const leftPad = find(parsed, 'left-pad', '1.3.0');
    expect(leftPad).toMatchObject({ source: 'git', ref: sha });
    expect(leftPad.purl).toBe(
      `pkg:npm/left-pad@1.3.0?vcs_url=git%2Bssh%3A%2F%2Fgit%40github.com%2Fleft-pad%2Fleft-pad.git%40${sha}`,
    );
    expect(find(parsed, 'is-number', '7.0.0').ref).toBeUndefined();
  });

  it('keeps a git dependency that records no version, with its commit as the version', () => {
    const sha = 'a'.repeat(40);
    const parsed = parse(
      v3Text(`{
        "": { "dependencies": { "nover": "github:o/nover" } },
        "node_modules/nover": { "resolved": "git+ssh://git@github.com/o/nover.git#${sha}" }
      }`),
    );
    expect(parsed.packages).toMatchObject([
      { name: 'nover', version: sha, ref: sha, source: 'git', direct: true },
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('treats bundled dependencies as SOUP like any other installed package', () => {
    const parsed = parse(
      v3Text(`{
        "": { "dependencies": { "a": "1" } },
        "node_modules/a": { "version": "1.0.0", "bundleDependencies": ["b"] },
        "node_modules/a/node_modules/b": { "version": "2.0.0", "inBundle": true }
      }`),
    );
    expect(summary(parsed)).toEqual(['a@1.0.0 direct runtime', 'b@2.0.0 transitive runtime']);
  });

  it('reports a declared dependency the lockfile lacks, and an entry without version, as findings', () => {
    const parsed = parse(
      v3Text(`{
        "": { "dependencies": { "gone": "1" }, "optionalDependencies": { "fsevents": "2" } },
        "node_modules/odd": { "resolved": "https://registry.npmjs.org/odd/-/odd-1.0.0.tgz" }
      }`),
    );
    expect(parsed.packages).toEqual([]);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '"node_modules/odd" has no version and no pinned commit; skipped',
      '"gone" is declared in dependencies of the root project but not in the lockfile',
    ]);
    expect(parsed.findings[0]?.line).toBe(6);
  });

  it('uses the package.json beside the lockfile when the "" entry is missing', () => {
    const text = v3Text(
      `{ "node_modules/a": { "version": "1.0.0" }, "node_modules/b": { "version": "2.0.0" } }`,
    );
    const withManifest = npmFormat.parse({
      path: 'web/package-lock.json',
      text,
      manifests: new Map([['web/package.json', '{"dependencies":{"a":"1"}}']]),
    });
    expect(summary(withManifest)).toEqual(['a@1.0.0 direct runtime', 'b@2.0.0 transitive runtime']);
    expect(summary(parse(text))).toEqual(['a@1.0.0 direct? runtime', 'b@2.0.0 direct? runtime']);
  });
});

describe('npm package-lock.json v1 (real file from npm 6)', () => {
  it('walks the nested tree with direct from the package.json beside it', () => {
    const parsed = npmFormat.parse(fixture('v1-basic'));
    expect(parsed.format).toBe('npm-v1');
    expect(summary(parsed)).toEqual([
      '@isaacs/string-locale-compare@1.1.0 direct runtime',
      'debug@4.3.4 direct runtime',
      'is-buffer@1.1.6 direct runtime', // npm 6 had no devOptional: it wrote neither flag
      'is-number@3.0.0 transitive optional',
      'is-number@7.0.0 direct dev',
      'is-odd@0.1.2 direct optional',
      'kind-of@3.2.2 transitive optional',
      'ms@2.0.0 direct runtime',
      'ms@2.1.2 transitive runtime',
      'ms@2.1.3 direct runtime', // "my-ms": { "version": "npm:ms@2.1.3" }
      'vendored-pkg@file:vendor/vendored-pkg-3.0.0.tgz direct runtime file',
    ]);
    expect(find(parsed, 'ms', '2.1.3').purl).toBe('pkg:npm/ms@2.1.3');
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: local-lib (local-lib)',
    ]);
  });

  it('says direct is unknown for top-level entries when no package.json was supplied', () => {
    const parsed = npmFormat.parse(fixture('v1-basic', 'package-lock.json', false));
    expect(find(parsed, 'debug', '4.3.4').direct).toBeNull();
    expect(find(parsed, 'ms', '2.1.2').direct).toBe(false); // nested: certainly transitive
  });

  it('keeps a tarball spec as the version and a git commit as version and ref (hand-edited: git needs network)', () => {
    const sha = '5f3a2e5b2a3f4c1d0e9b8a7c6d5e4f3a2b1c0d9e';
    const parsed = npmFormat.parse(fixture('hand-edited-git-v1'));
    expect(summary(parsed)).toEqual([
      'is-number@https://example.com/tarballs/is-number-7.0.0.tgz direct runtime url',
      `left-pad@${sha} direct runtime git`,
    ]);
    // v1 records no version for a git dependency: the commit is its only designator, and v3's
    // left-pad@1.3.0 keeps the same ref, so an upgrade of the lockfile keeps the pin visible.
    expect(find(parsed, 'left-pad', sha)).toMatchObject({ ref: sha });
    expect(find(parsed, 'left-pad', sha).purl).toBe(
      `pkg:npm/left-pad@${sha}?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fleft-pad%2Fleft-pad%40${sha}`,
    );
  });

  it('reads a v2 file without `packages` through its v1 tree', () => {
    const parsed = parse('{"lockfileVersion":2,"dependencies":{"a":{"version":"1.0.0","dev":true}}}');
    expect(parsed.format).toBe('npm-v2');
    expect(summary(parsed)).toEqual(['a@1.0.0 direct? dev']);
  });
});

describe('npm lockfile errors', () => {
  it.each([
    ['{"lockfileVersion":4,"packages":{}}', 'unsupported lockfileVersion 4; supported: 1, 2, 3'],
    ['{"packages":{}}', 'unsupported lockfileVersion missing; supported: 1, 2, 3'],
    ['{"lockfileVersion":"3","packages":{}}', 'unsupported lockfileVersion "3"; supported: 1, 2, 3'],
    ['[]', 'expected a JSON object at the top level'],
    ['{"lockfileVersion":3,"packages":[]}', 'expected "packages" to be an object'],
    [
      '{"lockfileVersion":3,"packages":{"node_modules/a":{"version":1}}}',
      '"node_modules/a": expected "version" to be a string',
    ],
    ['{"lockfileVersion":3,"packages":{"node_modules/a":[]}}', '"node_modules/a": expected an object'],
    [
      '{"lockfileVersion":3,"packages":{"":{"dependencies":[]}}}',
      '"": expected "dependencies" to be an object',
    ],
    [
      '{"lockfileVersion":3,"packages":{"node_modules/a":{"link":true}}}',
      '"node_modules/a": a link needs a "resolved" target folder',
    ],
    ['{"lockfileVersion":1,"dependencies":{"a":{"version":"npm:@x"}}}', '"a": malformed alias "npm:@x"'],
    [
      '{"lockfileVersion":1,"dependencies":{"a":{"version":"1.0.0","dependencies":7}}}',
      '"a": expected "dependencies" to be an object',
    ],
  ])('%s -> %s', (text, detail) => {
    const error = captureError(() => parse(text, 'app/package-lock.json'));
    expect(error).toBeInstanceOf(LockfileParseError);
    expect((error as LockfileParseError).detail).toBe(detail);
    expect((error as LockfileParseError).message.startsWith('app/package-lock.json')).toBe(true);
  });

  it('names the line of invalid JSON', () => {
    const error = captureError(() => parse('{\n  "lockfileVersion": 3,\n  "packages": {\n    "x": }\n}'));
    expect(error).toBeInstanceOf(LockfileParseError);
    expect((error as LockfileParseError).line).toBe(4);
  });

  it('names the line of an unsupported version', () => {
    const error = captureError(() =>
      parse('{\n  "name": "x",\n  "lockfileVersion": 4\n}'),
    ) as LockfileParseError;
    expect(error.line).toBe(3);
  });
});

describe('npm lockfile hostile input', () => {
  it('parses `__proto__` and `constructor` as package names (v3 and v1)', () => {
    const v3 = parse(
      v3Text(`{
        "": { "dependencies": { "__proto__": "1", "constructor": "1" } },
        "node_modules/__proto__": { "version": "1.0.0" },
        "node_modules/constructor": { "version": "2.0.0", "dev": true },
        "node_modules/toString": { "version": "3.0.0" }
      }`),
    );
    expect(summary(v3)).toEqual([
      '__proto__@1.0.0 direct runtime',
      'constructor@2.0.0 direct dev',
      'toString@3.0.0 transitive runtime',
    ]);
    const v1 = npmFormat.parse({
      path: 'package-lock.json',
      text: '{"lockfileVersion":1,"dependencies":{"__proto__":{"version":"1.0.0"},"constructor":{"version":"2.0.0"}}}',
      manifests: new Map([['package.json', '{"dependencies":{"__proto__":"1"}}']]),
    });
    expect(summary(v1)).toEqual(['__proto__@1.0.0 direct runtime', 'constructor@2.0.0 transitive runtime']);
    expect(({} as Record<string, unknown>).version).toBeUndefined();
  });

  it('survives a deeply nested v1 tree without overflowing the stack', () => {
    const depth = 20_000;
    const text = `{"lockfileVersion":1,"dependencies":${'{"a":{"version":"1.0.0","dependencies":'.repeat(depth)}{}${'}}'.repeat(depth)}}`;
    try {
      expect(parse(text).packages).toHaveLength(1);
    } catch (error) {
      expect(error).toBeInstanceOf(LockfileParseError); // JSON.parse itself may refuse the depth
    }
  });

  expectParserContract(npmFormat, [
    fixture('v1-basic'),
    fixture('v2-basic'),
    fixture('v3-workspaces'),
    fixture('shrinkwrap-v3-no-resolved', 'npm-shrinkwrap.json'),
  ]);
});

describe('npm format registration', () => {
  it('claims package-lock.json and npm-shrinkwrap.json anywhere but inside node_modules', () => {
    expect(findFormat('package-lock.json')?.id).toBe('npm');
    expect(findFormat('web/app/npm-shrinkwrap.json')?.id).toBe('npm');
    expect(npmFormat.matches('node_modules/x/npm-shrinkwrap.json')).toBe(false);
    expect(npmFormat.matches('web/node_modules/x/package-lock.json')).toBe(false);
    expect(npmFormat.matches('package-lock.json.orig')).toBe(false);
  });

  it('asks for the package.json beside the lockfile', () => {
    expect(npmFormat.manifests?.('package-lock.json')).toEqual(['package.json']);
    expect(npmFormat.manifests?.('web/npm-shrinkwrap.json')).toEqual(['web/package.json']);
  });
});

describe.skipIf(!hasCorpus)('npm corpus (../shared/corpus: absent here, skipped)', () => {
  const lockfiles: Array<{ id: string; input: LockfileInput }> = [];
  for (const folder of hasCorpus ? ['npm', '_large'] : []) {
    for (const name of readdirSync(join(CORPUS_DIR, folder))) {
      for (const side of ['before', 'after']) {
        const dir = join(CORPUS_DIR, folder, name, side);
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir)) {
          const path = file.replaceAll('__', '/');
          if (!npmFormat.matches(path)) continue;
          const manifests = new Map<string, string>();
          for (const manifest of npmFormat.manifests?.(path) ?? []) {
            const on = join(dir, manifest.replaceAll('/', '__'));
            if (existsSync(on)) manifests.set(manifest, readFileSync(on, 'utf8'));
          }
          lockfiles.push({
            id: `${folder}/${name}/${side}/${file}`,
            input: { path, text: readFileSync(join(dir, file), 'utf8'), manifests },
          });
        }
      }
    }
  }

  it('finds the corpus package-locks', () => {
    expect(lockfiles.length).toBeGreaterThanOrEqual(40);
  });

  it.each(lockfiles.map((l) => [l.id, l.input] as const))(
    '%s parses with exact versions and known directness',
    (_id, input) => {
      const parsed = npmFormat.parse(input);
      expect(parsed.packages.length).toBeGreaterThan(0);
      expect(parsed.findings).toEqual([]);
      const seen = new Set<string>();
      for (const p of parsed.packages) {
        const key = `${p.name}@${p.version}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        expect(p.direct).not.toBeNull();
      }
      expect(parsed.packages.some((p) => p.direct)).toBe(true);
    },
  );
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
