// End to end: big grouped PRs keep every tick. dist/index.js against the fake GitHub (which refuses
// check-run fields over 65,535 characters, as GitHub does): ticked, pushed (README only) and merged,
// the change record lists every tick with who, when and the head SHA. Each event writes the state
// once; requests per event are counted.
//
// The large scenario runs 1,000 packages (3,000 items) in `npm test`; SOUP_GATE_TICKS_PACKAGES=3000
// runs the 3,000-package one (9,000 items), which takes longer than the normal suite should.
import { afterEach, describe, expect, it } from 'vitest';
import { parseChangeRecord } from '../../src/documents/change-record.js';
import { STATE_COMPRESSION } from '../../src/app/gate-state.js';
import { itemId, type ItemKind } from '../../src/gate/checklist.js';
import { type Tick } from '../../src/gate/state.js';
import { encodeStateRecord, layOutStateOutput } from '../../src/gate/state-record.js';
import { changeKey } from '../../src/inventory/change-key.js';
import type { Change } from '../../src/inventory/diff.js';
import { storedState } from '../hostile/e2e-scenario.js';
import type { ActionResult } from '../fakes/run-action.js';
import { pullRequestTargetEvent } from '../fakes/webhook-events.js';
import type { LockPackage } from '../support/lockfile-text.js';
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

const LARGE = Number(process.env.SOUP_GATE_TICKS_PACKAGES ?? 1000);
const KINDS: ItemKind[] = ['release-notes', 'anomalies', 'requirements'];
const name = (i: number) => `@some-very-long-scope/some-very-long-package-name-${String(i).padStart(4, '0')}`;
const packages = (count: number, version: string): LockPackage[] =>
  Array.from({ length: count }, (_, i) => ({ name: name(i), version, direct: true }));

interface Measured {
  result: ActionResult;
  requests: number;
  checkWrites: number;
  ms: number;
}

/** Runs one event and counts what it cost: requests, check-run writes, wall time. */
async function measure(event: Parameters<typeof run>[1]): Promise<Measured> {
  h.gh.clearRequests();
  const started = performance.now();
  const result = await run(h, event);
  const ms = Math.round(performance.now() - started);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  const checkWrites = h.gh.requests.filter(
    (r) => r.method !== 'GET' && r.path.startsWith(`/repos/${REPO}/check-runs`),
  ).length;
  return { result, requests: h.gh.requests.length, checkWrites, ms };
}

function addEvidence(sha: string): void {
  h.repo.addCheckRun({ name: 'integration-tests', headSha: sha, status: 'completed', conclusion: 'success' });
}

/** A grouped update of `count` direct packages from 1.0.0 to 1.1.0 (3 items each), with evidence. */
function openGroupedPr(count: number): { base: string; head: string } {
  const base = commitLock(h, packages(count, '1.0.0'), { branch: 'main' });
  const head = commitLock(h, packages(count, '1.1.0'), { parents: [base] });
  h.repo.addPull({
    number: 7,
    baseSha: base,
    headSha: head,
    headRef: 'renovate/all-minor-patch',
    user: 'renovate[bot]',
    title: `Update ${count} dependencies`,
  });
  addEvidence(head);
  return { base, head };
}

/** A push that only edits the README: no SOUP change, so every tick must stay. */
async function pushReadme(count: number, head: string): Promise<{ sha: string; event: Measured }> {
  const sha = commitLock(h, packages(count, '1.1.0'), {
    parents: [head],
    extra: { 'README.md': '# infusion pump\n\nnew text\n' },
  });
  h.repo.pulls.get(7)!.head.sha = sha;
  addEvidence(sha);
  return { sha, event: await measure(prEvent(h, 7, 'synchronize', { before: head })) };
}

/** GitHub merges the PR; the bot's on-merge run writes the change record. */
async function mergePr(): Promise<{
  record: ReturnType<typeof parseChangeRecord>;
  text: string;
  event: Measured;
}> {
  const pull = h.repo.pulls.get(7)!;
  const mergedAt = '2026-03-02T13:00:00Z';
  const mergeSha = h.repo.commit({
    files: { ...h.repo.files('main'), ...h.repo.files(pull.head.sha) },
    parents: [h.repo.branchSha('main')!, pull.head.sha],
    message: 'Merge pull request #7',
    branch: 'main',
  });
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    mergedAt,
    mergeCommitSha: mergeSha,
    closedAt: mergedAt,
  });
  h.repo.issues.get(7)!.state = 'closed';
  const event = await measure(
    pullRequestTargetEvent({
      action: 'closed',
      merged: true,
      mergeCommitSha: mergeSha,
      repo: REPO,
      number: 7,
      baseSha: pull.base.sha,
      headSha: pull.head.sha,
      headRef: pull.head.ref,
      author: pull.user,
      sender: 'repo-admin',
      labels: [],
    }),
  );
  const text = h.repo.files('main')['soup/changes/2026-03-02-pr-7.md']!;
  return { record: parseChangeRecord(text), text, event };
}

function report(label: string, events: Record<string, Measured>): void {
  const lines = Object.entries(events).map(
    ([event, m]) => `${event}: ${m.requests} requests, ${m.checkWrites} check-run write(s), ${m.ms} ms`,
  );
  console.info(`${label}\n  ${lines.join('\n  ')}`);
}

