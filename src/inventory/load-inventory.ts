import { LockfileParseError, DEFAULT_MAX_LOCKFILE_BYTES } from '../lockfiles/errors.js';
import {
  buildInventory,
  manifestsFor,
  selectLockfiles,
  type Inventory,
  type LockfileText,
} from './inventory.js';
import type { TreeSource } from './tree-source.js';

export interface LoadOptions {
  /** Globs (root-relative) of paths not to inventory. */
  ignore?: readonly string[];
  /** A lockfile larger than this is refused with a clear error rather than risking memory. */
  maxBytes?: number;
  /** Receives a line per lockfile on long work. */
  onProgress?: (message: string) => void;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function decode(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lists a tree, reads its lockfiles and the manifests they need, and parses them. */
export async function loadInventory(source: TreeSource, options: LoadOptions = {}): Promise<Inventory> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOCKFILE_BYTES;
  const paths = await source.listFiles();
  const lockPaths = selectLockfiles(paths, options.ignore);
  const present = new Set(paths);
  const lockfiles: LockfileText[] = [];
  const manifests = new Map<string, string>();
  for (const [index, path] of lockPaths.entries()) {
    const bytes = await source.readFile(path);
    if (!bytes) continue;
    if (bytes.byteLength > maxBytes) {
      throw new LockfileParseError(
        path,
        undefined,
        `is ${bytes.byteLength} bytes, over the limit of ${maxBytes} bytes; raise max-lockfile-bytes if it is genuine`,
      );
    }
    options.onProgress?.(
      `[${index + 1}/${lockPaths.length}] ${source.label}: ${path} (${bytes.byteLength} bytes)`,
    );
    lockfiles.push({ path, text: decode(bytes) });
    for (const manifest of manifestsFor(path)) {
      if (manifests.has(manifest) || !present.has(manifest)) continue;
      const manifestBytes = await source.readFile(manifest);
      if (manifestBytes && manifestBytes.byteLength <= maxBytes)
        manifests.set(manifest, decode(manifestBytes));
    }
  }
  return buildInventory(lockfiles, manifests);
}
