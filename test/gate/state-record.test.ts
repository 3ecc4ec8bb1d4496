// The tick record's storage format (version 2): 10,000 ticks round-trip and fit one check run,
// anything damaged or forged is no state, and past capacity the layout refuses instead of cutting.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STATE_COMPRESSION } from '../../src/app/gate-state.js';
import { itemId, type ItemKind } from '../../src/gate/checklist.js';
import {
  decodeStateOutput,
  encodeStateRecord,
  layOutStateOutput,
  NEW_TICKS_CAPACITY,
  RECORD_CAPACITY,
  type StateOutput,
} from '../../src/gate/state-record.js';
import {
  emptyState,
  encodeState,
  OUTPUT_FIELD_LIMIT,
  type GateState,
  type Tick,
} from '../../src/gate/state.js';

const PR = 7;
const KINDS: ItemKind[] = ['release-notes', 'anomalies', 'requirements'];
const sha = (seed: string): string => createHash('sha1').update(seed).digest('hex');
const REVIEWERS = ['qa-lead', 'regulatory-affairs-officer', 'senior-embedded-engineer'];
const SUMMARY = `**Still blocking**\n\n${'- something still blocks\n'.repeat(50)}`;

function target(i: number, random = false): string {
  const name = `@some-very-long-scope/some-very-long-package-name-${random ? sha(String(i)).slice(0, 16) : i.toString(36)}`;
  return JSON.stringify([
    'package-lock.json',
    'npm',
    name,
    `1.${i % 17}.${i % 101}`,
    `2.${i % 13}.${i}`,
    null,
    null,
  ]);
}

/**
 * `packages` changes ticked fully, as reviewers tick: one comment edit per `batch` changes (one
 * time per edit), by three reviewers, across five pushes.
 */
function tickedState(packages: number, batch = 70, spread = false, random = false): GateState {
  const start = Date.parse('2026-03-02T08:00:00.000Z');
  const ticks: Tick[] = [];
  for (let i = 0; i < packages; i++) {
    const key = target(i, random);
    KINDS.forEach((kind, k) => {
      const edit = spread ? i * 3 + k : Math.floor(i / batch);
      ticks.push({
        item: itemId(key, kind),
        by: REVIEWERS[Math.floor(i / batch) % 3]!,
        at: new Date(start + edit * 97_531).toISOString(),
        sha: sha(String(Math.floor(i / 700))),
        target: key,
      });
    });
  }
  return {
    ...emptyState(PR),
    ticks,
    labelledChangeSet: '0123456789abcdef',
    notes: [{ at: '2026-03-02T09:00:00.000Z', text: '1 checkbox change(s) by <code>intern</code> reverted' }],
  };
}

const sortTicks = (ticks: Tick[]): Tick[] =>
  [...ticks].sort((a, b) => (a.target + a.item < b.target + b.item ? -1 : 1));

function store(state: GateState, summary = SUMMARY): StateOutput {
  const output = layOutStateOutput(encodeStateRecord(state, STATE_COMPRESSION), summary);
  if (!output) throw new Error('record over capacity');
  return output;
}

const read = (output: StateOutput, pr = PR) => decodeStateOutput(output, pr, STATE_COMPRESSION);

