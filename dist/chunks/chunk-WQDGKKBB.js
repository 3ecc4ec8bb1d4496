import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/github/pull-request-info.ts
async function getPullRequest(client, repo, number) {
  const data = (await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repo, pull_number: number })).data;
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
  getPullRequest,
  field,
  expectArray
};
