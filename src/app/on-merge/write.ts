/**
 * Writing the files of one merge: ONE commit on top of the branch's current head, moved only as a
 * fast forward; when someone pushed meanwhile, the files are generated again on the new head and
 * the commit retried. Where the branch is protected (or refuses the update), the same commit goes to
 * the update branch and one PR, which carries change records not merged yet instead of dropping them.
 */
import { renderSoupCommitMessage, renderUpdatePullRequestBody } from '../../documents/soup-update.js';
import { PermissionError } from '../../github/errors.js';
import {
  createCommitOnTop,
  fastForwardBranch,
  forceBranch,
  getBranch,
  getCommitParents,
  getRefSha,
  gitBlobSha,
  readCommitTree,
  upsertPullRequest,
  type CommitTree,
  type FileWrite,
} from '../../github/git-data.js';
import { changeRecordsFolder } from '../../documents/change-record-rows.js';
import type { AppContext } from '../context.js';
import { BlobCache } from './blobs.js';
import { generate, type Generated } from './generate.js';
import type { Prepared } from './prepare.js';

/** The branch soup-gate proposes its files on when the target branch is protected. */
export const UPDATE_BRANCH = 'soup-gate/update';
/** Rebuilds on a branch that keeps moving under us, before giving up. */
export const MAX_ATTEMPTS = 5;

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

function outcome(
  prepared: Prepared,
  generated: Generated,
  fields: Pick<OnMergeOutcome, 'status' | 'reason' | 'attempts'> & Partial<OnMergeOutcome>,
): OnMergeOutcome {
  return {
    ...fields,
    ...(prepared.record ? { changeRecord: prepared.record.path } : {}),
    ...(generated.listProblem ? { problem: generated.listProblem } : {}),
  };
}

function commitMessage(prepared: Prepared, writes: readonly FileWrite[]): string {
  const writesRecord = prepared.record !== undefined && writes.some((w) => w.path === prepared.record?.path);
  return renderSoupCommitMessage(prepared, prepared.policy.register, writesRecord);
}

/** Commits the merge's files on its branch, or proposes them where the branch does not take them. */
export async function writeFiles(context: AppContext, prepared: Prepared): Promise<OnMergeOutcome> {
  const { client, repo, io } = context;
  const cache = new BlobCache(client, repo);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await getBranch(client, repo, prepared.branch);
    if (head.protected) {
      io.info(`${prepared.branch} is protected: proposing the files on ${UPDATE_BRANCH}`);
      return proposeUpdate(context, prepared, cache, attempt);
    }
    const tree = await readCommitTree(client, repo, head.sha);
    const generated = await generate(context, prepared, tree, cache, new Map());
    if (generated.writes.length === 0) {
      const has = prepared.record ? ' and the change record' : '';
      const reason = `${prepared.branch} at ${head.sha.slice(0, 7)} already has the SOUP list${has}`;
      return outcome(prepared, generated, { status: 'up-to-date', reason, attempts: attempt });
    }
    const commit = await createCommitOnTop(client, repo, {
      parent: head.sha,
      baseTree: tree.tree,
      files: generated.writes,
      message: commitMessage(prepared, generated.writes),
    });
    const update = await fastForwardBranch(client, repo, prepared.branch, commit);
    if (update.updated) {
      const paths = generated.writes.map((w) => w.path).join(', ');
      io.info(`committed ${paths} to ${prepared.branch} as ${commit.slice(0, 7)}`);
      const reason = `committed to ${prepared.branch}`;
      return outcome(prepared, generated, { status: 'committed', reason, commit, attempts: attempt });
    }
    if (update.reason === 'protected') {
      io.info(
        `${prepared.branch} refused the commit (${update.message}): proposing the files on ${UPDATE_BRANCH}`,
      );
      return proposeUpdate(context, prepared, cache, attempt);
    }
    io.info(
      `${prepared.branch} moved while the commit was built (${update.message}); rebuilding on the new head`,
    );
  }
  throw new ChangeRecordWriteError(
    `${prepared.branch} kept moving: ${MAX_ATTEMPTS} attempts to add the SOUP files on top of it lost the race`,
  );
}

