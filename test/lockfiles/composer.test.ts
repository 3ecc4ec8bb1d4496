import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composerFormat } from '../../src/lockfiles/composer.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { packagistScheme } from '../../src/versions/packagist.js';
import { classifyBump } from '../../src/versions/index.js';
import { expectAscending, expectOnlyParseErrors, expectTotalOrder, readFixture } from './mutate-input.js';

const LOCK = readFixture('composer/packages-and-dev/composer.lock');
const JSON_MANIFEST = readFixture('composer/packages-and-dev/composer.json');

function parseWithManifest(path = 'composer.lock') {
  const manifests = new Map(composerFormat.manifests?.(path).map((m) => [m, JSON_MANIFEST]));
  return composerFormat.parse({ path, text: LOCK, manifests });
}

describe('composer.lock', () => {
  it('is found by name and asks for the composer.json beside it', () => {
    expect(findFormat('api/composer.lock')?.id).toBe('composer');
    expect(composerFormat.manifests?.('api/composer.lock')).toEqual(['api/composer.json']);
    expect(composerFormat.manifests?.('composer.lock')).toEqual(['composer.json']);
  });

  it('reads packages (runtime) and packages-dev (dev), direct from composer.json', () => {
    const result = parseWithManifest('api/composer.lock');
    expect(result.format).toBe('composer(plugin-api 2.6.0)');
    // The path repository's package is the project's own code.
    expect(result.findings).toEqual([
      {
        lockfile: 'api/composer.lock',
        line: 26,
        message:
          '1 package resolves from local folders: first-party code, not SOUP, so not listed: acme/local (packages/local)',
      },
    ]);
    const byName = new Map(result.packages.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual([
      'acme/internal',
      'monolog/monolog',
      'phpunit/phpunit',
      'psr/log',
      'symfony/symfony',
    ]);
    expect(byName.get('monolog/monolog')).toMatchObject({
      ecosystem: 'Packagist',
      version: '3.5.0',
      direct: true, // declared as Monolog/Monolog: Composer names are case-insensitive
      scope: 'runtime',
      lockfile: 'api/composer.lock',
      purl: 'pkg:composer/monolog/monolog@3.5.0',
      integrity: '5f0ad11a7d1b2d0c4b1d6e2f3a4b5c6d7e8f9a0b',
    });
    expect(byName.get('psr/log')).toMatchObject({ direct: false, scope: 'runtime' });
    expect(byName.get('psr/log')?.integrity).toBeUndefined();
    expect(byName.get('phpunit/phpunit')).toMatchObject({ direct: true, scope: 'dev' });
    // Required as symfony/console and symfony/dom-crawler, which symfony/symfony replaces.
    expect(byName.get('symfony/symfony')).toMatchObject({ version: 'v6.4.2', direct: true });
    // A branch version is pinned by its commit: its ref, and in its purl.
    expect(byName.get('acme/internal')).toMatchObject({
      version: 'dev-main',
      ref: '89abcdef0123456789abcdef0123456789abcdef',
      purl: 'pkg:composer/acme/internal@dev-main?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Facme%2Finternal.git%4089abcdef0123456789abcdef0123456789abcdef',
    });
    expect(byName.get('acme/internal')?.integrity).toBeUndefined();
    // A tagged release is identified by its version; its source commit is no ref.
    expect(byName.get('monolog/monolog')?.ref).toBeUndefined();
  });

  it('takes what a path-repository package requires as direct: it is the project choosing', () => {
    const text = JSON.stringify({
      packages: [
        {
          name: 'acme/mod',
          version: 'dev-main',
          dist: { type: 'path', url: 'modules/mod' },
          require: { php: '>=8', 'psr/log': '^3' },
        },
        { name: 'psr/log', version: '3.0.0', dist: { type: 'zip', url: 'https://x/psr.zip', shasum: 'ab' } },
      ],
    });
    const manifests = new Map([['composer.json', '{"require": {"acme/mod": "*"}}']]);
    const result = composerFormat.parse({ path: 'composer.lock', text, manifests });
    expect(result.packages).toMatchObject([{ name: 'psr/log', direct: true, integrity: 'ab' }]);
    // acme/mod is declared and locked (as first-party): no "required but not locked" finding.
    expect(result.findings.map((f) => f.message)).toEqual([
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: acme/mod (modules/mod)',
    ]);
  });

  it('without composer.json, direct is unknown and says so', () => {
    const result = composerFormat.parse({
      path: 'composer.lock',
      text: readFixture('composer/no-manifest/composer.lock'),
    });
    expect(result.packages.every((p) => p.direct === null)).toBe(true);
    expect(result.findings).toEqual([
      { lockfile: 'composer.lock', message: expect.stringContaining('composer.json not available') },
      expect.objectContaining({ message: expect.stringContaining('first-party code, not SOUP') }),
    ]);
  });

  it.each([
    ['{"packages": {}}', 'expected "packages" to be an array'],
    ['{"packages": [{"name": "a/b"}]}', 'package a/b has no version'],
    [
      '{"packages": [{"name": "a/b", "version": "1.0.0", "dist": "zip"}]}',
      '"dist" and "source" must be objects',
    ],
    ['{"packages": [1]}', 'to be an object'],
    ['[]', 'expected composer.lock to be a JSON object'],
    ['{"content-hash": "x"}', 'not a composer.lock'],
    ['{"packages": [\n  {"name": "a/b",\n', 'invalid JSON'],
  ])('rejects %j', (text, detail) => {
    expect(() => composerFormat.parse({ path: 'composer.lock', text })).toThrowError(LockfileParseError);
    expect(() => composerFormat.parse({ path: 'composer.lock', text })).toThrowError(detail);
  });

  it('points at the package line when it can', () => {
    const text = '{\n  "packages": [\n    {\n      "name": "a/b",\n      "version": 3\n    }\n  ]\n}\n';
    expect(() => composerFormat.parse({ path: 'composer.lock', text })).toThrowError(
      'composer.lock:4: package a/b has no version',
    );
  });

  it('a broken composer.json is an error naming that file', () => {
    const manifests = new Map([['composer.json', '{"require": []}']]);
    expect(() => composerFormat.parse({ path: 'composer.lock', text: LOCK, manifests })).toThrowError(
      'composer.json: expected "require" to be an object',
    );
  });

  it('mutated input only ever fails with LockfileParseError', () => {
    expectOnlyParseErrors(composerFormat, {
      path: 'composer.lock',
      text: LOCK,
      manifests: new Map([['composer.json', JSON_MANIFEST]]),
    });
  });
});

describe('Packagist version scheme', () => {
  it('orders like Composer (v prefix ignored, stabilities dev < alpha < beta < RC < stable < patch)', () => {
    expectAscending(packagistScheme, [
      '1.0.0-dev',
      '1.0.0-alpha1',
      '1.0.0-alpha2',
      '1.0.0-beta',
      'v1.0.0-beta2-dev',
      '1.0.0-beta2',
      '1.0.0-beta.3',
      '1.0.0-RC1',
      'v1.0.0',
      '1.0.0-patch1',
      '1.0.1',
      '1.0.1.1',
      'v5.4.32',
      '5.10.0',
    ]);
    expect(packagistScheme.compare('v1.2.3', '1.2.3')).toBe(0);
    expect(packagistScheme.compare('dev-main', '1.0.0')).toBeNull();
    expect(packagistScheme.compare('2.x-dev', '2.0.0')).toBeNull();
    expect(classifyBump('Packagist', 'v5.4.32', 'v5.4.34')).toBe('patch');
    expect(classifyBump('Packagist', 'v5.4.34', 'v6.0.0')).toBe('major');
  });

  it('is a total order on generated versions', () => {
    const n = fc.nat({ max: 6 }).map(String);
    const stability = fc.constantFrom('', '-alpha', '-beta', '-RC', '-patch', '-b', '-pl');
    const number = fc.constantFrom('', '1', '2', '.3', '1.1');
    const version = fc
      .tuple(
        fc.constantFrom('', 'v'),
        fc.array(n, { minLength: 1, maxLength: 4 }),
        stability,
        number,
        fc.constantFrom('', '-dev'),
      )
      .map(([v, parts, s, num, dev]) => `${v}${parts.join('.')}${s}${s ? num : ''}${dev}`);
    expectTotalOrder(packagistScheme, version, 1000);
  });
});

const CORPUS = resolve(process.cwd(), '../shared/corpus/composer');
describe.skipIf(!existsSync(CORPUS))(
  'composer.lock corpus (../shared/corpus/composer; skipped when absent)',
  () => {
    it('parses every before/after composer.lock with its composer.json, with no findings', () => {
      let parsed = 0;
      for (const name of readdirSync(CORPUS)) {
        for (const side of ['before', 'after']) {
          const dir = join(CORPUS, name, side);
          if (!existsSync(join(dir, 'composer.lock'))) continue;
          const manifests = new Map<string, string>();
          if (existsSync(join(dir, 'composer.json')))
            manifests.set('composer.json', readFileSync(join(dir, 'composer.json'), 'utf8'));
          const result = composerFormat.parse({
            path: 'composer.lock',
            text: readFileSync(join(dir, 'composer.lock'), 'utf8'),
            manifests,
          });
          expect(result.findings).toEqual([]);
          expect(result.packages.some((p) => p.direct && p.scope === 'dev')).toBe(true);
          parsed++;
        }
      }
      expect(parsed).toBe(16);
    });
  },
);
