/**
 * The gate's memory between events: who ticked what, when, at which head SHA and for which target.
 *
 * DESIGN — where the tick record lives and how much it holds.
 * The record lives in the bot's own `soup-gate` check run, which only the bot's app can write; the
 * PR comment only mirrors it, so editing the comment's markup can never forge a tick. A check run
 * offers two fields of 65,535 characters each (`output.text`, `output.summary`) per write, and
 * every event writes the record exactly once (one create or update call), so the record must fit
 * in those two fields. A grouped PR with 3,000 updated packages has about 10,000 checklist items;
 * written as version 1 (base64url JSON, one object per tick with the full item id, target, login,
 * time and SHA) that is about 3.6 million characters, so version 2 stores it as:
 *
 * 1. A compact form: the distinct targets once, sorted (sorted change keys share long prefixes),
 *    logins and SHAs in dictionaries, ticks grouped by target with one small number per column
 *    (kind, login, SHA, milliseconds since the previous tick). An item id is never stored when
 *    it is the checklist's own `itemId(target, kind)`, which is what every tick the gate records
 *    is; any other id is stored verbatim, so every state round-trips exactly.
 * 2. Raw deflate (the compression is passed in: gate code stays pure), then base64url.
 * 3. Spread over the two fields: the first part in `output.text`, any rest at the end of
 *    `output.summary` after the human summary, which is shortened to leave room (the comment and
 *    the job summary carry the full list of what blocks). Both parts are HTML comments carrying the
 *    marker, the part number and the length of the whole, so a half-written or spliced record
 *    is no record.
 *
 * The label records and any other field of GateState are stored as they are and read back
 * through readStateObject, the one check version 1 uses too.
 *
 * Measured (test/gate/state-record.test.ts): 10,002 ticks with names such as
 * `@some-very-long-scope/some-very-long-package-name-…`, 40-character SHAs and ISO times take
 * about 43,000 characters (44,000 with every tick at its own time; 9,000 ticks with incompressible
 * hashed names about 81,000, over both fields). Capacity is RECORD_CAPACITY (126,942) characters;
 * a run's new ticks are stored only below NEW_TICKS_CAPACITY, so a stored record can always be
 * rewritten. Past it the gate fails closed (tick-merge.ts fitTickRecord): none of the run's new
 * ticks are recorded, the comment shows them unticked with a note, and the check run is red saying
 * "the tick record for N items exceeds what soup-gate can store; split the PR".
 *
 * Version 1 lives here; version 2 in state-record.ts.
 *
 * Reading is bounded: each part is matched only up to the field limit, inflation stops at
 * MAX_PACKED_BYTES, and every index and count is checked; anything malformed is no state (never a
 * crash, never trusted). Version 1 records (single `output.text` field) are still read.
 * Who may write a record is unchanged: only the bot's app's `soup-gate` runs are read
 * (gate-check.ts), and a record names its PR number.
 */

import { readShownWording, type ShownWording } from './shown-wording.js';

export interface Tick {
  item: string;
  by: string;
  at: string;
  sha: string;
  /** The change the tick assessed (package, lockfile, from, to): a new target version is a new item. */
  target: string;
}

export interface GateNote {
  at: string;
  text: string;
}

export interface GateState {
  version: 1;
  pr: number;
  ticks: Tick[];
  /** Digest of the change set the anomaly-review label was accepted for. */
  labelledChangeSet?: string;
  /** The `labeled` issue event that acceptance is tied to: a new application is judged afresh. */
  labelEventId?: number;
  /** Digest of the change set the last evaluation showed in the comment (what a reviewer saw). */
  evaluatedChangeSet?: string;
  /** The latest things the bot did on its own (reverted ticks, removed labels), newest last. */
  notes: GateNote[];
  /** What the comment last showed of each gated change, so the change record shows the ticked label. */
  shown?: ShownWording;
  /**
   * Requirement-level re-verification as the last evaluation found it (issue 17): the merge
   * handler copies it into the change record instead of downloading the artifact again.
   */
  reverified?: ReverifiedRecord;
}

/** Per gated update, each requirement's verdict on the evidence run's JUnit results. */
export interface ReverifiedRecord {
  /** The evidence run's page. */
  run: string;
  /** The head SHA the tests ran on. */
  sha: string;
  artifact: string;
  changes: Array<{
    /** The change's key (as tick targets are). */
    target: string;
    requirements: Array<{ id: string; verdict: string; tests: number }>;
  }>;
  /** Changes or requirements left out to keep the record small. */
  omitted?: number;
}

/** Changes and requirements per change kept in the record (the rest are counted as omitted). */
export const MAX_REVERIFIED_CHANGES = 200;
export const MAX_REVERIFIED_REQUIREMENTS = 50;

const MARKER = 'soup-gate:state';
/** GitHub refuses a check run's `output.text` or `output.summary` over this many characters. */
export const OUTPUT_FIELD_LIMIT = 65_535;
export const MAX_STRING = 500;
export const MAX_NOTES = 10;
/** Version 1 was read up to 48,000 characters; GitHub stored up to the field limit. */
const MAX_V1_CHARS = OUTPUT_FIELD_LIMIT;

export function emptyState(pr: number): GateState {
  return { version: 1, pr, ticks: [], notes: [] };
}

export function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_STRING;
}

