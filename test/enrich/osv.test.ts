import { afterEach, describe, expect, it } from 'vitest';
import { enrichChanges, enrichmentFor } from '../../src/enrich/enrich.js';
import { changeKey } from '../../src/inventory/change-key.js';
import type { Change } from '../../src/inventory/diff.js';
import type { Ecosystem } from '../../src/lockfiles/types.js';
import { startFakeOsv, type FakeOsv, type OsvRecord } from '../fakes/osv-server.js';

function change(overrides: Partial<Change> & { name: string }): Change {
  const ecosystem: Ecosystem = overrides.ecosystem ?? 'npm';
  const from = overrides.from === undefined ? '1.0.0' : overrides.from;
  const to = overrides.to === undefined ? '1.1.0' : overrides.to;
  return {
    type: from === null ? 'added' : to === null ? 'removed' : 'updated',
    ecosystem,
    from,
    to,
    bump: from !== null && to !== null ? 'minor' : null,
    direct: true,
    scope: 'runtime',
    lockfile: 'package-lock.json',
    purl: `pkg:npm/${overrides.name}@${to ?? from}`,
    ...overrides,
  };
}

const vuln = (
  id: string,
  ecosystem: string,
  name: string,
  versions: string[],
  extra: Partial<OsvRecord> = {},
): OsvRecord => ({
  id,
  summary: `${id} summary`,
  affected: [{ package: { ecosystem, name }, versions }],
  ...extra,
});

let servers: FakeOsv[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});
async function osv(options: Parameters<typeof startFakeOsv>[0]): Promise<FakeOsv> {
  const server = await startFakeOsv(options);
  servers.push(server);
  return server;
}

const base = { anomalies: true, licences: false, retries: 2, backoffMs: 1 } as const;

