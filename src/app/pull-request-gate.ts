import { parsePolicyFile } from '../config/policy.js';
import { checklistFacts } from '../gate/facts.js';
import { removeIgnoredPackages } from '../gate/scope.js';
import type { AppContext, AppIo } from './context.js';
import { lookUpChanges } from './look-up.js';
import { diffCheckboxes } from '../gate/checkboxes.js';
import { buildChecklist, digestChanges, type ChecklistSection } from '../gate/checklist.js';
import { enrichmentFor, type EnrichmentResult } from '../enrich/index.js';
import { changeKey } from '../inventory/change-key.js';
import { renderChangeFacts } from '../documents/anomalies.js';
import {
  checkRegisterEntries,
  loadRegister,
  unevaluatedAnomalies,
  type LoadedRegister,
} from './register-check.js';
import { evaluateGate, type GateVerdict, type LabelStatus } from '../gate/evaluate.js';
import type { Policy } from '../config/policy.js';
import {
  addNote,
  decodeState,
  encodeState,
  reconcileTicks,
  type GateState,
  type Tick,
} from '../gate/state.js';
import { applyTicks } from '../gate/ticks.js';
import { GATE_CHECK_NAME, latestGateCheck } from '../gate/gate-check.js';
import { stateRefMarker } from '../gate/state.js';
import { listCheckRuns, writeCheckRun } from '../github/checks.js';
import { loadGateState } from './gate-state.js';
import { findStickyComment, removeDuplicateStickyComments, upsertStickyComment } from './sticky-comment.js';
import { PermissionError } from '../github/errors.js';
import { verifyEvidence } from './evidence.js';
import { findLabelActor, removeLabel } from '../github/labels.js';
import {
  fetchPullRequestTrees,
  getPullRequest,
  readFileAt,
  type PullRequestInfo,
} from '../github/pull-request.js';
import { createReviewerCheck } from './reviewers.js';
import { diffInventories, type Change, type DiffResult } from '../inventory/diff.js';
import { renderDiffMarkdown } from '../documents/changes-table.js';
import { renderComment } from '../documents/comment.js';
import { code } from '../markdown/escape.js';
import { loadInventory } from '../inventory/load-inventory.js';

import type { CommentEdit } from '../github/event.js';

export interface GateOutcome {
  passed: boolean;
  missing: string[];
  /** False when the token could not write the check run: the step must then fail to stay red. */
  checkWritten: boolean;
  changes: Change[];
}

async function labelStatus(
  options: AppContext,
  pr: PullRequestInfo,
  policy: Policy,
  sections: readonly ChecklistSection[],
  state: GateState,
  reviewer: (login: string) => Promise<string | null>,
  enrichment: EnrichmentResult | undefined,
  loadedRegister: LoadedRegister,
): Promise<{ label: LabelStatus; state: GateState }> {
  const name = policy.labels.anomaliesReviewed;
  const gated = sections.filter((s) => s.gated);
  const { required, reason } = labelRequirement(gated, policy, enrichment, loadedRegister, options.io.now());
  let present = pr.labels.includes(name);
  let next = state;
  const digest = digestChanges(gated.map((s) => s.change));
  const at = options.io.now().toISOString();
  if (present && next.labelledChangeSet !== undefined && next.labelledChangeSet !== digest) {
    try {
      await removeLabel(options.client, options.repo, pr.number, name);
      next = addNote(
        next,
        at,
        `label ${code(name)} removed: the SOUP changes moved after it was applied, so it must be applied again after review`,
      );
      present = false;
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      options.io.warning(error.message);
      return {
        label: {
          name,
          required,
          present: true,
          reason,
          problem: 'the SOUP changes moved after it was applied; remove and re-apply it',
        },
        state: next,
      };
    }
  }
  if (!present)
    return {
      label: { name, required, present: false, reason },
      state: { ...next, labelledChangeSet: undefined },
    };
  next = { ...next, labelledChangeSet: next.labelledChangeSet ?? digest };
  if (!required) return { label: { name, required, present, reason }, state: next };
  const actor = await findLabelActor(options.client, options.repo, pr.number, name);
  const refusal = actor ? await reviewer(actor) : 'nobody is recorded as applying it';
  return {
    label: {
      name,
      required,
      present,
      reason,
      ...(refusal ? { problem: `applied by ${actor ? code(actor) : 'unknown'}: ${refusal}` } : {}),
    },
    state: next,
  };
}