describe('version 2 tick record', () => {
  it('round-trips 10,002 ticks with long names in one check run, within both field limits', () => {
    const state = tickedState(3334);
    const record = encodeStateRecord(state, STATE_COMPRESSION);
    const output = store(state);
    const decoded = read(output)!;
    expect(decoded.ticks).toHaveLength(10_002);
    expect({ ...decoded, ticks: sortTicks(decoded.ticks) }).toEqual({
      ...state,
      ticks: sortTicks(state.ticks),
    });
    expect(output.text.length).toBeLessThanOrEqual(OUTPUT_FIELD_LIMIT);
    expect(output.summary.length).toBeLessThanOrEqual(OUTPUT_FIELD_LIMIT);
    expect(record.length).toBeLessThan(NEW_TICKS_CAPACITY);
    const v1 = encodeState(state).length;
    // What the report quotes: the stored size against version 1 and against capacity.
    console.info(
      `10,002 ticks: version 2 record ${record.length} chars (capacity ${RECORD_CAPACITY}, new ticks up to ${NEW_TICKS_CAPACITY}); version 1 would be ${v1}`,
    );
  });

  it('keeps the order of ticks within a target (the first tick of an item is the one shown)', () => {
    const key = target(1);
    const item = itemId(key, 'anomalies');
    const first = { item, by: 'qa-lead', at: '2026-03-02T08:00:00.000Z', sha: sha('1'), target: key };
    const second = { ...first, by: 'dev', at: '2026-03-01T08:00:00.000Z' };
    const other = { ...first, item: itemId(target(0), 'anomalies'), target: target(0) };
    const decoded = read(store({ ...emptyState(PR), ticks: [first, other, second] }))!;
    expect(decoded.ticks.filter((t) => t.item === item)).toEqual([first, second]);
  });

  it('round-trips ticks it cannot compact: foreign item ids, non-ISO times, hostile strings', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            item: fc.oneof(
              fc.string({ maxLength: 40 }),
              fc.constantFrom(...KINDS).map((k) => itemId('t', k)),
            ),
            by: fc.string({ maxLength: 30 }),
            at: fc.oneof(
              fc.string({ maxLength: 30 }),
              fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
            ),
            sha: fc.string({ maxLength: 40 }),
            target: fc.oneof(fc.constant('t'), fc.string({ maxLength: 60 })),
          }),
          { maxLength: 30 },
        ),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        (ticks, label) => {
          const state: GateState = {
            ...emptyState(PR),
            ticks,
            ...(label !== undefined ? { labelledChangeSet: label } : {}),
          };
          const decoded = read(store(state))!;
          expect(sortTicksStable(decoded.ticks)).toEqual(sortTicksStable(ticks));
          expect(decoded.labelledChangeSet).toBe(label);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('still reads version 1 (base64url JSON in output.text)', () => {
    const state = tickedState(10);
    expect(read({ text: encodeState(state), summary: 'old summary' })).toEqual(state);
    expect(read({ text: encodeState(state), summary: '' }, PR + 1)).toBeUndefined();
  });
});

/** Ticks by target, stably (the codec groups by target and keeps the order within one). */
function sortTicksStable(ticks: Tick[]): Tick[] {
  const targets = [...new Set(ticks.map((t) => t.target))].sort();
  return targets.flatMap((t) => ticks.filter((tick) => tick.target === t));
}

describe('a damaged or forged record is no state, never a crash', () => {
  // Names that do not compress (hex digests) make a record too long for output.text alone.
  const big = store(tickedState(3000, 70, false, true));
  const small = store(tickedState(20));

  it('spans both fields for a big record and only the text for a small one', () => {
    expect(big.summary).toContain('soup-gate:state v2 part 2/2');
    expect(small.summary).not.toContain('soup-gate:state');
    const size = big.text.length + big.summary.length - SUMMARY.length;
    console.info(`9,000 ticks with hashed (incompressible) names: about ${size} chars over both fields`);
  });

  it('refuses another PR, a flipped character, a missing or swapped second part, a cut part', () => {
    expect(read(small, PR + 1)).toBeUndefined();
    const at = small.text.indexOf(' -->') - 10;
    const flipped = small.text.slice(0, at) + (small.text[at] === 'A' ? 'B' : 'A') + small.text.slice(at + 1);
    expect(read({ ...small, text: flipped })).toBeUndefined();
    expect(read({ ...big, summary: SUMMARY })).toBeUndefined();
    const other = store(tickedState(2999, 70, false, true));
    expect(read({ ...big, summary: other.summary })).toBeUndefined();
    expect(read({ ...big, text: big.text.replace(/[A-Za-z0-9_-]{100} -->$/, ' -->') })).toBeUndefined();
    expect(read({ text: big.summary, summary: big.text })).toBeUndefined();
  });

  it('refuses a record that inflates past the bound (a compression bomb)', () => {
    const bomb = deflateRawSync(Buffer.alloc(50_000_000, 0x20)).toString('base64url');
    expect(bomb.length).toBeLessThan(RECORD_CAPACITY);
    expect(
      read({ text: `<!-- soup-gate:state v2 part 1/1 of ${bomb.length} ${bomb} -->`, summary: '' }),
    ).toBeUndefined();
  });

  it('refuses compact forms out of shape: bad indexes, counts, columns, times, types', () => {
    const valid = {
      v: 2,
      pr: PR,
      x: {},
      n: [],
      T: ['t'],
      K: ['anomalies'],
      B: ['qa-lead'],
      S: [sha('x')],
      c: [1],
      k: [0],
      b: [0],
      s: [0],
      a: [Date.parse('2026-03-02T08:00:00.000Z')],
    };
    const forge = (value: unknown): StateOutput => {
      const data = deflateRawSync(Buffer.from(JSON.stringify(value))).toString('base64url');
      return { text: `<!-- soup-gate:state v2 part 1/1 of ${data.length} ${data} -->`, summary: '' };
    };
    expect(read(forge(valid))?.ticks).toEqual([
      {
        item: itemId('t', 'anomalies'),
        by: 'qa-lead',
        at: '2026-03-02T08:00:00.000Z',
        sha: sha('x'),
        target: 't',
      },
    ]);
    const broken: Array<Record<string, unknown>> = [
      { v: 1 },
      { pr: PR + 1 },
      { k: [1] },
      { b: [-1] },
      { s: [0.5] },
      { c: [2] },
      { c: [] },
      { a: [9e15] },
      { a: [null] },
      { k: [{}] },
      { K: ['Not A Kind'] },
      { B: [7] },
      { n: [['only-one']] },
      { n: 'x' },
      { x: [] },
      { x: null },
      { T: 't' },
      { k: [0, 0] },
    ];
    for (const change of broken)
      expect(read(forge({ ...valid, ...change })), JSON.stringify(change)).toBeUndefined();
    for (const value of [null, 0, 'x', [], [valid], { ...valid, __proto__: { v: 2 } }])
      expect(() => read(forge(value))).not.toThrow();
    const notDeflate = Buffer.from('definitely not deflate').toString('base64url');
    expect(
      read({
        text: `<!-- soup-gate:state v2 part 1/1 of ${notDeflate.length} ${notDeflate} -->`,
        summary: '',
      }),
    ).toBeUndefined();
  });
});

