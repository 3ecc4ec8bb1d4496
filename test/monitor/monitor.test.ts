// Post-market monitoring below the action: item selection, the OSV batching (5,000 versions in
// exactly 5 requests), the comparison with the register, the issue plan and what people read.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/enrich/http.js';
import type { Anomaly } from '../../src/enrich/types.js';
import { assessItems, totalsOf } from '../../src/monitor/assess.js';
import { checkHealth, readPackument } from '../../src/monitor/health.js';
import { selectMonitoredItems, type MonitoredItem } from '../../src/monitor/items.js';
import { checkAnomalies, type VersionAnomalies } from '../../src/monitor/osv-check.js';
import { planIssueActions, type ExistingIssue } from '../../src/monitor/plan.js';
import { comparableBody, markerKey, readMonitorMarker, renderIssueBody } from '../../src/monitor/render.js';
import { runMonitorCommand } from '../../src/cli/monitor.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import { startFakeOsv, startFakeServer, type FakeServer } from '../fakes/osv-server.js';
import { inventory, lockfile, pkg } from '../support/builders.js';
import { npmLock } from '../support/lockfile-text.js';

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const BOT = 'github-actions[bot]';
const TODAY = '2024-06-01';

function anomaly(id: string, extra: Partial<Anomaly> = {}): Anomaly {
  return {
    id,
    aliases: [],
    summary: `summary of ${id}`,
    severity: { label: 'high', score: 7.5, source: 'cvss' },
    url: `https://osv.dev/vulnerability/${id}`,
    fixedVersions: ['2.0.0'],
    ...extra,
  };
}

function item(name: string, versions = ['1.0.0']): MonitoredItem {
  return {
    key: `npm/${name}`,
    ecosystem: 'npm',
    name,
    versions: versions.map((version) => ({ version, lockfiles: ['package-lock.json'] })),
  };
}

const REGISTER = parseRegister(
  'soup/register.yml',
  `defaults:
  safety-class: B
items:
  npm/left-pad:
    purpose: "pads"
    anomalies:
      - id: CVE-2024-0001
        state: not_affected
        reason: "not reachable"
        by: qa
        on: 2024-05-01
      - id: GHSA-old
        state: resolved
        reason: "mitigated"
        by: qa
        on: 2023-01-01
        expires: 2024-01-01
      - id: GHSA-triage
        state: in_triage
        reason: "looking"
        by: qa
        on: 2024-05-01
`,
  { allowIncomplete: true },
);

describe('selectMonitoredItems', () => {
  it('keeps direct runtime items by default, one item per package with every version in use', () => {
    const inv = inventory(
      lockfile('a/package-lock.json', [
        pkg('express', '4.19.2', { direct: true, lockfile: 'a/package-lock.json' }),
        pkg('debug', '2.6.9', { direct: false, lockfile: 'a/package-lock.json' }),
        pkg('jest', '29.0.0', { direct: true, scope: 'dev', lockfile: 'a/package-lock.json' }),
        pkg('local', '1.0.0', { direct: true, source: 'file', lockfile: 'a/package-lock.json' }),
      ]),
      lockfile('b/package-lock.json', [
        pkg('express', '4.21.0', { direct: true, lockfile: 'b/package-lock.json' }),
        pkg('unknown', '1.0.0', { direct: null, lockfile: 'b/package-lock.json' }),
      ]),
    );
    const direct = selectMonitoredItems(inv, { dependencies: 'direct', includeDev: false });
    expect(direct.map((i) => [i.key, i.versions.map((v) => v.version)])).toEqual([
      ['npm/express', ['4.19.2', '4.21.0']],
      ['npm/unknown', ['1.0.0']],
    ]);
    const all = selectMonitoredItems(inv, {
      dependencies: 'all',
      includeDev: true,
      ignorePackages: ['npm/unknown'],
    });
    expect(all.map((i) => i.key)).toEqual(['npm/debug', 'npm/express', 'npm/jest']);
  });
});

