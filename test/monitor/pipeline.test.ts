// The monitoring pipeline both the action and the CLI run (src/app/monitor.ts), on an in-memory
// tree against the fake OSV server: the policy and register come from the tree, the policy's scope
// and ignores apply, and the findings are what both callers report.
import { afterEach, describe, expect, it } from 'vitest';
import { assessMonitoredItems, type AssessOptions } from '../../src/app/monitor.js';
import { PolicyFileError } from '../../src/config/policy.js';
import { createHttpClient } from '../../src/enrich/http.js';
import { createMemorySource } from '../../src/inventory/memory-source.js';
import { startFakeOsv, type FakeOsv } from '../fakes/osv-server.js';
import { npmLock } from '../support/lockfile-text.js';

let servers: FakeOsv[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const { lock, manifest } = npmLock([
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'debug', version: '2.6.9' },
  { name: 'left-pad', version: '1.3.0', direct: true },
]);

function options(files: Record<string, string>, osvUrl: string, extra: Partial<AssessOptions> = {}) {
  const tree = createMemorySource('test', new Map(Object.entries(files)));
  const read: string[] = [];
  const opts: AssessOptions = {
    source: {
      readFile: async (path) => {
        read.push(path);
        return files[path];
      },
      openTree: async () => {
        read.push('(tree)');
        return tree;
      },
    },
    http: createHttpClient({ fetch: globalThis.fetch, retries: 0 }),
    configFile: '.github/soup-gate.yml',
    ignore: [],
    osvUrl,
    depsDevUrl: osvUrl,
    npmRegistryUrl: osvUrl,
    checks: [],
    obsoleteAfterDays: 730,
    maxLookups: 200,
    today: new Date('2024-06-01T00:00:00Z'),
    ...extra,
  };
  return { opts, read };
}

async function osvWithExpressAnomaly(): Promise<FakeOsv> {
  const osv = await startFakeOsv({
    vulns: [
      {
        id: 'GHSA-e-1',
        summary: 'x',
        affected: [{ package: { ecosystem: 'npm', name: 'express' }, versions: ['4.19.2'] }],
      },
      {
        id: 'GHSA-d-1',
        summary: 'y',
        affected: [{ package: { ecosystem: 'npm', name: 'debug' }, versions: ['2.6.9'] }],
      },
    ],
  });
  servers.push(osv);
  return osv;
}

describe('assessMonitoredItems', () => {
  it('reads policy, register, then the tree, and compares the in-scope items with the register', async () => {
    const osv = await osvWithExpressAnomaly();
    const { opts, read } = options(
      {
        'package-lock.json': lock,
        'package.json': manifest,
        '.github/soup-gate.yml': 'register: docs/register.yml\nignore:\n  packages: [left-pad]\n',
        'docs/register.yml':
          'items:\n  npm/express:\n    purpose: "x"\n    anomalies:\n      - id: GHSA-e-1\n        state: not_affected\n        reason: "r"\n        by: qa\n        on: 2024-05-01\n',
      },
      osv.url,
    );
    const findings = await assessMonitoredItems(opts);
    expect(read).toEqual(['.github/soup-gate.yml', 'docs/register.yml', '(tree)']);
    expect(findings.register.path).toBe('docs/register.yml');
    // Direct runtime only (the default scope), left-pad ignored by the policy: express alone.
    expect(findings.assessments.map((a) => a.item.key)).toEqual(['npm/express']);
    expect(findings.totals).toMatchObject({ items: 1, anomalies: 1, evaluated: 1, open: 0, failed: 0 });
    expect(findings.osvBatchRequests).toBe(1);
    expect(findings.lookupFailures).toEqual([]);
  });

  it("uses the caller's register path and ignores besides the policy's; an absent register is empty", async () => {
    const osv = await osvWithExpressAnomaly();
    const progress: string[] = [];
    const { opts } = options({ 'package-lock.json': lock, 'package.json': manifest }, osv.url, {
      registerPath: 'elsewhere.yml',
      ignore: ['package-lock.json'],
      onProgress: (line) => progress.push(line),
    });
    const findings = await assessMonitoredItems(opts);
    expect(findings.register).toMatchObject({ path: 'elsewhere.yml', entries: new Map() });
    expect(findings.assessments).toEqual([]);
    expect(progress).toContain('monitor: 0 SOUP item(s), 0 version(s) in scope');
  });

  it('reports a failed lookup as failed, not clean, and a broken policy file as the policy error', async () => {
    const down = await startFakeOsv({ fault: () => ({ status: 400, body: '{}' }) });
    servers.push(down);
    const { opts } = options({ 'package-lock.json': lock, 'package.json': manifest }, down.url);
    const findings = await assessMonitoredItems(opts);
    expect(findings.totals).toMatchObject({ items: 2, failed: 2, open: 0 });
    expect(findings.lookupFailures).toHaveLength(1);

    const broken = options({ '.github/soup-gate.yml': 'scope: [' }, down.url).opts;
    await expect(assessMonitoredItems(broken)).rejects.toBeInstanceOf(PolicyFileError);
  });
});
