// The wording the comment showed, kept in the tick record (issue 16): it round-trips through the
// check run's record, a forged or damaged copy is none (the rest of the state still reads), and when
// room is short it goes before any tick does.
import { describe, expect, it } from 'vitest';
import { STATE_COMPRESSION } from '../../src/app/gate-state.js';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { buildChecklist, type ChangeFacts } from '../../src/gate/checklist.js';
import {
  readShownWording,
  recordShownWording,
  shownFacts,
  type ShownWording,
} from '../../src/gate/shown-wording.js';
import {
  decodeStateOutput,
  encodeStateRecord,
  layOutStateOutput,
  NEW_TICKS_CAPACITY,
} from '../../src/gate/state-record.js';
import { decodeState, emptyState, encodeState, type GateState } from '../../src/gate/state.js';
import { fitTickRecord, tickChanges } from '../../src/gate/tick-merge.js';
import { changeKey } from '../../src/inventory/change-key.js';
import type { Change } from '../../src/inventory/diff.js';
import { change } from '../support/builders.js';

const PR = 7;
const HEAD = 'a'.repeat(40);

function bumps(n: number): Change[] {
  return Array.from({ length: n }, (_, i) =>
    change({
      name: `@some-very-long-scope/package-${i.toString(36)}`,
      from: `1.${i % 17}.${i % 101}`,
      to: `2.${i % 13}.${i}`,
      bump: 'major',
      purl: `pkg:npm/package-${i}@2.0.0`,
    }),
  );
}

/** Compare links and anomalies for every change, as enrichment gives them. */
function factsFor(changes: Change[]): Map<string, ChangeFacts> {
  return new Map(
    changes.map((c, i) => [
      changeKey(c),
      {
        releaseNotes: {
          url: `https://github.com/owner-${i}/repo-${i}/compare/v${c.from}...v${c.to}`,
          kind: 'compare',
        },
        anomalies: { present: i % 7 === 0 ? [`GHSA-${i}-aaaa-bbbb`] : [], fixed: [] },
      },
    ]),
  );
}

function stored(state: GateState): GateState | undefined {
  const output = layOutStateOutput(encodeStateRecord(state, STATE_COMPRESSION), 'summary');
  return output && decodeStateOutput(output, PR, STATE_COMPRESSION);
}

describe('the wording the comment showed, in the tick record', () => {
  const changes = bumps(3);
  const facts = factsFor(changes);
  const sections = buildChecklist(changes, DEFAULT_POLICY, facts);
  const shown = recordShownWording(sections, facts);

  it('round-trips through the version-2 record and gives back the facts the items were worded with', () => {
    const state: GateState = { ...emptyState(PR), shown };
    expect(stored(state)).toEqual(state);
    const back = shownFacts(stored(state)!.shown, sections)!;
    const rebuilt = buildChecklist(changes, DEFAULT_POLICY, new Map([...back].map(([k, v]) => [k, v.facts])));
    expect(rebuilt.map((s) => s.items.map((i) => i.text))).toEqual(
      sections.map((s) => s.items.map((i) => i.text)),
    );
  });

  it('is read from a version-1 record too', () => {
    expect(decodeState(encodeState({ ...emptyState(PR), shown }), PR)?.shown).toEqual(shown);
  });

  it('is none when forged or damaged, while the ticks and labels still read', () => {
    const forged: unknown[] = [
      { set: 'x', changes: [{ d: 'x', r: ['guessed', 'https://evil.example'] }] },
      { set: 'x', changes: [{ d: 'x', a: [1, 0, 'A', 'B'] }] },
      { set: 'x', changes: [{ d: 'x', a: [9, 0, 'A', 'B', 'C', 'D', 'E', 'F'] }] },
      { set: 'x', changes: [{ d: 'x', r: ['compare', 'u'.repeat(2_001)] }] },
      { set: 'x', changes: 'none' },
      { set: 'x'.repeat(65), changes: [] },
      [],
    ];
    for (const value of forged) {
      expect(readShownWording(value)).toBeUndefined();
      const state = { ...emptyState(PR), labelledChangeSet: 'abc', shown: value as ShownWording };
      expect(stored(state)).toEqual({ ...emptyState(PR), labelledChangeSet: 'abc' });
    }
  });

  it('gives no facts for another change set (one change more, or fewer)', () => {
    expect(shownFacts(shown, buildChecklist(bumps(4), DEFAULT_POLICY, facts))).toBeUndefined();
    expect(shownFacts(shown, sections.slice(1))).toBeUndefined();
    expect(shownFacts(undefined, sections)).toBeUndefined();
  });

  it('adds little to the record of a usual PR, and is left out before a tick would be', () => {
    const ticked = (n: number): GateState => {
      const many = bumps(n);
      const manyFacts = factsFor(many);
      const manySections = buildChecklist(many, DEFAULT_POLICY, manyFacts);
      return {
        ...emptyState(PR),
        ticks: manySections.flatMap((s) =>
          s.items.map((i) => ({
            item: i.id,
            by: 'qa-lead',
            at: '2026-03-02T08:00:00.000Z',
            sha: HEAD,
            target: s.key,
          })),
        ),
        shown: recordShownWording(manySections, manyFacts),
      };
    };
    const encode = (state: GateState) => encodeStateRecord(state, STATE_COMPRESSION);
    const small = ticked(20);
    const cost = encode(small).length - encode({ ...small, shown: undefined }).length;
    console.info(`shown wording of 20 changes: ${cost} chars of the record`);
    expect(cost).toBeLessThan(2_000);

    // 2,500 major bumps (10,000 ticks), each with its own compare link, still fit with their wording;
    // 3,000 (12,000 ticks) do not: the wording is left out and every tick is stored.
    const fits = ticked(2_500);
    const fitsLength = encode(fits).length;
    expect(fitsLength).toBeLessThan(NEW_TICKS_CAPACITY);
    const big = ticked(3_000);
    const withWording = encode(big).length;
    console.info(
      `2,500 changes: ${fitsLength} chars with the wording; 3,000 changes: ${withWording} with it, ${encode({ ...big, shown: undefined }).length} without`,
    );
    expect(withWording).toBeGreaterThan(NEW_TICKS_CAPACITY);
    const fitted = fitTickRecord({
      base: emptyState(PR),
      mine: big,
      changes: tickChanges(emptyState(PR), big),
      itemIds: new Set(big.ticks.map((t) => t.item)),
      encode,
      at: '2026-03-02T09:00:00.000Z',
    })!;
    expect(fitted.refused).toEqual([]);
    expect(fitted.state.ticks).toHaveLength(12_000);
    expect(fitted.state.shown).toBeUndefined();
    expect(fitted.record.length).toBeLessThanOrEqual(NEW_TICKS_CAPACITY);
  });
});
