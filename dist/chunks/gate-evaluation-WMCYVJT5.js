import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  JunitParseError,
  MAX_JUNIT_CHARS,
  parseJunit
} from "./chunk-KRXEXNGO.js";
import {
  MAX_REVERIFIED_CHANGES,
  MAX_REVERIFIED_REQUIREMENTS,
  NEW_TICKS_CAPACITY,
  RECORD_CAPACITY,
  STATE_COMPRESSION,
  addNote,
  addRegisterFacts,
  applyTicks,
  checkRegisterEntries,
  checklistFacts,
  encodeStateRecord,
  evaluateGate,
  findLatestLabeling,
  findStickyComment,
  layOutStateOutput,
  loadGateState,
  loadRegisterSides,
  lookUpChanges,
  proposedFor,
  readLatestGateState,
  reconcileTicks,
  recordShownWording,
  removeDuplicateStickyComments,
  removeLabel,
  renderComment,
  settleRegister,
  stateRefMarker,
  unevaluatedAnomalies,
  upsertStickyComment
} from "./chunk-TJNNLLCD.js";
import {
  buildChecklist,
  describeChange,
  digestChanges,
  tickableIds
} from "./chunk-HJYAJLF7.js";
import {
  diffInventories
} from "./chunk-KTQTCNJO.js";
import "./chunk-VIMSDO67.js";
import {
  renderDiffMarkdown
} from "./chunk-BKKZHBMQ.js";
import {
  listCheckRuns,
  writeCheckRun
} from "./chunk-BBOTMLWI.js";
import "./chunk-YYK67GNM.js";
import {
  meetsPermission,
  parsePolicyFile,
  removeIgnoredPackages
} from "./chunk-ML35MER4.js";
import {
  loadInventory
} from "./chunk-SNT4M5AO.js";
import {
  findEntry
} from "./chunk-VJHV3ZWV.js";
import {
  matchRequirements,
  matchesGlob
} from "./chunk-GFDFZMAU.js";
import {
  PermissionError,
  fetchPullRequestTrees,
  readFileAt,
  statusOf
} from "./chunk-GGFOJQIN.js";
import "./chunk-OTQIQ42K.js";
import {
  require_picomatch
} from "./chunk-653EE4FS.js";
import "./chunk-5BJOCA7T.js";
import "./chunk-MNSTNX2S.js";
import "./chunk-43C5MGZD.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-P55ZYZZQ.js";
import {
  repositoryUrl
} from "./chunk-MQ3CZATB.js";
import {
  GATE_CHECK_NAME
} from "./chunk-3U2JT5LO.js";
import {
  expectArray,
  field
} from "./chunk-WQDGKKBB.js";
import {
  renderChangeFacts
} from "./chunk-2KN6BNRS.js";
import {
  code,
  escapeText,
  safeUrl
} from "./chunk-PLLD3DQX.js";
import {
  enrichmentFor
} from "./chunk-6LMVCX6W.js";
import "./chunk-W7GOSXYK.js";
import "./chunk-UWI2E7AK.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-JZDZV7IV.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/gate/enrichment-blockers.ts
function enrichmentBlockers(sections, enrichment, onLookupFailure) {
  const findings = { blockers: [], warnings: [] };
  if (!enrichment) return findings;
  for (const section of sections) {
    if (!section.gated) continue;
    const entry = enrichmentFor(enrichment, section.change);
    const name = code(section.change.name);
    for (const unchecked of entry?.unchecked ?? [{ what: "anomalies", reason: "no lookup result" }]) {
      if (unchecked.what === "anomalies" && onLookupFailure === "fail")
        findings.blockers.push(
          `${unchecked.what} of ${name} could not be checked: ${code(unchecked.reason, 300)}`
        );
      else
        findings.warnings.push(
          `${unchecked.what} of ${section.change.name} could not be checked: ${unchecked.reason}`
        );
    }
    const verdict = entry?.licence?.verdict;
    if (verdict?.blocking) {
      findings.blockers.push(
        `licence of ${name} ${code(entry?.licence?.to?.expression ?? "unknown")}: ${verdict.verdict} \u2014 ${code(verdict.reason, 300)}`
      );
    }
  }
  for (const failure of enrichment.lookupFailures)
    findings.warnings.push(`lookup failed: ${failure.url}: ${failure.reason}`);
  return findings;
}

// src/app/gate-inputs.ts
async function loadGateInputs(context, pr) {
  const { client, repo, config, io } = context;
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, pr.baseSha, config.configFile)
  );
  const { result, changes } = await diffPullRequest(context, pr, policy);
  const enrichment = config.enrich ? await lookUpChanges(context, changes, policy) : void 0;
  const loaded = await loadRegisterSides(client, repo, pr, policy.register);
  const settled = settleRegister(loaded.sides, changes);
  const described = describeChanges(changes, policy, enrichment, settled, io.now());
  const looked = enrichmentBlockers(described.sections, enrichment, policy.anomalies.onLookupFailure);
  for (const warning of looked.warnings) io.warning(warning);
  return {
    pr,
    policy,
    result,
    changes,
    enrichment,
    register: settled.register,
    notices: settled.notices,
    sections: described.sections,
    facts: described.facts,
    itemFacts: described.itemFacts,
    blockers: [...loaded.blocker ? [loaded.blocker] : [], ...described.blockers, ...looked.blockers]
  };
}
async function diffPullRequest(context, pr, policy) {
  const { client, config, io } = context;
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const trees = await fetchPullRequestTrees(client, pr, ignore);
  io.info(
    `PR #${pr.number}: ${trees.lockfiles.length} lockfile(s) touched (from the ${trees.source})${trees.lockfiles.length ? `: ${trees.lockfiles.join(", ")}` : ""}`
  );
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const base = await loadInventory(trees.base, load);
  const head = await loadInventory(trees.head, load);
  const result = diffInventories(base, head);
  const changes = removeIgnoredPackages(result.changes, policy.ignore.packages);
  for (const finding of head.lockfiles.flatMap((l) => l.findings))
    io.warning(`${finding.lockfile}${finding.line ? `:${finding.line}` : ""}: ${finding.message}`);
  return { result, changes };
}
function describeChanges(changes, policy, enrichment, settled, today) {
  const { register } = settled;
  const itemFacts = checklistFacts(changes, enrichment);
  const facts = /* @__PURE__ */ new Map();
  for (const change of changes) {
    const entry = enrichment ? enrichmentFor(enrichment, change) : void 0;
    if (entry && change.type !== "removed") facts.set(changeKey(change), renderChangeFacts(entry));
  }
  const findings = checkRegisterEntries(register, changes, policy, today);
  addRegisterFacts(itemFacts, findings);
  const notes = new Map(findings.notes);
  for (const change of changes) {
    const proposed = proposedFor(settled, change, policy.labels.anomaliesReviewed);
    const key = changeKey(change);
    if (proposed) notes.set(key, [notes.get(key), proposed].filter(Boolean).join("\n\n"));
  }
  for (const [key, note] of notes) facts.set(key, [facts.get(key), note].filter(Boolean).join("\n\n"));
  return {
    sections: buildChecklist(changes, policy, itemFacts),
    facts,
    itemFacts,
    blockers: findings.blockers
  };
}

// src/gate/checkboxes.ts
var ITEM_LINE = /^- \[( |x|X)\] .*<!-- soup-gate:item ([a-z-]+-[0-9a-f]{16}) -->\s*$/;
function lines(body) {
  return body.replace(/\r\n?/g, "\n").split("\n");
}
function readCheckboxes(body) {
  const boxes = /* @__PURE__ */ new Map();
  for (const line of lines(body)) {
    const match = ITEM_LINE.exec(line);
    if (match) boxes.set(match[2], match[1] !== " ");
  }
  return boxes;
}
function withoutMarks(body) {
  return lines(body).map((line) => ITEM_LINE.test(line) ? line.replace(/^- \[[ xX]\]/, "- [ ]") : line).join("\n").trimEnd();
}
function diffCheckboxes(before, after) {
  const was = readCheckboxes(before);
  const now = readCheckboxes(after);
  const toggles = [];
  for (const [item, checked] of now) {
    if (was.has(item) && was.get(item) !== checked) toggles.push({ item, checked });
  }
  return { toggles, otherEdits: withoutMarks(before) !== withoutMarks(after) };
}

