import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { diffInventories, type Change } from '../../src/inventory/diff.js';
import { diffCheckboxes, readCheckboxes } from '../../src/gate/checkboxes.js';
import { allItemsBox, buildChecklist, digestChanges, isGated } from '../../src/gate/checklist.js';
import { evaluateGate, type EvidenceStatus, type LabelStatus } from '../../src/gate/evaluate.js';
import { DEFAULT_POLICY, meetsPermission, type Policy } from '../../src/config/policy.js';
import {
  decodeState,
  emptyState,
  encodeState,
  reconcileTicks,
  type GateState,
} from '../../src/gate/state.js';
import { applyTicks } from '../../src/gate/ticks.js';
import { COMMENT_MARKER, MAX_COMMENT_CHARS, renderComment } from '../../src/documents/comment.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const AT = '2026-11-20T10:00:00Z';
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

function changesOf(base: ReturnType<typeof pkg>[], head: ReturnType<typeof pkg>[]): Change[] {
  return diffInventories(
    inventory(lockfile('package-lock.json', base)),
    inventory(lockfile('package-lock.json', head)),
  ).changes;
}

const grouped = (): Change[] =>
  changesOf(
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

const evidence = (satisfied: boolean): EvidenceStatus => ({
  required: true,
  satisfied,
  description: satisfied
    ? 'successful <code>integration-tests</code> run on <code>a1b2c3d</code>'
    : 'waiting for a successful <code>integration-tests</code> run on <code>a1b2c3d</code>',
});
const label = (present: boolean, required = true): LabelStatus => ({
  name: 'soup:anomalies-reviewed',
  required,
  present,
  reason: '1 known anomaly',
});

function tickAll(state: GateState, changes: Change[], policy: Policy = DEFAULT_POLICY): GateState {
  const sections = buildChecklist(changes, policy);
  const before = renderComment({
    sections,
    state,
    verdict: evaluateGate({ sections, state, evidence: evidence(false), label: label(false) }),
    evidence: evidence(false),
    label: label(false),
    headSha: HEAD,
  }).body;
  // Every item's own box; the "all items" boxes have tests of their own (test/gate/all-items-box.test.ts).
  const after = before.replace(/^- \[ \](?!.*soup-gate:item all-)/gm, '- [x]');
  return applyTicks(state, diffCheckboxes(before, after), {
    actor: 'qa-lead',
    refusal: null,
    at: AT,
    headSha: HEAD,
    sections,
  }).state;
}

describe('checklist', () => {
  it('gates direct runtime changes by default and lists the rest', () => {
    const sections = buildChecklist(grouped(), DEFAULT_POLICY);
    expect(
      sections.map(
        (s) =>
          `${s.change.type} ${s.change.name} ${s.gated ? 'gated' : 'listed'} ${s.items.map((i) => i.kind).join(',')}`,
      ),
    ).toEqual([
      'updated body-parser listed ',
      'updated express gated release-notes,anomalies,requirements,regulatory',
      'updated jest listed ',
      'removed left-pad gated risk-controls',
      'added path-to-regexp gated register-entry,anomalies,failure-modes',
    ]);
  });

  it('gates everything with scope all and include-dev', () => {
    const policy: Policy = { ...DEFAULT_POLICY, scope: { dependencies: 'all', includeDev: true } };
    expect(grouped().every((change) => isGated(change, policy))).toBe(true);
  });

  it('gives the same item ids for the same change and new ones when the target moves', () => {
    const a = buildChecklist(
      changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.1')]),
      DEFAULT_POLICY,
    )[0]!;
    const b = buildChecklist(
      changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.1')]),
      DEFAULT_POLICY,
    )[0]!;
    const c = buildChecklist(
      changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.2')]),
      DEFAULT_POLICY,
    )[0]!;
    expect(a.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));
    expect(a.items.map((i) => i.id).filter((id) => c.items.some((j) => j.id === id))).toEqual([]);
  });
});

