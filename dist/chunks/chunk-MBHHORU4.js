import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  expectArray,
  field,
  withPermission
} from "./chunk-NBVFNM6G.js";

// src/github/checks.ts
var GATE_CHECK_NAME = "soup-gate";
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
    text: str(field(field(value, "output"), "text")) ?? "",
    completedAt: str(field(value, "completed_at"))
  };
}
async function listCheckRuns(client, repo, sha) {
  const runs = await client.paginate(client.rest.checks.listForRef, {
    ...repo,
    ref: sha,
    per_page: 100,
    filter: "all"
  });
  return expectArray(runs, "the check runs").map(readCheckRun).filter((r) => r !== void 0);
}
async function getCheckRun(client, repo, id) {
  const response = await client.rest.checks.get({ ...repo, check_run_id: id });
  return readCheckRun(response.data);
}
var MAX_OUTPUT = 65e3;
async function writeGateCheck(client, repo, existingId, check) {
  const output = {
    title: check.title.slice(0, 200),
    summary: check.summary.slice(0, MAX_OUTPUT),
    text: check.text.slice(0, MAX_OUTPUT)
  };
  const common = {
    status: "completed",
    conclusion: check.passed ? "success" : "failure",
    completed_at: (/* @__PURE__ */ new Date()).toISOString(),
    output
  };
  return withPermission("write the soup-gate check run", "checks: write", async () => {
    if (existingId !== void 0) {
      await client.rest.checks.update({ ...repo, check_run_id: existingId, ...common });
      return existingId;
    }
    const created = await client.rest.checks.create({
      ...repo,
      name: GATE_CHECK_NAME,
      head_sha: check.sha,
      ...common
    });
    const id = field(created.data, "id");
    if (typeof id !== "number") throw new Error("GitHub returned a check run without an id");
    return id;
  });
}

export {
  GATE_CHECK_NAME,
  listCheckRuns,
  getCheckRun,
  writeGateCheck
};
