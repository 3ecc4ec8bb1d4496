import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  assessItems,
  checkAnomalies,
  checkHealth,
  comparableBody,
  countVersions,
  issueTitle,
  readListedIds,
  readMonitorMarker,
  renderCloseComment,
  renderIssueBody,
  renderMonitorSummary,
  renderReopenComment,
  selectMonitoredItems,
  totalsOf
} from "./chunk-CFUMV3OM.js";
import "./chunk-ODO6LWN5.js";
import {
  code,
  createHttpClient,
  emptyRegister,
  escapeText,
  loadInventory,
  parsePolicyFile,
  parseRegister,
  registerLookupKey
} from "./chunk-T56LFKXC.js";
import {
  PermissionError,
  createCommitSource,
  expectArray,
  field,
  readFileAt,
  statusOf,
  withPermission
} from "./chunk-YTRLSDO5.js";
import "./chunk-KVQLNP6N.js";

// src/monitor/plan.ts
function needsIssue(assessment, options) {
  return assessment.open.length > 0 || assessment.health.some((h) => options.healthInIssues.includes(h.kind));
}
function planIssueActions(assessments, existing, options) {
  const ours = /* @__PURE__ */ new Map();
  const duplicates = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    if (issue.author !== options.botLogin) continue;
    const key = readMonitorMarker(issue.body);
    if (key === void 0) continue;
    if (ours.has(key)) duplicates.push(issue.number);
    else ours.set(key, issue);
  }
  const actions = [];
  const numbers = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  for (const assessment of assessments) {
    const key = assessment.item.key;
    const lookup = registerLookupKey(assessment.item.ecosystem, assessment.item.name);
    seen.add(lookup);
    const issue = ours.get(lookup);
    if (issue) numbers.set(key, issue.number);
    if (issue?.state === "open" && assessment.unchecked.some((u) => u.failed)) {
      actions.push({
        kind: "keep",
        key,
        number: issue.number,
        reason: "some versions could not be looked up"
      });
      continue;
    }
    if (needsIssue(assessment, options)) {
      const title = issueTitle(assessment);
      const body = renderIssueBody(assessment, {
        registerPath: options.registerPath,
        healthInIssues: options.healthInIssues
      });
      if (!issue) actions.push({ kind: "create", key, title, body });
      else if (issue.state === "closed") {
        actions.push({
          kind: "reopen",
          key,
          number: issue.number,
          title,
          body,
          comment: renderReopenComment(assessment, options.registerPath)
        });
      } else if (comparableBody(issue.body) !== comparableBody(body) || issue.title !== title) {
        actions.push({ kind: "update", key, number: issue.number, title, body });
      } else actions.push({ kind: "keep", key, number: issue.number });
      continue;
    }
    if (!issue || issue.state === "closed") continue;
    actions.push({
      kind: "close",
      key,
      number: issue.number,
      comment: renderCloseComment(assessment, readListedIds(issue.body), options.registerPath)
    });
  }
  for (const [lookup, issue] of ours) {
    if (seen.has(lookup) || issue.state === "closed") continue;
    actions.push({
      kind: "close",
      key: void 0,
      number: issue.number,
      comment: renderCloseComment(void 0, [], options.registerPath)
    });
  }
  return { actions, numbers, duplicates };
}

