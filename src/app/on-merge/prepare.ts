/**
 * What one merge must leave on the branch, decided once before anything is written: the policy at
 * the merge commit, the SOUP changes that landed and the change record of them. For a merged PR the
 * record carries the gate's tick record (from the bot's check run on the PR head, never from comment
 * text), the evidence runs and the labels; for a direct push nobody assessed anything, and the
 * record says so.
 */
import { repositoryUrl } from '../../markdown/commit-link.js';
import { parsePolicyFile, type Policy } from '../../config/policy.js';
import {
  renderChangeRecord,
  type ChangeRecordFile,
  type ChangeRecordPullRequest,
} from '../../documents/change-record.js';
import {
  checklistRecords,
  evidenceRecords,
  labelRecords,
  registerProposalRecords,
} from '../../documents/change-record-rows.js';
import type { ChangeFacts } from '../../gate/checklist.js';
import { checklistFacts } from '../../gate/facts.js';
import { removeIgnoredPackages } from '../../gate/scope.js';
import { emptyState } from '../../gate/state.js';
import { listCheckRuns } from '../../github/checks.js';
import { findStickyComment } from '../sticky-comment.js';
import { createCommitSource } from '../../github/commit-source.js';
import { loadGateState } from '../gate-state.js';
import { compareCommitTrees, mergedPullsOfCommit } from '../../github/git-data.js';
import type { PathPresence } from '../../github/tree-diff.js';
import { findLabelActors } from '../../github/labels.js';
import { fetchPullRequestTrees, getPullRequest, readFileAt } from '../../github/pull-request.js';
import { diffInventories, type Change } from '../../inventory/diff.js';
import { manifestsFor, selectLockfiles } from '../../inventory/inventory.js';
import { loadInventory } from '../../inventory/load-inventory.js';
import type { TreeSource } from '../../inventory/tree-source.js';
import type { AppContext } from '../context.js';
import { lookUpChanges } from '../look-up.js';
import { loadRegisterSides } from '../register-check.js';
import { addRegisterFacts, checkRegisterEntries, settleRegister } from '../../gate/register-entries.js';
import type { MergeTrigger } from '../../github/event.js';
import { factsFromEnrichment, type PackageFacts } from '../../register/package-facts.js';

const ZERO_SHA = /^0{40}$/;

/** What one merge must leave on the branch. */
export interface Prepared {
  branch: string;
  policy: Policy;
  ignore: string[];
  /** The generated files' time: the merge (or push) time, so a re-run renders the same bytes. */
  generatedAt: string;
  /** Absent when the merge touched no lockfile: only the list is regenerated then. */
  record?: ChangeRecordFile;
  /** Matches an existing record of the same merge under the records folder. */
  recordSuffix?: string;
  /** How texts name the merge: `#7` or `direct push 1a2b3c4`. */
  label: string;
  changes: Change[];
  /** Identity facts (supplier, licence, links) of the versions the merge brought in, where looked up. */
  lookedUp?: Map<string, PackageFacts>;
}

/** What to write for the merge, or why there is nothing to write. */
export function prepareMerge(context: AppContext, trigger: MergeTrigger): Promise<Prepared | string> {
  return trigger.kind === 'merged-pull-request'
    ? preparePullRequest(context, trigger)
    : preparePush(context, trigger);
}

/** The policy as it is at `sha`: the merged state, not what the PR proposed on its head. */
async function readPolicy(context: AppContext, sha: string): Promise<{ policy: Policy; ignore: string[] }> {
  const { client, repo, config } = context;
  const policy = parsePolicyFile(config.configFile, await readFileAt(client, repo, sha, config.configFile));
  return { policy, ignore: [...config.ignore, ...policy.ignore.paths] };
}

/** The SOUP changes between two trees that the policy does not ignore. */
async function changesBetween(
  context: AppContext,
  trees: { base: TreeSource; head: TreeSource },
  ignore: string[],
  policy: Policy,
): Promise<Change[]> {
  const load = { ignore, maxBytes: context.config.maxLockfileBytes, onProgress: context.io.info };
  const base = await loadInventory(trees.base, load);
  const head = await loadInventory(trees.head, load);
  return removeIgnoredPackages(diffInventories(base, head).changes, policy.ignore.packages);
}

