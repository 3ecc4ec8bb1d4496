import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import type { LockfileInput, Package, ParsedLockfile } from '../../src/lockfiles/types.js';
import { yarnFormat } from '../../src/lockfiles/yarn.js';
import { expectOnlyParseErrors, readFixture } from './mutate-input.js';

// Fixtures were made by the real tools in temp dirs (yarn 1.22.22, 2.4.2, 3.8.7, 4.18.1) for one small
// project: a workspace (packages/lib -> left-pad), a dev dep (once, humanize-ms), an optional dep (is-odd),
// an npm: alias (my-lodash -> lodash), resolve (yarn 2+ adds its builtin patch), portal:/link:/file:
// folders; the git fixtures point at a local `git daemon` repository.

/** The lockfile and the manifests beside it, under `app/` so paths are root-relative like the caller's. */
function fixtureInput(
  dir: string,
  manifests: readonly string[] = ['package.json', 'packages/lib/package.json'],
): LockfileInput {
  const map = new Map<string, string>();
  for (const m of manifests) {
    if (existsSync(resolve(import.meta.dirname, '../fixtures/yarn', dir, m)))
      map.set(`app/${m}`, readFixture(`yarn/${dir}/${m}`));
  }
  return { path: 'app/yarn.lock', text: readFixture(`yarn/${dir}/yarn.lock`), manifests: map };
}

const GIT_COMMIT = '5bc41d97805897d8b519f61c18e763611a69b0cb';
const FIRST_PARTY_FOLDERS =
  '3 packages resolve from local folders: first-party code, not SOUP, so not listed: file-thing (./vendor/file-thing), link-thing (./vendor/link-thing), portal-thing (./vendor/portal-thing)';

type Row = [name: string, version: string, direct: boolean | null, scope: Package['scope'], source?: string];

