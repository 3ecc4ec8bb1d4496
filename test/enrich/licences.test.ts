import { afterEach, describe, expect, it } from 'vitest';
import { enrichChanges, enrichmentFor } from '../../src/enrich/enrich.js';
import { expandPackagistVersions } from '../../src/enrich/licences.js';
import type { Change } from '../../src/inventory/diff.js';
import type { Ecosystem } from '../../src/lockfiles/types.js';
import { startFakeDepsDev, type FakeDepsDevOptions } from '../fakes/deps-dev-server.js';
import type { FakeServer } from '../fakes/osv-server.js';

function change(name: string, ecosystem: Ecosystem, from: string | null, to: string | null): Change {
  return {
    type: from === null ? 'added' : to === null ? 'removed' : 'updated',
    ecosystem,
    name,
    from,
    to,
    bump: from !== null && to !== null ? 'major' : null,
    direct: true,
    scope: 'runtime',
    lockfile: 'lock',
    purl: `pkg:generic/${name}`,
  };
}

let servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function run(changes: Change[], fake: FakeDepsDevOptions, extra: Record<string, unknown> = {}) {
  const server = await startFakeDepsDev(fake);
  servers.push(server);
  const result = await enrichChanges(changes, {
    fetch,
    anomalies: false,
    depsDevUrl: server.url,
    registryUrls: { rubygems: server.url, packagist: server.url, pub: server.url },
    retries: 0,
    ...extra,
  });
  return { server, result };
}

