import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  manifestsFor,
  selectLockfiles
} from "./chunk-OTQIQ42K.js";
import {
  expectArray,
  field
} from "./chunk-WQDGKKBB.js";

// src/github/errors.ts
function statusOf(error) {
  return typeof error === "object" && error !== null && "status" in error && typeof error.status === "number" ? error.status : void 0;
}
var PermissionError = class extends Error {
  constructor(what, permission) {
    super(
      `could not ${what}: the token lacks "${permission}". Grant it in the workflow's permissions: block; a pull_request run from a fork or from Dependabot gets a read-only token, so use pull_request_target (soup-gate never checks out PR code).`
    );
    this.what = what;
    this.permission = permission;
  }
  what;
  permission;
  name = "PermissionError";
};
async function withPermission(what, permission, write) {
  try {
    return await write();
  } catch (error) {
    const status = statusOf(error);
    const message = error instanceof Error ? error.message : "";
    if (status === 403 && !/rate limit/i.test(message)) throw new PermissionError(what, permission);
    throw error;
  }
}

// src/github/commit-source.ts
function createCommitSource(client, repo, sha, paths, required = /* @__PURE__ */ new Set()) {
  return {
    label: `commit ${sha.slice(0, 7)}`,
    async listFiles() {
      return [...paths].sort();
    },
    async readFile(path) {
      try {
        const response = await client.request("GET /repos/{owner}/{repo}/contents/{path}", {
          ...repo,
          path,
          ref: sha,
          mediaType: { format: "raw" }
        });
        const data = response.data;
        if (typeof data === "string") return new TextEncoder().encode(data);
        if (data instanceof ArrayBuffer) return new Uint8Array(data);
        if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        throw new Error(`GitHub returned an unexpected body for ${path} at ${sha}: expected the raw file`);
      } catch (error) {
        if (statusOf(error) === 404) {
          if (required.has(path)) {
            throw new Error(
              `${path} should exist at ${sha.slice(0, 7)} (the PR's file list says so) but GitHub answered 404; refusing to treat it as absent`,
              { cause: error }
            );
          }
          return void 0;
        }
        throw error;
      }
    }
  };
}

// src/github/git-data.ts
import { createHash } from "node:crypto";

// src/github/tree-diff.ts
var EMPTY = { entries: [], truncated: false };
async function diffTrees(reader, base, head, options) {
  const changed = /* @__PURE__ */ new Map();
  let requests = 0;
  const list = async (sha, recursive, where) => {
    if (sha === void 0) return EMPTY;
    requests += 1;
    if (requests > options.maxRequests)
      throw new Error(
        `comparing the base and head trees needed more than ${options.maxRequests} Git trees API requests (stopped at ${where || "the root"})`
      );
    return reader.listTree(sha, recursive);
  };
  const compareFlat = (base2, head2, prefix) => {
    const blobs = (listing) => new Map(listing.entries.filter((e) => e.type === "blob").map((e) => [e.path, e.sha]));
    const before = blobs(base2);
    const after = blobs(head2);
    for (const path of /* @__PURE__ */ new Set([...before.keys(), ...after.keys()])) {
      const a = before.get(path);
      const b = after.get(path);
      if (a !== b) changed.set(prefix + path, { base: a !== void 0, head: b !== void 0 });
    }
  };
  const walk = async (base2, head2, prefix) => {
    if (base2 === head2) return;
    const [fullBase, fullHead] = await Promise.all([list(base2, true, prefix), list(head2, true, prefix)]);
    if (!fullBase.truncated && !fullHead.truncated) {
      compareFlat(fullBase, fullHead, prefix);
      return;
    }
    const [levelBase, levelHead] = await Promise.all([list(base2, false, prefix), list(head2, false, prefix)]);
    if (levelBase.truncated || levelHead.truncated)
      throw new Error(
        `the directory ${prefix || "/"} has too many entries for one Git trees API listing (truncated)`
      );
    const byName = (listing) => new Map(listing.entries.map((e) => [e.path, e]));
    const before = byName(levelBase);
    const after = byName(levelHead);
    for (const name of [.../* @__PURE__ */ new Set([...before.keys(), ...after.keys()])].sort()) {
      const a = before.get(name);
      const b = after.get(name);
      const aBlob = a?.type === "blob" ? a.sha : void 0;
      const bBlob = b?.type === "blob" ? b.sha : void 0;
      if ((aBlob !== void 0 || bBlob !== void 0) && aBlob !== bBlob)
        changed.set(prefix + name, { base: aBlob !== void 0, head: bBlob !== void 0 });
      const aTree = a?.type === "tree" ? a.sha : void 0;
      const bTree = b?.type === "tree" ? b.sha : void 0;
      if (aTree !== void 0 || bTree !== void 0) await walk(aTree, bTree, `${prefix}${name}/`);
    }
  };
  await walk(base, head, "");
  return changed;
}

