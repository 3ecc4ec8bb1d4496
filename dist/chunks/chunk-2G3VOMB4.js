import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  CHECKOUT_OPTIONS,
  createFolderSource,
  insideRoot,
  progressTo,
  readCount,
  readUrl,
  resolveRoot
} from "./chunk-E3HKL74R.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";
import {
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_MAX_LOOKUPS
} from "./chunk-GSFW5O23.js";

// src/local/checkout.ts
import { execFile } from "node:child_process";
import { readdir } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
async function git(root, args) {
  try {
    const { stdout } = await run("git", args, { cwd: root });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
function repoFromRemote(url) {
  if (url === void 0) return void 0;
  const match = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : void 0;
}
function createLocalCheckout(root) {
  const absolute = resolve(root);
  return {
    files: createFolderSource(absolute),
    async listFolder(path) {
      try {
        return await readdir(join(absolute, ...path.split("/")));
      } catch {
        return [];
      }
    },
    headCommit: () => git(absolute, ["rev-parse", "HEAD"]),
    originRepo: async () => repoFromRemote(await git(absolute, ["remote", "get-url", "origin"])),
    headCommitTime: () => git(absolute, ["log", "-1", "--format=%cI", "HEAD"]),
    folderName: basename(absolute)
  };
}

// src/cli/soup-args.ts
import { parseArgs } from "node:util";
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
  --enrich                  list: look up supplier, licence and links (deps.dev, registries) of the
                            items the committed SBOM has no facts for; the others keep theirs
  --max-lookups <n>         list --enrich: items looked up per run, direct ones first (default: ${DEFAULT_MAX_LOOKUPS})
  --offline                 list --enrich: make no request (items read "not looked up")
  --deps-dev-url <url>      list --enrich: deps.dev API base URL, for a mirror
  --format text|json|markdown
                            list and check: what to print (default: text; see soup-gate --help)
  --quiet                   no progress lines on stderr
`;
async function parseSoupArgs(args, io, command) {
  const { values } = parseArgs({
    args,
    options: {
      ...CHECKOUT_OPTIONS,
      out: { type: "string" },
      commit: { type: "string" },
      repo: { type: "string" },
      "generated-at": { type: "string" },
      "include-dev": { type: "boolean" },
      format: { type: "string" },
      enrich: { type: "boolean" },
      "max-lookups": { type: "string" },
      offline: { type: "boolean" },
      "deps-dev-url": { type: "string" }
    },
    strict: true
  });
  const generatedAt = values["generated-at"];
  if (generatedAt !== void 0 && Number.isNaN(new Date(generatedAt).getTime()))
    throw new UsageError(`--generated-at must be an ISO 8601 time (got "${generatedAt}")`);
  if (values.enrich && command !== "list")
    throw new UsageError(
      `--enrich is an option of list, not of ${command}: check compares with what was committed`
    );
  if (!values.enrich) {
    for (const option of ["max-lookups", "offline", "deps-dev-url"])
      if (values[option] !== void 0) throw new UsageError(`--${option} needs --enrich`);
  }
  const quiet = values.quiet ?? false;
  const onProgress = await progressTo(io, quiet);
  return {
    root: resolveRoot(io, values.root),
    registerPath: insideRoot(values.register ?? "soup/register.yml", "--register"),
    out: insideRoot(values.out ?? "soup", "--out"),
    ignore: values.ignore ?? [],
    ...values.commit !== void 0 ? { commit: values.commit } : {},
    ...values.repo !== void 0 ? { repo: values.repo } : {},
    ...generatedAt !== void 0 ? { generatedAt } : {},
    includeDev: values["include-dev"] ?? false,
    ...onProgress ? { onProgress } : {},
    quiet,
    help: values.help ?? false,
    ...values.format !== void 0 ? { format: values.format } : {},
    ...values.enrich ? {
      lookUp: {
        offline: values.offline ?? false,
        depsDevUrl: readUrl("deps-dev-url", values["deps-dev-url"], DEFAULT_DEPS_DEV_URL),
        maxItems: readCount("max-lookups", values["max-lookups"], DEFAULT_MAX_LOOKUPS),
        fetch: globalThis.fetch
      }
    } : {}
  };
}

// src/app/checkout.ts
var decoder = new TextDecoder("utf-8", { ignoreBOM: true });
async function readCheckoutText(checkout, path) {
  const bytes = await checkout.files.readFile(path);
  return bytes === void 0 ? void 0 : decoder.decode(bytes);
}

export {
  readCheckoutText,
  createLocalCheckout,
  LIST_HELP,
  parseSoupArgs
};