// src/gate/evidence.ts
var MAX_LINKS = 5;
var MAX_REFUSALS = 8;
var MAX_NAME = 120;
var RUN_LINK = /https:\/\/github\.com\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)\/actions\/runs\/(\d+)/g;
var WORKFLOW_DIR = ".github/workflows/";
function link(url, text2) {
  const safe = safeUrl(url);
  return safe ? `[${text2}](${safe})` : text2;
}
function shortSha(sha) {
  return code(sha.slice(0, 7));
}
function appList(rule) {
  const apps = rule.checkRunApps.map((a) => code(a, MAX_NAME)).join(" or ");
  return apps === "" ? `no app (${code("evidence.check-run-apps")} is empty)` : apps;
}
function checkRunProblem(rule, run, headSha) {
  const what = `check run ${code(run.name, MAX_NAME)}`;
  if (run.appSlug === null || !rule.checkRunApps.includes(run.appSlug))
    return `${what} is from app ${code(run.appSlug ?? "unknown", MAX_NAME)}; the base branch's policy accepts check runs from ${appList(rule)}`;
  if (run.headSha !== headSha)
    return `${what} tested ${shortSha(run.headSha)}, not the head ${shortSha(headSha)}`;
  if (run.status !== "completed" || run.conclusion !== "success")
    return `${what} is ${code(run.conclusion ?? run.status, MAX_NAME)}`;
  return void 0;
}
function judgeCheckRuns(rule, runs, headSha) {
  if (!rule.required)
    return { evidence: { required: false, satisfied: true, description: "not required by the policy" } };
  const refusals = [];
  for (const run of runs) {
    if (!rule.checkRuns.includes(run.name)) continue;
    const problem = checkRunProblem(rule, run, headSha);
    if (problem) {
      if (!refusals.includes(problem)) refusals.push(problem);
      continue;
    }
    return {
      evidence: {
        required: true,
        satisfied: true,
        description: `accepted: ${link(run.url, `successful ${code(run.name, MAX_NAME)} check run`)} from ${code(run.appSlug ?? "", MAX_NAME)} on ${shortSha(headSha)}`,
        accepted: {
          kind: "check-run",
          name: run.name,
          url: run.url,
          appSlug: run.appSlug,
          checkSuiteId: run.checkSuiteId ?? null
        }
      }
    };
  }
  return { refusals };
}
function findRunLinks(body) {
  const links = [];
  const seen = /* @__PURE__ */ new Set();
  for (const match of body.matchAll(RUN_LINK)) {
    if (seen.size >= MAX_LINKS) break;
    const [url, owner, repo, id] = match;
    if (seen.has(id)) continue;
    seen.add(id);
    links.push({ url, owner, repo, id });
  }
  return links;
}
function foreignLinkProblem(runLink2, repo) {
  return runLink2.owner.toLowerCase() !== repo.owner.toLowerCase() || runLink2.repo.toLowerCase() !== repo.repo.toLowerCase() ? `run ${code(runLink2.id)} is from another repository` : void 0;
}
function workflowPath(run) {
  const path = run.path?.split("@")[0]?.replace(/^\.\//, "");
  if (!path?.startsWith(WORKFLOW_DIR) || path.includes("..") || !/\.ya?ml$/.test(path)) return void 0;
  return path;
}
function isNamedWorkflow(rule, path, name) {
  return rule.workflows.some((entry) => {
    const wanted = entry.trim().replace(/^\.\//, "");
    if (/\.ya?ml$/.test(wanted))
      return wanted.includes("/") ? wanted === path : `${WORKFLOW_DIR}${wanted}` === path;
    return name !== null && wanted === name;
  });
}
function judgeLinkedRun(runLink2, run, repo, headSha, rule) {
  const id = code(runLink2.id);
  if (!run) return { problem: `run ${id} does not exist in this repository` };
  if (run.repository?.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase())
    return { problem: `run ${id} is from another repository` };
  if (run.headSha !== headSha)
    return {
      problem: `run ${id} tested ${code(String(run.headSha).slice(0, 7))}, not the head ${shortSha(headSha)}`
    };
  if (run.status !== "completed" || run.conclusion !== "success")
    return { problem: `run ${id} is ${code(String(run.conclusion ?? run.status), MAX_NAME)}` };
  const path = workflowPath(run);
  if (path === void 0)
    return {
      problem: `run ${id} is not of a workflow file under ${code(WORKFLOW_DIR)} (${code(run.path ?? "no path", MAX_NAME)})`
    };
  if (!isNamedWorkflow(rule, path, run.name))
    return {
      problem: `run ${id} is of workflow ${describeWorkflow(path, run.name)}, which the base branch's policy does not name (${rule.workflows.length > 0 ? `it names ${rule.workflows.map((w) => code(w, MAX_NAME)).join(", ")}` : `${code("evidence.workflows")} is empty`})`
    };
  return { path, run };
}
function describeWorkflow(path, name) {
  return `${code(path, MAX_NAME)}${name ? ` (${code(name, MAX_NAME)})` : ""}`;
}
function judgeWorkflowFile(runLink2, run, path, file, headSha) {
  const id = code(runLink2.id);
  const workflow = describeWorkflow(path, run.name);
  if (file.base === void 0)
    return {
      problem: `run ${id} is of workflow ${workflow}, whose file is not on the base branch (added by this PR?)`
    };
  if (file.head !== file.base)
    return {
      problem: `run ${id} is of workflow ${workflow}, whose file this PR ${file.head === void 0 ? "deletes" : "changes"}: the run did not execute the base branch's workflow`
    };
  return {
    evidence: {
      required: true,
      satisfied: true,
      description: `accepted: ${link(runLink2.url, `successful run ${runLink2.id}`)} of workflow ${workflow} (named by the base branch's policy, unchanged by this PR) on ${shortSha(headSha)}, linked in the PR`,
      accepted: { kind: "workflow-run", id: Number(runLink2.id), url: runLink2.url, path, name: run.name }
    }
  };
}
function listRefusals(refusals) {
  if (refusals.length === 0) return "";
  const shown = refusals.slice(0, MAX_REFUSALS);
  const more = refusals.length - shown.length;
  return `; refused: ${shown.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
}
function withRefusals(evidence, refusals) {
  return { ...evidence, description: `${evidence.description}${listRefusals(refusals)}` };
}
function awaitedEvidence(rule, headSha, refusals) {
  const short = shortSha(headSha);
  const checks = rule.checkRuns.length > 0 ? `a successful ${rule.checkRuns.map((n) => code(n, MAX_NAME)).join(" or ")} check run from ${appList(rule)} on ${short}` : void 0;
  const workflows = rule.links && rule.workflows.length > 0 ? `a link in the PR description to a successful run on ${short} of ${rule.workflows.map((w) => code(w, MAX_NAME)).join(" or ")} (as on the base branch)` : void 0;
  const wanted = [checks, workflows].filter(Boolean).join(", or ") || `evidence the policy names (${code("evidence.check-runs")} and ${code("evidence.workflows")} name none)`;
  return {
    required: true,
    satisfied: false,
    description: `waiting for ${wanted}${listRefusals(refusals)}`
  };
}

// src/github/workflow-runs.ts
var text = (value) => typeof value === "string" ? value : null;
async function getWorkflowRun(client, repo, id) {
  let run;
  try {
    run = (await client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", { ...repo, run_id: id })).data;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
  return readWorkflowRun(id, run);
}
function readWorkflowRun(id, run) {
  return {
    id,
    repository: text(field(field(run, "repository"), "full_name")),
    headSha: text(field(run, "head_sha")),
    status: text(field(run, "status")),
    conclusion: text(field(run, "conclusion")),
    path: text(field(run, "path")),
    name: text(field(run, "name")),
    url: text(field(run, "html_url"))
  };
}
async function getFileBlobSha(client, repo, ref, path) {
  let data;
  try {
    data = (await client.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repo, path, ref })).data;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
  if (field(data, "type") !== "file") return void 0;
  const sha = field(data, "sha");
  if (typeof sha !== "string")
    throw new Error(`GitHub returned an unexpected body for ${path} at ${ref.slice(0, 7)}: no blob sha`);
  return sha;
}

// src/app/evidence.ts
async function verifyEvidence(input) {
  const { client, repo, rule, baseSha, headSha } = input;
  const checks = judgeCheckRuns(rule, input.checkRuns, headSha);
  if ("evidence" in checks) return checks.evidence;
  const refusals = [...checks.refusals];
  for (const runLink2 of rule.links ? findRunLinks(input.prBody) : []) {
    const foreign = foreignLinkProblem(runLink2, repo);
    if (foreign) {
      refusals.push(foreign);
      continue;
    }
    const run = await getWorkflowRun(client, repo, Number(runLink2.id));
    const judged = judgeLinkedRun(runLink2, run, repo, headSha, rule);
    if ("problem" in judged) {
      refusals.push(judged.problem);
      continue;
    }
    const base = await getFileBlobSha(client, repo, baseSha, judged.path);
    const head = base === void 0 ? void 0 : await getFileBlobSha(client, repo, headSha, judged.path);
    const verdict = judgeWorkflowFile(runLink2, judged.run, judged.path, { base, head }, headSha);
    if ("evidence" in verdict) return withRefusals(verdict.evidence, refusals);
    refusals.push(verdict.problem);
  }
  return awaitedEvidence(rule, headSha, refusals);
}

// src/gate/reverification.ts
var MAX_LISTED_REQUIREMENTS = 20;
var MAX_LISTED_TESTS = 6;
var MAX_LISTED_PASSES = 3;
var MAX_TEST_NAME = 160;
var MAX_FACTS_CHARS = 6e3;
var MAX_ID = 60;
function requirementsOf(register, section) {
  const entry = findEntry(register, section.change.ecosystem, section.change.name);
  return (entry?.requirements ?? []).map((r) => ({ id: r.id, text: r.text, tests: r.tests ?? [] }));
}
function requirementSections(sections, register) {
  return sections.flatMap((section) => {
    const item = section.gated ? section.items.find((i2) => i2.kind === "requirements") : void 0;
    return item ? [{ section, itemId: item.id, requirements: requirementsOf(register, section) }] : [];
  });
}
function needsJunitResults(sections, register) {
  return requirementSections(sections, register).some((s) => s.requirements.some((r) => r.tests.length > 0));
}
var ICON = {
  passed: "\u2705",
  failed: "\u274C",
  skipped: "\u26A0\uFE0F",
  missing: "\u274C",
  untested: "\u2796"
};
function testName(test) {
  return code(test.classname !== "" ? `${test.classname}: ${test.name}` : test.name, MAX_TEST_NAME);
}
function listed(items, show, max2 = MAX_LISTED_TESTS) {
  const shown = items.slice(0, max2).map(show).join(", ");
  return items.length > max2 ? `${shown} and ${items.length - max2} more` : shown;
}
function problemsOf(result) {
  const parts = [];
  if (result.failing.length > 0)
    parts.push(
      listed(result.failing, (t) => `${testName(t)} ${t.status === "errored" ? "errored" : "failed"}`)
    );
  if (result.unmatched.length > 0)
    parts.push(listed(result.unmatched, (s) => `${code(s, MAX_TEST_NAME)} matched no test (missing)`));
  if (result.skipped.length > 0) parts.push(listed(result.skipped, (t) => `${testName(t)} skipped`));
  return parts.join("; ");
}
function describeResult(result) {
  const id = code(result.id, MAX_ID);
  switch (result.verdict) {
    case "passed":
      return `${ICON.passed} ${id} passed: ${listed(result.matched, (t) => testName(t), MAX_LISTED_PASSES)}`;
    case "untested":
      return `${ICON.untested} ${id} names no tests: the whole evidence run counts for it`;
    default:
      return `${ICON[result.verdict]} ${id} ${result.verdict}: ${problemsOf(result)}`;
  }
}
function runLink(run) {
  const url = safeUrl(run.url);
  const text2 = `run ${run.id}`;
  return `${url ? `[${text2}](${url})` : text2} of ${code(run.workflow, 120)}`;
}
function shortSha2(sha) {
  return code(sha.slice(0, 7));
}
function itemText(base, ids, tail) {
  const which = ids.length > 0 ? ` (${listed(ids, (id) => code(id, MAX_ID), 6)})` : "";
  return `${base}${which}${tail}`;
}
function reverify(input) {
  const out = { itemTexts: /* @__PURE__ */ new Map(), facts: /* @__PURE__ */ new Map(), blockers: [], changes: [] };
  const { outcome } = input;
  if (outcome.kind === "off") return out;
  const file = code(input.register.path);
  const stillFit = `Requirements in ${file} still fit`;
  let unavailable = false;
  for (const { section, itemId, requirements } of requirementSections(input.sections, input.register)) {
    const name = code(section.change.name);
    const ids = requirements.map((r) => r.id);
    if (!requirements.some((r) => r.tests.length > 0)) {
      out.facts.set(
        section.key,
        `**Re-verification:** the register names no tests for the requirements of ${name}; the whole evidence run counts for ${requirements.length === 0 ? "it" : "them"}.`
      );
      continue;
    }
    if (outcome.kind === "waiting" || outcome.kind === "not-needed") {
      out.itemTexts.set(
        itemId,
        itemText(
          `${stillFit} and re-verified`,
          ids,
          "; the bot lists each requirement\u2019s test results from the JUnit artifact of the accepted evidence run (artifacts of runs the base branch\u2019s policy does not name are ignored)"
        )
      );
      continue;
    }
    if (outcome.kind === "unavailable") {
      unavailable = true;
      out.itemTexts.set(itemId, itemText(`${stillFit} and re-verified`, ids, ""));
      out.facts.set(section.key, `**Re-verification:** \u274C the tests could not be read: ${outcome.reason}.`);
      continue;
    }
    const results = matchRequirements(requirements, outcome.results);
    out.changes.push({ key: section.key, requirements: results });
    const blocking = results.filter((r) => r.verdict !== "passed" && r.verdict !== "untested");
    const untested = results.filter((r) => r.verdict === "untested");
    const sha = shortSha2(outcome.run.headSha);
    const fallback = untested.length > 0 ? `; ${listed(untested, (r) => code(r.id, MAX_ID), 6)} name${untested.length === 1 ? "s" : ""} no tests (the whole evidence run counts)` : "";
    out.itemTexts.set(
      itemId,
      blocking.length === 0 ? itemText(
        stillFit,
        ids,
        ` \u2014 re-verification done by the bot: every named test passed on ${sha}${fallback}`
      ) : itemText(
        `${stillFit} and re-verified`,
        ids,
        ` \u2014 ${blocking.length} of ${results.length} not re-verified on ${sha} (see below)`
      )
    );
    const head = `**Re-verification** of the requirements on ${sha} (${runLink(outcome.run)}, artifact ${code(outcome.run.artifact, 120)}):`;
    const lines2 = [];
    let budget = MAX_FACTS_CHARS - head.length;
    for (const result of results.slice(0, MAX_LISTED_REQUIREMENTS)) {
      const line = `- ${describeResult(result)}`;
      if (line.length + 1 > budget) break;
      lines2.push(line);
      budget -= line.length + 1;
    }
    const more = results.length - lines2.length;
    out.facts.set(
      section.key,
      [
        head,
        "",
        ...lines2,
        ...more > 0 ? [`- \u2026 and ${more} more requirements (each blocker is in the verdict)`] : []
      ].join("\n")
    );
    for (const result of blocking)
      out.blockers.push(
        `${describeChange(section.change)}: requirement ${code(result.id, MAX_ID)} not re-verified on ${sha}: ${problemsOf(result)}`
      );
  }
  if (unavailable && outcome.kind === "unavailable")
    out.blockers.push(`requirement-level re-verification: ${outcome.reason}`);
  return out;
}
function applyItemTexts(sections, texts) {
  if (texts.size === 0) return [...sections];
  return sections.map((section) => ({
    ...section,
    items: section.items.map((item) => {
      const text2 = texts.get(item.id);
      return text2 === void 0 ? item : { ...item, text: text2 };
    })
  }));
}
function recordReverification(outcome, changes) {
  if (outcome.kind !== "read") return void 0;
  let omitted = Math.max(0, changes.length - MAX_REVERIFIED_CHANGES);
  const kept = changes.slice(0, MAX_REVERIFIED_CHANGES).map((change) => {
    omitted += Math.max(0, change.requirements.length - MAX_REVERIFIED_REQUIREMENTS);
    return {
      target: change.key,
      requirements: change.requirements.slice(0, MAX_REVERIFIED_REQUIREMENTS).map((r) => ({
        id: r.id.slice(0, 200),
        verdict: r.verdict,
        tests: r.matched.length
      }))
    };
  });
  return {
    run: outcome.run.url,
    sha: outcome.run.headSha,
    artifact: outcome.run.artifact.slice(0, 200),
    changes: kept,
    ...omitted > 0 ? { omitted } : {}
  };
}

// src/github/artifacts.ts
var ACTIONS_READ = "actions: read";
var MAX_ARTIFACTS = 1e3;
var ArtifactError = class extends Error {
  constructor(reason, message2) {
    super(message2);
    this.reason = reason;
  }
  reason;
  name = "ArtifactError";
};
function readArtifact(value) {
  const id = field(value, "id");
  const name = field(value, "name");
  const size = field(value, "size_in_bytes");
  const expired = field(value, "expired");
  if (typeof id !== "number" || typeof name !== "string") return void 0;
  return {
    id,
    name,
    sizeInBytes: typeof size === "number" ? size : 0,
    // Anything but an explicit false is treated as gone: a download would fail anyway.
    expired: expired !== false
  };
}
async function asReader(what, read) {
  try {
    return await read();
  } catch (error) {
    const message2 = error instanceof Error ? error.message : "";
    if (statusOf(error) === 403 && !/rate limit/i.test(message2))
      throw new PermissionError(what, ACTIONS_READ);
    throw error;
  }
}
async function listRunArtifacts(client, repo, runId) {
  const artifacts = await asReader(
    `list the artifacts of run ${runId}`,
    () => client.paginate(
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts",
      { ...repo, run_id: runId, per_page: 100 },
      (response, done) => {
        if (response.data.length >= MAX_ARTIFACTS) done();
        return response.data;
      }
    )
  );
  return expectArray(artifacts, `the artifacts of run ${runId}`).slice(0, MAX_ARTIFACTS).map(readArtifact).filter((a) => a !== void 0);
}
async function findWorkflowRunOfSuite(client, repo, headSha, checkSuiteId) {
  const response = await asReader(
    `find the workflow run of check suite ${checkSuiteId}`,
    () => client.request("GET /repos/{owner}/{repo}/actions/runs", {
      ...repo,
      head_sha: headSha,
      check_suite_id: checkSuiteId,
      per_page: 10
    })
  );
  const runs = expectArray(field(response.data, "workflow_runs"), "the workflow runs of a check suite");
  const run = runs.find((r) => field(r, "check_suite_id") === checkSuiteId) ?? runs[0];
  const id = field(run, "id");
  return typeof id === "number" ? readWorkflowRun(id, run) : void 0;
}
async function readBounded(response, maxBytes, what) {
  const declared = Number(response.headers.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new ArtifactError("too-large", `${what} is ${declared} bytes; at most ${maxBytes} are read`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ArtifactError("too-large", `${what} is over ${maxBytes} bytes; at most ${maxBytes} are read`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
async function downloadArtifact(client, repo, artifact, maxBytes, fetchBlob = fetch) {
  const what = `artifact ${JSON.stringify(artifact.name)}`;
  let location;
  try {
    const response = await asReader(
      `download ${what}`,
      () => client.request("GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}", {
        ...repo,
        artifact_id: artifact.id,
        archive_format: "zip",
        request: { redirect: "manual", parseSuccessResponseBody: false }
      })
    );
    const header = response.headers.location;
    location = typeof header === "string" ? header : void 0;
    if (location === void 0)
      throw new ArtifactError(
        "unreadable",
        `GitHub answered ${response.status} without a download location for ${what}`
      );
  } catch (error) {
    const status = statusOf(error);
    if (status === 410) throw new ArtifactError("expired", `${what} has expired`);
    if (status === 404) throw new ArtifactError("unreadable", `${what} no longer exists`);
    throw error;
  }
  let url;
  try {
    url = new URL(location);
  } catch {
    throw new ArtifactError("unreadable", `GitHub gave ${what} a download location that is not a URL`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new ArtifactError("unreadable", `GitHub gave ${what} a download location that is not https`);
  let blob;
  try {
    blob = await fetchBlob(url, { redirect: "follow", signal: AbortSignal.timeout(12e4) });
  } catch (error) {
    throw new ArtifactError(
      "unreadable",
      `downloading ${what} failed: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  if (!blob.ok) throw new ArtifactError("unreadable", `downloading ${what} failed with HTTP ${blob.status}`);
  return readBounded(blob, maxBytes, what);
}

// node_modules/fflate/esm/index.mjs
import { createRequire } from "module";
var require2 = createRequire("/");
var _a;
var Worker;
var isMarkedAsUntransferable;
try {
  _a = require2("worker_threads"), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable;
} catch (e) {
}
var u8 = Uint8Array;
var u16 = Uint16Array;
var i32 = Int32Array;
var fleb = new u8([
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  0,
  1,
  1,
  1,
  1,
  2,
  2,
  2,
  2,
  3,
  3,
  3,
  3,
  4,
  4,
  4,
  4,
  5,
  5,
  5,
  5,
  0,
  /* unused */
  0,
  0,
  /* impossible */
  0
]);
var fdeb = new u8([
  0,
  0,
  0,
  0,
  1,
  1,
  2,
  2,
  3,
  3,
  4,
  4,
  5,
  5,
  6,
  6,
  7,
  7,
  8,
  8,
  9,
  9,
  10,
  10,
  11,
  11,
  12,
  12,
  13,
  13,
  /* unused */
  0,
  0
]);
var clim = new u8([16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]);
var freb = function(eb, start) {
  var b = new u16(31);
  for (var i2 = 0; i2 < 31; ++i2) {
    b[i2] = start += 1 << eb[i2 - 1];
  }
  var r = new i32(b[30]);
  for (var i2 = 1; i2 < 30; ++i2) {
    for (var j = b[i2]; j < b[i2 + 1]; ++j) {
      r[j] = j - b[i2] << 5 | i2;
    }
  }
  return { b, r };
};
var _a = freb(fleb, 2);
var fl = _a.b;
var revfl = _a.r;
fl[28] = 258, revfl[258] = 28;
var _b = freb(fdeb, 0);
var fd = _b.b;
var revfd = _b.r;
var rev = new u16(32768);
for (i = 0; i < 32768; ++i) {
  x = (i & 43690) >> 1 | (i & 21845) << 1;
  x = (x & 52428) >> 2 | (x & 13107) << 2;
  x = (x & 61680) >> 4 | (x & 3855) << 4;
  rev[i] = ((x & 65280) >> 8 | (x & 255) << 8) >> 1;
}
var x;
var i;
var hMap = (function(cd, mb, r) {
  var s = cd.length;
  var i2 = 0;
  var l = new u16(mb);
  for (; i2 < s; ++i2) {
    if (cd[i2])
      ++l[cd[i2] - 1];
  }
  var le = new u16(mb);
  for (i2 = 1; i2 < mb; ++i2) {
    le[i2] = le[i2 - 1] + l[i2 - 1] << 1;
  }
  var co;
  if (r) {
    co = new u16(1 << mb);
    var rvb = 15 - mb;
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        var sv = i2 << 4 | cd[i2];
        var r_1 = mb - cd[i2];
        var v = le[cd[i2] - 1]++ << r_1;
        for (var m = v | (1 << r_1) - 1; v <= m; ++v) {
          co[rev[v] >> rvb] = sv;
        }
      }
    }
  } else {
    co = new u16(s);
    for (i2 = 0; i2 < s; ++i2) {
      if (cd[i2]) {
        co[i2] = rev[le[cd[i2] - 1]++] >> 15 - cd[i2];
      }
    }
  }
  return co;
});
var flt = new u8(288);
for (i = 0; i < 144; ++i)
  flt[i] = 8;
