/**
 * Which paths differ between two commits, found from their Git trees instead of a PR's file listing.
 *
 * Why: GitHub lists at most 3,000 files of a pull request, and the listing is sorted, so a PR that
 * changes 3,000 other files ahead of `package-lock.json` hides the lockfile from the listing. Trees
 * have no such cap: one recursive request per side lists every blob with its SHA (GitHub truncates a
 * recursive listing past 100,000 entries or 7 MB). Where a listing comes back truncated the walk goes
 * one directory level down and compares subtrees by SHA, so an unchanged subtree costs nothing and only
 * the directories that differ are listed. If even that cannot finish (a single directory too large to
 * list, or more requests than the budget), it throws: the caller fails closed rather than judge from a
 * partial picture.
 */

export interface TreeListingEntry {
  /** Relative to the listed tree. */
  path: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface TreeListing {
  entries: TreeListingEntry[];
  truncated: boolean;
}

/** Lists a tree (by tree or commit SHA), recursively or one level. */
export interface TreeReader {
  listTree(sha: string, recursive: boolean): Promise<TreeListing>;
}

/** Whether a differing path exists at each side. */
export interface PathPresence {
  base: boolean;
  head: boolean;
}

const EMPTY: TreeListing = { entries: [], truncated: false };

/**
 * Every blob path whose content or presence differs between `base` and `head` (tree or commit SHAs),
 * with where it exists. Submodule entries (`commit`) are not files and are skipped.
 */
export async function diffTrees(
  reader: TreeReader,
  /** Undefined: compare with nothing (every path at `head` is new). */
  base: string | undefined,
  head: string,
  options: { maxRequests: number },
): Promise<Map<string, PathPresence>> {
  const changed = new Map<string, PathPresence>();
  let requests = 0;
  const list = async (sha: string | undefined, recursive: boolean, where: string): Promise<TreeListing> => {
    if (sha === undefined) return EMPTY;
    requests += 1;
    if (requests > options.maxRequests)
      throw new Error(
        `comparing the base and head trees needed more than ${options.maxRequests} Git trees API requests (stopped at ${where || 'the root'})`,
      );
    return reader.listTree(sha, recursive);
  };

  const compareFlat = (base: TreeListing, head: TreeListing, prefix: string): void => {
    const blobs = (listing: TreeListing): Map<string, string> =>
      new Map(listing.entries.filter((e) => e.type === 'blob').map((e) => [e.path, e.sha]));
    const before = blobs(base);
    const after = blobs(head);
    for (const path of new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(path);
      const b = after.get(path);
      if (a !== b) changed.set(prefix + path, { base: a !== undefined, head: b !== undefined });
    }
  };

  const walk = async (base: string | undefined, head: string | undefined, prefix: string): Promise<void> => {
    if (base === head) return;
    const [fullBase, fullHead] = await Promise.all([list(base, true, prefix), list(head, true, prefix)]);
    if (!fullBase.truncated && !fullHead.truncated) {
      compareFlat(fullBase, fullHead, prefix);
      return;
    }
    const [levelBase, levelHead] = await Promise.all([list(base, false, prefix), list(head, false, prefix)]);
    if (levelBase.truncated || levelHead.truncated)
      throw new Error(
        `the directory ${prefix || '/'} has too many entries for one Git trees API listing (truncated)`,
      );
    const byName = (listing: TreeListing) => new Map(listing.entries.map((e) => [e.path, e]));
    const before = byName(levelBase);
    const after = byName(levelHead);
    for (const name of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const a = before.get(name);
      const b = after.get(name);
      const aBlob = a?.type === 'blob' ? a.sha : undefined;
      const bBlob = b?.type === 'blob' ? b.sha : undefined;
      if ((aBlob !== undefined || bBlob !== undefined) && aBlob !== bBlob)
        changed.set(prefix + name, { base: aBlob !== undefined, head: bBlob !== undefined });
      const aTree = a?.type === 'tree' ? a.sha : undefined;
      const bTree = b?.type === 'tree' ? b.sha : undefined;
      if (aTree !== undefined || bTree !== undefined) await walk(aTree, bTree, `${prefix}${name}/`);
    }
  };

  await walk(base, head, '');
  return changed;
}
