import type { ChecklistSection } from './checklist.js';
import type { CheckboxEdit } from './checkboxes.js';
import { addNote, type GateState } from './state.js';
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

/**
 * Applies one comment edit to the state. An authorised actor's ticks are recorded with who, when,
 * at which head SHA and for which change; unticks remove the record. Toggles by anyone else, and any
 * other edit of the comment, leave the state alone and are noted; the re-rendered comment reverts them.
 */
export function applyTicks(state: GateState, edit: CheckboxEdit, context: TickContext): TickOutcome {
  const owner = new Map<string, string>();
  for (const section of context.sections) for (const item of section.items) owner.set(item.id, section.key);
  let next = state;
  let accepted = 0;
  let rejected = 0;
  const known = edit.toggles.filter((toggle) => owner.has(toggle.item));
  if (context.refusal !== null && known.length > 0) {
    rejected = known.length;
    next = addNote(
      next,
      context.at,
      `${known.length} ${known.length === 1 ? 'checkbox change' : 'checkbox changes'} by ${code(context.actor)} reverted: ${context.refusal}`,
    );
  } else {
    for (const toggle of known) {
      const without = next.ticks.filter((tick) => tick.item !== toggle.item);
      next = {
        ...next,
        ticks: toggle.checked
          ? [
              ...without,
              {
                item: toggle.item,
                by: context.actor,
                at: context.at,
                sha: context.headSha,
                target: owner.get(toggle.item)!,
              },
            ]
          : without,
      };
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
