import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import type { ChangeEnrichment } from '../../src/enrich/types.js';
import { startFakeDepsDev } from '../fakes/deps-dev-server.js';
import { startFakeOsv, type FakeOsv, type FakeServer } from '../fakes/osv-server.js';

const DEMO = resolve('examples/demo');

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

let osv: FakeOsv;
let depsDev: FakeServer;

beforeAll(async () => {
  const pathToRegexp = { ecosystem: 'npm', name: 'path-to-regexp' };
  osv = await startFakeOsv({
    vulns: [
      {
        id: 'GHSA-rhx6-c78j-4q9w',
        summary: 'path-to-regexp contains a ReDoS',
        database_specific: { severity: 'HIGH' },
        affected: [{ package: pathToRegexp, versions: ['0.1.10'] }],
      },
      {
        id: 'GHSA-9wv6-86v2-598j',
        summary: 'path-to-regexp outputs backtracking regular expressions',
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' }],
        affected: [{ package: pathToRegexp, versions: ['0.1.7'] }],
      },
      {
        id: 'GHSA-qwcr-r2fm-qrc7',
        summary: 'body-parser vulnerable to denial of service',
        database_specific: { severity: 'HIGH' },
        affected: [{ package: { ecosystem: 'npm', name: 'body-parser' }, versions: ['1.20.2'] }],
      },
      {
        id: 'PYSEC-2024-60',
        summary: 'requests Session verify=False persists',
        database_specific: { severity: 'MODERATE' },
        affected: [{ package: { ecosystem: 'PyPI', name: 'requests' }, versions: ['2.31.0'] }],
      },
    ],
  });
  depsDev = await startFakeDepsDev({
    versions: [
      { system: 'npm', name: 'express', version: '4.19.2', licenses: ['MIT'] },
      {
        system: 'npm',
        name: 'express',
        version: '4.21.1',
        licenses: ['MIT'],
        links: [{ label: 'SOURCE_REPO', url: 'https://github.com/expressjs/express' }],
      },
      { system: 'pypi', name: 'requests', version: '2.31.0', licenses: ['Apache-2.0'] },
      { system: 'pypi', name: 'requests', version: '2.32.3', licenses: ['Apache-2.0'] },
    ],
  });
});

afterAll(async () => {
  await osv.close();
  await depsDev.close();
});

const demoArgs = ['diff', '--base', `${DEMO}/base`, '--head', `${DEMO}/head`, '--quiet'];

