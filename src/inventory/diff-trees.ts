import { compareStrings } from './inventory.js';
import { diffInventories, type DiffResult } from './diff.js';
import { loadChangedInventories, type LoadOptions } from './load-inventory.js';
import type { TreeSource } from './tree-source.js';
import type { Finding } from '../lockfiles/types.js';

export interface TreeDiff extends DiffResult {
  /** What the parsers passed over in the head's changed lockfiles; unchanged ones add none. */
  findings: Finding[];
}

/**
 * Diffs two trees lockfile by lockfile, parsing only those that differ (see
 * loadChangedInventories). A lockfile whose bytes changed is `modified` even when no package did; one
 * whose bytes did not is `unchanged`, with its format id, since it was not parsed.
 */
export async function diffTrees(
  base: TreeSource,
  head: TreeSource,
  options: LoadOptions = {},
): Promise<TreeDiff> {
  const changed = await loadChangedInventories(base, head, options);
  const result = diffInventories(changed.base, changed.head);
  const lockfiles = result.lockfiles.map((lockfile) =>
    lockfile.status === 'unchanged' ? { ...lockfile, status: 'modified' as const } : lockfile,
  );
  for (const { path, formatId } of changed.unchanged) {
    lockfiles.push({ path, status: 'unchanged', format: formatId, changes: 0 });
  }
  lockfiles.sort((a, b) => compareStrings(a.path, b.path));
  return {
    lockfiles,
    changes: result.changes,
    findings: changed.head.lockfiles.flatMap((lockfile) => lockfile.findings),
  };
}
