// Two events for the same PR processed at once (two runAction children in parallel), the way GitHub
// runs workflows without a `concurrency:` group. The last writer must not erase another's ticks.
import { afterEach, describe, expect, it } from 'vitest';
import { faults } from '../fakes/github-server.js';
import { addEvidence, itemIds, openPr, tickedItems, tickItems } from '../hostile/e2e-scenario.js';
import { botComment, editComment, prEvent, REPO, run, startHarness, type Harness } from './gate-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const CHECK_RUNS = `GET /repos/${REPO}/commits/*/check-runs`;
const CHECK_WRITE = /^(PATCH|POST) \/repos\/[^/]+\/[^/]+\/check-runs/;

/** Two reviewers tick different items, a moment apart: two edited events with chained bodies. */
async function twoReviewers(): Promise<{
  head: string;
  first: string[];
  second: string[];
  events: ReturnType<typeof editComment>[];
}> {
  h = await startHarness();
  h.repo.addCollaborator('qa-2', 'write');
  const { head } = openPr(h);
  await run(h, prEvent(h, 7, 'opened'));
  const ids = itemIds(botComment(h, 7).body);
  const first = ids.slice(0, 3);
  const second = ids.slice(3);
  const events = [
    editComment(h, 7, tickItems(first), 'qa-lead'),
    editComment(h, 7, tickItems(second), 'qa-2'),
  ];
  return { head, first, second, events };
}

describe('two reviewers tick at once', () => {
  it('serialised (a concurrency: group per PR), every tick is kept', async () => {
    const { head, events } = await twoReviewers();
    for (const event of events) await run(h, event);
    expect(tickedItems(h, head)).toHaveLength(6);
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(6);
  });

  // RESIDUAL C1 (THREAT-MODEL.md): the action re-reads the state just before writing and reads it back
  // after, merging its own ticks each time, which closes the ordinary overlap. Here both writes are
  // held in flight and land at the same instant; GitHub offers no compare-and-set on check runs, so
  // only serialising the runs (the README's `concurrency:` group per PR) keeps every tick. Whether this
  // adversarial schedule loses ticks depends on which read-back lands last, so it is not asserted.
  it.skip('RESIDUAL C1: two writes landing at the same instant, without a concurrency group', async () => {
    const { head, events } = await twoReviewers();
    // Both runs read the state before either write lands: reads answer after 1.5 s, writes land 1.5 s late.
    h.gh.script(CHECK_RUNS, faults.delay(1500), faults.delay(1500));
    h.gh.script(CHECK_WRITE, faults.delay(1500), faults.delay(1500));
    await Promise.all(events.map((event) => run(h, event)));
    expect(tickedItems(h, head)).toHaveLength(6);
  });
});

describe('a tick and a label at once', () => {
  // RESIDUAL C1, as above: the writes are held in flight to land together.
  it.skip("RESIDUAL C1: a labeled event whose write lands with a tick's, without a concurrency group", async () => {
    h = await startHarness();
    const { head } = openPr(h);
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    const tick = editComment(h, 7, tickItems(itemIds(botComment(h, 7).body)), 'qa-lead');
    h.repo.addLabel(7, 'soup:anomalies-reviewed', 'qa-lead');
    // The tick's run reads first; the label's run reads the same state and writes last.
    h.gh.script(CHECK_RUNS, faults.delay(500), faults.delay(2500));
    h.gh.script(CHECK_WRITE, faults.delay(3000), faults.delay(2000));
    const ticking = run(h, tick);
    await new Promise((resolve) => setTimeout(resolve, 400));
    await Promise.all([ticking, run(h, prEvent(h, 7, 'labeled', { label: 'soup:anomalies-reviewed' }))]);
    expect(tickedItems(h, head)).toHaveLength(6);
  });
});

describe('the same event twice at once (a re-run, a duplicate delivery)', () => {
  async function twice() {
    h = await startHarness();
    const { head } = openPr(h);
    h.gh.script(`GET /repos/${REPO}/issues/7/comments`, faults.delay(1000), faults.delay(1000));
    const results = await Promise.all([run(h, prEvent(h, 7, 'opened')), run(h, prEvent(h, 7, 'opened'))]);
    return { head, results };
  }

  it('gives the same red verdict in both runs and every check run', async () => {
    const { head, results } = await twice();
    expect(results.map((r) => r.outputs.gate)).toEqual(['fail', 'fail']);
    expect(h.repo.checkRunsFor(head, 'soup-gate').every((r) => r.conclusion === 'failure')).toBe(true);
  });

  // Fixed C2: both runs list the comments before either creates one, so both create a sticky
  // comment; after creating, each keeps the oldest and deletes the rest.
  it('C2: leaves one sticky comment', async () => {
    await twice();
    const ours = h.repo.commentsOn(7).filter((c) => c.user === 'github-actions[bot]');
    expect(ours.length, 'duplicate sticky comments').toBe(1);
  });
});