describe('OSV anomalies', () => {
  it('sends 2500 package versions in exactly 3 querybatch requests of at most 1000', async () => {
    const server = await osv({ vulns: [vuln('GHSA-many-0001', 'npm', 'pkg-1234', ['1.0.0'])] });
    const changes = Array.from({ length: 2500 }, (_, i) =>
      change({ name: `pkg-${i}`, from: null, to: '1.0.0' }),
    );
    const result = await enrichChanges(changes, { ...base, fetch, osvUrl: server.url });
    expect(server.count('/v1/querybatch')).toBe(3);
    expect(server.batchSizes).toEqual([1000, 1000, 500]);
    expect(server.count('/v1/vulns/')).toBe(1);
    expect(result.requests[new URL(server.url).host]).toBe(4);
    expect(result.lookupFailures).toEqual([]);
    const hit = enrichmentFor(result, changes[1234]!);
    expect(hit?.anomalies?.introduced.map((a) => a.id)).toEqual(['GHSA-many-0001']);
    expect(enrichmentFor(result, changes[0]!)?.anomalies?.introduced).toEqual([]);
  });

  it('follows next_page_token per query until every page is read', async () => {
    const ids = Array.from({ length: 7 }, (_, i) => `GHSA-page-000${i}`);
    const server = await osv({ pageSize: 3, vulns: ids.map((id) => vuln(id, 'npm', 'busy', ['2.0.0'])) });
    const changes = [change({ name: 'busy', from: '1.0.0', to: '2.0.0' }), change({ name: 'quiet' })];
    const result = await enrichChanges(changes, { ...base, fetch, osvUrl: server.url });
    // Page 1 for all three queries, then pages 2 and 3 for the busy one only.
    expect(server.batchSizes).toEqual([4, 1, 1]);
    expect(server.pagedQueries).toBe(2);
    expect(enrichmentFor(result, changes[0]!)?.anomalies?.introduced.map((a) => a.id)).toEqual(ids);
    // Each record is read once even though nothing else asks for it twice.
    expect(server.count('/v1/vulns/')).toBe(7);
  });

  it('splits introduced, fixed and present, and reads each record once across changes', async () => {
    const server = await osv({
      vulns: [
        vuln('GHSA-aaaa-aaaa-aaaa', 'npm', 'lib', ['1.0.0']),
        vuln('GHSA-bbbb-bbbb-bbbb', 'npm', 'lib', ['1.0.0', '2.0.0']),
        vuln('GHSA-cccc-cccc-cccc', 'npm', 'lib', ['2.0.0']),
      ],
    });
    const changes = [
      change({ name: 'lib', from: '1.0.0', to: '2.0.0' }),
      change({ name: 'lib', from: '1.0.0', to: '2.0.0', lockfile: 'other/package-lock.json' }),
      change({ name: 'lib', from: '2.0.0', to: null }),
    ];
    const result = await enrichChanges(changes, { ...base, fetch, osvUrl: server.url });
    const facts = enrichmentFor(result, changes[0]!)!.anomalies!;
    expect(facts.introduced.map((a) => a.id)).toEqual(['GHSA-cccc-cccc-cccc']);
    expect(facts.fixed.map((a) => a.id)).toEqual(['GHSA-aaaa-aaaa-aaaa']);
    expect(facts.present.map((a) => a.id)).toEqual(['GHSA-bbbb-bbbb-bbbb']);
    expect(enrichmentFor(result, changes[2]!)!.anomalies!.fixed).toHaveLength(2);
    expect(server.batchSizes).toEqual([2]);
    expect(server.count('/v1/vulns/')).toBe(3);
  });

  it('reads severity, aliases, fixed versions and the osv.dev link from the record', async () => {
    const server = await osv({
      vulns: [
        {
          id: 'GHSA-rhx6-c78j-4q9w',
          summary: 'path-to-regexp outputs backtracking regular expressions',
          aliases: ['GHSA-other', 'CVE-2024-52798'],
          severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
          database_specific: { severity: 'HIGH' },
          affected: [
            {
              package: { ecosystem: 'npm', name: 'path-to-regexp' },
              versions: ['0.1.10'],
              ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '0.1.12' }] }],
            },
            {
              package: { ecosystem: 'npm', name: 'other' },
              ranges: [{ type: 'SEMVER', events: [{ fixed: '9.9.9' }] }],
            },
          ],
        },
        vuln('GHSA-v4v4-v4v4-v4v4', 'npm', 'path-to-regexp', ['0.1.10'], {
          severity: [
            { type: 'CVSS_V4', score: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N' },
          ],
          database_specific: { severity: 'MODERATE' },
        }),
      ],
    });
    const c = change({ name: 'path-to-regexp', from: null, to: '0.1.10' });
    const result = await enrichChanges([c], { ...base, fetch, osvUrl: server.url });
    const [high, moderate] = enrichmentFor(result, c)!.anomalies!.introduced;
    expect(high).toEqual({
      id: 'GHSA-rhx6-c78j-4q9w',
      aliases: ['CVE-2024-52798', 'GHSA-other'],
      summary: 'path-to-regexp outputs backtracking regular expressions',
      severity: {
        label: 'high',
        score: 7.5,
        vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H',
        source: 'cvss',
      },
      url: 'https://osv.dev/vulnerability/GHSA-rhx6-c78j-4q9w',
      fixedVersions: ['0.1.12'],
    });
    expect(moderate?.severity).toEqual({
      label: 'medium',
      vector: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N',
      source: 'database',
    });
  });

  it('asks in the names and versions OSV uses: PEP 503 names, Go and Actions versions without v', async () => {
    const server = await osv({
      vulns: [
        vuln('PYSEC-1', 'PyPI', 'zope-interface', ['5.0']),
        vuln('GO-1', 'Go', 'golang.org/x/net', ['0.17.0']),
        vuln('GHSA-act', 'GitHub Actions', 'tj-actions/changed-files', ['45.0.0']),
        vuln('GHSA-mvn', 'Maven', 'org.yaml:snakeyaml', ['1.33']),
      ],
    });
    const changes = [
      change({ name: 'Zope.Interface', ecosystem: 'PyPI', from: null, to: '5.0' }),
      change({ name: 'golang.org/x/net', ecosystem: 'Go', from: null, to: 'v0.17.0' }),
      change({ name: 'tj-actions/changed-files', ecosystem: 'GitHub Actions', from: null, to: 'v45.0.0' }),
      change({ name: 'org.yaml:snakeyaml', ecosystem: 'Maven', from: null, to: '1.33' }),
    ];
    const result = await enrichChanges(changes, { ...base, fetch, osvUrl: server.url });
    const sent = JSON.parse(server.requests[0]!.body) as { queries: unknown[] };
    expect(sent.queries).toEqual([
      { package: { ecosystem: 'PyPI', name: 'zope-interface' }, version: '5.0' },
      { package: { ecosystem: 'Go', name: 'golang.org/x/net' }, version: '0.17.0' },
      { package: { ecosystem: 'GitHub Actions', name: 'tj-actions/changed-files' }, version: '45.0.0' },
      { package: { ecosystem: 'Maven', name: 'org.yaml:snakeyaml' }, version: '1.33' },
    ]);
    for (const c of changes) expect(enrichmentFor(result, c)!.anomalies!.introduced).toHaveLength(1);
  });

  it('asks git dependencies by commit and leaves SHA-pinned actions without a version unchecked', async () => {
    const sha = 'a'.repeat(40);
    const server = await osv({
      vulns: [vuln('OSV-2024-1', 'npm', 'x', [])],
      commits: { [sha]: ['OSV-2024-1'] },
    });
    const git = change({ name: 'gitdep', from: null, to: '1.0.0', toRef: sha.toUpperCase() });
    const action = change({
      name: 'actions/checkout',
      ecosystem: 'GitHub Actions',
      from: 'b'.repeat(40),
      to: 'c'.repeat(40),
      fromRef: 'b'.repeat(40),
      toRef: 'c'.repeat(40),
    });
    const result = await enrichChanges([git, action], { ...base, fetch, osvUrl: server.url });
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ queries: [{ commit: sha }] });
    const gitFacts = enrichmentFor(result, git)!.anomalies!;
    expect(gitFacts.checkedBy).toEqual({ to: 'commit' });
    expect(gitFacts.introduced.map((a) => a.id)).toEqual(['OSV-2024-1']);
    expect(enrichmentFor(result, action)!.anomalies).toBeNull();
    expect(result.unchecked).toEqual(
      ['bbbbbbbbbbbb', 'cccccccccccc'].map((short) => ({
        change: changeKey(action),
        what: 'anomalies',
        reason: `actions/checkout is pinned to commit ${short} with no version comment; OSV lists action anomalies by version`,
      })),
    );
  });
});

