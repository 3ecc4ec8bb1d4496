// `npm run fuzz [-- --runs N] [--seed S] [--format id] [--no-save]`: the long fuzz run. Generates N
// mutated inputs spread over every registered lockfile format (seeded from test/fixtures), checks each
// against the parser contract (parses into well-formed packages, or throws LockfileParseError naming
// the file; no other error, no prototype touched, deterministic), plus N/10 comment tick round-trips.
// Prints the totals; failing inputs are saved under test/fuzz/regressions/ (replayed by `npm test`).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { arbitraryRoundTrip, checkRoundTrip } from '../test/fuzz/comment-roundtrip.js';
import {
  arbitraryInput,
  checkParserContract,
  loadSeeds,
  type FuzzSeed,
  type SavedFailure,
} from '../test/fuzz/targets.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    seed: { type: 'string' },
    format: { type: 'string' },
    'no-save': { type: 'boolean', default: false },
    'comment-runs': { type: 'string' },
  },
});

const runs = Number(values.runs);
if (!Number.isSafeInteger(runs) || runs <= 0) {
  console.error(`fuzz: --runs must be a positive whole number; got "${values.runs}"`);
  process.exit(2);
}
const baseSeed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;
const commentRuns =
  values['comment-runs'] !== undefined ? Number(values['comment-runs']) : Math.ceil(runs / 10);
const REGRESSIONS = resolve(import.meta.dirname, '../test/fuzz/regressions');
const CHUNK = 100;

const seeds = loadSeeds().filter((s) => values.format === undefined || s.format.id === values.format);
if (seeds.length === 0) {
  console.error(`fuzz: no format "${values.format}"`);
  process.exit(2);
}
const byFormat = new Map<string, FuzzSeed[]>();
for (const seed of seeds) byFormat.set(seed.format.id, [...(byFormat.get(seed.format.id) ?? []), seed]);

interface Tally {
  generated: number;
  parsed: number;
  refused: number;
  failures: number;
  ms: number;
}
const tallies = new Map<string, Tally>();
const distinct = new Map<string, SavedFailure & { count: number }>();

console.log(
  `fuzz: ${runs} parser inputs over ${byFormat.size} formats (${seeds.length} seeds), ${commentRuns} comment round-trips, seed ${baseSeed}`,
);

const perFormat = Math.ceil(runs / byFormat.size);
let chunkSeed = baseSeed;
for (const [id, list] of byFormat) {
  const tally: Tally = { generated: 0, parsed: 0, refused: 0, failures: 0, ms: 0 };
  tallies.set(id, tally);
  const started = performance.now();
  for (let i = 0; i < list.length; i++) {
    const seed = list[i]!;
    const share = Math.floor(perFormat / list.length) + (i < perFormat % list.length ? 1 : 0);
    const arbitrary = arbitraryInput(seed);
    for (let done = 0; done < share; done += CHUNK) {
      chunkSeed = (chunkSeed * 1103515245 + 12345) % 2 ** 31;
      const inputs = fc.sample(arbitrary, { numRuns: Math.min(CHUNK, share - done), seed: chunkSeed });
      for (const input of inputs) {
        tally.generated++;
        try {
          if (checkParserContract(seed.format, input) === 'parsed') tally.parsed++;
          else tally.refused++;
        } catch (error) {
          tally.failures++;
          const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          const key = `${id}\u0000${message.split('\n')[0]!.replace(/\d+/g, 'N').slice(0, 160)}`;
          const known = distinct.get(key);
          if (known) known.count++;
          else
            distinct.set(key, {
              format: id,
              origin: seed.origin,
              path: input.path,
              text: input.text,
              manifests: Object.fromEntries(input.manifests ?? []),
              error: error instanceof Error ? (error.stack ?? message) : message,
              seed: chunkSeed,
              count: 1,
            });
        }
      }
    }
  }
  tally.ms = performance.now() - started;
  console.log(
    `  ${id.padEnd(14)} ${String(tally.generated).padStart(7)} inputs  ${String(tally.parsed).padStart(6)} parsed  ${String(tally.refused).padStart(6)} refused  ${String(tally.failures).padStart(4)} failures  ${(tally.ms / 1000).toFixed(1)} s`,
  );
}

let commentFailures = 0;
let commentGenerated = 0;
const commentStarted = performance.now();
for (let done = 0; done < commentRuns; done += CHUNK) {
  chunkSeed = (chunkSeed * 1103515245 + 12345) % 2 ** 31;
  for (const value of fc.sample(arbitraryRoundTrip, {
    numRuns: Math.min(CHUNK, commentRuns - done),
    seed: chunkSeed,
  })) {
    commentGenerated++;
    try {
      checkRoundTrip(value);
    } catch (error) {
      commentFailures++;
      const message = error instanceof Error ? error.message : String(error);
      const key = `comment\u0000${message.replace(/[0-9a-f]{16}/g, 'ID').slice(0, 160)}`;
      const known = distinct.get(key);
      if (known) known.count++;
      else
        distinct.set(key, {
          format: 'comment-roundtrip',
          origin: 'generated',
          path: '',
          text: JSON.stringify(value),
          manifests: {},
          error: message,
          seed: chunkSeed,
          count: 1,
        });
    }
  }
}
console.log(
  `  ${'comment'.padEnd(14)} ${String(commentGenerated).padStart(7)} round-trips ${String(commentFailures).padStart(4)} failures  ${((performance.now() - commentStarted) / 1000).toFixed(1)} s`,
);

const generated = [...tallies.values()].reduce((n, t) => n + t.generated, 0);
const failures = [...tallies.values()].reduce((n, t) => n + t.failures, 0) + commentFailures;
console.log(
  `fuzz: ${generated} parser inputs + ${commentGenerated} comment round-trips = ${generated + commentGenerated} generated inputs; ${failures} failure(s), ${distinct.size} distinct`,
);
if (distinct.size > 0) {
  if (!values['no-save']) mkdirSync(REGRESSIONS, { recursive: true });
  for (const failure of distinct.values()) {
    const { count, ...saved } = failure;
    const name = `${saved.format}-${createHash('sha256').update(saved.text).digest('hex').slice(0, 12)}.json`;
    console.log(
      `\n✗ ${saved.format} (${saved.origin}, ${count}×): ${saved.error.split('\n').slice(0, 4).join('\n    ')}`,
    );
    if (!values['no-save']) {
      writeFileSync(join(REGRESSIONS, name), `${JSON.stringify(saved, null, 2)}\n`);
      console.log(`  saved test/fuzz/regressions/${name}`);
    }
  }
  process.exitCode = 1;
}
