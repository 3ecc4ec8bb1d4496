import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  field
} from "./chunk-WQDGKKBB.js";

// src/github/event.ts
import { readFile } from "node:fs/promises";
async function readRunnerEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  const payload = JSON.parse(await readFile(path, "utf8"));
  if (payload === null || typeof payload !== "object" || Array.isArray(payload)) {
    throw new Error(`GITHUB_EVENT_PATH (${path}) does not hold a JSON object`);
  }
  return { name, payload };
}
function repositoryOf(event, env = process.env) {
  const fullName = field(field(event.payload, "repository"), "full_name") ?? env.GITHUB_REPOSITORY;
  if (typeof fullName !== "string" || !/^[^/]+\/[^/]+$/.test(fullName)) {
    throw new Error("the event names no repository (repository.full_name or GITHUB_REPOSITORY)");
  }
  const [owner, repo] = fullName.split("/");
  return { owner, repo };
}
var PR_ACTIONS = /* @__PURE__ */ new Set([
  "opened",
  "synchronize",
  "reopened",
  "edited",
  "labeled",
  "unlabeled",
  "ready_for_review"
]);
var MAX_RUN_PULL_REQUESTS = 10;
function pullRequestsOf(event, identity) {
  const payload = event.payload;
  const action = field(payload, "action");
  switch (event.name) {
    case "pull_request":
    case "pull_request_target": {
      const number = field(field(payload, "pull_request"), "number");
      if (typeof number !== "number") throw new Error(`the ${event.name} payload has no pull_request.number`);
      if (typeof action === "string" && !PR_ACTIONS.has(action))
        return notice(`soup-gate: pull request "${action}" needs no evaluation`);
      return { numbers: [number] };
    }
    case "issue_comment":
      return commentEditOf(payload, identity.botLogin);
    case "check_run":
    case "workflow_run": {
      const run = field(payload, event.name);
      if (action !== "completed") return { numbers: [] };
      if (event.name === "check_run" && field(run, "name") === identity.gateCheckName) return { numbers: [] };
      const prs = field(run, "pull_requests");
      const numbers = Array.isArray(prs) ? prs.map((p) => field(p, "number")).filter((n) => typeof n === "number") : [];
      if (numbers.length === 0)
        return notice(
          `soup-gate: the completed ${event.name} belongs to no open pull request of this repository`
        );
      return { numbers: [...new Set(numbers)].slice(0, MAX_RUN_PULL_REQUESTS) };
    }
    default:
      return { numbers: [] };
  }
}
function notice(message) {
  return { numbers: [], note: { level: "notice", message } };
}
function commentEditOf(payload, botLogin) {
  const issue = field(payload, "issue");
  const number = field(issue, "number");
  if (field(payload, "action") !== "edited" || field(issue, "pull_request") === void 0 || typeof number !== "number")
    return notice("soup-gate: only edits of its comment on a pull request matter here; nothing to do");
  const comment = field(payload, "comment");
  const sender = field(field(payload, "sender"), "login");
  const author = field(field(comment, "user"), "login");
  const id = field(comment, "id");
  const after = field(comment, "body");
  const before = field(field(field(payload, "changes"), "body"), "from");
  if (author !== botLogin) return notice("soup-gate: the edited comment is not soup-gate's; ignored");
  if (sender === botLogin)
    return { numbers: [], note: { level: "info", message: "soup-gate: its own edit; nothing to do" } };
  if (typeof id !== "number" || typeof after !== "string" || typeof before !== "string" || typeof sender !== "string") {
    return { numbers: [number] };
  }
  return { numbers: [number], edit: { commentId: id, before, after, actor: sender } };
}
function mergeTriggerOf(name, payload) {
  const repository = field(payload, "repository");
  const defaultBranch = field(repository, "default_branch");
  const fallback = typeof defaultBranch === "string" ? defaultBranch : "main";
  if (name === "pull_request" || name === "pull_request_target") {
    const pr = field(payload, "pull_request");
    const number = field(pr, "number");
    if (field(payload, "action") !== "closed" || field(pr, "merged") !== true || typeof number !== "number")
      return void 0;
    return { kind: "merged-pull-request", number, defaultBranch: fallback };
  }
  if (name !== "push") return void 0;
  const ref = field(payload, "ref");
  const before = field(payload, "before");
  const after = field(payload, "after");
  if (typeof ref !== "string" || typeof before !== "string" || typeof after !== "string")
    throw new Error("the push payload lacks ref, before or after");
  const head = field(payload, "head_commit");
  const pusher = field(field(payload, "pusher"), "name") ?? field(field(payload, "sender"), "login");
  const message = field(head, "message");
  const timestamp = field(head, "timestamp");
  const url = field(head, "url");
  return {
    kind: "push",
    branch: ref.replace(/^refs\/heads\//, ""),
    defaultBranch: fallback,
    before,
    after,
    pusher: typeof pusher === "string" ? pusher : "unknown",
    message: typeof message === "string" ? message.split("\n")[0] ?? "" : "",
    ...typeof timestamp === "string" ? { timestamp } : {},
    url: typeof url === "string" ? url : ""
  };
}
function mergeGroupOf(payload) {
  const group = field(payload, "merge_group");
  const headSha = field(group, "head_sha");
  const headRef = field(group, "head_ref");
  if (typeof headSha !== "string" || typeof headRef !== "string")
    throw new Error("the merge_group payload lacks head_sha or head_ref");
  const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
  return { headSha, headRef, pullRequest: number ? Number(number) : void 0 };
}

export {
  readRunnerEvent,
  repositoryOf,
  pullRequestsOf,
  mergeTriggerOf,
  mergeGroupOf
};
