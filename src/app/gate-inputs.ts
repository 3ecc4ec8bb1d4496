/**
 * Everything the PR gate judges, read once: the PR, the base branch's policy, the SOUP changes
 * between the PR's base and head lockfiles, their looked-up facts, the register (entries from the
 * head, waivers from the base branch) and the checklist built from all of it. Reads only; nothing
 * here writes to the PR.
 */
import { parsePolicyFile, type Policy } from '../config/policy.js';
import { renderChangeFacts } from '../documents/anomalies.js';
import { enrichmentFor } from '../enrich/enrich.js';
import type { EnrichmentResult } from '../enrich/types.js';
import { buildChecklist, type ChangeFacts, type ChecklistSection } from '../gate/checklist.js';
import { enrichmentBlockers } from '../gate/enrichment-blockers.js';
import { checklistFacts } from '../gate/facts.js';
import {
  addRegisterFacts,
  checkRegisterEntries,
  proposedFor,
  settleRegister,
  type SettledRegister,
} from '../gate/register-entries.js';
import { removeIgnoredPackages } from '../gate/scope.js';
import { fetchPullRequestTrees, readFileAt, type PullRequestInfo } from '../github/pull-request.js';
import { changeKey } from '../inventory/change-key.js';
import { diffInventories, type Change, type DiffResult } from '../inventory/diff.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { Register } from '../register/types.js';
import type { AppContext } from './context.js';
import { lookUpChanges } from './look-up.js';
import { loadRegisterSides } from './register-check.js';

export interface GateInputs {
  pr: PullRequestInfo;
  /** From the base branch: what the PR proposes counts only after review. */
  policy: Policy;
  result: DiffResult;
  /** The diff's changes less the packages the policy ignores. */
  changes: Change[];
  enrichment: EnrichmentResult | undefined;
  /**
   * The head's entries (the entry for a new SOUP item comes in the same PR) with only the waivers
   * the base branch has (gate/register-entries.ts settleRegister).
   */
  register: Register;
  /** Markdown for the comment: what the PR proposes in the register beyond its changes, a deleted register. */
  notices: string[];
  sections: ChecklistSection[];
  /** Markdown facts per section key, shown under each change in the comment. */
  facts: Map<string, string>;
  /** The facts per section key the items were worded with (kept in the tick record as shown). */
  itemFacts: Map<string, ChangeFacts>;
  /** What blocks the gate whatever the ticks: register problems, failed look-ups, denied licences. */
  blockers: string[];
}

/** For the PR as read, diffs its lockfiles, looks the changes up and builds the checklist. */
export async function loadGateInputs(context: AppContext, pr: PullRequestInfo): Promise<GateInputs> {
  const { client, repo, config, io } = context;
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, pr.baseSha, config.configFile),
  );
  const { result, changes } = await diffPullRequest(context, pr, policy);
  const enrichment = config.enrich ? await lookUpChanges(context, changes, policy) : undefined;
  const loaded = await loadRegisterSides(client, repo, pr, policy.register);
  const settled = settleRegister(loaded.sides, changes);
  const described = describeChanges(changes, policy, enrichment, settled, io.now());
  const looked = enrichmentBlockers(described.sections, enrichment, policy.anomalies.onLookupFailure);
  for (const warning of looked.warnings) io.warning(warning);
  return {
    pr,
    policy,
    result,
    changes,
    enrichment,
    register: settled.register,
    notices: settled.notices,
    sections: described.sections,
    facts: described.facts,
    itemFacts: described.itemFacts,
    blockers: [...(loaded.blocker ? [loaded.blocker] : []), ...described.blockers, ...looked.blockers],
  };
}

/**
 * The SOUP changes between the lockfiles the PR touches at its base and head (read as blobs,
 * never checked out), less ignored packages; the head's parser findings go to the log.
 */
async function diffPullRequest(
  context: AppContext,
  pr: PullRequestInfo,
  policy: Policy,
): Promise<{ result: DiffResult; changes: Change[] }> {
  const { client, config, io } = context;
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const trees = await fetchPullRequestTrees(client, pr, ignore);
  io.info(
    `PR #${pr.number}: ${trees.lockfiles.length} lockfile(s) touched (from the ${trees.source})${trees.lockfiles.length ? `: ${trees.lockfiles.join(', ')}` : ''}`,
  );
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const base = await loadInventory(trees.base, load);
  const head = await loadInventory(trees.head, load);
  const result = diffInventories(base, head);
  const changes = removeIgnoredPackages(result.changes, policy.ignore.packages);
  for (const finding of head.lockfiles.flatMap((l) => l.findings))
    io.warning(`${finding.lockfile}${finding.line ? `:${finding.line}` : ''}: ${finding.message}`);
  return { result, changes };
}

/**
 * The checklist with what enrichment and the register say about each change: the wording of its
 * items, the facts shown under it, and the register entries an added item still needs.
 */
function describeChanges(
  changes: readonly Change[],
  policy: Policy,
  enrichment: EnrichmentResult | undefined,
  settled: SettledRegister,
  today: Date,
): {
  sections: ChecklistSection[];
  facts: Map<string, string>;
  itemFacts: Map<string, ChangeFacts>;
  blockers: string[];
} {
  const { register } = settled;
  const itemFacts = checklistFacts(changes, enrichment);
  const facts = new Map<string, string>();
  for (const change of changes) {
    const entry = enrichment ? enrichmentFor(enrichment, change) : undefined;
    // A removed package is no longer shipped: its anomalies and licence concern nobody now.
    if (entry && change.type !== 'removed') facts.set(changeKey(change), renderChangeFacts(entry));
  }
  const findings = checkRegisterEntries(register, changes, policy, today);
  addRegisterFacts(itemFacts, findings);
  const notes = new Map(findings.notes);
  for (const change of changes) {
    const proposed = proposedFor(settled, change, policy.labels.anomaliesReviewed);
    const key = changeKey(change);
    if (proposed) notes.set(key, [notes.get(key), proposed].filter(Boolean).join('\n\n'));
  }
  for (const [key, note] of notes) facts.set(key, [facts.get(key), note].filter(Boolean).join('\n\n'));
  return {
    sections: buildChecklist(changes, policy, itemFacts),
    facts,
    itemFacts,
    blockers: findings.blockers,
  };
}
