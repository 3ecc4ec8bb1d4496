import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  describeChange
} from "./chunk-MLHWX4UO.js";
import {
  getCheckRun,
  isGateCheck,
  latestGateCheck,
  listCheckRuns
} from "./chunk-23B34S7Z.js";
import {
  expectArray,
  field,
  statusOf,
  withPermission
} from "./chunk-FE2Q7HQH.js";
import {
  renderChangesTable,
  summarizeCounts
} from "./chunk-DLN3O5UR.js";
import {
  code,
  escapeText
} from "./chunk-OF2P354O.js";
import {
  enrichChanges,
  enrichmentFor
} from "./chunk-WGATDEH3.js";
import {
  changeKey
} from "./chunk-4KN4VKED.js";

// src/gate/facts.ts
function checklistFacts(changes, enrichment) {
  const facts = /* @__PURE__ */ new Map();
  if (!enrichment) return facts;
  for (const change of changes) {
    const entry = enrichmentFor(enrichment, change);
    if (!entry) continue;
    const present = [...entry.anomalies?.introduced ?? [], ...entry.anomalies?.present ?? []].map(
      (a) => a.id
    );
    facts.set(changeKey(change), {
      ...entry.releaseNotes ? { compareUrl: entry.releaseNotes.url } : {},
      ...entry.anomalies ? { anomalies: { present, fixed: entry.anomalies.fixed.map((a) => a.id) } } : {}
    });
  }
  return facts;
}

// src/app/look-up.ts
function lookUpChanges(context, changes, policy) {
  const { config, io } = context;
  return enrichChanges(changes, {
    fetch: globalThis.fetch,
    osvUrl: config.osvUrl,
    depsDevUrl: config.depsDevUrl,
    licencePolicy: {
      allow: policy.licences.allow,
      deny: policy.licences.deny,
      unknown: policy.licences.unknown
    },
    onProgress: io.info
  });
}

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
    ...isString(value.labelledChangeSet) ? { labelledChangeSet: value.labelledChangeSet } : {},
    ...Number.isSafeInteger(value.labelEventId) ? { labelEventId: value.labelEventId } : {},
    ...isString(value.evaluatedChangeSet) ? { evaluatedChangeSet: value.evaluatedChangeSet } : {}
  };
}
function reconcileTicks(state, itemIds) {
  return { ...state, ticks: state.ticks.filter((tick) => itemIds.has(tick.item)) };
}
var STATE_REF = /<!-- soup-gate:state-ref check-run=(\d{1,20}) -->/;
function stateRefMarker(checkRunId) {
  return `<!-- soup-gate:state-ref check-run=${checkRunId} -->`;
}
function readStateRef(body) {
  const pointer = STATE_REF.exec(body);
  return pointer ? Number(pointer[1]) : void 0;
}
function addNote(state, at, text) {
  return { ...state, notes: [...state.notes, { at, text }].slice(-MAX_NOTES) };
}