// src/github/monitor-issues.ts
async function getDefaultBranchHead(client, repo) {
  const data = (await client.rest.repos.get({ ...repo })).data;
  const branch = field(data, "default_branch");
  if (typeof branch !== "string" || branch === "")
    throw new Error(`GitHub returned ${repo.owner}/${repo.repo} without a default_branch`);
  const head = (await client.rest.repos.getBranch({ ...repo, branch })).data;
  const sha = field(field(head, "commit"), "sha");
  if (typeof sha !== "string") throw new Error(`GitHub returned branch ${branch} without commit.sha`);
  return { branch, sha };
}
async function listTreePaths(client, repo, sha) {
  const data = (await client.rest.git.getTree({ ...repo, tree_sha: sha, recursive: "true" })).data;
  const tree = expectArray(field(data, "tree"), `the tree of ${sha}`);
  const paths = tree.filter((entry) => field(entry, "type") === "blob").map((entry) => field(entry, "path")).filter((path) => typeof path === "string");
  return { paths, truncated: field(data, "truncated") === true };
}
async function listMonitorIssues(client, repo, label) {
  const issues = expectArray(
    await client.paginate(client.rest.issues.listForRepo, {
      ...repo,
      state: "all",
      labels: label,
      sort: "created",
      direction: "asc",
      per_page: 100
    }),
    "the monitoring issues"
  );
  const out = [];
  for (const issue of issues) {
    if (field(issue, "pull_request") !== void 0) continue;
    const number = field(issue, "number");
    const author = field(field(issue, "user"), "login");
    const state = field(issue, "state");
    if (typeof number !== "number" || typeof author !== "string") continue;
    const body = field(issue, "body");
    const title = field(issue, "title");
    const labels = field(issue, "labels");
    out.push({
      number,
      author,
      title: typeof title === "string" ? title : "",
      body: typeof body === "string" ? body : "",
      state: state === "closed" ? "closed" : "open",
      labels: Array.isArray(labels) ? labels.map((l) => typeof l === "string" ? l : field(l, "name")).filter((n) => typeof n === "string") : []
    });
  }
  return out;
}
async function applyIssueAction(client, repo, action, label) {
  return withPermission(`${action.kind} a monitoring issue`, "issues: write", async () => {
    switch (action.kind) {
      case "create": {
        const data = (await client.rest.issues.create({
          ...repo,
          title: action.title,
          body: action.body,
          labels: [label]
        })).data;
        const number = field(data, "number");
        if (typeof number !== "number") throw new Error("GitHub created an issue without a number");
        return number;
      }
      case "update":
        await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          title: action.title,
          body: action.body
        });
        return action.number;
      case "reopen":
        await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          title: action.title,
          body: action.body,
          state: "open"
        });
        await client.rest.issues.createComment({
          ...repo,
          issue_number: action.number,
          body: action.comment
        });
        return action.number;
      case "close":
        await client.rest.issues.createComment({
          ...repo,
          issue_number: action.number,
          body: action.comment
        });
        await client.rest.issues.update({
          ...repo,
          issue_number: action.number,
          state: "closed",
          state_reason: "completed"
        });
        return action.number;
    }
  });
}
async function isRepositoryArchived(client, repo) {
  try {
    const data = (await client.rest.repos.get({ ...repo })).data;
    const archived = field(data, "archived");
    return typeof archived === "boolean" ? archived : void 0;
  } catch (error) {
    const status = statusOf(error);
    if (status === 404 || status === 403 || status === 451) return void 0;
    throw error;
  }
}

