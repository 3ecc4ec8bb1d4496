/**
 * What reviewers have done so far, read and updated for this run: the tick record (with a
 * person's comment edit applied, if this run is about one), the anomaly-review label and the
 * re-verification evidence.
 */
import { diffCheckboxes } from '../gate/checkboxes.js';
import { tickableIds, type ChecklistSection } from '../gate/checklist.js';
import { recordShownWording } from '../gate/shown-wording.js';
import type { EvidenceStatus, LabelStatus } from '../gate/evaluate.js';
import { reconcileTicks, type GateState } from '../gate/state.js';
import { applyTicks } from '../gate/ticks.js';
import { listCheckRuns } from '../github/checks.js';
import type { IssueComment } from '../github/comments.js';
import type { CommentEdit } from '../github/event.js';
import type { AppContext } from './context.js';
import { verifyEvidence } from './evidence.js';
import { readJunitEvidence } from './junit-evidence.js';
import type { JunitOutcome } from '../gate/reverification.js';
import { checkAnomalyLabel } from './gate-label.js';
import type { GateInputs } from './gate-inputs.js';
import { loadGateState } from './gate-state.js';
import { createReviewerCheck, type ReviewerCheck } from './reviewers.js';
import { findStickyComment } from './sticky-comment.js';

export interface GateReview {
  /** The recorded state as read, reduced to the items that exist now. */
  baseline: GateState;
  /** The state this run means to write: the baseline with its ticks and label record applied. */
  state: GateState;
  /** The ids a tick can be recorded for: every item and every "all items" box. */
  itemIds: ReadonlySet<string>;
  /** How many checklist items there are (the boxes a verdict counts). */
  items: number;
  label: LabelStatus;
  evidence: EvidenceStatus;
  /** The accepted evidence run's JUnit results, where the policy names an artifact. */
  junit: JunitOutcome;
  /** The bot's gate check run on this head, if there is one yet. */
  runId: number | undefined;
  /** The bot's sticky comment, if there is one yet. */
  comment: IssueComment | undefined;
}

export async function reviewGate(
  context: AppContext,
  inputs: GateInputs,
  edit: CommentEdit | undefined,
): Promise<GateReview> {
  const { client, repo, config } = context;
  const { pr, policy, sections } = inputs;
  const headRuns = await listCheckRuns(client, repo, pr.headSha);
  const comment = await findStickyComment(client, repo, pr.number, config.botLogin);
  const loaded = await loadGateState(client, repo, {
    pr: pr.number,
    botApp: config.botApp,
    headRuns,
    readComment: async () => comment?.body,
  });
  const itemIds = tickableIds(sections);
  const baseline = reconcileTicks(loaded.state, itemIds);
  const reviewer = createReviewerCheck(client, repo, policy.reviewers, pr.author);
  const ticked = edit
    ? await applyCommentEdit(context, {
        comment,
        edit,
        state: baseline,
        reviewer,
        sections,
        itemIds,
        headSha: pr.headSha,
      })
    : baseline;
  const labelled = await checkAnomalyLabel(context, { ...inputs, reviewer }, ticked);
  const evidence = await verifyEvidence({
    client,
    repo,
    rule: policy.evidence,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    checkRuns: headRuns,
    prBody: pr.body,
  });
  const junit = await readJunitEvidence({
    client,
    repo,
    rule: policy.evidence,
    evidence,
    sections,
    register: inputs.register,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    warn: (message) => context.io.warning(message),
  });
  return {
    baseline,
    // What this run's comment shows, so the change record can show the exact label that was ticked.
    state: { ...labelled.state, shown: recordShownWording(sections, inputs.itemFacts) },
    itemIds,
    items: sections.reduce((sum, section) => sum + section.items.length, 0),
    label: labelled.label,
    evidence,
    junit,
    runId: loaded.current?.id,
    comment,
  };
}

/**
 * A person's edit of the sticky comment: ticks by a reviewer are recorded, anyone else's toggles
 * and any other edit are noted and reverted by the re-rendered comment. An edit of another comment
 * changes nothing.
 */
async function applyCommentEdit(
  context: AppContext,
  input: {
    comment: IssueComment | undefined;
    edit: CommentEdit;
    state: GateState;
    reviewer: ReviewerCheck;
    sections: readonly ChecklistSection[];
    itemIds: ReadonlySet<string>;
    headSha: string;
  },
): Promise<GateState> {
  const { io } = context;
  const { edit } = input;
  if (!input.comment || input.comment.id !== edit.commentId) {
    io.notice("the edited comment is not soup-gate's own sticky comment; ignored");
    return input.state;
  }
  const outcome = applyTicks(input.state, diffCheckboxes(edit.before, edit.after), {
    actor: edit.actor,
    refusal: await input.reviewer(edit.actor),
    at: io.now().toISOString(),
    headSha: input.headSha,
    sections: input.sections,
  });
  io.info(`ticks by ${edit.actor}: ${outcome.accepted} accepted, ${outcome.rejected} reverted`);
  return reconcileTicks(outcome.state, input.itemIds);
}
