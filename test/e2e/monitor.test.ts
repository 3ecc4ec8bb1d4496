// End to end: the scheduled monitoring run of dist/index.js against the fake GitHub, OSV, deps.dev
// and a fake npm registry. One issue per SOUP item with anomalies still to evaluate; a rerun with the
// same facts writes nothing; a new advisory updates the issue; an evaluation in the register closes it.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, startFakeOsv, type FakeServer, type OsvRecord } from '../fakes/osv-server.js';
import { BOT_TOKEN, READ_ONLY_TOKEN } from '../fakes/github-server.js';
import { runAction, type ActionResult } from '../fakes/run-action.js';
import { scheduleEvent } from '../fakes/webhook-events.js';
import { BOT, commitLock, REPO, startHarness, type Harness } from './gate-harness.js';

const LABEL = 'soup:anomaly';
const MARKER = '<!-- soup-gate:monitor npm/express -->';

const PACKAGES = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
  { name: 'debug', version: '2.6.9' },
  { name: 'jest', version: '29.7.0', direct: true, dev: true },
];

function vuln(id: string, name: string, version: string, extra: Partial<OsvRecord> = {}): OsvRecord {
  return {
    id,
    summary: `${id} in ${name}`,
    aliases: [`CVE-2024-${id.slice(-4)}`],
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
    affected: [
      {
        package: { ecosystem: 'npm', name },
        versions: [version],
        ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '4.20.0' }] }],
      },
    ],
    ...extra,
  };
}

const FIRST = vuln('GHSA-aaaa-bbbb-0001', 'express', '4.19.2');
const SECOND = vuln('GHSA-aaaa-bbbb-0002', 'express', '4.19.2');
// A transitive and a dev package's anomalies are outside the default scope (direct, no dev).
const OUT_OF_SCOPE = [
  vuln('GHSA-aaaa-bbbb-0003', 'debug', '2.6.9'),
  vuln('GHSA-aaaa-bbbb-0004', 'jest', '29.7.0'),
];

const REGISTER_EMPTY = `defaults:
  safety-class: B
items:
  npm/express:
    purpose: "HTTP server"
    requirements:
      - id: REQ-1
        text: "serves the API"
    prerequisites: "Node.js 24"
    verification: "test/api.test.ts"
`;

const REGISTER_EVALUATED = `${REGISTER_EMPTY}    anomalies:
      - id: GHSA-aaaa-bbbb-0001
        state: not_affected
        justification: code_not_reachable
        reason: "We never call the affected API."
        by: qa-lead
        on: 2024-05-02
      - id: CVE-2024-0002
        state: not_affected
        justification: code_not_reachable
        reason: "Evaluated under its CVE id."
        by: qa-lead
        on: 2024-05-02
`;

const daysAgo = (n: number): string => new Date(Date.now() - n * 86_400_000).toISOString();

/** A fake npm registry: express current, ms deprecated and without a release for years. */
function startNpmRegistry(): Promise<FakeServer> {
  const docs: Record<string, unknown> = {
    '/express': {
      name: 'express',
      versions: { '4.19.2': {}, '4.20.0': {} },
      time: { created: daysAgo(4000), modified: daysAgo(5), '4.19.2': daysAgo(200), '4.20.0': daysAgo(10) },
      repository: { type: 'git', url: 'git+https://github.com/expressjs/express.git' },
    },
    '/ms': {
      name: 'ms',
      versions: { '2.1.2': { deprecated: 'Use ms@2.1.3: <b>fixes</b> @everyone' }, '2.1.3': {} },
      time: {
        created: daysAgo(5000),
        modified: daysAgo(1000),
        '2.1.2': daysAgo(2000),
        '2.1.3': daysAgo(1500),
      },
    },
  };
  return startFakeServer((request) => {
    const doc = docs[request.path];
    return doc ? { status: 200, body: doc } : { status: 404, body: { error: 'Not found' } };
  });
}

let h: Harness;
let extra: FakeServer[] = [];

afterEach(async () => {
  await h?.close();
  await Promise.all(extra.map((s) => s.close()));
  extra = [];
});

function monitor(osvUrl: string, npmUrl: string, token = BOT_TOKEN): Promise<ActionResult> {
  return runAction({
    event: scheduleEvent({ repo: REPO, defaultBranchSha: h.repo.branchSha('main')! }),
    repository: REPO,
    apiUrl: h.gh.url,
    token,
    inputs: { 'osv-url': osvUrl, 'deps-dev-url': h.deps.url, 'npm-registry-url': npmUrl },
  });
}

const writes = (harness: Harness): string[] =>
  harness.gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

function monitorIssues(harness: Harness) {
  return [...harness.repo.issues.values()].filter(
    (i) => !i.isPull && i.user === BOT && i.body?.startsWith(MARKER),
  );
}

