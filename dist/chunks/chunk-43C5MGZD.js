import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/versions/rubygems.ts
var GEM_VERSION = /^\s*([0-9]+(?:\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?)?\s*$/;
function splitSegments(version) {
  if (!GEM_VERSION.test(version) || version.trim() === "") return null;
  const normalised = version.trim().replaceAll("-", ".pre.");
  const segments = (normalised.match(/[0-9]+|[a-z]+/gi) ?? []).map(
    (s) => /^\d+$/.test(s) ? Number(s) : s
  );
  if (segments.some((s) => typeof s === "number" && !Number.isSafeInteger(s))) return null;
  return segments;
}
function dropTrailingZeros(segments) {
  let end = segments.length;
  while (end > 0 && segments[end - 1] === 0) end--;
  return segments.slice(0, end);
}
function canonicalSegments(segments) {
  const stringStart = segments.findIndex((s) => typeof s === "string");
  const numeric = stringStart === -1 ? segments : segments.slice(0, stringStart);
  const rest = stringStart === -1 ? [] : segments.slice(stringStart);
  return [...dropTrailingZeros(numeric), ...dropTrailingZeros(rest)];
}
var rubygemsScheme = {
  parse(version) {
    const segments = splitSegments(version);
    if (!segments) return null;
    const stringStart = segments.findIndex((s) => typeof s === "string");
    const release = stringStart === -1 ? segments : segments.slice(0, stringStart);
    return { release, prerelease: stringStart !== -1 };
  },
  compare(a, b) {
    const sa = splitSegments(a);
    const sb = splitSegments(b);
    if (!sa || !sb) return null;
    const lhs = canonicalSegments(sa);
    const rhs = canonicalSegments(sb);
    const length = Math.max(lhs.length, rhs.length);
    for (let i = 0; i < length; i++) {
      const x = lhs[i] ?? 0;
      const y = rhs[i] ?? 0;
      if (x === y) continue;
      if (typeof x === "string" && typeof y === "number") return -1;
      if (typeof x === "number" && typeof y === "string") return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  }
};

export {
  rubygemsScheme
};