/** Change records on soup-gate/update that the branch lacks: a later merge must carry them, never drop them. */
async function pendingRecords(
  context: AppContext,
  prepared: Prepared,
  branchTree: CommitTree,
  updateTree: CommitTree | undefined,
): Promise<Map<string, string>> {
  const pending = new Map<string, string>();
  if (!updateTree) return pending;
  const dir = changeRecordsFolder(prepared.policy.outputs.changes);
  for (const [path, file] of updateTree.files)
    if (path.startsWith(dir) && !branchTree.files.has(path)) pending.set(path, file.sha);
  if (pending.size > 0)
    context.io.info(
      `carrying ${pending.size} change record(s) from ${UPDATE_BRANCH} that are not merged yet`,
    );
  return pending;
}

/** The files on the protected branch's head, committed to the update branch and proposed in one PR. */
async function proposeUpdate(
  context: AppContext,
  prepared: Prepared,
  cache: BlobCache,
  attempts: number,
): Promise<OnMergeOutcome> {
  const { client, repo } = context;
  const head = await getBranch(client, repo, prepared.branch);
  const tree = await readCommitTree(client, repo, head.sha);
  const updateSha = await getRefSha(client, repo, `heads/${UPDATE_BRANCH}`);
  const update = updateSha
    ? { sha: updateSha, tree: await readCommitTree(client, repo, updateSha) }
    : undefined;
  const extra = await pendingRecords(context, prepared, tree, update?.tree);
  const generated = await generate(context, prepared, tree, cache, extra);
  if (generated.writes.length === 0) {
    const reason = `${prepared.branch} already has the SOUP list and change record`;
    return outcome(prepared, generated, { status: 'up-to-date', reason, attempts });
  }
  const commit = (await isProposed(context, head.sha, update, generated.writes))
    ? update?.sha
    : await commitProposal(context, prepared, { sha: head.sha, tree }, generated.writes);
  const records = [...extra.keys()];
  if (prepared.record && !generated.recordExists && !records.includes(prepared.record.path))
    records.push(prepared.record.path);
  const pull = await openProposal(context, prepared, commit, {
    updateBranch: UPDATE_BRANCH,
    files: generated.writes.map((w) => w.path),
    waitingRecords: records,
    ...(generated.listProblem ? { problem: generated.listProblem } : {}),
  });
  const verb = pull.created ? 'opened' : 'updated';
  const reason = `${prepared.branch} is protected: ${verb} PR #${pull.number}`;
  return outcome(prepared, generated, {
    status: 'pull-request',
    reason,
    attempts,
    pullRequest: pull.number,
    ...(commit ? { commit } : {}),
  });
}

/** Already proposed: the update branch sits on the current head and holds exactly these files. */
async function isProposed(
  context: AppContext,
  headSha: string,
  update: { sha: string; tree: CommitTree } | undefined,
  writes: readonly FileWrite[],
): Promise<boolean> {
  if (!update) return false;
  const parents = await getCommitParents(context.client, context.repo, update.sha);
  return (
    parents.join() === headSha &&
    writes.every((w) => update.tree.files.get(w.path)?.sha === ('sha' in w ? w.sha : gitBlobSha(w.content)))
  );
}

/** One commit on the protected branch's head, put on the update branch (replacing what was there). */
async function commitProposal(
  context: AppContext,
  prepared: Prepared,
  head: { sha: string; tree: CommitTree },
  writes: FileWrite[],
): Promise<string> {
  const { client, repo } = context;
  const commit = await createCommitOnTop(client, repo, {
    parent: head.sha,
    baseTree: head.tree.tree,
    files: writes,
    message: commitMessage(prepared, writes),
  });
  await forceBranch(client, repo, UPDATE_BRANCH, commit);
  return commit;
}

/** Opens the update PR, or updates the open one; says which setting a refusal may need. */
async function openProposal(
  context: AppContext,
  prepared: Prepared,
  commit: string | undefined,
  proposal: Parameters<typeof renderUpdatePullRequestBody>[1],
): Promise<{ number: number; created: boolean }> {
  const { client, repo, io } = context;
  let pull;
  try {
    pull = await upsertPullRequest(client, repo, {
      head: UPDATE_BRANCH,
      base: prepared.branch,
      title: `soup-gate: SOUP list and change records for ${prepared.branch}`,
      body: renderUpdatePullRequestBody(prepared, proposal),
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
  return pull;
}
