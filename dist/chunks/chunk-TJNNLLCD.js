import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  allItemsBox,
  describeChange,
  isGated,
  itemId
} from "./chunk-HJYAJLF7.js";
import {
  describeChangeExtras,
  renderVaryingTable
} from "./chunk-BKKZHBMQ.js";
import {
  getCheckRun,
  listCheckRuns
} from "./chunk-BBOTMLWI.js";
import {
  renderEntryYaml
} from "./chunk-YYK67GNM.js";
import {
  findEntry,
  usableEvaluations,
  validateEntry
} from "./chunk-VJHV3ZWV.js";
import {
  checkEntryCompleteness,
  emptyRegister,
  parseRegister,
  registerLookupKey
} from "./chunk-GFDFZMAU.js";
import {
  getRefSha,
  readFileAt,
  statusOf,
  withPermission
} from "./chunk-GGFOJQIN.js";
import {
  commitCode
} from "./chunk-MQ3CZATB.js";
import {
  isGateCheck,
  latestGateCheck
} from "./chunk-3U2JT5LO.js";
import {
  expectArray,
  field
} from "./chunk-WQDGKKBB.js";
import {
  code,
  escapeText,
  fenceFor
} from "./chunk-PLLD3DQX.js";
import {
  enrichChanges,
  enrichmentFor
} from "./chunk-6LMVCX6W.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";
import {
  RegisterError,
  classifyAnomalies,
  formatProblem
} from "./chunk-FAVGVKZB.js";

// src/gate/facts.ts
function checklistFacts(changes, enrichment) {
  const facts = /* @__PURE__ */ new Map();
  if (!enrichment) return facts;
  for (const change of changes) {
    const entry = enrichmentFor(enrichment, change);
    if (!entry) continue;
    const notes = entry.releaseNotes?.tagGuessed === false ? entry.releaseNotes : void 0;
    const present = [...entry.anomalies?.introduced ?? [], ...entry.anomalies?.present ?? []].map(
      (a) => a.id
    );
    facts.set(changeKey(change), {
      ...notes ? { releaseNotes: { url: notes.url, kind: notes.kind } } : {},
      ...entry.anomalies ? { anomalies: { present, fixed: entry.anomalies.fixed.map((a) => a.id) } } : {}
    });
  }
  return facts;
}

