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
    return {
      required: true,
      reason: `anomalies of ${unchecked} ${unchecked === 1 ? 'change' : 'changes'} could not be looked up`,
    };
  return { required: false, reason: 'no known anomalies in the new versions' };
}

/**
 * Whether the anomaly-review label on the PR counts for the current change set (`digest`).
 *
 * A label counts for the change set the comment showed when it was applied. The comment always shows
 * what the last evaluation saw (`evaluatedChangeSet`), and a `labeled` event this state has not met
 * yet happened after that evaluation read the PR's events. So a new application counts only when the
 * SOUP changes are still the ones last shown; if they moved in between (a push landed while the run
 * for the label was queued), nobody can tell whether the reviewer saw them, and it must be applied
 * again. An application already accepted stays tied to the change set it was accepted for.
 */
export type LabelTiming = 'current' | 'moved-since-applied' | 'applied-before-shown';

export function judgeLabelTiming(state: GateState, eventId: number | undefined, digest: string): LabelTiming {
  if (eventId !== undefined && state.labelEventId === eventId)
    return state.labelledChangeSet === digest ? 'current' : 'moved-since-applied';
  // A state written before event ids were recorded keeps its first-seen rule once.
  if (state.labelEventId === undefined && state.labelledChangeSet !== undefined)
    return state.labelledChangeSet === digest ? 'current' : 'moved-since-applied';
  return state.evaluatedChangeSet === digest ? 'current' : 'applied-before-shown';
}

const TIMING_REASONS: Record<Exclude<LabelTiming, 'current'>, string> = {
  'moved-since-applied': 'the SOUP changes moved after it was applied',
  'applied-before-shown':
    'it was applied while the SOUP changes moved (to changes the checklist had not yet shown)',
};

/** The note the state keeps after the bot removed a label that does not count for these changes. */
export function staleLabelNote(name: string, timing: Exclude<LabelTiming, 'current'>): string {
  return `label ${code(name)} removed: ${TIMING_REASONS[timing]}, so it must be applied again after review`;
}

/** Why a stale label the bot could not remove does not count. */
export function staleLabelProblem(timing: Exclude<LabelTiming, 'current'>): string {
  return `${TIMING_REASONS[timing]}; remove and re-apply it`;
}

/**
 * The state's label record after this run: `tie` is the `labeled` event and the change set the label
 * on the PR is tied to (undefined while no label is on the PR). Every run records the change set it
 * showed.
 */
export function recordLabel(
  state: GateState,
  tie: { eventId: number | undefined; changeSet: string } | undefined,
  digest: string,
): GateState {
  const { labelledChangeSet: _set, labelEventId: _id, ...rest } = state;
  const shown = { ...rest, evaluatedChangeSet: digest };
  if (!tie) return shown;
  return {
    ...shown,
    labelledChangeSet: tie.changeSet,
    ...(tie.eventId !== undefined ? { labelEventId: tie.eventId } : {}),
  };
}

/**
 * What a label that does not count stays tied to when the bot cannot remove it: the change set it
 * was accepted for, or the one the comment showed when it was applied. The next run judges the same
 * application again and refuses it again, until someone removes it.
 */
export function refusedTie(
  state: GateState,
  eventId: number | undefined,
  timing: Exclude<LabelTiming, 'current'>,
): { eventId: number | undefined; changeSet: string } {
  const changeSet = timing === 'moved-since-applied' ? state.labelledChangeSet : state.evaluatedChangeSet;
  return { eventId, changeSet: changeSet ?? '' };
}

/**
 * Why the label, though present, does not count: nobody is recorded as applying it, or the person
 * who did may not assess SOUP changes (`refusal`, from the reviewer rules). Undefined when it counts.
 */
export function labelActorProblem(actor: string | undefined, refusal: string | null): string | undefined {
  if (!actor) return 'applied by unknown: nobody is recorded as applying it';
  return refusal ? `applied by ${code(actor)}: ${refusal}` : undefined;
}
