/**
 * On merge (a PR closed as merged, or a push to the default branch that changes a lockfile and is
 * no PR's): regenerate SOUP.md and the SBOM from every lockfile at the branch head, write the change
 * record of what landed, and commit them in ONE commit on top of the branch's current head. Where
 * the branch is protected, the same commit goes to the `soup-gate/update` branch and one PR.
 *
 * Order of trust: the change record is built first, once, from the PR's own data (the gate's state
 * lives in the bot's check run on the PR head, never in comment text) and kept across retries; a
 * write that fails puts it whole into the job summary and fails the step, so it is never dropped.
 */
import { parsePolicyFile } from '../config/policy.js';
import { checklistFacts } from '../gate/facts.js';
import { removeIgnoredPackages } from '../gate/scope.js';
import { buildChecklist, describeChange, type ChangeFacts } from '../gate/checklist.js';
import { findTick } from '../gate/evaluate.js';
import type { Policy } from '../config/policy.js';
import { emptyState, reconcileTicks, type GateState } from '../gate/state.js';
import { listCheckRuns, type CheckRunInfo } from '../github/checks.js';
import { createCommitSource } from '../github/commit-source.js';
import { PermissionError } from '../github/errors.js';
import { field } from '../github/json.js';
import {
  createCommitOnTop,
  fastForwardBranch,
  forceBranch,
  getBranch,
  getCommitParents,
  getRefSha,
  gitBlobSha,
  mergedPullsOfCommit,
  readBlob,
  readCommitTree,
  upsertPullRequest,
  type CommitTree,
  type FileWrite,
} from '../github/git-data.js';
import { findLabelActors } from '../github/labels.js';
import { fetchPullRequestTrees, getPullRequest, readFileAt } from '../github/pull-request.js';
import { diffInventories, type Change } from '../inventory/diff.js';
import { selectLockfiles, manifestsFor } from '../inventory/inventory.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import type { Register } from '../register/types.js';
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  renderChangeRecord,
  type ChangeRecordData,
  type ChangeRecordFile,
  type ChecklistRecord,
  type EvidenceRecord,
  type LabelRecord,
} from '../documents/change-record.js';
import { renderChangesTable } from '../documents/changes-table.js';
import { code, escapeText, toPlainText } from '../markdown/escape.js';
import { SBOM_PROPERTY, buildSbom } from '../documents/sbom.js';
import { readSoupListStamp, renderSoupList, type SoupListStamp } from '../documents/soup-list.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { TreeSource } from '../inventory/tree-source.js';
import type { AppContext } from './context.js';
import { lookUpChanges } from './look-up.js';
import { loadGateState } from './gate-state.js';
import { findStickyComment } from './sticky-comment.js';
import type { MergeTrigger } from '../github/event.js';
export { mergeTriggerOf, type MergeTrigger } from '../github/event.js';

/** The branch soup-gate proposes its files on when the target branch is protected. */
export const UPDATE_BRANCH = 'soup-gate/update';
/** Rebuilds on a branch that keeps moving under us, before giving up. */
export const MAX_ATTEMPTS = 5;
const ZERO_SHA = /^0{40}$/;

export interface OnMergeOutcome {
  /** committed: a new commit on the branch; pull-request: on soup-gate/update; up-to-date: nothing to write. */
  status: 'committed' | 'pull-request' | 'up-to-date' | 'skipped';
  reason: string;
  commit?: string;
  pullRequest?: number;
  changeRecord?: string;
  attempts: number;
  /** Written, but the list could not be regenerated (e.g. a register the parser refuses): the step fails. */
  problem?: string;
}

/** The change record (or the list) could not be written: the step must fail; the record is in the summary. */
export class ChangeRecordWriteError extends Error {
  override readonly name = 'ChangeRecordWriteError';
}

/** What one merge must leave on the branch. */
interface Prepared {
  branch: string;
  policy: Policy;
  ignore: string[];
  /** The generated files' time: the merge (or push) time, so a re-run renders the same bytes. */
  generatedAt: string;
  /** Absent when the merge touched no lockfile: only the list is regenerated then. */
  record?: ChangeRecordFile;
  /** Matches an existing record of the same merge under the records folder. */
  recordSuffix?: string;
  label: string;
  changes: Change[];
}

