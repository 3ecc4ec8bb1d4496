import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  manifestsFor,
  selectLockfiles
} from "./chunk-ROVU3TUH.js";

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
        const response = await client.rest.repos.getContent({
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
async function fetchPullRequestTrees(client, pr, ignore) {
  const files = readChangedFiles(
    await client.paginate(client.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100
    })
  );
  if (typeof pr.changedFiles === "number" && files.length < Math.min(pr.changedFiles, MAX_LISTED_FILES)) {
    throw new Error(
      `GitHub listed ${files.length} of the ${pr.changedFiles} files PR #${pr.number} changes; refusing to judge the SOUP changes from a partial list (re-run the job)`
    );
  }
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
  const lockfiles = selectLockfiles(touched, ignore);
  const paths = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const repo = { owner: pr.owner, repo: pr.repo };
  const required = (side) => new Set(lockfiles.filter((path) => side.has(path)));
  return {
    base: createCommitSource(client, repo, pr.baseSha, paths, required(atBase)),
    head: createCommitSource(client, repo, pr.headSha, paths, required(atHead)),
    lockfiles
  };
}
async function getPullRequest(client, repo, number) {
  const data = (await client.rest.pulls.get({ ...repo, pull_number: number })).data;
  const pr = data;
  if (typeof pr.base?.sha !== "string" || typeof pr.head?.sha !== "string" || typeof pr.user?.login !== "string") {
    throw new Error(`GitHub returned PR #${number} without base.sha, head.sha or user.login`);
  }
  const labels = Array.isArray(pr.labels) ? pr.labels.map((l) => l?.name).filter((n) => typeof n === "string") : [];
  return {
    ...repo,
    number,
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    author: pr.user.login,
    body: typeof pr.body === "string" ? pr.body : "",
    labels,
    state: typeof pr.state === "string" ? pr.state : "open",
    merged: pr.merged === true,
    mergeCommitSha: typeof pr.merge_commit_sha === "string" ? pr.merge_commit_sha : null,
    mergedAt: typeof pr.merged_at === "string" ? pr.merged_at : null,
    changedFiles: typeof pr.changed_files === "number" ? pr.changed_files : null,
    baseRef: typeof pr.base.ref === "string" ? pr.base.ref : "",
    title: typeof pr.title === "string" ? pr.title : "",
    url: typeof pr.html_url === "string" ? pr.html_url : ""
  };
}
async function readFileAt(client, repo, sha, path) {
  const bytes = await createCommitSource(client, repo, sha, [path]).readFile(path);
  return bytes === void 0 ? void 0 : new TextDecoder().decode(bytes);
}

// src/github/json.ts
function field(value, key) {
  return value !== null && typeof value === "object" ? value[key] : void 0;
}
function expectArray(value, what) {
  if (!Array.isArray(value))
    throw new Error(`GitHub returned an unexpected body for ${what}: expected an array`);
  return value;
}

export {
  statusOf,
  PermissionError,
  withPermission,
  createCommitSource,
  fetchPullRequestTrees,
  getPullRequest,
  readFileAt,
  field,
  expectArray
};
