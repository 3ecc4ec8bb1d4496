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
import {
  applyItemTexts,
  recordReverification,
  reverify,
  type Reverification,
} from '../gate/reverification.js';
import type { ReverifiedRecord } from '../gate/state.js';
import type { GateInputs } from './gate-inputs.js';
import type { GateReview } from './gate-review.js';

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
  const read = await loadGateInputs(context, pr);
  const reviewed = await reviewGate(context, read, edit);
  const { inputs, reverified } = withReverification(read, reviewed);
  // The state this run writes carries the results the change record will show on merge.
  const { reverified: _previous, ...state } = reviewed.state;
  const review = { ...reviewed, state: reverified ? { ...state, reverified } : state };
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

/**
 * The inputs with requirement-level re-verification applied: the requirements items say what the
 * bot found, the facts under each change list every requirement's tests, and a test that failed,
 * was skipped or is missing blocks (as does an artifact that could not be read).
 */
export function withReverification(
  inputs: GateInputs,
  review: Pick<GateReview, 'junit'>,
): { inputs: GateInputs; reverified: ReverifiedRecord | undefined } {
  const found = reverify({
    sections: inputs.sections,
    register: inputs.register,
    outcome: review.junit,
    headSha: inputs.pr.headSha,
  });
  const reverified = recordReverification(review.junit, found.changes);
  return { inputs: applyReverification(inputs, found), reverified };
}

function applyReverification(inputs: GateInputs, found: Reverification): GateInputs {
  if (found.itemTexts.size === 0 && found.facts.size === 0 && found.blockers.length === 0) return inputs;
  const facts = new Map(inputs.facts);
  for (const [key, text] of found.facts) facts.set(key, [facts.get(key), text].filter(Boolean).join('\n\n'));
  return {
    ...inputs,
    sections: applyItemTexts(inputs.sections, found.itemTexts),
    facts,
    blockers: [...inputs.blockers, ...found.blockers],
  };
}
