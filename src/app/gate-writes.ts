/**
 * What the PR gate leaves behind: the `soup-gate` check run on the head (verdict + tick record),
 * the sticky comment, the step's outputs and the job summary. A write the token may not make is a
 * warning, not an error: the run carries on, and without a check run the step fails to stay red.
 */
import { repositoryUrl } from '../markdown/commit-link.js';
import { renderCheckOutput, renderJobSummary } from '../documents/gate-summary.js';
import { GATE_CHECK_NAME } from '../gate/gate-check.js';
import { stateRefMarker, type GateState } from '../gate/state.js';
import { encodeStateRecord, layOutStateOutput } from '../gate/state-record.js';
import { containsChanges, fitTickRecord, overflowReason, tickChanges } from '../gate/tick-merge.js';
import { writeCheckRun } from '../github/checks.js';
import type { IssueComment } from '../github/comments.js';
import { PermissionError } from '../github/errors.js';
import type { AppContext, AppIo } from './context.js';
import type { GateInputs } from './gate-inputs.js';
import type { GateReview } from './gate-review.js';
import { readLatestGateState, STATE_COMPRESSION } from './gate-state.js';
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
 * Writes the verdict and this run's state to the gate check run, in one write. Another run for
 * this PR (a second reviewer ticking at the same moment) may have written the state since it was
 * read: merge what this run changed into the latest state just before writing, then read it back
 * once and merge again if a concurrent write landed in between. New ticks that would not fit the
 * record are not stored, and the check says why (gate/state.ts explains the capacity).
 */
const withRepoUrl = (repoUrl: string | undefined) => (repoUrl !== undefined ? { repoUrl } : {});

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
  const judge = (state: GateState, refused: number) =>
    judgeGate(
      {
        ...inputs,
        headSha: pr.headSha,
        scope: inputs.policy.scope,
        ...(config.runUrl !== undefined ? { detailUrl: config.runUrl } : {}),
        ...withRepoUrl(repositoryUrl(config.serverUrl, `${repo.owner}/${repo.repo}`)),
        // Ticks that cannot be recorded can never count: no checkboxes, and the comment says to split.
        unpassable: refused > 0 ? [overflowReason(review.items)] : [],
      },
      review,
      state,
    );
  const settle = async (base: GateState, existingId: number | undefined) => {
    const fitted = fitTickRecord({
      base,
      mine: review.state,
      changes: mine,
      itemIds: review.itemIds,
      items: review.items,
      encode: (state) => encodeStateRecord(state, STATE_COMPRESSION),
      at: io.now().toISOString(),
    });
    if (!fitted)
      throw new Error(`soup-gate could not store its tick record: ${overflowReason(review.items)}`);
    if (fitted.refused.length > 0)
      io.warning(`${fitted.refused.length} tick(s) not recorded: ${overflowReason(review.items)}`);
    const judgement = judge(fitted.state, fitted.refused.length);
    const check = renderCheckOutput(judgement.verdict, judgement.comment.headline);
    // The record is within capacity here, so the layout always exists.
    const output = layOutStateOutput(fitted.record, check.summary)!;
    const runId = await writeCheckRun(client, repo, existingId, {
      name: GATE_CHECK_NAME,
      sha: pr.headSha,
      passed: judgement.verdict.passed,
      title: check.title,
      ...output,
    });
    return { judgement, runId, state: fitted.state, changes: fitted.changes };
  };

  let written: Awaited<ReturnType<typeof settle>> | undefined;
  try {
    const before = await latest();
    written = await settle(before?.state ?? review.baseline, before?.runId ?? review.runId);
    const after = await latest();
    if (after && !containsChanges(after.state, written.changes)) {
      written = await settle(after.state, after.runId);
    }
    return { judgement: written.judgement, runId: written.runId, checkWritten: true };
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(error.message);
    return written
      ? { judgement: written.judgement, runId: written.runId, checkWritten: false }
      : { judgement: judge(review.baseline, 0), runId: review.runId, checkWritten: false };
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
