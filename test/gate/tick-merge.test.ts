import { describe, expect, it } from 'vitest';
import { emptyState, type GateState } from '../../src/gate/state.js';
import {
  addedTicks,
  containsChanges,
  fitTickRecord,
  mergeTicks,
  removedItems,
  tickChanges,
  tickKey,
} from '../../src/gate/tick-merge.js';
import { tick } from './fixtures.js';

const stateWith = (ticks: GateState['ticks'], extra: Partial<GateState> = {}): GateState => ({
  ...emptyState(7),
  ticks,
  ...extra,
});
const ITEMS = new Set(['a', 'b', 'c']);

describe('tickKey', () => {
  it('tells apart the same item ticked by someone else or at another time', () => {
    const keys = new Set(
      [tick('a'), tick('a', 'dev'), tick('a', 'qa-lead', '2026-11-21T00:00:00Z')].map(tickKey),
    );
    expect(keys.size).toBe(3);
    expect(tickKey(tick('a'))).toBe(tickKey({ ...tick('a'), sha: 'other', target: 'other' }));
  });
});

describe('addedTicks / removedItems', () => {
  it('find nothing between a state and itself, or between two empty states', () => {
    const state = stateWith([tick('a')]);
    expect(addedTicks(state, state)).toEqual([]);
    expect(removedItems(state, state)).toEqual(new Set());
    expect(tickChanges(emptyState(7), emptyState(7))).toEqual({ added: [], removed: new Set() });
  });

  it('find every tick recorded on an empty baseline', () => {
    expect(addedTicks(emptyState(7), stateWith([tick('a'), tick('b')]))).toEqual([tick('a'), tick('b')]);
  });

  it('find an untick as a removed item', () => {
    const baseline = stateWith([tick('a'), tick('b')]);
    expect(removedItems(baseline, stateWith([tick('b')]))).toEqual(new Set(['a']));
    expect(addedTicks(baseline, stateWith([tick('b')]))).toEqual([]);
  });

  it('treat a tick removed and re-added by this run as a new tick, not a removal', () => {
    const baseline = stateWith([tick('a')]);
    const again = tick('a', 'dev', '2026-11-20T11:00:00Z');
    const mine = stateWith([again]);
    expect(addedTicks(baseline, mine)).toEqual([again]);
    expect(removedItems(baseline, mine)).toEqual(new Set());
  });
});

describe('mergeTicks', () => {
  it("keeps a concurrent reviewer's tick next to this run's own", () => {
    const baseline = emptyState(7);
    const mine = stateWith([tick('a', 'qa-lead')]);
    const latest = stateWith([tick('b', 'dev')]);
    const merged = mergeTicks(latest, mine, tickChanges(baseline, mine), ITEMS);
    expect(merged.ticks).toEqual([tick('b', 'dev'), tick('a', 'qa-lead')]);
  });

  it('drops an item this run unticked even though the latest state still has it', () => {
    const baseline = stateWith([tick('a'), tick('b', 'dev')]);
    const mine = stateWith([tick('b', 'dev')]);
    const latest = stateWith([tick('a'), tick('b', 'dev'), tick('c', 'dev')]);
    const merged = mergeTicks(latest, mine, tickChanges(baseline, mine), ITEMS);
    expect(merged.ticks.map((t) => t.item)).toEqual(['b', 'c']);
  });

  it("replaces the latest state's tick of an item this run ticked again", () => {
    const baseline = stateWith([tick('a')]);
    const again = tick('a', 'dev', '2026-11-20T11:00:00Z');
    const mine = stateWith([again]);
    const merged = mergeTicks(stateWith([tick('a')]), mine, tickChanges(baseline, mine), ITEMS);
    expect(merged.ticks).toEqual([again]);
  });

  it('keeps only ticks of items that exist now', () => {
    const mine = stateWith([tick('a'), tick('gone')]);
    const latest = stateWith([tick('old-target', 'dev')]);
    const merged = mergeTicks(latest, mine, tickChanges(emptyState(7), mine), ITEMS);
    expect(merged.ticks.map((t) => t.item)).toEqual(['a']);
  });

  it("takes this run's label record and merges notes once each, oldest first, at most ten", () => {
    const note = (at: string, text = `note ${at}`) => ({ at, text });
    const latest = stateWith([], {
      labelledChangeSet: 'theirs',
      notes: [note('2026-11-20T10:00:03Z'), note('2026-11-20T10:00:01Z')],
    });
    const mine = stateWith([], {
      labelledChangeSet: 'mine',
      notes: [note('2026-11-20T10:00:01Z'), note('2026-11-20T10:00:02Z')],
    });
    const merged = mergeTicks(latest, mine, tickChanges(emptyState(7), mine), ITEMS);
    expect(merged.labelledChangeSet).toBe('mine');
    expect(merged.notes.map((n) => n.at)).toEqual([
      '2026-11-20T10:00:01Z',
      '2026-11-20T10:00:02Z',
      '2026-11-20T10:00:03Z',
    ]);
    const many = stateWith([], {
      notes: Array.from({ length: 12 }, (_, i) => note(`2026-11-20T10:00:${String(i).padStart(2, '0')}Z`)),
    });
    const capped = mergeTicks(many, emptyState(7), tickChanges(emptyState(7), emptyState(7)), ITEMS);
    expect(capped.notes).toHaveLength(10);
    expect(capped.notes[0]!.at).toBe('2026-11-20T10:00:02Z');
  });
});