describe('OSV faults', () => {
  it('retries a 429 and honours Retry-After', async () => {
    const server = await osv({
      vulns: [vuln('GHSA-retry', 'npm', 'lib', ['1.1.0'])],
      fault: (request, n) =>
        request.path === '/v1/querybatch' && n === 1
          ? { status: 429, headers: { 'retry-after': '1' }, body: '{"code":8,"message":"rate limited"}' }
          : undefined,
    });
    const c = change({ name: 'lib' });
    const started = Date.now();
    const result = await enrichChanges([c], { ...base, fetch, osvUrl: server.url, backoffMs: 1 });
    const elapsed = Date.now() - started;
    expect(server.count('/v1/querybatch')).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(result.lookupFailures).toEqual([]);
    expect(enrichmentFor(result, c)!.anomalies!.introduced.map((a) => a.id)).toEqual(['GHSA-retry']);
  });

  it('backs off exponentially on 5xx, and gives up after the retries with a recorded failure', async () => {
    const waits: number[] = [];
    const server = await osv({ fault: () => ({ status: 503, body: 'unavailable' }) });
    const c = change({ name: 'lib' });
    const result = await enrichChanges([c], {
      ...base,
      fetch,
      osvUrl: server.url,
      retries: 3,
      backoffMs: 100,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(server.count('/v1/querybatch')).toBe(4);
    expect(waits).toHaveLength(3);
    waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(100 * 2 ** i);
      expect(w).toBeLessThan(100 * 2 ** i + 100);
    });
    expect(result.lookupFailures).toEqual([
      {
        url: `${server.url}/v1/querybatch`,
        reason: 'HTTP 503, still after 4 attempts',
        changes: [changeKey(c)],
      },
    ]);
    expect(enrichmentFor(result, c)!.anomalies).toBeNull();
  });

  it('records a Retry-After longer than it waits as a failure instead of hanging', async () => {
    const server = await osv({
      fault: () => ({ status: 429, headers: { 'retry-after': '3600' }, body: '' }),
    });
    const result = await enrichChanges([change({ name: 'lib' })], { ...base, fetch, osvUrl: server.url });
    expect(server.count()).toBe(1);
    expect(result.lookupFailures[0]?.reason).toMatch(/retry after 3600 s, longer than the 60 s we wait/);
  });

  it('records a timeout as a failure, not a hang', async () => {
    const server = await osv({
      fault: (request) => (request.path === '/v1/querybatch' ? { delayMs: 10_000 } : undefined),
    });
    const c = change({ name: 'lib' });
    const started = Date.now();
    const result = await enrichChanges([c], {
      ...base,
      fetch,
      osvUrl: server.url,
      timeoutMs: 150,
      retries: 1,
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(server.count('/v1/querybatch')).toBe(2);
    expect(result.lookupFailures).toEqual([
      {
        url: `${server.url}/v1/querybatch`,
        reason: 'no response within 150 ms, still after 2 attempts',
        changes: [changeKey(c)],
      },
    ]);
    expect(result.unchecked).toEqual([
      {
        change: changeKey(c),
        what: 'anomalies',
        reason: expect.stringContaining('no response within 150 ms'),
      },
    ]);
  });

  it('names the URL when the server answers malformed JSON', async () => {
    const server = await osv({
      vulns: [vuln('GHSA-bad-json', 'npm', 'lib', ['1.1.0'])],
      fault: (request) =>
        request.path.startsWith('/v1/vulns/') ? { status: 200, body: '{"id": "GHSA-bad-json", ' } : undefined,
    });
    const c = change({ name: 'lib' });
    const result = await enrichChanges([c], { ...base, fetch, osvUrl: server.url });
    expect(result.lookupFailures).toHaveLength(1);
    expect(result.lookupFailures[0]).toMatchObject({
      url: `${server.url}/v1/vulns/GHSA-bad-json`,
      reason: expect.stringMatching(
        /^malformed JSON in the response \(.+\); it starts with "\{\\"id\\": \\"GHSA-bad-json/,
      ),
      changes: [changeKey(c)],
    });
    // The anomaly is still counted (fail safe), flagged as missing details; not retried (not transient).
    expect(enrichmentFor(result, c)!.anomalies!.introduced).toEqual([
      expect.objectContaining({ id: 'GHSA-bad-json', detailsMissing: true }),
    ]);
    expect(server.count('/v1/vulns/')).toBe(1);
  });

  it('treats a batch answer with the wrong number of results as a failure', async () => {
    const server = await osv({ fault: () => ({ status: 200, body: '{"results": []}' }) });
    const result = await enrichChanges([change({ name: 'lib' })], { ...base, fetch, osvUrl: server.url });
    expect(result.lookupFailures[0]?.reason).toBe(
      'response has 0 results for 2 queries; OSV answers one per query, in order',
    );
  });

  it('keeps at most `concurrency` record requests in flight', async () => {
    const ids = Array.from({ length: 20 }, (_, i) => `GHSA-conc-${String(i).padStart(4, '0')}`);
    const server = await osv({
      vulns: ids.map((id) => vuln(id, 'npm', 'lib', ['1.1.0'])),
      fault: (request) => (request.path.startsWith('/v1/vulns/') ? { delayMs: 20 } : undefined),
    });
    let inFlight = 0;
    let peak = 0;
    const counting: typeof fetch = async (input, init) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const c = change({ name: 'lib' });
    const result = await enrichChanges([c], { ...base, fetch: counting, osvUrl: server.url, concurrency: 4 });
    expect(peak).toBe(4);
    expect(enrichmentFor(result, c)!.anomalies!.introduced).toHaveLength(20);
  });

  it('makes no request at all offline', async () => {
    const server = await osv({ vulns: [] });
    let calls = 0;
    const c = change({ name: 'lib' });
    const result = await enrichChanges([c], {
      fetch: async (...args) => {
        calls++;
        return fetch(...args);
      },
      osvUrl: server.url,
      offline: true,
    });
    expect(calls).toBe(0);
    expect(server.count()).toBe(0);
    expect(result.requests).toEqual({});
    expect(result.offline).toBe(true);
    expect(result.unchecked.map((u) => u.what)).toEqual(['anomalies', 'licence']);
    expect(enrichmentFor(result, c)!.anomalies).toBeNull();
  });
});