// src/gate/register-entries.ts
function unevaluatedAnomalies(register, change, anomalies, today) {
  if (anomalies.length === 0) return [];
  const entry = findEntry(register, change.ecosystem, change.name);
  return classifyAnomalies(anomalies, usableEvaluations(register, entry), today).filter((c) => c.status !== "evaluated").map((c) => c.anomaly);
}
function yamlBlock(text) {
  if (/[<>&]/.test(text))
    return `<pre>${text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</pre>`;
  const fence = fenceFor(text);
  return `${fence}yaml
${text.replace(/\n$/, "")}
${fence}`;
}
function neededFor(safetyClass) {
  return safetyClass === "A" ? "at least its purpose" : "its purpose, requirements, prerequisites and verification";
}
function describeProblem(problem, key) {
  const prefix = `items.${JSON.stringify(key)}`;
  const field2 = problem.field === void 0 || problem.field === prefix ? void 0 : problem.field.startsWith(`${prefix}.`) ? problem.field.slice(prefix.length + 1) : problem.field;
  const where = [
    field2 !== void 0 ? code(field2) : void 0,
    problem.line !== void 0 ? `line ${problem.line}` : void 0
  ].filter(Boolean).join(", ");
  return `${where ? `${where}: ` : ""}${escapeText(problem.message, 300)}`;
}
function addRegisterFacts(facts, findings) {
  for (const [key, ids] of findings.requirementIds)
    facts.set(key, { ...facts.get(key), requirementIds: ids });
  for (const key of findings.complete) facts.set(key, { ...facts.get(key), registerComplete: true });
}
function checkRegisterEntries(register, changes, policy, today) {
  const findings = {
    blockers: [],
    notes: /* @__PURE__ */ new Map(),
    requirementIds: /* @__PURE__ */ new Map(),
    complete: /* @__PURE__ */ new Set()
  };
  for (const change of changes) {
    if (!isGated(change, policy) || change.type === "removed") continue;
    const key = changeKey(change);
    const validation = validateEntry(register, change.ecosystem, change.name, {
      today: today.toISOString().slice(0, 10)
    });
    const ids = validation.entry?.requirements.map((r) => r.id) ?? [];
    if (ids.length > 0) findings.requirementIds.set(key, ids);
    if (change.type !== "added") continue;
    const file = code(register.path);
    const name = code(change.name);
    const klass = escapeText(validation.safetyClass);
    if (validation.complete) {
      findings.complete.add(key);
      findings.notes.set(
        key,
        `**Register:** the entry for ${name} in ${file} is filled in for class ${klass}.`
      );
      continue;
    }
    if (!validation.entry) {
      findings.blockers.push(
        `${name} has no entry in ${file} yet: add one with ${neededFor(validation.safetyClass)} (the YAML to paste is under its change)`
      );
    } else {
      const problems2 = validation.problems.map((p) => describeProblem(p, validation.key));
      findings.blockers.push(
        `the entry for ${name} in ${file} is not complete: ${problems2[0] ?? "something is missing"}${problems2.length > 1 ? ` (and ${problems2.length - 1} more under its change)` : ""}`
      );
    }
    const yaml = validation.entry ? void 0 : renderEntryYaml(
      {
        ecosystem: change.ecosystem,
        name: change.name,
        version: change.to ?? "",
        lockfile: change.lockfile
      },
      { safetyClass: validation.safetyClass }
    );
    const problems = validation.problems.map((p) => describeProblem(p, validation.key));
    findings.notes.set(
      key,
      (yaml ? [
        `**Register:** ${name} has no entry in ${file} yet. As class ${klass} it needs ${neededFor(validation.safetyClass)}. Add this under <code>items:</code> and replace every TODO:`,
        "",
        yamlBlock(yaml)
      ] : [
        `**Register:** the entry for ${name} in ${file} is not complete for class ${klass}:`,
        "",
        ...problems.slice(0, 5).map((p) => `- ${p}`),
        ...problems.length > 5 ? [`- and ${problems.length - 5} more`] : []
      ]).join("\n")
    );
  }
  return findings;
}
var CLASS_RANK = { A: 0, B: 1, C: 2 };
function stricter(a, b) {
  return CLASS_RANK[a] >= CLASS_RANK[b] ? a : b;
}
function sameEvaluation(a, b) {
  return a.id === b.id && a.state === b.state && a.justification === b.justification && a.reason === b.reason && a.by === b.by && a.on === b.on && a.expires === b.expires;
}
function describeEvaluation(evaluation) {
  const parts = [
    evaluation.state,
    evaluation.by ? `by ${evaluation.by}` : void 0,
    evaluation.expires ? `expires ${evaluation.expires}` : void 0
  ].filter(Boolean);
  return `${code(evaluation.id, 80)}${parts.length > 0 ? ` (${escapeText(parts.join(", "), 160)})` : ""}`;
}
function keepBaseTests(head, base) {
  const proposed = [];
  const requirements = head.map((r) => ({ ...r }));
  for (const was of base) {
    if (!was.tests || was.tests.length === 0) continue;
    const now = requirements.find((r) => r.id.trim() === was.id.trim());
    if (!now) {
      requirements.push({ ...was });
      proposed.push(`removal of requirement ${code(was.id, 60)}; its tests still count until then`);
      continue;
    }
    const dropped = was.tests.filter((t) => !(now.tests ?? []).includes(t));
    if (dropped.length === 0) continue;
    now.tests = [...now.tests ?? [], ...dropped];
    proposed.push(
      `removal of ${dropped.slice(0, 3).map((t) => code(t, 80)).join(
        ", "
      )}${dropped.length > 3 ? ` and ${dropped.length - 3} more` : ""} from the tests of ${code(was.id, 60)}; they still count until then`
    );
  }
  return { requirements, proposed };
}
function settleEntry(head, base, defaults) {
  const proposed = [];
  const kept = base?.anomalies ?? [];
  for (const evaluation of head.anomalies) {
    if (kept.some((b) => sameEvaluation(b, evaluation))) continue;
    const before = kept.find((b) => b.id.trim().toUpperCase() === evaluation.id.trim().toUpperCase());
    proposed.push(
      before ? `evaluation of ${code(evaluation.id, 80)} changed to ${describeEvaluation(evaluation)}; the base branch's ${describeEvaluation(before)} counts until then` : `evaluation of ${describeEvaluation(evaluation)}`
    );
  }
  let safetyClass = head.safetyClass;
  if (base) {
    const was = base.safetyClass ?? defaults.base;
    const now = head.safetyClass ?? defaults.head;
    if (stricter(was, now) !== now) {
      safetyClass = was;
      proposed.push(
        `safety class ${escapeText(was)} \u2192 ${escapeText(now)}; class ${escapeText(was)} counts until then`
      );
    }
  }
  const tested = keepBaseTests(head.requirements, base?.requirements ?? []);
  proposed.push(...tested.proposed);
  const entry = { ...head, requirements: tested.requirements, anomalies: [...kept] };
  if (safetyClass !== void 0) entry.safetyClass = safetyClass;
  else delete entry.safetyClass;
  return { entry, proposed };
}
function recheck(path, entry, defaults) {
  return { ...entry, problems: checkEntryCompleteness(path, entry, defaults) };
}
var MAX_NOTICES = 10;
function settleRegister(sides, changes) {
  const { base, head } = sides;
  const defaults = { base: base.defaults.safetyClass, head: head.defaults.safetyClass };
  const settledDefaults = { ...head.defaults, safetyClass: stricter(defaults.base, defaults.head) };
  const entries = /* @__PURE__ */ new Map();
  const proposed = /* @__PURE__ */ new Map();
  for (const [key, entry] of head.entries) {
    const settled = settleEntry(entry, base.entries.get(key), defaults);
    entries.set(key, recheck(head.path, settled.entry, settledDefaults));
    if (settled.proposed.length > 0) proposed.set(key, settled.proposed);
  }
  const path = code(head.path);
  const notices = [];
  if (sides.deleted)
    notices.push(
      `This PR deletes the register ${path}: none of its entries or evaluations counts for the changes here, and on merge the SOUP list loses every register field.`
    );
  if (sides.baseProblem)
    notices.push(
      `The base branch's register could not be read (${sides.baseProblem}): no anomaly evaluation counts until it is fixed there.`
    );
  if (settledDefaults.safetyClass !== defaults.head) {
    notices.push(
      `Proposed in this PR: ${path} ${code("defaults.safety-class")} ${escapeText(defaults.base)} \u2192 ${escapeText(defaults.head)}; class ${escapeText(defaults.base)} counts until it is on the base branch.`
    );
  }
  const changed = new Set(changes.map((c) => registerLookupKey(c.ecosystem, c.name)));
  const others = [...proposed].filter(([key]) => !changed.has(key)).map(([key, lines]) => `${code(entries.get(key)?.key ?? key)}: ${lines.join("; ")}`);
  if (others.length > 0) {
    notices.push(
      `Proposed in this PR for packages it does not change, in ${path} (counts once it is on the base branch): ${others.slice(0, MAX_NOTICES).join(" \u2014 ")}${others.length > MAX_NOTICES ? ` \u2014 and ${others.length - MAX_NOTICES} more entries` : ""}`
    );
  }
  return { register: { ...head, defaults: settledDefaults, entries }, proposed, notices };
}
function proposedFor(settled, change, labelName) {
  const lines = settled.proposed.get(registerLookupKey(change.ecosystem, change.name));
  if (!lines) return void 0;
  return `register, proposed in this PR (counts only once it is on the base branch; meanwhile a reviewer's ${code(labelName)} label covers the anomalies): ${lines.join("; ")}`;
}

// src/github/tags.ts
async function tagExists(client, repo, tag) {
  return await getRefSha(client, repo, `tags/${tag}`) !== void 0;
}

// src/app/look-up.ts
var GITHUB_COM = "https://github.com";
function lookUpChanges(context, changes, policy) {
  const { client, config, io } = context;
  return enrichChanges(changes, {
    fetch: globalThis.fetch,
    osvUrl: config.osvUrl,
    depsDevUrl: config.depsDevUrl,
    licencePolicy: {
      allow: policy.licences.allow,
      deny: policy.licences.deny,
      unknown: policy.licences.unknown
    },
    ...config.serverUrl === GITHUB_COM ? { tagExists: (repo, tag) => tagExists(client, repo, tag) } : {},
    onProgress: io.info
  });
}

