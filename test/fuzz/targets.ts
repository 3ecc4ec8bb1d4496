// Fuzz targets shared by the short run in `npm test` (test/fuzz/*.test.ts) and the long run in
// `npm run fuzz` (scripts/fuzz.ts): every registered lockfile format, seeded with the fixtures it
// reads, mutated the ways hostile or broken files look; and the comment tick round-trip.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import fc from 'fast-check';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { FORMATS, findFormat } from '../support/all-formats.js';
import type { LockfileFormat, LockfileInput, ParsedLockfile } from '../../src/lockfiles/types.js';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

export interface FuzzSeed {
  format: LockfileFormat;
  /** Where the seed came from (a fixture folder, or "synthetic"). */
  origin: string;
  input: LockfileInput;
}

/** Minimal valid files for formats whose fixtures are missing or binary; every format gets a seed. */
const SYNTHETIC: Record<string, LockfileInput> = {
  'bun.lockb': { path: 'bun.lockb', text: '\u0000\u0001bun-lockfile-format-v0\n' },
};

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

/**
 * One seed per lockfile in test/fixtures/<ecosystem>/<case>/, its path relative to the case folder
 * (the inventory root) and the case's other files as the manifests it may ask for.
 */
export function loadSeeds(): FuzzSeed[] {
  const seeds: FuzzSeed[] = [];
  for (const ecosystem of readdirSync(FIXTURES)) {
    const ecoDir = join(FIXTURES, ecosystem);
    if (!statSync(ecoDir).isDirectory()) continue;
    for (const name of readdirSync(ecoDir)) {
      const caseDir = join(ecoDir, name);
      if (!statSync(caseDir).isDirectory()) continue;
      const files = walk(caseDir).map((full) => ({
        path: relative(caseDir, full).split(sep).join('/'),
        full,
      }));
      const texts = new Map(files.map((f) => [f.path, readFileSync(f.full, 'utf8')]));
      for (const file of files) {
        const format = findFormat(file.path);
        if (!format) continue;
        const manifests = new Map(
          (format.manifests?.(file.path) ?? [])
            .filter((m) => texts.has(m))
            .map((m) => [m, texts.get(m)!] as const),
        );
        seeds.push({
          format,
          origin: `${ecosystem}/${name}`,
          input: { path: file.path, text: texts.get(file.path)!, manifests },
        });
      }
    }
  }
  for (const [path, input] of Object.entries(SYNTHETIC)) {
    const format = findFormat(path)!;
    if (!seeds.some((s) => s.format === format)) seeds.push({ format, origin: 'synthetic', input });
  }
  const missing = FORMATS.filter((f) => !seeds.some((s) => s.format === f)).map((f) => f.id);
  if (missing.length > 0) throw new Error(`fuzz: no seed for format(s) ${missing.join(', ')}`);
  return seeds;
}

/** Keys that pollute prototypes when a parser assigns them into a plain object. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Tokens a hostile or broken file carries: pollution keys, markup, controls, merge markers, huge runs. */
const HOSTILE_TOKENS = [
  ...POLLUTION_KEYS,
  '__proto__.polluted',
  'constructor.prototype',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '<!-- soup-gate:item release-notes-0123456789abcdef -->',
  '@octocat',
  '\u0000',
  '\u202e',
  '\ud800',
  '\r\n',
  '<<<<<<< HEAD\n',
  '=======\n',
  '>>>>>>> branch\n',
  '&a [*a, *a, *a]',
  '*a',
  '!!js/function',
  '{"__proto__": {"polluted": 1}}',
  'x'.repeat(300),
  ' '.repeat(200),
  '-'.repeat(120),
  '@'.repeat(100),
  '"'.repeat(50),
  '1e999',
  '-0',
  '9007199254740993',
  'NaN',
  'null',
  '~',
  '[[package]]',
  '[package]',
  'version = ',
  'version: ',
  '  specs:',
  '<dependency>',
  '</dependency>',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
];

