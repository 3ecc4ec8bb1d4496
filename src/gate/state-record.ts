/**
 * Version 2 of the tick record: the compact form, compressed, laid out over a check run's
 * `output.text` and `output.summary`. Why and how: the DESIGN comment at the top of state.ts.
 */
import { itemId, type ItemKind } from './checklist.js';
import {
  decodeState,
  isString,
  MAX_NOTES,
  MAX_STRING,
  OUTPUT_FIELD_LIMIT,
  readStateObject,
  type GateNote,
  type GateState,
  type Tick,
} from './state.js';

/** Compression for the record, passed in so this module stays pure (the app gives raw deflate). */
export interface StateCompression {
  compress(bytes: Uint8Array): Uint8Array;
  /** Must throw rather than return more than `maxBytes` (a small forged record may inflate to gigabytes). */
  decompress(bytes: Uint8Array, maxBytes: number): Uint8Array;
}

/** The two check-run output fields the record is spread over. */
export interface StateOutput {
  text: string;
  summary: string;
}

const MARKER = 'soup-gate:state';
/** Room the human summary always keeps when the record spills into `output.summary`. */
const SUMMARY_ROOM = 4_000;
/** Longest `<!-- soup-gate:state v2 part 1/2 of 123456 … -->` frame around a part's data. */
const PART_FRAME = 64;
const TEXT_RECORD_ROOM = OUTPUT_FIELD_LIMIT - PART_FRAME;
const SUMMARY_RECORD_ROOM = OUTPUT_FIELD_LIMIT - SUMMARY_ROOM - PART_FRAME;
/** The most base64url characters of record a check run can hold. */
export const RECORD_CAPACITY = TEXT_RECORD_ROOM + SUMMARY_RECORD_ROOM;
/**
 * New ticks are recorded only while the record stays this far below capacity, so a stored record
 * can always be written again after a later event adds notes or a label record (the gate never has
 * to drop a tick it once stored).
 */
export const NEW_TICKS_CAPACITY = RECORD_CAPACITY - 2_000;
/** The inflated compact form is never larger than this (10,000 ticks take well under 1 MB). */
const MAX_PACKED_BYTES = 8_000_000;
const MAX_TICKS = 100_000;
/** A target is a change key; integrity hashes and source URLs make some long, and none may be lost. */
const MAX_TARGET = 10_000;

function isIndex(value: unknown, size: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < size;
}

// ---- version 2: compact, deflated, over output.text and output.summary

/** The compact form (before compression); one-letter keys because this is stored 10,000 times over. */
interface PackedState {
  v: 2;
  pr: number;
  /** the state's other fields (label records), as they are; read back through readStateObject */
  x: Record<string, unknown>;
  /** notes as [at, text] */
  n: Array<[string, string]>;
  /** distinct targets, sorted */
  T: string[];
  /** distinct kinds (item id prefixes) */
  K: string[];
  /** distinct logins */
  B: string[];
  /** distinct head SHAs */
  S: string[];
  /** ticks per target, in T's order; the columns below list the ticks in that order */
  c: number[];
  /** index into K when the item id is itemId(target, kind); else the item id itself */
  k: Array<number | string>;
  /** index into B */
  b: number[];
  /** index into S */
  s: number[];
  /** milliseconds since the previous numeric time (canonical ISO times); else the time itself */
  a: Array<number | string>;
}

const CANONICAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const KIND_OF_ID = /^([a-z][a-z-]{0,39})-[0-9a-f]{16}$/;

function dictionary(values: readonly string[]): { list: string[]; index: Map<string, number> } {
  const list = [...new Set(values)];
  return { list, index: new Map(list.map((value, i) => [value, i])) };
}

/** Every field but the ones version 2 packs itself, so a field added to GateState is stored too. */
function otherFields(state: GateState): Record<string, unknown> {
  const { version: _version, pr: _pr, ticks: _ticks, notes: _notes, ...other } = state;
  return other;
}

