import type { Policy } from '../config/policy.js';
import type { EnrichmentResult } from '../enrich/types.js';
import { digestChanges, type ChecklistSection } from '../gate/checklist.js';
import type { LabelStatus } from '../gate/evaluate.js';
import {
  judgeLabelTiming,
  labelActorProblem,
  labelRequirement,
  recordLabel,
  refusedTie,
  staleLabelNote,
  staleLabelProblem,
} from '../gate/label.js';
import { addNote, type GateState } from '../gate/state.js';
import { PermissionError } from '../github/errors.js';
import { findLatestLabeling, removeLabel } from '../github/labels.js';
import type { PullRequestInfo } from '../github/pull-request.js';
import type { Register } from '../register/types.js';
import type { AppContext } from './context.js';
import type { ReviewerCheck } from './reviewers.js';

export interface LabelInputs {
  pr: PullRequestInfo;
  policy: Policy;
  sections: readonly ChecklistSection[];
  enrichment: EnrichmentResult | undefined;
  register: Register;
  reviewer: ReviewerCheck;
}

/**
 * The anomaly-review label's status (rules in gate/label.ts), and the state with its record. A label
 * that does not count for the current change set (applied to another one, or while the changes moved)
 * is removed and must be applied again; where the token may not remove it, it stays but does not count. A required label counts only when applied by a reviewer.
 */
export async function checkAnomalyLabel(
  context: AppContext,
  input: LabelInputs,
  state: GateState,
): Promise<{ label: LabelStatus; state: GateState }> {
  const { client, repo, io } = context;
  const { pr, policy } = input;
  const name = policy.labels.anomaliesReviewed;
  const gated = input.sections.filter((s) => s.gated);
  const { required, reason } = labelRequirement(
    gated,
    policy.labels.requireAnomalyLabel,
    input.enrichment,
    input.register,
    io.now(),
  );
  const digest = digestChanges(gated.map((s) => s.change));
  if (!pr.labels.includes(name))
    return {
      label: { name, required, present: false, reason },
      state: recordLabel(state, undefined, digest),
    };
  const labeling = await findLatestLabeling(client, repo, pr.number, name);
  const timing = judgeLabelTiming(state, labeling?.eventId, digest);
  if (timing !== 'current') {
    try {
      await removeLabel(client, repo, pr.number, name);
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      io.warning(error.message);
      const problem = staleLabelProblem(timing);
      return {
        label: { name, required, present: true, reason, problem },
        state: recordLabel(state, refusedTie(state, labeling?.eventId, timing), digest),
      };
    }
    const next = addNote(state, io.now().toISOString(), staleLabelNote(name, timing));
    return { label: { name, required, present: false, reason }, state: recordLabel(next, undefined, digest) };
  }
  const next = recordLabel(state, { eventId: labeling?.eventId, changeSet: digest }, digest);
  if (!required) return { label: { name, required, present: true, reason }, state: next };
  const actor = labeling?.actor;
  const problem = labelActorProblem(actor, actor ? await input.reviewer(actor) : null);
  return { label: { name, required, present: true, reason, ...(problem ? { problem } : {}) }, state: next };
}
