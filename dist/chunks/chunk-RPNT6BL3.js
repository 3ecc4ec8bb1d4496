import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  changeKey,
  enrichChanges,
  enrichmentFor,
  renderChangesTable,
  summarizeCounts
} from "./chunk-EQNWMKIC.js";
import {
  code,
  escapeText,
  isInScope,
  safeUrl
} from "./chunk-T56LFKXC.js";
import {
  expectArray,
  field,
  statusOf,
  withPermission
} from "./chunk-YTRLSDO5.js";

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

// src/gate/checklist.ts
import { createHash } from "node:crypto";
function itemId(key, kind) {
  return `${kind}-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}
function isGated(change, policy) {
  return isInScope(change, policy.scope);
}
function describeAnomalies(facts, version) {
  if (!facts?.anomalies)
    return `Known anomalies of ${code(version)} evaluated (not looked up: check the published list by hand)`;
  const { present, fixed } = facts.anomalies;
  const listed = present.length === 0 ? "none listed" : `${present.length} listed: ${present.slice(0, 5).map((id) => code(id)).join(", ")}${present.length > 5 ? ", \u2026" : ""}`;
  return `Known anomalies of ${code(version)} evaluated (${listed}${fixed.length > 0 ? `; ${fixed.length} fixed` : ""})`;
}
function describeRequirements(facts, register) {
  const ids = facts?.requirementIds ?? [];
  const which = ids.length > 0 ? ` (${ids.slice(0, 6).map((id) => code(id)).join(", ")})` : "";
  return `Requirements in ${code(register)} still met and re-verified${which}`;
}
function buildItems(change, policy, facts) {
  const key = changeKey(change);
  const item = (kind, text) => ({ id: itemId(key, kind), kind, text });
  const name = code(change.name);
  if (change.type === "removed") {
    return [
      item(
        "risk-controls",
        `Risk controls that relied on ${name} reviewed, and its register entry retired or kept for the remaining uses`
      )
    ];
  }
  const to = change.to ?? "";
  if (change.type === "added") {
    return [
      item(
        "register-entry",
        `Register entry for ${name} complete in ${code(policy.register)} (purpose, requirements, safety class, verification)`
      ),
      item("anomalies", describeAnomalies(facts, to)),
      item("failure-modes", `Failure modes of ${name} considered in the risk file`)
    ];
  }
  const link = facts?.compareUrl ? safeUrl(facts.compareUrl) : null;
  const items = [
    item(
      "release-notes",
      `Release notes ${code(change.from ?? "")} \u2192 ${code(to)} reviewed for safety-relevant behaviour changes${link ? ` ([compare](${link}))` : ""}`
    ),
    item("anomalies", describeAnomalies(facts, to)),
    item("requirements", describeRequirements(facts, policy.register))
  ];
  if (change.bump === "major") {
    items.push(
      item(
        "regulatory",
        `Regulatory significance of the major version change assessed (new SOUP version, 62304 8.1.2)`
      )
    );
  }
  if (change.bump === "downgrade") {
    items.push(item("downgrade", `Reason for the downgrade to ${code(to)} recorded`));
  }
  return items;
}
function buildChecklist(changes, policy, facts = /* @__PURE__ */ new Map()) {
  return changes.map((change) => {
    const key = changeKey(change);
    const gated = isGated(change, policy);
    return { change, key, gated, items: gated ? buildItems(change, policy, facts.get(key)) : [] };
  });
}
function digestChanges(changes) {
  const hash = createHash("sha256");
  for (const key of changes.map(changeKey).sort()) hash.update(key).update("\n");
  return hash.digest("hex").slice(0, 16);
}
function describeChange(change) {
  if (change.type === "added") return `${code(change.name)} new at ${code(change.to ?? "")}`;
  if (change.type === "removed") return `${code(change.name)} removed (was ${code(change.from ?? "")})`;
  return `${code(change.name)} ${code(change.from ?? "")} \u2192 ${code(change.to ?? "")}`;
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

// src/github/comments.ts
async function listStickyComments(client, repo, pr, botLogin) {
  const comments = expectArray(
    await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: pr, per_page: 100 }),
    "the PR comments"
  );
  const found = [];
  for (const comment of comments) {
    const body = field(comment, "body");
    const id = field(comment, "id");
    const login = field(field(comment, "user"), "login");
    if (typeof body === "string" && typeof id === "number" && login === botLogin && body.startsWith(COMMENT_MARKER)) {
      found.push({ id, body });
    }
  }
  return found.sort((a, b) => a.id - b.id);
}
async function findStickyComment(client, repo, pr, botLogin) {
  return (await listStickyComments(client, repo, pr, botLogin))[0];
}
async function removeDuplicateStickyComments(client, repo, pr, botLogin, body) {
  const [keep, ...extra] = await listStickyComments(client, repo, pr, botLogin);
  if (!keep || extra.length === 0) return 0;
  await withPermission("tidy duplicate PR comments", "pull-requests: write", async () => {
    for (const comment of extra) {
      try {
        await client.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    if (keep.body.replace(/\r\n/g, "\n") !== body)
      await client.rest.issues.updateComment({ ...repo, comment_id: keep.id, body });
  });
  return extra.length;
}
async function upsertStickyComment(client, repo, pr, existing, body) {
  if (existing && existing.body.replace(/\r\n/g, "\n") === body) return "unchanged";
  return withPermission("write the PR comment", "pull-requests: write", async () => {
    if (existing) {
      await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
      return "updated";
    }
    await client.rest.issues.createComment({ ...repo, issue_number: pr, body });
    return "created";
  });
}

// src/github/labels.ts
async function findLabelActor(client, repo, pr, label) {
  const events = expectArray(
    await client.paginate(client.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 }),
    "the PR events"
  );
  let actor;
  for (const event of events) {
    if (field(event, "event") === "labeled" && field(field(event, "label"), "name") === label) {
      const login = field(field(event, "actor"), "login");
      if (typeof login === "string") actor = login;
    }
  }
  return actor;
}
async function findLabelActors(client, repo, pr, labels) {
  const actors = /* @__PURE__ */ new Map();
  if (labels.length === 0) return actors;
  const wanted = new Set(labels);
  const events = expectArray(
    await client.paginate(client.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 }),
    "the PR events"
  );
  for (const event of events) {
    const name = field(field(event, "label"), "name");
    const login = field(field(event, "actor"), "login");
    if (field(event, "event") === "labeled" && typeof name === "string" && wanted.has(name) && typeof login === "string")
      actors.set(name, login);
  }
  return actors;
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

export {
  checklistFacts,
  lookUpChanges,
  isGated,
  buildChecklist,
  digestChanges,
  describeChange,
  findTick,
  evaluateGate,
  renderComment,
  findStickyComment,
  removeDuplicateStickyComments,
  upsertStickyComment,
  findLabelActor,
  findLabelActors,
  removeLabel
};