// src/github/git-data.ts
function gitBlobSha(text) {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
var TREE = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}";
var UPDATE_REF = "PATCH /repos/{owner}/{repo}/git/refs/{ref}";
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var PROTECTION = /protected branch|through a pull request|not authorized to push|status checks? .*(expected|required)|required status check|rule violations?|cannot force-push|Protected branch update failed/i;
async function getBranch(client, repo, branch) {
  const data = (await client.request("GET /repos/{owner}/{repo}/branches/{branch}", { ...repo, branch })).data;
  const sha = field(field(data, "commit"), "sha");
  if (typeof sha !== "string") throw new Error(`GitHub returned branch ${branch} without commit.sha`);
  return { name: branch, sha, protected: field(data, "protected") === true };
}
async function getRefSha(client, repo, ref) {
  try {
    const data = (await client.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repo, ref })).data;
    const sha = field(field(data, "object"), "sha");
    return typeof sha === "string" ? sha : void 0;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
async function getCommitParents(client, repo, sha) {
  const data = (await client.request("GET /repos/{owner}/{repo}/git/commits/{commit_sha}", { ...repo, commit_sha: sha })).data;
  return expectArray(field(data, "parents"), `the parents of ${sha}`).map((p) => field(p, "sha")).filter((s) => typeof s === "string");
}
async function readCommitTree(client, repo, commit) {
  const data = (await client.request(TREE, { ...repo, tree_sha: commit, recursive: "true" })).data;
  const tree = field(data, "sha");
  if (typeof tree !== "string") throw new Error(`GitHub returned the tree of ${commit} without a sha`);
  if (field(data, "truncated") === true)
    throw new Error(
      `the tree of ${commit.slice(0, 7)} is too large for one Git trees API listing (truncated): soup-gate cannot see every lockfile; narrow the repository or open an issue`
    );
  const files = /* @__PURE__ */ new Map();
  for (const entry of expectArray(field(data, "tree"), `the tree of ${commit}`)) {
    const path = field(entry, "path");
    const sha = field(entry, "sha");
    if (field(entry, "type") !== "blob" || typeof path !== "string" || typeof sha !== "string") continue;
    const size = field(entry, "size");
    files.set(path, {
      path,
      sha,
      mode: String(field(entry, "mode") ?? "100644"),
      size: typeof size === "number" ? size : 0
    });
  }
  return { commit, tree, files };
}
async function listTree(client, repo, sha, recursive) {
  const data = (await client.request(TREE, { ...repo, tree_sha: sha, ...recursive ? { recursive: "true" } : {} })).data;
  const entries = [];
  for (const entry of expectArray(field(data, "tree"), `the tree ${sha}`)) {
    const path = field(entry, "path");
    const type = field(entry, "type");
    const entrySha = field(entry, "sha");
    if (typeof path !== "string" || typeof entrySha !== "string")
      throw new Error(`GitHub returned an entry of tree ${sha} without path or sha`);
    if (type !== "blob" && type !== "tree" && type !== "commit")
      throw new Error(`GitHub returned an entry of tree ${sha} of unknown type ${String(type)}`);
    entries.push({ path, type, sha: entrySha });
  }
  return { entries, truncated: field(data, "truncated") === true };
}
var MAX_TREE_REQUESTS = 200;
async function compareCommitTrees(client, repo, before, after) {
  const reader = { listTree: (sha, recursive) => listTree(client, repo, sha, recursive) };
  try {
    return await diffTrees(reader, before, after, { maxRequests: MAX_TREE_REQUESTS });
  } catch (error) {
    throw new Error(
      `could not compare the trees of ${before ? before.slice(0, 7) : "(nothing)"} and ${after.slice(0, 7)}: ${error instanceof Error ? error.message : String(error)}; soup-gate cannot tell every changed lockfile, so it refuses to judge (split the change or open an issue)`,
      { cause: error }
    );
  }
}
async function getMergeBase(client, repo, base, head) {
  const data = (await client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    ...repo,
    basehead: `${base}...${head}`,
    per_page: 1
  })).data;
  const sha = field(field(data, "merge_base_commit"), "sha");
  if (typeof sha !== "string")
    throw new Error(
      `GitHub compared ${base.slice(0, 7)}...${head.slice(0, 7)} without a merge_base_commit.sha`
    );
  return sha;
}
async function readBlob(client, repo, sha) {
  const data = (await client.request("GET /repos/{owner}/{repo}/git/blobs/{file_sha}", { ...repo, file_sha: sha })).data;
  const content = field(data, "content");
  const encoding = field(data, "encoding");
  if (typeof content !== "string") throw new Error(`GitHub returned blob ${sha} without content`);
  return encoding === "base64" ? new Uint8Array(Buffer.from(content, "base64")) : new TextEncoder().encode(content);
}
var INLINE_LIMIT = 512 * 1024;
async function createCommitOnTop(client, repo, input) {
  return withPermission("write the SOUP list and change record", "contents: write", async () => {
    const tree = [];
    for (const file of input.files) {
      if ("sha" in file) {
        tree.push({ path: file.path, mode: "100644", type: "blob", sha: file.sha });
      } else if (Buffer.byteLength(file.content, "utf8") > INLINE_LIMIT) {
        const blob = (await client.request("POST /repos/{owner}/{repo}/git/blobs", {
          ...repo,
          content: file.content,
          encoding: "utf-8"
        })).data;
        const sha2 = field(blob, "sha");
        if (typeof sha2 !== "string") throw new Error(`GitHub returned no blob sha for ${file.path}`);
        tree.push({ path: file.path, mode: "100644", type: "blob", sha: sha2 });
      } else {
        tree.push({ path: file.path, mode: "100644", type: "blob", content: file.content });
      }
    }
    const created = (await client.request("POST /repos/{owner}/{repo}/git/trees", {
      ...repo,
      base_tree: input.baseTree,
      tree
    })).data;
    const treeSha = field(created, "sha");
    if (typeof treeSha !== "string") throw new Error("GitHub returned a new tree without a sha");
    const commit = (await client.request("POST /repos/{owner}/{repo}/git/commits", {
      ...repo,
      message: input.message,
      tree: treeSha,
      parents: [input.parent]
    })).data;
    const sha = field(commit, "sha");
    if (typeof sha !== "string") throw new Error("GitHub returned a new commit without a sha");
    return sha;
  });
}
async function fastForwardBranch(client, repo, branch, sha) {
  try {
    await client.request(UPDATE_REF, { ...repo, ref: `heads/${branch}`, sha, force: false });
    return { updated: true };
  } catch (error) {
    const status = statusOf(error);
    const message = messageOf(error);
    if ((status === 422 || status === 403 || status === 409) && PROTECTION.test(message))
      return { updated: false, reason: "protected", message };
    if ((status === 422 || status === 409) && /fast[ -]forward|reference cannot be updated/i.test(message))
      return { updated: false, reason: "moved", message };
    if (status === 403 && !/rate limit/i.test(message))
      throw new PermissionError(`update the branch ${branch}`, "contents: write");
    throw error;
  }
}
async function forceBranch(client, repo, branch, sha) {
  await withPermission(`write the branch ${branch}`, "contents: write", async () => {
    if (await getRefSha(client, repo, `heads/${branch}`) === void 0) {
      await client.request("POST /repos/{owner}/{repo}/git/refs", {
        ...repo,
        ref: `refs/heads/${branch}`,
        sha
      });
    } else {
      await client.request(UPDATE_REF, { ...repo, ref: `heads/${branch}`, sha, force: true });
    }
  });
}
async function mergedPullsOfCommit(client, repo, sha) {
  const pulls = expectArray(
    await client.paginate("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
      ...repo,
      commit_sha: sha,
      per_page: 100
    }),
    `the pull requests of ${sha}`
  );
  return pulls.filter((p) => typeof field(p, "merged_at") === "string").map((p) => ({ number: Number(field(p, "number")), url: String(field(p, "html_url") ?? "") })).filter((p) => Number.isSafeInteger(p.number));
}
async function upsertPullRequest(client, repo, input) {
  const open = expectArray(
    (await client.request("GET /repos/{owner}/{repo}/pulls", {
      ...repo,
      state: "open",
      head: `${repo.owner}:${input.head}`,
      base: input.base,
      per_page: 10
    })).data,
    "the open pull requests"
  );
  const existing = open.map((p) => field(p, "number")).find((n) => typeof n === "number");
  try {
    if (existing !== void 0) {
      const data2 = (await client.request("PATCH /repos/{owner}/{repo}/pulls/{pull_number}", {
        ...repo,
        pull_number: existing,
        title: input.title,
        body: input.body
      })).data;
      return { number: existing, url: String(field(data2, "html_url") ?? ""), created: false };
    }
    const data = (await client.request("POST /repos/{owner}/{repo}/pulls", {
      ...repo,
      head: input.head,
      base: input.base,
      title: input.title,
      body: input.body
    })).data;
    const number = field(data, "number");
    if (typeof number !== "number") throw new Error("GitHub returned a new pull request without a number");
    return { number, url: String(field(data, "html_url") ?? ""), created: true };
  } catch (error) {
    if (statusOf(error) === 403 && !/rate limit/i.test(messageOf(error)))
      throw new PermissionError(
        existing !== void 0 ? `update pull request #${existing}` : `open the pull request from ${input.head}`,
        "pull-requests: write"
      );
    throw error;
  }
}

