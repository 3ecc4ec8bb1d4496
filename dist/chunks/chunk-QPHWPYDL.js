import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  expectArray,
  field,
  statusOf,
  withPermission
} from "./chunk-YTRLSDO5.js";

// src/gate/state.ts
var MARKER = "soup-gate:state";
var MAX_STATE_CHARS = 48e3;
var MAX_NOTES = 10;
function emptyState(pr) {
  return { version: 1, pr, ticks: [], notes: [] };
}
function encodeState(state) {
  const trimmed = { ...state, notes: state.notes.slice(-MAX_NOTES) };
  return `<!-- ${MARKER} ${Buffer.from(JSON.stringify(trimmed), "utf8").toString("base64url")} -->`;
}
function isString(value) {
  return typeof value === "string" && value.length <= 500;
}
function decodeState(text, pr) {
  const match = new RegExp(`<!-- ${MARKER} ([A-Za-z0-9_-]{1,${MAX_STATE_CHARS}}) -->`).exec(text);
  if (!match) return void 0;
  let raw;
  try {
    raw = JSON.parse(Buffer.from(match[1], "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  const value = raw;
  if (!value || value.version !== 1 || value.pr !== pr || !Array.isArray(value.ticks) || !Array.isArray(value.notes)) {
    return void 0;
  }
  const ticks = value.ticks.filter(
    (t) => !!t && typeof t === "object" && isString(t.item) && isString(t.by) && isString(t.at) && isString(t.sha) && isString(t.target)
  );
  const notes = value.notes.filter(
    (n) => !!n && typeof n === "object" && isString(n.at) && isString(n.text)
  );
  return {
    version: 1,
    pr,
    ticks: ticks.map(({ item, by, at, sha, target }) => ({ item, by, at, sha, target })),
    notes: notes.map(({ at, text: text2 }) => ({ at, text: text2 })),
    ...isString(value.labelledChangeSet) ? { labelledChangeSet: value.labelledChangeSet } : {}
  };
}
function reconcileTicks(state, itemIds) {
  return { ...state, ticks: state.ticks.filter((tick) => itemIds.has(tick.item)) };
}
function addNote(state, at, text) {
  return { ...state, notes: [...state.notes, { at, text }].slice(-MAX_NOTES) };
}

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

// src/github/gate-state.ts
var STATE_REF = /<!-- soup-gate:state-ref check-run=(\d{1,20}) -->/;
function stateRefMarker(checkRunId) {
  return `<!-- soup-gate:state-ref check-run=${checkRunId} -->`;
}
function isGateCheck(run, botApp) {
  return run.name === GATE_CHECK_NAME && run.appSlug === botApp;
}
function latestGateCheck(runs, botApp) {
  return runs.filter((run) => isGateCheck(run, botApp)).sort((a, b) => b.id - a.id)[0];
}
async function loadGateState(client, repo, input) {
  const current = latestGateCheck(input.headRuns, input.botApp);
  if (current) return { state: decodeState(current.text, input.pr) ?? emptyState(input.pr), current };
  const body = await input.readComment();
  const pointer = body === void 0 ? null : STATE_REF.exec(body);
  if (pointer) {
    let previous;
    try {
      previous = await getCheckRun(client, repo, Number(pointer[1]));
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
    if (previous && isGateCheck(previous, input.botApp)) {
      const state = decodeState(previous.text, input.pr);
      if (state) return { state, current: void 0 };
    }
  }
  return { state: emptyState(input.pr), current: void 0 };
}

export {
  emptyState,
  encodeState,
  decodeState,
  reconcileTicks,
  addNote,
  listCheckRuns,
  writeGateCheck,
  stateRefMarker,
  latestGateCheck,
  loadGateState
};
