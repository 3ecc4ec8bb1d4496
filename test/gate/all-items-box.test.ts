// The "all items" box of a package's checklist: expanded into per-item ticks in the name of whoever
// ticked it, under the same rules as a single tick, and undone without touching anyone else's ticks.
import { describe, expect, it } from 'vitest';
import { STATE_COMPRESSION } from '../../src/app/gate-state.js';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { checklistRecords } from '../../src/documents/change-record-rows.js';
import { allItemsBox, buildChecklist, tickableIds, type ChecklistSection } from '../../src/gate/checklist.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { decodeStateOutput, encodeStateRecord, layOutStateOutput } from '../../src/gate/state-record.js';
import { emptyState, reconcileTicks, type GateState } from '../../src/gate/state.js';
import { mergeTicks, tickChanges } from '../../src/gate/tick-merge.js';
import { applyTicks } from '../../src/gate/ticks.js';
import { diffInventories, type Change } from '../../src/inventory/diff.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const SHA1 = '1111111111111111111111111111111111111111';
const SHA2 = '2222222222222222222222222222222222222222';

const changes: Change[] = diffInventories(
  inventory(lockfile('package-lock.json', [pkg('express', '4.19.2'), pkg('left-pad', '1.3.0')])),
  inventory(lockfile('package-lock.json', [pkg('express', '5.0.0')])),
).changes;
const sections = buildChecklist(changes, DEFAULT_POLICY);
const express = sections.find((s) => s.change.name === 'express')!;
const leftPad = sections.find((s) => s.change.name === 'left-pad')!;
const allBox = allItemsBox(express)!;
const ids = (section: ChecklistSection) => section.items.map((i) => i.id);

/** One person's edit: these boxes toggled to `checked`. */
function toggle(
  state: GateState,
  actor: string,
  at: string,
  boxes: Array<[string, boolean]>,
  options: { refusal?: string | null; sha?: string } = {},
) {
  return applyTicks(
    state,
    { toggles: boxes.map(([item, checked]) => ({ item, checked })), otherEdits: false },
    { actor, refusal: options.refusal ?? null, at, headSha: options.sha ?? SHA1, sections },
  );
}

const ticked = (state: GateState, items: readonly string[]) =>
  items.map((item) => state.ticks.find((t) => t.item === item)?.by ?? null);

