// Package.host and the integrity forms the supply-chain signals (integrity-changed, source-changed) read.
import { describe, expect, it } from 'vitest';
import { bunFormat } from '../../src/lockfiles/bun.js';
import { npmFormat } from '../../src/lockfiles/npm.js';
import { pnpmFormat } from '../../src/lockfiles/pnpm.js';
import { hostOfUrl } from '../../src/lockfiles/registry-host.js';
import type { Package } from '../../src/lockfiles/types.js';
import { yarnFormat } from '../../src/lockfiles/yarn.js';

const byName = (packages: Package[], name: string): Package => packages.find((p) => p.name === name)!;

describe('hostOfUrl', () => {
  it.each([
    ['https://registry.npmjs.org/a/-/a-1.0.0.tgz', 'registry.npmjs.org'],
    ['https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#abc', 'registry.npmjs.org'],
    ['https://user:token@NPM.Corp.Example:8443/a/-/a-1.0.0.tgz', 'npm.corp.example:8443'],
    ['https://npm.corp.example:443/a', 'npm.corp.example'],
    ['git+https://github.com/x/y.git#abc', 'github.com'],
    ['file:../a.tgz', undefined],
    [undefined, undefined],
  ])('%s -> %s', (url, host) => {
    expect(hostOfUrl(url)).toBe(host);
  });
});

describe('parsers record the host they resolved from', () => {
  it('npm v3 and v1', () => {
    const v3 = npmFormat.parse({
      path: 'package-lock.json',
      text: JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { dependencies: { a: '1', b: '1' } },
          'node_modules/a': { version: '1.0.0', resolved: 'https://registry.npmjs.org/a/-/a-1.0.0.tgz' },
          'node_modules/b': { version: '1.0.0', resolved: 'https://npm.corp.example/b/-/b-1.0.0.tgz' },
        },
      }),
    });
    expect(byName(v3.packages, 'a').host).toBe('registry.npmjs.org');
    expect(byName(v3.packages, 'b').host).toBe('npm.corp.example');
    const v1 = npmFormat.parse({
      path: 'package-lock.json',
      text: JSON.stringify({
        lockfileVersion: 1,
        dependencies: { a: { version: '1.0.0', resolved: 'https://npm.corp.example/a/-/a-1.0.0.tgz' } },
      }),
    });
    expect(byName(v1.packages, 'a').host).toBe('npm.corp.example');
  });

  it('yarn v1, with yarn’s registry read as npm’s', () => {
    const parsed = yarnFormat.parse({
      path: 'yarn.lock',
      text: [
        '# yarn lockfile v1',
        '',
        'a@^1.0.0:',
        '  version "1.0.0"',
        '  resolved "https://registry.yarnpkg.com/a/-/a-1.0.0.tgz#abc"',
        '',
        'b@^1.0.0:',
        '  version "1.0.0"',
        '  resolved "https://npm.corp.example/b/-/b-1.0.0.tgz"',
        '',
      ].join('\n'),
    });
    expect(byName(parsed.packages, 'a').host).toBe('registry.npmjs.org');
    expect(byName(parsed.packages, 'b').host).toBe('npm.corp.example');
  });

  it('bun: a custom registry or tarball URL, nothing for the default registry ("")', () => {
    const parsed = bunFormat.parse({
      path: 'bun.lock',
      text: JSON.stringify({
        lockfileVersion: 1,
        workspaces: {
          '': { name: 'app', dependencies: { a: '1', b: '1', c: 'https://example.com/c-1.0.0.tgz' } },
        },
        packages: {
          a: ['a@1.0.0', '', {}, 'sha512-a'],
          b: ['b@1.0.0', 'https://npm.corp.example/b/-/b-1.0.0.tgz', {}, 'sha512-b'],
          c: ['c@https://example.com/c-1.0.0.tgz', {}, 'sha512-c'],
        },
      }),
    });
    expect(byName(parsed.packages, 'a').host).toBeUndefined();
    expect(byName(parsed.packages, 'b').host).toBe('npm.corp.example');
    expect(byName(parsed.packages, 'c')).toMatchObject({ source: 'url', host: 'example.com' });
  });
});

describe('integrity forms', () => {
  const berry = (cacheKey: string, checksum: string): string =>
    [
      '__metadata:',
      '  version: 6',
      `  cacheKey: ${cacheKey}`,
      '',
      '"a@npm:^1.0.0":',
      '  version: 1.0.0',
      '  resolution: "a@npm:1.0.0"',
      `  checksum: ${checksum}`,
      '  languageName: node',
      '  linkType: hard',
      '',
    ].join('\n');

  it('yarn berry checksums carry the cache key they were computed under, as yarn 4 writes them', () => {
    expect(yarnFormat.parse({ path: 'yarn.lock', text: berry('8', 'abc') }).packages[0]!.integrity).toBe(
      '8/abc',
    );
    expect(
      yarnFormat.parse({ path: 'yarn.lock', text: berry('10c0', '10c0/abc') }).packages[0]!.integrity,
    ).toBe('10c0/abc');
  });

  it('pnpm marks a package patched only by its own patch_hash, not its peer’s', () => {
    const parsed = pnpmFormat.parse({
      path: 'pnpm-lock.yaml',
      text: JSON.stringify({
        lockfileVersion: '9.0',
        importers: {
          '.': {
            dependencies: {
              acorn: { specifier: '8.11.3', version: '8.11.3(patch_hash=abc)' },
              'acorn-jsx': { specifier: '5.3.2', version: '5.3.2(acorn@8.11.3(patch_hash=abc))' },
            },
          },
        },
        packages: {
          'acorn@8.11.3': { resolution: { integrity: 'sha512-a' } },
          'acorn-jsx@5.3.2': { resolution: { integrity: 'sha512-b' } },
        },
        snapshots: {
          'acorn@8.11.3(patch_hash=abc)': {},
          'acorn-jsx@5.3.2(acorn@8.11.3(patch_hash=abc))': {
            dependencies: { acorn: '8.11.3(patch_hash=abc)' },
          },
        },
      }),
    });
    expect(byName(parsed.packages, 'acorn').source).toBe('patch');
    expect(byName(parsed.packages, 'acorn-jsx').source).toBeUndefined();
  });
});
