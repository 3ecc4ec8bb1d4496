// The short fuzz run in `npm test`: every registered format gets mutated inputs from its fixtures
// and must keep the parser contract; the comment tick round-trip holds for hostile changes. The long
// run is `npm run fuzz` (scripts/fuzz.ts) with the same targets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../support/all-formats.js';
import { arbitraryRoundTrip, checkRoundTrip } from './comment-roundtrip.js';
import { arbitraryInput, checkParserContract, loadSeeds } from './targets.js';

const RUNS_PER_FORMAT = Number(process.env.FUZZ_RUNS_PER_FORMAT ?? 150);
const seeds = loadSeeds();

describe('parser fuzz (short run)', () => {
  it('has a seed for every registered format', () => {
    expect(new Set(seeds.map((s) => s.format.id))).toEqual(new Set(FORMATS.map((f) => f.id)));
  });

  it.each(FORMATS.map((f) => [f.id, f] as const))('%s keeps the contract on mutated input', (_id, format) => {
    const mine = seeds.filter((s) => s.format === format);
    const runs = Math.max(1, Math.ceil(RUNS_PER_FORMAT / mine.length));
    for (const seed of mine) {
      fc.assert(
        fc.property(arbitraryInput(seed), (input) => {
          checkParserContract(format, input);
        }),
        { numRuns: runs },
      );
    }
  });
});

describe('comment tick round-trip (short run)', () => {
  it('render → tick → diffCheckboxes → applyTicks → render keeps every tick and forges none', () => {
    fc.assert(fc.property(arbitraryRoundTrip, checkRoundTrip), { numRuns: 300 });
  });
});