describe('licences from deps.dev', () => {
  it('flags MIT -> GPL-3.0-only and denies it under deny [GPL-3.0-only], with the reason', async () => {
    const c = change('@scope/copyleft', 'npm', '1.0.0', '2.0.0');
    const { server, result } = await run(
      [c],
      {
        versions: [
          { system: 'npm', name: '@scope/copyleft', version: '1.0.0', licenses: ['MIT'] },
          {
            system: 'npm',
            name: '@scope/copyleft',
            version: '2.0.0',
            licenses: ['GPL-3.0-only'],
            links: [
              { label: 'SOURCE_REPO', url: 'git+https://github.com/scope/copyleft.git' },
              { label: 'ISSUE_TRACKER', url: 'https://github.com/scope/copyleft/issues' },
              { label: 'HOMEPAGE', url: 'https://copyleft.example' },
            ],
          },
        ],
      },
      { licencePolicy: { deny: ['GPL-3.0-only'], unknown: 'fail' } },
    );
    // The scoped name is one path segment: @ and / percent-encoded.
    expect(server.requests.map((r) => r.path).sort()).toEqual([
      '/v3/systems/npm/packages/%40scope%2Fcopyleft/versions/1.0.0',
      '/v3/systems/npm/packages/%40scope%2Fcopyleft/versions/2.0.0',
    ]);
    const entry = enrichmentFor(result, c)!;
    expect(entry.licence).toEqual({
      from: { version: '1.0.0', expression: 'MIT', declared: ['MIT'], source: 'deps.dev' },
      to: { version: '2.0.0', expression: 'GPL-3.0-only', declared: ['GPL-3.0-only'], source: 'deps.dev' },
      changed: true,
      verdict: {
        verdict: 'denied',
        blocking: true,
        reason: 'GPL-3.0-only is denied: GPL-3.0-only is in the deny list',
      },
    });
    expect(entry.links).toEqual({
      sourceRepo: 'git+https://github.com/scope/copyleft.git',
      issueTracker: 'https://github.com/scope/copyleft/issues',
      homepage: 'https://copyleft.example',
    });
    // No tag lookups were passed, so no tag is named: the repository's releases page.
    expect(entry.releaseNotes).toEqual({
      url: 'https://github.com/scope/copyleft/releases',
      kind: 'releases',
      tagGuessed: false,
    });
  });

  it('does not call a reordered expression a change; reads several licences as all applying', async () => {
    const same = change('dual', 'crates.io', '1.0.0', '1.1.0');
    const multi = change('Multi_Lib', 'PyPI', null, '3.0');
    const { server, result } = await run([same, multi], {
      versions: [
        { system: 'cargo', name: 'dual', version: '1.0.0', licenses: ['MIT OR Apache-2.0'] },
        { system: 'cargo', name: 'dual', version: '1.1.0', licenses: ['Apache-2.0 OR MIT'] },
        { system: 'pypi', name: 'multi-lib', version: '3.0', licenses: ['MIT', 'BSD-3-Clause'] },
      ],
    });
    expect(enrichmentFor(result, same)!.licence!.changed).toBe(false);
    expect(enrichmentFor(result, multi)!.licence!.to!.expression).toBe('(MIT) AND (BSD-3-Clause)');
    expect(server.requests.some((r) => r.path === '/v3/systems/pypi/packages/multi-lib/versions/3.0')).toBe(
      true,
    );
  });

  it('reports an unknown version and a non-SPDX licence as unknown, not as a failure', async () => {
    const c = change('odd', 'npm', '1.0.0', '2.0.0');
    const { result } = await run(
      [c],
      { versions: [{ system: 'npm', name: 'odd', version: '2.0.0', licenses: ['non-standard'] }] },
      { licencePolicy: { allow: ['MIT'], unknown: 'warn' } },
    );
    const licence = enrichmentFor(result, c)!.licence!;
    expect(licence.from).toMatchObject({ expression: null, note: 'deps.dev does not know odd 1.0.0' });
    expect(licence.to).toMatchObject({
      expression: null,
      note: '"non-standard" is not an SPDX licence expression',
    });
    expect(licence.changed).toBeNull();
    expect(licence.verdict).toMatchObject({ verdict: 'unknown', blocking: false });
    expect(result.lookupFailures).toEqual([]);
  });

  it('records malformed JSON from deps.dev as a lookup failure naming the URL', async () => {
    const c = change('broken', 'npm', null, '1.0.0');
    const { server, result } = await run([c], {
      fault: () => ({ status: 200, body: '<html>oops</html>' }),
    });
    expect(result.lookupFailures).toEqual([
      {
        url: `${server.url}/v3/systems/npm/packages/broken/versions/1.0.0`,
        reason: expect.stringMatching(
          /^malformed JSON in the response .*it starts with "<html>oops<\/html>"$/,
        ),
        changes: [enrichmentFor(result, c)!.key],
      },
    ]);
    expect(result.unchecked).toMatchObject([
      { what: 'licence', reason: expect.stringContaining('lookup failed') },
    ]);
  });
});

