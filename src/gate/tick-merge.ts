/**
 * Merging one run's tick changes into state another run wrote meanwhile. Two reviewers ticking at
 * the same moment start two runs that each read the same state: each must carry over only what it
 * changed, or the later write drops the earlier reviewer's ticks.
 */
import { NEW_TICKS_CAPACITY, RECORD_CAPACITY } from './state-record.js';
import { addNote, type GateState, type Tick } from './state.js';

/** What one run changed: the ticks it recorded and the items it unticked. */
export interface TickChanges {
  added: Tick[];
  removed: Set<string>;
}

/** Notes kept in a merged state, newest last (the state's own limit). */
const MAX_MERGED_NOTES = 10;

/** A tick's identity: the same item ticked again by someone else, or later, is another tick. */
export function tickKey(tick: Tick): string {
  return `${tick.item}\u0000${tick.by}\u0000${tick.at}`;
}

/** Ticks this run recorded (not in the state it read). */
export function addedTicks(baseline: GateState, mine: GateState): Tick[] {
  const before = new Set(baseline.ticks.map(tickKey));
  return mine.ticks.filter((tick) => !before.has(tickKey(tick)));
}

/** Items this run unticked: ticked in the state it read, not ticked now. */
export function removedItems(baseline: GateState, mine: GateState): Set<string> {
  const still = new Set(mine.ticks.map((tick) => tick.item));
  return new Set(baseline.ticks.filter((tick) => !still.has(tick.item)).map((tick) => tick.item));
}

/** What a run changed between the state it read and the state it means to write. */
export function tickChanges(baseline: GateState, mine: GateState): TickChanges {
  return { added: addedTicks(baseline, mine), removed: removedItems(baseline, mine) };
}

/**
 * The latest state with this run's own ticks and unticks applied on top, limited to the items that
 * exist now; this run's label record; notes from both, each once, in time order.
 */
export function mergeTicks(
  latest: GateState,
  mine: GateState,
  changes: TickChanges,
  itemIds: ReadonlySet<string>,
): GateState {
  const added = new Set(changes.added.map((tick) => tick.item));
  const ticks = [
    ...latest.ticks.filter((tick) => !changes.removed.has(tick.item) && !added.has(tick.item)),
    ...changes.added,
  ].filter((tick) => itemIds.has(tick.item));
  const seen = new Set<string>();
  const notes = [...latest.notes, ...mine.notes]
    .filter((note) => {
      const key = `${note.at}\u0000${note.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-MAX_MERGED_NOTES);
  return { ...mine, ticks, notes };
}

/** Whether a state still carries this run's ticks and unticks (no concurrent write undid them). */
export function containsChanges(state: GateState, changes: TickChanges): boolean {
  const keys = new Set(state.ticks.map(tickKey));
  return (
    changes.added.every((tick) => keys.has(tickKey(tick))) &&
    !state.ticks.some((tick) => changes.removed.has(tick.item))
  );
}

/** What a run stores: the state, its encoded record, the tick changes it kept and those it could not. */
export interface FittedRecord {
  state: GateState;
  record: string;
  changes: TickChanges;
  /** This run's new ticks left out because the record would pass NEW_TICKS_CAPACITY. */
  refused: Tick[];
}

/**
 * The state this run stores on top of `base` (the latest stored state): all of its changes while
 * the record stays under NEW_TICKS_CAPACITY; past that, none of its new ticks (unticks still
 * count), with a note saying why, so the comment never shows a tick the record does not hold and
 * a tick once stored is never dropped to make room. Undefined when even that cannot be stored.
 */
export function fitTickRecord(input: {
  base: GateState;
  mine: GateState;
  changes: TickChanges;
  itemIds: ReadonlySet<string>;
  /** Checklist items, for the note (itemIds also holds the "all items" boxes); default itemIds' size. */
  items?: number;
  encode: (state: GateState) => string;
  at: string;
}): FittedRecord | undefined {
  const { base, mine, changes, itemIds, encode } = input;
  const limit = changes.added.length > 0 ? NEW_TICKS_CAPACITY : RECORD_CAPACITY;
  // The wording the comment showed goes first when room is short: without it the change record
  // says its wording was rebuilt at merge, while a tick left out could never count.
  const full = mergeTicks(base, mine, changes, itemIds);
  // Then the per-requirement results, counted as left out (the change record says how many): a
  // tick left out could never count, results left out are still on the evidence run's page.
  const candidates = [full];
  if (full.shown) candidates.push(withoutShown(full));
  if (full.reverified && full.reverified.changes.length > 0) candidates.push(withoutDetail(full));
  for (const state of candidates) {
    const record = encode(state);
    if (record.length <= limit) return { state, record, changes, refused: [] };
  }
  const kept: TickChanges = { added: [], removed: changes.removed };
  const n = changes.added.length;
  const note = `${n} ${n === 1 ? 'tick' : 'ticks'} not recorded: ${overflowReason(input.items ?? itemIds.size)}`;
  const withheld = addNote(withoutDetail(mergeTicks(base, mine, kept, itemIds)), input.at, note);
  for (const candidate of [withheld, { ...withheld, notes: withheld.notes.slice(-1) }]) {
    const smaller = encode(candidate);
    if (smaller.length <= RECORD_CAPACITY)
      return { state: candidate, record: smaller, changes: kept, refused: changes.added };
  }
  return undefined;
}

function withoutShown(state: GateState): GateState {
  const { shown: _shown, ...rest } = state;
  return rest;
}

/** Without the shown wording and with the per-requirement results counted, not listed. */
function withoutDetail(state: GateState): GateState {
  const rest = withoutShown(state);
  const results = rest.reverified;
  if (!results || results.changes.length === 0) return rest;
  const omitted = (results.omitted ?? 0) + results.changes.length;
  return { ...rest, reverified: { ...results, changes: [], omitted } };
}

/** Why ticks were not recorded, as the check run, the comment and the step say it. */
export function overflowReason(items: number): string {
  return `the tick record for ${items} items exceeds what soup-gate can store; split the PR`;
}
