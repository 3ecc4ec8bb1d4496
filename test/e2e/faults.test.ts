// Faults end to end: GitHub answering 5xx, rate limits, 404s, slowly, or with bodies cut halfway;
// OSV failing. The gate must reach the right verdict after retries, or fail closed (red or a failed
// step with a clear error): never green, never a lost tick.
import { afterEach, describe, expect, it } from 'vitest';
import { compileMatcher, faults } from '../fakes/github-server.js';
import { startFakeOsv } from '../fakes/osv-server.js';
import { addEvidence, openPr, tickedItems } from '../hostile/e2e-scenario.js';
import {
  botComment,
  editComment,
  gateCheck,
  prEvent,
  REPO,
  run,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** A PR whose six items are ticked by qa-lead, evidence still missing: red, with ticks to lose. */
async function tickedPr(): Promise<string> {
  h = await startHarness();
  const { head } = openPr(h);
  await run(h, prEvent(h, 7, 'opened'));
  await run(h, editComment(h, 7, tickAll, 'qa-lead'));
  expect(tickedItems(h, head)).toHaveLength(6);
  return head;
}

const PULL = `GET /repos/${REPO}/pulls/7`;
const ROUTES: Record<string, string> = {
  'the PR': PULL,
  'the PR files': `GET /repos/${REPO}/pulls/7/files`,
  'the check runs': `GET /repos/${REPO}/commits/*/check-runs`,
  'the comments': `GET /repos/${REPO}/issues/7/comments`,
  'file contents': `GET /repos/${REPO}/contents/**`,
};

describe('GitHub 5xx', () => {
  it.each([500, 502, 503])('a %i on the PR is retried and gives the same verdict', async (status) => {
    const head = await tickedPr();
    h.gh.script(PULL, faults.status(status));
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.code, result.stdout).toBe(0);
    expect(h.gh.pendingScripts()).toEqual([]);
    expect(result.outputs.gate).toBe('fail');
    expect(tickedItems(h, head)).toHaveLength(6);
  });

  it('a 500 that outlasts the retries fails the step with the error, and writes nothing', async () => {
    const head = await tickedPr();
    addEvidence(h, head);
    const checks = h.repo.checkRunsFor(head, 'soup-gate').length;
    h.gh.script(PULL, ...Array.from({ length: 4 }, () => faults.status(500)));
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.code).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/Internal Server Error|500/);
    expect(h.repo.checkRunsFor(head, 'soup-gate')).toHaveLength(checks);
    expect(tickedItems(h, head)).toHaveLength(6);
  });
});

describe('rate limits', () => {
  it('a secondary rate limit with Retry-After is waited out, then the same verdict', async () => {
    const head = await tickedPr();
    h.gh.clearRequests();
    h.gh.script(ROUTES['the check runs']!, faults.secondaryRateLimit(1));
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.code, result.stdout).toBe(0);
    const hits = h.gh.requests.filter((r) => r.path.endsWith('/check-runs') && r.method === 'GET');
    // the refused read and its retry, then the re-read before writing and the read-back after it
    expect(hits.length).toBe(4);
    expect(hits[1]!.receivedAt - hits[0]!.receivedAt).toBeGreaterThanOrEqual(900);
    expect(result.annotations.some((a) => /secondary rate limit/.test(a.message))).toBe(true);
    expect(result.outputs.gate).toBe('fail');
    expect(tickedItems(h, head)).toHaveLength(6);
  });
});

describe('404s', () => {
  it('a deleted PR fails the step with a clear error', async () => {
    await tickedPr();
    h.gh.script(PULL, faults.notFound());
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.code).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/Not Found/);
  });

  // Fixed B2: a lockfile the PR's file list names as modified, whose contents 404 on both commits,
  // was read as absent on both sides (no changes, green); the file list now says which side must exist.
  it('B2: lockfiles that 404 on both commits (deleted head) never turn the gate green', async () => {
    const head = await tickedPr();
    addEvidence(h, head);
    h.gh.script(
      (e) => e.method === 'GET' && e.path.startsWith(`/repos/${REPO}/contents/`),
      ...Array.from({ length: 8 }, () => faults.notFound()),
    );
    const result = await run(h, prEvent(h, 7, 'edited'));
    // The lockfiles "vanish" on both sides: no changes can be seen, so the step must not pass silently.
    expect(result.outputs.gate === 'pass' && gateCheck(h, head).conclusion === 'success').toBe(false);
  });
});