describe('licences from registries deps.dev does not serve', () => {
  it('reads rubygems.org licences and links', async () => {
    const c = change('rack', 'RubyGems', '2.2.8', '3.1.0');
    const { result } = await run([c], {
      rubygems: [
        { name: 'rack', version: '2.2.8', licenses: ['MIT'] },
        {
          name: 'rack',
          version: '3.1.0',
          licenses: ['MIT'],
          source_code_uri: 'https://github.com/rack/rack',
          changelog_uri: 'https://github.com/rack/rack/blob/main/CHANGELOG.md',
        },
      ],
    });
    const entry = enrichmentFor(result, c)!;
    expect(entry.licence).toMatchObject({ changed: false, to: { expression: 'MIT', source: 'rubygems' } });
    expect(entry.links.changelog).toBe('https://github.com/rack/rack/blob/main/CHANGELOG.md');
    // Tags unconfirmed: the registry's changelog rather than a guessed compare view.
    expect(entry.releaseNotes?.url).toBe('https://github.com/rack/rack/blob/main/CHANGELOG.md');
  });

  it('expands Packagist minified metadata and reads a licence array as a choice', async () => {
    const c = change('monolog/monolog', 'Packagist', '3.5.0', '3.6.0');
    const { result } = await run([c], {
      packagist: {
        'monolog/monolog': [
          {
            version: '3.6.0',
            license: ['MIT'],
            source: { url: 'https://github.com/Seldaek/monolog.git', type: 'git' },
            support: { issues: 'https://github.com/Seldaek/monolog/issues' },
          },
          { version: '3.5.0', license: ['MIT', 'Apache-2.0'], support: '__unset' },
        ],
      },
    });
    const entry = enrichmentFor(result, c)!;
    expect(entry.licence!.from!.expression).toBe('(MIT) OR (Apache-2.0)');
    expect(entry.licence!.changed).toBe(true);
    expect(entry.links).toEqual({
      sourceRepo: 'https://github.com/Seldaek/monolog',
      issueTracker: 'https://github.com/Seldaek/monolog/issues',
    });
    const polluted = expandPackagistVersions(
      JSON.parse('[{"__proto__": {"admin": true}, "a": 1}]') as unknown[],
    );
    expect(Object.getPrototypeOf(polluted[0])).toBe(Object.prototype);
    expect(
      expandPackagistVersions([
        { a: 1, b: 2 },
        { b: '__unset', c: 3 },
      ]),
    ).toEqual([
      { a: 1, b: 2 },
      { a: 1, c: 3 },
    ]);
  });

  it('takes links from pub.dev and says the licence is not available there', async () => {
    const c = change('http', 'Pub', null, '1.2.0');
    const { result } = await run([c], {
      pub: [{ name: 'http', version: '1.2.0', pubspec: { repository: 'https://github.com/dart-lang/http' } }],
    });
    const entry = enrichmentFor(result, c)!;
    expect(entry.licence!.to).toMatchObject({ expression: null, source: 'pub.dev' });
    expect(entry.links.sourceRepo).toBe('https://github.com/dart-lang/http');
    expect(entry.releaseNotes).toEqual({
      url: 'https://github.com/dart-lang/http/releases',
      kind: 'releases',
      tagGuessed: false,
    });
    expect(result.unchecked).toMatchObject([
      { what: 'licence', reason: "pub.dev's package API does not give the licence" },
    ]);
  });

  it('makes no request for actions and Swift packages, but links their repositories', async () => {
    const action = change('actions/checkout/sub', 'GitHub Actions', 'v4.1.0', 'v4.2.0');
    const swift = change('github.com/apple/swift-nio', 'SwiftURL', '2.60.0', '2.65.0');
    const asked: string[] = [];
    const { server, result } = await run(
      [action, swift],
      {},
      {
        tagExists: async (repo: { owner: string; repo: string }, tag: string) => {
          asked.push(`${repo.owner}/${repo.repo}:${tag}`);
          return ['v4.1.0', 'v4.2.0'].includes(tag);
        },
      },
    );
    expect(server.count()).toBe(0);
    // The tags confirmed through the injected lookup, one each; Swift's 2.65.0 has none here.
    expect(enrichmentFor(result, action)!.releaseNotes!.url).toBe(
      'https://github.com/actions/checkout/compare/v4.1.0...v4.2.0',
    );
    expect(enrichmentFor(result, swift)!.releaseNotes!.url).toBe(
      'https://github.com/apple/swift-nio/releases',
    );
    // (changes are looked up concurrently, so the order across repositories varies)
    expect(asked.sort()).toEqual(
      [
        'actions/checkout:v4.1.0',
        'actions/checkout:v4.2.0',
        'apple/swift-nio:v2.65.0',
        'apple/swift-nio:2.65.0',
        'apple/swift-nio:github.com/apple/swift-nio@2.65.0',
        'apple/swift-nio:github.com/apple/swift-nio@v2.65.0',
      ].sort(),
    );
    expect(enrichmentFor(result, swift)!.links.sourceRepo).toBe('https://github.com/apple/swift-nio');
    expect(result.unchecked.map((u) => u.reason)).toEqual([
      'no licence source for GitHub Actions packages',
      'no licence source for SwiftURL packages',
    ]);
  });
});
