import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gemfileFormat } from '../../src/lockfiles/gemfile.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { rubygemsScheme } from '../../src/versions/rubygems.js';
import { classifyBump } from '../../src/versions/index.js';
import { expectAscending, expectOnlyParseErrors, expectTotalOrder, readFixture } from './mutate-input.js';

function parse(fixture: string) {
  return gemfileFormat.parse({ path: 'Gemfile.lock', text: readFixture(`bundler/${fixture}/Gemfile.lock`) });
}

function summary(result: ReturnType<typeof parse>) {
  return result.packages
    .map((p) => `${p.name}@${p.version}${p.direct ? ' direct' : ''}${p.source ? ` ${p.source}` : ''}`)
    .sort();
}

describe('Gemfile.lock', () => {
  it('is found as Gemfile.lock or gems.locked', () => {
    expect(findFormat('Gemfile.lock')?.id).toBe('bundler');
    expect(findFormat('app/gems.locked')?.id).toBe('bundler');
    expect(findFormat('Gemfile')).toBeUndefined();
  });

  it('lists one package per name@version across platforms, with CHECKSUMS as integrity', () => {
    const result = parse('platforms-checksums');
    expect(result.format).toBe('bundler-2.5.4');
    expect(summary(result)).toEqual([
      'mini_portile2@2.8.5',
      'nokogiri@1.16.0 direct',
      'racc@1.7.3',
      'rails@7.1.3.rc1 direct',
      'rspec@3.12.0 direct',
    ]);
    const byName = new Map(result.packages.map((p) => [p.name, p]));
    expect(byName.get('nokogiri')).toMatchObject({
      ecosystem: 'RubyGems',
      scope: 'runtime',
      purl: 'pkg:gem/nokogiri@1.16.0',
      integrity: 'sha256=341388184e975d1b6a4ca2b1a5a3e2f8b4a2d7c1e0f9a8b7c6d5e4f3a2b1c0d9',
    });
    expect(byName.get('rspec')?.integrity).toBe(
      'sha256=ccc41799a43509dc0be84070e3f0410ac95cbd480ae7b6c245543eb64162399c',
    );
    expect(byName.get('rails')?.integrity).toBeUndefined();
    // Declared for a platform this lockfile doesn't cover: said, not dropped.
    expect(result.findings).toEqual([
      { lockfile: 'Gemfile.lock', line: 26, message: expect.stringContaining('tzinfo-data') },
    ]);
  });

  it('reads GIT and PATH sources; every PATH is first-party and its gems are direct', () => {
    const result = parse('git-path-sources');
    expect(result.format).toBe('bundler-2.4.21');
    expect(summary(result)).toEqual([
      'activesupport@7.2.0.alpha direct git',
      'concurrent-ruby@1.2.2',
      'secret-sauce@1.0.0 direct registry',
      'tzinfo@2.0.6 direct',
    ]);
    const activesupport = result.packages.find((p) => p.name === 'activesupport');
    expect(activesupport).toMatchObject({ ref: '0123456789abcdef0123456789abcdef01234567' });
    expect(activesupport?.integrity).toBeUndefined();
    expect(activesupport?.purl).toBe(
      'pkg:gem/activesupport@7.2.0.alpha?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Frails%2Frails.git%400123456789abcdef0123456789abcdef01234567',
    );
    // The gemspec at "." goes without saying; the engine folder is named.
    expect(result.findings).toEqual([
      {
        lockfile: 'Gemfile.lock',
        line: 19,
        message:
          '1 package resolves from local folders: first-party code, not SOUP, so not listed: billing (engines/billing)',
      },
    ]);
  });

  it('reads Bundler 1 files (no BUNDLED WITH, several remotes in one GEM section)', () => {
    const result = parse('bundler1-multiple-remotes');
    expect(result.format).toBe('bundler');
    expect(summary(result)).toEqual([
      'rack-protection@1.5.3',
      'rack@1.6.4',
      'sinatra@1.4.6 direct',
      'tilt@2.0.1',
    ]);
  });

  it.each([
    ['GEM\n  specs:\n    rack (not a version!)\n', 3],
    ['  rack (1.0)\n', 1],
    ['GEM\n  remote: https://rubygems.org/\n  specs:\n     rack (1.0)\n', 4],
    ['DEPENDENCIES\n  rack (>= 1\n', 2],
    ['hello\n', 1],
  ])('rejects %j at line %i', (text, line) => {
    try {
      gemfileFormat.parse({ path: 'x/Gemfile.lock', text });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LockfileParseError);
      expect((error as LockfileParseError).file).toBe('x/Gemfile.lock');
      expect((error as LockfileParseError).line).toBe(line);
    }
  });

  it('reports unknown sections instead of dropping them', () => {
    const text =
      'GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (1.0)\n\nFUTURE THING\n  x\n\nDEPENDENCIES\n  rack\n';
    const result = gemfileFormat.parse({ path: 'Gemfile.lock', text });
    expect(result.packages).toHaveLength(1);
    expect(result.findings).toEqual([
      { lockfile: 'Gemfile.lock', line: 6, message: expect.stringContaining('FUTURE THING') },
    ]);
  });

  it('mutated input only ever fails with LockfileParseError', () => {
    expectOnlyParseErrors(gemfileFormat, {
      path: 'Gemfile.lock',
      text: readFixture('bundler/platforms-checksums/Gemfile.lock'),
    });
    expectOnlyParseErrors(gemfileFormat, {
      path: 'Gemfile.lock',
      text: readFixture('bundler/git-path-sources/Gemfile.lock'),
    });
  });
});

