// The OSV lookup the PR gate's enrichment and monitoring share: each distinct query asked once, each
// distinct record read once, a record that can't be read still counted (without details), and the
// order every anomaly list is shown in.
import { afterEach, describe, expect, it } from 'vitest';
import { compareAnomalies, lookUpAnomalies, queryOf } from '../../src/enrich/anomaly-lookup.js';
import { createHttpClient, LookupError } from '../../src/enrich/http.js';
import type { OsvQuery } from '../../src/enrich/osv.js';
import type { Anomaly } from '../../src/enrich/types.js';
import { startFakeOsv, type FakeOsv } from '../fakes/osv-server.js';

let servers: FakeOsv[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const http = () => createHttpClient({ fetch: globalThis.fetch, retries: 0 });

const query = (name: string, version: string): OsvQuery => ({
  package: { ecosystem: 'npm', name },
  version,
});

describe('lookUpAnomalies', () => {
  it('asks each distinct query once and reads each distinct record once', async () => {
    const osv = await startFakeOsv({
      vulns: [
        {
          id: 'GHSA-1',
          summary: 'one',
          affected: [{ package: { ecosystem: 'npm', name: 'a' }, versions: ['1.0.0', '2.0.0'] }],
        },
        {
          id: 'GHSA-2',
          summary: 'two',
          affected: [{ package: { ecosystem: 'npm', name: 'b' }, versions: ['1.0.0'] }],
        },
      ],
    });
    servers.push(osv);
    const progress: string[] = [];
    const lookup = await lookUpAnomalies(
      http(),
      osv.url,
      [
        query('a', '1.0.0'),
        query('a', '2.0.0'),
        query('a', '1.0.0'),
        query('b', '1.0.0'),
        query('c', '1.0.0'),
      ],
      { concurrency: 2, onProgress: (line) => progress.push(line) },
    );
    expect(osv.batchSizes).toEqual([4]);
    expect(osv.count('/v1/vulns/')).toBe(2);
    expect(lookup).toMatchObject({ batchRequests: 1, recordRequests: 2 });
    expect(lookup.idsOf(query('a', '2.0.0'))).toEqual(['GHSA-1']);
    expect(lookup.idsOf(query('c', '1.0.0'))).toEqual([]);
    expect(() => lookup.idsOf(query('d', '1.0.0'))).toThrow(/was not looked up/);
    const failures: LookupError[] = [];
    expect(lookup.anomalyOf('GHSA-2', 'npm', 'b', (e) => failures.push(e))).toMatchObject({
      id: 'GHSA-2',
      summary: 'two',
    });
    expect(failures).toEqual([]);
    expect(progress).toEqual([
      'asking OSV about 4 package version(s)',
      '1 OSV batch request(s); reading 2 anomaly record(s)',
    ]);
  });

  it('fails the queries of a failed batch and counts an unreadable record without details', async () => {
    const osv = await startFakeOsv({
      vulns: [
        {
          id: 'GHSA-9',
          summary: 'x',
          affected: [{ package: { ecosystem: 'npm', name: 'a' }, versions: ['1.0.0'] }],
        },
      ],
      fault: (request) => (request.path.startsWith('/v1/vulns/') ? { status: 400, body: '{}' } : undefined),
    });
    servers.push(osv);
    const lookup = await lookUpAnomalies(http(), osv.url, [query('a', '1.0.0')], { concurrency: 1 });
    const failures: LookupError[] = [];
    const anomaly = lookup.anomalyOf('GHSA-9', 'npm', 'a', (e) => failures.push(e));
    expect(anomaly).toMatchObject({ id: 'GHSA-9', detailsMissing: true, severity: { label: 'unknown' } });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toBeInstanceOf(LookupError);

    const down = await startFakeOsv({ fault: () => ({ status: 400, body: '{}' }) });
    servers.push(down);
    const failed = await lookUpAnomalies(http(), down.url, [query('a', '1.0.0')], { concurrency: 1 });
    expect(failed.idsOf(query('a', '1.0.0'))).toBeInstanceOf(LookupError);
    expect(failed.recordRequests).toBe(0);
  });
});

describe('queryOf', () => {
  it('gives the query of a plan that has one, nothing for an unchecked or absent side', () => {
    expect(queryOf({ query: query('a', '1.0.0'), method: 'version' })).toEqual([query('a', '1.0.0')]);
    expect(queryOf({ unchecked: 'pinned to a branch' })).toEqual([]);
    expect(queryOf(null)).toEqual([]);
  });
});

describe('compareAnomalies', () => {
  const anomaly = (id: string, label: Anomaly['severity']['label']): Anomaly => ({
    id,
    aliases: [],
    summary: '',
    severity: { label, source: 'none' },
    url: '',
    fixedVersions: [],
  });

  it('puts the severest first, then orders by id', () => {
    const sorted = [
      anomaly('B', 'unknown'),
      anomaly('C', 'low'),
      anomaly('B', 'critical'),
      anomaly('A', 'critical'),
      anomaly('D', 'none'),
      anomaly('E', 'high'),
      anomaly('F', 'medium'),
    ].sort(compareAnomalies);
    expect(sorted.map((a) => `${a.severity.label} ${a.id}`)).toEqual([
      'critical A',
      'critical B',
      'high E',
      'medium F',
      'low C',
      'none D',
      'unknown B',
    ]);
  });
});
