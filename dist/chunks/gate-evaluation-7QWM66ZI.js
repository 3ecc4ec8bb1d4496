import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
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
  removeDuplicateStickyComments,
  removeLabel,
  renderComment,
  settleRegister,
  stateRefMarker,
  unevaluatedAnomalies,
  upsertStickyComment
} from "./chunk-VQACCLZK.js";
import {
  diffInventories
} from "./chunk-5HGLR36C.js";
import {
  buildChecklist,
  digestChanges,
  repositoryUrl,
  tickableIds
} from "./chunk-VME6LLLN.js";
import "./chunk-EKNWXDN6.js";
import {
  renderDiffMarkdown
} from "./chunk-BKKZHBMQ.js";
import {
  listCheckRuns,
  writeCheckRun
} from "./chunk-Q7I754MA.js";
import "./chunk-J4VTMTXJ.js";
import {
  meetsPermission,
  parsePolicyFile,
  removeIgnoredPackages
} from "./chunk-ACKLUDVA.js";
import {
  loadInventory
} from "./chunk-2FS3YAXM.js";
import "./chunk-2H25DXEN.js";
import "./chunk-SY6XZW7P.js";
import {
  PermissionError,
  fetchPullRequestTrees,
  readFileAt,
  statusOf
} from "./chunk-T7HG5RJJ.js";
import "./chunk-WSXEJYLE.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-5BJOCA7T.js";
import "./chunk-43C5MGZD.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-P55ZYZZQ.js";
import {
  GATE_CHECK_NAME
} from "./chunk-3U2JT5LO.js";
import {
  field
} from "./chunk-WQDGKKBB.js";
import {
  renderChangeFacts
} from "./chunk-2KN6BNRS.js";
import {
  code,
  safeUrl
} from "./chunk-PLLD3DQX.js";
import {
  enrichmentFor
} from "./chunk-L7AYNKAZ.js";
import "./chunk-4TJ2YGMG.js";
import "./chunk-3K2ZVADA.js";
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
import "./chunk-U4ZUF5KN.js";

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
  return { sections: buildChecklist(changes, policy, itemFacts), facts, blockers: findings.blockers };
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
        description: `accepted: ${link(run.url, `successful ${code(run.name, MAX_NAME)} check run`)} from ${code(run.appSlug ?? "", MAX_NAME)} on ${shortSha(headSha)}`
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
function foreignLinkProblem(runLink, repo) {
  return runLink.owner.toLowerCase() !== repo.owner.toLowerCase() || runLink.repo.toLowerCase() !== repo.repo.toLowerCase() ? `run ${code(runLink.id)} is from another repository` : void 0;
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
function judgeLinkedRun(runLink, run, repo, headSha, rule) {
  const id = code(runLink.id);
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
function judgeWorkflowFile(runLink, run, path, file, headSha) {
  const id = code(runLink.id);
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
      description: `accepted: ${link(runLink.url, `successful run ${runLink.id}`)} of workflow ${workflow} (named by the base branch's policy, unchanged by this PR) on ${shortSha(headSha)}, linked in the PR`
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
  return {
    id,
    repository: text(field(field(run, "repository"), "full_name")),
    headSha: text(field(run, "head_sha")),
    status: text(field(run, "status")),
    conclusion: text(field(run, "conclusion")),
    path: text(field(run, "path")),
    name: text(field(run, "name"))
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
  for (const runLink of rule.links ? findRunLinks(input.prBody) : []) {
    const foreign = foreignLinkProblem(runLink, repo);
    if (foreign) {
      refusals.push(foreign);
      continue;
    }
    const run = await getWorkflowRun(client, repo, Number(runLink.id));
    const judged = judgeLinkedRun(runLink, run, repo, headSha, rule);
    if ("problem" in judged) {
      refusals.push(judged.problem);
      continue;
    }
    const base = await getFileBlobSha(client, repo, baseSha, judged.path);
    const head = base === void 0 ? void 0 : await getFileBlobSha(client, repo, headSha, judged.path);
    const verdict = judgeWorkflowFile(runLink, judged.run, judged.path, { base, head }, headSha);
    if ("evidence" in verdict) return withRefusals(verdict.evidence, refusals);
    refusals.push(verdict.problem);
  }
  return awaitedEvidence(rule, headSha, refusals);
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
  return {
    baseline,
    state: labelled.state,
    itemIds,
    items: sections.reduce((sum, section) => sum + section.items.length, 0),
    label: labelled.label,
    evidence,
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
  const state = mergeTicks(base, mine, changes, itemIds);
  const record = encode(state);
  const limit = changes.added.length > 0 ? NEW_TICKS_CAPACITY : RECORD_CAPACITY;
  if (record.length <= limit) return { state, record, changes, refused: [] };
  const kept = { added: [], removed: changes.removed };
  const n = changes.added.length;
  const note = `${n} ${n === 1 ? "tick" : "ticks"} not recorded: ${overflowReason(input.items ?? itemIds.size)}`;
  const withheld = addNote(mergeTicks(base, mine, kept, itemIds), input.at, note);
  for (const candidate of [withheld, { ...withheld, notes: withheld.notes.slice(-1) }]) {
    const smaller = encode(candidate);
    if (smaller.length <= RECORD_CAPACITY)
      return { state: candidate, record: smaller, changes: kept, refused: changes.added };
  }
  return void 0;
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
  const inputs = await loadGateInputs(context, pr);
  const review = await reviewGate(context, inputs, edit);
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
export {
  evaluatePullRequest
};