async function preparePullRequest(
  context: AppContext,
  trigger: Extract<MergeTrigger, { kind: 'merged-pull-request' }>,
): Promise<Prepared | string> {
  const { client, repo } = context;
  const pr = await getPullRequest(client, repo, trigger.number);
  if (!pr.merged || pr.mergeCommitSha === null || pr.mergedAt === null)
    return `PR #${pr.number} was closed without being merged`;
  if (pr.baseRef !== trigger.defaultBranch)
    return `PR #${pr.number} merged into ${pr.baseRef}, not the default branch ${trigger.defaultBranch}`;
  const { policy, ignore } = await readPolicy(context, pr.mergeCommitSha);
  const trees = await fetchPullRequestTrees(client, pr, ignore);
  const prepared: Prepared = {
    branch: pr.baseRef,
    policy,
    ignore,
    generatedAt: pr.mergedAt,
    label: `#${pr.number}`,
    changes: [],
  };
  if (trees.lockfiles.length === 0) return prepared;
  // The diff the reviewers assessed: the PR's base against its head, as the gate computed it.
  const changes = await changesBetween(context, trees, ignore, policy);
  const about: ChangeRecordPullRequest = {
    number: pr.number,
    title: pr.title,
    url: pr.url,
    author: pr.author,
    mergedAt: pr.mergedAt,
    mergeCommit: pr.mergeCommitSha,
    headSha: pr.headSha,
  };
  const looked = await lookUpMergedChanges(context, changes, policy);
  const record = await assessedRecord(context, about, pr.baseSha, pr.labels, changes, policy, looked.facts);
  return { ...prepared, record, recordSuffix: `-pr-${pr.number}.md`, changes, lookedUp: looked.packages };
}

/**
 * The facts the reviewers saw in the checklist (anomalies, compare link), so the record's items read
 * the same; and the identity facts of the new versions for the SOUP list and SBOM. Only the merged
 * changes are looked up: every other item's facts come from the committed SBOM.
 */
