import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/versions/go.ts
var GO_SEMVER = /^v(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?)?)?$/;
function parseGo(version) {
  const match = GO_SEMVER.exec(version);
  if (!match) return null;
  return {
    release: [match[1] ?? "0", match[2] ?? "0", match[3] ?? "0"],
    prerelease: match[4] ? match[4].split(".") : []
  };
}
function compareDigits(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
function comparePrerelease(a, b) {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : a.length === 0 ? 1 : -1;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    const xNum = /^\d+$/.test(x);
    const yNum = /^\d+$/.test(y);
    if (xNum && yNum) return compareDigits(x, y);
    if (xNum !== yNum) return xNum ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
var goScheme = {
  parse(version) {
    const parsed = parseGo(version);
    return parsed ? { release: parsed.release.map(Number), prerelease: parsed.prerelease.length > 0 } : null;
  },
  compare(a, b) {
    const pa = parseGo(a);
    const pb = parseGo(b);
    if (!pa || !pb) return null;
    for (let i = 0; i < 3; i++) {
      const order = compareDigits(pa.release[i], pb.release[i]);
      if (order !== 0) return order;
    }
    return comparePrerelease(pa.prerelease, pb.prerelease);
  }
};
function goReleaseToSemver(release) {
  const match = /^(?:go)?(\d+)\.(\d+)(?:\.(\d+))?(?:(rc|beta)(\d+))?$/.exec(release);
  if (!match) return null;
  const [, major, minor, patch, kind, number] = match;
  const base = `v${Number(major)}.${Number(minor)}.${patch === void 0 ? 0 : Number(patch)}`;
  if (kind !== void 0) return patch === void 0 ? `${base}-${kind}.${Number(number)}` : null;
  return base;
}

export {
  compareDigits,
  comparePrerelease,
  goScheme,
  goReleaseToSemver
};
