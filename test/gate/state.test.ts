// The version-1 tick record and the field check both record versions share: what an older release
// wrote is still read, and anything damaged or forged is no state rather than a trusted one.
import { describe, expect, it } from 'vitest';
import {
  addNote,
  decodeState,
  emptyState,
  encodeState,
  MAX_NOTES,
  MAX_STRING,
  readStateObject,
  reconcileTicks,
  type GateState,
} from '../../src/gate/state.js';
import { tick } from './fixtures.js';

const PR = 12;

/** A version-1 record exactly as a release before version 2 wrote it into `output.text`. */
function v1Record(value: unknown): string {
  return `<!-- soup-gate:state ${Buffer.from(JSON.stringify(value), 'utf8').toString('base64url')} -->`;
}

function stateWith(overrides: Partial<GateState> = {}): GateState {
  return { ...emptyState(PR), ...overrides };
}

function notes(count: number): GateState['notes'] {
  return Array.from({ length: count }, (_, i) => ({ at: `2026-11-${10 + i}T00:00:00Z`, text: `note ${i}` }));
}

describe('version-1 record', () => {
  it('reads a record an older release wrote, with its label and evaluation fields', () => {
    const written = stateWith({
      ticks: [tick('release-notes-0123456789abcdef')],
      notes: notes(2),
      labelledChangeSet: 'abc',
      labelEventId: 42,
      evaluatedChangeSet: 'def',
    });
    expect(decodeState(`summary text\n${v1Record(written)}\nmore`, PR)).toEqual(written);
  });

  it('writes the form older releases read, keeping only the latest notes', () => {
    const text = encodeState(stateWith({ notes: notes(MAX_NOTES + 2) }));
    expect(text).toMatch(/^<!-- soup-gate:state [A-Za-z0-9_-]+ -->$/);
    const read = decodeState(text, PR)!;
    expect(read.notes).toEqual(notes(MAX_NOTES + 2).slice(2));
  });

  it('is no state when the text carries no record, a damaged one or another PR', () => {
    expect(decodeState('no record here', PR)).toBeUndefined();
    expect(decodeState('<!-- soup-gate:state !!! -->', PR)).toBeUndefined();
    expect(decodeState('<!-- soup-gate:state bm90IGpzb24 -->', PR)).toBeUndefined();
    expect(decodeState(v1Record(stateWith()), PR + 1)).toBeUndefined();
  });
});

describe('readStateObject', () => {
  it('is no state for anything but a version-1 object of this PR with tick and note lists', () => {
    const good = { version: 1, pr: PR, ticks: [], notes: [] };
    expect(readStateObject(good, PR)).toEqual(good);
    for (const bad of [
      null,
      undefined,
      0,
      { ...good, version: 2 },
      { ...good, pr: PR + 1 },
      { ...good, ticks: 'x' },
      { ...good, notes: {} },
      { version: 1, pr: PR, notes: [] },
      { version: 1, pr: PR, ticks: [] },
    ]) {
      expect(readStateObject(bad, PR)).toBeUndefined();
    }
  });

  it('drops every tick that is not an object of five strings of at most MAX_STRING characters', () => {
    const ok = tick('anomalies-0123456789abcdef');
    const longest = { ...ok, by: 'b'.repeat(MAX_STRING) };
    const ticks = [
      ok,
      null,
      'anomalies-0123456789abcdef',
      7,
      { ...ok, item: 1 },
      { ...ok, by: undefined },
      { ...ok, at: null },
      { ...ok, sha: {} },
      { ...ok, target: 5 },
      { ...ok, target: 't'.repeat(MAX_STRING + 1) },
      longest,
    ];
    const read = readStateObject({ version: 1, pr: PR, ticks, notes: [] }, PR)!;
    expect(read.ticks).toEqual([ok, longest]);
  });

  it('keeps only the tick and note fields it knows', () => {
    const ok = tick('anomalies-0123456789abcdef');
    const read = readStateObject(
      {
        version: 1,
        pr: PR,
        ticks: [{ ...ok, forged: 'yes' }],
        notes: [{ at: 'now', text: 'reverted', extra: 1 }],
        unknownField: 'x',
      },
      PR,
    )!;
    expect(read).toEqual({ version: 1, pr: PR, ticks: [ok], notes: [{ at: 'now', text: 'reverted' }] });
  });

  it('drops every note that is not an object of two short strings', () => {
    const note = { at: 'now', text: 'reverted a tick' };
    const read = readStateObject(
      {
        version: 1,
        pr: PR,
        ticks: [],
        notes: [
          note,
          null,
          'text',
          { at: 1, text: 'x' },
          { at: 'now' },
          { at: 'now', text: 'x'.repeat(MAX_STRING + 1) },
        ],
      },
      PR,
    )!;
    expect(read.notes).toEqual([note]);
  });

  it('keeps the label and evaluation fields only when they are well formed', () => {
    const base = { version: 1, pr: PR, ticks: [], notes: [] };
    expect(
      readStateObject(
        { ...base, labelledChangeSet: 5, labelEventId: 1.5, evaluatedChangeSet: 'x'.repeat(MAX_STRING + 1) },
        PR,
      ),
    ).toEqual(base);
    expect(readStateObject({ ...base, labelEventId: '42' }, PR)).toEqual(base);
  });
});

describe('state changes', () => {
  it('keeps only the ticks of items that still exist', () => {
    const kept = tick('anomalies-0123456789abcdef');
    const state = stateWith({ ticks: [kept, tick('anomalies-fedcba9876543210')] });
    expect(reconcileTicks(state, new Set([kept.item])).ticks).toEqual([kept]);
  });

  it('keeps the latest MAX_NOTES notes, newest last', () => {
    const state = addNote(stateWith({ notes: notes(MAX_NOTES) }), 'later', 'newest');
    expect(state.notes).toHaveLength(MAX_NOTES);
    expect(state.notes.at(-1)).toEqual({ at: 'later', text: 'newest' });
    expect(state.notes[0]).toEqual(notes(MAX_NOTES)[1]);
  });
});