// src/github/labels.ts
async function findLatestLabeling(client, repo, pr, label) {
  return (await findLatestLabelings(client, repo, pr, [label])).get(label);
}
async function findLabelActors(client, repo, pr, labels) {
  const found = await findLatestLabelings(client, repo, pr, labels);
  return new Map([...found].map(([label, labeling]) => [label, labeling.actor]));
}
async function findLatestLabelings(client, repo, pr, labels) {
  const found = /* @__PURE__ */ new Map();
  if (labels.length === 0) return found;
  const wanted = new Set(labels);
  const events = expectArray(
    await client.paginate(client.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 }),
    "the PR events"
  );
  for (const event of events) {
    const name = field(field(event, "label"), "name");
    const login = field(field(event, "actor"), "login");
    const id = field(event, "id");
    if (field(event, "event") === "labeled" && typeof name === "string" && wanted.has(name) && typeof login === "string" && typeof id === "number")
      found.set(name, { actor: login, eventId: id });
  }
  return found;
}
async function removeLabel(client, repo, pr, label) {
  await withPermission(`remove the label "${label}"`, "pull-requests: write", async () => {
    try {
      await client.rest.issues.removeLabel({ ...repo, issue_number: pr, name: label });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}

// src/app/gate-state.ts
async function loadGateState(client, repo, input) {
  const current = latestGateCheck(input.headRuns, input.botApp);
  if (current) return { state: decodeState(current.text, input.pr) ?? emptyState(input.pr), current };
  const body = await input.readComment();
  const pointer = body === void 0 ? void 0 : readStateRef(body);
  if (pointer !== void 0) {
    const previous = await getCheckRun(client, repo, pointer);
    const state = previous && isGateCheck(previous, input.botApp) ? decodeState(previous.text, input.pr) : void 0;
    if (state) return { state, current: void 0 };
  }
  return { state: emptyState(input.pr), current: void 0 };
}
async function readLatestGateState(client, repo, input) {
  const latest = latestGateCheck(await listCheckRuns(client, repo, input.sha), input.botApp);
  const state = latest ? decodeState(latest.text, input.pr) : void 0;
  return latest && state ? { state, runId: latest.id } : void 0;
}

// src/gate/evaluate.ts
function findTick(state, item) {
  return state.ticks.find((tick) => tick.item === item);
}
function evaluateGate(input) {
  const missing = [];
  let open = 0;
  let total = 0;
  for (const section of input.sections) {
    if (!section.gated) continue;
    const waiting = section.items.filter((item) => !findTick(input.state, item.id));
    total += section.items.length;
    open += waiting.length;
    if (waiting.length > 0) {
      missing.push(
        `${describeChange(section.change)}: ${waiting.length} of ${section.items.length} checklist items open`
      );
    }
  }
  const gatedChanges = input.sections.some((s) => s.gated);
  if (gatedChanges && input.evidence.required && !input.evidence.satisfied) {
    missing.push(`re-verification evidence: ${input.evidence.description}`);
  }
  if (gatedChanges && input.label.required) {
    if (!input.label.present) missing.push(`label ${code(input.label.name)} missing (${input.label.reason})`);
    else if (input.label.problem)
      missing.push(`label ${code(input.label.name)} does not count: ${input.label.problem}`);
  }
  missing.push(...input.blockers ?? []);
  return { passed: missing.length === 0, missing, open, total };
}

// src/documents/comment.ts
var COMMENT_MARKER = "<!-- soup-gate:comment v1 -->";
var MAX_COMMENT_CHARS = 65e3;
var MAX_BLOCKING_LINES = 25;
function tickLine(section, state) {
  return section.items.map((item) => {
    const tick = findTick(state, item.id);
    const who = tick ? ` \u2014 ${code(tick.by)}, ${escapeText(tick.at.slice(0, 10))}, at ${code(tick.sha.slice(0, 7))}` : "";
    return `- [${tick ? "x" : " "}] ${item.text}${who} <!-- soup-gate:item ${item.id} -->`;
  });
}
function renderSection(section, model, open) {
  const change = section.change;
  const dependency = change.direct === true ? "direct" : change.direct === false ? "transitive" : "direct or transitive unknown";
  const ticked = section.items.filter((item) => findTick(model.state, item.id)).length;
  const facts = model.facts?.get(section.key);
  return [
    `<details${open ? " open" : ""}><summary><b>${describeChange(change)}</b> (${dependency}, ${change.scope}, ${code(change.lockfile)}) \u2014 ${ticked}/${section.items.length} assessed</summary>`,
    "",
    ...facts ? [facts, ""] : [],
    ...tickLine(section, model.state),
    "",
    "</details>"
  ].join("\n");
}
function headline(model) {
  const gated = model.sections.filter((s) => s.gated).length;
  const all = model.sections.length;
  if (all === 0) return "## SOUP change control \u2014 no SOUP changes";
  return `## SOUP change control \u2014 ${gated} of ${all} change${all === 1 ? "" : "s"} need${gated === 1 ? "s" : ""} assessment`;
}
function status(model) {
  if (model.verdict.passed) return "**Gate: passed** \u2014 every required item is assessed";
  return `**Gate: blocked** \u2014 ${model.verdict.missing.length} thing${model.verdict.missing.length === 1 ? "" : "s"} missing`;
}
function globalItems(model) {
  if (!model.sections.some((s) => s.gated)) return [];
  const lines = ["**For the whole change** (checked by the bot, not by ticking)", ""];
  if (model.evidence.required)
    lines.push(`- ${model.evidence.satisfied ? "\u2705" : "\u23F3"} Re-verification: ${model.evidence.description}`);
  if (model.label.required) {
    const ok = model.label.present && !model.label.problem;
    lines.push(
      `- ${ok ? "\u2705" : "\u23F3"} Label ${code(model.label.name)} (required: ${model.label.reason})${model.label.problem ? ` \u2014 ${model.label.problem}` : ""}`
    );
  }
  return [...lines, ""];
}
function footer(model) {
  const notes = model.state.notes.slice(-5).map((note) => `- ${escapeText(note.at.slice(0, 16).replace("T", " "))}: ${note.text}`);
  return [
    ...notes.length > 0 ? ["**Recent bot actions**", "", ...notes, ""] : [],
    `<sub>Ticks count only from reviewers the policy authorises; other edits of this comment are reverted. A push that changes a package's target version clears that package's ticks. Evaluated at ${code(model.headSha.slice(0, 7))}.</sub>`
  ];
}
function renderComment(model) {
  const gated = model.sections.filter((s) => s.gated);
  const shown = model.verdict.missing.slice(0, MAX_BLOCKING_LINES).map((line) => `- ${line}`);
  const more = model.verdict.missing.length - shown.length;
  const blocking = model.verdict.missing.length > 0 ? [
    "**Still blocking**",
    "",
    ...shown,
    ...more > 0 ? [`- \u2026 and ${more} more (see the soup-gate check run)`] : [],
    ""
  ] : [];
  const head = [COMMENT_MARKER, headline(model), "", status(model), "", ...blocking];
  const changes = model.sections.map((s) => s.change);
  const table = changes.length > 0 ? [`${summarizeCounts(changes)}:`, "", renderChangesTable(changes), ""] : [];
  const openAll = gated.length <= 10;
  const sections = gated.map((section) => renderSection(section, model, openAll));
  const full = [
    ...head,
    ...table,
    ...sections.flatMap((s) => [s, ""]),
    ...globalItems(model),
    ...footer(model)
  ].join("\n");
  if (full.length <= MAX_COMMENT_CHARS) return { body: full, omitted: 0 };
  const where = model.detailUrl ? ` ([job summary](${model.detailUrl}))` : " (job summary of the soup-gate run)";
  const note = `_This comment is condensed: ${changes.length} changes are too many to show here. The full table is in the job summary${where}._`;
  const fixed = [...head, note, "", ...globalItems(model), ...footer(model)];
  let budget = MAX_COMMENT_CHARS - fixed.join("\n").length - 400;
  const kept = [];
  for (const section of gated) {
    const text = renderSection(section, model, false);
    if (text.length + 1 > budget) break;
    kept.push(text);
    budget -= text.length + 1;
  }
  const dropped = gated.length - kept.length;
  const overflow = dropped > 0 ? [
    `\u26A0\uFE0F ${dropped} gated change${dropped === 1 ? "" : "s"} do not fit in one comment and cannot be ticked here: split this PR.`,
    ""
  ] : [];
  return {
    body: [
      ...head,
      note,
      "",
      ...kept.flatMap((text) => [text, ""]),
      ...overflow,
      ...globalItems(model),
      ...footer(model)
    ].join("\n"),
    omitted: dropped
  };
}

// src/gate/sticky-comment.ts
function selectStickyComments(comments, identity) {
  return comments.filter((comment) => comment.author === identity.botLogin && comment.body.startsWith(identity.marker)).sort((a, b) => a.id - b.id);
}
function isSameBody(stored, body) {
  return stored.replace(/\r\n/g, "\n") === body;
}

// src/github/comments.ts
async function listIssueComments(client, repo, issue) {
  const comments = expectArray(
    await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 }),
    "the PR comments"
  );
  const found = [];
  for (const comment of comments) {
    const body = field(comment, "body");
    const id = field(comment, "id");
    const login = field(field(comment, "user"), "login");
    if (typeof body === "string" && typeof id === "number")
      found.push({ id, body, author: typeof login === "string" ? login : null });
  }
  return found;
}
async function createIssueComment(client, repo, issue, body) {
  await withPermission("write the PR comment", "pull-requests: write", async () => {
    await client.rest.issues.createComment({ ...repo, issue_number: issue, body });
  });
}
async function updateIssueComment(client, repo, id, body) {
  await withPermission("write the PR comment", "pull-requests: write", async () => {
    await client.rest.issues.updateComment({ ...repo, comment_id: id, body });
  });
}
async function tidyIssueComments(client, repo, tidy) {
  await withPermission("tidy duplicate PR comments", "pull-requests: write", async () => {
    for (const id of tidy.remove) {
      try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: id });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    if (tidy.update)
      await client.rest.issues.updateComment({ ...repo, comment_id: tidy.update.id, body: tidy.update.body });
  });
}