var i;
for (i = 144; i < 256; ++i)
  flt[i] = 9;
var i;
for (i = 256; i < 280; ++i)
  flt[i] = 7;
var i;
for (i = 280; i < 288; ++i)
  flt[i] = 8;
var i;
var fdt = new u8(32);
for (i = 0; i < 32; ++i)
  fdt[i] = 5;
var i;
var flrm = /* @__PURE__ */ hMap(flt, 9, 1);
var fdrm = /* @__PURE__ */ hMap(fdt, 5, 1);
var max = function(a) {
  var m = a[0];
  for (var i2 = 1; i2 < a.length; ++i2) {
    if (a[i2] > m)
      m = a[i2];
  }
  return m;
};
var bits = function(d, p, m) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8) >> (p & 7) & m;
};
var bits16 = function(d, p) {
  var o = p / 8 | 0;
  return (d[o] | d[o + 1] << 8 | d[o + 2] << 16) >> (p & 7);
};
var shft = function(p) {
  return (p + 7) / 8 | 0;
};
var slc = function(v, s, e) {
  if (s == null || s < 0)
    s = 0;
  if (e == null || e > v.length)
    e = v.length;
  return new u8(v.subarray(s, e));
};
var ec = [
  "unexpected EOF",
  "invalid block type",
  "invalid length/literal",
  "invalid distance",
  "stream finished",
  "no stream handler",
  ,
  // determined by compression function
  "no callback",
  "invalid UTF-8 data",
  "extra field too long",
  "date not in range 1980-2099",
  "filename too long",
  "stream finishing",
  "invalid zip data"
  // determined by unknown compression method
];
var err = function(ind, msg, nt) {
  var e = new Error(msg || ec[ind]);
  e.code = ind;
  if (Error.captureStackTrace)
    Error.captureStackTrace(e, err);
  if (!nt)
    throw e;
  return e;
};
var inflt = function(dat, st, buf, dict) {
  var sl = dat.length, dl = dict ? dict.length : 0;
  if (!sl || st.f && !st.l)
    return buf || new u8(0);
  var noBuf = !buf;
  var resize = noBuf || st.i != 2;
  var noSt = st.i;
  if (noBuf)
    buf = new u8(sl * 3);
  var cbuf = function(l2) {
    var bl = buf.length;
    if (l2 > bl) {
      var nbuf = new u8(Math.max(bl * 2, l2));
      nbuf.set(buf);
      buf = nbuf;
    }
  };
  var final = st.f || 0, pos = st.p || 0, bt = st.b || 0, lm = st.l, dm = st.d, lbt = st.m, dbt = st.n;
  var tbts = sl * 8;
  do {
    if (!lm) {
      final = bits(dat, pos, 1);
      var type = bits(dat, pos + 1, 3);
      pos += 3;
      if (!type) {
        var s = shft(pos) + 4, l = dat[s - 4] | dat[s - 3] << 8, t = s + l;
        if (t > sl) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + l);
        buf.set(dat.subarray(s, t), bt);
        st.b = bt += l, st.p = pos = t * 8, st.f = final;
        continue;
      } else if (type == 1)
        lm = flrm, dm = fdrm, lbt = 9, dbt = 5;
      else if (type == 2) {
        var hLit = bits(dat, pos, 31) + 257, hcLen = bits(dat, pos + 10, 15) + 4;
        var tl = hLit + bits(dat, pos + 5, 31) + 1;
        pos += 14;
        var ldt = new u8(tl);
        var clt = new u8(19);
        for (var i2 = 0; i2 < hcLen; ++i2) {
          clt[clim[i2]] = bits(dat, pos + i2 * 3, 7);
        }
        pos += hcLen * 3;
        var clb = max(clt), clbmsk = (1 << clb) - 1;
        var clm = hMap(clt, clb, 1);
        for (var i2 = 0; i2 < tl; ) {
          var r = clm[bits(dat, pos, clbmsk)];
          pos += r & 15;
          var s = r >> 4;
          if (s < 16) {
            ldt[i2++] = s;
          } else {
            var c = 0, n = 0;
            if (s == 16)
              n = 3 + bits(dat, pos, 3), pos += 2, c = ldt[i2 - 1];
            else if (s == 17)
              n = 3 + bits(dat, pos, 7), pos += 3;
            else if (s == 18)
              n = 11 + bits(dat, pos, 127), pos += 7;
            while (n--)
              ldt[i2++] = c;
          }
        }
        var lt = ldt.subarray(0, hLit), dt = ldt.subarray(hLit);
        lbt = max(lt);
        dbt = max(dt);
        lm = hMap(lt, lbt, 1);
        dm = hMap(dt, dbt, 1);
      } else
        err(1);
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
    }
    if (resize)
      cbuf(bt + 131072);
    var lms = (1 << lbt) - 1, dms = (1 << dbt) - 1;
    var lpos = pos;
    for (; ; lpos = pos) {
      var c = lm[bits16(dat, pos) & lms], sym = c >> 4;
      pos += c & 15;
      if (pos > tbts) {
        if (noSt)
          err(0);
        break;
      }
      if (!c)
        err(2);
      if (sym < 256)
        buf[bt++] = sym;
      else if (sym == 256) {
        lpos = pos, lm = null;
        break;
      } else {
        var add = sym - 254;
        if (sym > 264) {
          var i2 = sym - 257, b = fleb[i2];
          add = bits(dat, pos, (1 << b) - 1) + fl[i2];
          pos += b;
        }
        var d = dm[bits16(dat, pos) & dms], dsym = d >> 4;
        if (!d)
          err(3);
        pos += d & 15;
        var dt = fd[dsym];
        if (dsym > 3) {
          var b = fdeb[dsym];
          dt += bits16(dat, pos) & (1 << b) - 1, pos += b;
        }
        if (pos > tbts) {
          if (noSt)
            err(0);
          break;
        }
        if (resize)
          cbuf(bt + 131072);
        var end = bt + add;
        if (bt < dt) {
          var shift = dl - dt, dend = Math.min(dt, end);
          if (shift + bt < 0)
            err(3);
          for (; bt < dend; ++bt)
            buf[bt] = dict[shift + bt];
        }
        for (; bt < end; ++bt)
          buf[bt] = buf[bt - dt];
      }
    }
    st.l = lm, st.p = lpos, st.b = bt, st.f = final;
    if (lm)
      final = 1, st.m = lbt, st.d = dm, st.n = dbt;
  } while (!final);
  return bt != buf.length && noBuf ? slc(buf, 0, bt) : buf.subarray(0, bt);
};
var et = /* @__PURE__ */ new u8(0);
var b2 = function(d, b) {
  return d[b] | d[b + 1] << 8;
};
var b4 = function(d, b) {
  return (d[b] | d[b + 1] << 8 | d[b + 2] << 16 | d[b + 3] << 24) >>> 0;
};
var b8 = function(d, b) {
  return b4(d, b) + b4(d, b + 4) * 4294967296;
};
function inflateSync(data, opts) {
  return inflt(data, { i: 2 }, opts && opts.out, opts && opts.dictionary);
}
var td = typeof TextDecoder != "undefined" && /* @__PURE__ */ new TextDecoder();
var tds = 0;
try {
  td.decode(et, { stream: true });
  tds = 1;
} catch (e) {
}
var dutf8 = function(d) {
  for (var r = "", i2 = 0; ; ) {
    var c = d[i2++];
    var eb = (c > 127) + (c > 223) + (c > 239);
    if (i2 + eb > d.length)
      return { s: r, r: slc(d, i2 - 1) };
    if (!eb)
      r += String.fromCharCode(c);
    else if (eb == 3) {
      c = ((c & 15) << 18 | (d[i2++] & 63) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63) - 65536, r += String.fromCharCode(55296 | c >> 10, 56320 | c & 1023);
    } else if (eb & 1)
      r += String.fromCharCode((c & 31) << 6 | d[i2++] & 63);
    else
      r += String.fromCharCode((c & 15) << 12 | (d[i2++] & 63) << 6 | d[i2++] & 63);
  }
};
function strFromU8(dat, latin1) {
  if (latin1) {
    var r = "";
    for (var i2 = 0; i2 < dat.length; i2 += 16384)
      r += String.fromCharCode.apply(null, dat.subarray(i2, i2 + 16384));
    return r;
  } else if (td) {
    return td.decode(dat);
  } else {
    var _a2 = dutf8(dat), s = _a2.s, r = _a2.r;
    if (r.length)
      err(8);
    return s;
  }
}
var slzh = function(d, b) {
  return b + 30 + b2(d, b + 26) + b2(d, b + 28);
};
var zh = function(d, b, z) {
  var fnl = b2(d, b + 28), efl = b2(d, b + 30), fn = strFromU8(d.subarray(b + 46, b + 46 + fnl), !(b2(d, b + 8) & 2048)), es = b + 46 + fnl;
  var _a2 = z64hs(d, es, efl, z, b4(d, b + 20), b4(d, b + 24), b4(d, b + 42)), sc = _a2[0], su = _a2[1], off = _a2[2];
  return [b2(d, b + 10), sc, su, fn, es + efl + b2(d, b + 32), off];
};
var z64hs = function(d, b, l, z, sc, su, off) {
  var nsc = sc == 4294967295, nsu = su == 4294967295, noff = off == 4294967295, e = b + l;
  var nf = nsc + nsu + noff;
  if (z && nf) {
    for (; b + 4 < e; b += 4 + b2(d, b + 2)) {
      if (b2(d, b) == 1) {
        return [
          nsc ? b8(d, b + 4 + 8 * nsu) : sc,
          nsu ? b8(d, b + 4) : su,
          noff ? b8(d, b + 4 + 8 * (nsu + nsc)) : off,
          1
        ];
      }
    }
    if (z < 2)
      err(13);
  }
  return [sc, su, off, 0];
};
function unzipSync(data, opts) {
  var files = {};
  var e = data.length - 22;
  for (; b4(data, e) != 101010256; --e) {
    if (!e || data.length - e > 65558)
      err(13);
  }
  ;
  var c = b2(data, e + 8);
  if (!c)
    return {};
  var o = b4(data, e + 16);
  var z = b4(data, e - 20) == 117853008;
  if (z) {
    var ze = b4(data, e - 12);
    z = b4(data, ze) == 101075792;
    if (z) {
      c = b4(data, ze + 32);
      o = b4(data, ze + 48);
    }
  }
  var fltr = opts && opts.filter;
  for (var i2 = 0; i2 < c; ++i2) {
    var _a2 = zh(data, o, z), c_2 = _a2[0], sc = _a2[1], su = _a2[2], fn = _a2[3], no = _a2[4], off = _a2[5], b = slzh(data, off);
    o = no;
    if (!fltr || fltr({
      name: fn,
      size: sc,
      originalSize: su,
      compression: c_2
    })) {
      if (!c_2)
        files[fn] = slc(data, b, b + sc);
      else if (c_2 == 8)
        files[fn] = inflateSync(data.subarray(b, b + sc), { out: new u8(su) });
      else
        err(14, "unknown compression type " + c_2);
    }
  }
  return files;
}