describe('scheduled monitoring', () => {
  it('opens one issue, writes nothing when nothing changed, updates on a new advisory, closes on evaluation', async () => {
    h = await startHarness([FIRST, ...OUT_OF_SCOPE]);
    const npm = await startNpmRegistry();
    extra.push(npm);
    commitLock(h, PACKAGES, { branch: 'main', extra: { 'soup/register.yml': REGISTER_EMPTY } });
    // Someone else's issue carrying the marker is never ours: not updated, not closed, not counted.
    const decoy = h.repo.addIssue({
      title: 'fake',
      body: `${MARKER}\nnot the bot`,
      user: 'mallory',
      labels: [LABEL],
    });

    // Run 1: the issue is opened.
    const first = await monitor(h.osv.url, npm.url);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const issues = monitorIssues(h);
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    expect(issue.labels).toEqual([LABEL]);
    expect(issue.title).toBe('SOUP anomalies to evaluate: npm/express');
    expect(issue.body).toContain('GHSA-aaaa-bbbb-0001');
    expect(issue.body).toContain('high 7.5');
    expect(issue.body).toContain('<code>4.20.0</code>');
    expect(issue.body).toContain('- id: "GHSA-aaaa-bbbb-0001"');
    expect(issue.body).not.toContain('GHSA-aaaa-bbbb-0003');
    expect(h.repo.issues.get(decoy.number)!.body).toBe(`${MARKER}\nnot the bot`);
    expect(writes(h)).toEqual(['POST /repos/acme/infusion-pump/issues']);
    expect(h.osv.count('/v1/querybatch')).toBe(1);
    // Deprecated ms and its age are reported in the summary, escaped, without an issue.
    expect(first.summary).toContain('| SOUP items checked | 2 (2 versions) |');
    expect(first.summary).toContain('| Anomalies found | 1 |');
    expect(first.summary).toContain('opened 1, updated 0, reopened 0, closed 0');
    expect(first.summary).toContain('**Deprecated**');
    expect(first.summary).toContain('&lt;b&gt;fixes&lt;/b&gt; &#64;everyone');
    expect(first.summary).toContain('**No recent release**');
    expect(JSON.parse(first.outputs.monitor!)).toMatchObject({ items: 2, anomalies: 1, open: 1 });

    // Run 2: same facts, zero writes.
    h.gh.clearRequests();
    const second = await monitor(h.osv.url, npm.url);
    expect(second.code, second.stderr).toBe(0);
    expect(writes(h)).toEqual([]);
    expect(second.summary).toContain('opened 0, updated 0, reopened 0, closed 0');
    const reads = h.gh.requests.length;
    // repo, branch, policy, register, tree, lockfile + manifest, issues list, 1 source repository.
    expect(reads).toBeLessThanOrEqual(10);

    // Run 3: a new advisory for the same version updates the issue in place.
    const osv2 = await startFakeOsv({ vulns: [FIRST, SECOND, ...OUT_OF_SCOPE] });
    extra.push(osv2);
    h.gh.clearRequests();
    const third = await monitor(osv2.url, npm.url);
    expect(third.code, third.stderr).toBe(0);
    expect(writes(h)).toEqual([`PATCH /repos/acme/infusion-pump/issues/${issue.number}`]);
    expect(monitorIssues(h)).toHaveLength(1);
    expect(h.repo.issues.get(issue.number)!.body).toContain('GHSA-aaaa-bbbb-0002');
    expect(third.summary).toContain('opened 0, updated 1');

    // Run 4: both evaluated in the register (one under its CVE alias) on a new main commit: closed.
    commitLock(h, PACKAGES, {
      branch: 'main',
      parents: [h.repo.branchSha('main')!],
      extra: { 'soup/register.yml': REGISTER_EVALUATED },
    });
    h.gh.clearRequests();
    const fourth = await monitor(osv2.url, npm.url);
    expect(fourth.code, fourth.stderr).toBe(0);
    expect(writes(h)).toEqual([
      `POST /repos/acme/infusion-pump/issues/${issue.number}/comments`,
      `PATCH /repos/acme/infusion-pump/issues/${issue.number}`,
    ]);
    const closed = h.repo.issues.get(issue.number)!;
    expect(closed.state).toBe('closed');
    const comment = h.repo.commentsOn(issue.number).at(-1)!;
    expect(comment.user).toBe(BOT);
    expect(comment.body).toContain(
      '<code>GHSA-aaaa-bbbb-0001</code>: evaluated: not&#95;affected by qa-lead',
    );
    expect(comment.body).toContain('<code>GHSA-aaaa-bbbb-0002</code>: evaluated');
    expect(fourth.summary).toContain('| Evaluated in the register | 2 |');
    expect(fourth.summary).toContain('closed 1 this run');
    expect(h.repo.issues.get(decoy.number)!.state).toBe('open');

    // Run 5: nothing left, nothing written.
    h.gh.clearRequests();
    await monitor(osv2.url, npm.url);
    expect(writes(h)).toEqual([]);
  }, 60_000);

  it('fails the step when OSV cannot be reached, and closes nothing', async () => {
    h = await startHarness([FIRST]);
    const npm = await startNpmRegistry();
    extra.push(npm);
    commitLock(h, PACKAGES, { branch: 'main', extra: { 'soup/register.yml': REGISTER_EMPTY } });
    await monitor(h.osv.url, npm.url);
    expect(monitorIssues(h)).toHaveLength(1);
    const broken = await startFakeServer(() => ({ status: 400, body: { code: 3, message: 'bad' } }));
    extra.push(broken);
    h.gh.clearRequests();
    const result = await monitor(broken.url, npm.url);
    expect(result.code).toBe(1);
    expect(
      result.annotations.some((a) => a.level === 'error' && /could not be looked up/.test(a.message)),
    ).toBe(true);
    expect(writes(h)).toEqual([]);
    expect(monitorIssues(h)[0]!.state).toBe('open');
  }, 60_000);

  it('with a read-only token still writes the summary and says which permission is missing', async () => {
    h = await startHarness([FIRST]);
    const npm = await startNpmRegistry();
    extra.push(npm);
    commitLock(h, PACKAGES, { branch: 'main', extra: { 'soup/register.yml': REGISTER_EMPTY } });
    const result = await monitor(h.osv.url, npm.url, READ_ONLY_TOKEN);
    expect(result.code).toBe(0);
    expect(result.summary).toContain('| Still to evaluate | 1 (in 1 item) |');
    expect(result.annotations.some((a) => a.level === 'warning' && /issues: write/.test(a.message))).toBe(
      true,
    );
  }, 60_000);
});
