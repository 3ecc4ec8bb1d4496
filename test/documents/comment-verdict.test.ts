// The sticky comment as a reviewer reads it on GitHub: the verdict with its reason first, what to do
// once, the changes that need an assessment apart from those the policy only lists, and a PR too
// large to assess in one comment told to split, with no checkbox it could never count.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js';
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  renderComment,
  type CommentModel,
} from '../../src/documents/comment.js';
import { renderCheckOutput } from '../../src/documents/gate-summary.js';
import { readCheckboxes } from '../../src/gate/checkboxes.js';
import { buildChecklist, type ChangeFacts } from '../../src/gate/checklist.js';
import { evaluateGate, type EvidenceStatus, type LabelStatus } from '../../src/gate/evaluate.js';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { diffInventories, type Change } from '../../src/inventory/diff.js';
import { judgeGate } from '../../src/app/gate-verdict.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const HEAD = 'e8a5dfd4e5f60718293a4b5c6d7e8f9012345678';
const AT = '2026-11-20T10:00:00Z';

function changesOf(base: ReturnType<typeof pkg>[], head: ReturnType<typeof pkg>[]): Change[] {
  return diffInventories(
    inventory(lockfile('package-lock.json', base)),
    inventory(lockfile('package-lock.json', head)),
  ).changes;
}

const waiting: EvidenceStatus = {
  required: true,
  satisfied: false,
  description: 'waiting for a successful <code>integration-tests</code> check run on <code>e8a5dfd</code>',
};
const accepted: EvidenceStatus = {
  required: true,
  satisfied: true,
  description:
    'accepted: [successful <code>integration-tests</code> check run](https://github.com/acme/pump/runs/1) on <code>e8a5dfd</code>',
};
const noLabel: LabelStatus = { name: 'soup:anomalies-reviewed', required: false, present: false, reason: '' };
const labelMissing: LabelStatus = {
  name: 'soup:anomalies-reviewed',
  required: true,
  present: false,
  reason: '1 known anomaly',
};

interface Scenario {
  changes: Change[];
  policy?: Policy;
  state?: GateState;
  evidence?: EvidenceStatus;
  label?: LabelStatus;
  facts?: Map<string, string>;
  blockers?: string[];
}

function ticked(changes: Change[], who: string[], policy: Policy = DEFAULT_POLICY): GateState {
  const sections = buildChecklist(changes, policy);
  const items = sections.flatMap((s) => s.items.map((i) => ({ item: i.id, target: s.key })));
  return {
    ...emptyState(7),
    ticks: items.map((x, i) => ({ ...x, by: who[i % who.length]!, at: AT, sha: HEAD })),
  };
}

function render(scenario: Scenario): ReturnType<typeof renderComment> & { model: CommentModel } {
  const policy = scenario.policy ?? DEFAULT_POLICY;
  const itemFacts = new Map<string, ChangeFacts>(
    scenario.changes.map((c) => [
      changeKey(c),
      {
        releaseNotes: {
          url: `https://github.com/acme/${c.name}/compare/${c.from}...${c.to}`,
          kind: 'compare',
        },
        anomalies: { present: [], fixed: [] },
      },
    ]),
  );
  const sections = buildChecklist(scenario.changes, policy, itemFacts);
  const state = scenario.state ?? emptyState(7);
  const evidence = scenario.evidence ?? waiting;
  const label = scenario.label ?? noLabel;
  const judged = judgeGate(
    {
      sections,
      facts: scenario.facts ?? new Map(),
      blockers: scenario.blockers ?? [],
      headSha: HEAD,
      scope: policy.scope,
    },
    { evidence, label },
    state,
  );
  const model: CommentModel = { sections, state, evidence, label, headSha: HEAD, verdict: judged.verdict };
  return { ...judged.comment, model };
}

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