async function lookUpMergedChanges(
  context: AppContext,
  changes: Change[],
  policy: Policy,
): Promise<{ facts: Map<string, ChangeFacts>; packages?: Map<string, PackageFacts> }> {
  const facts = new Map<string, ChangeFacts>();
  if (!context.config.enrich || changes.length === 0) return { facts };
  try {
    const result = await lookUpChanges(context, changes, policy);
    return { facts: checklistFacts(changes, result), packages: factsFromEnrichment(changes, result) };
  } catch (error) {
    // The record still lists every item and tick; only the facts in the items' wording are missing.
    context.io.warning(
      `anomaly and licence lookups for the change record failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return { facts };
}

/** A merged PR's record: who ticked which item, on which head commit; the evidence and labels. */
async function assessedRecord(
  context: AppContext,
  pr: ChangeRecordPullRequest,
  /** The PR's base commit: the register there is what the PR's proposals are judged against. */
  baseSha: string,
  labels: readonly string[],
  changes: Change[],
  policy: Policy,
  facts: Map<string, ChangeFacts>,
): Promise<ChangeRecordFile> {
  const { client, repo, config, io } = context;
  // The gate worded its items from the register it settled from the PR's base and head: so does the
  // record, which also keeps what the PR proposed there (it landed with the merge).
  const { sides } = await loadRegisterSides(client, repo, { baseSha, headSha: pr.headSha }, policy.register);
  const settled = settleRegister(sides, changes);
  addRegisterFacts(facts, checkRegisterEntries(settled.register, changes, policy, new Date(pr.mergedAt)));
  const headRuns = await listCheckRuns(client, repo, pr.headSha);
  const { state, current: gate } = await loadGateState(client, repo, {
    pr: pr.number,
    botApp: config.botApp,
    headRuns,
    readComment: async () => (await findStickyComment(client, repo, pr.number, config.botLogin))?.body,
  });
  if (gate?.conclusion !== 'success')
    io.warning(
      `PR #${pr.number} was merged while its soup-gate check on ${pr.headSha.slice(0, 7)} was ${gate ? (gate.conclusion ?? gate.status) : 'missing'}: the change record shows what was (not) assessed`,
    );
  const actors = await findLabelActors(client, repo, pr.number, labels);
  return renderChangeRecord({
    pr,
    repo: `${repo.owner}/${repo.repo}`,
    ...withRepoUrl(repositoryUrl(context.config.serverUrl, `${repo.owner}/${repo.repo}`)),
    changes,
    checklist: checklistRecords(changes, policy, facts, state),
    evidence: evidenceRecords(headRuns, policy.evidence.checkRuns, pr.headSha),
    labels: labelRecords(labels, actors),
    register: registerProposalRecords(sides, settled),
    // Results on another head than the merged one did not admit this change: left out.
    ...(state.reverified?.sha === pr.headSha ? { reverification: state.reverified } : {}),
    dir: policy.outputs.changes,
  });
}

const withRepoUrl = (repoUrl: string | undefined) => (repoUrl !== undefined ? { repoUrl } : {});

async function preparePush(
  context: AppContext,
  trigger: Extract<MergeTrigger, { kind: 'push' }>,
): Promise<Prepared | string> {
  const { client, repo, io } = context;
  if (trigger.branch !== trigger.defaultBranch)
    return `the push went to ${trigger.branch}, not the default branch ${trigger.defaultBranch}`;
  if (ZERO_SHA.test(trigger.after)) return `the push deleted ${trigger.branch}`;
  const owners = await mergedPullsOfCommit(client, repo, trigger.after);
  if (owners.length > 0)
    return `${trigger.after.slice(0, 7)} belongs to PR #${owners[0]!.number}; its merge writes the change record`;
  // Trees, not the push payload's file lists: those stop at 20 commits and 3,000 files.
  const changed = await compareCommitTrees(
    client,
    repo,
    ZERO_SHA.test(trigger.before) ? undefined : trigger.before,
    trigger.after,
  );
  const { policy, ignore } = await readPolicy(context, trigger.after);
  const lockfiles = selectLockfiles(new Set(changed.keys()), ignore);
  if (lockfiles.length === 0) return `the push changes no lockfile`;
  const changes = await changesBetween(
    context,
    pushedTrees(context, trigger, lockfiles, changed),
    ignore,
    policy,
  );
  io.warning(
    `${trigger.after.slice(0, 7)} changed ${lockfiles.join(', ')} on ${trigger.branch} without a pull request: nobody assessed its ${changes.length} SOUP change(s); the change record lists the checklist as open`,
  );
  const generatedAt = trigger.timestamp ?? io.now().toISOString();
  return {
    branch: trigger.branch,
    policy,
    ignore,
    generatedAt,
    record: await unassessedRecord(context, trigger, generatedAt, changes, policy),
    recordSuffix: `-push-${trigger.after.slice(0, 12)}.md`,
    label: `direct push ${trigger.after.slice(0, 7)}`,
    changes,
  };
}

/** The changed lockfiles (and their manifests) before and after the push, read through the API. */
function pushedTrees(
  context: AppContext,
  trigger: Extract<MergeTrigger, { kind: 'push' }>,
  lockfiles: string[],
  changed: ReadonlyMap<string, PathPresence>,
): { base: TreeSource; head: TreeSource } {
  const { client, repo } = context;
  const read = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  // A lockfile the trees show on a side must be readable there: a failed read is an error, never absent.
  const required = (side: 'base' | 'head'): Set<string> =>
    new Set(lockfiles.filter((path) => changed.get(path)?.[side] === true));
  const empty: TreeSource = { label: 'nothing', listFiles: async () => [], readFile: async () => undefined };
  return {
    base: ZERO_SHA.test(trigger.before)
      ? empty
      : createCommitSource(client, repo, trigger.before, read, required('base')),
    head: createCommitSource(client, repo, trigger.after, read, required('head')),
  };
}

/** A direct push's record: marked no PR, every checklist item open, and any evidence on the pushed commit. */
async function unassessedRecord(
  context: AppContext,
  trigger: Extract<MergeTrigger, { kind: 'push' }>,
  generatedAt: string,
  changes: Change[],
  policy: Policy,
): Promise<ChangeRecordFile> {
  const { client, repo } = context;
  const headRuns = await listCheckRuns(client, repo, trigger.after);
  return renderChangeRecord({
    pr: {
      number: 0,
      title: trigger.message,
      url: trigger.url,
      author: trigger.pusher,
      mergedAt: generatedAt,
      mergeCommit: trigger.after,
      headSha: trigger.after,
    },
    directPush: {
      branch: trigger.branch,
      before: trigger.before,
      after: trigger.after,
      pusher: trigger.pusher,
    },
    repo: `${repo.owner}/${repo.repo}`,
    changes,
    checklist: checklistRecords(changes, policy, new Map(), emptyState(0)),
    evidence: evidenceRecords(headRuns, policy.evidence.checkRuns, trigger.after),
    labels: [],
    dir: policy.outputs.changes,
  });
}
