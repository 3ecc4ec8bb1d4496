/**
 * On merge (a PR closed as merged, or a push to the default branch that changes a lockfile and is
 * no PR's): regenerate SOUP.md and the SBOM from every lockfile at the branch head, write the change
 * record of what landed, and commit them in ONE commit on top of the branch's current head. Where
 * the branch is protected, the same commit goes to the `soup-gate/update` branch and one PR.
 *
 * Order of trust: the change record is built first, once, from the PR's own data (the gate's state
 * lives in the bot's check run on the PR head, never in comment text) and kept across retries; a
 * write that fails puts it whole into the job summary and fails the step, so it is never dropped.
 *
 * The steps, each in on-merge/: prepare (what landed and its record), write (commit or propose,
 * with retries), which calls generate (the files a given head needs).
 */
import { renderSoupUpdateFailure, renderSoupUpdateSummary } from '../documents/soup-update.js';
import { PermissionError } from '../github/errors.js';
import type { AppContext } from './context.js';
import { prepareMerge, type Prepared } from './on-merge/prepare.js';
import type { MergeTrigger } from '../github/event.js';
import { ChangeRecordWriteError, UPDATE_BRANCH, writeFiles, type OnMergeOutcome } from './on-merge/write.js';

export { mergeTriggerOf, type MergeTrigger } from '../github/event.js';
export {
  ChangeRecordWriteError,
  MAX_ATTEMPTS,
  UPDATE_BRANCH,
  type OnMergeOutcome,
} from './on-merge/write.js';

/** Runs the on-merge work for one merged PR or direct push. */
export async function runOnMerge(context: AppContext, trigger: MergeTrigger): Promise<OnMergeOutcome> {
  const { io } = context;
  const prepared = await prepareMerge(context, trigger);
  if (typeof prepared === 'string') {
    io.notice(`soup-gate: ${prepared}; nothing to write`);
    return { status: 'skipped', reason: prepared, attempts: 0 };
  }
  const outcome = await writeOrReport(context, prepared);
  io.info(`soup-gate on merge: ${outcome.reason}`);
  io.setOutput('soup-update', outcome.status);
  if (outcome.commit) io.setOutput('soup-commit', outcome.commit);
  if (outcome.pullRequest !== undefined) io.setOutput('soup-pull-request', String(outcome.pullRequest));
  if (outcome.changeRecord) io.setOutput('change-record', outcome.changeRecord);
  const files = {
    list: prepared.policy.outputs.list,
    sbom: prepared.policy.outputs.sbom,
    ...(prepared.record ? { record: prepared.record.path } : {}),
    changes: prepared.changes,
  };
  await io.writeSummary(renderSoupUpdateSummary(prepared, files, outcome, UPDATE_BRANCH));
  // The record is safe on the branch; the list is not current, which must not pass quietly.
  if (outcome.problem) throw new Error(outcome.problem);
  return outcome;
}

/** Writes the files; on any failure the change record goes whole into the job summary before the step fails. */
async function writeOrReport(context: AppContext, prepared: Prepared): Promise<OnMergeOutcome> {
  const { io } = context;
  try {
    return await writeFiles(context, prepared);
  } catch (error) {
    if (error instanceof PermissionError) io.warning(error.message);
    const message = error instanceof Error ? error.message : String(error);
    await io.writeSummary(renderSoupUpdateFailure(prepared, message, prepared.record));
    if (error instanceof ChangeRecordWriteError) throw error;
    throw new ChangeRecordWriteError(
      `the SOUP list and change record for ${prepared.label} were not written (the record is in the job summary): ${message}`,
    );
  }
}