// src/verification/artifact-zip.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var MAX_ZIP_ENTRIES = 1e4;
var MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
var MAX_JUNIT_FILES = 2e3;
var ArtifactZipError = class extends Error {
  name = "ArtifactZipError";
};
function entryPath(name) {
  const path = name.replace(/\\/g, "/");
  if (path.endsWith("/") || path.startsWith("/") || /^[A-Za-z]:/.test(path)) return void 0;
  if (path.split("/").some((part) => part === "..")) return void 0;
  return path.replace(/^\.\//, "");
}
function unzipJunit(zip, pattern) {
  const matches = (0, import_picomatch.default)(pattern, { dot: true });
  let entries = 0;
  let total = 0;
  let ignored = 0;
  const wanted = /* @__PURE__ */ new Set();
  let unzipped;
  try {
    unzipped = unzipSync(zip, {
      filter(file) {
        entries++;
        if (entries > MAX_ZIP_ENTRIES)
          throw new ArtifactZipError(
            `the artifact has over ${MAX_ZIP_ENTRIES} entries; refused as a zip bomb`
          );
        const path = entryPath(file.name);
        if (path === void 0 || !matches(path) || wanted.has(file.name)) {
          ignored++;
          return false;
        }
        if (file.originalSize > MAX_JUNIT_CHARS)
          throw new ArtifactZipError(
            `${JSON.stringify(path.slice(0, 200))} inflates to ${file.originalSize} bytes; at most ${MAX_JUNIT_CHARS} are read per file`
          );
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES)
          throw new ArtifactZipError(
            `the artifact's JUnit files inflate to over ${MAX_UNZIPPED_BYTES} bytes; refused as a zip bomb`
          );
        if (wanted.size >= MAX_JUNIT_FILES)
          throw new ArtifactZipError(`the artifact has over ${MAX_JUNIT_FILES} files matching ${pattern}`);
        wanted.add(file.name);
        return true;
      }
    });
  } catch (error) {
    if (error instanceof ArtifactZipError) throw error;
    throw new ArtifactZipError(
      `the artifact is not a readable zip (${error instanceof Error ? error.message : String(error)})`
    );
  }
  const decoder = new TextDecoder("utf-8", { fatal: false });
  const files = [];
  for (const name of Object.keys(unzipped).sort()) {
    if (!wanted.has(name)) continue;
    files.push({ path: entryPath(name), text: decoder.decode(unzipped[name]) });
  }
  return { files, ignored };
}

