/**
 * What the PR gate leaves behind: the `soup-gate` check run on the head (verdict + tick record),
 * the sticky comment, the step's outputs and the job summary. A write the token may not make is a
 * warning, not an error: the run carries on, and without a check run the step fails to stay red.
 */
import { renderCheckOutput, renderJobSummary } from '../documents/gate-summary.js';
import { GATE_CHECK_NAME } from '../gate/gate-check.js';
import { encodeState, stateRefMarker, type GateState } from '../gate/state.js';
import { containsChanges, mergeTicks, tickChanges } from '../gate/tick-merge.js';
import { writeCheckRun } from '../github/checks.js';
import type { IssueComment } from '../github/comments.js';
import { PermissionError } from '../github/errors.js';
import type { AppContext, AppIo } from './context.js';
import type { GateInputs } from './gate-inputs.js';
import type { GateReview } from './gate-review.js';
import { readLatestGateState } from './gate-state.js';
import { judgeGate, type GateJudgement } from './gate-verdict.js';
import { removeDuplicateStickyComments, upsertStickyComment } from './sticky-comment.js';

export interface WrittenGate {
  judgement: GateJudgement;
  /** The gate check run now holding the state (the comment points at it); undefined if none exists. */
  runId: number | undefined;
  /** False when the token could not write the check run. */
  checkWritten: boolean;
}

/**
 * Writes the verdict and this run's state to the gate check run. Another run for this PR (a second
 * reviewer ticking at the same moment) may have written the state since it was read: merge what
 * this run changed into the latest state just before writing, then read it back once and merge
 * again if a concurrent write landed in between.
 */
export async function writeGateCheck(
  context: AppContext,
  inputs: GateInputs,
  review: GateReview,
): Promise<WrittenGate> {
  const { client, repo, config, io } = context;
  const { pr } = inputs;
  const mine = tickChanges(review.baseline, review.state);
  const latest = () =>
    readLatestGateState(client, repo, { pr: pr.number, sha: pr.headSha, botApp: config.botApp });
  const judge = (state: GateState) => judgeGate({ ...inputs, headSha: pr.headSha }, review, state);
  const settle = async (state: GateState, existingId: number | undefined) => {
    const judgement = judge(state);
    const runId = await writeCheckRun(client, repo, existingId, {
      name: GATE_CHECK_NAME,
      sha: pr.headSha,
      passed: judgement.verdict.passed,
      ...renderCheckOutput(judgement.verdict, inputs.changes.length),
      text: encodeState(state),
    });
    return { judgement, runId };
  };

  let state = review.state;
  let written: { judgement: GateJudgement; runId: number } | undefined;
  try {
    const before = await latest();
    if (before) state = mergeTicks(before.state, state, mine, review.itemIds);
    written = await settle(state, before?.runId ?? review.runId);
    const after = await latest();
    if (after && !containsChanges(after.state, mine)) {
      state = mergeTicks(after.state, state, mine, review.itemIds);
      written = await settle(state, after.runId);
    }
    return { ...written, checkWritten: true };
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(error.message);
    return written
      ? { ...written, checkWritten: false }
      : { judgement: judge(state), runId: review.runId, checkWritten: false };
  }
}

/**
 * Creates or updates the sticky comment with a pointer to the check run holding the state; a PR
 * without SOUP changes gets none unless it already has one (which then says so).
 */
export async function writeGateComment(
  context: AppContext,
  inputs: GateInputs,
  existing: IssueComment | undefined,
  written: WrittenGate,
): Promise<void> {
  const { client, repo, config, io } = context;
  if (inputs.changes.length === 0 && !existing) return;
  const pointer = written.runId !== undefined ? `\n${stateRefMarker(written.runId)}` : '';
  const body = `${written.judgement.comment.body}${pointer}`;
  try {
    const outcome = await upsertStickyComment(client, repo, inputs.pr.number, existing, body);
    io.info(`sticky comment ${outcome}`);
    if (outcome !== 'created') return;
    const removed = await removeDuplicateStickyComments(
      client,
      repo,
      inputs.pr.number,
      config.botLogin,
      body,
    );
    if (removed > 0) io.info(`removed ${removed} duplicate sticky comment(s) created by a concurrent run`);
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(error.message);
  }
}

/** The step's outputs and the job summary. */
export async function reportGate(io: AppIo, inputs: GateInputs, written: WrittenGate): Promise<void> {
  const { verdict } = written.judgement;
  io.setOutput('changes', JSON.stringify({ lockfiles: inputs.result.lockfiles, changes: inputs.changes }));
  io.setOutput('gate', verdict.passed ? 'pass' : 'fail');
  io.setOutput('missing', JSON.stringify(verdict.missing));
  await io.writeSummary(renderJobSummary(inputs.pr.number, verdict, inputs.result, inputs.changes));
}