describe('slow answers', () => {
  it('a 3 s delay on the comments is waited for; same verdict', async () => {
    const head = await tickedPr();
    h.gh.script(ROUTES['the comments']!, faults.delay(3000));
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs.gate).toBe('fail');
    expect(tickedItems(h, head)).toHaveLength(6);
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(6);
  });
});

describe('truncated bodies', () => {
  /** Cut-off answers on a route until `heal()`; the gate is red (no evidence yet), with six ticks. */
  async function truncate(route: string): Promise<{ head: string; heal: () => void }> {
    const head = await tickedPr();
    let broken = true;
    const match = compileMatcher(route);
    h.gh.script((e) => broken && match(e), ...Array.from({ length: 20 }, () => faults.truncated()));
    return { head, heal: () => (broken = false) };
  }

  async function expectRecovery(head: string): Promise<void> {
    addEvidence(h, head);
    const clean = await run(h, prEvent(h, 7, 'edited'));
    expect(clean.outputs.gate).toBe('pass');
    expect(tickedItems(h, head)).toHaveLength(6);
  }

  const SAFE = Object.entries(ROUTES).filter(([what]) => what !== 'the PR files');
  it.each(SAFE)('cut-off answers for %s: never green, no tick lost, recovers', async (_what, route) => {
    const { head, heal } = await truncate(route);
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.code === 0 && result.outputs.gate === 'pass').toBe(false);
    expect(gateCheck(h, head).conclusion).not.toBe('success');
    expect(tickedItems(h, head)).toHaveLength(6);
    heal();
    await expectRecovery(head);
  });

  // Fixed B1: Octokit resolves a cut-off file list as empty data; the gate saw no lockfile touched,
  // passed with "no SOUP changes" and wrote a state without the six ticks. The listing is now
  // checked against the PR's changed_files count.
  it('B1: a cut-off PR file list is not read as "no lockfile changed"', async () => {
    const { head, heal } = await truncate(ROUTES['the PR files']!);
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.outputs.gate).not.toBe('pass');
    expect(tickedItems(h, head)).toHaveLength(6);
    heal();
    await expectRecovery(head);
  });
});

describe('OSV faults: the gate fails closed', () => {
  it.each([
    ['500s', { status: 500, body: '{"code":13,"message":"internal"}' }],
    ['malformed JSON', { status: 200, body: '{"results": [' }],
    ['an empty body', { status: 200, body: '' }],
    ['results of the wrong shape', { status: 200, body: '{"results": "nope"}' }],
    ['a 429 asking to wait an hour', { status: 429, headers: { 'retry-after': '3600' }, body: '{}' }],
  ])('%s', async (_what, fault) => {
    h = await startHarness();
    const { head } = openPr(h);
    addEvidence(h, head);
    const osv = await startFakeOsv({ fault: () => fault });
    try {
      await run(h, prEvent(h, 7, 'opened'), undefined, { 'osv-url': osv.url });
      await run(h, editComment(h, 7, tickAll, 'qa-lead'), undefined, { 'osv-url': osv.url });
      const result = await run(h, prEvent(h, 7, 'edited'), undefined, { 'osv-url': osv.url });
      expect(result.outputs.gate).toBe('fail');
      expect(gateCheck(h, head).conclusion).toBe('failure');
      expect(JSON.parse(result.outputs.missing!).join('\n')).toMatch(
        /anomalies of <code>express<\/code> could not be checked/,
      );
    } finally {
      await osv.close();
    }
  });
});
