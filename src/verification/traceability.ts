/**
 * The traceability matrix as plain data: SOUP item → requirement → the tests that verify it → their
 * last result and the run it came from. soup/TRACEABILITY.md carries it as a JSON block (see
 * documents/traceability.ts), so the audit pack and later runs read it back with
 * readTraceabilityData, which trusts nothing in it: the file is committed, so a PR can edit it.
 */
import { matchRequirement, indexResults } from './match.js';
import type {
  MatchedTest,
  RequirementSpec,
  RequirementVerdict,
  ResultRun,
  TestResult,
  TestSelector,
  TestStatus,
} from './types.js';

export const TRACEABILITY_SCHEMA = 'soup-gate/traceability@1';
/** Matched tests kept per requirement (failing and skipped first); the counts cover them all. */
export const MAX_LISTED_TESTS = 50;
/** Bounds on a matrix read back from a file. */
const MAX_ITEMS = 100_000;
const MAX_REQUIREMENTS = 1000;
const MAX_TEXT = 4096;

export const VERDICTS: readonly RequirementVerdict[] = ['passed', 'failed', 'skipped', 'missing', 'untested'];
const STATUSES: readonly TestStatus[] = ['passed', 'failed', 'skipped', 'errored'];

/** One SOUP item as the matrix needs it: its register key and the requirements placed on it. */
export interface TraceItemInput {
  /** The register key, e.g. `npm/express`. */
  key: string;
  /** The versions in use, where the caller knows them. */
  versions?: readonly string[];
  requirements: readonly RequirementSpec[];
}

export interface TraceRequirement {
  id: string;
  text: string;
  tests: TestSelector[];
  verdict: RequirementVerdict;
  /** How many matched tests ended in each status (a test that ran more than once: its worst). */
  counts: Record<TestStatus, number>;
  /** Matched tests, failing and skipped first, at most MAX_LISTED_TESTS. */
  listed: MatchedTest[];
  /** Selectors that matched no test. */
  unmatched: TestSelector[];
  /** The run the result comes from; absent for a requirement that names no tests. */
  run?: ResultRun;
}

export interface TraceItem {
  key: string;
  versions: string[];
  requirements: TraceRequirement[];
}

export interface TraceabilityMatrix {
  schema: typeof TRACEABILITY_SCHEMA;
  /** When the matrix was made (ISO 8601). */
  generatedAt: string;
  /** The run whose results were read (the last result of every requirement that names tests). */
  run: ResultRun;
  /** What the result files held. */
  results: { tests: number } & Record<TestStatus, number>;
  items: TraceItem[];
  /** Requirements per verdict, over every item. */
  totals: Record<RequirementVerdict, number>;
}

export interface BuildTraceabilityInput {
  items: readonly TraceItemInput[];
  results: readonly TestResult[];
  run: ResultRun;
  generatedAt: string;
}