// ---- version 1: base64url JSON in output.text (still read; written by releases before version 2)

/** The version-1 form, `<!-- soup-gate:state BASE64URL-JSON -->`. */
export function encodeState(state: GateState): string {
  const trimmed = { ...state, notes: state.notes.slice(-MAX_NOTES) };
  return `<!-- ${MARKER} ${Buffer.from(JSON.stringify(trimmed), 'utf8').toString('base64url')} -->`;
}

/** Reads a version-1 state from text the bot wrote; anything malformed is no state (never a crash, never trusted). */
export function decodeState(text: string, pr: number): GateState | undefined {
  const match = new RegExp(`<!-- ${MARKER} ([A-Za-z0-9_-]{1,${MAX_V1_CHARS}}) -->`).exec(text);
  if (!match) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  return readStateObject(raw, pr);
}

/**
 * The one check of a state object's fields, for version 1 and for the fields version 2 stores
 * as they are (everything but the ticks and notes): a field added to GateState is read here once.
 */
export function readStateObject(raw: unknown, pr: number): GateState | undefined {
  const value = raw as Partial<GateState> | null;
  if (
    !value ||
    value.version !== 1 ||
    value.pr !== pr ||
    !Array.isArray(value.ticks) ||
    !Array.isArray(value.notes)
  ) {
    return undefined;
  }
  const ticks = value.ticks.filter(
    (t: unknown): t is Tick =>
      !!t &&
      typeof t === 'object' &&
      isString((t as Tick).item) &&
      isString((t as Tick).by) &&
      isString((t as Tick).at) &&
      isString((t as Tick).sha) &&
      isString((t as Tick).target),
  );
  const shown = value.shown === undefined ? undefined : readShownWording(value.shown);
  const notes = value.notes.filter(
    (n: unknown): n is GateNote =>
      !!n && typeof n === 'object' && isString((n as GateNote).at) && isString((n as GateNote).text),
  );
  return {
    version: 1,
    pr,
    ticks: ticks.map(({ item, by, at, sha, target }) => ({ item, by, at, sha, target })),
    notes: notes.map(({ at, text }) => ({ at, text })),
    ...(isString(value.labelledChangeSet) ? { labelledChangeSet: value.labelledChangeSet } : {}),
    ...(Number.isSafeInteger(value.labelEventId) ? { labelEventId: value.labelEventId } : {}),
    ...(isString(value.evaluatedChangeSet) ? { evaluatedChangeSet: value.evaluatedChangeSet } : {}),
    ...(shown ? { shown } : {}),
    ...((reverified) => (reverified ? { reverified } : {}))(readReverified(value.reverified)),
  };
}

/** A stored ReverifiedRecord, checked field by field (the record is read back from a check run). */
function readReverified(raw: unknown): ReverifiedRecord | undefined {
  const value = raw as Partial<ReverifiedRecord> | null | undefined;
  if (!value || !isString(value.run) || !isString(value.sha) || !isString(value.artifact)) return undefined;
  if (!Array.isArray(value.changes)) return undefined;
  const changes: ReverifiedRecord['changes'] = [];
  for (const change of value.changes.slice(0, MAX_REVERIFIED_CHANGES) as unknown[]) {
    const c = change as { target?: unknown; requirements?: unknown } | null;
    if (!c || typeof c.target !== 'string' || c.target.length > 10_000 || !Array.isArray(c.requirements))
      continue;
    const requirements = (c.requirements as unknown[])
      .slice(0, MAX_REVERIFIED_REQUIREMENTS)
      .filter(
        (r): r is { id: string; verdict: string; tests: number } =>
          !!r &&
          isString((r as { id?: unknown }).id) &&
          isString((r as { verdict?: unknown }).verdict) &&
          Number.isSafeInteger((r as { tests?: unknown }).tests),
      )
      .map(({ id, verdict, tests }) => ({ id, verdict, tests }));
    changes.push({ target: c.target, requirements });
  }
  return {
    run: value.run,
    sha: value.sha,
    artifact: value.artifact,
    changes,
    ...(Number.isSafeInteger(value.omitted) ? { omitted: value.omitted } : {}),
  };
}

/**
 * Keeps the ticks of items that still exist. Item ids include the change's target version, so a
 * push that moves a package to another version drops that package's ticks and only those.
 */
export function reconcileTicks(state: GateState, itemIds: ReadonlySet<string>): GateState {
  return { ...state, ticks: state.ticks.filter((tick) => itemIds.has(tick.item)) };
}

/**
 * The sticky comment's pointer to the check run that held the state when the comment was written:
 * on a new head that has no gate check run yet, the state is read from there (never from the
 * comment itself, whose text anyone with write access can edit).
 */
const STATE_REF = /<!-- soup-gate:state-ref check-run=(\d{1,20}) -->/;

export function stateRefMarker(checkRunId: number): string {
  return `<!-- soup-gate:state-ref check-run=${checkRunId} -->`;
}

/** The check run id a comment body points at, if it carries the marker. */
export function readStateRef(body: string): number | undefined {
  const pointer = STATE_REF.exec(body);
  return pointer ? Number(pointer[1]) : undefined;
}

export function addNote(state: GateState, at: string, text: string): GateState {
  return { ...state, notes: [...state.notes, { at, text }].slice(-MAX_NOTES) };
}
