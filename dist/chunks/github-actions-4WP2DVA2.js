import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_dist
} from "./chunk-AYHCUAOP.js";
import {
  makePurl
} from "./chunk-222YWG7Y.js";
import "./chunk-DZZXPWJZ.js";
import {
  basename
} from "./chunk-3HZKAP2P.js";
import {
  LockfileParseError,
  truncate
} from "./chunk-AD7ILG22.js";
import {
  __toESM
} from "./chunk-U4ZUF5KN.js";

// src/lockfiles/github-actions.ts
var import_yaml = __toESM(require_dist(), 1);
var WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var ACTION_FILE = /^action\.ya?ml$/;
var REMOTE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/;
var SHA = /^[0-9a-f]{40}$/i;
var COMMENT_TAG = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)(?=$|[\s,;)])/;
function lineOf(ctx, node) {
  const offset = node?.range?.[0];
  return offset === void 0 ? void 0 : ctx.lineCounter.linePos(offset).line;
}
function resolve(ctx, node) {
  if (node === null || node === void 0) return null;
  if ((0, import_yaml.isAlias)(node)) return node.resolve(ctx.doc) ?? null;
  return node;
}
function expectMap(ctx, node, what, parent) {
  const resolved = resolve(ctx, node);
  if (resolved === null || (0, import_yaml.isScalar)(resolved) && resolved.value === null) return null;
  if (!(0, import_yaml.isMap)(resolved))
    throw new LockfileParseError(
      ctx.file,
      lineOf(ctx, resolved) ?? lineOf(ctx, parent),
      `expected ${what} to be a mapping`
    );
  return resolved;
}
function getNode(ctx, map, key) {
  const pair = map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key);
  return pair ? resolve(ctx, pair.value) : null;
}
function readUses(ctx, node) {
  const line = lineOf(ctx, node);
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") {
    throw new LockfileParseError(ctx.file, line, 'expected "uses" to be a string');
  }
  const uses = node.value.trim();
  const at = line === void 0 ? {} : { line };
  if (uses.startsWith("./") || uses.startsWith(".\\")) return;
  if (uses.startsWith("docker://")) {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `${uses} is a container image, not a GitHub Action: not listed as a package`
    });
    return;
  }
  const match = REMOTE.exec(uses);
  if (!match || uses.includes("${{")) {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `"uses: ${uses}" is not owner/repo[/path]@ref: passed over`
    });
    return;
  }
  const [, owner, repo, path, ref] = match;
  const name = `${owner.toLowerCase()}/${repo.toLowerCase()}${path}`;
  let version = ref;
  let integrity;
  if (SHA.test(ref)) {
    integrity = ref.toLowerCase();
    const end = node.range?.[1] ?? 0;
    const rest = ctx.text.slice(
      end,
      ctx.text.indexOf("\n", end) === -1 ? void 0 : ctx.text.indexOf("\n", end)
    );
    const hash = rest.indexOf("#");
    const tag = hash === -1 ? null : COMMENT_TAG.exec(rest.slice(hash + 1).trim());
    version = tag ? tag[1] : integrity;
  }
  const key = `${name}\0${version}\0${integrity ?? ""}`;
  if (ctx.packages.has(key)) return;
  ctx.packages.set(key, {
    ecosystem: "GitHub Actions",
    name,
    version,
    purl: makePurl("GitHub Actions", name, version),
    direct: true,
    scope: ctx.scope,
    lockfile: ctx.file,
    ...integrity !== void 0 ? { integrity } : {}
  });
}
function readSteps(ctx, node, owner) {
  if (node === null || (0, import_yaml.isScalar)(node) && node.value === null) return;
  if (!(0, import_yaml.isSeq)(node))
    throw new LockfileParseError(ctx.file, lineOf(ctx, node), `expected ${owner} steps to be a list`);
  for (const item of node.items) {
    const step = expectMap(ctx, item, `each step of ${owner}`, node);
    if (!step) continue;
    const uses = getNode(ctx, step, "uses");
    if (uses) readUses(ctx, uses);
  }
}
function parseActionsFile(input) {
  const file = input.path;
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(input.text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    throw new LockfileParseError(
      file,
      error.linePos?.[0]?.line,
      // The yaml library quotes the offending token whole; a 50 kB token must not become the message.
      `invalid YAML: ${truncate(error.message.split("\n")[0], 200)}`
    );
  }
  const workflow = WORKFLOW.test(file);
  const scope = workflow || file.startsWith(".github/") || file.includes("/.github/") ? "dev" : "runtime";
  const ctx = { file, text: input.text, doc, lineCounter, scope, findings: [], packages: /* @__PURE__ */ new Map() };
  const root = expectMap(ctx, doc.contents, "the document", null);
  if (!root) {
    ctx.findings.push({ lockfile: file, message: "empty YAML document: no actions used" });
  } else if (workflow) {
    const jobs = expectMap(ctx, getNode(ctx, root, "jobs"), '"jobs"', root);
    for (const pair of jobs?.items ?? []) {
      const id = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?";
      const job = expectMap(ctx, pair.value, `job "${id}"`, jobs);
      if (!job) continue;
      const uses = getNode(ctx, job, "uses");
      if (uses) readUses(ctx, uses);
      readSteps(ctx, getNode(ctx, job, "steps"), `job "${id}"`);
    }
  } else {
    const runs = expectMap(ctx, getNode(ctx, root, "runs"), '"runs"', root);
    if (runs) {
      readSteps(ctx, getNode(ctx, runs, "steps"), '"runs"');
      const image = getNode(ctx, runs, "image");
      if ((0, import_yaml.isScalar)(image) && typeof image.value === "string" && image.value.startsWith("docker://")) {
        const line = lineOf(ctx, image);
        ctx.findings.push({
          lockfile: file,
          ...line !== void 0 ? { line } : {},
          message: `runs.image ${image.value} is a container image, not a GitHub Action: not listed as a package`
        });
      }
    }
  }
  return {
    format: workflow ? "github-workflow" : "github-action",
    packages: [...ctx.packages.values()],
    findings: ctx.findings
  };
}
var githubActionsFormat = {
  id: "github-actions",
  ecosystem: "GitHub Actions",
  matches: (path) => WORKFLOW.test(path) || ACTION_FILE.test(basename(path)),
  parse: parseActionsFile
};
export {
  githubActionsFormat
};