/** The facts the reviewers saw in the checklist (anomalies, compare link), so the record's items read the same. */
async function lookUpChecklistFacts(
  options: AppContext,
  changes: Change[],
  policy: Policy,
): Promise<Map<string, ChangeFacts>> {
  const facts = new Map<string, ChangeFacts>();
  if (!options.config.enrich || changes.length === 0) return facts;
  try {
    return checklistFacts(changes, await lookUpChanges(options, changes, policy));
  } catch (error) {
    // The record still lists every item and tick; only the facts in the items' wording are missing.
    options.io.warning(
      `anomaly and licence lookups for the change record failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return facts;
}

function checklistRecords(
  changes: Change[],
  policy: Policy,
  facts: Map<string, ChangeFacts>,
  state: GateState,
): ChecklistRecord[] {
  const sections = buildChecklist(changes, policy, facts);
  const reconciled = reconcileTicks(state, new Set(sections.flatMap((s) => s.items.map((i) => i.id))));
  const records: ChecklistRecord[] = [];
  for (const section of sections) {
    if (!section.gated) continue;
    for (const item of section.items) {
      const tick = findTick(reconciled, item.id);
      records.push({
        // The renderer escapes: hand it plain text, not our Markdown.
        item: toPlainText(item.text),
        change: toPlainText(describeChange(section.change)),
        tickedBy: tick?.by ?? null,
        tickedAt: tick?.at ?? null,
        atSha: tick?.sha ?? null,
      });
    }
  }
  return records;
}

/** Re-verification runs on the assessed commit: the latest of each name the policy counts as evidence. */
function evidenceRecords(runs: readonly CheckRunInfo[], policy: Policy, sha: string): EvidenceRecord[] {
  const latest = new Map<string, CheckRunInfo>();
  for (const run of runs) {
    if (!policy.evidence.checkRuns.includes(run.name) || run.headSha !== sha) continue;
    const known = latest.get(run.name);
    if (!known || run.id > known.id) latest.set(run.name, run);
  }
  return [...latest.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((run) => ({
      name: run.name,
      url: run.url,
      conclusion: run.conclusion ?? run.status,
      sha: run.headSha,
    }));
}

async function preparePullRequest(
  options: AppContext,
  trigger: Extract<MergeTrigger, { kind: 'merged-pull-request' }>,
): Promise<Prepared | string> {
  const { client, repo, config, io } = options;
  const pr = await getPullRequest(client, repo, trigger.number);
  if (!pr.merged || pr.mergeCommitSha === null || pr.mergedAt === null)
    return `PR #${pr.number} was closed without being merged`;
  if (pr.baseRef !== trigger.defaultBranch)
    return `PR #${pr.number} merged into ${pr.baseRef}, not the default branch ${trigger.defaultBranch}`;
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, pr.mergeCommitSha, config.configFile),
  );
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const trees = await fetchPullRequestTrees(client, pr, ignore);
  const base: Prepared = {
    branch: pr.baseRef,
    policy,
    ignore,
    generatedAt: pr.mergedAt,
    label: `#${pr.number}`,
    changes: [],
  };
  if (trees.lockfiles.length === 0) return base;
  // The diff the reviewers assessed: the PR's base against its head, as the gate computed it.
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const changes = removeIgnoredPackages(
    diffInventories(await loadInventory(trees.base, load), await loadInventory(trees.head, load)).changes,
    policy.ignore.packages,
  );
  const facts = await lookUpChecklistFacts(options, changes, policy);
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
  const actors = await findLabelActors(client, repo, pr.number, pr.labels);
  const labels: LabelRecord[] = [...pr.labels]
    .sort()
    .map((name) => ({ name, ...(actors.has(name) ? { appliedBy: actors.get(name) } : {}) }));
  const record = renderChangeRecord({
    pr: {
      number: pr.number,
      title: pr.title,
      url: pr.url,
      author: pr.author,
      mergedAt: pr.mergedAt,
      mergeCommit: pr.mergeCommitSha,
      headSha: pr.headSha,
    },
    repo: `${repo.owner}/${repo.repo}`,
    changes,
    checklist: checklistRecords(changes, policy, facts, state),
    evidence: evidenceRecords(headRuns, policy, pr.headSha),
    labels,
    dir: policy.outputs.changes,
  });
  return { ...base, record, recordSuffix: `-pr-${pr.number}.md`, changes };
}

