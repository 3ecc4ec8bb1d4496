import type { ChecklistSection } from './checklist.js';
import { describeChange } from './checklist.js';
import { code } from '../markdown/escape.js';
import type { GateState, Tick } from './state.js';

export interface EvidenceStatus {
  required: boolean;
  satisfied: boolean;
  /** Markdown: the verified run (a link) or what is awaited. */
  description: string;
  /** The run that was accepted, where one was: requirement-level results are read from it. */
  accepted?: AcceptedRun;
}

/** The evidence run the rules accepted: a check run (by name and app) or a linked workflow run. */
export type AcceptedRun =
  | { kind: 'check-run'; name: string; url: string; appSlug: string | null; checkSuiteId: number | null }
  | { kind: 'workflow-run'; id: number; url: string; path: string; name: string | null };

export interface LabelStatus {
  name: string;
  required: boolean;
  present: boolean;
  /** Why it is required (Markdown), e.g. "2 known anomalies". */
  reason: string;
  /** Markdown: why a present label does not count (applied by someone who may not review). */
  problem?: string;
}

export interface GateVerdict {
  passed: boolean;
  /** Markdown lines, one per thing that still blocks the gate. */
  missing: string[];
  open: number;
  total: number;
  /** The lines of `missing` that are neither open checklist items, evidence nor the label. */
  blockers?: string[];
}

export function findTick(state: GateState, item: string): Tick | undefined {
  return state.ticks.find((tick) => tick.item === item);
}

/**
 * The gate passes only when every required item of every gated change is ticked by an authorised
 * reviewer (the state holds no other ticks), the evidence is verified, the required label is present
 * and counts, and nothing else blocks (anomalies not checked, a denied licence, a missing register entry).
 */
export function evaluateGate(input: {
  sections: readonly ChecklistSection[];
  state: GateState;
  evidence: EvidenceStatus;
  label: LabelStatus;
  blockers?: readonly string[];
}): GateVerdict {
  const missing: string[] = [];
  let open = 0;
  let total = 0;
  for (const section of input.sections) {
    if (!section.gated) continue;
    const waiting = section.items.filter((item) => !findTick(input.state, item.id));
    total += section.items.length;
    open += waiting.length;
    if (waiting.length > 0) {
      missing.push(
        `${describeChange(section.change)}: ${waiting.length} of ${section.items.length} checklist items open`,
      );
    }
  }
  const gatedChanges = input.sections.some((s) => s.gated);
  if (gatedChanges && input.evidence.required && !input.evidence.satisfied) {
    missing.push(`re-verification evidence: ${input.evidence.description}`);
  }
  if (gatedChanges && input.label.required) {
    if (!input.label.present) missing.push(`label ${code(input.label.name)} missing (${input.label.reason})`);
    else if (input.label.problem)
      missing.push(`label ${code(input.label.name)} does not count: ${input.label.problem}`);
  }
  const blockers = [...(input.blockers ?? [])];
  missing.push(...blockers);
  return { passed: missing.length === 0, missing, open, total, blockers };
}
