#!/usr/bin/env node
import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  renderEnrichmentSection
} from "./chunks/chunk-DCSIHHDQ.js";
import {
  DEFAULT_NPM_REGISTRY_URL,
  HEALTH_KINDS,
  assessItems,
  checkAnomalies,
  checkHealth,
  countVersions,
  renderMonitorSummary,
  selectMonitoredItems,
  totalsOf
} from "./chunks/chunk-CFUMV3OM.js";
import {
  addRegisterEntries
} from "./chunks/chunk-ODO6LWN5.js";
import {
  buildSbom,
  lastVerifiedFromRecords,
  parseChangeRecord,
  readSoupListStamp,
  renderSoupList
} from "./chunks/chunk-LOA5PHCA.js";
import {
  DEFAULT_OSV_URL,
  changeKey,
  diffInventories,
  enrichChanges,
  filterChanges,
  renderDiffMarkdown
} from "./chunks/chunk-EQNWMKIC.js";
import {
  DEFAULT_DEPS_DEV_URL,
  PolicyFileError,
  RegisterError,
  createHttpClient,
  emptyRegister,
  loadInventory,
  parsePolicyFile,
  parseRegister,
  registerKey,
  registerLookupKey
} from "./chunks/chunk-T56LFKXC.js";
import {
  LockfileParseError
} from "./chunks/chunk-KVQLNP6N.js";

// src/cli/index.ts
import { stat } from "node:fs/promises";
import { parseArgs as parseArgs3 } from "node:util";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

