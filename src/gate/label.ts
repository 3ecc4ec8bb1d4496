/**
 * The anomaly-review label (IEC 62304 7.1.3): when the policy needs it, and whether the one on the
 * PR counts. A label counts only for the change set it was applied to: the state records a digest
 * of the gated changes when it is first seen, and a later push that moves them makes it stale.
 */
import type { Policy } from '../config/policy.js';
import { enrichmentFor } from '../enrich/enrich.js';
import type { EnrichmentResult } from '../enrich/types.js';
import type { Register } from '../register/types.js';
import { code } from '../markdown/escape.js';
import type { ChecklistSection } from './checklist.js';
import { unevaluatedAnomalies } from './register-entries.js';
import type { GateState } from './state.js';

export interface LabelRequirement {
  required: boolean;
  /** Markdown. */
  reason: string;
}

/**
 * When the anomaly-review label is needed: always, never, or when a gated change's new version has
 * known anomalies the register does not (or no longer) evaluate. Until anomalies are looked up for a
 * change nobody can say it has none, so a change that could not be checked (or enrichment turned
 * off) needs the label too.
 */
export function labelRequirement(
  gated: readonly ChecklistSection[],
  rule: Policy['labels']['requireAnomalyLabel'],
  enrichment: EnrichmentResult | undefined,
  register: Register,
  today: Date,
): LabelRequirement {
  if (gated.length === 0 || rule === 'never')
    return { required: false, reason: 'not required by the policy' };
  if (rule === 'always') return { required: true, reason: 'the policy requires it on every SOUP change' };
  if (!enrichment)
    return { required: true, reason: 'anomalies were not looked up (enrich is off): review them by hand' };
  let anomalies = 0;
  let unchecked = 0;
  for (const section of gated) {
    const entry = enrichmentFor(enrichment, section.change);
    if (!entry || entry.unchecked.some((u) => u.what === 'anomalies')) unchecked++;
    const known = [...(entry?.anomalies?.introduced ?? []), ...(entry?.anomalies?.present ?? [])];
    anomalies += unevaluatedAnomalies(register, section.change, known, today).length;
  }
  if (anomalies > 0)
    return {
      required: true,
      reason: `${anomalies} known anomal${anomalies === 1 ? 'y' : 'ies'} in the new versions not evaluated in the register`,
    };
  if (unchecked > 0)
    return { required: true, reason: `anomalies of ${unchecked} change(s) could not be looked up` };
  return { required: false, reason: 'no known anomalies in the new versions' };
}

/** Whether a label on the PR was applied to another change set than `digest`, and must be applied again. */
export function isLabelStale(state: GateState, present: boolean, digest: string): boolean {
  return present && state.labelledChangeSet !== undefined && state.labelledChangeSet !== digest;
}

/** The note the state keeps after the bot removed a stale label. */
export function staleLabelNote(name: string): string {
  return `label ${code(name)} removed: the SOUP changes moved after it was applied, so it must be applied again after review`;
}

/** Why a stale label the bot could not remove does not count. */
export const STALE_LABEL_PROBLEM = 'the SOUP changes moved after it was applied; remove and re-apply it';

/**
 * The state's label record after this run: cleared while no label is on the PR, otherwise the
 * change set it was first seen on (kept, never moved forward to the current one).
 */
export function recordLabel(state: GateState, present: boolean, digest: string): GateState {
  if (!present) return { ...state, labelledChangeSet: undefined };
  return { ...state, labelledChangeSet: state.labelledChangeSet ?? digest };
}

/**
 * Why the label, though present, does not count: nobody is recorded as applying it, or the person
 * who did may not assess SOUP changes (`refusal`, from the reviewer rules). Undefined when it counts.
 */
export function labelActorProblem(actor: string | undefined, refusal: string | null): string | undefined {
  if (!actor) return 'applied by unknown: nobody is recorded as applying it';
  return refusal ? `applied by ${code(actor)}: ${refusal}` : undefined;
}