describe('the "all items" box', () => {
  it('is offered under gated checklists of more than one item only', () => {
    expect(express.items).toHaveLength(4);
    expect(allBox).toMatch(/^all-[0-9a-f]{16}$/);
    expect(leftPad.items).toHaveLength(1);
    expect(allItemsBox(leftPad)).toBeUndefined();
    expect(allItemsBox({ ...express, gated: false })).toBeUndefined();
    expect(tickableIds(sections)).toEqual(new Set([...ids(express), allBox, ...ids(leftPad)]));
  });

  it('ticks every open item in the name of who ticked it, with when and at which commit', () => {
    const { state, accepted, rejected } = toggle(emptyState(5), 'qa-lead', '2026-11-20T10:00:00.000Z', [
      [allBox, true],
    ]);
    expect({ accepted, rejected }).toEqual({ accepted: 1, rejected: 0 });
    for (const item of ids(express))
      expect(state.ticks.find((t) => t.item === item)).toEqual({
        item,
        by: 'qa-lead',
        at: '2026-11-20T10:00:00.000Z',
        sha: SHA1,
        target: express.key,
      });
    // The other package's item is not this box's.
    expect(ticked(state, ids(leftPad))).toEqual([null]);
    const verdict = evaluateGate({
      sections: [express],
      state,
      evidence: { required: false, satisfied: true, description: '' },
      label: { name: 'l', required: false, present: false, reason: '' },
    });
    expect(verdict).toMatchObject({ passed: true, open: 0, total: 4 });
  });

  it("leaves an item someone already ticked with that person's tick", () => {
    const first = toggle(emptyState(5), 'ra-lead', '2026-11-20T09:00:00.000Z', [[ids(express)[0]!, true]], {
      sha: SHA2,
    }).state;
    const { state } = toggle(first, 'qa-lead', '2026-11-20T10:00:00.000Z', [[allBox, true]]);
    expect(ticked(state, ids(express))).toEqual(['ra-lead', 'qa-lead', 'qa-lead', 'qa-lead']);
    expect(state.ticks.find((t) => t.item === ids(express)[0])).toMatchObject({ sha: SHA2 });
  });

  it('unticked, removes only the ticks it added', () => {
    let state = toggle(emptyState(5), 'ra-lead', '2026-11-20T09:00:00.000Z', [
      [ids(express)[0]!, true],
    ]).state;
    // The same person ticked one item earlier, by itself: that tick is not the box's.
    state = toggle(state, 'qa-lead', '2026-11-20T09:30:00.000Z', [[ids(express)[1]!, true]]).state;
    state = toggle(state, 'qa-lead', '2026-11-20T10:00:00.000Z', [[allBox, true]]).state;
    expect(ticked(state, ids(express))).toEqual(['ra-lead', 'qa-lead', 'qa-lead', 'qa-lead']);
    state = toggle(state, 'qa-lead', '2026-11-20T11:00:00.000Z', [[allBox, false]]).state;
    expect(ticked(state, ids(express))).toEqual(['ra-lead', 'qa-lead', null, null]);
    expect(ticked(state, [allBox])).toEqual([null]);
  });

  it('is unticked by unticking one of its items, which keeps the others', () => {
    let state = toggle(emptyState(5), 'qa-lead', '2026-11-20T10:00:00.000Z', [[allBox, true]]).state;
    state = toggle(state, 'qa-lead', '2026-11-20T11:00:00.000Z', [[ids(express)[2]!, false]]).state;
    expect(ticked(state, [allBox])).toEqual([null]);
    expect(ticked(state, ids(express))).toEqual(['qa-lead', 'qa-lead', null, 'qa-lead']);
  });

  it('counts for nothing when ticked by someone the policy refuses, and the note says so', () => {
    const { state, accepted, rejected } = toggle(
      emptyState(5),
      'author',
      '2026-11-20T10:00:00.000Z',
      [[allBox, true]],
      {
        refusal: 'the PR author may not assess their own change (separation of duties)',
      },
    );
    expect({ accepted, rejected }).toEqual({ accepted: 0, rejected: 1 });
    expect(state.ticks).toEqual([]);
    expect(state.notes.at(-1)!.text).toBe(
      '1 checkbox change by <code>author</code> reverted: the PR author may not assess their own change (separation of duties)',
    );
  });

  it('is stored in the tick record and merged like any tick', () => {
    const base = emptyState(5);
    const mine = toggle(base, 'qa-lead', '2026-11-20T10:00:00.000Z', [[allBox, true]]).state;
    const record = encodeStateRecord(mine, STATE_COMPRESSION);
    const output = layOutStateOutput(record, 'summary')!;
    expect(decodeStateOutput(output, 5, STATE_COMPRESSION)).toEqual(mine);
    // Another reviewer's concurrent tick of the removal survives the merge.
    const theirs = toggle(base, 'ra-lead', '2026-11-20T10:00:00.500Z', [[ids(leftPad)[0]!, true]]).state;
    const merged = mergeTicks(theirs, mine, tickChanges(base, mine), tickableIds(sections));
    expect(ticked(merged, [...ids(express), allBox, ...ids(leftPad)])).toEqual([
      ...Array(5).fill('qa-lead'),
      'ra-lead',
    ]);
    expect(reconcileTicks(merged, tickableIds(sections)).ticks).toHaveLength(6);
  });

  it('shows in the change record which ticks came through it', () => {
    let state = toggle(emptyState(5), 'ra-lead', '2026-11-20T09:00:00.000Z', [
      [ids(express)[0]!, true],
    ]).state;
    state = toggle(state, 'qa-lead', '2026-11-20T10:00:00.000Z', [[allBox, true]]).state;
    const rows = checklistRecords(changes, DEFAULT_POLICY, new Map(), state).filter(
      (r) => r.item.includes('5.0.0') || r.item.includes('major') || r.item.startsWith('Requirements'),
    );
    expect(rows.map((r) => [r.tickedBy, r.viaAllItems ?? false])).toEqual([
      ['ra-lead', false],
      ['qa-lead', true],
      ['qa-lead', true],
      ['qa-lead', true],
    ]);
    // No row for the box itself: it is no checklist item.
    expect(checklistRecords(changes, DEFAULT_POLICY, new Map(), state)).toHaveLength(5);
  });
});