/**
 * When the anomaly-review label is needed: always, never, or when a gated change's new version has
 * known anomalies. Until anomalies are looked up for a change nobody can say it has none, so a
 * change that could not be checked (or enrichment turned off) needs the label too.
 */
function labelRequirement(
  gated: readonly ChecklistSection[],
  policy: Policy,
  enrichment: EnrichmentResult | undefined,
  loadedRegister: LoadedRegister,
  today: Date,
): { required: boolean; reason: string } {
  const rule = policy.labels.requireAnomalyLabel;
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
    // Anomalies evaluated in the register (and not expired) don't demand the label again.
    const known = [...(entry?.anomalies?.introduced ?? []), ...(entry?.anomalies?.present ?? [])];
    anomalies += unevaluatedAnomalies(loadedRegister.register, section.change, known, today).length;
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

/** Lookups that failed (fail closed by default) and licences the policy denies. */
function enrichmentBlockers(
  sections: readonly ChecklistSection[],
  enrichment: EnrichmentResult | undefined,
  policy: Policy,
  io: AppIo,
): string[] {
  if (!enrichment) return [];
  const blockers: string[] = [];
  for (const section of sections) {
    if (!section.gated) continue;
    const entry = enrichmentFor(enrichment, section.change);
    const name = code(section.change.name);
    for (const unchecked of entry?.unchecked ?? [{ what: 'anomalies', reason: 'no lookup result' }]) {
      const line = `${unchecked.what} of ${name} could not be checked: ${code(unchecked.reason, 300)}`;
      if (unchecked.what === 'anomalies' && policy.anomalies.onLookupFailure === 'fail') blockers.push(line);
      else
        io.warning(`${unchecked.what} of ${section.change.name} could not be checked: ${unchecked.reason}`);
    }
    const verdict = entry?.licence?.verdict;
    if (verdict?.blocking) {
      blockers.push(
        `licence of ${name} ${code(entry?.licence?.to?.expression ?? 'unknown')}: ${verdict.verdict} — ${code(verdict.reason, 300)}`,
      );
    }
  }
  for (const failure of enrichment.lookupFailures)
    io.warning(`lookup failed: ${failure.url}: ${failure.reason}`);
  return blockers;
}

function tickKey(tick: Tick): string {
  return `${tick.item}\u0000${tick.by}\u0000${tick.at}`;
}

/** Ticks this run recorded (not in the state it read). */
function addedTicks(baseline: GateState, mine: GateState): Tick[] {
  const before = new Set(baseline.ticks.map(tickKey));
  return mine.ticks.filter((tick) => !before.has(tickKey(tick)));
}

/** Items this run unticked. */
function removedItems(baseline: GateState, mine: GateState): Set<string> {
  const still = new Set(mine.ticks.map((tick) => tick.item));
  return new Set(baseline.ticks.filter((tick) => !still.has(tick.item)).map((tick) => tick.item));
}

/** The latest state with this run's own ticks and unticks applied on top; notes from both. */
function mergeTicks(
  latest: GateState,
  mine: GateState,
  changes: { added: Tick[]; removed: Set<string> },
  itemIds: ReadonlySet<string>,
): GateState {
  const added = new Set(changes.added.map((tick) => tick.item));
  const ticks = [
    ...latest.ticks.filter((tick) => !changes.removed.has(tick.item) && !added.has(tick.item)),
    ...changes.added,
  ].filter((tick) => itemIds.has(tick.item));
  const seen = new Set<string>();
  const notes = [...latest.notes, ...mine.notes]
    .filter((note) => {
      const key = `${note.at}\u0000${note.text}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
    .slice(-10);
  return { ...mine, ticks, notes };
}

/** Whether a state still carries this run's ticks and unticks. */
function containsChanges(state: GateState, changes: { added: Tick[]; removed: Set<string> }): boolean {
  const keys = new Set(state.ticks.map(tickKey));
  return (
    changes.added.every((tick) => keys.has(tickKey(tick))) &&
    !state.ticks.some((tick) => changes.removed.has(tick.item))
  );
}

function summaryMarkdown(
  pr: PullRequestInfo,
  verdict: GateVerdict,
  result: DiffResult,
  changes: Change[],
): string {
  const head = verdict.passed
    ? `### soup-gate: passed for #${pr.number}`
    : `### soup-gate: blocked for #${pr.number}`;
  const missing =
    verdict.missing.length > 0 ? ['', '**Still blocking**', '', ...verdict.missing.map((m) => `- ${m}`)] : [];
  return [head, ...missing, '', renderDiffMarkdown(result, changes)].join('\n');
}

/** Evaluates one PR end to end: diff, checklist, ticks, evidence, label, verdict, comment, check run. */
export async function runPullRequestGate(
  options: AppContext,
  prNumber: number,
  edit?: CommentEdit,
): Promise<GateOutcome> {
  const { client, repo, config, io } = options;
  const pr = await getPullRequest(client, repo, prNumber);
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, pr.baseSha, config.configFile),
  );
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const trees = await fetchPullRequestTrees(client, pr, ignore);
  io.info(
    `PR #${pr.number}: ${trees.lockfiles.length} lockfile(s) touched${trees.lockfiles.length ? `: ${trees.lockfiles.join(', ')}` : ''}`,
  );
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const base = await loadInventory(trees.base, load);
  const head = await loadInventory(trees.head, load);
  const result = diffInventories(base, head);
  const changes = removeIgnoredPackages(result.changes, policy.ignore.packages);
  for (const finding of head.lockfiles.flatMap((l) => l.findings))
    io.warning(`${finding.lockfile}${finding.line ? `:${finding.line}` : ''}: ${finding.message}`);

  const enrichment = config.enrich ? await lookUpChanges(options, changes, policy) : undefined;
  const facts = checklistFacts(changes, enrichment);
  const factLines = new Map<string, string>();
  for (const change of changes) {
    const entry = enrichment ? enrichmentFor(enrichment, change) : undefined;
    if (entry) factLines.set(changeKey(change), renderChangeFacts(entry));
  }
  const loadedRegister = await loadRegister(client, repo, pr.headSha, policy.register);
  const today = io.now();
  const registerFindings = checkRegisterEntries(loadedRegister.register, changes, policy, today);
  for (const [key, ids] of registerFindings.requirementIds)
    facts.set(key, { ...facts.get(key), requirementIds: ids });
  for (const [key, note] of registerFindings.notes)
    factLines.set(key, [factLines.get(key), note].filter(Boolean).join('\n\n'));
  const sections = buildChecklist(changes, policy, facts);
  const blockers = [
    ...(loadedRegister.blocker ? [loadedRegister.blocker] : []),
    ...registerFindings.blockers,
    ...enrichmentBlockers(sections, enrichment, policy, io),
  ];
  const headRuns = await listCheckRuns(client, repo, pr.headSha);
  const comment = await findStickyComment(client, repo, pr.number, config.botLogin);
  const loaded = await loadGateState(client, repo, {
    pr: pr.number,
    botApp: config.botApp,
    headRuns,
    readComment: async () => comment?.body,
  });
  const itemIds = new Set(sections.flatMap((s) => s.items.map((i) => i.id)));
  let state = reconcileTicks(loaded.state, itemIds);
  const baseline = state;
  const reviewer = createReviewerCheck(client, repo, policy.reviewers, pr.author);
  const at = io.now().toISOString();

  if (edit) {
    if (!comment || comment.id !== edit.commentId) {
      io.notice("the edited comment is not soup-gate's own sticky comment; ignored");
    } else {
      const outcome = applyTicks(state, diffCheckboxes(edit.before, edit.after), {
        actor: edit.actor,
        refusal: await reviewer(edit.actor),
        at,
        headSha: pr.headSha,
        sections,
      });
      state = reconcileTicks(outcome.state, itemIds);
      io.info(`ticks by ${edit.actor}: ${outcome.accepted} accepted, ${outcome.rejected} reverted`);
    }
  }

  const labelled = await labelStatus(
    options,
    pr,
    policy,
    sections,
    state,
    reviewer,
    enrichment,
    loadedRegister,
  );
  state = labelled.state;
  const evidence = await verifyEvidence({
    client,
    repo,
    rule: policy.evidence,
    headSha: pr.headSha,
    checkRuns: headRuns,
    prBody: pr.body,
  });
  // Another run for this PR (a second reviewer ticking at the same moment) may have written the
  // state since it was read: merge what this run changed into the latest state just before writing,
  // then read it back once and merge again if a concurrent write landed in between.
  const mine = { added: addedTicks(baseline, state), removed: removedItems(baseline, state) };
  const latestState = async (): Promise<{ state: GateState; runId: number | undefined } | undefined> => {
    const latest = latestGateCheck(await listCheckRuns(client, repo, pr.headSha), config.botApp);
    const decoded = latest ? decodeState(latest.text, pr.number) : undefined;
    return latest && decoded ? { state: decoded, runId: latest.id } : undefined;
  };
  const settle = async (current: GateState, existingId: number | undefined) => {
    let verdict = evaluateGate({ sections, state: current, evidence, label: labelled.label, blockers });
    const commentModel = {
      sections,
      state: current,
      evidence,
      label: labelled.label,
      headSha: pr.headSha,
      facts: factLines,
    };
    let rendered = renderComment({ ...commentModel, verdict });
    if (rendered.omitted > 0) {
      const overflow = `${rendered.omitted} gated changes do not fit in one comment and cannot be assessed there: split the PR`;
      verdict = evaluateGate({
        sections,
        state: current,
        evidence,
        label: labelled.label,
        blockers: [...blockers, overflow],
      });
      rendered = renderComment({ ...commentModel, verdict });
    }
    const title = verdict.passed
      ? changes.length === 0
        ? 'no SOUP changes'
        : 'SOUP changes assessed'
      : `${verdict.missing.length} thing(s) block the SOUP gate`;
    const summary = verdict.passed
      ? `Every required assessment is recorded for ${changes.length} SOUP change(s).`
      : ['**Still blocking**', '', ...verdict.missing.map((m) => `- ${m}`)].join('\n');
    const id = await writeCheckRun(client, repo, existingId, {
      name: GATE_CHECK_NAME,
      sha: pr.headSha,
      passed: verdict.passed,
      title,
      summary,
      text: encodeState(current),
    });
    return { verdict, rendered, runId: id };
  };

  let checkWritten = true;
  let runId = loaded.current?.id;
  let settled: Awaited<ReturnType<typeof settle>> | undefined;
  try {
    const before = await latestState();
    state = before ? mergeTicks(before.state, state, mine, itemIds) : state;
    settled = await settle(state, before?.runId ?? loaded.current?.id);
    runId = settled.runId;
    const after = await latestState();
    if (after && !containsChanges(after.state, mine)) {
      state = mergeTicks(after.state, state, mine, itemIds);
      settled = await settle(state, after.runId);
      runId = settled.runId;
    }
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    checkWritten = false;
    io.warning(error.message);
  }
  let verdict: GateVerdict;
  let rendered: ReturnType<typeof renderComment>;
  if (settled) {
    ({ verdict, rendered } = settled);
  } else {
    verdict = evaluateGate({ sections, state, evidence, label: labelled.label, blockers });
    rendered = renderComment({
      sections,
      state,
      verdict,
      evidence,
      label: labelled.label,
      headSha: pr.headSha,
      facts: factLines,
    });
  }
  if (changes.length > 0 || comment) {
    const body = `${rendered.body}${runId !== undefined ? `\n${stateRefMarker(runId)}` : ''}`;
    try {
      const written = await upsertStickyComment(client, repo, pr.number, comment, body);
      io.info(`sticky comment ${written}`);
      if (written === 'created') {
        const removed = await removeDuplicateStickyComments(client, repo, pr.number, config.botLogin, body);
        if (removed > 0)
          io.info(`removed ${removed} duplicate sticky comment(s) created by a concurrent run`);
      }
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      io.warning(error.message);
    }
  }
  io.setOutput('changes', JSON.stringify({ lockfiles: result.lockfiles, changes }));
  io.setOutput('gate', verdict.passed ? 'pass' : 'fail');
  io.setOutput('missing', JSON.stringify(verdict.missing));
  await io.writeSummary(summaryMarkdown(pr, verdict, result, changes));
  return { passed: verdict.passed, missing: verdict.missing, checkWritten, changes };
}
