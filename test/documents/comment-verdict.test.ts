// The sticky comment as a reviewer reads it on GitHub: the verdict with its reason first, what to do
// once, the changes that need an assessment apart from those the policy only lists, and a PR too
// large to assess in one comment told to split, with no checkbox it could never count.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderComment } from '../../src/documents/comment.js';
import { renderCheckOutput } from '../../src/documents/gate-summary.js';
import { readCheckboxes } from '../../src/gate/checkboxes.js';
import { buildChecklist } from '../../src/gate/checklist.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { emptyState } from '../../src/gate/state.js';
import { judgeGate } from '../../src/app/gate-verdict.js';
import { pkg } from '../support/builders.js';
import {
  HEAD,
  SCENARIOS,
  accepted,
  changesOf,
  expressFacts,
  many,
  noLabel,
  render,
  singleBump,
  ticked,
  waiting,
} from './comment-fixtures.js';

/** What a reader sees without opening anything: GFM to HTML, closed <details> reduced to their summary. */
function visibleText(markdown: string): string {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  return html
    .replace(/<details>\s*<summary>([\s\S]*?)<\/summary>[\s\S]*?<\/details>/g, '$1\n')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(amp|lt|gt|quot);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!)
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

describe('the comment a reviewer reads', () => {
  it('single bump with two transitive bumps: the verdict first, one to-do, no table (snapshot)', () => {
    const { body, headline } = render(SCENARIOS.singleBump());
    expect(body.startsWith(`${COMMENT_MARKER}\n## ⛔ Blocked — 3 items open for`)).toBe(true);
    expect(headline).toContain('waiting for a successful <code>integration-tests</code> check run');
    expect(body.slice(0, body.indexOf('Listed, not gated'))).not.toContain('| package |');
    expect(body).toContain(
      'Listed, not gated by policy</b>: 2 transitive changes; the policy gates direct runtime dependencies',
    );
    // Three items and the "all items" box under them.
    expect(body.match(/^- \[ \]/gm)).toHaveLength(4);
    expect(body.match(/^- \[ \] All of the above for <code>express<\/code>/gm)).toHaveLength(1);
    expect(body).toMatchSnapshot();
  });

  it('single bump: at most 1,800 visible characters, the verdict within the first 300', () => {
    const changes = singleBump();
    const text = visibleText(render({ changes, facts: expressFacts(changes) }).body);
    console.info(`single bump: ${text.length} visible characters; verdict at ${text.indexOf('Blocked')}`);
    expect(text.length).toBeLessThanOrEqual(1_800);
    expect(text.indexOf('⛔ Blocked — 3 items open for express 4.19.2 → 4.21.1')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('⛔ Blocked')).toBeLessThan(300);
    // Blockers counted, not repeated: the open items are not listed again as blocker lines.
    expect(text.match(/3 items open/g)).toHaveLength(1);
    expect(text.match(/waiting for a successful/g)).toHaveLength(1);
  });

  it('single bump, assessed: says who assessed it and at which commit, in the check title too', () => {
    const changes = singleBump();
    const result = render({
      changes,
      evidence: accepted,
      state: ticked(changes, ['qa-lead', 'anna-m']),
    });
    expect(result.headline).toBe(
      '✅ Passed — 1 gated change assessed by <code>&#64;anna-m</code> and <code>&#64;qa-lead</code> at <code>e8a5dfd</code>; 2 not gated by policy',
    );
    expect(renderCheckOutput(result.model.verdict, result.headline).title).toBe(
      'Passed — 1 gated change assessed by @anna-m and @qa-lead at e8a5dfd; 2 not gated by policy',
    );
    expect(result.body.match(/^- \[x\]/gm)).toHaveLength(3);
    expect(result.body).toContain('✅ Re-verification: accepted');
  });

  it('grouped update: a table of the gated changes without constant columns, the listed ones apart (snapshot)', () => {
    const { body, headline } = render(SCENARIOS.grouped());
    expect(headline).toBe(
      '⛔ Blocked — 7 items open across 2 changes; re-verification waiting for a successful <code>integration-tests</code> check run on <code>e8a5dfd</code>; label <code>soup&#58;anomalies-reviewed</code> missing; 1 other blocker below',
    );
    expect(body).toContain('| | package | change | bump |');
    expect(body).not.toContain('| ecosystem |');
    expect(body).not.toContain('| lockfile |');
    expect(body).toContain('2 changes (1 transitive, 1 dev-only)');
    expect(body).toMatchSnapshot();
  });

  it('new package: its register entry, anomalies and failure modes to tick (snapshot)', () => {
    const { body } = render(SCENARIOS.newPackage());
    expect(body.split('\n')[1]).toBe(
      '## ⛔ Blocked — 3 items open for <code>path-to-regexp</code> new at <code>0.1.10</code>',
    );
    expect(body).toMatchSnapshot();
  });

  it('all dev-only: nothing to assess, and says why (snapshot)', () => {
    const result = render(SCENARIOS.devOnly());
    expect(result.model.verdict.passed).toBe(true);
    expect(result.headline).toBe(
      '✅ Nothing to assess — 21 dev-only changes; the policy gates direct runtime dependencies',
    );
    expect(renderCheckOutput(result.model.verdict, result.headline).title).toBe(
      'Nothing to assess — 21 dev-only changes; the policy gates direct runtime dependencies',
    );
    expect(result.body).not.toContain('- [');
    expect(result.body).toMatchSnapshot();
  });

  it('names the scope the policy gates', () => {
    const changes = changesOf(
      [pkg('ms', '2.1.2', { direct: false })],
      [pkg('ms', '2.1.3', { direct: false })],
    );
    const policy: Policy = { ...DEFAULT_POLICY, scope: { dependencies: 'direct', includeDev: true } };
    expect(render({ changes, policy }).headline).toBe(
      '✅ Nothing to assess — 1 transitive change; the policy gates direct runtime and dev dependencies',
    );
  });
});

