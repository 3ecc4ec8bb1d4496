/**
 * One evaluation of one PR the gate has read: what it changes and what reviewers did, judged, and
 * the verdict written where reviewers and branch protection see it. A chunk of its own, loaded by
 * pull-request-gate.ts once the PR is read.
 */
import type { CommentEdit } from '../github/event.js';
import type { PullRequestInfo } from '../github/pull-request-info.js';
import type { Change } from '../inventory/diff.js';
import type { AppContext } from './context.js';
import { loadGateInputs } from './gate-inputs.js';
import { reviewGate } from './gate-review.js';
import { reportGate, writeGateCheck, writeGateComment } from './gate-writes.js';

export interface GateOutcome {
  passed: boolean;
  missing: string[];
  /** False when the token could not write the check run: the step must then fail to stay red. */
  checkWritten: boolean;
  changes: Change[];
}

/** Diff, checklist, ticks, evidence, label, verdict, comment, check run. */
export async function evaluatePullRequest(
  context: AppContext,
  pr: PullRequestInfo,
  edit?: CommentEdit,
): Promise<GateOutcome> {
  const inputs = await loadGateInputs(context, pr);
  const review = await reviewGate(context, inputs, edit);
  const written = await writeGateCheck(context, inputs, review);
  await writeGateComment(context, inputs, review.comment, written);
  await reportGate(context.io, inputs, written);
  const { verdict } = written.judgement;
  return {
    passed: verdict.passed,
    missing: verdict.missing,
    checkWritten: written.checkWritten,
    changes: inputs.changes,
  };
}