describe('ticks', () => {
  it('records an authorised tick with who, when, at which SHA and for which change', () => {
    const changes = changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.1')]);
    const state = tickAll(emptyState(7), changes);
    expect(state.ticks).toHaveLength(3);
    expect(state.ticks[0]).toMatchObject({ by: 'qa-lead', at: AT, sha: HEAD });
    expect(state.ticks[0]!.target).toContain('express');
  });

  it('reverts ticks by someone the policy refuses and says so', () => {
    const changes = changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.1')]);
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const state = emptyState(7);
    const body = renderComment({
      sections,
      state,
      verdict: evaluateGate({ sections, state, evidence: evidence(true), label: label(true, false) }),
      evidence: evidence(true),
      label: label(true, false),
      headSha: HEAD,
    }).body;
    const outcome = applyTicks(state, diffCheckboxes(body, body.replace('- [ ]', '- [x]')), {
      actor: 'pr-author',
      refusal: 'the PR author may not assess their own change',
      at: AT,
      headSha: HEAD,
      sections,
    });
    expect(outcome.state.ticks).toEqual([]);
    expect(outcome.rejected).toBe(1);
    expect(outcome.state.notes.at(-1)!.text).toContain('pr-author');
  });

  it('notes an edit of anything but checkboxes, and a forged item line is no item', () => {
    const changes = changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.1')]);
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const body = renderComment({
      sections,
      state: emptyState(7),
      verdict: evaluateGate({ sections, state: emptyState(7), evidence: evidence(true), label: label(true) }),
      evidence: evidence(true),
      label: label(true),
      headSha: HEAD,
    }).body;
    const forged = `${body}\n- [x] Everything approved <!-- soup-gate:item release-notes-0123456789abcdef -->`;
    const edit = diffCheckboxes(body, forged);
    expect(edit.otherEdits).toBe(true);
    expect(edit.toggles).toEqual([]);
    const outcome = applyTicks(emptyState(7), edit, {
      actor: 'mallory',
      refusal: null,
      at: AT,
      headSha: HEAD,
      sections,
    });
    expect(outcome.state.ticks).toEqual([]);
    expect(outcome.state.notes.at(-1)!.text).toContain('reverted');
  });

  it('keeps ticks across a push that keeps versions and drops only the moved package', () => {
    const before = changesOf(
      [pkg('express', '4.19.2'), pkg('ms', '2.1.2')],
      [pkg('express', '4.21.1'), pkg('ms', '2.1.3')],
    );
    const state = tickAll(emptyState(7), before);
    expect(state.ticks).toHaveLength(6);
    const pushed = changesOf(
      [pkg('express', '4.19.2'), pkg('ms', '2.1.2')],
      [pkg('express', '4.21.2'), pkg('ms', '2.1.3')],
    );
    const ids = new Set(buildChecklist(pushed, DEFAULT_POLICY).flatMap((s) => s.items.map((i) => i.id)));
    const kept = reconcileTicks(state, ids);
    expect(kept.ticks.map((t) => (JSON.parse(t.target) as string[])[2])).toEqual(['ms', 'ms', 'ms']);
    const same = new Set(buildChecklist(before, DEFAULT_POLICY).flatMap((s) => s.items.map((i) => i.id)));
    expect(reconcileTicks(state, same).ticks).toHaveLength(6);
  });

  it('round-trips: render, tick, apply, render again keeps every tick', () => {
    const changeSets = fc.array(
      fc.record({ name: fc.constantFrom('a', 'b', 'c', 'd'), from: fc.nat(5), to: fc.nat(5) }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(changeSets, fc.array(fc.boolean(), { maxLength: 30 }), (specs, choices) => {
        const base = specs.map((s) => pkg(s.name, `1.${s.from}.0`));
        const head = specs.map((s) => pkg(s.name, `1.${s.to}.0`));
        const changes = changesOf(base, head);
        const sections = buildChecklist(changes, DEFAULT_POLICY);
        const render = (state: GateState): string =>
          renderComment({
            sections,
            state,
            verdict: evaluateGate({ sections, state, evidence: evidence(true), label: label(true) }),
            evidence: evidence(true),
            label: label(true),
            headSha: HEAD,
          }).body;
        const first = render(emptyState(1));
        let index = 0;
        const ticked = first.replace(/^- \[ \]/gm, (m) => (choices[index++] ? '- [x]' : m));
        const state = applyTicks(emptyState(1), diffCheckboxes(first, ticked), {
          actor: 'qa',
          refusal: null,
          at: AT,
          headSha: HEAD,
          sections,
        }).state;
        const second = render(state);
        const boxes = readCheckboxes(ticked);
        // A ticked "all items" box ticks every item of its section too.
        const expanded = sections.flatMap((s) => {
          const all = allItemsBox(s);
          return all !== undefined && boxes.get(all) ? s.items.map((i) => i.id) : [];
        });
        const wanted = [
          ...new Set([...[...boxes].filter(([, on]) => on).map(([id]) => id), ...expanded]),
        ].sort();
        const shown = [...readCheckboxes(second)]
          .filter(([, on]) => on)
          .map(([id]) => id)
          .sort();
        expect(shown).toEqual(wanted);
        expect(decodeState(encodeState(state), 1)).toEqual(state);
      }),
      { numRuns: 200 },
    );
  });
});

describe('state', () => {
  it('decodes only well-formed state for the same PR', () => {
    const state = { ...emptyState(3), ticks: [{ item: 'x', by: 'a', at: AT, sha: HEAD, target: 't' }] };
    expect(decodeState(`text ${encodeState(state)} more`, 3)).toEqual(state);
    expect(decodeState(encodeState(state), 4)).toBeUndefined();
    expect(decodeState('<!-- soup-gate:state !!! -->', 3)).toBeUndefined();
    expect(
      decodeState(
        `<!-- soup-gate:state ${Buffer.from('{"version":1,"pr":3,"ticks":"no"}').toString('base64url')} -->`,
        3,
      ),
    ).toBeUndefined();
  });
});

describe('evaluateGate', () => {
  it('passes only with every item ticked, evidence verified and the label present', () => {
    const changes = changesOf([pkg('express', '4.19.2')], [pkg('express', '4.21.1')]);
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const ticked = tickAll(emptyState(7), changes);
    expect(
      evaluateGate({ sections, state: ticked, evidence: evidence(true), label: label(true) }).passed,
    ).toBe(true);
    expect(
      evaluateGate({ sections, state: emptyState(7), evidence: evidence(true), label: label(true) }).missing,
    ).toEqual([
      '<code>express</code> <code>4.19.2</code> → <code>4.21.1</code>: 3 of 3 checklist items open',
    ]);
    expect(
      evaluateGate({ sections, state: ticked, evidence: evidence(false), label: label(true) }).missing[0],
    ).toMatch(/^re-verification evidence/);
    expect(
      evaluateGate({ sections, state: ticked, evidence: evidence(true), label: label(false) }).missing[0],
    ).toMatch(/label .* missing/);
    expect(
      evaluateGate({
        sections,
        state: ticked,
        evidence: evidence(true),
        label: { ...label(true), problem: 'applied by <code>x</code>' },
      }).passed,
    ).toBe(false);
    expect(
      evaluateGate({
        sections,
        state: ticked,
        evidence: evidence(true),
        label: label(true),
        blockers: ['anomalies not checked'],
      }).passed,
    ).toBe(false);
  });

  it('passes with nothing to assess when no change is in scope', () => {
    const changes = changesOf(
      [pkg('ms', '2.1.2', { direct: false })],
      [pkg('ms', '2.1.3', { direct: false })],
    );
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    expect(
      evaluateGate({ sections, state: emptyState(1), evidence: evidence(false), label: label(false) }).passed,
    ).toBe(true);
  });

  it('compares permissions by rank', () => {
    expect(meetsPermission('admin', 'write')).toBe(true);
    expect(meetsPermission('triage', 'write')).toBe(false);
    expect(meetsPermission('bogus', 'read')).toBe(false);
  });
});

describe('renderComment', () => {
  const toHtml = (markdown: string): string =>
    micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

  it("links the commit of each tick and of the evaluation to this repository's commit page", () => {
    const changes = grouped();
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const state = tickAll(emptyState(7), changesOf([pkg('left-pad', '1.3.0')], []));
    const model = {
      sections,
      state,
      verdict: evaluateGate({ sections, state, evidence: evidence(false), label: label(false) }),
      evidence: evidence(false),
      label: label(false),
      headSha: HEAD,
    };
    const page = `https://github.com/acme/pump/commit/${HEAD}`;
    const linked = renderComment({ ...model, repoUrl: 'https://github.com/acme/pump' }).body;
    expect(linked).toContain(`— <code>qa-lead</code>, 2026-11-20, at [<code>a1b2c3d</code>](${page}) <!--`);
    expect(linked).toContain(`Evaluated at [<code>a1b2c3d</code>](${page}).</sub>`);
    expect(toHtml(linked)).toContain(`<a href="${page}">`);
    // Without the repository's address the SHA stays plain code.
    expect(renderComment(model).body).not.toContain('/commit/');
  });

  it('renders the grouped update a reviewer sees (snapshot) as GFM with task items', () => {
    const changes = grouped();
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const state = tickAll(emptyState(7), changesOf([pkg('left-pad', '1.3.0')], []));
    const verdict = evaluateGate({ sections, state, evidence: evidence(false), label: label(false) });
    const { body } = renderComment({
      sections,
      state,
      verdict,
      evidence: evidence(false),
      label: label(false),
      headSha: HEAD,
    });
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body).toMatchSnapshot();
    const html = toHtml(body);
    // 8 items, and an "all items" box under each of the two checklists with more than one.
    expect(html.match(/<input type="checkbox" disabled=""/g)?.length).toBe(10);
    expect(html.match(/<input type="checkbox" disabled="" checked=""/g)?.length).toBe(1);
  });

  it('renders hostile names inert', () => {
    const changes = changesOf(
      [],
      [pkg('<img src=x onerror=alert(1)>', '1.0.0|`x`'), pkg('[a](javascript:alert(1))', '<!--')],
    );
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const state = emptyState(1);
    const { body } = renderComment({
      sections,
      state,
      verdict: evaluateGate({ sections, state, evidence: evidence(false), label: label(false) }),
      evidence: evidence(false),
      label: label(false),
      headSha: HEAD,
    });
    const html = toHtml(body);
    expect(html).not.toMatch(/<img|<a href="javascript|<!--(?! soup-gate)/);
  });

  it('shows a change set too large for one comment without checkboxes, says to split, and keeps under the limit', () => {
    const many = Array.from({ length: 1500 }, (_, i) => pkg(`package-number-${i}`, '1.0.0'));
    const changes = changesOf(
      many,
      many.map((p) => ({ ...p, version: '2.0.0', purl: p.purl.replace('1.0.0', '2.0.0') })),
    );
    const sections = buildChecklist(changes, DEFAULT_POLICY);
    const state = emptyState(1);
    const { body, omitted } = renderComment({
      sections,
      state,
      verdict: evaluateGate({ sections, state, evidence: evidence(false), label: label(false) }),
      evidence: evidence(false),
      label: label(false),
      headSha: HEAD,
    });
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(omitted).toBe(1500);
    expect(body).toContain('1500 gated changes need more checkboxes than one GitHub comment can carry');
    expect(body).toContain('**Split this PR.**');
    expect(readCheckboxes(body).size).toBe(0);
  });

  it('digests the change set independently of order', () => {
    const changes = grouped();
    expect(digestChanges(changes)).toBe(digestChanges([...changes].reverse()));
    expect(digestChanges(changes)).not.toBe(digestChanges(changes.slice(1)));
  });
});