describe('a PR too large to assess in one comment', () => {
  it('is blocked with the split instruction under the verdict and no checkbox at all (snapshot)', () => {
    // Every item ticked: only the size can keep it red, and it must.
    const result = render(SCENARIOS.largePr());
    expect(result.model.verdict.passed).toBe(false);
    expect(result.model.verdict.missing.at(-1)).toBe(
      '1500 gated changes do not fit in one comment and cannot be assessed there: split the PR',
    );
    expect(result.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(result.body).not.toContain('- [ ]');
    expect(result.body).not.toContain('- [x]');
    expect(readCheckboxes(result.body).size).toBe(0);
    const lines = result.body.split('\n');
    expect(lines[1]).toBe(
      '## ⛔ Blocked — 1500 gated changes need more checkboxes than one GitHub comment can carry; split this PR',
    );
    expect(lines[3]).toMatch(/^\*\*Split this PR\.\*\* About \d+ gated changes fit in one comment/);
    expect(renderCheckOutput(result.model.verdict, result.headline).title).toBe(
      'Blocked — 1500 gated changes need more checkboxes than one GitHub comment can carry; split this PR',
    );
    const head = result.body.split('\n').slice(0, 12).join('\n');
    expect(head).toMatchSnapshot();
    // Names sort as people read them: package-number-2 before package-number-10.
    const at = (n: number) => result.body.indexOf(`- <code>package-number-${n}</code>`);
    expect(at(2)).toBeGreaterThan(0);
    expect(at(2)).toBeLessThan(at(10));
    expect(at(10)).toBeLessThan(at(100));
  });

  it('drops the "all items" boxes before any item box when only that makes the comment fit', () => {
    // The smallest PR whose condensed comment fits only without the "all items" boxes.
    let count = 60;
    let result = render({ changes: many(count) });
    while (result.body.includes('All of the above for ') && count < 100)
      result = render({ changes: many(++count) });
    expect(count).toBeLessThan(100);
    expect(result.omitted).toBe(0);
    expect(result.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(result.body.match(/^- \[ \]/gm)).toHaveLength(4 * count);
    // One change fewer still carries them.
    expect(render({ changes: many(count - 1) }).body).toContain('All of the above for ');
    console.log(`"all items" boxes dropped from ${count} gated changes of 4 items`);
  });

  it('keeps every checkbox while the condensed comment fits', () => {
    const changes = many(60);
    const result = render({ changes });
    expect(result.omitted).toBe(0);
    expect(result.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    // 240 items, and one "all items" box under each of the 60 checklists.
    expect(result.body.match(/^- \[ \]/gm)).toHaveLength(300);
    expect(result.body.match(/^- \[ \] All of the above for /gm)).toHaveLength(60);
  });

  it('shows no checkbox when the tick record cannot take more ticks, and stays red', () => {
    const changes = singleBump();
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const reason = 'the tick record for 3 items exceeds what soup-gate can store; split the PR';
    const judged = judgeGate(
      { sections, facts: new Map(), blockers: [], headSha: HEAD, unpassable: [reason] },
      { evidence: accepted, label: noLabel },
      ticked(changes, ['qa-lead']),
    );
    expect(judged.verdict.passed).toBe(false);
    expect(judged.verdict.missing).toEqual([reason]);
    expect(judged.comment.body).not.toMatch(/^- \[[ x]\]/m);
    expect(judged.comment.headline).toBe(`⛔ Blocked — ${reason}; split this PR`);
  });

  it("links the run's job summary for the full table when the run's page is known", () => {
    const run = 'https://github.com/acme/pump/actions/runs/42';
    const large = render(SCENARIOS.largePr());
    expect(large.body).toContain('the full table is in the job summary of the soup-gate run');
    const linked = renderComment({ ...large.model, detailUrl: run });
    expect(linked.body).toContain(`the full table is in the [job summary](${run})`);
    // Through the use case's judge, as the action calls it.
    const changes = singleBump();
    const judged = judgeGate(
      {
        sections: buildChecklist(changes, DEFAULT_POLICY),
        facts: new Map(),
        blockers: [],
        headSha: HEAD,
        unpassable: ['the tick record is full'],
        detailUrl: run,
      },
      { evidence: accepted, label: noLabel },
      ticked(changes, ['qa-lead']),
    );
    expect(judged.comment.body).toContain(`[job summary](${run})`);
  });
});

describe('the check run says the verdict in the same words', () => {
  it('carries the verdict line and every blocker', () => {
    const verdict = evaluateGate({
      sections: [],
      state: emptyState(1),
      evidence: waiting,
      label: noLabel,
      blockers: ['a', 'b'],
    });
    expect(renderCheckOutput(verdict, '⛔ Blocked — 2 other blockers below')).toEqual({
      title: 'Blocked — 2 other blockers below',
      summary: '⛔ Blocked — 2 other blockers below\n\n**Still blocking**\n\n- a\n- b',
    });
  });
});

describe('the "all items" box', () => {
  const allBoxes = (body: string): string[] => body.match(/^- \[[ x]\] All of the above for .*$/gm) ?? [];

  it('is offered while a box is open, and not once every item is ticked one by one', () => {
    const changes = singleBump();
    expect(allBoxes(render({ changes }).body)).toHaveLength(1);
    const everyItem = ticked(changes, ['qa-lead']);
    expect(allBoxes(render({ changes, state: everyItem, evidence: accepted }).body)).toEqual([]);
    // One item open again: the box is back.
    const oneOpen = { ...everyItem, ticks: everyItem.ticks.slice(1) };
    expect(allBoxes(render({ changes, state: oneOpen, evidence: accepted }).body)).toHaveLength(1);
  });
});
