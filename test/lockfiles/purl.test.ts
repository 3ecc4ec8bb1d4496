import fc from 'fast-check';
import { PackageURL } from 'packageurl-js';
import { describe, expect, it } from 'vitest';
import { makePurl } from '../../src/lockfiles/purl.js';

describe('makePurl', () => {
  it('builds the purl of each ecosystem the way the purl spec names its parts', () => {
    expect(makePurl('npm', '@babel/core', '7.24.0')).toBe('pkg:npm/%40babel/core@7.24.0');
    expect(makePurl('Go', 'github.com/spf13/cobra', 'v1.8.1')).toBe(
      'pkg:golang/github.com/spf13/cobra@v1.8.1',
    );
    expect(makePurl('Maven', 'org.slf4j:slf4j-api', '2.0.13')).toBe('pkg:maven/org.slf4j/slf4j-api@2.0.13');
    expect(makePurl('PyPI', 'requests', '2.32.3')).toBe('pkg:pypi/requests@2.32.3');
    expect(makePurl('GitHub Actions', 'actions/cache/save', 'v4')).toBe('pkg:github/actions/cache@v4#save');
    expect(makePurl('Packagist', 'symfony/console', 'v6.4.1')).toBe('pkg:composer/symfony/console@v6.4.1');
  });

  it('never throws on hostile names', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        (name, version) => typeof makePurl('npm', name, version) === 'string',
      ),
    );
  });

  it('takes the plain-name shortcut only where it equals packageurl-js', () => {
    const part = fc.stringMatching(/^[a-z0-9][a-z0-9._~-]{0,12}$/);
    const npmName = fc
      .tuple(fc.option(part, { nil: undefined }), part)
      .map(([scope, name]) => (scope ? `@${scope}/${name}` : name));
    const version = fc.stringMatching(/^[0-9A-Za-z][0-9A-Za-z.+-]{0,15}$/);
    fc.assert(
      fc.property(npmName, version, (name, v) => {
        const slash = name.indexOf('/');
        const expected = new PackageURL(
          'npm',
          slash > 0 ? name.slice(0, slash) : undefined,
          slash > 0 ? name.slice(slash + 1) : name,
          v,
        ).toString();
        expect(makePurl('npm', name, v)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
