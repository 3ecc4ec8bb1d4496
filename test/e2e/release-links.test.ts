// End to end (issue 15): the release-notes link in the checklist a reviewer ticks names only tags
// GitHub confirmed. dist/index.js against the fake GitHub, where express's repository either can't
// be read, refuses tag lookups, or has express's real tag names (no v: 4.19.2, 4.21.1).
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from '../fakes/github-server.js';
import { checkRunCompletedEvent } from '../fakes/webhook-events.js';
import {
  botComment,
  commitLock,
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

const EXPRESS_REPO = 'https://github.com/expressjs/express';
const TAG_LINK = /\/compare\/|\/releases\/tag\//;
/** Tag lookups the run made, in order. */
const tagLookups = (harness: Harness): string[] =>
  harness.gh.requests.filter((r) => r.path.includes('/git/ref/tags/')).map((r) => r.path);

const BASE = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
];
const HEAD = [
  { name: 'express', version: '4.21.1', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
];

/** deps.dev names express's repository (as it does), so the gate looks its tags up. */
async function harness(): Promise<Harness> {
  return startHarness([], {
    versions: ['4.19.2', '4.21.1'].map((version) => ({
      system: 'npm',
      name: 'express',
      version,
      licenses: ['MIT'],
      links: [{ label: 'SOURCE_REPO', url: `git+${EXPRESS_REPO}.git` }],
    })),
  });
}

function openPr(harness: Harness): string {
  const base = commitLock(harness, BASE, { branch: 'main' });
  const head = commitLock(harness, HEAD, { parents: [base] });
  harness.repo.addPull({ number: 7, baseSha: base, headSha: head, user: 'dependabot[bot]' });
  return head;
}

/** Opening the PR cost 16 requests before tag lookups existed (pull-request-gate.test.ts). */
const GATE_REQUESTS = 16;

describe('tags that cannot be confirmed: no tag link anywhere, and the gate still works', () => {
  it('upstream repository not readable (404 on every lookup): releases page, 4 lookups', async () => {
    h = await harness();
    const head = openPr(h);
    const opened = await run(h, prEvent(h, 7, 'opened'));
    expect(opened.code, opened.stdout).toBe(0);
    const body = botComment(h, 7).body;
    expect(body).not.toMatch(TAG_LINK);
    expect(body).toContain(
      `reviewed for safety-relevant behaviour changes ([releases](${EXPRESS_REPO}/releases))`,
    );
    // The new version's four tag forms, each 404; the old version is not asked without the new one.
    expect(tagLookups(h)).toEqual([
      '/repos/expressjs/express/git/ref/tags/v4.21.1',
      '/repos/expressjs/express/git/ref/tags/4.21.1',
      '/repos/expressjs/express/git/ref/tags/express@4.21.1',
      '/repos/expressjs/express/git/ref/tags/express@v4.21.1',
    ]);
    expect(h.gh.requests.length).toBe(GATE_REQUESTS + 4);
    expect(gateCheck(h, head).conclusion).toBe('failure');

    // The reviewer ticks; evidence arrives; the gate passes, still without a tag link.
    const ticked = await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    expect(ticked.code, ticked.stdout).toBe(0);
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(3);
    const check = h.repo.addCheckRun({
      name: 'integration-tests',
      headSha: head,
      status: 'completed',
      conclusion: 'success',
    });
    const pr = h.repo.pulls.get(7)!;
    const evidence = await run(
      h,
      checkRunCompletedEvent({
        repo: REPO,
        checkRun: { id: check.id, name: 'integration-tests', headSha: head, conclusion: 'success' },
        pullRequests: [{ number: 7, headSha: head, headRef: pr.head.ref, baseSha: pr.base.sha }],
        defaultBranchSha: h.repo.branchSha('main')!,
      }),
    );
    expect(evidence.code, evidence.stdout).toBe(0);
    expect(evidence.outputs.gate).toBe('pass');
    expect(gateCheck(h, head).conclusion).toBe('success');
    expect(botComment(h, 7).body).not.toMatch(TAG_LINK);
  });

  it('tag lookups refused (403): one lookup, the repository is not asked again', async () => {
    h = await harness();
    const upstream = h.gh.addRepo('expressjs/express');
    upstream.refs.set('tags/4.19.2', 'a'.repeat(40));
    upstream.refs.set('tags/4.21.1', 'b'.repeat(40));
    h.gh.script(
      'GET /repos/expressjs/express/git/ref/**',
      faults.status(403, 'Resource not accessible by integration'),
    );
    const head = openPr(h);
    const opened = await run(h, prEvent(h, 7, 'opened'));
    expect(opened.code, opened.stdout).toBe(0);
    expect(opened.outputs.gate).toBe('fail');
    const body = botComment(h, 7).body;
    expect(body).not.toMatch(TAG_LINK);
    expect(body).toContain(`([releases](${EXPRESS_REPO}/releases))`);
    expect(tagLookups(h)).toEqual(['/repos/expressjs/express/git/ref/tags/v4.21.1']);
    expect(h.gh.requests.length).toBe(GATE_REQUESTS + 1);
    expect(h.gh.pendingScripts()).toEqual([]);
    expect(gateCheck(h, head).conclusion).toBe('failure');
    // a refused lookup is not a failed lookup: the link is only less precise, nothing blocks on it
    expect(JSON.parse(opened.outputs.missing!).join('\n')).not.toMatch(/lookup/);
  });
});

describe('tags that GitHub confirms', () => {
  it('the compare link uses the real tag names (4.19.2...4.21.1, no v), in 3 lookups', async () => {
    h = await harness();
    const upstream = h.gh.addRepo('expressjs/express');
    upstream.refs.set('tags/4.19.2', 'a'.repeat(40));
    upstream.refs.set('tags/4.21.1', 'b'.repeat(40));
    upstream.refs.set('tags/v5.0.0', 'c'.repeat(40));
    openPr(h);
    const opened = await run(h, prEvent(h, 7, 'opened'));
    expect(opened.code, opened.stdout).toBe(0);
    const body = botComment(h, 7).body;
    expect(body).toContain(
      `reviewed for safety-relevant behaviour changes ([compare](${EXPRESS_REPO}/compare/4.19.2...4.21.1))`,
    );
    expect(body.match(/\/compare\/[^)\s]*/g)?.every((m) => m === '/compare/4.19.2...4.21.1')).toBe(true);
    expect(body).not.toContain('v4.19.2');
    expect(tagLookups(h)).toEqual([
      '/repos/expressjs/express/git/ref/tags/v4.21.1',
      '/repos/expressjs/express/git/ref/tags/4.21.1',
      '/repos/expressjs/express/git/ref/tags/4.19.2',
    ]);
    expect(h.gh.requests.length).toBe(GATE_REQUESTS + 3);
  });
});