describe('checkAnomalies', () => {
  it('asks OSV about 5,000 versions in exactly 5 querybatch requests of 1000', async () => {
    const osv = await startFakeOsv({
      vulns: [
        {
          id: 'GHSA-0000-0000-0001',
          summary: 'bad',
          affected: [{ package: { ecosystem: 'npm', name: 'pkg-4321' }, versions: ['1.0.4321'] }],
        },
      ],
    });
    servers.push(osv);
    const items = Array.from({ length: 5000 }, (_, i) => ({
      ...item(`pkg-${i}`, [`1.0.${i}`]),
    }));
    const http = createHttpClient({ fetch: globalThis.fetch });
    const result = await checkAnomalies(items, { http, osvUrl: osv.url });
    expect(result.batchRequests).toBe(5);
    expect(osv.count('/v1/querybatch')).toBe(5);
    expect(osv.batchSizes).toEqual([1000, 1000, 1000, 1000, 1000]);
    expect(osv.count('/v1/vulns/')).toBe(1);
    const found = result.byItem.get('npm/pkg-4321')!;
    expect(found).toEqual([
      { version: '1.0.4321', anomalies: [expect.objectContaining({ id: 'GHSA-0000-0000-0001' })] },
    ]);
    const assessed = assessItems(items, result.byItem, emptyRegister(), TODAY);
    expect(totalsOf(assessed)).toMatchObject({
      items: 5000,
      versions: 5000,
      anomalies: 1,
      open: 1,
      failed: 0,
    });
  }, 30_000);

  it('marks the versions of a failed batch as failed, not clean', async () => {
    const osv = await startFakeServer(() => ({ status: 400, body: { message: 'no' } }));
    servers.push(osv);
    const http = createHttpClient({ fetch: globalThis.fetch });
    const result = await checkAnomalies([item('a')], { http, osvUrl: osv.url });
    expect(result.byItem.get('npm/a')![0]).toMatchObject({ failed: true });
    expect(result.failures).toHaveLength(1);
  });
});

describe('assessItems', () => {
  it('classifies against the register: alias evaluations count, expired and in-triage stay open, withdrawn is not open', () => {
    const osv = new Map<string, VersionAnomalies[]>([
      [
        'npm/left-pad',
        [
          {
            version: '1.0.0',
            anomalies: [
              anomaly('GHSA-aaaa', { aliases: ['CVE-2024-0001'] }),
              anomaly('GHSA-old'),
              anomaly('GHSA-triage'),
              anomaly('GHSA-new', { severity: { label: 'critical', score: 9.8, source: 'cvss' } }),
              anomaly('GHSA-gone', { withdrawn: '2024-01-01T00:00:00Z' }),
            ],
          },
        ],
      ],
    ]);
    const [a] = assessItems([item('left-pad')], osv, REGISTER, TODAY);
    expect(a!.anomalies.map((x) => [x.anomaly.id, x.status])).toEqual([
      ['GHSA-new', 'unevaluated'],
      ['GHSA-aaaa', 'evaluated'],
      ['GHSA-gone', 'unevaluated'],
      ['GHSA-old', 'expired'],
      ['GHSA-triage', 'unevaluated'],
    ]);
    expect(a!.open.map((x) => x.anomaly.id)).toEqual(['GHSA-new', 'GHSA-old', 'GHSA-triage']);
    expect(a!.hasEntry).toBe(true);
  });
});

function assessed(name: string, ids: string[], register = emptyRegister()) {
  return assessItems(
    [item(name)],
    new Map([[`npm/${name}`, [{ version: '1.0.0', anomalies: ids.map((id) => anomaly(id)) }]]]),
    register,
    TODAY,
  )[0]!;
}

const OPTIONS = { botLogin: BOT, registerPath: 'soup/register.yml', healthInIssues: [] };

function existing(number: number, body: string, extra: Partial<ExistingIssue> = {}): ExistingIssue {
  return {
    number,
    title: 'SOUP anomalies to evaluate: npm/a',
    body,
    state: 'open',
    author: BOT,
    ...extra,
  };
}