// src/app/junit-evidence.ts
var MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;
var MAX_MATCHING_ARTIFACTS = 10;
var MAX_NAMES_LISTED = 8;
var Unavailable = class extends Error {
};
function message(error) {
  return error instanceof Error ? error.message : String(error);
}
async function evidenceWorkflowRun(input, accepted) {
  if (accepted.kind === "workflow-run") return { id: accepted.id, url: accepted.url, path: accepted.path };
  const what = `check run ${code(accepted.name, 120)}`;
  if (accepted.checkSuiteId === null)
    throw new Unavailable(`${what} names no check suite, so no workflow run (and no artifact) can be found`);
  const run = await findWorkflowRunOfSuite(input.client, input.repo, input.headSha, accepted.checkSuiteId);
  if (!run)
    throw new Unavailable(
      `${what} (from ${code(accepted.appSlug ?? "unknown", 120)}) is not part of a GitHub Actions workflow run on this head, so it has no artifacts`
    );
  return judgeRun(input, run);
}
async function judgeRun(input, run) {
  const url = run.url ?? `https://github.com/${input.repo.owner}/${input.repo.repo}/actions/runs/${run.id}`;
  const link2 = { url, owner: input.repo.owner, repo: input.repo.repo, id: String(run.id) };
  const judged = judgeLinkedRun(link2, run, input.repo, input.headSha, input.rule);
  if ("problem" in judged) throw new Unavailable(`its artifacts are ignored: ${judged.problem}`);
  const base = await getFileBlobSha(input.client, input.repo, input.baseSha, judged.path);
  const head = base === void 0 ? void 0 : await getFileBlobSha(input.client, input.repo, input.headSha, judged.path);
  const verdict = judgeWorkflowFile(link2, judged.run, judged.path, { base, head }, input.headSha);
  if ("problem" in verdict) throw new Unavailable(`its artifacts are ignored: ${verdict.problem}`);
  return { id: run.id, url, path: judged.path };
}
function pickArtifacts(artifacts, wanted, runId) {
  const matching = artifacts.filter((a) => matchesGlob(wanted, a.name));
  if (matching.length === 0) {
    const names = artifacts.slice(0, MAX_NAMES_LISTED).map((a) => code(a.name, 80));
    const more = artifacts.length - names.length;
    throw new Unavailable(
      `run ${code(String(runId))} has no artifact named ${code(wanted, 120)} (${names.length === 0 ? "it has none" : `it has ${names.join(", ")}${more > 0 ? ` and ${more} more` : ""}`}); does the evidence workflow upload its JUnit XML with actions/upload-artifact?`
    );
  }
  const expired = matching.find((a) => a.expired);
  if (expired)
    throw new Unavailable(
      `artifact ${code(expired.name, 120)} of run ${code(String(runId))} has expired; re-run the evidence workflow`
    );
  if (matching.length > MAX_MATCHING_ARTIFACTS)
    throw new Unavailable(
      `run ${code(String(runId))} has ${matching.length} artifacts named ${code(wanted, 120)}; at most ${MAX_MATCHING_ARTIFACTS} are read`
    );
  return matching;
}
async function readResults(input, artifacts) {
  const results = [];
  let files = 0;
  for (const artifact of artifacts) {
    if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES)
      throw new Unavailable(
        `artifact ${code(artifact.name, 120)} is ${artifact.sizeInBytes} bytes; at most ${MAX_ARTIFACT_BYTES} are downloaded`
      );
    const zip = await downloadArtifact(
      input.client,
      input.repo,
      artifact,
      MAX_ARTIFACT_BYTES,
      input.fetchBlob
    );
    const unzipped = unzipJunit(zip, input.rule.junitFiles);
    if (unzipped.files.length === 0)
      throw new Unavailable(
        `artifact ${code(artifact.name, 120)} has no file matching ${code(input.rule.junitFiles, 120)} (${code("evidence.junit-files")})`
      );
    for (const file of unzipped.files) {
      files++;
      for (const result of parseJunit(`${artifact.name}/${file.path}`, file.text)) results.push(result);
    }
  }
  return { results, files };
}
async function readJunitEvidence(input) {
  const wanted = input.rule.junitArtifact;
  if (wanted === void 0) return { kind: "off" };
  if (!needsJunitResults(input.sections, input.register)) return { kind: "not-needed" };
  const accepted = input.evidence.accepted;
  if (!input.evidence.satisfied) return { kind: "waiting" };
  try {
    if (!accepted) throw new Unavailable("no evidence run was accepted to read the JUnit artifact from");
    const run = await evidenceWorkflowRun(input, accepted);
    const artifacts = pickArtifacts(await listRunArtifacts(input.client, input.repo, run.id), wanted, run.id);
    const { results, files } = await readResults(input, artifacts);
    return {
      kind: "read",
      run: {
        id: run.id,
        url: run.url,
        headSha: input.headSha,
        workflow: run.path,
        artifact: artifacts.map((a) => a.name).join(", "),
        files
      },
      results
    };
  } catch (error) {
    if (error instanceof Unavailable) return { kind: "unavailable", reason: error.message };
    if (error instanceof PermissionError)
      return {
        kind: "unavailable",
        reason: `the token cannot read the evidence run's artifacts: grant ${code("actions: read")} in the workflow's ${code("permissions:")}`
      };
    if (error instanceof ArtifactError || error instanceof ArtifactZipError || error instanceof JunitParseError)
      return { kind: "unavailable", reason: escapeText(message(error), 400) };
    input.warn(`reading the JUnit artifact failed: ${message(error)}`);
    return {
      kind: "unavailable",
      reason: `reading the JUnit artifact failed: ${escapeText(message(error), 300)}`
    };
  }
}