describe('RubyGems version scheme', () => {
  it('orders like Gem::Version', () => {
    expectAscending(rubygemsScheme, [
      '0.9',
      '1.0.0.a',
      '1.0.0.alpha2',
      '1.0.0.b1',
      '1.0.0.rc1',
      '1.0.0.rc2',
      '1.0.0',
      '1.0.1',
      '1.2',
      '1.10',
      '2.0.0-1',
      '2.0.0',
    ]);
    expect(rubygemsScheme.compare('1.0', '1.0.0')).toBe(0);
    expect(rubygemsScheme.compare('1.0.0.rc1', '1.0.0')).toBe(-1);
    expect(rubygemsScheme.compare('10.4.13.0', '10.4.16.0')).toBe(-1);
    expect(rubygemsScheme.compare('1.0 beta', '1.0')).toBeNull();
    expect(rubygemsScheme.parse('7.1.3.rc1')).toEqual({ release: [7, 1, 3], prerelease: true });
    expect(classifyBump('RubyGems', '7.1.3', '7.2.0')).toBe('minor');
  });

  it('is a total order on generated versions', () => {
    const segment = fc.oneof(
      fc.nat({ max: 12 }).map(String),
      fc.constantFrom('a', 'b', 'rc', 'pre', 'beta', 'rc1', '0'),
    );
    const version = fc
      .tuple(fc.nat({ max: 5 }), fc.array(segment, { maxLength: 4 }))
      .map(([first, rest]) => [String(first), ...rest].join('.'));
    expectTotalOrder(rubygemsScheme, version, 1000);
  });
});

const CORPUS = resolve(process.cwd(), '../shared/corpus/bundler');
describe.skipIf(!existsSync(CORPUS))(
  'Gemfile.lock corpus (../shared/corpus/bundler; skipped when absent)',
  () => {
    it('parses every before/after Gemfile.lock', () => {
      let parsed = 0;
      for (const name of readdirSync(CORPUS)) {
        for (const side of ['before', 'after']) {
          const file = join(CORPUS, name, side, 'Gemfile.lock');
          if (!existsSync(file)) continue;
          const result = gemfileFormat.parse({ path: 'Gemfile.lock', text: readFileSync(file, 'utf8') });
          expect(result.packages.some((p) => p.direct)).toBe(true);
          // The only finding in this corpus: jruby-openssl is declared for JRuby, which no lockfile covers.
          for (const finding of result.findings) expect(finding.message).toContain('jruby-openssl');
          parsed++;
        }
      }
      expect(parsed).toBe(28);
    });
  },
);
