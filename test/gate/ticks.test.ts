// Applying one comment edit to the tick record: who may tick, what is recorded, what is reverted.
import { describe, expect, it } from 'vitest';
import type { CheckboxEdit } from '../../src/gate/checkboxes.js';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { applyTicks, type TickContext } from '../../src/gate/ticks.js';
import { change } from '../support/builders.js';
import { HEAD, sectionsOf } from './fixtures.js';

const sections = sectionsOf([change()]);
const [first, second] = sections[0]!.items.map((item) => item.id) as [string, string];
const target = sections[0]!.key;
const AT = '2026-11-21T09:00:00Z';

const context = (overrides: Partial<TickContext> = {}): TickContext => ({
  actor: 'qa-lead',
  refusal: null,
  at: AT,
  headSha: HEAD,
  sections,
  ...overrides,
});
const edit = (toggles: CheckboxEdit['toggles'], otherEdits = false): CheckboxEdit => ({
  toggles,
  otherEdits,
});
const ticked = (item: string, by: string, at = AT) => ({ item, by, at, sha: HEAD, target });

describe('applyTicks', () => {
  it('records each tick of an authorised actor with who, when, which head and which change', () => {
    const outcome = applyTicks(
      emptyState(7),
      edit([
        { item: first, checked: true },
        { item: second, checked: true },
      ]),
      context(),
    );
    expect(outcome).toEqual({
      state: { ...emptyState(7), ticks: [ticked(first, 'qa-lead'), ticked(second, 'qa-lead')] },
      accepted: 2,
      rejected: 0,
    });
  });

  it('replaces an earlier tick of the same item and removes it on untick', () => {
    const state: GateState = {
      ...emptyState(7),
      ticks: [ticked(first, 'dev', '2026-11-20T00:00:00Z'), ticked(second, 'dev', '2026-11-20T00:00:00Z')],
    };
    const retick = applyTicks(state, edit([{ item: first, checked: true }]), context());
    expect(retick.state.ticks).toEqual([
      ticked(second, 'dev', '2026-11-20T00:00:00Z'),
      ticked(first, 'qa-lead'),
    ]);
    const untick = applyTicks(state, edit([{ item: second, checked: false }]), context());
    expect(untick.state.ticks).toEqual([ticked(first, 'dev', '2026-11-20T00:00:00Z')]);
    expect(untick.accepted).toBe(1);
  });

  it('ignores toggles of items that are not on the checklist', () => {
    const outcome = applyTicks(
      emptyState(7),
      edit([{ item: 'anomalies-0000000000000000', checked: true }]),
      context(),
    );
    expect(outcome).toEqual({ state: emptyState(7), accepted: 0, rejected: 0 });
  });

  it('refuses every checklist toggle of an actor who may not tick, with one note naming the count', () => {
    const outcome = applyTicks(
      emptyState(7),
      edit([
        { item: first, checked: true },
        { item: 'anomalies-0000000000000000', checked: true },
      ]),
      context({ actor: 'outsider', refusal: 'needs write permission' }),
    );
    expect(outcome.accepted).toBe(0);
    expect(outcome.rejected).toBe(1);
    expect(outcome.state.ticks).toEqual([]);
    expect(outcome.state.notes).toEqual([
      { at: AT, text: '1 checkbox change by <code>outsider</code> reverted: needs write permission' },
    ]);
  });

  it('counts several refused changes in the note', () => {
    const outcome = applyTicks(
      emptyState(7),
      edit([
        { item: first, checked: true },
        { item: second, checked: true },
      ]),
      context({ actor: 'outsider', refusal: 'needs write permission' }),
    );
    expect(outcome.rejected).toBe(2);
    expect(outcome.state.notes.map((n) => n.text)).toEqual([
      '2 checkbox changes by <code>outsider</code> reverted: needs write permission',
    ]);
  });

  it('notes nothing for a refused actor whose edit toggled no checklist item', () => {
    const outcome = applyTicks(
      emptyState(7),
      edit([{ item: 'anomalies-0000000000000000', checked: true }]),
      context({ actor: 'outsider', refusal: 'needs write permission' }),
    );
    expect(outcome).toEqual({ state: emptyState(7), accepted: 0, rejected: 0 });
  });

  it('keeps ticks but notes the revert when the edit also changed the text', () => {
    const outcome = applyTicks(emptyState(7), edit([{ item: first, checked: true }], true), context());
    expect(outcome.state.ticks).toEqual([ticked(first, 'qa-lead')]);
    expect(outcome.state.notes).toEqual([
      {
        at: AT,
        text: "an edit by <code>qa-lead</code> to this comment's text was reverted (only checkboxes may change)",
      },
    ]);
  });
});