// src/app/sticky-comment.ts
function identityOf(botLogin) {
  return { botLogin, marker: COMMENT_MARKER };
}
async function listStickyComments(client, repo, pr, botLogin) {
  return selectStickyComments(await listIssueComments(client, repo, pr), identityOf(botLogin));
}
async function findStickyComment(client, repo, pr, botLogin) {
  return (await listStickyComments(client, repo, pr, botLogin))[0];
}
async function upsertStickyComment(client, repo, pr, existing, body) {
  if (existing && isSameBody(existing.body, body)) return "unchanged";
  if (existing) {
    await updateIssueComment(client, repo, existing.id, body);
    return "updated";
  }
  await createIssueComment(client, repo, pr, body);
  return "created";
}
async function removeDuplicateStickyComments(client, repo, pr, botLogin, body) {
  const [keep, ...extra] = await listStickyComments(client, repo, pr, botLogin);
  if (!keep || extra.length === 0) return 0;
  await tidyIssueComments(client, repo, {
    remove: extra.map((comment) => comment.id),
    ...isSameBody(keep.body, body) ? {} : { update: { id: keep.id, body } }
  });
  return extra.length;
}

export {
  checklistFacts,
  lookUpChanges,
  emptyState,
  encodeState,
  reconcileTicks,
  stateRefMarker,
  addNote,
  findLatestLabeling,
  findLabelActors,
  removeLabel,
  loadGateState,
  readLatestGateState,
  findTick,
  evaluateGate,
  renderComment,
  findStickyComment,
  upsertStickyComment,
  removeDuplicateStickyComments
};
