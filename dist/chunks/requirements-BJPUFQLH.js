import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  dedupePackages,
  isDistributionFile,
  joinHashes,
  makePythonPackage
} from "./chunk-6JX6F6CU.js";
import {
  FULL_COMMIT
} from "./chunk-WJY5KL23.js";
import "./chunk-P55ZYZZQ.js";
import "./chunk-THIFTVM5.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import "./chunk-2XMOK5EZ.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename,
  dirname
} from "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/python/requirements.ts
var DEV_WORDS = /* @__PURE__ */ new Set([
  "dev",
  "develop",
  "development",
  "test",
  "tests",
  "testing",
  "lint",
  "linting",
  "docs",
  "doc",
  "typing",
  "mypy"
]);
function scopeForRequirementsPath(path) {
  const words = basename(path).toLowerCase().replace(/\.txt$/, "").split(/[-_.\s]+/);
  return words.some((word) => DEV_WORDS.has(word)) ? "dev" : "runtime";
}
function isRequirementsPath(path) {
  const name = basename(path).toLowerCase();
  if (!name.endsWith(".txt")) return false;
  if (/^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/.test(name)) return true;
  return basename(dirname(path)).toLowerCase() === "requirements";
}
function readLogicalLines(text) {
  const physical = text.split(/\r?\n/);
  const logical = [];
  let pending = [];
  let pendingLine = 0;
  const push = (line, raw) => {
    const hash = /(^|\s)#/.exec(raw);
    if (hash) {
      logical.push({
        line,
        code: raw.slice(0, hash.index).trim(),
        comment: raw.slice(hash.index + hash[0].length)
      });
    } else {
      logical.push({ line, code: raw.trim() });
    }
  };
  physical.forEach((raw, index) => {
    const isComment = /(^|\s)#/.test(raw);
    if (raw.endsWith("\\") && !isComment) {
      if (pending.length === 0) pendingLine = index + 1;
      pending.push(raw.slice(0, -1));
      return;
    }
    if (pending.length > 0) {
      pending.push(isComment ? ` ${raw}` : raw);
      push(pendingLine, pending.join(""));
      pending = [];
    } else {
      push(index + 1, raw);
    }
  });
  if (pending.length > 0) push(pendingLine, pending.join(""));
  return logical;
}
var GLOBAL_OPTIONS = /* @__PURE__ */ new Set([
  "-i",
  "--index-url",
  "--extra-index-url",
  "--no-index",
  "-f",
  "--find-links",
  "--no-binary",
  "--only-binary",
  "--prefer-binary",
  "--pre",
  "--trusted-host",
  "--require-hashes",
  "--use-feature"
]);
var REQUIREMENT_OPTIONS = /* @__PURE__ */ new Set([
  "--hash",
  "-C",
  "--config-settings",
  "--global-option",
  "--install-option"
]);
function splitOptions(code) {
  const words = code.split(" ");
  const at = words.findIndex((word) => word.startsWith("-"));
  return at === -1 ? [code, ""] : [words.slice(0, at).join(" ").trim(), words.slice(at).join(" ")];
}
function localPath(target) {
  const path = target.startsWith("file:") ? target.replace(/^file:(?:\/\/(?:localhost)?)?/, "") : target;
  if (target.startsWith("file:") || /^(?:\.{1,2}(?:[\\/]|$)|\/|[A-Za-z]:[\\/])/.test(path)) return path;
  return void 0;
}
function vcsPin(url) {
  const match = /^(git\+[^#]+?)@([0-9a-f]+)(?:#.*)?$/i.exec(url.trim());
  if (!match || !FULL_COMMIT.test(match[2])) return void 0;
  return { url: match[1], commit: match[2].toLowerCase() };
}
var REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/;
var PIN = /^(===?)\s*([^\s,*;]+)$/;
function isDirectVia(item) {
  return /^-r\s/.test(item) || /^--requirement\b/.test(item) || /\((?:pyproject\.toml|setup\.py|setup\.cfg)\)$/.test(item);
}
function parseViaItems(text) {
  return text.split(",").map((item) => item.trim()).filter((item) => item !== "");
}
function handleOption(code, line, lockfile, findings, firstParty, entries) {
  const match = /^(-[a-zA-Z]|--[a-zA-Z-]+)(?:[=\s]\s*(.*))?$/.exec(code) ?? /^(-[a-zA-Z])(.*)$/.exec(code);
  const option = match?.[1] ?? code;
  const value = match?.[2]?.trim() ?? "";
  switch (option) {
    case "-r":
    case "--requirement":
      findings.push({
        lockfile,
        line,
        message: `includes ${value || "(nothing)"}: not followed; an included requirements file is inventoried on its own`
      });
      return;
    case "-c":
    case "--constraint":
      findings.push({
        lockfile,
        line,
        message: `constraints file ${value || "(nothing)"}: not followed; it only limits versions and is inventoried on its own if it is a lockfile`
      });
      return;
    case "-e":
    case "--editable": {
      const folder = localPath(value);
      if (folder !== void 0) {
        firstParty.push({ name: basename(folder.replace(/[\\/]+$/, "")) || folder, folder, line });
        return;
      }
      const egg = /#(?:.*&)?egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(value)?.[1];
      const git = vcsPin(value);
      if (git !== void 0 && egg !== void 0) {
        entries.push({ name: egg, version: git.commit, line, hashes: [], via: [], git });
        return;
      }
      findings.push({
        lockfile,
        line,
        message: `editable requirement ${value} is not pinned to a version: not inventoried`
      });
      return;
    }
    default:
      if (GLOBAL_OPTIONS.has(option)) return;
      findings.push({ lockfile, line, message: `unknown option ${option}: passed over` });
  }
}
function parseRequirements(input) {
  const lockfile = input.path;
  const findings = [];
  const entries = [];
  const generator = /autogenerated by (pip-compile|uv)\b/i.exec(input.text.slice(0, 2e3))?.[1]?.toLowerCase();
  let current;
  let viaBlockOpen = false;
  const firstParty = [];
  for (const { line, code, comment } of readLogicalLines(input.text)) {
    if (code === "") {
      if (comment === void 0) continue;
      const via = /^\s*via\b\s*(.*)$/.exec(comment);
      if (via && current) {
        current.via.push(...parseViaItems(via[1]));
        viaBlockOpen = via[1].trim() === "";
        continue;
      }
      const item = /^\s{2,}(\S.*)$/.exec(comment);
      if (viaBlockOpen && current && item) {
        current.via.push(item[1].trim());
        continue;
      }
      viaBlockOpen = false;
      continue;
    }
    viaBlockOpen = false;
    current = void 0;
    if (code.startsWith("-")) {
      handleOption(code, line, lockfile, findings, firstParty, entries);
      continue;
    }
    const [requirement, options] = splitOptions(code);
    for (const option of options.split(/\s+/)) {
      const flag = /^(-[a-zA-Z]|--[a-zA-Z-]+)/.exec(option)?.[1];
      if (flag !== void 0 && !REQUIREMENT_OPTIONS.has(flag))
        findings.push({ lockfile, line, message: `unknown per-requirement option ${flag}: passed over` });
    }
    const withoutMarker = requirement.split(";")[0].trim();
    const match = REQUIREMENT.exec(withoutMarker);
    const folder = localPath(withoutMarker);
    if (folder !== void 0 && !isDistributionFile(folder)) {
      firstParty.push({ name: basename(folder.replace(/[\\/]+$/, "")) || folder, folder, line });
      continue;
    }
    if (!match || /^[a-z][a-z0-9+.-]*:\/\//i.test(withoutMarker) || folder !== void 0) {
      findings.push({
        lockfile,
        line,
        message: `${requirement} is a URL or path, not pinned to a version: not inventoried`
      });
      continue;
    }
    const [, name, spec] = match;
    const trimmedSpec = spec.trim().replace(/^\((.*)\)$/, "$1").trim();
    if (trimmedSpec.startsWith("@")) {
      const url = trimmedSpec.slice(1).trim();
      const target = localPath(url);
      if (target !== void 0 && !isDistributionFile(target)) {
        firstParty.push({ name, folder: target, line });
        continue;
      }
      const git = vcsPin(url);
      if (git !== void 0) {
        current = { name, version: git.commit, line, hashes: [], via: [], git };
        entries.push(current);
        continue;
      }
      findings.push({
        lockfile,
        line,
        message: `${name} comes from a direct URL reference, not pinned to a version: not inventoried`
      });
      continue;
    }
    const pin = PIN.exec(trimmedSpec);
    if (pin && pin[2].includes("${")) {
      findings.push({
        lockfile,
        line,
        message: `${name}==${pin[2]} takes its version from an environment variable when pip installs it: the file names no version, not inventoried`
      });
      continue;
    }
    if (!pin) {
      findings.push({
        lockfile,
        line,
        message: `${name}${trimmedSpec ? ` ${trimmedSpec}` : ""} is not pinned to one version (==): not inventoried`
      });
      continue;
    }
    const hashes = [...options.matchAll(/--hash(?:=|\s+)(\S+)/g)].map((m) => m[1]);
    current = { name, version: pin[2], line, hashes, via: [] };
    entries.push(current);
    if (comment !== void 0) {
      const via = /^\s*via\b\s*(.*)$/.exec(comment);
      if (via) {
        current.via.push(...parseViaItems(via[1]));
        viaBlockOpen = via[1].trim() === "";
      }
    }
  }
  const annotated = entries.some((entry) => entry.via.length > 0);
  const scope = scopeForRequirementsPath(lockfile);
  const packages = entries.map((entry) => {
    const direct = annotated ? entry.via.length === 0 || entry.via.some(isDirectVia) : generator === void 0 ? true : null;
    return makePythonPackage({
      name: entry.name,
      version: entry.version,
      direct,
      scope,
      lockfile,
      integrity: joinHashes(entry.hashes),
      ...entry.git !== void 0 ? { source: "git", git: entry.git } : {}
    });
  });
  findings.push(...reportFirstParty(lockfile, firstParty));
  const format = generator === "pip-compile" ? "requirements-pip-compile" : generator === "uv" ? "requirements-uv" : "requirements";
  return { format, packages: dedupePackages(packages), findings };
}
var requirementsFormat = {
  id: "requirements",
  ecosystem: "PyPI",
  matches: isRequirementsPath,
  parse: parseRequirements
};
export {
  isRequirementsPath,
  requirementsFormat,
  scopeForRequirementsPath
};
