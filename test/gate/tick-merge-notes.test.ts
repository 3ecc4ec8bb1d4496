// The merged notes read as a log: oldest first, and notes written at the same moment keep the order
// they were written in (the latest record's before this run's), whatever order the sort meets them.
import { describe, expect, it } from 'vitest';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { mergeTicks, tickChanges } from '../../src/gate/tick-merge.js';

const withNotes = (notes: GateState['notes']): GateState => ({ ...emptyState(7), notes });
const note = (at: string, text: string) => ({ at, text });
const T0 = '2026-11-20T10:00:00Z';
const T1 = '2026-11-20T10:00:01Z';

describe('mergeTicks notes', () => {
  it('keeps notes of the same time in the order they were written', () => {
    const latest = withNotes([note(T1, 'a'), note(T1, 'b'), note(T1, 'c'), note(T0, 'first')]);
    const mine = withNotes([note(T1, 'd'), note(T1, 'e'), note(T0, 'second')]);
    const merged = mergeTicks(latest, mine, tickChanges(emptyState(7), mine), new Set());
    expect(merged.notes.map((n) => n.text)).toEqual(['first', 'second', 'a', 'b', 'c', 'd', 'e']);
  });

  it('sorts notes written out of order by time', () => {
    const times = ['05', '01', '04', '02', '03'].map((s) => `2026-11-20T10:00:${s}Z`);
    const latest = withNotes(times.map((at) => note(at, at)));
    const merged = mergeTicks(latest, emptyState(7), tickChanges(emptyState(7), emptyState(7)), new Set());
    expect(merged.notes.map((n) => n.text)).toEqual([...times].sort());
  });
});
