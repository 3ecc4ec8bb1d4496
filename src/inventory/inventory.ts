import picomatch from 'picomatch';
import { findFormat } from '../lockfiles/index.js';
import type { Ecosystem, Finding, Package } from '../lockfiles/types.js';

/** One parsed lockfile of an inventory. */
export interface InventoryLockfile {
  path: string;
  /** The format id (`npm`, `yarn`, …) that decides which lockfiles can be paired when one moves. */
  formatId: string;
  /** The format and version label the parser reported (`npm-v3`, `yarn-berry-v8`, …). */
  format: string;
  ecosystem: Ecosystem;
  packages: Package[];
  findings: Finding[];
}

export interface Inventory {
  lockfiles: InventoryLockfile[];
}

/** Directories never searched: installed copies, not the project's lockfiles. */
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**', '**/vendor/bundle/**', '**/.yarn/cache/**'];

/**
 * Picks the lockfiles among a tree's paths: those a known format claims, minus ignored globs.
 * Pure, so the same selection serves a folder, a git ref and the GitHub tree API.
 */
export function selectLockfiles(paths: Iterable<string>, ignore: readonly string[] = []): string[] {
  const skipped = picomatch([...ALWAYS_SKIPPED, ...ignore], { dot: true });
  const selected = new Set<string>();
  for (const path of paths) {
    if (skipped(path)) continue;
    if (findFormat(path)) selected.add(path);
  }
  // bun keeps the old binary bun.lockb beside the text bun.lock it migrated to; the text one is
  // the truth then, and the binary one (which we refuse to read) would only fail the run.
  for (const path of selected) {
    if (path.endsWith('bun.lockb') && selected.has(`${path.slice(0, -'bun.lockb'.length)}bun.lock`))
      selected.delete(path);
  }
  return [...selected].sort();
}

/** Root-relative paths of the manifests a lockfile's format wants for direct/transitive. */
export function manifestsFor(lockPath: string): string[] {
  return findFormat(lockPath)?.manifests?.(lockPath) ?? [];
}

export interface LockfileText {
  path: string;
  text: string;
}

/**
 * Parses lockfiles into an inventory, loading the parser of each format met. `manifests` holds
 * whichever manifests could be read (missing ones are simply absent). Parse errors propagate: a
 * lockfile that can't be read is never skipped.
 */
export async function buildInventory(
  lockfiles: readonly LockfileText[],
  manifests: ReadonlyMap<string, string> = new Map(),
): Promise<Inventory> {
  const result: InventoryLockfile[] = [];
  for (const { path, text } of [...lockfiles].sort((a, b) => compareStrings(a.path, b.path))) {
    const entry = findFormat(path);
    if (!entry) continue;
    const parsed = (await entry.load()).parse({ path, text, manifests });
    result.push({
      path,
      formatId: entry.id,
      format: parsed.format,
      ecosystem: entry.ecosystem,
      packages: parsed.packages,
      findings: parsed.findings,
    });
  }
  return { lockfiles: result };
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