// src/local/folder-source.ts
import { readdir, readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
var PRUNED = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function createFolderSource(root) {
  const absolute = resolve(root);
  return {
    label: `folder ${root}`,
    async listFiles() {
      const files = [];
      const walk = async (dir, prefix) => {
        const entries = await readdir(dir, { withFileTypes: true });
        for (const entry of entries) {
          const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
          if (entry.isDirectory()) {
            if (!PRUNED.has(entry.name)) await walk(join(dir, entry.name), relative);
          } else if (entry.isFile()) {
            files.push(relative);
          }
        }
      };
      await walk(absolute, "");
      return files.sort();
    },
    async readFile(path) {
      try {
        return await readFile(join(absolute, ...path.split("/")));
      } catch (error) {
        if (error.code === "ENOENT") return void 0;
        throw error;
      }
    }
  };
}

// src/local/git-source.ts
import { execFile } from "node:child_process";
import { promisify } from "node:util";
var run = promisify(execFile);
var MAX_BUFFER = 512 * 1024 * 1024;
var GitRefError = class extends Error {
  name = "GitRefError";
};
async function git(cwd, args, encoding = "utf8") {
  const { stdout } = await run("git", args, { cwd, maxBuffer: MAX_BUFFER, encoding });
  return stdout;
}
async function createGitSource(repo, ref) {
  if (ref.startsWith("-") || ref.includes("\0")) throw new GitRefError(`"${ref}" is not a git ref`);
  let commit;
  try {
    commit = String(
      await git(repo, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])
    ).trim();
  } catch {
    throw new GitRefError(
      `"${ref}" is neither a folder nor a commit in the git repository at ${repo}: pass a folder path or a ref such as HEAD~1, main or a SHA`
    );
  }
  return {
    label: `git ${ref} (${commit.slice(0, 7)})`,
    async listFiles() {
      const out = String(await git(repo, ["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit]));
      return out.split("\0").filter((p) => p !== "").sort();
    },
    async readFile(path) {
      const listed = String(
        await git(repo, ["ls-tree", "-z", "--name-only", "--full-tree", commit, "--", path])
      );
      if (listed.split("\0")[0] !== path) return void 0;
      return await git(repo, ["show", `${commit}:${path}`], "buffer");
    }
  };
}

// src/cli/soup-commands.ts
import { execFile as execFile2 } from "node:child_process";
import { mkdir, readdir as readdir2, readFile as readFile2, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join as join2, resolve as resolve2 } from "node:path";
import { parseArgs, promisify as promisify2 } from "node:util";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// package.json
var package_default = {
  name: "soup-gate",
  version: "0.1.0",
  description: "Change control for third-party software (SOUP) in medical-device repositories: lockfile diff, impact-assessment checklist, gate, SOUP list.",
  type: "module",
  license: "MIT",
  private: true,
  engines: {
    node: ">=20"
  },
  bin: {
    "soup-gate": "dist/cli.js"
  },
  scripts: {
    build: "tsc -p tsconfig.build.json",
    bundle: "node esbuild.config.mjs",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    bench: "node --import tsx bench/run.ts",
    all: "npm run format:check && npm run lint && npm run typecheck && npm test && npm run check:dist",
    "check:dist": "bash scripts/check-dist.sh",
    docs: "node --import tsx scripts/readme-inputs.ts",
    fuzz: "node --import tsx scripts/fuzz.ts"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@renovatebot/pep440": "^4.2.4",
    "@yarnpkg/parsers": "^3.1.0",
    diff: "^9.0.0",
    "fast-xml-parser": "^5.12.1",
    "js-yaml": "^4.3.2",
    "jsonc-parser": "^3.3.1",
    "packageurl-js": "^2.0.1",
    picomatch: "^4.0.7",
    semver: "^7.8.6",
    "smol-toml": "^1.9.1",
    "spdx-expression-parse": "^5.0.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@cyclonedx/cyclonedx-npm": "^6.0.1",
    "@eslint/js": "^10.0.1",
    "@npmcli/arborist": "^9.9.3",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    micromark: "^4.0.3",
    "micromark-extension-gfm": "^3.0.0",
    node: "^24.21.0",
    prettier: "^3.10.1",
    "snyk-nodejs-lockfile-parser": "^2.10.4",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  },
  allowScripts: {
    esbuild: true,
    node: true
  }
};

// src/cli/io.ts
var UsageError = class extends Error {
  name = "UsageError";
};

// src/cli/soup-commands.ts
var LIST_HELP = `Usage:
  soup-gate list [--root <dir>] [--register <file>] [--out <dir>] [options]
      writes <out>/SOUP.md and <out>/sbom.cdx.json for the working tree at --root
  soup-gate check [--root <dir>] [--register <file>] [--out <dir>] [options]
      exit 1 and a diff when the committed SOUP.md or sbom.cdx.json differ from what list would write
  soup-gate register init [--root <dir>] [--register <file>] [--include-dev] [--ignore <glob>]
      adds a TODO entry for every direct SOUP item the register lacks, keeping the file as it is

Options for list, check and register init:
  --root <dir>              the checkout to inventory (default: the working folder)
  --register <file>         register path under --root (default: soup/register.yml)
  --out <dir>               where SOUP.md, sbom.cdx.json and changes/ are, under --root (default: soup)
  --ignore <glob>           root-relative paths not to inventory (repeatable)
  --commit <sha>            commit to name in the list (default: git rev-parse HEAD in --root)
  --repo <owner/name>       repository to name (default: from the origin remote)
  --generated-at <iso>      generation time (default: now); check reuses the committed one
  --include-dev             register init: also dev-only direct items
  --quiet                   no progress lines on stderr
`;
var run2 = promisify2(execFile2);
async function git2(root, args) {
  try {
    const { stdout } = await run2("git", args, { cwd: root });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
function repoFromRemote(url2) {
  if (url2 === void 0) return void 0;
  const match = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url2.trim());
  return match ? `${match[1]}/${match[2]}` : void 0;
}
async function readText(path) {
  try {
    return await readFile2(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
async function toolVersion() {
  return typeof package_default.version === "string" ? package_default.version : void 0;
}
function parseCommon(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      root: { type: "string" },
      register: { type: "string" },
      out: { type: "string" },
      ignore: { type: "string", multiple: true },
      commit: { type: "string" },
      repo: { type: "string" },
      "generated-at": { type: "string" },
      "include-dev": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  const root = resolve2(io.cwd, values.root ?? ".");
  const relative = (option, value) => {
    if (isAbsolute(value) || value.split(/[\\/]/).includes(".."))
      throw new UsageError(`--${option} must be a path inside --root (got "${value}")`);
    return value.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  };
  if (values["generated-at"] !== void 0 && Number.isNaN(new Date(values["generated-at"]).getTime()))
    throw new UsageError(`--generated-at must be an ISO 8601 time (got "${values["generated-at"]}")`);
  return {
    root,
    registerPath: relative("register", values.register ?? "soup/register.yml"),
    out: relative("out", values.out ?? "soup"),
    ignore: values.ignore ?? [],
    ...values.commit !== void 0 ? { commit: values.commit } : {},
    ...values.repo !== void 0 ? { repo: values.repo } : {},
    ...values["generated-at"] !== void 0 ? { generatedAt: values["generated-at"] } : {},
    includeDev: values["include-dev"] ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false
  };
}
async function loadRegister(options) {
  const text = await readText(join2(options.root, options.registerPath));
  return text === void 0 ? emptyRegister(options.registerPath) : parseRegister(options.registerPath, text, { allowIncomplete: true });
}
async function loadTree(options, io) {
  return loadInventory(createFolderSource(options.root), {
    ignore: options.ignore,
    ...options.quiet ? {} : { onProgress: (line) => io.stderr(`${line}
`) }
  });
}
async function loadLastVerified(options) {
  const dir = join2(options.root, options.out, "changes");
  let names;
  try {
    names = await readdir2(dir);
  } catch {
    return /* @__PURE__ */ new Map();
  }
  const records = [];
  for (const name of names.filter((n) => n.endsWith(".md")).sort()) {
    const record = parseChangeRecord(await readText(join2(dir, name)) ?? "");
    if (record) records.push(record);
  }
  return lastVerifiedFromRecords(records);
}
async function currentStamp(options) {
  const commit = options.commit ?? await git2(options.root, ["rev-parse", "HEAD"]);
  const repo = options.repo ?? repoFromRemote(await git2(options.root, ["remote", "get-url", "origin"]));
  const version = await toolVersion();
  return {
    generatedAt: options.generatedAt ?? new Date(Math.floor(Date.now() / 1e3) * 1e3).toISOString(),
    ...commit !== void 0 ? { commit } : {},
    ...repo !== void 0 ? { repo } : {},
    ...version !== void 0 ? { toolVersion: version } : {}
  };
}
async function render(options, io, soupStamp, sbomStamp) {
  const inventory = await loadTree(options, io);
  const register = await loadRegister(options);
  const lastVerified = await loadLastVerified(options);
  const soupList = renderSoupList({
    inventory,
    register,
    lastVerified,
    generatedAt: soupStamp.generatedAt,
    ...soupStamp.commit !== void 0 ? { commit: soupStamp.commit } : {},
    ...soupStamp.repo !== void 0 ? { repo: soupStamp.repo } : {}
  });
  const sbom = buildSbom(inventory, {
    register,
    lastVerified,
    generatedAt: sbomStamp.generatedAt,
    ...sbomStamp.commit !== void 0 ? { commit: sbomStamp.commit } : {},
    ...sbomStamp.repo !== void 0 ? { repo: sbomStamp.repo } : {},
    ...sbomStamp.toolVersion !== void 0 ? { toolVersion: sbomStamp.toolVersion } : {}
  });
  return { soupList, sbom, inventory, register };
}
async function runList(args, io) {
  const options = parseCommon(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const stamp = await currentStamp(options);
  const { soupList, sbom, inventory } = await render(options, io, stamp, stamp);
  const listPath = `${options.out}/SOUP.md`;
  const sbomPath = `${options.out}/sbom.cdx.json`;
  await mkdir(join2(options.root, options.out), { recursive: true });
  await writeFile(join2(options.root, listPath), soupList);
  await writeFile(join2(options.root, sbomPath), sbom);
  const count2 = inventory.lockfiles.reduce((n, l) => n + l.packages.length, 0);
  io.stdout(
    `wrote ${listPath} and ${sbomPath} (${count2} package(s) in ${inventory.lockfiles.length} lockfile(s))
`
  );
  return 0;
}
function sbomStampOf(text) {
  if (text === void 0) return void 0;
  try {
    const bom = JSON.parse(text);
    const metadata = bom.metadata;
    if (typeof metadata?.timestamp !== "string") return void 0;
    const tool = metadata.tools?.components?.find((c) => c.name === "soup-gate");
    const name = metadata.component?.name;
    return {
      generatedAt: metadata.timestamp,
      ...typeof metadata.component?.version === "string" ? { commit: metadata.component.version } : {},
      ...typeof name === "string" && name !== "project" ? { repo: name } : {},
      ...typeof tool?.version === "string" ? { toolVersion: tool.version } : {}
    };
  } catch {
    return void 0;
  }
}
async function runCheck(args, io) {
  const options = parseCommon(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const listPath = `${options.out}/SOUP.md`;
  const sbomPath = `${options.out}/sbom.cdx.json`;
  const committedList = await readText(join2(options.root, listPath));
  const committedSbom = await readText(join2(options.root, sbomPath));
  const now = await currentStamp(options);
  const listStamp = (committedList !== void 0 ? readSoupListStamp(committedList) : void 0) ?? now;
  const sbomStamp = sbomStampOf(committedSbom) ?? now;
  const { soupList, sbom } = await render(options, io, listStamp, sbomStamp);
  let differs = false;
  for (const [path, committed, expected] of [
    [listPath, committedList, soupList],
    [sbomPath, committedSbom, sbom]
  ]) {
    if (committed === expected) continue;
    differs = true;
    if (committed === void 0) {
      io.stdout(`${path} is missing; run soup-gate list and commit it
`);
      continue;
    }
    io.stdout(
      createTwoFilesPatch(
        `a/${path}`,
        `b/${path}`,
        committed,
        expected,
        "committed",
        "soup-gate list would write"
      )
    );
  }
  if (differs) {
    io.stderr(
      "soup-gate: the committed SOUP list is out of date; run soup-gate list and commit the result\n"
    );
    return 1;
  }
  if (!options.quiet) io.stderr(`${listPath} and ${sbomPath} are up to date
`);
  return 0;
}
async function runRegister(args, io) {
  const [sub, ...rest] = args;
  if (sub === "-h" || sub === "--help" || sub === void 0) {
    io.stdout(LIST_HELP);
    return sub === void 0 ? 2 : 0;
  }
  if (sub !== "init")
    throw new UsageError(`unknown register command "${sub}"; did you mean "register init"?`);
  const options = parseCommon(rest, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const inventory = await loadTree(options, io);
  const path = join2(options.root, options.registerPath);
  const text = await readText(path);
  const register = text === void 0 ? emptyRegister(options.registerPath) : parseRegister(options.registerPath, text, { allowIncomplete: true });
  const wanted = /* @__PURE__ */ new Map();
  let unknownDirectness = 0;
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      if (pkg.direct === null) unknownDirectness++;
      if (pkg.direct !== true || pkg.scope === "dev" && !options.includeDev) continue;
      const lookup = registerLookupKey(pkg.ecosystem, pkg.name);
      if (wanted.has(lookup)) continue;
      const entry = register.entries.get(lookup);
      wanted.set(lookup, {
        pkg: { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version, lockfile: pkg.lockfile },
        derived: { safetyClass: entry?.safetyClass ?? register.defaults.safetyClass }
      });
    }
  }
  const ordered = [...wanted.values()].sort((a, b) => {
    const x = registerKey(a.pkg.ecosystem, a.pkg.name);
    const y = registerKey(b.pkg.ecosystem, b.pkg.name);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const result = addRegisterEntries(options.registerPath, text, ordered);
  if (result.added.length === 0 && text !== void 0) {
    io.stdout(`${options.registerPath}: every direct SOUP item has an entry; nothing added
`);
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, result.text);
    io.stdout(
      `${options.registerPath}: added ${result.added.length} entr${result.added.length === 1 ? "y" : "ies"} marked TODO (complete them before merging):
${result.added.map((k) => `  ${k}
`).join("")}`
    );
  }
  if (unknownDirectness > 0 && !options.quiet)
    io.stderr(
      `${unknownDirectness} package(s) could not be told direct or transitive (no manifest); none of them were added
`
    );
  return 0;
}

// src/cli/monitor.ts
import { readFile as readFile3 } from "node:fs/promises";
import { isAbsolute as isAbsolute2, join as join3, resolve as resolve3 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
var MONITOR_HELP = `Usage:
  soup-gate monitor [--root <dir>] [options]
      checks every in-scope SOUP item of the checkout against OSV and the register's anomaly
      evaluations; exit 1 when an anomaly still needs an evaluation or could not be looked up

Options:
  --root <dir>              the checkout (default: the working folder)
  --config <file>           policy file under --root (default: .github/soup-gate.yml)
  --register <file>         register under --root (default: the policy's, soup/register.yml)
  --ignore <glob>           root-relative lockfile paths not to inventory (repeatable)
  --checks <list>           also: deprecated,obsolete (archived needs the action's GitHub client); default none
  --obsolete-days <n>       obsolete when the latest release is older than this (default: 730)
  --max-lookups <n>         registry/deps.dev lookups per kind (default: 200)
  --format markdown|json    output (default: markdown)
  --today <YYYY-MM-DD>      the day evaluation expiry is judged on (default: today)
  --osv-url, --deps-dev-url, --npm-registry-url <url>   API base URLs (mirrors)
  --quiet                   no progress lines on stderr
`;
async function readText2(path) {
  try {
    return await readFile3(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    throw error;
  }
}
function count(option, value, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`--${option} must be a whole number (got "${value}")`);
  return n;
}
function url(option, value, fallback) {
  if (value === void 0) return fallback;
  if (!/^https?:\/\/[^/]/.test(value))
    throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
  return value;
}
async function runMonitorCommand(args, io, fetchImpl = globalThis.fetch) {
  const { values } = parseArgs2({
    args,
    options: {
      root: { type: "string" },
      config: { type: "string" },
      register: { type: "string" },
      ignore: { type: "string", multiple: true },
      checks: { type: "string" },
      "obsolete-days": { type: "string" },
      "max-lookups": { type: "string" },
      format: { type: "string" },
      today: { type: "string" },
      "osv-url": { type: "string" },
      "deps-dev-url": { type: "string" },
      "npm-registry-url": { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    io.stdout(MONITOR_HELP);
    return 0;
  }
  const format = values.format ?? "markdown";
  if (format !== "markdown" && format !== "json")
    throw new UsageError(`--format must be markdown or json (got "${format}")`);
  const checks = (values.checks ?? "none").split(/[\s,]+/).filter((c) => c !== "" && c !== "none");
  const bad = checks.find((c) => !HEALTH_KINDS.includes(c));
  if (bad !== void 0) throw new UsageError(`--checks: "${bad}" is not one of ${HEALTH_KINDS.join(", ")}`);
  const today = values.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new UsageError(`--today must be YYYY-MM-DD (got "${today}")`);
  const root = resolve3(io.cwd, values.root ?? ".");
  const inside = (path) => {
    if (isAbsolute2(path) || path.split("/").includes(".."))
      throw new UsageError(`"${path}" must be a path inside --root`);
    return join3(root, path);
  };
  const configPath = values.config ?? ".github/soup-gate.yml";
  let policy;
  try {
    policy = parsePolicyFile(configPath, await readText2(inside(configPath)));
  } catch (error) {
    if (error instanceof PolicyFileError) throw new UsageError(error.message);
    throw error;
  }
  const registerPath = values.register ?? policy.register;
  const registerText = await readText2(inside(registerPath));
  const register = registerText === void 0 ? emptyRegister(registerPath) : parseRegister(registerPath, registerText, { allowIncomplete: true });
  const progress = values.quiet ? void 0 : (line) => io.stderr(`${line}
`);
  const inventory = await loadInventory(createFolderSource(root), {
    ignore: [...values.ignore ?? [], ...policy.ignore.paths],
    ...progress ? { onProgress: progress } : {}
  });
  const items = selectMonitoredItems(inventory, {
    dependencies: policy.scope.dependencies,
    includeDev: policy.scope.includeDev,
    ignorePackages: policy.ignore.packages
  });
  progress?.(`monitor: ${items.length} SOUP item(s), ${countVersions(items)} version(s) in scope`);
  const http = createHttpClient({ fetch: fetchImpl, userAgent: "soup-gate" });
  const osv = await checkAnomalies(items, {
    http,
    osvUrl: url("osv-url", values["osv-url"], DEFAULT_OSV_URL),
    ...progress ? { onProgress: progress } : {}
  });
  const health = await checkHealth(items, {
    http,
    checks,
    npmRegistryUrl: url("npm-registry-url", values["npm-registry-url"], DEFAULT_NPM_REGISTRY_URL),
    depsDevUrl: url("deps-dev-url", values["deps-dev-url"], DEFAULT_DEPS_DEV_URL),
    obsoleteAfterDays: count("obsolete-days", values["obsolete-days"], 730),
    maxLookups: count("max-lookups", values["max-lookups"], 200),
    today: /* @__PURE__ */ new Date(`${today}T00:00:00Z`)
  });
  const assessments = assessItems(items, osv.byItem, register, today, health.findings);
  const totals = totalsOf(assessments);
  if (format === "json") {
    io.stdout(
      `${JSON.stringify(
        {
          totals,
          osvBatchRequests: osv.batchRequests,
          items: assessments.filter((a) => a.anomalies.length > 0 || a.unchecked.length > 0 || a.health.length > 0).map((a) => ({
            key: a.item.key,
            versions: a.item.versions.map((v) => v.version),
            safetyClass: a.safetyClass,
            open: a.open.map((o) => ({ id: o.anomaly.id, status: o.status, versions: o.versions })),
            evaluated: a.anomalies.filter((o) => o.status === "evaluated").map((o) => o.anomaly.id),
            unchecked: a.unchecked,
            health: a.health
          })),
          notes: health.notes
        },
        null,
        2
      )}
`
    );
  } else {
    io.stdout(
      renderMonitorSummary({
        repoLabel: root,
        commit: "working tree",
        totals,
        issues: void 0,
        assessments,
        notes: health.notes
      })
    );
  }
  for (const failure of osv.failures) io.stderr(`soup-gate: lookup failed: ${failure}
`);
  return totals.open > 0 || totals.failed > 0 ? 1 : 0;
}

// src/cli/index.ts
var HELP = `soup-gate \u2014 SOUP change control for lockfiles

Usage:
  soup-gate diff --base <dir|git-ref> --head <dir|git-ref> [options]
  soup-gate list | check | register init [options]   (SOUP.md, sbom.cdx.json, register; see soup-gate list --help)
  soup-gate monitor [--root <dir>] [options]          (published anomalies not yet evaluated; see soup-gate monitor --help)

Options for diff:
  --base <dir|ref>          the tree before the change: a folder, or a git ref read with git show (no checkout)
  --head <dir|ref>          the tree after the change (default: the working folder)
  --repo <dir>              the git repository refs are read from (default: the working folder)
  --format json|markdown    output format (default: json)
  --scope direct|all        which changes to list (default: all)
  --ignore <glob>           root-relative paths not to inventory (repeatable)
  --max-lockfile-bytes <n>  refuse lockfiles larger than this (default: 104857600)
  --enrich                  look up known anomalies (OSV), licences and links (deps.dev) per change
  --offline                 with --enrich: make no request, report every change as not checked
  --osv-url <url>           OSV API base URL (default: https://api.osv.dev), e.g. a mirror
  --deps-dev-url <url>      deps.dev API base URL (default: https://api.deps.dev)
  --quiet                   no progress lines on stderr
  -h, --help                this text

Exit status: 0 when it ran (with or without changes), 2 on bad input, 1 on an unexpected failure.
`;
async function openTree(spec, io, repo) {
  const folder = await stat(spec.startsWith("/") ? spec : `${io.cwd}/${spec}`).catch(() => void 0);
  if (folder?.isDirectory()) return createFolderSource(spec.startsWith("/") ? spec : `${io.cwd}/${spec}`);
  return createGitSource(repo, spec);
}
function oneOf(option, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")} (got "${value}")`);
}
async function runDiff(args, io) {
  const { values } = parseArgs3({
    args,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      format: { type: "string" },
      scope: { type: "string" },
      ignore: { type: "string", multiple: true },
      "max-lockfile-bytes": { type: "string" },
      quiet: { type: "boolean" },
      enrich: { type: "boolean" },
      offline: { type: "boolean" },
      "osv-url": { type: "string" },
      "deps-dev-url": { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.base)
    throw new UsageError("--base is required: a folder or a git ref (e.g. --base origin/main)");
  const format = oneOf("format", values.format, ["json", "markdown"], "json");
  const scope = oneOf("scope", values.scope, ["direct", "all"], "all");
  let maxBytes;
  if (values["max-lockfile-bytes"] !== void 0) {
    maxBytes = Number(values["max-lockfile-bytes"]);
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(
        `--max-lockfile-bytes must be a positive whole number (got "${values["max-lockfile-bytes"]}")`
      );
    }
  }
  for (const option of ["osv-url", "deps-dev-url"]) {
    const value = values[option];
    if (value !== void 0 && !/^https?:\/\/[^/]/.test(value)) {
      throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
    }
  }
  const repo = values.repo ?? io.cwd;
  const options = {
    ignore: values.ignore ?? [],
    ...maxBytes !== void 0 ? { maxBytes } : {},
    ...values.quiet ? {} : { onProgress: (line) => io.stderr(`${line}
`) }
  };
  const base = await loadInventory(await openTree(values.base, io, repo), options);
  const head = await loadInventory(await openTree(values.head ?? ".", io, repo), options);
  const result = diffInventories(base, head);
  const changes = filterChanges(result.changes, scope);
  const enrichment = values.enrich ? await enrichChanges(changes, {
    fetch: globalThis.fetch,
    offline: values.offline === true,
    ...values["osv-url"] !== void 0 ? { osvUrl: values["osv-url"] } : {},
    ...values["deps-dev-url"] !== void 0 ? { depsDevUrl: values["deps-dev-url"] } : {},
    ...values.quiet ? {} : { onProgress: (line) => io.stderr(`${line}
`) }
  }) : void 0;
  if (format === "markdown") {
    io.stdout(renderDiffMarkdown(result, changes));
    if (enrichment) io.stdout(renderEnrichmentSection(changes, enrichment));
  } else {
    const findings = head.lockfiles.flatMap((l) => l.findings);
    const output = enrichment ? {
      lockfiles: result.lockfiles,
      changes: changes.map((c) => ({ ...c, enrichment: enrichment.entries.get(changeKey(c)) })),
      findings,
      enrichment: {
        offline: enrichment.offline,
        requests: enrichment.requests,
        lookupFailures: enrichment.lookupFailures,
        unchecked: enrichment.unchecked
      }
    } : { lockfiles: result.lockfiles, changes, findings };
    io.stdout(`${JSON.stringify(output, null, 2)}
`);
  }
  for (const failure of enrichment?.lookupFailures ?? []) {
    io.stderr(`soup-gate: lookup failed: ${failure.url}: ${failure.reason}
`);
  }
  if (!values.quiet) {
    io.stderr(`${changes.length} change(s) across ${result.lockfiles.length} lockfile(s)
`);
  }
  return 0;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "diff":
        return await runDiff(rest, io);
      case "list":
        return await runList(rest, io);
      case "check":
        return await runCheck(rest, io);
      case "register":
        return await runRegister(rest, io);
      case "monitor":
        return await runMonitorCommand(rest, io);
      case void 0:
      case "-h":
      case "--help":
      case "help":
        io.stdout(HELP);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; run soup-gate --help`);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof RegisterError || error instanceof LockfileParseError || error instanceof GitRefError || error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`soup-gate: ${error.message}
`);
      return 2;
    }
    throw error;
  }
}
function isMain() {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMain()) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `soup-gate: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
      );
      process.exitCode = 1;
    }
  );
}
export {
  runCli
};
