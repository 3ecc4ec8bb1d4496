import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  diffPackages
} from "./chunk-VIMSDO67.js";
import {
  compareStrings
} from "./chunk-OTQIQ42K.js";

// src/inventory/diff.ts
function packageNames(lockfile) {
  return new Set(lockfile.packages.map((p) => p.name));
}
function overlap(a, b) {
  const names = packageNames(a);
  const other = packageNames(b);
  let common = 0;
  for (const name of other) if (names.has(name)) common++;
  const union = names.size + other.size - common;
  return union === 0 ? 1 : common / union;
}
var MOVE_OVERLAP = 0.5;
function pairMoves(gone, arrived) {
  const candidates = [];
  for (const from of gone) {
    for (const to of arrived) {
      if (from.formatId !== to.formatId) continue;
      const score = overlap(from, to);
      if (score >= MOVE_OVERLAP) candidates.push({ from, to, score });
    }
  }
  const tieKey = (x, y) => [x.path, y.path].sort().join("\0");
  candidates.sort((x, y) => y.score - x.score || compareStrings(tieKey(x.from, x.to), tieKey(y.from, y.to)));
  const taken = /* @__PURE__ */ new Set();
  const pairs = [];
  for (const { from, to } of candidates) {
    if (taken.has(from) || taken.has(to)) continue;
    taken.add(from);
    taken.add(to);
    pairs.push([from, to]);
  }
  return pairs;
}
function compareChanges(a, b) {
  return compareStrings(a.lockfile, b.lockfile) || compareStrings(a.ecosystem, b.ecosystem) || compareStrings(a.name, b.name) || compareStrings(a.type, b.type) || compareStrings(a.from ?? "", b.from ?? "") || compareStrings(a.to ?? "", b.to ?? "");
}
function diffInventories(base, head) {
  const beforeByPath = new Map(base.lockfiles.map((l) => [l.path, l]));
  const afterByPath = new Map(head.lockfiles.map((l) => [l.path, l]));
  const lockfiles = [];
  const changes = [];
  const record = (entry, found) => {
    lockfiles.push({ ...entry, changes: found.length });
    changes.push(...found);
  };
  for (const after of head.lockfiles) {
    const before = beforeByPath.get(after.path);
    if (!before) continue;
    const found = diffPackages(before.packages, after.packages, after.path);
    record(
      {
        path: after.path,
        status: found.length > 0 ? "modified" : "unchanged",
        format: after.format,
        ...before.format !== after.format ? { previousFormat: before.format } : {}
      },
      found
    );
  }
  const gone = base.lockfiles.filter((l) => !afterByPath.has(l.path));
  const arrived = head.lockfiles.filter((l) => !beforeByPath.has(l.path));
  const moves = pairMoves(gone, arrived);
  const moved = new Set(moves.flat());
  for (const [before, after] of moves) {
    record(
      {
        path: after.path,
        previousPath: before.path,
        status: "moved",
        format: after.format,
        previousFormat: before.format
      },
      diffPackages(before.packages, after.packages, after.path, before.path)
    );
  }
  for (const before of gone) {
    if (moved.has(before)) continue;
    record(
      { path: before.path, status: "removed", format: before.format },
      diffPackages(before.packages, [], before.path)
    );
  }
  for (const after of arrived) {
    if (moved.has(after)) continue;
    record(
      { path: after.path, status: "added", format: after.format },
      diffPackages([], after.packages, after.path)
    );
  }
  lockfiles.sort((a, b) => compareStrings(a.path, b.path));
  changes.sort(compareChanges);
  return { lockfiles, changes };
}
function filterChanges(changes, scope) {
  return scope === "all" ? [...changes] : changes.filter((c) => c.direct !== false);
}

export {
  diffInventories,
  filterChanges
};
