import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffInventories } from '../../src/inventory/diff.js';
import { buildInventory } from '../../src/inventory/inventory.js';
import { goModFormat } from '../../src/lockfiles/go-mod.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { goReleaseToSemver, goScheme } from '../../src/versions/go.js';
import { classifyBump } from '../../src/versions/index.js';
import { expectAscending, expectOnlyParseErrors, expectTotalOrder, readFixture } from './mutate-input.js';

function parse(fixture: string, path = 'go.mod') {
  return goModFormat.parse({ path, text: readFixture(`go/${fixture}/go.mod`) });
}

function byName(result: ReturnType<typeof parse>) {
  return new Map(result.packages.map((p) => [p.name, p]));
}

describe('go.mod', () => {
  it('is found for go.mod at any depth, never for go.sum', () => {
    expect(findFormat('go.mod')?.id).toBe('go-mod');
    expect(findFormat('tools/go.mod')?.id).toBe('go-mod');
    expect(findFormat('go.sum')).toBeUndefined();
  });

  it('reads single-line and block requires, indirect comments, pseudo-versions and +incompatible', () => {
    const result = parse('require-blocks');
    expect(result.format).toBe('go.mod(go 1.22.5)');
    expect(result.findings).toEqual([]);
    const packages = byName(result);
    expect([...packages.keys()].sort()).toEqual([
      'github.com/docker/docker',
      'github.com/google/shlex',
      'github.com/pre/release',
      'github.com/quoted/path',
      'github.com/single/line',
      'golang.org/x/text',
      'stdlib', // the toolchain: go1.22.6
    ]);
    expect(packages.get('github.com/single/line')).toMatchObject({
      version: 'v1.2.3',
      direct: true,
      scope: 'runtime',
      ecosystem: 'Go',
      lockfile: 'go.mod',
    });
    expect(packages.get('github.com/google/shlex')).toMatchObject({
      version: 'v0.0.0-20191202100458-e7afc7fbc510',
      direct: true,
      purl: 'pkg:golang/github.com/google/shlex@v0.0.0-20191202100458-e7afc7fbc510',
    });
    expect(packages.get('github.com/docker/docker')).toMatchObject({
      version: 'v24.0.9+incompatible',
      direct: false,
    });
    expect(packages.get('golang.org/x/text')?.direct).toBe(false);
    // Only a comment that *is* "indirect" (or starts "indirect;") marks it, as in modfile.
    expect(packages.get('github.com/pre/release')?.direct).toBe(true);
    expect(packages.get('github.com/quoted/path')?.version).toBe('v0.3.0');
  });

  it('lists a replaced module under its replacement, and passes a local replacement over as first-party', () => {
    const result = parse('replace');
    const packages = byName(result);
    expect(packages.has('github.com/henvic/httpretty')).toBe(false);
    expect(packages.get('github.com/mislav/httpretty')).toMatchObject({
      version: 'v0.1.1-0.20230202151216-d31343e0d884',
      direct: true,
    });
    expect(packages.get('github.com/cli/crypto')).toMatchObject({
      version: 'v0.0.0-20210929142629-6be313f59b03',
      direct: false,
    });
    expect(packages.has('example.com/sibling')).toBe(false);
    // A version-specific replace of another version has no effect.
    expect(packages.get('example.com/pinned')).toMatchObject({ version: 'v1.5.0' });
    expect(packages.has('example.com/fork')).toBe(false);
    expect(result.findings.map((f) => f.line)).toEqual([12, 14, 16]);
    expect(result.findings[2]?.message).toBe(
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: example.com/sibling (../sibling)',
    );
  });

  it('puts modules that only provide tools in dev scope (go 1.24 tool directive)', () => {
    const packages = byName(parse('tool-directive'));
    expect(packages.get('golang.org/x/tools')).toMatchObject({ scope: 'dev', direct: false });
    // Imported by the module's own packages too (not indirect): shipped, so runtime.
    expect(packages.get('github.com/both/used')).toMatchObject({ scope: 'runtime', direct: true });
    expect(packages.get('golang.org/x/mod')?.scope).toBe('runtime');
  });

  it('says when go.mod predates graph pruning (go < 1.17) and may miss transitive modules', () => {
    const result = parse('go-1.16-partial');
    expect(result.packages).toHaveLength(3); // two modules and the standard library
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.message).toContain('go 1.16');
  });

  it.each([
    ['module a\nrequire (\n\tb v1.0.0\n', 2, 'never closed'],
    ['module a\nrequire b 1.0.0\n', 2, 'invalid module version'],
    ['module a\nrequire b\n', 2, 'expected "require'],
    ['module a\nreplace b => c\n', 2, 'needs a version'],
    ['module a\nrequire "b v1.0.0\n', 2, 'unterminated'],
    ['hello world\n', 1, 'not a go.mod'],
  ])('rejects %j at line %i', (text, line, detail) => {
    const error = (() => {
      try {
        goModFormat.parse({ path: 'svc/go.mod', text });
      } catch (e) {
        return e;
      }
    })() as LockfileParseError;
    expect(error).toBeInstanceOf(LockfileParseError);
    expect(error.file).toBe('svc/go.mod');
    expect(error.line).toBe(line);
    expect(error.detail).toContain(detail);
  });

  it('keeps the higher version of a module required twice, with a finding', () => {
    const result = goModFormat.parse({
      path: 'go.mod',
      text: 'module a\ngo 1.21\nrequire b v1.2.0\nrequire b v1.10.0 // indirect\n',
    });
    expect(result.packages).toMatchObject([
      { name: 'b', version: 'v1.10.0', direct: true }, // direct if either line is
      { name: 'stdlib', version: 'v1.21.0' },
    ]);
    expect(result.findings[0]?.line).toBe(4);
  });

  it('lists the standard library at the toolchain version, else the go version, as Go normalises it', () => {
    const stdlib = (text: string) =>
      goModFormat
        .parse({ path: 'svc/go.mod', text: `module a\n${text}` })
        .packages.find((p) => p.name === 'stdlib');
    expect(stdlib('go 1.22.5\ntoolchain go1.22.6\n')).toEqual({
      ecosystem: 'Go',
      name: 'stdlib',
      version: 'v1.22.6',
      purl: 'pkg:golang/stdlib@v1.22.6',
      direct: true,
      scope: 'runtime',
      lockfile: 'svc/go.mod',
    });
    expect(stdlib('go 1.22\n')?.version).toBe('v1.22.0');
    expect(stdlib('go 1.21rc2\n')?.version).toBe('v1.21.0-rc.2');
    expect(stdlib('go 1.16\n')?.version).toBe('v1.16.0');
    expect(stdlib('go 1.25.0\ntoolchain go1.26.1\n')?.version).toBe('v1.26.1');
    expect(stdlib('require b v1.0.0\n')).toBeUndefined(); // no go line: nothing to say which
  });

  it('says when the toolchain is a custom build or names no release', () => {
    const custom = goModFormat.parse({
      path: 'go.mod',
      text: 'module a\ngo 1.22\ntoolchain go1.22.3-corp.1\n',
    });
    expect(custom.packages).toMatchObject([{ name: 'stdlib', version: 'v1.22.3' }]);
    expect(custom.findings).toEqual([
      { lockfile: 'go.mod', line: 3, message: expect.stringContaining('custom build of Go') },
    ]);
    const odd = goModFormat.parse({ path: 'go.mod', text: 'module a\ngo 1.22.1\ntoolchain local\n' });
    expect(odd.packages).toMatchObject([{ name: 'stdlib', version: 'v1.22.1' }]);
    expect(odd.findings[0]?.message).toContain('toolchain "local" names no Go release');
  });

  it('reports a commit that only moves the go line as an update of the standard library', async () => {
    const text = (go: string) => `module a\n\ngo ${go}\n\nrequire b v1.0.0\n`;
    const changes = diffInventories(
      await buildInventory([{ path: 'svc/go.mod', text: text('1.25.0') }]),
      await buildInventory([{ path: 'svc/go.mod', text: text('1.26.0') }]),
    ).changes;
    expect(changes).toMatchObject([
      {
        type: 'updated',
        ecosystem: 'Go',
        name: 'stdlib',
        from: 'v1.25.0',
        to: 'v1.26.0',
        bump: 'minor',
        direct: true,
      },
    ]);
  });

  it('reports unknown directives instead of dropping them', () => {
    const result = goModFormat.parse({ path: 'go.mod', text: 'module a\ngo 1.21\nfrobnicate x\n' });
    expect(result.findings).toEqual([
      { lockfile: 'go.mod', line: 3, message: expect.stringContaining('frobnicate') },
    ]);
  });

  it('mutated input only ever fails with LockfileParseError', () => {
    expectOnlyParseErrors(goModFormat, { path: 'go.mod', text: readFixture('go/replace/go.mod') });
    expectOnlyParseErrors(goModFormat, { path: 'go.mod', text: readFixture('go/require-blocks/go.mod') });
  });
});