describe('containsChanges', () => {
  const baseline = stateWith([tick('b')]);
  const mine = stateWith([tick('a')]);
  const changes = tickChanges(baseline, mine);

  it('holds when the state carries the ticks added and not the items removed', () => {
    expect(containsChanges(stateWith([tick('a'), tick('c', 'dev')]), changes)).toBe(true);
  });

  it('fails when a concurrent write lost this run’s tick', () => {
    expect(containsChanges(stateWith([tick('c', 'dev')]), changes)).toBe(false);
  });

  it('fails when an item this run unticked is ticked again', () => {
    expect(containsChanges(stateWith([tick('a'), tick('b', 'dev')]), changes)).toBe(false);
  });

  it('holds for a run that changed nothing, whatever the state', () => {
    expect(containsChanges(stateWith([tick('b')]), tickChanges(baseline, baseline))).toBe(true);
    expect(containsChanges(emptyState(7), tickChanges(emptyState(7), emptyState(7)))).toBe(true);
  });
});

describe('fitTickRecord with per-requirement results', () => {
  // An encoder whose size is the JSON's length: the results below are what makes it too big.
  const encode = (state: GateState): string => JSON.stringify(state);
  const results = (changes: number): NonNullable<GateState['reverified']> => ({
    run: 'https://github.com/acme/app/actions/runs/1',
    sha: 'e'.repeat(40),
    artifact: 'junit',
    changes: Array.from({ length: changes }, (_, i) => ({
      target: `npm/package-${i}@1.0.0`,
      requirements: [{ id: `REQ-${i}`, verdict: 'passed', tests: 3 }],
    })),
  });

  it('keeps every tick and counts the results left out when the results would not fit beside them', () => {
    const mine = stateWith([tick('a'), tick('b')], { reverified: results(20_000) });
    const fitted = fitTickRecord({
      base: emptyState(7),
      mine,
      changes: tickChanges(emptyState(7), mine),
      itemIds: ITEMS,
      encode,
      at: '2026-11-20T12:00:00Z',
    });
    expect(fitted?.refused).toEqual([]);
    expect(fitted?.state.ticks.map((t) => t.item)).toEqual(['a', 'b']);
    expect(fitted?.state.reverified).toMatchObject({ changes: [], omitted: 20_000, sha: 'e'.repeat(40) });
  });

  it('keeps the results when they fit', () => {
    const mine = stateWith([tick('a')], { reverified: results(3) });
    const fitted = fitTickRecord({
      base: emptyState(7),
      mine,
      changes: tickChanges(emptyState(7), mine),
      itemIds: ITEMS,
      encode,
      at: '2026-11-20T12:00:00Z',
    });
    expect(fitted?.state.reverified?.changes).toHaveLength(3);
    expect(fitted?.state.reverified?.omitted).toBeUndefined();
  });
});
