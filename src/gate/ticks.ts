import { allItemsBox, type ChecklistSection } from './checklist.js';
import type { CheckboxEdit } from './checkboxes.js';
import { addNote, type GateState, type Tick } from './state.js';
import { code } from '../markdown/escape.js';

export interface TickContext {
  actor: string;
  /** Null when the actor may tick; otherwise why not (Markdown), e.g. "needs write permission". */
  refusal: string | null;
  at: string;
  headSha: string;
  sections: readonly ChecklistSection[];
}

export interface TickOutcome {
  state: GateState;
  accepted: number;
  rejected: number;
}

/** Where a box belongs: the section, and whether it is the section's "all items" box. */
interface BoxOwner {
  section: ChecklistSection;
  all: boolean;
}

function ownersOf(sections: readonly ChecklistSection[]): Map<string, BoxOwner> {
  const owners = new Map<string, BoxOwner>();
  for (const section of sections) {
    for (const item of section.items) owners.set(item.id, { section, all: false });
    const all = allItemsBox(section);
    if (all !== undefined) owners.set(all, { section, all: true });
  }
  return owners;
}

/**
 * Whether `tick` is one the section's "all items" tick `all` added: the same person, time and
 * commit (the all box's ticks are written in one go; one edit that ticks an item and the all box
 * together is read as one act of the all box).
 */
export function addedByAllBox(tick: Tick, all: Tick): boolean {
  return tick.by === all.by && tick.at === all.at && tick.sha === all.sha && tick.target === all.target;
}

/**
 * The state after one accepted toggle. An item's tick records who, when, at which head SHA and
 * for which change; unticking an item removes its tick and the section's "all items" tick (the
 * section is no longer all ticked by it). The "all items" box ticks every open item of its
 * section in the actor's name (items someone already ticked keep their tick) and records itself;
 * unticking it removes only the ticks it added.
 */
function applyToggle(
  state: GateState,
  toggle: { item: string; checked: boolean },
  owner: BoxOwner,
  context: TickContext,
): GateState {
  const section = owner.section;
  const allId = allItemsBox(section);
  const stamp = (item: string): Tick => ({
    item,
    by: context.actor,
    at: context.at,
    sha: context.headSha,
    target: section.key,
  });
  if (!owner.all) {
    const without = state.ticks.filter((tick) => tick.item !== toggle.item);
    if (toggle.checked) return { ...state, ticks: [...without, stamp(toggle.item)] };
    return { ...state, ticks: without.filter((tick) => tick.item !== allId) };
  }
  const allTick = state.ticks.find((tick) => tick.item === toggle.item);
  if (toggle.checked) {
    const ticked = new Set(state.ticks.map((tick) => tick.item));
    const open = section.items.filter((item) => !ticked.has(item.id)).map((item) => stamp(item.id));
    return {
      ...state,
      ticks: [...state.ticks.filter((tick) => tick.item !== toggle.item), ...open, stamp(toggle.item)],
    };
  }
  if (allTick === undefined) return state;
  const items = new Set(section.items.map((item) => item.id));
  return {
    ...state,
    ticks: state.ticks.filter(
      (tick) => tick.item !== toggle.item && !(items.has(tick.item) && addedByAllBox(tick, allTick)),
    ),
  };
}

/**
 * Applies one comment edit to the state. An authorised actor's ticks are recorded (applyToggle);
 * toggles by anyone else, the "all items" box included, and any other edit of the comment, leave
 * the state alone and are noted; the re-rendered comment reverts them.
 */
export function applyTicks(state: GateState, edit: CheckboxEdit, context: TickContext): TickOutcome {
  const owners = ownersOf(context.sections);
  let next = state;
  let accepted = 0;
  let rejected = 0;
  const known = edit.toggles.filter((toggle) => owners.has(toggle.item));
  if (context.refusal !== null && known.length > 0) {
    rejected = known.length;
    next = addNote(
      next,
      context.at,
      `${known.length} ${known.length === 1 ? 'checkbox change' : 'checkbox changes'} by ${code(context.actor)} reverted: ${context.refusal}`,
    );
  } else {
    // Items first, then "all items" boxes: an all box ticked in the same edit fills in what is left.
    const ordered = [
      ...known.filter((toggle) => !owners.get(toggle.item)!.all),
      ...known.filter((toggle) => owners.get(toggle.item)!.all),
    ];
    for (const toggle of ordered) {
      next = applyToggle(next, toggle, owners.get(toggle.item)!, context);
      accepted++;
    }
  }
  if (edit.otherEdits) {
    next = addNote(
      next,
      context.at,
      `an edit by ${code(context.actor)} to this comment's text was reverted (only checkboxes may change)`,
    );
  }
  return { state: next, accepted, rejected };
}