// src/gate/label.ts
function labelRequirement(gated, rule, enrichment, register, today) {
  if (gated.length === 0 || rule === "never")
    return { required: false, reason: "not required by the policy" };
  if (rule === "always") return { required: true, reason: "the policy requires it on every SOUP change" };
  if (!enrichment)
    return { required: true, reason: "anomalies were not looked up (enrich is off): review them by hand" };
  let anomalies = 0;
  let unchecked = 0;
  for (const section of gated) {
    const entry = enrichmentFor(enrichment, section.change);
    if (!entry || entry.unchecked.some((u) => u.what === "anomalies")) unchecked++;
    const known = [...entry?.anomalies?.introduced ?? [], ...entry?.anomalies?.present ?? []];
    anomalies += unevaluatedAnomalies(register, section.change, known, today).length;
  }
  if (anomalies > 0)
    return {
      required: true,
      reason: `${anomalies} known anomal${anomalies === 1 ? "y" : "ies"} in the new versions not evaluated in the register`
    };
  if (unchecked > 0)
    return {
      required: true,
      reason: `anomalies of ${unchecked} ${unchecked === 1 ? "change" : "changes"} could not be looked up`
    };
  return { required: false, reason: "no known anomalies in the new versions" };
}
function judgeLabelTiming(state, eventId, digest) {
  if (eventId !== void 0 && state.labelEventId === eventId)
    return state.labelledChangeSet === digest ? "current" : "moved-since-applied";
  if (state.labelEventId === void 0 && state.labelledChangeSet !== void 0)
    return state.labelledChangeSet === digest ? "current" : "moved-since-applied";
  return state.evaluatedChangeSet === digest ? "current" : "applied-before-shown";
}
var TIMING_REASONS = {
  "moved-since-applied": "the SOUP changes moved after it was applied",
  "applied-before-shown": "it was applied while the SOUP changes moved (to changes the checklist had not yet shown)"
};
function staleLabelNote(name, timing) {
  return `label ${code(name)} removed: ${TIMING_REASONS[timing]}, so it must be applied again after review`;
}
function staleLabelProblem(timing) {
  return `${TIMING_REASONS[timing]}; remove and re-apply it`;
}
function recordLabel(state, tie, digest) {
  const { labelledChangeSet: _set, labelEventId: _id, ...rest } = state;
  const shown = { ...rest, evaluatedChangeSet: digest };
  if (!tie) return shown;
  return {
    ...shown,
    labelledChangeSet: tie.changeSet,
    ...tie.eventId !== void 0 ? { labelEventId: tie.eventId } : {}
  };
}
function refusedTie(state, eventId, timing) {
  const changeSet = timing === "moved-since-applied" ? state.labelledChangeSet : state.evaluatedChangeSet;
  return { eventId, changeSet: changeSet ?? "" };
}
function labelActorProblem(actor, refusal) {
  if (!actor) return "applied by unknown: nobody is recorded as applying it";
  return refusal ? `applied by ${code(actor)}: ${refusal}` : void 0;
}