function packState(state: GateState): PackedState {
  const targets = [...new Set(state.ticks.map((tick) => tick.target))].sort();
  const targetIndex = new Map(targets.map((target, i) => [target, i]));
  // A stable sort keeps the order of ticks within a target, so findTick reads the same tick.
  const ticks = [...state.ticks].sort((x, y) => targetIndex.get(x.target)! - targetIndex.get(y.target)!);
  const logins = dictionary(ticks.map((tick) => tick.by));
  const shas = dictionary(ticks.map((tick) => tick.sha));
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const counts = targets.map(() => 0);
  const k: PackedState['k'] = [];
  const a: PackedState['a'] = [];
  let previous = 0;
  for (const tick of ticks) {
    counts[targetIndex.get(tick.target)!]!++;
    const kind = KIND_OF_ID.exec(tick.item)?.[1];
    if (kind !== undefined && itemId(tick.target, kind as ItemKind) === tick.item) {
      if (!kindIndex.has(kind)) kindIndex.set(kind, kinds.push(kind) - 1);
      k.push(kindIndex.get(kind)!);
    } else {
      k.push(tick.item);
    }
    const ms = Date.parse(tick.at);
    // Four-digit years only: their differences stay exact integers (a ±year-275,000 pair would not).
    if (CANONICAL_TIME.test(tick.at) && new Date(ms).toISOString() === tick.at) {
      a.push(ms - previous);
      previous = ms;
    } else {
      a.push(tick.at);
    }
  }
  return {
    v: 2,
    pr: state.pr,
    x: otherFields(state),
    n: state.notes.slice(-MAX_NOTES).map((note) => [note.at, note.text]),
    T: targets,
    K: kinds,
    B: logins.list,
    S: shas.list,
    c: counts,
    k,
    b: ticks.map((tick) => logins.index.get(tick.by)!),
    s: ticks.map((tick) => shas.index.get(tick.sha)!),
    a,
  };
}

function isStringList(value: unknown, max = MAX_STRING): value is string[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'string' && x.length <= max);
}

/** The state a compact form describes, or undefined when any part of it is out of shape. */
function unpackState(raw: unknown, pr: number): GateState | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const p = raw as Partial<PackedState>;
  if (p.v !== 2 || p.pr !== pr) return undefined;
  const { T, K, B, S, c, k, b, s, a, n } = p;
  if (!isStringList(T, MAX_TARGET) || !isStringList(K) || !isStringList(B) || !isStringList(S))
    return undefined;
  if (!K.every((kind) => /^[a-z][a-z-]{0,39}$/.test(kind))) return undefined;
  if (!Array.isArray(c) || c.length !== T.length || !c.every((x) => Number.isInteger(x) && x >= 0))
    return undefined;
  const total = c.reduce((sum, x) => sum + x, 0);
  if (total > MAX_TICKS) return undefined;
  if (![k, b, s, a].every((column) => Array.isArray(column) && column.length === total)) return undefined;
  if (!Array.isArray(n) || n.length > MAX_NOTES) return undefined;
  if (!p.x || typeof p.x !== 'object' || Array.isArray(p.x)) return undefined;
  const notes: GateNote[] = [];
  for (const note of n) {
    if (!Array.isArray(note) || note.length !== 2 || !isString(note[0]) || !isString(note[1]))
      return undefined;
    notes.push({ at: note[0], text: note[1] });
  }
  const ticks: Tick[] = [];
  let previous = 0;
  let next = 0;
  for (let t = 0; t < T.length; t++) {
    const target = T[t]!;
    for (let i = 0; i < c[t]!; i++, next++) {
      const kind = k![next];
      const by = b![next];
      const sha = s![next];
      const time = a![next];
      let item: string;
      if (isIndex(kind, K.length)) item = itemId(target, K[kind] as ItemKind);
      else if (isString(kind)) item = kind;
      else return undefined;
      if (!isIndex(by, B.length) || !isIndex(sha, S.length)) return undefined;
      let at: string;
      if (typeof time === 'number' && Number.isInteger(time)) {
        previous += time;
        // Date's own range: beyond it toISOString throws.
        if (Math.abs(previous) > 8.64e15) return undefined;
        at = new Date(previous).toISOString();
      } else if (isString(time)) at = time;
      else return undefined;
      ticks.push({ item, by: B[by]!, at, sha: S[sha]!, target });
    }
  }
  const other = readStateObject({ ...p.x, version: 1, pr, ticks: [], notes: [] }, pr);
  return other && { ...other, ticks, notes };
}

