// Issue 12, hole 1: GitHub lists at most 3,000 files of a PR, sorted. A PR that changes 3,000 other
// files whose paths sort before `package-lock.json`, and bumps the lockfile, must never read as "no
// SOUP changes". Whenever the listing can be incomplete the gate compares trees instead, and fails
// closed when even that cannot be completed.
import { afterEach, describe, expect, it } from 'vitest';
import { addEvidence, BASE, BUMPED, tickedItems } from '../hostile/e2e-scenario.js';
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

/** `count` text files in `dirs` directories named `a000…`, all sorting before `package-lock.json`. */
function otherFiles(count: number, dirs: number, version: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i += 1)
    files[`a${String(i % dirs).padStart(3, '0')}/file-${String(i).padStart(5, '0')}.txt`] =
      `${version} ${i}\n`;
  return files;
}

/** A PR that rewrites `count` other files and bumps express and ms (six checklist items). */
async function bigPr(count: number, dirs: number): Promise<{ base: string; head: string }> {
  h = await startHarness();
  const base = commitLock(h, BASE, { branch: 'main', extra: otherFiles(count, dirs, 'v1') });
  const head = commitLock(h, BUMPED, { parents: [base], extra: otherFiles(count, dirs, 'v2') });
  h.repo.addPull({
    number: 7,
    baseSha: base,
    headSha: head,
    headRef: 'deps/bump',
    title: 'Reformat and bump',
  });
  return { base, head };
}

/** Requests the action sent to GitHub during one run (OSV and deps.dev are other servers). */
async function countedRun(event: Parameters<typeof run>[1]) {
  h.gh.clearRequests();
  const result = await run(h, event);
  return { result, requests: h.gh.requests.length };
}

describe('a PR whose file list GitHub cuts at 3,000', () => {
  it('3,000 other files sorting first and a lockfile bump: the lockfile is found from the trees, red until assessed', async () => {
    const { head } = await bigPr(3000, 30);
    expect(h.repo.pullFiles(h.repo.pulls.get(7)!)).toHaveLength(3002); // 3,000 files, the lockfile, package.json

    const { result, requests } = await countedRun(prEvent(h, 7, 'opened'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 lockfile\(s\) touched \(from the tree comparison\): package-lock\.json/);
    expect(result.outputs.gate).toBe('fail');
    expect(gateCheck(h, head).conclusion).toBe('failure');
    const comment = botComment(h, 7).body;
    expect(comment).toMatch(/express/);
    expect(comment).not.toMatch(/no SOUP changes/i);
    // the listing is skipped (it is capped anyway): PR, policy, compare, two trees, lockfiles, state, writes
    expect(requests).toBeLessThanOrEqual(60);

    // and the same PR turns green once assessed: the trees give the real diff, not a blanket red
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    addEvidence(h, head);
    const done = await run(h, prEvent(h, 7, 'edited'));
    expect(done.outputs.gate).toBe('pass');
    expect(tickedItems(h, head)).toHaveLength(6);
  }, 120_000);

  it('a recursive tree GitHub truncates: the walk goes down the changed directories and still finds the lockfile', async () => {
    const { head } = await bigPr(3000, 30);
    h.gh.treeEntryLimit = 1000;
    const { result, requests } = await countedRun(prEvent(h, 7, 'opened'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\(from the tree comparison\): package-lock\.json/);
    expect(result.outputs.gate).toBe('fail');
    expect(gateCheck(h, head).conclusion).toBe('failure');
    const trees = h.gh.requests.filter((r) => r.path.includes('/git/trees/'));
    // 2 truncated recursive + 2 one-level listings of the root, then 2 per changed directory (30)
    expect(trees).toHaveLength(64);
    expect(requests).toBeLessThanOrEqual(100);
  }, 120_000);

  it('a directory too large to list even one level: the step fails naming why, and no green check appears', async () => {
    const { head } = await bigPr(3000, 1);
    h.gh.treeEntryLimit = 1000;
    const result = await run(h, prEvent(h, 7, 'opened'));
    expect(result.code).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /could not compare the trees .*directory a000\/ has too many entries.*refuses to judge/,
    );
    expect(h.repo.checkRunsFor(head, 'soup-gate').some((r) => r.conclusion === 'success')).toBe(false);
    expect(result.outputs.gate).not.toBe('pass');
  }, 120_000);
});

describe('a file list shorter than changed_files', () => {
  it.each([
    ['one file missing (N-1 of N listed)', ['package.json']],
    ['an empty listing', []],
  ])('%s: the lockfile is found from the trees', async (_what, listedFiles) => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main' });
    const head = commitLock(h, BUMPED, { parents: [base] });
    h.repo.addPull({ number: 7, baseSha: base, headSha: head, headRef: 'deps/bump' });
    h.gh.script(
      `GET /repos/${REPO}/pulls/7/files`,
      ...Array.from({ length: 5 }, () => ({
        status: 200,
        body: listedFiles.map((filename) => ({ filename, status: 'modified', additions: 1, deletions: 1 })),
      })),
    );
    const result = await run(h, prEvent(h, 7, 'opened'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\(from the tree comparison\): package-lock\.json/);
    expect(result.outputs.gate).toBe('fail');
    expect(botComment(h, 7).body).toMatch(/express/);
  });

  it('a complete listing is used as is: no compare or tree requests', async () => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main' });
    const head = commitLock(h, BUMPED, { parents: [base] });
    h.repo.addPull({ number: 7, baseSha: base, headSha: head, headRef: 'deps/bump' });
    const { result } = await countedRun(prEvent(h, 7, 'opened'));
    expect(result.stdout).toMatch(/\(from the file list\): package-lock\.json/);
    expect(h.gh.requests.some((r) => /\/compare\/|\/git\/trees\//.test(r.path))).toBe(false);
  });
});