// src/app/register-check.ts
async function loadRegister(client, repo, sha, path) {
  const text = await readFileAt(client, repo, sha, path);
  if (text === void 0) return { register: emptyRegister(path), exists: false };
  try {
    return { register: parseRegister(path, text, { allowIncomplete: true }), exists: true };
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    const first = error.problems[0];
    return {
      register: emptyRegister(path),
      exists: true,
      blocker: `register ${code(path)} is invalid (${error.problems.length} problem(s)), first: ${code(first ? formatProblem(first) : error.message, 300)}`
    };
  }
}
async function loadRegisterSides(client, repo, pr, path) {
  const base = await loadRegister(client, repo, pr.baseSha, path);
  const head = await loadRegister(client, repo, pr.headSha, path);
  return {
    sides: {
      base: base.register,
      head: head.register,
      deleted: base.exists && !head.exists,
      ...base.blocker ? { baseProblem: base.blocker } : {}
    },
    ...head.blocker ? { blocker: head.blocker } : {}
  };
}

// src/gate/shown-wording.ts
import { createHash } from "node:crypto";
var SHOWN_IDS = 5;
var MAX_URL = 2e3;
var MAX_ID = 500;
var MAX_COUNT = 1e5;
var KINDS = ["compare", "release", "releases", "changelog"];
function digest(parts) {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\n");
  return hash.digest("base64url").slice(0, 12);
}
function gatedSections(sections) {
  return sections.filter((s) => s.gated).sort((x, y) => x.key < y.key ? -1 : x.key > y.key ? 1 : 0);
}
function digestLabels(section) {
  return digest(section.items.map((item) => item.text));
}
function recordShownWording(sections, facts) {
  const gated = gatedSections(sections);
  return {
    set: digest(gated.map((s) => s.key)),
    changes: gated.map((section) => {
      const known = facts.get(section.key);
      const notes = known?.releaseNotes;
      const anomalies = known?.anomalies;
      return {
        d: digestLabels(section),
        ...notes ? { r: [notes.kind, notes.url] } : {},
        ...anomalies ? {
          a: [
            anomalies.present.length,
            anomalies.fixed.length,
            ...anomalies.present.slice(0, SHOWN_IDS),
            ...anomalies.fixed.slice(0, SHOWN_IDS)
          ]
        } : {}
      };
    })
  };
}
function factsOf(entry) {
  const facts = {};
  if (entry.r) facts.releaseNotes = { kind: entry.r[0], url: entry.r[1] };
  if (entry.a) {
    const [present, fixed, ...ids] = entry.a;
    const named = Math.min(present, SHOWN_IDS);
    const presentIds = ids.slice(0, named);
    const fixedIds = ids.slice(named);
    facts.anomalies = {
      present: [...presentIds, ...Array(present - presentIds.length).fill("")],
      fixed: [...fixedIds, ...Array(Math.max(0, fixed - fixedIds.length)).fill("")]
    };
  }
  return facts;
}
function shownFacts(shown, sections) {
  if (!shown) return void 0;
  const gated = gatedSections(sections);
  if (shown.set !== digest(gated.map((s) => s.key)) || shown.changes.length !== gated.length)
    return void 0;
  return new Map(
    gated.map((s, i) => [s.key, { facts: factsOf(shown.changes[i]), digest: shown.changes[i].d }])
  );
}
function isCount(value) {
  return Number.isSafeInteger(value) && value >= 0;
}
function readShownChange(raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return void 0;
  const { d, r, a } = raw;
  if (typeof d !== "string" || d.length > 64) return void 0;
  const entry = { d };
  if (r !== void 0) {
    if (!Array.isArray(r) || r.length !== 2 || !KINDS.includes(r[0]) || typeof r[1] !== "string" || r[1].length > MAX_URL)
      return void 0;
    entry.r = [r[0], r[1]];
  }
  if (a !== void 0) {
    if (!Array.isArray(a) || a.length < 2 || a.length > 2 + 2 * SHOWN_IDS) return void 0;
    const [present, fixed, ...ids] = a;
    if (!isCount(present) || !isCount(fixed) || present > MAX_COUNT || fixed > MAX_COUNT || ids.length !== Math.min(present, SHOWN_IDS) + Math.min(fixed, SHOWN_IDS))
      return void 0;
    if (!ids.every((id) => typeof id === "string" && id.length <= MAX_ID)) return void 0;
    entry.a = [present, fixed, ...ids];
  }
  return entry;
}
function readShownWording(raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return void 0;
  const { set, changes } = raw;
  if (typeof set !== "string" || set.length > 64 || !Array.isArray(changes) || changes.length > MAX_COUNT)
    return void 0;
  const read = [];
  for (const change of changes) {
    const entry = readShownChange(change);
    if (!entry) return void 0;
    read.push(entry);
  }
  return { set, changes: read };
}

