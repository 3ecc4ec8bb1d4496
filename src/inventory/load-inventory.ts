import { LockfileParseError, DEFAULT_MAX_LOCKFILE_BYTES } from '../lockfiles/errors.js';
import { findFormat } from '../lockfiles/index.js';
import {
  buildInventory,
  compareStrings,
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
  /** Receives one line per lockfile parsed. */
  onProgress?: (message: string) => void;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

function decode(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function checkSize(path: string, bytes: Uint8Array, maxBytes: number): void {
  if (bytes.byteLength > maxBytes) {
    throw new LockfileParseError(
      path,
      undefined,
      `is ${bytes.byteLength} bytes, over the limit of ${maxBytes} bytes; raise max-lockfile-bytes if it is genuine`,
    );
  }
}

/** Reads each file of a tree once: a diff compares a lockfile's bytes and may then parse them. */
function createReader(source: TreeSource): (path: string) => Promise<Uint8Array | undefined> {
  const read = new Map<string, Promise<Uint8Array | undefined>>();
  return (path) => {
    let bytes = read.get(path);
    if (!bytes) read.set(path, (bytes = source.readFile(path)));
    return bytes;
  };
}

/** Parses the given lockfiles of one tree, with the manifests their formats read beside them. */
async function parseLockfiles(
  lockfiles: readonly { path: string; bytes: Uint8Array }[],
  present: ReadonlySet<string>,
  read: (path: string) => Promise<Uint8Array | undefined>,
  maxBytes: number,
): Promise<Inventory> {
  const texts: LockfileText[] = [];
  const manifests = new Map<string, string>();
  for (const { path, bytes } of lockfiles) {
    texts.push({ path, text: decode(bytes) });
    for (const manifest of manifestsFor(path)) {
      if (manifests.has(manifest) || !present.has(manifest)) continue;
      const manifestBytes = await read(manifest);
      if (manifestBytes && manifestBytes.byteLength <= maxBytes)
        manifests.set(manifest, decode(manifestBytes));
    }
  }
  return buildInventory(texts, manifests);
}

/** Lists a tree, reads its lockfiles and the manifests they need, and parses them. */
export async function loadInventory(source: TreeSource, options: LoadOptions = {}): Promise<Inventory> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOCKFILE_BYTES;
  const paths = await source.listFiles();
  const lockPaths = selectLockfiles(paths, options.ignore);
  const read = createReader(source);
  const lockfiles: { path: string; bytes: Uint8Array }[] = [];
  for (const [index, path] of lockPaths.entries()) {
    const bytes = await read(path);
    if (!bytes) continue;
    checkSize(path, bytes, maxBytes);
    options.onProgress?.(
      `[${index + 1}/${lockPaths.length}] ${source.label}: ${path} (${bytes.byteLength} bytes)`,
    );
    lockfiles.push({ path, bytes });
  }
  return parseLockfiles(lockfiles, new Set(paths), read, maxBytes);
}

/** A lockfile a diff did not parse: it and the manifests its format reads hold the same bytes on both sides. */
export interface UnchangedLockfile {
  path: string;
  /** The registry's format id (`npm`, `yarn`, …): the format's version label needs a parse. */
  formatId: string;
}

export interface ChangedInventories {
  /** The lockfiles that differ (or exist on one side only), parsed as the base has them. */
  base: Inventory;
  /** The same lockfiles as the head has them. */
  head: Inventory;
  unchanged: UnchangedLockfile[];
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength),
  );
}

/**
 * Inventories of what differs between two trees, for a diff. A lockfile whose bytes, and whose
 * manifests' bytes, are identical on both sides cannot have changed (a parse is a pure function of
 * them), so it is neither read further nor parsed: a tree's other lockfiles, deliberately broken
 * test fixtures included, cost the diff nothing. Content ids (git blob ids) decide without reading;
 * otherwise the bytes are compared. A changed lockfile is parsed on both sides, and a parse error
 * still fails the diff.
 */
export async function loadChangedInventories(
  base: TreeSource,
  head: TreeSource,
  options: LoadOptions = {},
): Promise<ChangedInventories> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOCKFILE_BYTES;
  const [basePaths, headPaths] = await Promise.all([base.listFiles(), head.listFiles()]);
  const [baseIds, headIds] = await Promise.all([base.fileIds?.(), head.fileIds?.()]);
  const sides = [
    { present: new Set(basePaths), ids: baseIds, read: createReader(base) },
    { present: new Set(headPaths), ids: headIds, read: createReader(head) },
  ] as const;
  const baseLocks = new Set(selectLockfiles(basePaths, options.ignore));
  const headLocks = new Set(selectLockfiles(headPaths, options.ignore));

  const sameOnBothSides = async (path: string): Promise<boolean> => {
    const [b, h] = sides;
    if (b.present.has(path) !== h.present.has(path)) return false;
    if (!b.present.has(path)) return true;
    const baseId = b.ids?.get(path);
    const headId = h.ids?.get(path);
    if (baseId !== undefined && headId !== undefined) return baseId === headId;
    const [baseBytes, headBytes] = await Promise.all([b.read(path), h.read(path)]);
    return baseBytes !== undefined && headBytes !== undefined && equalBytes(baseBytes, headBytes);
  };

  const unchanged: UnchangedLockfile[] = [];
  const changed: string[] = [];
  for (const path of [...new Set([...baseLocks, ...headLocks])].sort(compareStrings)) {
    if (baseLocks.has(path) && headLocks.has(path)) {
      let same = true;
      for (const input of [path, ...manifestsFor(path)]) {
        if (!(await sameOnBothSides(input))) {
          same = false;
          break;
        }
      }
      if (same) {
        unchanged.push({ path, formatId: findFormat(path)!.id });
        continue;
      }
    }
    changed.push(path);
  }

  const toParse: [{ path: string; bytes: Uint8Array }[], { path: string; bytes: Uint8Array }[]] = [[], []];
  for (const [index, path] of changed.entries()) {
    const [baseBytes, headBytes] = await Promise.all([
      baseLocks.has(path) ? sides[0].read(path) : undefined,
      headLocks.has(path) ? sides[1].read(path) : undefined,
    ]);
    for (const [side, bytes] of [
      [0, baseBytes],
      [1, headBytes],
    ] as const) {
      if (!bytes) continue;
      checkSize(path, bytes, maxBytes);
      toParse[side].push({ path, bytes });
    }
    const detail =
      baseBytes && headBytes
        ? `${baseBytes.byteLength} → ${headBytes.byteLength} bytes`
        : headBytes
          ? `added, ${headBytes.byteLength} bytes`
          : `removed, ${baseBytes?.byteLength ?? 0} bytes`;
    options.onProgress?.(`[${index + 1}/${changed.length}] ${path} (${detail})`);
  }
  const [baseInventory, headInventory] = [
    await parseLockfiles(toParse[0], sides[0].present, sides[0].read, maxBytes),
    await parseLockfiles(toParse[1], sides[1].present, sides[1].read, maxBytes),
  ];
  return { base: baseInventory, head: headInventory, unchanged };
}