async function preparePush(
  options: AppContext,
  trigger: Extract<MergeTrigger, { kind: 'push' }>,
): Promise<Prepared | string> {
  const { client, repo, config, io } = options;
  if (trigger.branch !== trigger.defaultBranch)
    return `the push went to ${trigger.branch}, not the default branch ${trigger.defaultBranch}`;
  if (ZERO_SHA.test(trigger.after)) return `the push deleted ${trigger.branch}`;
  const owners = await mergedPullsOfCommit(client, repo, trigger.after);
  if (owners.length > 0)
    return `${trigger.after.slice(0, 7)} belongs to PR #${owners[0]!.number}; its merge writes the change record`;
  const after = await readCommitTree(client, repo, trigger.after);
  const before = ZERO_SHA.test(trigger.before)
    ? undefined
    : await readCommitTree(client, repo, trigger.before);
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, trigger.after, config.configFile),
  );
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const paths = new Set([...after.files.keys(), ...(before?.files.keys() ?? [])]);
  const lockfiles = selectLockfiles(paths, ignore).filter(
    (path) => after.files.get(path)?.sha !== before?.files.get(path)?.sha,
  );
  if (lockfiles.length === 0) return `the push changes no lockfile`;
  const read = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const empty: TreeSource = { label: 'nothing', listFiles: async () => [], readFile: async () => undefined };
  const changes = removeIgnoredPackages(
    diffInventories(
      // A path the tree lists must be readable: a failed read is an error, never a missing lockfile.
      await loadInventory(
        before
          ? createCommitSource(
              client,
              repo,
              trigger.before,
              read,
              new Set(read.filter((path) => before.files.has(path))),
            )
          : empty,
        load,
      ),
      await loadInventory(
        createCommitSource(
          client,
          repo,
          trigger.after,
          read,
          new Set(read.filter((path) => after.files.has(path))),
        ),
        load,
      ),
    ).changes,
    policy.ignore.packages,
  );
  io.warning(
    `${trigger.after.slice(0, 7)} changed ${lockfiles.join(', ')} on ${trigger.branch} without a pull request: nobody assessed its ${changes.length} SOUP change(s); the change record lists the checklist as open`,
  );
  const generatedAt = trigger.timestamp ?? options.io.now().toISOString();
  const headRuns = await listCheckRuns(client, repo, trigger.after);
  const record = renderChangeRecord({
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
    evidence: evidenceRecords(headRuns, policy, trigger.after),
    labels: [],
    dir: policy.outputs.changes,
  });
  return {
    branch: trigger.branch,
    policy,
    ignore,
    generatedAt,
    record,
    recordSuffix: `-push-${trigger.after.slice(0, 12)}.md`,
    label: `direct push ${trigger.after.slice(0, 7)}`,
    changes,
  };
}

/** Blob reads by SHA, remembered across rebuilds (an unchanged lockfile is read once). */
class BlobCache {
  private readonly blobs = new Map<string, Promise<Uint8Array>>();
  constructor(private readonly options: AppContext) {}
  read(sha: string): Promise<Uint8Array> {
    let blob = this.blobs.get(sha);
    if (!blob) {
      blob = readBlob(this.options.client, this.options.repo, sha);
      this.blobs.set(sha, blob);
      blob.catch(() => this.blobs.delete(sha));
    }
    return blob;
  }
  async text(sha: string): Promise<string> {
    return new TextDecoder().decode(await this.read(sha));
  }
}

function treeSource(tree: CommitTree, cache: BlobCache): TreeSource {
  return {
    label: `commit ${tree.commit.slice(0, 7)}`,
    listFiles: async () => [...tree.files.keys()].sort(),
    readFile: async (path) => {
      const file = tree.files.get(path);
      return file ? cache.read(file.sha) : undefined;
    },
  };
}

