// End to end: the committed dist/index.js, run as a runner would run it, against the fake GitHub.
// The bundle is not rebuilt here (check:dist keeps it fresh); a missing bundle fails with the fix.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manifestsFor } from '../../src/inventory/inventory.js';
import { BOT_TOKEN, faults, readFolderFiles, startFakeGitHub, type FakeGitHub } from './github-server.js';
import { REPO_ROOT, runAction } from './run-action.js';
import { pullRequestTargetEvent } from './webhook-events.js';

const DIST = join(REPO_ROOT, 'dist', 'index.js');

interface ChangesOutput {
  lockfiles: { path: string; status: string; format: string; changes: number }[];
  changes: { type: string; ecosystem: string; name: string; from?: string; to?: string; lockfile: string }[];
}

describe('dist/index.js on pull_request_target against the fake GitHub', () => {
  let gh: FakeGitHub;
  let baseSha: string;
  let headSha: string;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run "npm run bundle" first`);
    gh = await startFakeGitHub();
    const repo = gh.addRepo('acme/infusion-pump');
    baseSha = repo.commit({
      files: await readFolderFiles(join(REPO_ROOT, 'examples/demo/base')),
      branch: 'main',
      message: 'base',
    });
    headSha = repo.commit({
      files: await readFolderFiles(join(REPO_ROOT, 'examples/demo/head')),
      parents: [baseSha],
      message: 'bump express',
    });
    repo.setBranch('dependabot/npm_and_yarn/express-4.21.1', headSha);
    repo.addPull({
      number: 42,
      baseSha,
      headSha,
      headRef: 'dependabot/npm_and_yarn/express-4.21.1',
      title: 'Bump express from 4.19.2 to 4.21.1',
    });
  });

  afterAll(async () => {
    await gh?.close();
  });

  it('writes the change table, the changes output, one comment and one check run, in a bounded number of requests', async () => {
    const files = gh.repo('acme/infusion-pump').pullFiles(gh.repo('acme/infusion-pump').pulls.get(42)!);
    expect(files.map((f) => f.filename)).toEqual([
      'package-lock.json',
      'package.json',
      'services/lab-export/requirements.txt',
    ]);
    const event = pullRequestTargetEvent({
      action: 'opened',
      repo: 'acme/infusion-pump',
      number: 42,
      baseSha,
      headSha,
      headRef: 'dependabot/npm_and_yarn/express-4.21.1',
    });
    // enrich off: no test may reach the real OSV or deps.dev.
    const result = await runAction({ event, apiUrl: gh.url, token: BOT_TOKEN, inputs: { enrich: 'false' } });
    expect(result.stderr).toBe('');
    expect(result.code, result.stdout).toBe(0);
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);

    const output = JSON.parse(result.outputs.changes ?? 'null') as ChangesOutput;
    expect(output.lockfiles.map((l) => l.path)).toEqual([
      'package-lock.json',
      'services/lab-export/requirements.txt',
    ]);
    expect(output.changes).toContainEqual(
      expect.objectContaining({
        type: 'updated',
        ecosystem: 'npm',
        name: 'express',
        from: '4.19.2',
        to: '4.21.1',
      }),
    );
    expect(output.changes.some((c) => c.ecosystem === 'PyPI' && c.name === 'requests')).toBe(true);
    expect(result.summary).toContain('express');
    expect(result.summary).toMatch(/4\.19\.2.*4\.21\.1/);
    expect(result.summary).toMatch(/\|.*\|/); // a Markdown table

    // A small constant plus base + head for each lockfile and each manifest it needs; never one
    // request per package. The constant part is listed so a new request shows up here.
    const lockfiles = output.lockfiles.map((l) => l.path);
    const paths = new Set(lockfiles.flatMap((l) => [l, ...manifestsFor(l)]));
    const isConstantRead = (path: string): boolean =>
      path.endsWith('/contents/.github/soup-gate.yml') || path.endsWith('/contents/soup/register.yml');
    const lockfileReads = gh.requests
      .filter((r) => r.path.includes('/contents/') && !isConstantRead(r.path))
      .map((r) => `${r.path.split('/contents/')[1]}@${new URLSearchParams(r.query).get('ref')}`);
    expect(lockfileReads.sort()).toEqual(
      [...paths].flatMap((p) => [`${p}@${baseSha}`, `${p}@${headSha}`]).sort(),
    );
    const constant = gh.requests
      .filter((r) => !(r.path.includes('/contents/') && !isConstantRead(r.path)))
      .map((r) => `${r.method} ${r.path.replace('/repos/acme/infusion-pump', '')} ${r.status}`);
    expect(constant).toEqual([
      'GET /pulls/42 200',
      'GET /contents/.github/soup-gate.yml 404', // policy from the base commit; none here
      'GET /pulls/42/files 200',
      'GET /contents/soup/register.yml 404', // the register at the base commit (its waivers count); none here
      'GET /contents/soup/register.yml 404', // the register at the head commit (its entries); none here
      `GET /commits/${headSha}/check-runs 200`,
      'GET /issues/42/comments 200',
      `GET /commits/${headSha}/check-runs 200`, // the state again, just before writing (concurrent runs)
      'POST /check-runs 201',
      `GET /commits/${headSha}/check-runs 200`, // read back once: a concurrent write would be merged
      'POST /issues/42/comments 201',
      'GET /issues/42/comments 200', // a concurrent run may have created one too: keep the oldest
    ]);
    expect(gh.countRequests()).toBe(constant.length + 2 * paths.size);
    expect(gh.requests.every((r) => r.login === 'github-actions[bot]')).toBe(true);
    // Cold start (spawn to first request), generous bound for shared CI cores; DESIGN targets 150 ms
    // of the action's own start, which `node` itself adds to here.
    expect((gh.requests[0]?.receivedAt ?? Infinity) - result.startedAt).toBeLessThan(3_000);
    if (process.env.SOUP_GATE_TIMINGS) {
      console.log(
        `first request ${(gh.requests[0]?.receivedAt ?? 0) - result.startedAt} ms after spawn; run ${Math.round(result.durationMs)} ms`,
      );
    }

    // What the run left on GitHub: one sticky comment by the bot and one check run on the head.
    const repo = gh.repo('acme/infusion-pump');
    expect(repo.commentsOn(42).map((c) => c.user)).toEqual(['github-actions[bot]']);
    expect(repo.commentsOn(42)[0]?.body).toContain('express');
    expect(repo.checkRunsFor(headSha, 'soup-gate').map((c) => c.status)).toEqual(['completed']);
  });
});

/** The demo trees as PR #42 of `fullName`, and the pull_request_target event for it. */
async function seedDemo(gh: FakeGitHub, fullName: string) {
  const repo = gh.addRepo(fullName);
  const baseSha = repo.commit({
    files: await readFolderFiles(join(REPO_ROOT, 'examples/demo/base')),
    branch: 'main',
  });
  const headSha = repo.commit({
    files: await readFolderFiles(join(REPO_ROOT, 'examples/demo/head')),
    parents: [baseSha],
  });
  repo.addPull({ number: 42, baseSha, headSha, headRef: 'bump' });
  const event = pullRequestTargetEvent({
    action: 'synchronize',
    repo: fullName,
    number: 42,
    baseSha,
    headSha,
    headRef: 'bump',
  });
  return { repo, baseSha, headSha, event };
}

describe('dist/index.js under injected API faults', () => {
  let gh: FakeGitHub;

  beforeEach(async () => {
    gh = await startFakeGitHub();
  });

  afterEach(async () => {
    await gh.close();
  });

  it('retries a 502 on the PR file list and produces the same result', async () => {
    const { event } = await seedDemo(gh, 'acme/pump');
    gh.script('GET /repos/acme/pump/pulls/42/files', faults.status(502));
    // enrich off: no test may reach the real OSV or deps.dev.
    const result = await runAction({ event, apiUrl: gh.url, token: BOT_TOKEN, inputs: { enrich: 'false' } });
    expect(result.code, result.stdout).toBe(0);
    expect(gh.pendingScripts()).toEqual([]);
    const listings = gh.requests.filter((r) => r.path.endsWith('/pulls/42/files'));
    expect(listings.map((r) => r.status)).toEqual([502, 200]);
    // plugin-retry waited before trying again (4 s with the throttling plugin also installed).
    expect((listings[1]?.receivedAt ?? 0) - (listings[0]?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
    expect(result.outputs.changes).toContain('"name":"express"');
  });

  it('waits out a secondary rate limit on a lockfile read', async () => {
    const { event, headSha } = await seedDemo(gh, 'acme/pump');
    gh.script(
      (e) => e.method === 'GET' && e.path === '/repos/acme/pump/contents/package-lock.json',
      faults.secondaryRateLimit(1),
    );
    // enrich off: no test may reach the real OSV or deps.dev.
    const result = await runAction({ event, apiUrl: gh.url, token: BOT_TOKEN, inputs: { enrich: 'false' } });
    expect(result.code, result.stdout).toBe(0);
    expect(result.annotations.map((a) => `${a.level}: ${a.message}`)).toContainEqual(
      expect.stringMatching(/^warning: .*secondary rate limit/),
    );
    expect(gh.countRequests('GET /repos/acme/pump/contents/package-lock.json')).toBe(3);
    expect(gh.repo('acme/pump').checkRunsFor(headSha, 'soup-gate')).toHaveLength(1);
  });
});
