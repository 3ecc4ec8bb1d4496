import type { Policy } from '../config/policy.js';
import type { EnrichmentResult } from '../enrich/types.js';
import { digestChanges, type ChecklistSection } from '../gate/checklist.js';
import type { LabelStatus } from '../gate/evaluate.js';
import {
  STALE_LABEL_PROBLEM,
  isLabelStale,
  labelActorProblem,
  labelRequirement,
  recordLabel,
  staleLabelNote,
} from '../gate/label.js';
import { addNote, type GateState } from '../gate/state.js';
import { PermissionError } from '../github/errors.js';
import { findLabelActor, removeLabel } from '../github/labels.js';
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
 * applied to another change set is removed and must be applied again; where the token may not
 * remove it, it stays but does not count. A required label counts only when applied by a reviewer.
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
  let present = pr.labels.includes(name);
  let next = state;
  if (isLabelStale(state, present, digest)) {
    try {
      await removeLabel(client, repo, pr.number, name);
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      io.warning(error.message);
      return { label: { name, required, present: true, reason, problem: STALE_LABEL_PROBLEM }, state };
    }
    next = addNote(next, io.now().toISOString(), staleLabelNote(name));
    present = false;
  }
  next = recordLabel(next, present, digest);
  if (!present || !required) return { label: { name, required, present, reason }, state: next };
  const actor = await findLabelActor(client, repo, pr.number, name);
  const problem = labelActorProblem(actor, actor ? await input.reviewer(actor) : null);
  return { label: { name, required, present, reason, ...(problem ? { problem } : {}) }, state: next };
}