describe('soup-gate diff --enrich', () => {
  it('adds the facts to each change in the JSON output', async () => {
    const before = osv.count();
    const { code, stdout, stderr } = await cli([
      ...demoArgs,
      '--enrich',
      '--osv-url',
      osv.url,
      '--deps-dev-url',
      depsDev.url,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    // 15 changes, 28 distinct versions: one batch request, one record request per anomaly.
    expect(osv.count() - before).toBe(1 + 4);
    const output = JSON.parse(stdout) as {
      changes: { name: string; enrichment: ChangeEnrichment }[];
      enrichment: { lookupFailures: unknown[]; requests: Record<string, number> };
    };
    expect(output.enrichment.lookupFailures).toEqual([]);
    const byName = new Map(output.changes.map((c) => [c.name, c.enrichment]));
    expect(byName.get('path-to-regexp')!.anomalies).toMatchObject({
      introduced: [{ id: 'GHSA-rhx6-c78j-4q9w', severity: { label: 'high' } }],
      fixed: [{ id: 'GHSA-9wv6-86v2-598j', severity: { label: 'high', score: 7.5 } }],
      present: [],
    });
    expect(byName.get('body-parser')!.anomalies!.fixed.map((a) => a.id)).toEqual(['GHSA-qwcr-r2fm-qrc7']);
    expect(byName.get('express')).toMatchObject({
      licence: { from: { expression: 'MIT' }, to: { expression: 'MIT' }, changed: false },
      // The CLI has no GitHub client to confirm tags with, so it names none (express's tags have
      // no v: the guess v4.19.2...v4.21.1 it used to print was a dead link).
      releaseNotes: { url: 'https://github.com/expressjs/express/releases', kind: 'releases' },
    });
    expect(stdout).not.toMatch(/\/compare\/|\/releases\/tag\//);
    expect(byName.get('requests')!.anomalies!.fixed.map((a) => a.id)).toEqual(['PYSEC-2024-60']);
  });

  it('prints the same facts in the Markdown report', async () => {
    const { code, stdout } = await cli([
      ...demoArgs,
      '--format',
      'markdown',
      '--enrich',
      '--osv-url',
      osv.url,
      '--deps-dev-url',
      depsDev.url,
    ]);
    expect(code).toBe(0);
    const section = stdout.slice(stdout.indexOf('### Known anomalies'));
    const line = (name: string): string | undefined =>
      section.split('\n').find((l) => l.startsWith(`- <code>${name}</code>`));
    expect(line('path-to-regexp')).toBe(
      '- <code>path-to-regexp</code> <code>0.1.7</code> → <code>0.1.10</code>: anomalies: ' +
        '1 introduced: [GHSA-rhx6-c78j-4q9w](https://osv.dev/vulnerability/GHSA-rhx6-c78j-4q9w) (high) · ' +
        'the update fixes 1 known anomaly of the old version: [GHSA-9wv6-86v2-598j](https://osv.dev/vulnerability/GHSA-9wv6-86v2-598j) — ' +
        'licence: unknown (deps.dev does not know path-to-regexp 0.1.10)',
    );
    expect(line('express')).toBe(
      '- <code>express</code> <code>4.19.2</code> → <code>4.21.1</code>: anomalies: none known — ' +
        'licence: <code>MIT</code> — release notes: ' +
        '[releases](https://github.com/expressjs/express/releases)',
    );
    expect(stdout).not.toMatch(/\/compare\/|\/releases\/tag\/|tag guessed/);
  });

  it('makes no request with --offline, and none without --enrich', async () => {
    const before = osv.count() + depsDev.count();
    const offline = await cli([
      ...demoArgs,
      '--enrich',
      '--offline',
      '--osv-url',
      osv.url,
      '--deps-dev-url',
      depsDev.url,
    ]);
    const plain = await cli([...demoArgs, '--osv-url', osv.url]);
    expect(osv.count() + depsDev.count()).toBe(before);
    expect(offline.code).toBe(0);
    const output = JSON.parse(offline.stdout) as {
      enrichment: { offline: boolean; requests: object; unchecked: { what: string; reason: string }[] };
    };
    expect(output.enrichment.offline).toBe(true);
    expect(output.enrichment.requests).toEqual({});
    expect(output.enrichment.unchecked).toHaveLength(30);
    expect(JSON.parse(plain.stdout)).not.toHaveProperty('enrichment');
  });

  it('reports a failing server on stderr and in the output, and still exits 0', async () => {
    const { code, stdout, stderr } = await cli([
      ...demoArgs,
      '--enrich',
      '--osv-url',
      'http://127.0.0.1:1',
      '--deps-dev-url',
      depsDev.url,
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^soup-gate: lookup failed: http:\/\/127\.0\.0\.1:1\/v1\/querybatch: request failed/,
    );
    const output = JSON.parse(stdout) as { enrichment: { lookupFailures: { url: string }[] } };
    expect(output.enrichment.lookupFailures.map((f) => f.url)).toEqual(['http://127.0.0.1:1/v1/querybatch']);
  }, 30_000);

  it('refuses a URL that is not http(s)', async () => {
    const { code, stderr } = await cli([...demoArgs, '--enrich', '--osv-url', 'file:///etc/passwd']);
    expect(code).toBe(2);
    expect(stderr).toBe('soup-gate: --osv-url must be an http(s) URL (got "file:///etc/passwd")\n');
  });
});