/** The stamp a committed SBOM was made with, so an unchanged inventory renders the same bytes. */
function sbomStamp(text: string): SoupListStamp | undefined {
  try {
    const metadata = field(JSON.parse(text), 'metadata');
    const timestamp = field(metadata, 'timestamp');
    const component = field(metadata, 'component');
    const name = field(component, 'name');
    const version = field(component, 'version');
    if (typeof timestamp !== 'string') return undefined;
    return {
      generatedAt: timestamp,
      ...(typeof version === 'string' ? { commit: version } : {}),
      ...(typeof name === 'string' && name !== 'project' ? { repo: name } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Last-verified dates the committed SBOM already carries (soup-gate wrote them from the records). */
function sbomLastVerified(text: string): Map<string, string> {
  const dates = new Map<string, string>();
  const components = field(JSON.parse(text), 'components');
  if (!Array.isArray(components)) return dates;
  for (const component of components) {
    const purl = field(component, 'purl');
    const properties = field(component, 'properties');
    if (typeof purl !== 'string' || !Array.isArray(properties)) continue;
    for (const property of properties)
      if (
        field(property, 'name') === SBOM_PROPERTY.lastVerified &&
        typeof field(property, 'value') === 'string'
      )
        dates.set(purl, field(property, 'value') as string);
  }
  return dates;
}

/**
 * "Last verified" per purl from the change records. Reading every record on every merge would cost
 * one request per merged PR ever; the committed SBOM already holds the dates of the records older
 * than it, so only the records dated on or after its timestamp are read (all of them without one).
 */
async function lastVerified(
  tree: CommitTree,
  prepared: Prepared,
  cache: BlobCache,
  extraRecords: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const dir = `${prepared.policy.outputs.changes.replace(/\/+$/, '')}/`;
  const sbom = tree.files.get(prepared.policy.outputs.sbom);
  let known = new Map<string, string>();
  let since = '';
  if (sbom) {
    try {
      const text = await cache.text(sbom.sha);
      const stamp = sbomStamp(text);
      if (stamp) {
        known = sbomLastVerified(text);
        since = stamp.generatedAt.slice(0, 10);
      }
    } catch {
      known = new Map();
      since = '';
    }
  }
  const shas = new Map(extraRecords);
  for (const [path, file] of tree.files) {
    if (!path.startsWith(dir) || !path.endsWith('.md') || path.slice(dir.length).includes('/')) continue;
    const date = /^\d{4}-\d{2}-\d{2}/.exec(path.slice(dir.length))?.[0];
    if (date !== undefined && date < since) continue;
    shas.set(path, file.sha);
  }
  const records: ChangeRecordData[] = [];
  const queue = [...shas.values()];
  // A few reads at a time: enough to be quick, few enough to stay clear of secondary rate limits.
  await Promise.all(
    Array.from({ length: Math.min(6, queue.length) }, async () => {
      for (let sha = queue.shift(); sha !== undefined; sha = queue.shift()) {
        const record = parseChangeRecord(await cache.text(sha));
        if (record) records.push(record);
      }
    }),
  );
  if (prepared.record) records.push(prepared.record.record);
  for (const [purl, date] of lastVerifiedFromRecords(records))
    if ((known.get(purl) ?? '') < date) known.set(purl, date);
  return known;
}

interface Generated {
  /** Files whose content differs from the tree's (or that it lacks). */
  writes: FileWrite[];
  /** Why the list could not be regenerated (a register the parser refuses): the step fails after the record is written. */
  listProblem?: string;
  recordExists: boolean;
}

function hasRecord(paths: Iterable<string>, prepared: Prepared): boolean {
  if (!prepared.recordSuffix) return true;
  const dir = `${prepared.policy.outputs.changes.replace(/\/+$/, '')}/`;
  for (const path of paths) if (path.startsWith(dir) && path.endsWith(prepared.recordSuffix)) return true;
  return false;
}

/** Renders the list and SBOM at `tree` and decides which files must change there. */
async function generate(
  options: AppContext,
  prepared: Prepared,
  tree: CommitTree,
  cache: BlobCache,
  extraRecords: ReadonlyMap<string, string>,
): Promise<Generated> {
  const { repo, config, io } = options;
  const { policy } = prepared;
  const writes: FileWrite[] = [];
  const recordExists = hasRecord([...tree.files.keys(), ...extraRecords.keys()], prepared);
  if (!recordExists && prepared.record)
    writes.push({ path: prepared.record.path, content: prepared.record.content });
  for (const [path, sha] of extraRecords) writes.push({ path, sha });

  let register: Register;
  const registerFile = tree.files.get(policy.register);
  try {
    register = registerFile
      ? parseRegister(policy.register, await cache.text(registerFile.sha), { allowIncomplete: true })
      : emptyRegister(policy.register);
  } catch (error) {
    return {
      writes,
      recordExists,
      listProblem: `${policy.outputs.list} and ${policy.outputs.sbom} were not regenerated: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const inventory = await loadInventory(treeSource(tree, cache), {
    ignore: prepared.ignore,
    maxBytes: config.maxLockfileBytes,
    onProgress: io.info,
  });
  const verified = await lastVerified(tree, prepared, cache, extraRecords);
  const fresh: SoupListStamp = {
    generatedAt: prepared.generatedAt,
    commit: tree.commit,
    repo: `${repo.owner}/${repo.repo}`,
  };
  const renderList = (stamp: SoupListStamp): string =>
    renderSoupList({ inventory, register, lastVerified: verified, ...stamp });
  const renderSbom = (stamp: SoupListStamp): string =>
    buildSbom(inventory, { register, lastVerified: verified, ...stamp });
  // Rendered first with the committed file's own stamp: equal bytes mean nothing changed, so a
  // re-run (or a rebuild on a head that only moved elsewhere) writes nothing.
  for (const [path, readStamp, render] of [
    [policy.outputs.list, readSoupListStamp, renderList],
    [policy.outputs.sbom, sbomStamp, renderSbom],
  ] as const) {
    const committed = tree.files.get(path);
    if (committed) {
      const text = await cache.text(committed.sha);
      const stamp = readStamp(text);
      if (stamp && render(stamp) === text) continue;
    }
    const content = render(fresh);
    if (committed?.sha !== gitBlobSha(content)) writes.push({ path, content });
  }
  return { writes, recordExists };
}

function commitMessage(prepared: Prepared, writes: readonly FileWrite[]): string {
  const record = prepared.record && writes.some((w) => w.path === prepared.record?.path);
  return `soup-gate: ${record ? `SOUP list and change record for ${prepared.label}` : `SOUP list after ${prepared.label}`}\n\nGenerated by soup-gate from the lockfiles and ${prepared.policy.register}.`;
}

/** Change records on soup-gate/update that the branch lacks: a later merge must carry them, never drop them. */
async function pendingRecords(
  options: AppContext,
  prepared: Prepared,
  branchTree: CommitTree,
  updateTree: CommitTree | undefined,
): Promise<Map<string, string>> {
  const pending = new Map<string, string>();
  if (!updateTree) return pending;
  const dir = `${prepared.policy.outputs.changes.replace(/\/+$/, '')}/`;
  for (const [path, file] of updateTree.files)
    if (path.startsWith(dir) && !branchTree.files.has(path)) pending.set(path, file.sha);
  if (pending.size > 0)
    options.io.info(
      `carrying ${pending.size} change record(s) from ${UPDATE_BRANCH} that are not merged yet`,
    );
  return pending;
}

async function proposeUpdate(
  options: AppContext,
  prepared: Prepared,
  cache: BlobCache,
  attempts: number,
): Promise<OnMergeOutcome> {
  const { client, repo, io } = options;
  const head = await getBranch(client, repo, prepared.branch);
  const tree = await readCommitTree(client, repo, head.sha);
  const updateSha = await getRefSha(client, repo, `heads/${UPDATE_BRANCH}`);
  const updateTree = updateSha ? await readCommitTree(client, repo, updateSha) : undefined;
  const extra = await pendingRecords(options, prepared, tree, updateTree);
  const generated = await generate(options, prepared, tree, cache, extra);
  const problem = generated.listProblem ? { problem: generated.listProblem } : {};
  const outcome = (
    status: OnMergeOutcome['status'],
    reason: string,
    extraFields: Partial<OnMergeOutcome> = {},
  ): OnMergeOutcome => ({
    status,
    reason,
    attempts,
    ...(prepared.record ? { changeRecord: prepared.record.path } : {}),
    ...extraFields,
  });
  if (generated.writes.length === 0)
    return outcome('up-to-date', `${prepared.branch} already has the SOUP list and change record`, problem);
  // Already proposed: the update branch sits on the current head and holds exactly these files.
  const proposed =
    updateSha !== undefined &&
    updateTree !== undefined &&
    (await getCommitParents(client, repo, updateSha)).join() === head.sha &&
    generated.writes.every(
      (w) => updateTree.files.get(w.path)?.sha === ('sha' in w ? w.sha : gitBlobSha(w.content)),
    );
  let commit = updateSha;
  if (!proposed) {
    commit = await createCommitOnTop(client, repo, {
      parent: head.sha,
      baseTree: tree.tree,
      files: generated.writes,
      message: commitMessage(prepared, generated.writes),
    });
    await forceBranch(client, repo, UPDATE_BRANCH, commit);
  }
  const records = [...extra.keys()];
  if (prepared.record && !generated.recordExists && !records.includes(prepared.record.path))
    records.push(prepared.record.path);
  const body = [
    `${prepared.branch} is protected, so soup-gate proposes its generated files here. Merge this PR to keep the SOUP list, the SBOM and the change records on ${prepared.branch} current; do not edit it by hand (each merge rebuilds it on the latest ${prepared.branch}).`,
    '',
    `Last rebuilt after ${escapeText(prepared.label)}.`,
    '',
    '**Files**',
    '',
    ...generated.writes.map((w) => `- ${code(w.path)}`),
    ...(records.length > 0
      ? ['', '**Change records waiting to be merged**', '', ...records.sort().map((p) => `- ${code(p)}`)]
      : []),
    ...(generated.listProblem ? ['', `**Not regenerated:** ${escapeText(generated.listProblem, 1000)}`] : []),
  ].join('\n');
  let pull;
  try {
    pull = await upsertPullRequest(client, repo, {
      head: UPDATE_BRANCH,
      base: prepared.branch,
      title: `soup-gate: SOUP list and change records for ${prepared.branch}`,
      body,
    });
  } catch (error) {
    if (error instanceof PermissionError)
      io.warning(
        `the change record is on the ${UPDATE_BRANCH} branch (${commit?.slice(0, 7)}), but no PR could be opened for it; with GITHUB_TOKEN also turn on "Allow GitHub Actions to create and approve pull requests" in the repository's Actions settings`,
      );
    throw error;
  }
  io.info(
    `${pull.created ? 'opened' : 'updated'} PR #${pull.number} from ${UPDATE_BRANCH} into ${prepared.branch}`,
  );
  return outcome(
    'pull-request',
    `${prepared.branch} is protected: ${pull.created ? 'opened' : 'updated'} PR #${pull.number}`,
    {
      pullRequest: pull.number,
      ...(commit ? { commit } : {}),
      ...problem,
    },
  );
}

async function writeFiles(options: AppContext, prepared: Prepared): Promise<OnMergeOutcome> {
  const { client, repo, io } = options;
  const cache = new BlobCache(options);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await getBranch(client, repo, prepared.branch);
    if (head.protected) {
      io.info(`${prepared.branch} is protected: proposing the files on ${UPDATE_BRANCH}`);
      return proposeUpdate(options, prepared, cache, attempt);
    }
    const tree = await readCommitTree(client, repo, head.sha);
    const generated = await generate(options, prepared, tree, cache, new Map());
    const problem = generated.listProblem ? { problem: generated.listProblem } : {};
    if (generated.writes.length === 0) {
      return {
        ...problem,
        status: 'up-to-date',
        reason: `${prepared.branch} at ${head.sha.slice(0, 7)} already has the SOUP list${prepared.record ? ' and the change record' : ''}`,
        attempts: attempt,
        ...(prepared.record ? { changeRecord: prepared.record.path } : {}),
      };
    }
    const commit = await createCommitOnTop(client, repo, {
      parent: head.sha,
      baseTree: tree.tree,
      files: generated.writes,
      message: commitMessage(prepared, generated.writes),
    });
    const update = await fastForwardBranch(client, repo, prepared.branch, commit);
    if (update.updated) {
      io.info(
        `committed ${generated.writes.map((w) => w.path).join(', ')} to ${prepared.branch} as ${commit.slice(0, 7)}`,
      );
      return {
        ...problem,
        status: 'committed',
        reason: `committed to ${prepared.branch}`,
        commit,
        attempts: attempt,
        ...(prepared.record ? { changeRecord: prepared.record.path } : {}),
      };
    }
    if (update.reason === 'protected') {
      io.info(
        `${prepared.branch} refused the commit (${update.message}): proposing the files on ${UPDATE_BRANCH}`,
      );
      return proposeUpdate(options, prepared, cache, attempt);
    }
    io.info(
      `${prepared.branch} moved while the commit was built (${update.message}); rebuilding on the new head`,
    );
  }
  throw new ChangeRecordWriteError(
    `${prepared.branch} kept moving: ${MAX_ATTEMPTS} attempts to add the SOUP files on top of it lost the race`,
  );
}

function failureSummary(prepared: Prepared, error: unknown): string {
  const lines = [
    `### soup-gate: the change record for ${escapeText(prepared.label)} could not be written`,
    '',
    `**${escapeText(error instanceof Error ? error.message : String(error), 2000)}**`,
    '',
  ];
  if (prepared.record) {
    lines.push(
      `Commit it by hand as ${code(prepared.record.path)} (re-running this job after fixing the cause also writes it). Its full text:`,
      '',
      '````markdown',
      prepared.record.content.replace(/````/g, '` ` ` `'),
      '````',
      '',
    );
  }
  return lines.join('\n');
}

function successSummary(prepared: Prepared, outcome: OnMergeOutcome): string {
  const where =
    outcome.status === 'committed'
      ? `committed to ${code(prepared.branch)} as ${code(outcome.commit?.slice(0, 12) ?? '')}`
      : outcome.status === 'pull-request'
        ? `proposed in PR #${outcome.pullRequest} from ${code(UPDATE_BRANCH)} (${code(prepared.branch)} is protected)`
        : `already up to date on ${code(prepared.branch)}`;
  return [
    `### soup-gate: SOUP list after ${escapeText(prepared.label)}`,
    '',
    `${code(prepared.policy.outputs.list)}, ${code(prepared.policy.outputs.sbom)}${prepared.record ? ` and ${code(prepared.record.path)}` : ''}: ${where}.`,
    '',
    ...(prepared.record && prepared.changes.length > 0 ? [renderChangesTable(prepared.changes), ''] : []),
  ].join('\n');
}

/** Runs the on-merge work for one merged PR or direct push. */
export async function runOnMerge(options: AppContext, trigger: MergeTrigger): Promise<OnMergeOutcome> {
  const { io } = options;
  const prepared =
    trigger.kind === 'merged-pull-request'
      ? await preparePullRequest(options, trigger)
      : await preparePush(options, trigger);
  if (typeof prepared === 'string') {
    io.notice(`soup-gate: ${prepared}; nothing to write`);
    return { status: 'skipped', reason: prepared, attempts: 0 };
  }
  let outcome: OnMergeOutcome;
  try {
    outcome = await writeFiles(options, prepared);
  } catch (error) {
    if (error instanceof PermissionError) io.warning(error.message);
    await io.writeSummary(failureSummary(prepared, error));
    if (error instanceof ChangeRecordWriteError) throw error;
    throw new ChangeRecordWriteError(
      `the SOUP list and change record for ${prepared.label} were not written (the record is in the job summary): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  io.info(`soup-gate on merge: ${outcome.reason}`);
  io.setOutput('soup-update', outcome.status);
  if (outcome.commit) io.setOutput('soup-commit', outcome.commit);
  if (outcome.pullRequest !== undefined) io.setOutput('soup-pull-request', String(outcome.pullRequest));
  if (outcome.changeRecord) io.setOutput('change-record', outcome.changeRecord);
  await io.writeSummary(successSummary(prepared, outcome));
  // The record is safe on the branch; the list is not current, which must not pass quietly.
  if (outcome.problem) throw new Error(outcome.problem);
  return outcome;
}
