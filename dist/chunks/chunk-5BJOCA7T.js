import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/versions/nuget.ts
var VERSION = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;
var MAX_VERSION_LENGTH = 256;
function readVersion(version) {
  if (version.length > MAX_VERSION_LENGTH) return null;
  const match = VERSION.exec(version);
  if (!match) return null;
  const digits = (part) => (part ?? "0").replace(/^0+/, "");
  return {
    parts: [digits(match[1]), digits(match[2]), digits(match[3]), digits(match[4])],
    labels: match[5] ? match[5].split(".") : [],
    written: [match[1], match[2], match[3], match[4]].filter((part) => part !== void 0).length
  };
}
function compareDigits(a, b) {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
var isNumeric = (label) => /^\d+$/.test(label);
function compareLabel(a, b) {
  const numericA = isNumeric(a);
  const numericB = isNumeric(b);
  if (numericA && numericB) return compareDigits(a.replace(/^0+/, ""), b.replace(/^0+/, ""));
  if (numericA !== numericB) return numericA ? -1 : 1;
  const upperA = a.toUpperCase();
  const upperB = b.toUpperCase();
  return upperA < upperB ? -1 : upperA > upperB ? 1 : 0;
}
function compareParsed(a, b) {
  for (let i = 0; i < 4; i++) {
    const result = compareDigits(a.parts[i], b.parts[i]);
    if (result !== 0) return result;
  }
  if (a.labels.length === 0 || b.labels.length === 0) {
    return a.labels.length === b.labels.length ? 0 : a.labels.length === 0 ? 1 : -1;
  }
  const length = Math.min(a.labels.length, b.labels.length);
  for (let i = 0; i < length; i++) {
    const result = compareLabel(a.labels[i], b.labels[i]);
    if (result !== 0) return result;
  }
  return a.labels.length === b.labels.length ? 0 : a.labels.length < b.labels.length ? -1 : 1;
}
var nugetScheme = {
  parse(version) {
    const parsed = readVersion(version);
    if (!parsed) return null;
    const release = parsed.parts.slice(0, Math.max(3, parsed.written)).map((part) => Number(part || "0"));
    return { release, prerelease: parsed.labels.length > 0 };
  },
  compare(a, b) {
    const pa = readVersion(a);
    const pb = readVersion(b);
    return pa && pb ? compareParsed(pa, pb) : null;
  }
};
function normalizeNugetVersion(version) {
  const parsed = readVersion(version);
  if (!parsed) return version.toLowerCase();
  const [major, minor, patch, revision] = parsed.parts.map((part) => part || "0");
  const core = `${major}.${minor}.${patch}${revision !== "0" ? `.${revision}` : ""}`;
  return parsed.labels.length > 0 ? `${core}-${parsed.labels.join(".").toLowerCase()}` : core;
}

export {
  nugetScheme,
  normalizeNugetVersion
};