// src/github/pull-request.ts
function readChangedFiles(data) {
  if (!Array.isArray(data))
    throw new Error("GitHub returned an unexpected body for the PR file list: expected an array");
  return data.map((item) => {
    const file = item;
    if (typeof file?.filename !== "string") throw new Error("GitHub returned a PR file without a filename");
    const status = typeof file.status === "string" ? file.status : "modified";
    return typeof file.previous_filename === "string" ? { filename: file.filename, status, previous_filename: file.previous_filename } : { filename: file.filename, status };
  });
}
var MAX_LISTED_FILES = 3e3;
function pathsFromListing(files) {
  const touched = /* @__PURE__ */ new Set();
  const atBase = /* @__PURE__ */ new Set();
  const atHead = /* @__PURE__ */ new Set();
  for (const file of files) {
    touched.add(file.filename);
    if (file.previous_filename) touched.add(file.previous_filename);
    if (file.status !== "removed") atHead.add(file.filename);
    if (file.status === "removed" || file.status === "modified" || file.status === "changed")
      atBase.add(file.filename);
    if (file.status === "renamed" && file.previous_filename) atBase.add(file.previous_filename);
  }
  return { touched, atBase, atHead, source: "file list" };
}
async function pathsFromTrees(client, pr) {
  const repo = { owner: pr.owner, repo: pr.repo };
  const mergeBase = await getMergeBase(client, repo, pr.baseSha, pr.headSha);
  const changed = await compareCommitTrees(client, repo, mergeBase, pr.headSha);
  const touched = new Set(changed.keys());
  const atBase = new Set([...changed].filter(([, p]) => p.base).map(([path]) => path));
  const atHead = new Set([...changed].filter(([, p]) => p.head).map(([path]) => path));
  return { touched, atBase, atHead, source: "tree comparison" };
}
async function findChangedPaths(client, pr) {
  const count = pr.changedFiles;
  if (typeof count !== "number" || count >= MAX_LISTED_FILES) return pathsFromTrees(client, pr);
  const files = readChangedFiles(
    await client.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100
    })
  );
  return files.length === count ? pathsFromListing(files) : pathsFromTrees(client, pr);
}
async function fetchPullRequestTrees(client, pr, ignore) {
  const { touched, atBase, atHead, source } = await findChangedPaths(client, pr);
  const lockfiles = selectLockfiles(touched, ignore);
  const paths = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const repo = { owner: pr.owner, repo: pr.repo };
  const required = (side) => new Set(lockfiles.filter((path) => side.has(path)));
  return {
    base: createCommitSource(client, repo, pr.baseSha, paths, required(atBase)),
    head: createCommitSource(client, repo, pr.headSha, paths, required(atHead)),
    lockfiles,
    source
  };
}
async function readFileAt(client, repo, sha, path) {
  const bytes = await createCommitSource(client, repo, sha, [path]).readFile(path);
  return bytes === void 0 ? void 0 : new TextDecoder().decode(bytes);
}

export {
  statusOf,
  PermissionError,
  withPermission,
  createCommitSource,
  gitBlobSha,
  getBranch,
  getRefSha,
  getCommitParents,
  readCommitTree,
  compareCommitTrees,
  readBlob,
  createCommitOnTop,
  fastForwardBranch,
  forceBranch,
  mergedPullsOfCommit,
  upsertPullRequest,
  fetchPullRequestTrees,
  readFileAt
};
