import fc from 'fast-check';
import { PackageURL } from 'packageurl-js';
import { describe, expect, it } from 'vitest';
import { makePurl, vcsUrl } from '../../src/lockfiles/purl.js';

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

describe('vcsUrl and pinned purls', () => {
  const sha = 'b4ffde65f46336ab88eb53be808477a3936bae11';

  it('writes the purl spec form <vcs>+<url>@<commit>, dropping the lockfile’s own pin', () => {
    expect(vcsUrl({ url: 'git+ssh://git@github.com/o/r.git#deadbeef', commit: sha })).toBe(
      `git+ssh://git@github.com/o/r.git@${sha}`,
    );
    expect(vcsUrl({ url: 'https://github.com/o/r?rev=main#x', commit: sha })).toBe(
      `git+https://github.com/o/r@${sha}`,
    );
    expect(vcsUrl({ url: 'github:o/r#v1', commit: sha })).toBe(`git+https://github.com/o/r@${sha}`);
    expect(vcsUrl({ url: 'git@gitlab.com:team/r.git', commit: sha })).toBe(
      `git+ssh://git@gitlab.com/team/r.git@${sha}`,
    );
  });

  it('never carries a user, password or token into the purl', () => {
    for (const url of [
      'https://x-access-token:ghs_SECRET@github.com/o/r.git',
      'https://ghp_SECRET@github.com/o/r.git',
      'git+https://user:pass@example.com/r',
      'ssh://deploy:SECRET@host/r',
    ]) {
      const written = vcsUrl({ url, commit: sha });
      expect(written, url).not.toMatch(/SECRET|pass|user|deploy/);
      expect(makePurl('npm', 'r', '1.0.0', { url, commit: sha }), url).not.toMatch(/SECRET|pass|deploy/);
    }
  });

  it('gives two commits under one version two purls, and leaves unpinned purls as they were', () => {
    const a = makePurl('npm', 'left-pad', '1.3.0', { url: 'https://github.com/o/r', commit: 'a'.repeat(40) });
    const b = makePurl('npm', 'left-pad', '1.3.0', { url: 'https://github.com/o/r', commit: 'b'.repeat(40) });
    expect(a).not.toBe(b);
    expect(PackageURL.fromString(a).qualifiers).toEqual({
      vcs_url: `git+https://github.com/o/r@${'a'.repeat(40)}`,
    });
    expect(makePurl('npm', 'left-pad', '1.3.0')).toBe('pkg:npm/left-pad@1.3.0');
  });
});
