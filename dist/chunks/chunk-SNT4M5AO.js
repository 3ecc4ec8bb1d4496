import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  buildInventory,
  compareStrings,
  findFormat,
  manifestsFor,
  selectLockfiles
} from "./chunk-OTQIQ42K.js";
import {
  LockfileParseError
} from "./chunk-CLRKW6GA.js";
import {
  DEFAULT_MAX_LOCKFILE_BYTES
} from "./chunk-N5KUENVE.js";

// src/inventory/load-inventory.ts
var decoder = new TextDecoder("utf-8", { fatal: false });
function decode(bytes) {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function checkSize(path, bytes, maxBytes) {
  if (bytes.byteLength > maxBytes) {
    throw new LockfileParseError(
      path,
      void 0,
      `is ${bytes.byteLength} bytes, over the limit of ${maxBytes} bytes; raise max-lockfile-bytes if it is genuine`
    );
  }
}
function createReader(source) {
  const read = /* @__PURE__ */ new Map();
  return (path) => {
    let bytes = read.get(path);
    if (!bytes) read.set(path, bytes = source.readFile(path));
    return bytes;
  };
}
async function parseLockfiles(lockfiles, present, read, maxBytes) {
  const texts = [];
  const manifests = /* @__PURE__ */ new Map();
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
async function loadInventory(source, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOCKFILE_BYTES;
  const paths = await source.listFiles();
  const lockPaths = selectLockfiles(paths, options.ignore);
  const read = createReader(source);
  const lockfiles = [];
  for (const [index, path] of lockPaths.entries()) {
    const bytes = await read(path);
    if (!bytes) continue;
    checkSize(path, bytes, maxBytes);
    options.onProgress?.(
      `[${index + 1}/${lockPaths.length}] ${source.label}: ${path} (${bytes.byteLength} bytes)`
    );
    lockfiles.push({ path, bytes });
  }
  return parseLockfiles(lockfiles, new Set(paths), read, maxBytes);
}
function equalBytes(a, b) {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
    Buffer.from(b.buffer, b.byteOffset, b.byteLength)
  );
}
async function loadChangedInventories(base, head, options = {}) {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_LOCKFILE_BYTES;
  const [basePaths, headPaths] = await Promise.all([base.listFiles(), head.listFiles()]);
  const [baseIds, headIds] = await Promise.all([base.fileIds?.(), head.fileIds?.()]);
  const sides = [
    { present: new Set(basePaths), ids: baseIds, read: createReader(base) },
    { present: new Set(headPaths), ids: headIds, read: createReader(head) }
  ];
  const baseLocks = new Set(selectLockfiles(basePaths, options.ignore));
  const headLocks = new Set(selectLockfiles(headPaths, options.ignore));
  const sameOnBothSides = async (path) => {
    const [b, h] = sides;
    if (b.present.has(path) !== h.present.has(path)) return false;
    if (!b.present.has(path)) return true;
    const baseId = b.ids?.get(path);
    const headId = h.ids?.get(path);
    if (baseId !== void 0 && headId !== void 0) return baseId === headId;
    const [baseBytes, headBytes] = await Promise.all([b.read(path), h.read(path)]);
    return baseBytes !== void 0 && headBytes !== void 0 && equalBytes(baseBytes, headBytes);
  };
  const unchanged = [];
  const changed = [];
  for (const path of [.../* @__PURE__ */ new Set([...baseLocks, ...headLocks])].sort(compareStrings)) {
    if (baseLocks.has(path) && headLocks.has(path)) {
      let same = true;
      for (const input of [path, ...manifestsFor(path)]) {
        if (!await sameOnBothSides(input)) {
          same = false;
          break;
        }
      }
      if (same) {
        unchanged.push({ path, formatId: findFormat(path).id });
        continue;
      }
    }
    changed.push(path);
  }
  const toParse = [[], []];
  for (const [index, path] of changed.entries()) {
    const [baseBytes, headBytes] = await Promise.all([
      baseLocks.has(path) ? sides[0].read(path) : void 0,
      headLocks.has(path) ? sides[1].read(path) : void 0
    ]);
    for (const [side, bytes] of [
      [0, baseBytes],
      [1, headBytes]
    ]) {
      if (!bytes) continue;
      checkSize(path, bytes, maxBytes);
      toParse[side].push({ path, bytes });
    }
    const detail = baseBytes && headBytes ? `${baseBytes.byteLength} \u2192 ${headBytes.byteLength} bytes` : headBytes ? `added, ${headBytes.byteLength} bytes` : `removed, ${baseBytes?.byteLength ?? 0} bytes`;
    options.onProgress?.(`[${index + 1}/${changed.length}] ${path} (${detail})`);
  }
  const [baseInventory, headInventory] = [
    await parseLockfiles(toParse[0], sides[0].present, sides[0].read, maxBytes),
    await parseLockfiles(toParse[1], sides[1].present, sides[1].read, maxBytes)
  ];
  return { base: baseInventory, head: headInventory, unchanged };
}

export {
  loadInventory,
  loadChangedInventories
};