describe('a 60-update grouped PR (180 items)', () => {
  it('ticked in full goes green, keeps every tick over a README push, and merges with all 180 in the record', async () => {
    h = await startHarness();
    const { head } = openGroupedPr(60);
    const opened = await measure(prEvent(h, 7, 'opened'));
    expect(opened.result.outputs.gate).toBe('fail');

    const ticked = await measure(editComment(h, 7, tickAll, 'qa-lead'));
    expect(ticked.result.outputs.gate, ticked.result.outputs.missing).toBe('pass');
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(180);
    const stored = storedState(h, head)!;
    expect(stored.ticks).toHaveLength(180);
    // Version 1 needed about 51,000 characters here and was cut; version 2 is a fraction of it.
    const run = h.repo.checkRunsFor(head, 'soup-gate')[0]!;
    expect(run.output.text!.length).toBeLessThan(10_000);

    const pushed = await pushReadme(60, head);
    expect(pushed.event.result.outputs.gate, pushed.event.result.outputs.missing).toBe('pass');
    expect(gateCheck(h, pushed.sha).conclusion).toBe('success');
    expect(storedState(h, pushed.sha)!.ticks).toEqual(stored.ticks);
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(180);

    const merged = await mergePr();
    expect(merged.record!.checklist).toHaveLength(180);
    for (const item of merged.record!.checklist) {
      expect(item.tickedBy).toBe('qa-lead');
      expect(item.atSha).toBe(head);
      expect(item.tickedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    }
    expect(merged.text).toContain('180 of 180 items ticked.');

    for (const event of [opened, ticked, pushed.event]) expect(event.checkWrites).toBe(1);
    report('60 updates', { opened, ticked, 'README push': pushed.event, merged: merged.event });
  });
});

/** The change the gate builds for package i (npm lockfile, direct, 1.0.0 → 1.1.0). */
function changeOf(i: number): Change {
  return {
    type: 'updated',
    ecosystem: 'npm',
    name: name(i),
    from: '1.0.0',
    to: '1.1.0',
    lockfile: 'package-lock.json',
  } as Change;
}

describe(`a ${LARGE}-package grouped PR (${LARGE * 3} items)`, () => {
  // The comment cannot show this many changes (GitHub caps a comment at 65,536 characters), so the
  // gate blocks with "do not fit in one comment" and the comment shows no checkbox; what is tested here is the tick store: a record of
  // every item ticked, stored by the bot's own check run as a reviewer's edits would have left it,
  // survives a README push and reaches the change record whole.
  it(
    'keeps every tick over a README push and merges with all of them in the record',
    { timeout: 600_000 },
    async () => {
      h = await startHarness();
      const { head } = openGroupedPr(LARGE);
      const opened = await measure(prEvent(h, 7, 'opened'));
      expect(opened.result.outputs.missing).toContain('do not fit in one comment');

      // The comment says to split and offers no checkbox: no tick there could make the gate pass.
      const opening = botComment(h, 7).body;
      expect(opening).toContain('**Split this PR.**');
      expect(opening).not.toMatch(/^- \[[ xX]\]/m);
      expect(opening).not.toContain('<!-- soup-gate:item ');
      const ticks: Tick[] = [];
      for (let i = 0; i < LARGE; i++) {
        const target = changeKey(changeOf(i));
        for (const kind of KINDS) {
          ticks.push({
            item: itemId(target, kind),
            by: 'qa-lead',
            at: '2026-03-02T09:15:00.000Z',
            sha: head,
            target,
          });
        }
      }
      // The ids built here are the gate's own: the gate keeps only ticks of items it has (below).
      const ids = new Set(ticks.map((t) => t.item));

      const run = h.repo.checkRunsFor(head, 'soup-gate')[0]!;
      const record = encodeStateRecord({ version: 1, pr: 7, ticks, notes: [] }, STATE_COMPRESSION);
      run.output = { ...run.output, ...layOutStateOutput(record, run.output.summary ?? '')! };
      console.info(`${LARGE * 3} ticks: record of ${record.length} characters`);

      const pushed = await pushReadme(LARGE, head);
      expect(pushed.event.checkWrites).toBe(1);
      const kept = storedState(h, pushed.sha)!;
      expect(kept.ticks).toHaveLength(LARGE * 3);
      expect(new Set(kept.ticks.map((t) => t.item))).toEqual(ids);
      expect(pushed.event.result.outputs.missing).not.toMatch(/checklist items open/);

      const merged = await mergePr();
      expect(merged.record!.checklist).toHaveLength(LARGE * 3);
      expect(merged.record!.checklist.every((c) => c.tickedBy === 'qa-lead' && c.atSha === head)).toBe(true);
      expect(merged.record!.checklist.every((c) => c.tickedAt === '2026-03-02T09:15:00.000Z')).toBe(true);
      expect(merged.text).toContain(`${LARGE * 3} of ${LARGE * 3} items ticked.`);
      report(`${LARGE} packages`, { opened, 'README push': pushed.event, merged: merged.event });
    },
  );
});
