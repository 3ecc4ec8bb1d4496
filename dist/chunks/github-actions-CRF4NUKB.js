import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  atLine,
  expectMap,
  expectString,
  getNode,
  lineOf,
  parseYamlFile
} from "./chunk-Q3EYJLRN.js";
import {
  imagePackage,
  parseImageReference
} from "./chunk-6YZES6QJ.js";
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  truncate
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/lockfiles/github-actions.ts
var import_yaml = __toESM(require_dist(), 1);
var WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var ACTION_FILE = /^action\.ya?ml$/;
var REMOTE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/;
var SHA = /^[0-9a-f]{40}$/i;
var COMMENT_TAG = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)(?=$|[\s,;)])/;
function readImage(ctx, node, reference, what) {
  const at = atLine(ctx, node);
  if (reference.includes("${{")) {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `${what} ${truncate(reference, 200)} is set by an expression, unknown until the workflow runs: image not listed`
    });
    return;
  }
  const image = parseImageReference(reference.trim());
  if (typeof image === "string") {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `${what} ${truncate(reference, 200)} is not an image reference (${image}): not listed`
    });
    return;
  }
  const pkg = imagePackage(image, ctx.file, ctx.scope);
  const key = `docker\0${pkg.name}\0${pkg.version}\0${pkg.ref ?? ""}`;
  if (!ctx.packages.has(key)) ctx.packages.set(key, pkg);
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
    readImage(ctx, node, uses.slice("docker://".length), "uses: docker://");
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
  let commit;
  if (SHA.test(ref)) {
    commit = ref.toLowerCase();
    const end = node.range?.[1] ?? 0;
    const rest = ctx.text.slice(
      end,
      ctx.text.indexOf("\n", end) === -1 ? void 0 : ctx.text.indexOf("\n", end)
    );
    const hash = rest.indexOf("#");
    const tag = hash === -1 ? null : COMMENT_TAG.exec(rest.slice(hash + 1).trim());
    version = tag ? tag[1] : commit;
  }
  const key = `${name}\0${version}\0${commit ?? ""}`;
  if (ctx.packages.has(key)) return;
  const git = commit === void 0 ? void 0 : { url: `https://github.com/${owner}/${repo}`, commit };
  ctx.packages.set(key, {
    ecosystem: "GitHub Actions",
    name,
    version,
    purl: makePurl("GitHub Actions", name, version, git),
    direct: true,
    scope: ctx.scope,
    lockfile: ctx.file,
    ...commit !== void 0 ? { ref: commit } : {}
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
function readJobImages(ctx, job, id) {
  const container = getNode(ctx, job, "container");
  if (container && (0, import_yaml.isScalar)(container) && typeof container.value === "string") {
    readImage(ctx, container, container.value, `job "${id}" container`);
  } else if (container && !((0, import_yaml.isScalar)(container) && container.value === null)) {
    const map = expectMap(ctx, container, `job "${id}" container`, job);
    const image = map && getNode(ctx, map, "image");
    if (image)
      readImage(ctx, image, expectString(ctx, image, `job "${id}" container image`), `job "${id}" container`);
  }
  const services = expectMap(ctx, getNode(ctx, job, "services"), `job "${id}" services`, job);
  for (const pair of services?.items ?? []) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?";
    const service = expectMap(ctx, pair.value, `service "${name}" of job "${id}"`, services);
    const image = service && getNode(ctx, service, "image");
    if (image)
      readImage(ctx, image, expectString(ctx, image, `service "${name}" image`), `service "${name}"`);
  }
}
function parseActionsFile(input) {
  const file = input.path;
  const yaml = parseYamlFile(file, input.text);
  const workflow = WORKFLOW.test(file);
  const scope = workflow || file.startsWith(".github/") || file.includes("/.github/") ? "dev" : "runtime";
  const ctx = { ...yaml, text: input.text, scope, findings: [], packages: /* @__PURE__ */ new Map() };
  const root = expectMap(ctx, yaml.doc.contents, "the document", null);
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
      readJobImages(ctx, job, id);
      readSteps(ctx, getNode(ctx, job, "steps"), `job "${id}"`);
    }
  } else {
    const runs = expectMap(ctx, getNode(ctx, root, "runs"), '"runs"', root);
    if (runs) {
      readSteps(ctx, getNode(ctx, runs, "steps"), '"runs"');
      const image = getNode(ctx, runs, "image");
      if ((0, import_yaml.isScalar)(image) && typeof image.value === "string" && image.value.startsWith("docker://"))
        readImage(ctx, image, image.value.slice("docker://".length), "runs.image docker://");
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