describe('Go version scheme', () => {
  it('orders releases, pre-releases and pseudo-versions as golang.org/x/mod/semver does', () => {
    expectAscending(goScheme, [
      'v0.0.0-20191202100458-e7afc7fbc510',
      'v0.0.0-20210101000000-abcdef123456',
      'v0.1.0',
      'v1.2.3-pre',
      'v1.2.3-pre.0.20220101000000-abcdef123456',
      'v1.2.3',
      'v1.2.4-0.20230101000000-abcdef123456',
      'v1.2.4',
      'v1.10.0',
      'v2.0.0-rc.1',
      'v24.0.9+incompatible',
      'v100000000000000000000.0.0',
    ]);
  });

  it('ignores +incompatible for order and refuses versions without v', () => {
    expect(goScheme.compare('v2.0.0+incompatible', 'v2.0.0')).toBe(0);
    expect(goScheme.compare('1.2.3', 'v1.2.3')).toBeNull();
    expect(goScheme.compare('v1.02.3', 'v1.2.3')).toBeNull();
    expect(goScheme.parse('v1.2.3-0.20230101000000-abcdef123456')).toEqual({
      release: [1, 2, 3],
      prerelease: true,
    });
    expect(classifyBump('Go', 'v1.2.3', 'v1.3.0')).toBe('minor');
    expect(
      classifyBump('Go', 'v0.0.0-20200101000000-aaaaaaaaaaaa', 'v0.0.0-20210101000000-bbbbbbbbbbbb'),
    ).toBe('prerelease');
  });

  it('turns Go release names into the semver form of the standard library', () => {
    expect(goReleaseToSemver('1.22')).toBe('v1.22.0');
    expect(goReleaseToSemver('go1.22.3')).toBe('v1.22.3');
    expect(goReleaseToSemver('1.21beta1')).toBe('v1.21.0-beta.1');
    expect(goReleaseToSemver('go1.21rc2')).toBe('v1.21.0-rc.2');
    expect(goReleaseToSemver('1.22.1rc1')).toBeNull();
    expect(goReleaseToSemver('1')).toBeNull();
    expect(goReleaseToSemver('default')).toBeNull();
    // Go's own order of releases holds for their semver forms.
    expectAscending(
      goScheme,
      ['1.21rc1', '1.21rc2', '1.21.0', '1.21.1', '1.22', '1.22.1'].map((v) => goReleaseToSemver(v)!),
    );
  });

  it('is a total order on generated versions', () => {
    const number = fc.oneof(fc.constantFrom('0', '1', '2', '10'), fc.nat({ max: 30 }).map(String));
    const prerelease = fc.oneof(
      fc.constant(''),
      fc.constantFrom(
        '-rc.1',
        '-rc.2',
        '-alpha',
        '-0.20210101000000-abcdef123456',
        '-0.20200101000000-abcdef123456',
        '-pre.0.20210101000000-abcdef123456',
        '-1',
        '-1.a',
      ),
    );
    const build = fc.constantFrom('', '+incompatible');
    const version = fc
      .tuple(number, number, number, prerelease, build)
      .map(([a, b, c, p, m]) => `v${a}.${b}.${c}${p}${m}`);
    expectTotalOrder(goScheme, version);
  });
});

const CORPUS = resolve(process.cwd(), '../shared/corpus/go');
describe.skipIf(!existsSync(CORPUS))('go.mod corpus (../shared/corpus/go; skipped when absent)', () => {
  it('parses every before/after go.mod', () => {
    let parsed = 0;
    for (const name of readdirSync(CORPUS)) {
      for (const side of ['before', 'after']) {
        const file = join(CORPUS, name, side, 'go.mod');
        if (!existsSync(file)) continue;
        const result = goModFormat.parse({ path: 'go.mod', text: readFileSync(file, 'utf8') });
        expect(result.packages.length).toBeGreaterThan(0);
        parsed++;
      }
    }
    expect(parsed).toBe(20);
  });
});