// src/gate/state.ts
var MAX_REVERIFIED_CHANGES = 200;
var MAX_REVERIFIED_REQUIREMENTS = 50;
var MARKER = "soup-gate:state";
var OUTPUT_FIELD_LIMIT = 65535;
var MAX_STRING = 500;
var MAX_NOTES = 10;
var MAX_V1_CHARS = OUTPUT_FIELD_LIMIT;
function emptyState(pr) {
  return { version: 1, pr, ticks: [], notes: [] };
}
function isString(value) {
  return typeof value === "string" && value.length <= MAX_STRING;
}
function decodeState(text, pr) {
  const match = new RegExp(`<!-- ${MARKER} ([A-Za-z0-9_-]{1,${MAX_V1_CHARS}}) -->`).exec(text);
  if (!match) return void 0;
  let raw;
  try {
    raw = JSON.parse(Buffer.from(match[1], "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
  return readStateObject(raw, pr);
}
function readStateObject(raw, pr) {
  const value = raw;
  if (!value || value.version !== 1 || value.pr !== pr || !Array.isArray(value.ticks) || !Array.isArray(value.notes)) {
    return void 0;
  }
  const ticks = value.ticks.filter(
    (t) => !!t && typeof t === "object" && isString(t.item) && isString(t.by) && isString(t.at) && isString(t.sha) && isString(t.target)
  );
  const shown = value.shown === void 0 ? void 0 : readShownWording(value.shown);
  const notes = value.notes.filter(
    (n) => !!n && typeof n === "object" && isString(n.at) && isString(n.text)
  );
  return {
    version: 1,
    pr,
    ticks: ticks.map(({ item, by, at, sha, target }) => ({ item, by, at, sha, target })),
    notes: notes.map(({ at, text }) => ({ at, text })),
    ...isString(value.labelledChangeSet) ? { labelledChangeSet: value.labelledChangeSet } : {},
    ...Number.isSafeInteger(value.labelEventId) ? { labelEventId: value.labelEventId } : {},
    ...isString(value.evaluatedChangeSet) ? { evaluatedChangeSet: value.evaluatedChangeSet } : {},
    ...shown ? { shown } : {},
    .../* @__PURE__ */ ((reverified) => reverified ? { reverified } : {})(readReverified(value.reverified))
  };
}
function readReverified(raw) {
  const value = raw;
  if (!value || !isString(value.run) || !isString(value.sha) || !isString(value.artifact)) return void 0;
  if (!Array.isArray(value.changes)) return void 0;
  const changes = [];
  for (const change of value.changes.slice(0, MAX_REVERIFIED_CHANGES)) {
    const c = change;
    if (!c || typeof c.target !== "string" || c.target.length > 1e4 || !Array.isArray(c.requirements))
      continue;
    const requirements = c.requirements.slice(0, MAX_REVERIFIED_REQUIREMENTS).filter(
      (r) => !!r && isString(r.id) && isString(r.verdict) && Number.isSafeInteger(r.tests)
    ).map(({ id, verdict, tests }) => ({ id, verdict, tests }));
    changes.push({ target: c.target, requirements });
  }
  return {
    run: value.run,
    sha: value.sha,
    artifact: value.artifact,
    changes,
    ...Number.isSafeInteger(value.omitted) ? { omitted: value.omitted } : {}
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

// src/gate/ticks.ts
function ownersOf(sections) {
  const owners = /* @__PURE__ */ new Map();
  for (const section of sections) {
    for (const item of section.items) owners.set(item.id, { section, all: false });
    const all = allItemsBox(section);
    if (all !== void 0) owners.set(all, { section, all: true });
  }
  return owners;
}
function addedByAllBox(tick, all) {
  return tick.by === all.by && tick.at === all.at && tick.sha === all.sha && tick.target === all.target;
}
function applyToggle(state, toggle, owner, context) {
  const section = owner.section;
  const allId = allItemsBox(section);
  const stamp = (item) => ({
    item,
    by: context.actor,
    at: context.at,
    sha: context.headSha,
    target: section.key
  });
  if (!owner.all) {
    const without = state.ticks.filter((tick) => tick.item !== toggle.item);
    if (toggle.checked) return { ...state, ticks: [...without, stamp(toggle.item)] };
    return { ...state, ticks: without.filter((tick) => tick.item !== allId) };
  }
  const allTick = state.ticks.find((tick) => tick.item === toggle.item);
  if (toggle.checked) {
    const ticked = new Set(state.ticks.map((tick) => tick.item));
    const open = section.items.filter((item) => !ticked.has(item.id)).map((item) => stamp(item.id));
    return {
      ...state,
      ticks: [...state.ticks.filter((tick) => tick.item !== toggle.item), ...open, stamp(toggle.item)]
    };
  }
  if (allTick === void 0) return state;
  const items = new Set(section.items.map((item) => item.id));
  return {
    ...state,
    ticks: state.ticks.filter(
      (tick) => tick.item !== toggle.item && !(items.has(tick.item) && addedByAllBox(tick, allTick))
    )
  };
}
function applyTicks(state, edit, context) {
  const owners = ownersOf(context.sections);
  let next = state;
  let accepted = 0;
  let rejected = 0;
  const known = edit.toggles.filter((toggle) => owners.has(toggle.item));
  if (context.refusal !== null && known.length > 0) {
    rejected = known.length;
    next = addNote(
      next,
      context.at,
      `${known.length} ${known.length === 1 ? "checkbox change" : "checkbox changes"} by ${code(context.actor)} reverted: ${context.refusal}`
    );
  } else {
    const ordered = [
      ...known.filter((toggle) => !owners.get(toggle.item).all),
      ...known.filter((toggle) => owners.get(toggle.item).all)
    ];
    for (const toggle of ordered) {
      next = applyToggle(next, toggle, owners.get(toggle.item), context);
      accepted++;
    }
  }
  if (edit.otherEdits) {
    next = addNote(
      next,
      context.at,
      `an edit by ${code(context.actor)} to this comment's text was reverted (only checkboxes may change)`
    );
  }
  return { state: next, accepted, rejected };
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
    await client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/events", {
      ...repo,
      issue_number: pr,
      per_page: 100
    }),
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
      await client.request("DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}", {
        ...repo,
        issue_number: pr,
        name: label
      });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}

// src/gate/state-record.ts
var MARKER2 = "soup-gate:state";
var SUMMARY_ROOM = 4e3;
var PART_FRAME = 64;
var TEXT_RECORD_ROOM = OUTPUT_FIELD_LIMIT - PART_FRAME;
var SUMMARY_RECORD_ROOM = OUTPUT_FIELD_LIMIT - SUMMARY_ROOM - PART_FRAME;
var RECORD_CAPACITY = TEXT_RECORD_ROOM + SUMMARY_RECORD_ROOM;
var NEW_TICKS_CAPACITY = RECORD_CAPACITY - 2e3;
var MAX_PACKED_BYTES = 8e6;
var MAX_TICKS = 1e5;
var MAX_TARGET = 1e4;
function isIndex(value, size) {
  return Number.isInteger(value) && value >= 0 && value < size;
}
var CANONICAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
var KIND_OF_ID = /^([a-z][a-z-]{0,39})-[0-9a-f]{16}$/;
function dictionary(values) {
  const list = [...new Set(values)];
  return { list, index: new Map(list.map((value, i) => [value, i])) };
}
function otherFields(state) {
  const { version: _version, pr: _pr, ticks: _ticks, notes: _notes, ...other } = state;
  return other;
}
function packState(state) {
  const targets = [...new Set(state.ticks.map((tick) => tick.target))].sort();
  const targetIndex = new Map(targets.map((target, i) => [target, i]));
  const ticks = [...state.ticks].sort((x, y) => targetIndex.get(x.target) - targetIndex.get(y.target));
  const logins = dictionary(ticks.map((tick) => tick.by));
  const shas = dictionary(ticks.map((tick) => tick.sha));
  const kinds = [];
  const kindIndex = /* @__PURE__ */ new Map();
  const counts = targets.map(() => 0);
  const k = [];
  const a = [];
  let previous = 0;
  for (const tick of ticks) {
    counts[targetIndex.get(tick.target)]++;
    const kind = KIND_OF_ID.exec(tick.item)?.[1];
    if (kind !== void 0 && itemId(tick.target, kind) === tick.item) {
      if (!kindIndex.has(kind)) kindIndex.set(kind, kinds.push(kind) - 1);
      k.push(kindIndex.get(kind));
    } else {
      k.push(tick.item);
    }
    const ms = Date.parse(tick.at);
    if (CANONICAL_TIME.test(tick.at) && new Date(ms).toISOString() === tick.at) {
      a.push(ms - previous);
      previous = ms;
    } else {
      a.push(tick.at);
    }
  }
  return {
    v: 2,
    pr: state.pr,
    x: otherFields(state),
    n: state.notes.slice(-MAX_NOTES).map((note) => [note.at, note.text]),
    T: targets,
    K: kinds,
    B: logins.list,
    S: shas.list,
    c: counts,
    k,
    b: ticks.map((tick) => logins.index.get(tick.by)),
    s: ticks.map((tick) => shas.index.get(tick.sha)),
    a
  };
}
function isStringList(value, max = MAX_STRING) {
  return Array.isArray(value) && value.every((x) => typeof x === "string" && x.length <= max);
}
function unpackState(raw, pr) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return void 0;
  const p = raw;
  if (p.v !== 2 || p.pr !== pr) return void 0;
  const { T, K, B, S, c, k, b, s, a, n } = p;
  if (!isStringList(T, MAX_TARGET) || !isStringList(K) || !isStringList(B) || !isStringList(S))
    return void 0;
  if (!K.every((kind) => /^[a-z][a-z-]{0,39}$/.test(kind))) return void 0;
  if (!Array.isArray(c) || c.length !== T.length || !c.every((x) => Number.isInteger(x) && x >= 0))
    return void 0;
  const total = c.reduce((sum, x) => sum + x, 0);
  if (total > MAX_TICKS) return void 0;
  if (![k, b, s, a].every((column) => Array.isArray(column) && column.length === total)) return void 0;
  if (!Array.isArray(n) || n.length > MAX_NOTES) return void 0;
  if (!p.x || typeof p.x !== "object" || Array.isArray(p.x)) return void 0;
  const notes = [];
  for (const note of n) {
    if (!Array.isArray(note) || note.length !== 2 || !isString(note[0]) || !isString(note[1]))
      return void 0;
    notes.push({ at: note[0], text: note[1] });
  }
  const ticks = [];
  let previous = 0;
  let next = 0;
  for (let t = 0; t < T.length; t++) {
    const target = T[t];
    for (let i = 0; i < c[t]; i++, next++) {
      const kind = k[next];
      const by = b[next];
      const sha = s[next];
      const time = a[next];
      let item;
      if (isIndex(kind, K.length)) item = itemId(target, K[kind]);
      else if (isString(kind)) item = kind;
      else return void 0;
      if (!isIndex(by, B.length) || !isIndex(sha, S.length)) return void 0;
      let at;
      if (typeof time === "number" && Number.isInteger(time)) {
        previous += time;
        if (Math.abs(previous) > 864e13) return void 0;
        at = new Date(previous).toISOString();
      } else if (isString(time)) at = time;
      else return void 0;
      ticks.push({ item, by: B[by], at, sha: S[sha], target });
    }
  }
  const other = readStateObject({ ...p.x, version: 1, pr, ticks: [], notes: [] }, pr);
  return other && { ...other, ticks, notes };
}
function encodeStateRecord(state, compression) {
  const packed = Buffer.from(JSON.stringify(packState(state)), "utf8");
  return Buffer.from(compression.compress(packed)).toString("base64url");
}
function frame(part, parts, total, data) {
  return `<!-- ${MARKER2} v2 part ${part}/${parts} of ${total} ${data} -->`;
}
function shortenSummary(summary, room) {
  if (summary.length <= room) return summary;
  const note = "\n\n_\u2026 cut here to make room for the tick record; the PR comment and the job summary list the rest._";
  const cut = summary.slice(0, room - note.length);
  const line = cut.lastIndexOf("\n");
  return `${line > 0 ? cut.slice(0, line) : cut}${note}`;
}
function layOutStateOutput(record, summary) {
  if (record.length > RECORD_CAPACITY) return void 0;
  if (record.length <= TEXT_RECORD_ROOM) {
    return {
      text: frame(1, 1, record.length, record),
      summary: shortenSummary(summary, OUTPUT_FIELD_LIMIT)
    };
  }
  const rest = frame(2, 2, record.length, record.slice(TEXT_RECORD_ROOM));
  return {
    text: frame(1, 2, record.length, record.slice(0, TEXT_RECORD_ROOM)),
    summary: `${shortenSummary(summary, OUTPUT_FIELD_LIMIT - rest.length - 1)}
${rest}`
  };
}
var PART = /<!-- soup-gate:state v2 part ([12])\/([12]) of (\d{1,7}) ([A-Za-z0-9_-]+) -->/;
function readPart(field2) {
  if (field2.length > OUTPUT_FIELD_LIMIT) return void 0;
  const match = PART.exec(field2);
  if (!match) return void 0;
  return { part: Number(match[1]), parts: Number(match[2]), total: Number(match[3]), data: match[4] };
}
function decodeStateOutput(output, pr, compression) {
  const first = readPart(output.text);
  if (!first) return decodeState(output.text, pr);
  if (first.part !== 1) return void 0;
  let record = first.data;
  if (first.parts === 2) {
    const second = readPart(output.summary);
    if (!second || second.part !== 2 || second.parts !== 2 || second.total !== first.total) return void 0;
    record += second.data;
  }
  if (record.length !== first.total || record.length > RECORD_CAPACITY) return void 0;
  try {
    const packed = compression.decompress(Buffer.from(record, "base64url"), MAX_PACKED_BYTES);
    return unpackState(JSON.parse(Buffer.from(packed).toString("utf8")), pr);
  } catch {
    return void 0;
  }
}

// src/app/gate-state.ts
import { deflateRawSync, inflateRawSync } from "node:zlib";
var STATE_COMPRESSION = {
  compress: (bytes) => deflateRawSync(bytes, { level: 9 }),
  decompress: (bytes, maxBytes) => inflateRawSync(bytes, { maxOutputLength: maxBytes })
};
function readGateRunState(run, pr) {
  return decodeStateOutput({ text: run.text, summary: run.summary }, pr, STATE_COMPRESSION);
}
async function loadGateState(client, repo, input) {
  const current = latestGateCheck(input.headRuns, input.botApp);
  if (current) return { state: readGateRunState(current, input.pr) ?? emptyState(input.pr), current };
  const body = await input.readComment();
  const pointer = body === void 0 ? void 0 : readStateRef(body);
  if (pointer !== void 0) {
    const previous = await getCheckRun(client, repo, pointer);
    const state = previous && isGateCheck(previous, input.botApp) ? readGateRunState(previous, input.pr) : void 0;
    if (state) return { state, current: void 0 };
  }
  return { state: emptyState(input.pr), current: void 0 };
}
async function readLatestGateState(client, repo, input) {
  const latest = latestGateCheck(await listCheckRuns(client, repo, input.sha), input.botApp);
  const state = latest ? readGateRunState(latest, input.pr) : void 0;
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
  const blockers = [...input.blockers ?? []];
  missing.push(...blockers);
  return { passed: missing.length === 0, missing, open, total, blockers };
}

// src/documents/comment-verdict.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function notGatedReason(change, scope) {
  if (change.scope === "dev" && !(scope?.includeDev ?? false)) return "dev-only";
  if (change.direct === false && (scope?.dependencies ?? "direct") === "direct") return "transitive";
  return "out-of-scope";
}
function describeScope(scope) {
  if (!scope) return "";
  const which = scope.dependencies === "direct" ? "direct" : "all";
  return `; the policy gates ${which} ${scope.includeDev ? "runtime and dev" : "runtime"} dependencies`;
}
function describeListed(listed, scope) {
  const counts = /* @__PURE__ */ new Map();
  for (const section of listed) {
    const reason = notGatedReason(section.change, scope);
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  if (counts.size === 1) return plural(listed.length, `${[...counts.keys()][0]} change`);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`);
  return `${plural(listed.length, "change")} (${parts.join(", ")})`;
}
function joinWords(words) {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
function assessedBy(model, gated) {
  const ticks = gated.flatMap((s) => s.items.map((item) => findTick(model.state, item.id)));
  const present = ticks.filter((t) => t !== void 0);
  if (present.length === 0) return "";
  const people = [...new Set(present.map((t) => t.by))].sort();
  const shas = [...new Set(present.map((t) => t.sha.slice(0, 7)))];
  const who = people.length > 3 ? `${plural(people.length, "reviewer")}` : joinWords(people.map((p) => code(`@${p}`)));
  const where = shas.length > 3 ? `${shas.length} commits` : joinWords(shas.map((s) => code(s)));
  return ` by ${who} at ${where}`;
}
function otherBlockers(model) {
  return model.verdict.blockers ?? [];
}
function layoutOf(model) {
  const gated = model.sections.filter((s) => s.gated);
  const listed = model.sections.filter((s) => !s.gated);
  const openIn = (s) => s.items.filter((item) => !findTick(model.state, item.id)).length;
  const waiting = gated.filter((s) => openIn(s) > 0);
  const open = waiting.reduce((n, s) => n + openIn(s), 0);
  const some = gated.length > 0;
  return {
    gated,
    listed,
    waiting,
    open,
    evidenceWanted: some && model.evidence.required && !model.evidence.satisfied,
    labelWanted: some && model.label.required && (!model.label.present || model.label.problem !== void 0)
  };
}
function splitReason(model, layout, tooLarge) {
  if (tooLarge)
    return `${plural(layout.gated.length, "gated change")} need more checkboxes than one GitHub comment can carry`;
  const reasons = model.unpassable ?? [];
  return reasons.length > 0 ? reasons.join("; ") : null;
}
function verdictLine(model, layout, split) {
  const { gated, listed } = layout;
  if (split !== null) return `\u26D4 Blocked \u2014 ${split}; split this PR`;
  if (model.sections.length === 0) return model.verdict.passed ? "\u2705 No SOUP changes" : "\u26D4 Blocked";
  if (model.verdict.passed) {
    const notGated = listed.length > 0 ? `; ${listed.length} not gated by policy` : "";
    if (gated.length === 0)
      return `\u2705 Nothing to assess \u2014 ${describeListed(listed, model.scope)}${describeScope(model.scope)}`;
    return `\u2705 Passed \u2014 ${plural(gated.length, "gated change")} assessed${assessedBy(model, gated)}${notGated}`;
  }
  const parts = [];
  if (layout.open > 0) {
    const items = plural(layout.open, "item");
    parts.push(
      layout.waiting.length === 1 ? `${items} open for ${describeChange(layout.waiting[0].change)}` : `${items} open across ${layout.waiting.length} changes`
    );
  }
  if (layout.evidenceWanted) parts.push(`re-verification ${model.evidence.description}`);
  if (layout.labelWanted)
    parts.push(
      model.label.present ? `label ${code(model.label.name)} does not count` : `label ${code(model.label.name)} missing`
    );
  const others = otherBlockers(model).length;
  if (others > 0) parts.push(`${plural(others, "other blocker")} below`);
  if (parts.length === 0) parts.push(`${plural(model.verdict.missing.length, "thing")} missing`);
  return `\u26D4 Blocked \u2014 ${parts.join("; ")}`;
}

// src/documents/comment.ts
var COMMENT_MARKER = "<!-- soup-gate:comment v1 -->";
var MAX_COMMENT_CHARS = 65e3;
var MAX_BLOCKING_LINES = 10;
function checkbox(id, text, state, repoUrl) {
  const tick = findTick(state, id);
  const who = tick ? ` \u2014 ${code(tick.by)}, ${escapeText(tick.at.slice(0, 10))}, at ${commitCode(tick.sha, repoUrl)}` : "";
  return `- [${tick ? "x" : " "}] ${text}${who} <!-- soup-gate:item ${id} -->`;
}
function tickLine(section, state, repoUrl, allBoxes) {
  const box = allBoxes ? allItemsBox(section) : void 0;
  const all = box !== void 0 && (findTick(state, box) || section.items.some((item) => !findTick(state, item.id))) ? box : void 0;
  return [
    ...section.items.map((item) => checkbox(item.id, item.text, state, repoUrl)),
    ...all !== void 0 ? [
      checkbox(
        all,
        `All of the above for ${code(section.change.name)} (${findTick(state, all) ? "unticking it removes only the ticks it added" : "the bot ticks each open box in your name"})`,
        state,
        repoUrl
      )
    ] : []
  ];
}
function renderSection(section, model, open, row = false, allBoxes = true) {
  const change = section.change;
  const dependency = change.direct === true ? "direct" : change.direct === false ? "transitive" : "direct or transitive unknown";
  const ticked = section.items.filter((item) => findTick(model.state, item.id)).length;
  const facts = model.facts?.get(section.key);
  const extras = row ? describeChangeExtras(change) : { bump: null, detail: null };
  const bump = extras.bump !== null ? `${extras.bump}, ` : "";
  return [
    `<details${open ? " open" : ""}><summary><b>${describeChange(change)}</b> (${bump}${dependency}, ${change.scope}, ${code(change.lockfile)}) \u2014 ${ticked}/${section.items.length} assessed</summary>`,
    "",
    ...extras.detail !== null ? [extras.detail, ""] : [],
    ...facts ? [facts, ""] : [],
    ...tickLine(section, model.state, model.repoUrl, allBoxes),
    "",
    "</details>"
  ].join("\n");
}
var WHY_TICK_AND_LABEL = "Both are needed: a package's anomalies box records who read its anomalies; the label records that a reviewer accepts the ones the register does not evaluate yet, for exactly these changes (the bot removes it if they change).";
function todo(model, layout) {
  if (model.verdict.passed) return [];
  const steps = [];
  if (layout.open > 0) {
    const which = layout.waiting.length === 1 ? "the change below" : `the ${layout.waiting.length} changes below`;
    steps.push(
      `assess ${which} and tick ${layout.open === 1 ? "its open box" : `the ${layout.open} open boxes`}`
    );
  }
  if (layout.labelWanted)
    steps.push(
      model.label.problem ? `have a reviewer apply ${code(model.label.name)} again (${model.label.problem})` : `apply ${code(model.label.name)} once reviewed (required: ${model.label.reason})`
    );
  const others = otherBlockers(model);
  if (others.length > 0) steps.push(`resolve ${others.length === 1 ? "the blocker" : "the blockers"} listed`);
  if (steps.length === 0 && layout.evidenceWanted)
    return ["**To do:** nothing to tick; the gate turns green once the bot finds the re-verification.", ""];
  const lines = steps.length > 0 ? [
    `**To do:** ${steps.join(", then ")}.${layout.open > 0 ? " Only ticks by reviewers the policy authorises count." : ""}${layout.evidenceWanted ? " The bot checks re-verification itself." : ""}${layout.labelWanted ? ` ${WHY_TICK_AND_LABEL}` : ""}`,
    ""
  ] : [];
  if (others.length > 0) {
    const shown = others.slice(0, MAX_BLOCKING_LINES);
    lines.push(
      ...shown.map((line) => `- ${line}`),
      ...others.length > shown.length ? [`- \u2026 and ${others.length - shown.length} more (see the soup-gate check run)`] : [],
      ""
    );
  }
  return lines;
}
function tableOf(changes) {
  const { table, constant } = renderVaryingTable(changes);
  return { table, same: constant.length > 0 ? ` \u2014 all ${constant.join(", ")}` : "" };
}
function gatedPart(model, layout, compact, allBoxes) {
  const { gated } = layout;
  if (gated.length === 0) return [];
  const title = layout.open > 0 ? "**Needs your assessment**" : "**Gated by policy, assessed**";
  const head = gated.length === 1 || compact ? [`${title} (${plural(gated.length, "change")})`, ""] : (() => {
    const { table, same } = tableOf(gated.map((s) => s.change));
    return [`${title} (${plural(gated.length, "change")}${same})`, "", table, ""];
  })();
  const open = !compact && gated.length <= 10;
  const row = gated.length === 1 || compact;
  return [...head, ...gated.flatMap((s) => [renderSection(s, model, open, row, allBoxes), ""])];
}
function summaryLink(model) {
  return model.detailUrl ? `[job summary](${model.detailUrl})` : "job summary of the soup-gate run";
}
function listedPart(model, layout, compact) {
  const { listed } = layout;
  if (listed.length === 0) return [];
  const why = `${describeListed(listed, model.scope)}${describeScope(model.scope)}`;
  if (compact)
    return [`**Listed, not gated by policy:** ${why} (full table in the ${summaryLink(model)}).`, ""];
  const { table, same } = tableOf(listed.map((s) => s.change));
  return [
    `<details><summary><b>Listed, not gated by policy</b>: ${why}${same}</summary>`,
    "",
    table,
    "",
    "</details>",
    ""
  ];
}
function botChecked(model, layout) {
  if (layout.gated.length === 0) return [];
  const lines = [];
  if (model.evidence.required && model.evidence.satisfied)
    lines.push(`- \u2705 Re-verification: ${model.evidence.description}`);
  if (model.label.required && !layout.labelWanted)
    lines.push(`- \u2705 Label ${code(model.label.name)} (required: ${model.label.reason})`);
  return lines.length > 0 ? ["**Checked by the bot**", "", ...lines, ""] : [];
}
function registerNotices(model) {
  const notices = model.notices ?? [];
  if (notices.length === 0) return [];
  return [
    "**Register** (waivers count only as the base branch has them)",
    "",
    ...notices.map((n) => `- ${n}`),
    ""
  ];
}
function footer(model) {
  const notes = model.state.notes.slice(-5).map((note) => `- ${escapeText(note.at.slice(0, 16).replace("T", " "))}: ${note.text}`);
  return [
    ...notes.length > 0 ? ["**Recent bot actions**", "", ...notes, ""] : [],
    `<sub>Ticks count only from reviewers the policy authorises; other edits of this comment are reverted. A push that changes a package's target version clears that package's ticks. Evaluated at ${commitCode(model.headSha, model.repoUrl)}.</sub>`
  ];
}
function sectionsThatFit(model, gated, fixed) {
  let budget = MAX_COMMENT_CHARS - fixed - 400;
  let kept = 0;
  for (const section of gated) {
    const length = renderSection(section, model, false, true, false).length + 1;
    if (length > budget) break;
    budget -= length;
    kept++;
  }
  return kept;
}
var NATURAL = new Intl.Collator("en", { numeric: true });
function byNameNaturally(a, b) {
  return NATURAL.compare(a.change.name, b.change.name) || NATURAL.compare(a.change.lockfile, b.change.lockfile) || NATURAL.compare(a.key, b.key);
}
function renderUnpassable(model, layout, split, tooLarge) {
  const { gated } = layout;
  const where = summaryLink(model);
  const tail = [...registerNotices(model), ...footer(model)];
  const fit = tooLarge ? sectionsThatFit(model, gated, tail.join("\n").length + 2e3) : 0;
  const size = tooLarge && fit > 0 ? ` About ${plural(fit, "gated change")} fit in one comment; open PRs of at most that many (for Dependabot or Renovate, smaller groups, or one ecosystem or lockfile per PR).` : " Open smaller PRs (for Dependabot or Renovate, smaller groups, or one ecosystem or lockfile per PR).";
  const head = [
    COMMENT_MARKER,
    `## ${verdictLine(model, layout, split)}`,
    "",
    `**Split this PR.**${size} No checkboxes are shown here: ticking them could not make the gate pass, and it stays red until the PR is split.`,
    ""
  ];
  const stated = new Set(model.unpassable ?? []);
  const others = otherBlockers(model).filter(
    (line) => !stated.has(line) && !line.includes("do not fit in one comment")
  );
  const blocking = others.length > 0 ? [
    `**Also blocking** (${others.length}):`,
    "",
    ...others.slice(0, MAX_BLOCKING_LINES).map((line) => `- ${line}`),
    ...others.length > MAX_BLOCKING_LINES ? [`- \u2026 and ${others.length - MAX_BLOCKING_LINES} more (see the soup-gate check run)`] : [],
    ""
  ] : [];
  const listedNote = layout.listed.length > 0 ? [
    `**Listed, not gated by policy:** ${describeListed(layout.listed, model.scope)}${describeScope(model.scope)}.`,
    ""
  ] : [];
  const fixed = [...head, ...blocking, ...listedNote].join("\n").length + tail.join("\n").length + 600;
  let budget = MAX_COMMENT_CHARS - fixed;
  const rows = [];
  for (const section of [...gated].sort(byNameNaturally)) {
    const row = `- ${describeChange(section.change)} (${code(section.change.lockfile)})`;
    if (row.length + 1 > budget) break;
    rows.push(row);
    budget -= row.length + 1;
  }
  const more = gated.length - rows.length;
  const list = [
    `**Gated changes** (${gated.length}; the full table is in the ${where}):`,
    "",
    ...rows,
    ...more > 0 ? [`- \u2026 and ${more} more`] : [],
    ""
  ];
  return [...head, ...blocking, ...list, ...listedNote, ...tail].join("\n");
}
function renderComment(model) {
  const layout = layoutOf(model);
  const given = splitReason(model, layout, false);
  if (given !== null)
    return {
      body: renderUnpassable(model, layout, given, false),
      omitted: 0,
      headline: verdictLine(model, layout, given)
    };
  const headline = verdictLine(model, layout, null);
  const render = (compact2, allBoxes = true, view = model) => [
    COMMENT_MARKER,
    `## ${headline}`,
    "",
    ...todo(view, layout),
    ...gatedPart(view, layout, compact2, allBoxes),
    ...listedPart(view, layout, compact2),
    ...botChecked(view, layout),
    ...registerNotices(view),
    ...footer(view)
  ].join("\n");
  const full = render(false);
  if (full.length <= MAX_COMMENT_CHARS) return { body: full, omitted: 0, headline };
  const compact = render(true);
  if (compact.length <= MAX_COMMENT_CHARS) return { body: compact, omitted: 0, headline };
  const { repoUrl: _links, ...plain } = model;
  const tight = render(true, false, plain);
  if (tight.length <= MAX_COMMENT_CHARS) return { body: tight, omitted: 0, headline };
  const reason = splitReason(model, layout, true);
  return {
    body: renderUnpassable(model, layout, reason, true),
    omitted: layout.gated.length,
    headline: verdictLine(model, layout, reason)
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
    await client.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: issue,
      per_page: 100
    }),
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
    await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      ...repo,
      issue_number: issue,
      body
    });
  });
}
async function updateIssueComment(client, repo, id, body) {
  await withPermission("write the PR comment", "pull-requests: write", async () => {
    await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
      ...repo,
      comment_id: id,
      body
    });
  });
}
async function tidyIssueComments(client, repo, tidy) {
  await withPermission("tidy duplicate PR comments", "pull-requests: write", async () => {
    for (const id of tidy.remove) {
      try {
        await client.request("DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}", {
          ...repo,
          comment_id: id
        });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
    }
    if (tidy.update)
      await client.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        ...repo,
        comment_id: tidy.update.id,
        body: tidy.update.body
      });
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
  unevaluatedAnomalies,
  addRegisterFacts,
  checkRegisterEntries,
  settleRegister,
  proposedFor,
  lookUpChanges,
  loadRegisterSides,
  digestLabels,
  recordShownWording,
  shownFacts,
  MAX_REVERIFIED_CHANGES,
  MAX_REVERIFIED_REQUIREMENTS,
  emptyState,
  reconcileTicks,
  stateRefMarker,
  addNote,
  addedByAllBox,
  applyTicks,
  findLatestLabeling,
  findLabelActors,
  removeLabel,
  RECORD_CAPACITY,
  NEW_TICKS_CAPACITY,
  encodeStateRecord,
  layOutStateOutput,
  STATE_COMPRESSION,
  loadGateState,
  readLatestGateState,
  findTick,
  evaluateGate,
  renderComment,
  findStickyComment,
  upsertStickyComment,
  removeDuplicateStickyComments
};
