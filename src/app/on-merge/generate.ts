/**
 * The files one merge must change on a given head: the change record (unless that head already has
 * this merge's record), records carried from the update branch, and SOUP.md and the SBOM rendered
 * from every lockfile at that head, kept as they are when only their stamp would change.
 */
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  type ChangeRecordData,
} from '../../documents/change-record.js';
import { changeRecordsFolder, hasChangeRecord } from '../../documents/change-record-rows.js';
import { readSbomFacts, readSbomLastVerified, readSbomStamp } from '../../documents/sbom.js';
import { gitBlobSha, type CommitTree, type FileWrite } from '../../github/git-data.js';
import { loadInventory } from '../../inventory/load-inventory.js';
import type { Register } from '../../register/types.js';
import type { AppContext } from '../context.js';
import { mergeFacts } from '../../register/package-facts.js';
import { parseRegisterFile } from '../../register/parse.js';
import {
  SOUP_OUTPUT_KINDS,
  refreshSoupOutputs,
  type SoupOutputKind,
  type SoupOutputsInput,
  type SoupOutputTexts,
} from '../soup-outputs.js';
import { commitTreeSource, type BlobCache } from './blobs.js';
import type { Prepared } from './prepare.js';

export interface Generated {
  /** Files whose content differs from the tree's (or that it lacks). */
  writes: FileWrite[];
  /** Why the list could not be regenerated (a register the parser refuses): the step fails after the record is written. */
  listProblem?: string;
  recordExists: boolean;
}

/**
 * Renders the list and SBOM at `tree` and decides which files must change there. `extraRecords`
 * (path → blob SHA) are change records the tree lacks that the commit must carry.
 */
export async function generate(
  context: AppContext,
  prepared: Prepared,
  tree: CommitTree,
  cache: BlobCache,
  extraRecords: ReadonlyMap<string, string>,
): Promise<Generated> {
  const { config, io } = context;
  const { policy } = prepared;
  const writes: FileWrite[] = [];
  const recordExists =
    !prepared.recordSuffix ||
    hasChangeRecord(
      [...tree.files.keys(), ...extraRecords.keys()],
      policy.outputs.changes,
      prepared.recordSuffix,
    );
  if (!recordExists && prepared.record)
    writes.push({ path: prepared.record.path, content: prepared.record.content });
  for (const [path, sha] of extraRecords) writes.push({ path, sha });

  let register: Register;
  try {
    const registerFile = tree.files.get(policy.register);
    register = parseRegisterFile(
      policy.register,
      registerFile ? await cache.text(registerFile.sha) : undefined,
    );
  } catch (error) {
    return {
      writes,
      recordExists,
      listProblem: `${policy.outputs.list} and ${policy.outputs.sbom} were not regenerated: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const inventory = await loadInventory(commitTreeSource(tree, cache), {
    ignore: prepared.ignore,
    maxBytes: config.maxLockfileBytes,
    onProgress: io.info,
  });
  const committed = await committedSbom(tree, prepared, cache);
  const lastVerified = await lastVerifiedAt(tree, prepared, cache, extraRecords, committed);
  // Facts of unchanged items from the committed SBOM, of the merged ones from this merge's look-ups.
  const facts = mergeFacts(prepared.lookedUp, committed !== undefined ? readSbomFacts(committed) : undefined);
  writes.push(
    ...(await outputWrites(context, prepared, tree, cache, {
      inventory,
      register,
      lastVerified,
      facts,
      scope: policy.scope,
    })),
  );
  return { writes, recordExists };
}

/** SOUP.md and the SBOM where their content changed, stamped with this merge and `tree`'s commit. */
async function outputWrites(
  context: AppContext,
  prepared: Prepared,
  tree: CommitTree,
  cache: BlobCache,
  input: SoupOutputsInput,
): Promise<FileWrite[]> {
  const { outputs } = prepared.policy;
  const paths: Record<SoupOutputKind, string> = { list: outputs.list, sbom: outputs.sbom };
  const committed: Partial<SoupOutputTexts> = {};
  for (const kind of SOUP_OUTPUT_KINDS) {
    const file = tree.files.get(paths[kind]);
    if (file) committed[kind] = await cache.text(file.sha);
  }
  const { repo } = context;
  const fresh = {
    generatedAt: prepared.generatedAt,
    commit: tree.commit,
    repo: `${repo.owner}/${repo.repo}`,
  };
  const rendered = refreshSoupOutputs(input, committed, fresh);
  const writes: FileWrite[] = [];
  for (const kind of SOUP_OUTPUT_KINDS) {
    const content = rendered[kind];
    // Compared as bytes: a committed file that decodes the same but differs in bytes is rewritten.
    if (content !== undefined && tree.files.get(paths[kind])?.sha !== gitBlobSha(content))
      writes.push({ path: paths[kind], content });
  }
  return writes;
}

/**
 * "Last verified" per purl from the change records. Reading every record on every merge would cost
 * one request per merged PR ever; the committed SBOM already holds the dates of the records older
 * than it, so only the records dated on or after its timestamp are read (all of them without one).
 */
async function lastVerifiedAt(
  tree: CommitTree,
  prepared: Prepared,
  cache: BlobCache,
  extraRecords: ReadonlyMap<string, string>,
  sbom: string | undefined,
): Promise<Map<string, string>> {
  const { known, since } = committedDates(sbom);
  const dir = changeRecordsFolder(prepared.policy.outputs.changes);
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

/** The committed SBOM's text; undefined when there is none or it can't be read (then nothing carries over). */
async function committedSbom(
  tree: CommitTree,
  prepared: Prepared,
  cache: BlobCache,
): Promise<string | undefined> {
  const sbom = tree.files.get(prepared.policy.outputs.sbom);
  if (!sbom) return undefined;
  try {
    return await cache.text(sbom.sha);
  } catch {
    return undefined;
  }
}

/** The last-verified dates the committed SBOM carries, and the day from which records are newer than it. */
function committedDates(sbom: string | undefined): { known: Map<string, string>; since: string } {
  const stamp = sbom !== undefined ? readSbomStamp(sbom) : undefined;
  // An SBOM without a readable stamp holds no dates: every record is read instead.
  if (sbom === undefined || !stamp) return { known: new Map(), since: '' };
  return { known: readSbomLastVerified(sbom), since: stamp.generatedAt.slice(0, 10) };
}
