// Past the record's capacity the gate stores none of a run's new ticks, says why, and never drops a
// tick it stored before.
import { describe, expect, it } from 'vitest';
import { NEW_TICKS_CAPACITY, RECORD_CAPACITY } from '../../src/gate/state-record.js';
import { emptyState, type GateState, type Tick } from '../../src/gate/state.js';
import { fitTickRecord, tickChanges } from '../../src/gate/tick-merge.js';

const AT = '2026-03-02T08:00:00.000Z';
const tick = (item: string): Tick => ({ item, by: 'qa-lead', at: AT, sha: 'a'.repeat(40), target: item });
const ITEMS = new Set(['old', 'new-1', 'new-2']);
const base: GateState = { ...emptyState(7), ticks: [tick('old')] };
const mine: GateState = { ...base, ticks: [...base.ticks, tick('new-1'), tick('new-2')] };
const changes = tickChanges(base, mine);

/** A stand-in encoder whose record length is chosen per test: 1,000 characters per tick. */
const encodeAt =
  (perTick: number) =>
  (state: GateState): string =>
    'A'.repeat(state.ticks.length * perTick + state.notes.length);

describe('fitTickRecord', () => {
  it('stores every change while the record stays under NEW_TICKS_CAPACITY', () => {
    const fitted = fitTickRecord({ base, mine, changes, itemIds: ITEMS, encode: encodeAt(1_000), at: AT })!;
    expect(fitted.refused).toEqual([]);
    expect(fitted.state.ticks.map((t) => t.item)).toEqual(['old', 'new-1', 'new-2']);
  });

  it('past it, stores none of the new ticks, keeps the stored one, and notes why', () => {
    const perTick = Math.floor(NEW_TICKS_CAPACITY / 3) + 1;
    const fitted = fitTickRecord({ base, mine, changes, itemIds: ITEMS, encode: encodeAt(perTick), at: AT })!;
    expect(fitted.refused.map((t) => t.item)).toEqual(['new-1', 'new-2']);
    expect(fitted.state.ticks.map((t) => t.item)).toEqual(['old']);
    expect(fitted.changes.added).toEqual([]);
    expect(fitted.state.notes.at(-1)!.text).toBe(
      '2 ticks not recorded: the tick record for 3 items exceeds what soup-gate can store; split the PR',
    );
  });

  it('rewrites a stored record up to full capacity when a run adds no tick (a push, a label)', () => {
    const perTick = Math.floor(RECORD_CAPACITY / 3) - 1;
    const fitted = fitTickRecord({
      base: mine,
      mine,
      changes: tickChanges(mine, mine),
      itemIds: ITEMS,
      encode: encodeAt(perTick),
      at: AT,
    })!;
    expect(fitted.record.length).toBeGreaterThan(NEW_TICKS_CAPACITY);
    expect(fitted.state.ticks).toHaveLength(3);
    expect(fitted.refused).toEqual([]);
  });

  it('keeps unticks when it refuses ticks, and gives up (undefined) rather than drop stored ticks', () => {
    const unticked: GateState = { ...mine, ticks: [tick('new-1'), tick('new-2')] };
    const perTick = Math.floor(NEW_TICKS_CAPACITY / 2) + 1;
    const fitted = fitTickRecord({
      base,
      mine: unticked,
      changes: tickChanges(base, unticked),
      itemIds: ITEMS,
      encode: encodeAt(perTick),
      at: AT,
    })!;
    expect(fitted.state.ticks).toEqual([]);
    expect(fitted.refused).toHaveLength(2);
    const huge = encodeAt(RECORD_CAPACITY + 1);
    expect(fitTickRecord({ base, mine, changes, itemIds: ITEMS, encode: huge, at: AT })).toBeUndefined();
  });
});