const punctuation = fc.constantFrom(
  '\n',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ':',
  ',',
  '=',
  '<',
  '>',
  '- ',
  '\t',
  '#',
  '@',
  '/',
  '\\',
  '*',
  '&',
  '!',
  '|',
);

const junk = fc.oneof(
  { weight: 3, arbitrary: punctuation },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TOKENS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

type Edit = (text: string) => string;

/** One edit of a text: the shapes of truncation, merge conflicts, hand edits and hostile content. */
function arbitraryEdit(): fc.Arbitrary<Edit> {
  const at = fc.double({ min: 0, max: 1, noNaN: true });
  const pos = (text: string, f: number): number => Math.floor(f * text.length);
  const lineEdit = (
    f: (lines: string[], i: number, j: number, token: string) => string[],
  ): fc.Arbitrary<Edit> =>
    fc.tuple(at, at, junk).map(([a, b, token]) => (text: string) => {
      const lines = text.split('\n');
      const i = Math.floor(a * lines.length);
      const j = Math.floor(b * lines.length);
      return f(lines, i, j, token).join('\n');
    });
  return fc.oneof(
    // truncate
    at.map((a) => (text: string) => text.slice(0, pos(text, a))),
    // cut a span
    fc.tuple(at, at).map(([a, b]) => (text: string) => {
      const [x, y] = [pos(text, a), pos(text, b)].sort((p, q) => p - q);
      return text.slice(0, x) + text.slice(y!);
    }),
    // insert junk
    fc.tuple(at, junk).map(([a, token]) => (text: string) => {
      const i = pos(text, a);
      return text.slice(0, i) + token + text.slice(i);
    }),
    // duplicate a span elsewhere
    fc.tuple(at, at, fc.integer({ min: 1, max: 200 })).map(([a, b, n]) => (text: string) => {
      const i = pos(text, a);
      const j = pos(text, b);
      return text.slice(0, i) + text.slice(j, j + n) + text.slice(i);
    }),
    // delete, duplicate or swap whole lines
    lineEdit((lines, i) => lines.filter((_, k) => k !== i)),
    lineEdit((lines, i) => [...lines.slice(0, i + 1), lines[i] ?? '', ...lines.slice(i + 1)]),
    lineEdit((lines, i, j) => {
      const out = [...lines];
      [out[i], out[j]] = [out[j] ?? '', out[i] ?? ''];
      return out;
    }),
    // replace a word (a name, a version, a key) with a hostile token
    fc.tuple(at, junk).map(([a, token]) => (text: string) => {
      const words = [...text.matchAll(/[A-Za-z0-9_.@/-]{2,}/g)];
      const word = words[Math.floor(a * words.length)];
      if (!word) return text + token;
      return text.slice(0, word.index) + token + text.slice(word.index + word[0].length);
    }),
  );
}

/** One to three stacked edits of the lockfile, sometimes of a manifest too. */
export function arbitraryInput(seed: FuzzSeed): fc.Arbitrary<LockfileInput> {
  const edits = fc.array(arbitraryEdit(), { minLength: 1, maxLength: 3 });
  const manifestPaths = [...(seed.input.manifests?.keys() ?? [])];
  const manifestEdit =
    manifestPaths.length === 0
      ? fc.constant(undefined)
      : fc.option(fc.tuple(fc.constantFrom(...manifestPaths), arbitraryEdit()), { freq: 4, nil: undefined });
  return fc.tuple(edits, manifestEdit).map(([list, manifest]) => {
    const text = list.reduce((t, edit) => edit(t), seed.input.text);
    if (!manifest) return { ...seed.input, text };
    const manifests = new Map(seed.input.manifests);
    manifests.set(manifest[0], manifest[1](manifests.get(manifest[0])!));
    return { ...seed.input, text, manifests };
  });
}

/** Enumerable keys on the shared prototypes: a parser that assigned `__proto__.x` leaves one. */
export function prototypeKeys(): string[] {
  const keys: string[] = [];
  for (const [name, proto] of [
    ['Object', Object.prototype],
    ['Array', Array.prototype],
    ['Map', Map.prototype],
    ['String', String.prototype],
  ] as const) {
    for (const key in proto) keys.push(`${name}.prototype.${key}`);
  }
  return keys;
}

export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

const SCOPES = new Set(['runtime', 'dev', 'optional']);

function checkParsed(format: LockfileFormat, input: LockfileInput, parsed: ParsedLockfile): void {
  if (!parsed || typeof parsed.format !== 'string' || !Array.isArray(parsed.packages))
    throw new ContractViolation('parse returned no {format, packages}');
  if (!Array.isArray(parsed.findings)) throw new ContractViolation('parse returned no findings array');
  for (const p of parsed.packages) {
    const where = `package ${JSON.stringify(p?.name)}`;
    if (typeof p.name !== 'string' || typeof p.version !== 'string')
      throw new ContractViolation(`${where}: name and version must be strings`);
    if (p.lockfile !== input.path) throw new ContractViolation(`${where}: lockfile ${p.lockfile}`);
    if (typeof p.purl !== 'string') throw new ContractViolation(`${where}: purl must be a string`);
    if (!SCOPES.has(p.scope)) throw new ContractViolation(`${where}: scope ${String(p.scope)}`);
    if (p.direct !== true && p.direct !== false && p.direct !== null)
      throw new ContractViolation(`${where}: direct ${String(p.direct)}`);
    if (typeof p.ecosystem !== 'string') throw new ContractViolation(`${where}: ecosystem`);
    if (Object.getPrototypeOf(p) !== Object.prototype && Object.getPrototypeOf(p) !== null)
      throw new ContractViolation(`${where}: its prototype was swapped`);
  }
  for (const f of parsed.findings)
    if (f.lockfile !== input.path || typeof f.message !== 'string')
      throw new ContractViolation(`finding ${JSON.stringify(f)} does not name the lockfile`);
  void format;
}

/**
 * The oracle for every parser: any input either parses into well-formed packages (deterministically)
 * or throws LockfileParseError whose message starts with the file path; nothing else, and no
 * prototype is touched. Throws on a violation (an Error that is not the parse error, or a
 * ContractViolation).
 */
export function checkParserContract(format: LockfileFormat, input: LockfileInput): 'parsed' | 'refused' {
  let parsed: ParsedLockfile;
  try {
    parsed = format.parse(input);
  } catch (error) {
    if (!(error instanceof LockfileParseError)) throw error;
    // A broken manifest is named itself; anything else must name the lockfile.
    const files = [input.path, ...(input.manifests?.keys() ?? [])];
    if (!files.includes(error.file) || !error.message.startsWith(error.file))
      throw new ContractViolation(
        `LockfileParseError names neither ${files.join(' nor ')}: ${error.message}`,
      );
    if (error.message.length > 2_000)
      throw new ContractViolation(
        `a ${error.message.length}-character error message: ${error.message.slice(0, 200)}`,
      );
    assertPrototypesClean();
    return 'refused';
  }
  checkParsed(format, input, parsed);
  assertPrototypesClean();
  const again = format.parse(input);
  if (JSON.stringify(again) !== JSON.stringify(parsed))
    throw new ContractViolation('parsing the same input twice gave different results');
  return 'parsed';
}

export function assertPrototypesClean(): void {
  const keys = prototypeKeys();
  if (keys.length > 0) {
    for (const key of keys) {
      const [ctor, , name] = key.split('.');
      const proto = (globalThis as unknown as Record<string, { prototype: object }>)[ctor!]!.prototype;
      delete (proto as Record<string, unknown>)[name!];
    }
    throw new ContractViolation(`prototype polluted: ${keys.join(', ')}`);
  }
}

/** What a failing input is saved as under test/fuzz/regressions/, replayed by regressions.test.ts. */
export interface SavedFailure {
  format: string;
  origin: string;
  path: string;
  text: string;
  manifests: Record<string, string>;
  error: string;
  seed?: number;
}
