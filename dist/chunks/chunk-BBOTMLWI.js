import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  statusOf,
  withPermission
} from "./chunk-GGFOJQIN.js";
import {
  expectArray,
  field
} from "./chunk-WQDGKKBB.js";

// src/github/checks.ts
function readCheckRun(value) {
  const id = field(value, "id");
  const name = field(value, "name");
  const headSha = field(value, "head_sha");
  if (typeof id !== "number" || typeof name !== "string" || typeof headSha !== "string") return void 0;
  const str = (v) => typeof v === "string" ? v : null;
  return {
    id,
    name,
    headSha,
    status: str(field(value, "status")) ?? "",
    conclusion: str(field(value, "conclusion")),
    url: str(field(value, "html_url")) ?? "",
    appSlug: str(field(field(value, "app"), "slug")),
    summary: str(field(field(value, "output"), "summary")) ?? "",
    text: str(field(field(value, "output"), "text")) ?? "",
    completedAt: str(field(value, "completed_at")),
    checkSuiteId: /* @__PURE__ */ ((id2) => typeof id2 === "number" ? id2 : null)(field(field(value, "check_suite"), "id"))
  };
}
async function listCheckRuns(client, repo, sha) {
  const runs = await client.paginate("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    ...repo,
    ref: sha,
    per_page: 100,
    filter: "all"
  });
  return expectArray(runs, "the check runs").map(readCheckRun).filter((r) => r !== void 0);
}
async function getCheckRun(client, repo, id) {
  try {
    const response = await client.request("GET /repos/{owner}/{repo}/check-runs/{check_run_id}", {
      ...repo,
      check_run_id: id
    });
    return readCheckRun(response.data);
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
var MAX_OUTPUT = 65535;
async function writeCheckRun(client, repo, existingId, check) {
  for (const field2 of ["summary", "text"]) {
    if (check[field2].length > MAX_OUTPUT)
      throw new Error(
        `the ${check.name} check run's output.${field2} has ${check[field2].length} characters; GitHub accepts ${MAX_OUTPUT}`
      );
  }
  const output = { title: check.title.slice(0, 200), summary: check.summary, text: check.text };
  const common = {
    status: "completed",
    conclusion: check.passed ? "success" : "failure",
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output
  };
  return withPermission(`write the ${check.name} check run`, "checks: write", async () => {
    if (existingId !== void 0) {
      await client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...repo,
        check_run_id: existingId,
        ...common
      });
      return existingId;
    }
    const created = await client.request("POST /repos/{owner}/{repo}/check-runs", {
      ...repo,
      name: check.name,
      head_sha: check.sha,
      ...common
    });
    const id = field(created.data, "id");
    if (typeof id !== "number") throw new Error("GitHub returned a check run without an id");
    return id;
  });
}

export {
  listCheckRuns,
  getCheckRun,
  writeCheckRun
};