// src/app/gate-label.ts
async function checkAnomalyLabel(context, input, state) {
  const { client, repo, io } = context;
  const { pr, policy } = input;
  const name = policy.labels.anomaliesReviewed;
  const gated = input.sections.filter((s) => s.gated);
  const { required, reason } = labelRequirement(
    gated,
    policy.labels.requireAnomalyLabel,
    input.enrichment,
    input.register,
    io.now()
  );
  const digest = digestChanges(gated.map((s) => s.change));
  if (!pr.labels.includes(name))
    return {
      label: { name, required, present: false, reason },
      state: recordLabel(state, void 0, digest)
    };
  const labeling = await findLatestLabeling(client, repo, pr.number, name);
  const timing = judgeLabelTiming(state, labeling?.eventId, digest);
  if (timing !== "current") {
    try {
      await removeLabel(client, repo, pr.number, name);
    } catch (error) {
      if (!(error instanceof PermissionError)) throw error;
      io.warning(error.message);
      const problem2 = staleLabelProblem(timing);
      return {
        label: { name, required, present: true, reason, problem: problem2 },
        state: recordLabel(state, refusedTie(state, labeling?.eventId, timing), digest)
      };
    }
    const next2 = addNote(state, io.now().toISOString(), staleLabelNote(name, timing));
    return { label: { name, required, present: false, reason }, state: recordLabel(next2, void 0, digest) };
  }
  const next = recordLabel(state, { eventId: labeling?.eventId, changeSet: digest }, digest);
  if (!required) return { label: { name, required, present: true, reason }, state: next };
  const actor = labeling?.actor;
  const problem = labelActorProblem(actor, actor ? await input.reviewer(actor) : null);
  return { label: { name, required, present: true, reason, ...problem ? { problem } : {} }, state: next };
}

// src/gate/reviewers.ts
function authorRefusal(rules, login, prAuthor) {
  return rules.separationOfDuties && login.toLowerCase() === prAuthor.toLowerCase() ? "the PR author may not assess their own change (separation of duties)" : null;
}
function permissionRefusal(rules, login, permission) {
  return meetsPermission(permission, rules.permission) ? null : `${code(login)} has ${code(permission)} access; assessing needs ${code(rules.permission)} or above`;
}
function teamsToAsk(rules, owner) {
  return rules.teams.map((team) => {
    const [org, slug] = team.includes("/") ? team.split("/", 2) : [owner, team];
    return { org, slug };
  });
}
function isDecisive(membership) {
  return membership !== "inactive";
}
function membershipRefusal(rules, login, memberships) {
  if (rules.teams.length === 0) return null;
  for (const membership of memberships) {
    if (membership === "active") return null;
    if (membership === "forbidden")
      return `team membership could not be read (the token needs organization members: read; GITHUB_TOKEN has no such permission, so use a GitHub App or fine-grained token for reviewers.teams)`;
  }
  return `${code(login)} is not in ${rules.teams.map((t) => code(t)).join(" or ")}`;
}

// src/github/permissions.ts
var ROLES = ["maintain", "triage", "admin", "write", "read"];
async function getPermissionLevel(client, repo, login) {
  try {
    const response = await client.request("GET /repos/{owner}/{repo}/collaborators/{username}/permission", {
      ...repo,
      username: login
    });
    const value = field(response.data, "permission");
    const role = field(response.data, "role_name");
    if (typeof role === "string" && ROLES.includes(role)) return role;
    return typeof value === "string" ? value : "none";
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
    return "none";
  }
}
async function getTeamMembership(client, team, login) {
  try {
    const response = await client.request("GET /orgs/{org}/teams/{team_slug}/memberships/{username}", {
      org: team.org,
      team_slug: team.slug,
      username: login
    });
    return field(response.data, "state") === "active" ? "active" : "inactive";
  } catch (error) {
    const status = statusOf(error);
    if (status === 403) return "forbidden";
    if (status === 404) return "inactive";
    throw error;
  }
}

// src/app/reviewers.ts
function createReviewerCheck(client, repo, rules, prAuthor) {
  const check = async (login) => {
    const refusal = authorRefusal(rules, login, prAuthor) ?? permissionRefusal(rules, login, await getPermissionLevel(client, repo, login));
    if (refusal !== null) return refusal;
    const memberships = [];
    for (const team of teamsToAsk(rules, repo.owner)) {
      const membership = await getTeamMembership(client, team, login);
      memberships.push(membership);
      if (isDecisive(membership)) break;
    }
    return membershipRefusal(rules, login, memberships);
  };
  const cache = /* @__PURE__ */ new Map();
  return (login) => {
    let result = cache.get(login);
    if (!result) cache.set(login, result = check(login));
    return result;
  };
}

// src/app/gate-review.ts
async function reviewGate(context, inputs, edit) {
  const { client, repo, config } = context;
  const { pr, policy, sections } = inputs;
  const headRuns = await listCheckRuns(client, repo, pr.headSha);
  const comment = await findStickyComment(client, repo, pr.number, config.botLogin);
  const loaded = await loadGateState(client, repo, {
    pr: pr.number,
    botApp: config.botApp,
    headRuns,
    readComment: async () => comment?.body
  });
  const itemIds = tickableIds(sections);
  const baseline = reconcileTicks(loaded.state, itemIds);
  const reviewer = createReviewerCheck(client, repo, policy.reviewers, pr.author);
  const ticked = edit ? await applyCommentEdit(context, {
    comment,
    edit,
    state: baseline,
    reviewer,
    sections,
    itemIds,
    headSha: pr.headSha
  }) : baseline;
  const labelled = await checkAnomalyLabel(context, { ...inputs, reviewer }, ticked);
  const evidence = await verifyEvidence({
    client,
    repo,
    rule: policy.evidence,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    checkRuns: headRuns,
    prBody: pr.body
  });
  const junit = await readJunitEvidence({
    client,
    repo,
    rule: policy.evidence,
    evidence,
    sections,
    register: inputs.register,
    baseSha: pr.baseSha,
    headSha: pr.headSha,
    warn: (message2) => context.io.warning(message2)
  });
  return {
    baseline,
    // What this run's comment shows, so the change record can show the exact label that was ticked.
    state: { ...labelled.state, shown: recordShownWording(sections, inputs.itemFacts) },
    itemIds,
    items: sections.reduce((sum, section) => sum + section.items.length, 0),
    label: labelled.label,
    evidence,
    junit,
    runId: loaded.current?.id,
    comment
  };
}
async function applyCommentEdit(context, input) {
  const { io } = context;
  const { edit } = input;
  if (!input.comment || input.comment.id !== edit.commentId) {
    io.notice("the edited comment is not soup-gate's own sticky comment; ignored");
    return input.state;
  }
  const outcome = applyTicks(input.state, diffCheckboxes(edit.before, edit.after), {
    actor: edit.actor,
    refusal: await input.reviewer(edit.actor),
    at: io.now().toISOString(),
    headSha: input.headSha,
    sections: input.sections
  });
  io.info(`ticks by ${edit.actor}: ${outcome.accepted} accepted, ${outcome.rejected} reverted`);
  return reconcileTicks(outcome.state, input.itemIds);
}

// src/documents/gate-summary.ts
var MAX_TITLE_CHARS = 240;
var ENTITY = { amp: "&", lt: "<", gt: ">", quot: '"' };
function plainText(markdown) {
  return markdown.replace(/<[^>]*>/g, "").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&(amp|lt|gt|quot);/g, (_, name) => ENTITY[name]).replace(/^[✅⛔]\uFE0F?\s*/u, "");
}
function blockingList(missing) {
  return ["**Still blocking**", "", ...missing.map((m) => `- ${m}`)];
}
function renderCheckOutput(verdict, headline) {
  const text2 = plainText(headline);
  const title = text2.length > MAX_TITLE_CHARS ? `${text2.slice(0, MAX_TITLE_CHARS - 1)}\u2026` : text2;
  const missing = verdict.missing.length > 0 ? ["", ...blockingList(verdict.missing)] : [];
  return { title, summary: [headline, ...missing].join("\n") };
}
function renderJobSummary(prNumber, verdict, result, changes) {
  const head = `### soup-gate: ${verdict.passed ? "passed" : "blocked"} for #${prNumber}`;
  const missing = verdict.missing.length > 0 ? ["", ...blockingList(verdict.missing)] : [];
  return [head, ...missing, "", renderDiffMarkdown(result, changes)].join("\n");
}