const singleBump = (): Change[] =>
  changesOf(
    [
      pkg('express', '4.19.2'),
      pkg('body-parser', '1.20.2', { direct: false }),
      pkg('qs', '6.11.0', { direct: false }),
    ],
    [
      pkg('express', '4.21.1'),
      pkg('body-parser', '1.20.3', { direct: false }),
      pkg('qs', '6.13.0', { direct: false }),
    ],
  );

const expressFacts = (changes: Change[]): Map<string, string> =>
  new Map([
    [
      changeKey(changes.find((c) => c.name === 'express')!),
      'anomalies: none known (fixes 2) — licence: <code>MIT</code> (unchanged)',
    ],
  ]);

describe('the comment a reviewer reads', () => {
  it('single bump with two transitive bumps: the verdict first, one to-do, no table (snapshot)', () => {
    const changes = singleBump();
    const { body, headline } = render({ changes, facts: expressFacts(changes) });
    expect(body.startsWith(`${COMMENT_MARKER}\n## ⛔ Blocked — 3 items open for`)).toBe(true);
    expect(headline).toContain('waiting for a successful <code>integration-tests</code> check run');
    expect(body.slice(0, body.indexOf('Listed, not gated'))).not.toContain('| package |');
    expect(body).toContain(
      'Listed, not gated by policy</b>: 2 transitive changes; the policy gates direct runtime dependencies',
    );
    expect(body.match(/^- \[ \]/gm)).toHaveLength(3);
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
    const changes = changesOf(
      [
        pkg('express', '4.19.2'),
        pkg('body-parser', '1.20.2', { direct: false }),
        pkg('left-pad', '1.3.0'),
        pkg('jest', '29.7.0', { scope: 'dev' }),
      ],
      [
        pkg('express', '5.0.0'),
        pkg('body-parser', '1.20.3', { direct: false }),
        pkg('path-to-regexp', '0.1.10'),
        pkg('jest', '30.0.0', { scope: 'dev' }),
      ],
    );
    const { body, headline } = render({
      changes,
      label: labelMissing,
      state: ticked(changesOf([pkg('left-pad', '1.3.0')], []), ['qa-lead']),
      blockers: ['register entry for <code>path-to-regexp</code>: no entry in soup/register.yml'],
    });
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
    const changes = changesOf(
      [pkg('express', '4.21.1')],
      [pkg('express', '4.21.1'), pkg('path-to-regexp', '0.1.10')],
    );
    const { body } = render({ changes, evidence: accepted });
    expect(body.split('\n')[1]).toBe(
      '## ⛔ Blocked — 3 items open for <code>path-to-regexp</code> new at <code>0.1.10</code>',
    );
    expect(body).toMatchSnapshot();
  });

  it('all dev-only: nothing to assess, and says why (snapshot)', () => {
    const names = Array.from({ length: 21 }, (_, i) => `dev-tool-${String(i).padStart(2, '0')}`);
    const changes = changesOf(
      names.map((n) => pkg(n, '1.0.0', { scope: 'dev' })),
      names.map((n) => pkg(n, '1.1.0', { scope: 'dev' })),
    );
    const result = render({ changes });
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
  const many = (count: number): Change[] => {
    const base = Array.from({ length: count }, (_, i) => pkg(`package-number-${i}`, '1.0.0'));
    return changesOf(
      base,
      base.map((p) => ({ ...p, version: '2.0.0', purl: p.purl.replace('1.0.0', '2.0.0') })),
    );
  };

  it('is blocked with the split instruction under the verdict and no checkbox at all (snapshot)', () => {
    const changes = many(1500);
    // Every item ticked: only the size can keep it red, and it must.
    const result = render({ changes, evidence: accepted, state: ticked(changes, ['qa-lead']) });
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
  });

  it('keeps every checkbox while the condensed comment fits', () => {
    const changes = many(60);
    const result = render({ changes });
    expect(result.omitted).toBe(0);
    expect(result.body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(result.body.match(/^- \[ \]/gm)).toHaveLength(240);
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
