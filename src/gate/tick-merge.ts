/**
 * Merging one run's tick changes into state another run wrote meanwhile. Two reviewers ticking at
 * the same moment start two runs that each read the same state: each must carry over only what it
 * changed, or the later write drops the earlier reviewer's ticks.
 */
import type { GateState, Tick } from './state.js';

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