describe('planIssueActions', () => {
  it('creates, keeps an identical issue (ticks ignored), updates a changed one, never adopts others', () => {
    const a = assessed('a', ['GHSA-1']);
    const body = renderIssueBody(a, { registerPath: 'soup/register.yml', healthInIssues: [] });
    expect(planIssueActions([a], [], OPTIONS).actions.map((x) => x.kind)).toEqual(['create']);
    const ticked = body.replace('- [ ]', '- [x]');
    expect(planIssueActions([a], [existing(3, ticked)], OPTIONS).actions).toEqual([
      { kind: 'keep', key: 'npm/a', number: 3 },
    ]);
    const b = assessed('a', ['GHSA-1', 'GHSA-2']);
    expect(planIssueActions([b], [existing(3, body)], OPTIONS).actions.map((x) => x.kind)).toEqual([
      'update',
    ]);
    // Same marker, other author: ignored, so ours is created.
    expect(
      planIssueActions([a], [existing(3, body, { author: 'mallory' })], OPTIONS).actions.map((x) => x.kind),
    ).toEqual(['create']);
  });

  it('reopens a closed issue when anomalies remain, closes when evaluated or gone, keeps when a lookup failed', () => {
    const a = assessed('a', ['GHSA-1']);
    const body = renderIssueBody(a, { registerPath: 'soup/register.yml', healthInIssues: [] });
    expect(
      planIssueActions([a], [existing(3, body, { state: 'closed' })], OPTIONS).actions.map((x) => x.kind),
    ).toEqual(['reopen']);
    const clean = assessed('a', []);
    const close = planIssueActions([clean], [existing(3, body)], OPTIONS).actions[0]!;
    expect(close).toMatchObject({ kind: 'close', number: 3 });
    expect(close.kind === 'close' && close.comment).toContain(
      '<code>GHSA-1</code>: not published for the version now in use',
    );
    const failed = assessItems(
      [item('a')],
      new Map([['npm/a', [{ version: '1.0.0', unchecked: 'lookup failed', failed: true }]]]),
      emptyRegister(),
      TODAY,
    )[0]!;
    expect(planIssueActions([failed], [existing(3, body)], OPTIONS).actions[0]).toMatchObject({
      kind: 'keep',
    });
    const partial = assessItems(
      [item('a', ['1.0.0', '1.1.0'])],
      new Map([
        [
          'npm/a',
          [
            { version: '1.0.0', anomalies: [anomaly('GHSA-2')] },
            { version: '1.1.0', unchecked: 'lookup failed', failed: true },
          ],
        ],
      ]),
      emptyRegister(),
      TODAY,
    )[0]!;
    // Half the facts never rewrite an open issue.
    expect(planIssueActions([partial], [existing(3, body)], OPTIONS).actions[0]).toMatchObject({
      kind: 'keep',
    });
    const removed = planIssueActions([], [existing(3, body)], OPTIONS).actions[0]!;
    expect(removed.kind === 'close' && removed.comment).toContain('no longer monitored');
  });

  it('finds an issue again whatever the case of a case-insensitive name, and only the oldest of duplicates', () => {
    const pypi = assessItems(
      [
        {
          key: 'PyPI/PyYAML',
          ecosystem: 'PyPI',
          name: 'PyYAML',
          versions: [{ version: '5.0', lockfiles: ['r.txt'] }],
        },
      ],
      new Map([['PyPI/PyYAML', [{ version: '5.0', anomalies: [anomaly('PYSEC-1')] }]]]),
      emptyRegister(),
      TODAY,
    )[0]!;
    const body = renderIssueBody(pypi, { registerPath: 'r.yml', healthInIssues: [] }).replace(
      'PyPI/PyYAML',
      'PyPI/pyyaml',
    );
    const plan = planIssueActions([pypi], [existing(9, body), existing(4, body)], OPTIONS);
    expect(plan.numbers.get('PyPI/PyYAML')).toBe(4);
    expect(plan.duplicates).toEqual([9]);
  });
});