function rows(parsed: ParsedLockfile): Row[] {
  return parsed.packages
    .map((p): Row =>
      p.source ? [p.name, p.version, p.direct, p.scope, p.source] : [p.name, p.version, p.direct, p.scope],
    )
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * What yarn 2, 3 and 4 all lock for the fixture project, with both package.json files given. The
 * file:, link: and portal: folders are the project's own code: not listed, and ms, which file-thing
 * and portal-thing declare, is direct.
 */
const BERRY_EXPECTED: Row[] = [
  ['debug', '4.4.3', true, 'runtime'],
  ['es-errors', '1.3.0', false, 'runtime'],
  ['function-bind', '1.1.2', false, 'runtime'],
  ['hasown', '2.0.4', false, 'runtime'],
  ['humanize-ms', '1.2.1', true, 'dev'],
  ['is-core-module', '2.18.0', false, 'runtime'],
  ['is-number', '6.0.0', false, 'optional'],
  ['is-odd', '3.0.1', true, 'optional'],
  ['left-pad', '1.3.0', true, 'runtime'],
  ['lodash', '4.18.1', true, 'runtime'],
  // Reached both from debug (runtime) and humanize-ms (dev): runtime wins.
  ['ms', '2.1.3', true, 'runtime'],
  ['once', '1.4.0', true, 'dev'],
  ['path-parse', '1.0.7', false, 'runtime'],
  // Locked twice (the original and yarn's builtin compat patch): one package, marked patch.
  ['resolve', '1.22.14', true, 'runtime', 'patch'],
  ['supports-preserve-symlinks-flag', '1.0.0', false, 'runtime'],
  ['wrappy', '1.0.2', false, 'dev'],
];

describe('yarn berry fixtures (real yarn 2.4.2 / 3.8.7 / 4.18.1 output)', () => {
  it.each([
    ['berry-v4-workspace', 'yarn-berry-v4'],
    ['berry-v6-workspace', 'yarn-berry-v6'],
    ['berry-v10-workspace', 'yarn-berry-v10'],
  ])('%s: workspaces are not SOUP, their dependencies are direct, scope from package.json', (dir, format) => {
    const parsed = yarnFormat.parse(fixtureInput(dir));
    expect(parsed.format).toBe(format);
    expect(rows(parsed)).toEqual(BERRY_EXPECTED);
    expect(parsed.findings.map((f) => f.message)).toEqual([FIRST_PARTY_FOLDERS]);
    expect(parsed.packages.every((p) => p.lockfile === 'app/yarn.lock' && p.ecosystem === 'npm')).toBe(true);
  });

  it('keeps the checksum as integrity (the registry one for a builtin-patched package) and builds purls', () => {
    const parsed = yarnFormat.parse(fixtureInput('berry-v10-workspace'));
    const byName = new Map(parsed.packages.map((p) => [p.name, p]));
    expect(byName.get('debug')?.integrity).toMatch(/^10c0\/d79136ec6c83/);
    expect(byName.get('resolve')?.integrity).toMatch(/^10c0\/d661ad8d65ba/);
    expect(byName.get('lodash')?.purl).toBe('pkg:npm/lodash@4.18.1');
  });

  it('without package.json: direct still known from the workspace entries, scope only from dependenciesMeta', () => {
    const parsed = yarnFormat.parse(fixtureInput('berry-v10-workspace', []));
    const got = new Map(rows(parsed).map((r) => [r[0], r]));
    expect(got.get('once')).toEqual(['once', '1.4.0', true, 'runtime']);
    expect(got.get('wrappy')).toEqual(['wrappy', '1.0.2', false, 'runtime']);
    expect(got.get('is-odd')).toEqual(['is-odd', '3.0.1', true, 'optional']);
    expect(got.get('is-number')).toEqual(['is-number', '6.0.0', false, 'optional']);
  });

  it('git: the version yarn locked, the commit as ref and in the purl, source git', () => {
    const parsed = yarnFormat.parse(fixtureInput('berry-v10-git'));
    expect(rows(parsed)).toEqual([
      ['git-thing', '2.0.0', true, 'runtime', 'git'],
      ['ms', '2.1.3', true, 'runtime'],
    ]);
    const git = parsed.packages.find((p) => p.name === 'git-thing');
    expect(git?.ref).toBe(GIT_COMMIT);
    expect(git?.purl).toBe(
      `pkg:npm/git-thing@2.0.0?vcs_url=git%3A%2F%2F127.0.0.1%3A9418%2Fgitrepo%40${GIT_COMMIT}`,
    );
  });

  it('a file: tarball is a package; only folders are first-party', () => {
    const text = berry('8', {
      'app@workspace:.': rootWorkspace({ vendored: 'file:./vendor/vendored-1.0.0.tgz' }),
      'vendored@file:./vendor/vendored-1.0.0.tgz::locator=app%40workspace%3A.': [
        'version: 1.0.0',
        'resolution: "vendored@file:./vendor/vendored-1.0.0.tgz#./vendor/vendored-1.0.0.tgz::hash=1a2b3c&locator=app%40workspace%3A."',
        'checksum: 10c0/abc',
        'languageName: node',
        'linkType: hard',
      ],
    });
    const parsed = yarnFormat.parse({ path: 'yarn.lock', text });
    expect(rows(parsed)).toEqual([['vendored', '1.0.0', true, 'runtime', 'file']]);
    expect(parsed.findings).toEqual([]);
  });

  it('a cacheKey change that rewrites every checksum changes integrity only', () => {
    const input = fixtureInput('berry-v10-workspace');
    let n = 0;
    const rewritten = input.text
      .replace('cacheKey: 10c0', 'cacheKey: 8')
      .replace(
        /checksum: 10c0\/[0-9a-f]+/g,
        () => `checksum: ${(n++).toString(16).padStart(8, '0').repeat(16)}`,
      );
    expect(n).toBeGreaterThan(10);
    const before = yarnFormat.parse(input);
    const after = yarnFormat.parse({ ...input, text: rewritten });
    const strip = (p: ParsedLockfile) => p.packages.map(({ integrity: _integrity, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
    expect(after.packages.find((p) => p.name === 'debug')?.integrity).not.toBe(
      before.packages.find((p) => p.name === 'debug')?.integrity,
    );
  });
});

describe('yarn v1 fixtures (real yarn 1.22.22 output)', () => {
  it('direct and scope from package.json, transitive scope by reachability, workspace deps via its package.json', () => {
    const parsed = yarnFormat.parse(fixtureInput('v1-workspace'));
    expect(parsed.format).toBe('yarn-v1');
    expect(rows(parsed)).toEqual([
      ['debug', '4.4.3', true, 'runtime'],
      ['humanize-ms', '1.2.1', true, 'dev'],
      ['is-number', '6.0.0', false, 'optional'],
      ['is-odd', '3.0.1', true, 'optional'],
      ['left-pad', '1.3.0', true, 'runtime'],
      ['lodash', '4.18.1', true, 'runtime'],
      ['ms', '2.1.3', true, 'runtime'], // declared by the first-party folder file-thing
      ['once', '1.4.0', true, 'dev'],
      ['wrappy', '1.0.2', false, 'dev'],
    ]);
    expect(parsed.findings.map((f) => f.message)).toEqual([
      '2 packages resolve from local folders: first-party code, not SOUP, so not listed: file-thing (./vendor/file-thing), link-thing (./vendor/link-thing)',
    ]);
    expect(parsed.packages.find((p) => p.name === 'debug')?.integrity).toMatch(/^sha512-RGwwWnwQ/);
  });

  it('a workspace whose package.json is missing: its dependencies are of unknown directness', () => {
    const parsed = yarnFormat.parse(fixtureInput('v1-workspace', ['package.json']));
    const got = new Map(rows(parsed).map((r) => [r[0], r]));
    expect(got.get('left-pad')).toEqual(['left-pad', '1.3.0', null, 'runtime']);
    expect(got.get('debug')).toEqual(['debug', '4.4.3', true, 'runtime']);
  });

  it('without any package.json: direct null, scope runtime', () => {
    const parsed = yarnFormat.parse(fixtureInput('v1-workspace', []));
    expect(parsed.packages).toHaveLength(9);
    expect(parsed.packages.every((p) => p.direct === null && p.scope === 'runtime')).toBe(true);
  });

  it('git: the locked version, with the commit from `resolved` as ref', () => {
    const parsed = yarnFormat.parse(fixtureInput('v1-git'));
    expect(rows(parsed)).toEqual([
      ['git-thing', '2.0.0', true, 'runtime', 'git'],
      ['ms', '2.1.3', true, 'runtime'],
    ]);
    expect(parsed.packages.find((p) => p.name === 'git-thing')?.ref).toBe(GIT_COMMIT);
  });

  it('accepts a v1 body whose header was trimmed off', () => {
    const text = readFixture('yarn/v1-git/yarn.lock').replace(/^#.*\n/gm, '');
    expect(yarnFormat.parse({ path: 'yarn.lock', text }).packages.map((p) => p.name)).toEqual([
      'git-thing',
      'ms',
    ]);
  });
});

/** A berry lockfile from entries, for shapes the fixtures do not cover. */
function berry(version: string, entries: Record<string, string[]>): string {
  const body = Object.entries(entries).map(
    ([key, lines]) => `"${key}":\n${lines.map((l) => `  ${l}`).join('\n')}\n`,
  );
  return `__metadata:\n  version: ${version}\n  cacheKey: 10c0\n\n${body.join('\n')}`;
}

function rootWorkspace(deps: Record<string, string>): string[] {
  return [
    'version: 0.0.0-use.local',
    'resolution: "app@workspace:."',
    'dependencies:',
    ...Object.entries(deps).map(([n, r]) => `  "${n}": "${r}"`),
    'languageName: unknown',
    'linkType: soft',
  ];
}

function npmEntry(name: string, version: string, deps: Record<string, string> = {}): string[] {
  const lines = [`version: ${version}`, `resolution: "${name}@npm:${version}"`];
  if (Object.keys(deps).length > 0)
    lines.push('dependencies:', ...Object.entries(deps).map(([n, r]) => `  "${n}": "${r}"`));
  return [...lines, 'checksum: 10c0/abc', 'languageName: node', 'linkType: hard'];
}

describe('yarn berry shapes', () => {
  it('a user patch bound to its workspace (::locator=) resolves from the workspace dependency', () => {
    const text = berry('8', {
      'app@workspace:.': rootWorkspace({ lodash: 'patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch' }),
      'lodash@npm:4.17.21': npmEntry('lodash', '4.17.21'),
      'lodash@patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch::locator=app%40workspace%3A.': [
        'version: 4.17.21',
        'resolution: "lodash@patch:lodash@npm%3A4.17.21#./.yarn/patches/lodash.patch::version=4.17.21&hash=1a2b3c&locator=app%40workspace%3A."',
        'checksum: 10c0/def',
        'languageName: node',
        'linkType: hard',
      ],
    });
    const parsed = yarnFormat.parse({ path: 'yarn.lock', text });
    expect(rows(parsed)).toEqual([['lodash', '4.17.21', true, 'runtime', 'patch']]);
    expect(parsed.packages[0]?.integrity).toBe('10c0/abc');
    expect(parsed.findings).toEqual([]);
  });

  it('`resolutions` with a parent selector route an edge no key matches', () => {
    const text = berry('6', {
      'app@workspace:.': rootWorkspace({ cli: 'npm:1.0.0' }),
      'cli@npm:1.0.0': npmEntry('cli', '1.0.0', { react: '^17.0.0 || ^18.2.0' }),
      'react@npm:^17.0.1': npmEntry('react', '17.0.2'),
      'react@npm:^18.2.0': npmEntry('react', '18.2.0'),
    });
    const manifest = JSON.stringify({
      devDependencies: { cli: '1.0.0' },
      resolutions: { 'cli/react': '^17.0.1' },
    });
    const parsed = yarnFormat.parse({
      path: 'yarn.lock',
      text,
      manifests: new Map([['package.json', manifest]]),
    });
    expect(rows(parsed)).toEqual([
      ['cli', '1.0.0', true, 'dev'],
      ['react', '17.0.2', false, 'dev'],
      ['react', '18.2.0', false, 'runtime'], // reached by nothing: conservatively runtime
    ]);
    expect(parsed.findings).toEqual([]);
  });

  it('names that are Object.prototype keys are data', () => {
    const text = berry('10', {
      'app@workspace:.': rootWorkspace({ constructor: 'npm:1.0.0', ['__proto__']: 'npm:2.0.0' }),
      'constructor@npm:1.0.0': npmEntry('constructor', '1.0.0', { toString: 'npm:1.0.0' }),
      'toString@npm:1.0.0': npmEntry('toString', '1.0.0'),
      '__proto__@npm:2.0.0': npmEntry('__proto__', '2.0.0'),
    });
    expect(rows(yarnFormat.parse({ path: 'yarn.lock', text }))).toEqual([
      ['__proto__', '2.0.0', true, 'runtime'],
      ['constructor', '1.0.0', true, 'runtime'],
      ['toString', '1.0.0', false, 'runtime'],
    ]);
    expect(Object.prototype).not.toHaveProperty('version');
  });

  it('tarball URLs are source url; an unknown protocol is listed and reported', () => {
    const text = berry('9', {
      'app@workspace:.': rootWorkspace({ tar: 'https://example.com/tar-1.0.0.tgz', odd: 'exec:./gen.js' }),
      'tar@https://example.com/tar-1.0.0.tgz': [
        'version: 1.0.0',
        'resolution: "tar@https://example.com/tar-1.0.0.tgz"',
        'languageName: node',
        'linkType: hard',
      ],
      'odd@exec:./gen.js::locator=app%40workspace%3A.': [
        'version: 0.0.0',
        'resolution: "odd@exec:./gen.js#./gen.js::hash=1&locator=app%40workspace%3A."',
        'languageName: node',
        'linkType: hard',
      ],
    });
    const parsed = yarnFormat.parse({ path: 'yarn.lock', text });
    expect(rows(parsed)).toEqual([
      ['odd', '0.0.0', true, 'runtime', 'exec'],
      ['tar', '1.0.0', true, 'runtime', 'url'],
    ]);
    expect(parsed.findings).toEqual([
      expect.objectContaining({ line: 20, message: expect.stringContaining('unknown protocol "exec:"') }),
    ]);
  });

  it.each(['3', '11', '"x"'])('rejects __metadata.version %s naming the supported versions', (version) => {
    const text = berry(version, { 'a@npm:1.0.0': npmEntry('a', '1.0.0') });
    expect(() => yarnFormat.parse({ path: 'sub/yarn.lock', text })).toThrow(LockfileParseError);
    expect(() => yarnFormat.parse({ path: 'sub/yarn.lock', text })).toThrow(
      /^sub\/yarn\.lock:1: .*version .*supported are v1 \(classic\) and berry 4 to 10/,
    );
  });

  it('rejects YAML that is no yarn lockfile, and structural damage, with file and line', () => {
    expect(() => yarnFormat.parse({ path: 'yarn.lock', text: 'foo: bar\n' })).toThrow(
      /^yarn\.lock:1: not a yarn lockfile/,
    );
    const noVersion = berry('8', { 'a@npm:1.0.0': ['resolution: "a@npm:1.0.0"'] });
    expect(() => yarnFormat.parse({ path: 'yarn.lock', text: noVersion })).toThrow(
      /^yarn\.lock:5: entry "a@npm:1\.0\.0" has no version/,
    );
    const badIndent = berry('8', { 'a@npm:1.0.0': npmEntry('a', '1.0.0') }).replace(
      '  resolution',
      ' resolution',
    );
    expect(() => yarnFormat.parse({ path: 'yarn.lock', text: badIndent })).toThrow(
      /^yarn\.lock:\d+: invalid yarn\.lock/,
    );
    expect(() =>
      yarnFormat.parse({ path: 'yarn.lock', text: '# yarn lockfile v1\n\nfoo@^1:\n  version "1"\n   bad\n' }),
    ).toThrow(/^yarn\.lock:5: invalid yarn\.lock/);
  });

  it('an empty yarn.lock (how berry marks a project root) has no packages', () => {
    const parsed = yarnFormat.parse({ path: 'yarn.lock', text: '' });
    expect(parsed.packages).toEqual([]);
    expect(parsed.findings).toHaveLength(1);
  });

  it('asks for the package.json beside the lockfile', () => {
    expect(yarnFormat.manifests?.('web/yarn.lock')).toEqual(['web/package.json']);
    expect(yarnFormat.manifests?.('yarn.lock')).toEqual(['package.json']);
    expect(yarnFormat.matches('a/yarn.lock')).toBe(true);
    expect(yarnFormat.matches('a/package-lock.json')).toBe(false);
  });
});

describe('yarn: mutated or truncated input', () => {
  it.each(['berry-v10-workspace', 'berry-v6-workspace', 'v1-workspace', 'v1-git'])(
    '%s: returns or throws LockfileParseError',
    (dir) => {
      expectOnlyParseErrors(yarnFormat, fixtureInput(dir), 200);
    },
  );
});

const CORPUS = resolve(process.cwd(), '../shared/corpus');

describe.skipIf(!existsSync(CORPUS))(
  'yarn: every lockfile in ../shared/corpus parses (skipped: corpus absent)',
  () => {
    const files: Array<{ id: string; input: LockfileInput }> = [];
    for (const group of ['yarn-v1', 'yarn-berry', '_large']) {
      const groupDir = join(CORPUS, group);
      if (!existsSync(groupDir)) continue;
      for (const name of readdirSync(groupDir)) {
        for (const side of ['before', 'after']) {
          const dir = join(groupDir, name, side);
          if (!existsSync(dir)) continue;
          const all = readdirSync(dir);
          const manifests = new Map(
            all
              .filter((f) => f.endsWith('package.json'))
              .map((f) => [f.replaceAll('__', '/'), readFileSync(join(dir, f), 'utf8')]),
          );
          for (const f of all.filter((f) => f.endsWith('yarn.lock'))) {
            files.push({
              id: `${group}/${name}/${side}/${f}`,
              input: { path: f.replaceAll('__', '/'), text: readFileSync(join(dir, f), 'utf8'), manifests },
            });
          }
        }
      }
    }

    it('parses all of them, with no finding, covering v1 and berry v6, v8, v9, v10', () => {
      const formats = new Set<string>();
      for (const { id, input } of files) {
        const parsed = yarnFormat.parse(input);
        formats.add(parsed.format);
        expect([id, parsed.findings]).toEqual([id, []]);
        const ids = parsed.packages.map((p) => `${p.name}@${p.version}`);
        expect(new Set(ids).size).toBe(ids.length);
      }
      expect(files.length).toBeGreaterThanOrEqual(100);
      expect([...formats].sort()).toEqual([
        'yarn-berry-v10',
        'yarn-berry-v6',
        'yarn-berry-v8',
        'yarn-berry-v9',
        'yarn-v1',
      ]);
    });

    it('joplin: user patches from `resolutions` are one package each, source patch, direct where declared', () => {
      const joplin = files.find(
        (f) => f.id.startsWith('_large/laurent22__joplin') && f.id.includes('/after/'),
      );
      if (!joplin) return;
      const parsed = yarnFormat.parse(joplin.input);
      const nanoid = parsed.packages.filter((p) => p.name === 'nanoid');
      expect(nanoid.map((p) => [p.version, p.source])).toEqual([['3.3.7', 'patch']]);
      expect(parsed.packages.some((p) => p.version.endsWith('-use.local') && p.source === undefined)).toBe(
        false,
      );
    });
  },
);
