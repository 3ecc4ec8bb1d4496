import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  cleanText
} from "./chunk-TJCQPJCL.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";

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

// src/cli/args.ts
import { isAbsolute, resolve as resolve2 } from "node:path";
var CHECKOUT_OPTIONS = {
  root: { type: "string" },
  register: { type: "string" },
  ignore: { type: "string", multiple: true },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" }
};
function resolveRoot(io, root) {
  return resolve2(io.cwd, root ?? ".");
}
function insideRoot(path, what) {
  if (isAbsolute(path) || path.split(/[\\/]/).includes(".."))
    throw new UsageError(`${what} must be a path inside --root (got "${path}")`);
  return path.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}
async function progressTo(io, quiet) {
  if (quiet) return void 0;
  const terminal = io.terminal;
  if (terminal?.stderrIsTTY) {
    const { fitWidth } = await import("./table-AA4KT5RL.js");
    const width = Math.max(10, (terminal.stderrColumns ?? 80) - 1);
    return (line) => terminal.status(fitWidth(cleanText(line), width));
  }
  return (line) => io.stderr(`${cleanText(line)}
`);
}
function readCount(option, value, fallback) {
  if (value === void 0) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`--${option} must be a whole number (got "${value}")`);
  return n;
}
function readUrl(option, value, fallback) {
  if (value === void 0) return fallback;
  if (!/^https?:\/\/[^/]/.test(value))
    throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
  return value;
}
function readChoice(option, value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${option} must be one of ${allowed.join(", ")} (got "${value}")`);
}
function readChoices(option, value, allowed) {
  const words = (value ?? "").split(/[\s,]+/).filter((w) => w !== "" && w !== "none");
  const bad = words.find((w) => !allowed.includes(w));
  if (bad !== void 0) throw new UsageError(`--${option}: "${bad}" is not one of ${allowed.join(", ")}`);
  return [...new Set(words)];
}

export {
  createFolderSource,
  CHECKOUT_OPTIONS,
  resolveRoot,
  insideRoot,
  progressTo,
  readCount,
  readUrl,
  readChoice,
  readChoices
};