describe('the issue body', () => {
  it('escapes hostile names and advisory text and keeps the marker a single HTML comment', () => {
    const name = 'evil --><img src=x onerror=alert(1)> @team ```';
    const hostile = assessItems(
      [
        {
          key: `npm/${name}`,
          ecosystem: 'npm',
          name,
          versions: [{ version: '1.0.0`<b>', lockfiles: ['package-lock.json'] }],
        },
      ],
      new Map([
        [
          `npm/${name}`,
          [
            {
              version: '1.0.0`<b>',
              anomalies: [
                anomaly('GHSA-x', {
                  summary: '<script>alert(1)</script> [link](javascript:x) @org/team',
                  url: 'javascript:alert(1)',
                }),
              ],
            },
          ],
        ],
      ]),
      emptyRegister(),
      TODAY,
    )[0]!;
    const body = renderIssueBody(hostile, { registerPath: 'soup/register.yml', healthInIssues: [] });
    const firstLine = body.split('\n')[0]!;
    expect(firstLine.indexOf('-->')).toBe(firstLine.length - 3);
    expect(readMonitorMarker(body)).toBe(`npm/${name}`);
    // Outside the marker comment and the fenced YAML (literal text on GitHub) nothing can open a
    // tag, a link or a mention.
    const outside = body.slice(firstLine.length).replace(/````yaml[\s\S]*?````/, '');
    expect(outside).not.toContain('<script>');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('javascript:');
    expect(outside).not.toMatch(/(^|[^&#\w])@team/);
    // The YAML block's fence is longer than any backtick run inside it.
    expect(body).toContain('````yaml');
    expect(markerKey('npm/a-->b')).toBe('npm/a%2D-%3Eb');
    expect(body).toMatchSnapshot();
  });

  it('ignores tick state when comparing bodies', () => {
    expect(comparableBody('- [x] a\r\n- [X] b\n')).toBe('- [ ] a\n- [ ] b');
  });
});

describe('checkHealth', () => {
  it('reports deprecated versions and obsolete packages from one npm document each, archived repos via the injected lookup', async () => {
    const registry = await startFakeServer((request) => {
      if (request.path === '/@scope%2Fold')
        return {
          status: 200,
          body: {
            versions: { '1.0.0': { deprecated: 'use new' } },
            time: {
              created: '2015-01-01T00:00:00Z',
              modified: '2024-01-01T00:00:00Z',
              '1.0.0': '2015-01-01T00:00:00Z',
            },
            repository: 'github:acme/old',
          },
        };
      if (request.path === '/fresh')
        return {
          status: 200,
          body: {
            versions: { '2.0.0': {} },
            time: { '2.0.0': '2024-05-01T00:00:00Z' },
            repository: { url: 'git+https://github.com/acme/fresh.git' },
          },
        };
      return { status: 404, body: {} };
    });
    servers.push(registry);
    const asked: string[] = [];
    const result = await checkHealth([item('@scope/old'), item('fresh', ['2.0.0']), item('missing')], {
      http: createHttpClient({ fetch: globalThis.fetch }),
      checks: ['deprecated', 'obsolete', 'archived'],
      npmRegistryUrl: registry.url,
      depsDevUrl: registry.url,
      today: new Date('2024-06-01T00:00:00Z'),
      isArchived: async (r) => {
        asked.push(`${r.owner}/${r.repo}`);
        return r.repo === 'fresh';
      },
    });
    expect(result.requests.registry).toBe(3);
    expect(result.findings.get('npm/@scope/old')!.map((f) => f.kind)).toEqual(['deprecated', 'obsolete']);
    expect(result.findings.get('npm/fresh')!.map((f) => f.kind)).toEqual(['archived']);
    // `github:acme/old` is a shorthand, not a URL: not resolved, so not asked.
    expect(asked).toEqual(['acme/fresh']);
  });

  it('stops at the lookup limit and says how many were not checked', async () => {
    const registry = await startFakeServer(() => ({ status: 404, body: {} }));
    servers.push(registry);
    const result = await checkHealth([item('a'), item('b'), item('c')], {
      http: createHttpClient({ fetch: globalThis.fetch }),
      checks: ['deprecated'],
      npmRegistryUrl: registry.url,
      depsDevUrl: registry.url,
      today: new Date(),
      maxLookups: 2,
    });
    expect(registry.count()).toBe(2);
    expect(result.notes.join('\n')).toContain('1 item(s) not checked, over the limit of 2');
  });

  it('reads the newest release of a packument, ignoring created/modified and unpublished versions', () => {
    const facts = readPackument({
      versions: { '1.0.0': {} },
      time: {
        created: '2024-01-01',
        modified: '2024-06-01',
        '1.0.0': '2020-01-01T00:00:00Z',
        '9.9.9': '2024-01-01T00:00:00Z',
      },
    });
    expect(facts.latest).toEqual({ version: '1.0.0', at: '2020-01-01T00:00:00Z' });
  });
});

describe('soup-gate monitor (CLI)', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('exits 1 while an anomaly is unevaluated and 0 once the register evaluates it', async () => {
    const osv = await startFakeOsv({
      vulns: [
        {
          id: 'GHSA-cli-1',
          summary: 'x',
          affected: [{ package: { ecosystem: 'npm', name: 'express' }, versions: ['4.19.2'] }],
        },
      ],
    });
    servers.push(osv);
    dir = await mkdtemp(join(tmpdir(), 'soup-monitor-'));
    const { lock, manifest } = npmLock([{ name: 'express', version: '4.19.2', direct: true }]);
    await writeFile(join(dir, 'package-lock.json'), lock);
    await writeFile(join(dir, 'package.json'), manifest);
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => undefined, cwd: dir };
    const args = ['--root', '.', '--osv-url', osv.url, '--today', TODAY, '--quiet'];
    expect(await runMonitorCommand(args, io)).toBe(1);
    expect(out.join('')).toContain('GHSA-cli-1');
    await mkdir(join(dir, 'soup'));
    await writeFile(
      join(dir, 'soup/register.yml'),
      'items:\n  npm/express:\n    purpose: "x"\n    anomalies:\n      - id: GHSA-cli-1\n        state: not_affected\n        reason: "r"\n        by: qa\n        on: 2024-05-01\n',
    );
    out.length = 0;
    expect(await runMonitorCommand([...args, '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({
      totals: { anomalies: 1, evaluated: 1, open: 0 },
      osvBatchRequests: 1,
    });
  });
});