// src/app/monitor.ts
async function runMonitor(options) {
  const { client, repo, config, io } = options;
  if (!config.enrich) {
    io.notice(
      "soup-gate monitoring looks anomalies up in OSV; the enrich input is false, so nothing was checked"
    );
    await io.writeSummary("### soup-gate monitoring: not run (enrich is false)\n");
    return { totals: totalsOf([]), issues: void 0, assessments: [] };
  }
  const head = await getDefaultBranchHead(client, repo);
  io.info(`monitor: ${repo.owner}/${repo.repo} ${head.branch} at ${head.sha}`);
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, head.sha, config.configFile)
  );
  const registerText = await readFileAt(client, repo, head.sha, policy.register);
  const register = registerText === void 0 ? emptyRegister(policy.register) : parseRegister(policy.register, registerText, { allowIncomplete: true });
  const tree = await listTreePaths(client, repo, head.sha);
  const notes = [];
  if (tree.truncated) {
    const message = `the tree of ${head.branch} is too large for one GitHub tree listing (truncated): lockfiles past the cut are not monitored`;
    io.warning(message);
    notes.push(escapeText(message, 300));
  }
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const inventory = await loadInventory(
    createCommitSource(client, repo, head.sha, tree.paths, new Set(tree.paths)),
    {
      ignore,
      maxBytes: config.maxLockfileBytes,
      onProgress: io.info
    }
  );
  const items = selectMonitoredItems(inventory, {
    dependencies: policy.scope.dependencies,
    includeDev: policy.scope.includeDev,
    ignorePackages: policy.ignore.packages
  });
  io.info(`monitor: ${items.length} SOUP item(s), ${countVersions(items)} version(s) in scope`);
  const http = createHttpClient({ fetch: globalThis.fetch, userAgent: "soup-gate" });
  const osv = await checkAnomalies(items, { http, osvUrl: config.osvUrl, onProgress: io.info });
  for (const failure of osv.failures) io.warning(`anomaly lookup failed: ${failure}`);
  const health = await checkHealth(items, {
    http,
    checks: config.monitorChecks,
    npmRegistryUrl: config.npmRegistryUrl,
    depsDevUrl: config.depsDevUrl,
    obsoleteAfterDays: config.monitorObsoleteDays,
    maxLookups: config.monitorMaxLookups,
    today: io.now(),
    isArchived: (r) => isRepositoryArchived(client, r)
  });
  notes.push(...health.notes);
  const today = io.now().toISOString().slice(0, 10);
  const assessments = assessItems(items, osv.byItem, register, today, health.findings);
  const totals = totalsOf(assessments);
  const label = config.monitorLabel;
  let issues;
  let numbers = /* @__PURE__ */ new Map();
  try {
    const existing = await listMonitorIssues(client, repo, label);
    const plan = planIssueActions(assessments, existing, {
      botLogin: config.botLogin,
      registerPath: register.path,
      healthInIssues: config.monitorIssuesFor
    });
    numbers = plan.numbers;
    if (plan.duplicates.length > 0)
      notes.push(
        `issues ${plan.duplicates.map((n) => `#${n}`).join(", ")} repeat another monitoring issue's item and are left alone; close them`
      );
    const counts = { opened: 0, updated: 0, closed: 0, reopened: 0, unchanged: 0, open: 0 };
    const openBefore = existing.filter((i) => i.author === config.botLogin && i.state === "open").length;
    let open = openBefore;
    for (const action of plan.actions) {
      if (action.kind === "keep") {
        counts.unchanged++;
        if (action.reason) io.info(`monitor: #${action.number} kept open: ${action.reason}`);
        continue;
      }
      const number = await applyIssueAction(client, repo, action, label);
      if (action.key !== void 0) numbers.set(action.key, number);
      io.info(`monitor: ${action.kind} #${number}${action.key ? ` (${action.key})` : ""}`);
      if (action.kind === "update") counts.updated++;
      else if (action.kind === "create") {
        counts.opened++;
        open++;
      } else if (action.kind === "reopen") {
        counts.reopened++;
        open++;
      } else {
        counts.closed++;
        open--;
      }
    }
    counts.open = Math.max(0, open);
    issues = counts;
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(`${error.message} (monitoring needs issues: write)`);
    notes.push(`issues could not be written: the token lacks ${code("issues: write")}`);
  }
  const markdown = renderMonitorSummary({
    repoLabel: `${repo.owner}/${repo.repo}`,
    commit: head.sha,
    totals,
    issues,
    assessments,
    notes,
    issueNumbers: numbers
  });
  io.setOutput("monitor", JSON.stringify({ ...totals, issues: issues ?? null }));
  await io.writeSummary(markdown);
  const failed = totals.failed;
  if (failed > 0) {
    const message = `anomalies of ${failed} SOUP version(s) could not be looked up (${osv.failures[0] ?? "see the log"})`;
    if (policy.anomalies.onLookupFailure === "fail")
      return { totals, issues, assessments, failure: `soup-gate monitoring: ${message}` };
    io.warning(message);
  }
  return { totals, issues, assessments };
}
export {
  runMonitor
};