/** The version-2 record: the compact form, compressed, as base64url. Its length is what must fit. */
export function encodeStateRecord(state: GateState, compression: StateCompression): string {
  const packed = Buffer.from(JSON.stringify(packState(state)), 'utf8');
  return Buffer.from(compression.compress(packed)).toString('base64url');
}

function frame(part: number, parts: number, total: number, data: string): string {
  return `<!-- ${MARKER} v2 part ${part}/${parts} of ${total} ${data} -->`;
}

/** A summary cut at a line so that it fits `room` characters with a note saying where the rest is. */
function shortenSummary(summary: string, room: number): string {
  if (summary.length <= room) return summary;
  const note =
    '\n\n_… cut here to make room for the tick record; the PR comment and the job summary list the rest._';
  const cut = summary.slice(0, room - note.length);
  const line = cut.lastIndexOf('\n');
  return `${line > 0 ? cut.slice(0, line) : cut}${note}`;
}

/**
 * The check run's text and summary carrying `record` (from encodeStateRecord) beside the human
 * summary; undefined when the record is over RECORD_CAPACITY (the caller must then store less).
 */
export function layOutStateOutput(record: string, summary: string): StateOutput | undefined {
  if (record.length > RECORD_CAPACITY) return undefined;
  if (record.length <= TEXT_RECORD_ROOM) {
    return {
      text: frame(1, 1, record.length, record),
      summary: shortenSummary(summary, OUTPUT_FIELD_LIMIT),
    };
  }
  const rest = frame(2, 2, record.length, record.slice(TEXT_RECORD_ROOM));
  return {
    text: frame(1, 2, record.length, record.slice(0, TEXT_RECORD_ROOM)),
    summary: `${shortenSummary(summary, OUTPUT_FIELD_LIMIT - rest.length - 1)}\n${rest}`,
  };
}

const PART = /<!-- soup-gate:state v2 part ([12])\/([12]) of (\d{1,7}) ([A-Za-z0-9_-]+) -->/;

/** One part of a version-2 record in a field, read without scanning more than the field can hold. */
function readPart(field: string): { part: number; parts: number; total: number; data: string } | undefined {
  if (field.length > OUTPUT_FIELD_LIMIT) return undefined;
  const match = PART.exec(field);
  if (!match) return undefined;
  return { part: Number(match[1]), parts: Number(match[2]), total: Number(match[3]), data: match[4]! };
}

/**
 * The state a gate check run's output holds for this PR: version 2 over text (and summary), else
 * version 1 in the text. Anything malformed, spliced, oversized or for another PR is no state.
 */
export function decodeStateOutput(
  output: StateOutput,
  pr: number,
  compression: StateCompression,
): GateState | undefined {
  const first = readPart(output.text);
  if (!first) return decodeState(output.text, pr);
  if (first.part !== 1) return undefined;
  let record = first.data;
  if (first.parts === 2) {
    const second = readPart(output.summary);
    if (!second || second.part !== 2 || second.parts !== 2 || second.total !== first.total) return undefined;
    record += second.data;
  }
  if (record.length !== first.total || record.length > RECORD_CAPACITY) return undefined;
  try {
    const packed = compression.decompress(Buffer.from(record, 'base64url'), MAX_PACKED_BYTES);
    return unpackState(JSON.parse(Buffer.from(packed).toString('utf8')), pr);
  } catch {
    return undefined;
  }
}