// src/gate/tick-merge.ts
var MAX_MERGED_NOTES = 10;
function tickKey(tick) {
  return `${tick.item}\0${tick.by}\0${tick.at}`;
}
function addedTicks(baseline, mine) {
  const before = new Set(baseline.ticks.map(tickKey));
  return mine.ticks.filter((tick) => !before.has(tickKey(tick)));
}
function removedItems(baseline, mine) {
  const still = new Set(mine.ticks.map((tick) => tick.item));
  return new Set(baseline.ticks.filter((tick) => !still.has(tick.item)).map((tick) => tick.item));
}
function tickChanges(baseline, mine) {
  return { added: addedTicks(baseline, mine), removed: removedItems(baseline, mine) };
}
function mergeTicks(latest, mine, changes, itemIds) {
  const added = new Set(changes.added.map((tick) => tick.item));
  const ticks = [
    ...latest.ticks.filter((tick) => !changes.removed.has(tick.item) && !added.has(tick.item)),
    ...changes.added
  ].filter((tick) => itemIds.has(tick.item));
  const seen = /* @__PURE__ */ new Set();
  const notes = [...latest.notes, ...mine.notes].filter((note) => {
    const key = `${note.at}\0${note.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => a.at < b.at ? -1 : a.at > b.at ? 1 : 0).slice(-MAX_MERGED_NOTES);
  return { ...mine, ticks, notes };
}
function containsChanges(state, changes) {
  const keys = new Set(state.ticks.map(tickKey));
  return changes.added.every((tick) => keys.has(tickKey(tick))) && !state.ticks.some((tick) => changes.removed.has(tick.item));
}
function fitTickRecord(input) {
  const { base, mine, changes, itemIds, encode } = input;
  const limit = changes.added.length > 0 ? NEW_TICKS_CAPACITY : RECORD_CAPACITY;
  const full = mergeTicks(base, mine, changes, itemIds);
  const candidates = [full];
  if (full.shown) candidates.push(withoutShown(full));
  if (full.reverified && full.reverified.changes.length > 0) candidates.push(withoutDetail(full));
  for (const state of candidates) {
    const record = encode(state);
    if (record.length <= limit) return { state, record, changes, refused: [] };
  }
  const kept = { added: [], removed: changes.removed };
  const n = changes.added.length;
  const note = `${n} ${n === 1 ? "tick" : "ticks"} not recorded: ${overflowReason(input.items ?? itemIds.size)}`;
  const withheld = addNote(withoutDetail(mergeTicks(base, mine, kept, itemIds)), input.at, note);
  for (const candidate of [withheld, { ...withheld, notes: withheld.notes.slice(-1) }]) {
    const smaller = encode(candidate);
    if (smaller.length <= RECORD_CAPACITY)
      return { state: candidate, record: smaller, changes: kept, refused: changes.added };
  }
  return void 0;
}
function withoutShown(state) {
  const { shown: _shown, ...rest } = state;
  return rest;
}
function withoutDetail(state) {
  const rest = withoutShown(state);
  const results = rest.reverified;
  if (!results || results.changes.length === 0) return rest;
  const omitted = (results.omitted ?? 0) + results.changes.length;
  return { ...rest, reverified: { ...results, changes: [], omitted } };
}
function overflowReason(items) {
  return `the tick record for ${items} items exceeds what soup-gate can store; split the PR`;
}

// src/app/gate-verdict.ts
function judgeGate(inputs, review, state) {
  const { sections } = inputs;
  const unpassable = inputs.unpassable ?? [];
  const blockers = [...inputs.blockers, ...unpassable.filter((u) => !inputs.blockers.includes(u))];
  const { evidence, label } = review;
  const model = {
    sections,
    state,
    evidence,
    label,
    headSha: inputs.headSha,
    facts: inputs.facts,
    notices: inputs.notices ?? [],
    unpassable,
    ...inputs.scope ? { scope: inputs.scope } : {},
    ...inputs.detailUrl !== void 0 ? { detailUrl: inputs.detailUrl } : {},
    ...inputs.repoUrl !== void 0 ? { repoUrl: inputs.repoUrl } : {}
  };
  const verdict = evaluateGate({ sections, state, evidence, label, blockers });
  const comment = renderComment({ ...model, verdict });
  if (comment.omitted === 0) return { verdict, comment };
  const overflow = `${comment.omitted} gated changes do not fit in one comment and cannot be assessed there: split the PR`;
  const blocked = evaluateGate({ sections, state, evidence, label, blockers: [...blockers, overflow] });
  return { verdict: blocked, comment: renderComment({ ...model, verdict: blocked }) };
}

// src/app/gate-writes.ts
var withRepoUrl = (repoUrl) => repoUrl !== void 0 ? { repoUrl } : {};
async function writeGateCheck(context, inputs, review) {
  const { client, repo, config, io } = context;
  const { pr } = inputs;
  const mine = tickChanges(review.baseline, review.state);
  const latest = () => readLatestGateState(client, repo, { pr: pr.number, sha: pr.headSha, botApp: config.botApp });
  const judge = (state, refused) => judgeGate(
    {
      ...inputs,
      headSha: pr.headSha,
      scope: inputs.policy.scope,
      ...config.runUrl !== void 0 ? { detailUrl: config.runUrl } : {},
      ...withRepoUrl(repositoryUrl(config.serverUrl, `${repo.owner}/${repo.repo}`)),
      // Ticks that cannot be recorded can never count: no checkboxes, and the comment says to split.
      unpassable: refused > 0 ? [overflowReason(review.items)] : []
    },
    review,
    state
  );
  const settle = async (base, existingId) => {
    const fitted = fitTickRecord({
      base,
      mine: review.state,
      changes: mine,
      itemIds: review.itemIds,
      items: review.items,
      encode: (state) => encodeStateRecord(state, STATE_COMPRESSION),
      at: io.now().toISOString()
    });
    if (!fitted)
      throw new Error(`soup-gate could not store its tick record: ${overflowReason(review.items)}`);
    if (fitted.refused.length > 0)
      io.warning(`${fitted.refused.length} tick(s) not recorded: ${overflowReason(review.items)}`);
    const judgement = judge(fitted.state, fitted.refused.length);
    const check = renderCheckOutput(judgement.verdict, judgement.comment.headline);
    const output = layOutStateOutput(fitted.record, check.summary);
    const runId = await writeCheckRun(client, repo, existingId, {
      name: GATE_CHECK_NAME,
      sha: pr.headSha,
      passed: judgement.verdict.passed,
      title: check.title,
      ...output
    });
    return { judgement, runId, state: fitted.state, changes: fitted.changes };
  };
  let written;
  try {
    const before = await latest();
    written = await settle(before?.state ?? review.baseline, before?.runId ?? review.runId);
    const after = await latest();
    if (after && !containsChanges(after.state, written.changes)) {
      written = await settle(after.state, after.runId);
    }
    return { judgement: written.judgement, runId: written.runId, checkWritten: true };
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(error.message);
    return written ? { judgement: written.judgement, runId: written.runId, checkWritten: false } : { judgement: judge(review.baseline, 0), runId: review.runId, checkWritten: false };
  }
}
async function writeGateComment(context, inputs, existing, written) {
  const { client, repo, config, io } = context;
  if (inputs.changes.length === 0 && !existing) return;
  const pointer = written.runId !== void 0 ? `
${stateRefMarker(written.runId)}` : "";
  const body = `${written.judgement.comment.body}${pointer}`;
  try {
    const outcome = await upsertStickyComment(client, repo, inputs.pr.number, existing, body);
    io.info(`sticky comment ${outcome}`);
    if (outcome !== "created") return;
    const removed = await removeDuplicateStickyComments(
      client,
      repo,
      inputs.pr.number,
      config.botLogin,
      body
    );
    if (removed > 0) io.info(`removed ${removed} duplicate sticky comment(s) created by a concurrent run`);
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(error.message);
  }
}
async function reportGate(io, inputs, written) {
  const { verdict } = written.judgement;
  io.setOutput("changes", JSON.stringify({ lockfiles: inputs.result.lockfiles, changes: inputs.changes }));
  io.setOutput("gate", verdict.passed ? "pass" : "fail");
  io.setOutput("missing", JSON.stringify(verdict.missing));
  await io.writeSummary(renderJobSummary(inputs.pr.number, verdict, inputs.result, inputs.changes));
}

// src/app/gate-evaluation.ts
async function evaluatePullRequest(context, pr, edit) {
  const read = await loadGateInputs(context, pr);
  const reviewed = await reviewGate(context, read, edit);
  const { inputs, reverified } = withReverification(read, reviewed);
  const { reverified: _previous, ...state } = reviewed.state;
  const review = { ...reviewed, state: reverified ? { ...state, reverified } : state };
  const written = await writeGateCheck(context, inputs, review);
  await writeGateComment(context, inputs, review.comment, written);
  await reportGate(context.io, inputs, written);
  const { verdict } = written.judgement;
  return {
    passed: verdict.passed,
    missing: verdict.missing,
    checkWritten: written.checkWritten,
    changes: inputs.changes
  };
}
function withReverification(inputs, review) {
  const found = reverify({
    sections: inputs.sections,
    register: inputs.register,
    outcome: review.junit,
    headSha: inputs.pr.headSha
  });
  const reverified = recordReverification(review.junit, found.changes);
  return { inputs: applyReverification(inputs, found), reverified };
}
function applyReverification(inputs, found) {
  if (found.itemTexts.size === 0 && found.facts.size === 0 && found.blockers.length === 0) return inputs;
  const facts = new Map(inputs.facts);
  for (const [key, text2] of found.facts) facts.set(key, [facts.get(key), text2].filter(Boolean).join("\n\n"));
  return {
    ...inputs,
    sections: applyItemTexts(inputs.sections, found.itemTexts),
    facts,
    blockers: [...inputs.blockers, ...found.blockers]
  };
}
export {
  evaluatePullRequest,
  withReverification
};