describe('capacity', () => {
  it('lays out a record of exactly RECORD_CAPACITY within both limits and refuses one more character', () => {
    const record = 'A'.repeat(RECORD_CAPACITY);
    const output = layOutStateOutput(record, 'x\n'.repeat(40_000))!;
    expect(output.text.length).toBeLessThanOrEqual(OUTPUT_FIELD_LIMIT);
    expect(output.summary.length).toBeLessThanOrEqual(OUTPUT_FIELD_LIMIT);
    expect(output.summary).toContain('cut here to make room for the tick record');
    expect(layOutStateOutput(`${record}A`, 'x')).toBeUndefined();
  });

  it('finds the record of a PR too big to store over capacity, so the gate must store less', () => {
    // Every tick at its own time, and many more packages: what no comment could even show.
    const state = tickedState(12_000, 70, true);
    expect(encodeStateRecord(state, STATE_COMPRESSION).length).toBeGreaterThan(RECORD_CAPACITY);
    expect(layOutStateOutput(encodeStateRecord(state, STATE_COMPRESSION), SUMMARY)).toBeUndefined();
  });

  it('reports the worst case for 10,002 ticks: every tick at its own time', () => {
    const record = encodeStateRecord(tickedState(3334, 70, true), STATE_COMPRESSION);
    console.info(`10,002 ticks each at its own time: ${record.length} chars (capacity ${RECORD_CAPACITY})`);
    expect(record.length).toBeLessThan(NEW_TICKS_CAPACITY);
  });
});

describe('the re-verification results in the record (issue 17)', () => {
  const reverified = {
    run: 'https://github.com/acme/pump/actions/runs/77',
    sha: sha('head'),
    artifact: 'junit-results',
    changes: [
      {
        target: target(1),
        requirements: [
          { id: 'REQ-API-003', verdict: 'passed', tests: 2 },
          { id: 'REQ-LOG-001', verdict: 'untested', tests: 0 },
        ],
      },
    ],
  };
  const roundTrip = (state: GateState) =>
    decodeStateOutput(
      layOutStateOutput(encodeStateRecord(state, STATE_COMPRESSION), SUMMARY)!,
      PR,
      STATE_COMPRESSION,
    );

  it('round-trips, so the merge handler reads what admitted the change without downloading again', () => {
    expect(roundTrip({ ...emptyState(PR), reverified })!.reverified).toEqual(reverified);
  });

  it('drops what is malformed in a forged record, field by field', () => {
    const forged = {
      ...reverified,
      changes: [
        { target: 7, requirements: [] },
        {
          target: 't',
          requirements: [
            { id: 'A', verdict: 'passed', tests: '2' },
            { id: 'B', verdict: 'failed', tests: 1 },
          ],
        },
      ],
    } as unknown as GateState['reverified'];
    expect(roundTrip({ ...emptyState(PR), reverified: forged })!.reverified!.changes).toEqual([
      { target: 't', requirements: [{ id: 'B', verdict: 'failed', tests: 1 }] },
    ]);
    const noRun = { ...reverified, run: 5 } as unknown as GateState['reverified'];
    expect(roundTrip({ ...emptyState(PR), reverified: noRun })!.reverified).toBeUndefined();
  });
});