const ORDER: Record<TestStatus, number> = { errored: 0, failed: 1, skipped: 2, passed: 3 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function emptyCounts(): Record<TestStatus, number> {
  return { passed: 0, failed: 0, skipped: 0, errored: 0 };
}

function emptyTotals(): Record<RequirementVerdict, number> {
  return { passed: 0, failed: 0, skipped: 0, missing: 0, untested: 0 };
}

/** The matrix for these items against one run's results; items in key order, requirements as written. */
export function buildTraceability(input: BuildTraceabilityInput): TraceabilityMatrix {
  const index = indexResults(input.results);
  const totals = emptyTotals();
  const items = [...input.items]
    .sort((a, b) => compareText(a.key, b.key))
    .map((item): TraceItem => {
      const requirements = item.requirements.map((spec): TraceRequirement => {
        const result = matchRequirement(spec, index);
        totals[result.verdict]++;
        const counts = emptyCounts();
        for (const test of result.matched) counts[test.status]++;
        const listed = [...result.matched]
          .sort((a, b) => ORDER[a.status] - ORDER[b.status])
          .slice(0, MAX_LISTED_TESTS);
        return {
          id: spec.id,
          text: spec.text,
          tests: [...spec.tests],
          verdict: result.verdict,
          counts,
          listed,
          unmatched: result.unmatched,
          ...(result.verdict !== 'untested' ? { run: { ...input.run } } : {}),
        };
      });
      return { key: item.key, versions: [...(item.versions ?? [])], requirements };
    });
  const results = { tests: input.results.length, ...emptyCounts() };
  for (const result of input.results) results[result.status]++;
  return {
    schema: TRACEABILITY_SCHEMA,
    generatedAt: input.generatedAt,
    run: { ...input.run },
    results,
    items,
    totals,
  };
}

// ---- reading a matrix back from a committed file: every field checked, unknown ones dropped ----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max = MAX_TEXT): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

function texts(value: unknown, max: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const out = value.map((v) => text(v));
  return out.every((v) => v !== undefined) ? (out as string[]) : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

function readRun(value: unknown): ResultRun | undefined {
  if (!isRecord(value)) return undefined;
  const run: ResultRun = {};
  for (const field of ['url', 'headSha', 'date'] as const) {
    if (value[field] === undefined) continue;
    const v = text(value[field], 2048);
    if (v === undefined) return undefined;
    run[field] = v;
  }
  if (value.files !== undefined) {
    const files = texts(value.files, 10_000);
    if (files === undefined) return undefined;
    run.files = files;
  }
  return run;
}

function readCounts<K extends string>(value: unknown, keys: readonly K[]): Record<K, number> | undefined {
  if (!isRecord(value)) return undefined;
  const out = {} as Record<K, number>;
  for (const key of keys) {
    const n = count(value[key]);
    if (n === undefined) return undefined;
    out[key] = n;
  }
  return out;
}

function readMatched(value: unknown): MatchedTest | undefined {
  if (!isRecord(value)) return undefined;
  const selector = text(value.selector);
  const suite = text(value.suite);
  const classname = text(value.classname);
  const name = text(value.name);
  const status = value.status;
  if (
    selector === undefined ||
    suite === undefined ||
    classname === undefined ||
    name === undefined ||
    !STATUSES.includes(status as TestStatus)
  )
    return undefined;
  const file = value.file === undefined ? undefined : text(value.file);
  const message = value.message === undefined ? undefined : text(value.message);
  if (
    (value.file !== undefined && file === undefined) ||
    (value.message !== undefined && message === undefined)
  )
    return undefined;
  return {
    selector,
    suite,
    classname,
    name,
    ...(file !== undefined ? { file } : {}),
    status: status as TestStatus,
    ...(message !== undefined ? { message } : {}),
  };
}

function readRequirement(value: unknown): TraceRequirement | undefined {
  if (!isRecord(value)) return undefined;
  const id = text(value.id);
  const description = text(value.text);
  const tests = texts(value.tests, MAX_REQUIREMENTS);
  const unmatched = texts(value.unmatched, MAX_REQUIREMENTS);
  const counts = readCounts(value.counts, STATUSES);
  const verdict = value.verdict as RequirementVerdict;
  if (
    id === undefined ||
    description === undefined ||
    tests === undefined ||
    unmatched === undefined ||
    counts === undefined ||
    !VERDICTS.includes(verdict) ||
    !Array.isArray(value.listed) ||
    value.listed.length > MAX_LISTED_TESTS
  )
    return undefined;
  const listed = value.listed.map(readMatched);
  if (listed.some((t) => t === undefined)) return undefined;
  const run = value.run === undefined ? undefined : readRun(value.run);
  if (value.run !== undefined && run === undefined) return undefined;
  return {
    id,
    text: description,
    tests,
    verdict,
    counts,
    listed: listed as MatchedTest[],
    unmatched,
    ...(run !== undefined ? { run } : {}),
  };
}

/**
 * A matrix read back from its JSON, or undefined when anything in it is not what buildTraceability
 * writes (a wrong type, an unknown verdict, a list past its bound). Fields it doesn't know are dropped.
 */
export function readTraceabilityData(value: unknown): TraceabilityMatrix | undefined {
  if (!isRecord(value) || value.schema !== TRACEABILITY_SCHEMA) return undefined;
  const generatedAt = text(value.generatedAt, 64);
  const run = readRun(value.run);
  const results = readCounts(value.results, ['tests', ...STATUSES] as const);
  const totals = readCounts(value.totals, VERDICTS);
  if (
    generatedAt === undefined ||
    run === undefined ||
    results === undefined ||
    totals === undefined ||
    !Array.isArray(value.items) ||
    value.items.length > MAX_ITEMS
  )
    return undefined;
  const items: TraceItem[] = [];
  for (const raw of value.items) {
    if (!isRecord(raw) || !Array.isArray(raw.requirements) || raw.requirements.length > MAX_REQUIREMENTS)
      return undefined;
    const key = text(raw.key, 1024);
    const versions = texts(raw.versions, 1000);
    const requirements = raw.requirements.map(readRequirement);
    if (key === undefined || versions === undefined || requirements.some((r) => r === undefined))
      return undefined;
    items.push({ key, versions, requirements: requirements as TraceRequirement[] });
  }
  return { schema: TRACEABILITY_SCHEMA, generatedAt, run, results, items, totals };
}
