/**
 * The gate's memory between events: who ticked what, when, at which head SHA and for which target.
 * It lives in the `soup-gate` check run's output, which only the bot's app can write; the PR
 * comment only mirrors it, so editing the comment's markup can never forge a tick.
 */
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
  /** Digest of the change set when the anomaly-review label was last accepted. */
  labelledChangeSet?: string;
  /** The latest things the bot did on its own (reverted ticks, removed labels), newest last. */
  notes: GateNote[];
}

const MARKER = 'soup-gate:state';
const MAX_STATE_CHARS = 48_000;
const MAX_NOTES = 10;

export function emptyState(pr: number): GateState {
  return { version: 1, pr, ticks: [], notes: [] };
}

export function encodeState(state: GateState): string {
  const trimmed = { ...state, notes: state.notes.slice(-MAX_NOTES) };
  return `<!-- ${MARKER} ${Buffer.from(JSON.stringify(trimmed), 'utf8').toString('base64url')} -->`;
}

function isString(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 500;
}

/** Reads the state from text the bot wrote; anything malformed is no state (never a crash, never trusted). */
export function decodeState(text: string, pr: number): GateState | undefined {
  const match = new RegExp(`<!-- ${MARKER} ([A-Za-z0-9_-]{1,${MAX_STATE_CHARS}}) -->`).exec(text);
  if (!match) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
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
