// The tick record's limits exactly: a record of exactly the capacity is stored, a run without new
// ticks may use the full capacity without a note, one refused tick is "1 tick", and the notes give
// way to the overflow note before the gate gives up.
import { describe, expect, it } from 'vitest';
import { NEW_TICKS_CAPACITY, RECORD_CAPACITY } from '../../src/gate/state-record.js';
import { emptyState, type GateState, type Tick } from '../../src/gate/state.js';
import { fitTickRecord, tickChanges } from '../../src/gate/tick-merge.js';

const AT = '2026-03-02T08:00:00.000Z';
const tick = (item: string): Tick => ({ item, by: 'qa-lead', at: AT, sha: 'a'.repeat(40), target: item });
const ITEMS = new Set(['old', 'new-1', 'new-2']);
const notes = (count: number) => Array.from({ length: count }, (_, i) => ({ at: AT, text: `note ${i}` }));
const base: GateState = { ...emptyState(7), ticks: [tick('old')] };
const withNew = (...items: string[]): GateState => ({ ...base, ticks: [...base.ticks, ...items.map(tick)] });

/** A stand-in encoder: the length of the record is whatever `size` says for a state. */
const encodeBy = (size: (state: GateState) => number) => (state: GateState) => 'A'.repeat(size(state));

describe('fitTickRecord limits', () => {
  it('stores new ticks in a record of exactly NEW_TICKS_CAPACITY characters', () => {
    const mine = withNew('new-1');
    const fitted = fitTickRecord({
      base,
      mine,
      changes: tickChanges(base, mine),
      itemIds: ITEMS,
      encode: encodeBy(() => NEW_TICKS_CAPACITY),
      at: AT,
    })!;
    expect(fitted.refused).toEqual([]);
    expect(fitted.state.ticks.map((t) => t.item)).toEqual(['old', 'new-1']);
  });

  it('rewrites a record above NEW_TICKS_CAPACITY without a note when the run adds no tick', () => {
    const stored = withNew('new-1', 'new-2');
    const fitted = fitTickRecord({
      base: stored,
      mine: stored,
      changes: tickChanges(stored, stored),
      itemIds: ITEMS,
      encode: encodeBy(() => NEW_TICKS_CAPACITY + 1),
      at: AT,
    })!;
    expect(fitted.state).toEqual(stored);
    expect(fitted.refused).toEqual([]);
  });

  it('says "1 tick" when one new tick is refused', () => {
    const mine = withNew('new-1');
    const fitted = fitTickRecord({
      base,
      mine,
      changes: tickChanges(base, mine),
      itemIds: ITEMS,
      encode: encodeBy((state) => (state.ticks.length > 1 ? NEW_TICKS_CAPACITY + 1 : 100)),
      at: AT,
    })!;
    expect(fitted.state.notes.map((n) => n.text)).toEqual([
      '1 tick not recorded: the tick record for 3 items exceeds what soup-gate can store; split the PR',
    ]);
  });

  it('keeps only the overflow note when the earlier notes do not fit, and stores exactly RECORD_CAPACITY', () => {
    const stored: GateState = { ...base, notes: notes(9) };
    const mine: GateState = { ...stored, ticks: [...stored.ticks, tick('new-1')] };
    const perNote = Math.floor(RECORD_CAPACITY / 2);
    const fitted = fitTickRecord({
      base: stored,
      mine,
      changes: tickChanges(stored, mine),
      itemIds: ITEMS,
      encode: encodeBy((state) =>
        state.notes.length === 1 ? RECORD_CAPACITY : state.notes.length * perNote,
      ),
      at: AT,
    })!;
    expect(fitted.state.ticks.map((t) => t.item)).toEqual(['old']);
    expect(fitted.state.notes).toEqual([
      {
        at: AT,
        text: '1 tick not recorded: the tick record for 3 items exceeds what soup-gate can store; split the PR',
      },
    ]);
    expect(fitted.record).toHaveLength(RECORD_CAPACITY);
  });
});
