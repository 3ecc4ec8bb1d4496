import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  buildChecklist,
  checklistFacts,
  describeChange,
  findLabelActors,
  findStickyComment,
  findTick,
  lookUpChanges
} from "./chunk-RPNT6BL3.js";
import {
  SBOM_PROPERTY,
  buildSbom,
  lastVerifiedFromRecords,
  parseChangeRecord,
  readSoupListStamp,
  renderChangeRecord,
  renderSoupList
} from "./chunk-LOA5PHCA.js";
import {
  diffInventories,
  renderChangesTable
} from "./chunk-EQNWMKIC.js";
import {
  emptyState,
  listCheckRuns,
  loadGateState,
  reconcileTicks
} from "./chunk-QPHWPYDL.js";
import {
  code,
  emptyRegister,
  escapeText,
  loadInventory,
  parsePolicyFile,
  parseRegister,
  removeIgnoredPackages,
  toPlainText
} from "./chunk-T56LFKXC.js";
import {
  PermissionError,
  createCommitSource,
  expectArray,
  fetchPullRequestTrees,
  field,
  getPullRequest,
  readFileAt,
  statusOf,
  withPermission
} from "./chunk-YTRLSDO5.js";
import {
  manifestsFor,
  selectLockfiles
} from "./chunk-KVQLNP6N.js";

// src/github/git-data.ts
import { createHash } from "node:crypto";
function gitBlobSha(text) {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
var PROTECTION = /protected branch|through a pull request|not authorized to push|status checks? .*(expected|required)|required status check|rule violations?|cannot force-push|Protected branch update failed/i;
async function getBranch(client, repo, branch) {
  const data = (await client.rest.repos.getBranch({ ...repo, branch })).data;
  const sha = field(field(data, "commit"), "sha");
  if (typeof sha !== "string") throw new Error(`GitHub returned branch ${branch} without commit.sha`);
  return { name: branch, sha, protected: field(data, "protected") === true };
}
async function getRefSha(client, repo, ref) {
  try {
    const data = (await client.rest.git.getRef({ ...repo, ref })).data;
    const sha = field(field(data, "object"), "sha");
    return typeof sha === "string" ? sha : void 0;
  } catch (error) {
    if (statusOf(error) === 404) return void 0;
    throw error;
  }
}
async function getCommitParents(client, repo, sha) {
  const data = (await client.rest.git.getCommit({ ...repo, commit_sha: sha })).data;
  return expectArray(field(data, "parents"), `the parents of ${sha}`).map((p) => field(p, "sha")).filter((s) => typeof s === "string");
}
async function readCommitTree(client, repo, commit) {
  const data = (await client.rest.git.getTree({ ...repo, tree_sha: commit, recursive: "true" })).data;
  const tree = field(data, "sha");
  if (typeof tree !== "string") throw new Error(`GitHub returned the tree of ${commit} without a sha`);
  if (field(data, "truncated") === true)
    throw new Error(
      `the tree of ${commit.slice(0, 7)} is too large for one Git trees API listing (truncated): soup-gate cannot see every lockfile; narrow the repository or open an issue`
    );
  const files = /* @__PURE__ */ new Map();
  for (const entry of expectArray(field(data, "tree"), `the tree of ${commit}`)) {
    const path = field(entry, "path");
    const sha = field(entry, "sha");
    if (field(entry, "type") !== "blob" || typeof path !== "string" || typeof sha !== "string") continue;
    const size = field(entry, "size");
    files.set(path, {
      path,
      sha,
      mode: String(field(entry, "mode") ?? "100644"),
      size: typeof size === "number" ? size : 0
    });
  }
  return { commit, tree, files };
}
async function readBlob(client, repo, sha) {
  const data = (await client.rest.git.getBlob({ ...repo, file_sha: sha })).data;
  const content = field(data, "content");
  const encoding = field(data, "encoding");
  if (typeof content !== "string") throw new Error(`GitHub returned blob ${sha} without content`);
  return encoding === "base64" ? new Uint8Array(Buffer.from(content, "base64")) : new TextEncoder().encode(content);
}
var INLINE_LIMIT = 512 * 1024;
async function createCommitOnTop(client, repo, input) {
  return withPermission("write the SOUP list and change record", "contents: write", async () => {
    const tree = [];
    for (const file of input.files) {
      if ("sha" in file) {
        tree.push({ path: file.path, mode: "100644", type: "blob", sha: file.sha });
      } else if (Buffer.byteLength(file.content, "utf8") > INLINE_LIMIT) {
        const blob = (await client.rest.git.createBlob({ ...repo, content: file.content, encoding: "utf-8" })).data;
        const sha2 = field(blob, "sha");
        if (typeof sha2 !== "string") throw new Error(`GitHub returned no blob sha for ${file.path}`);
        tree.push({ path: file.path, mode: "100644", type: "blob", sha: sha2 });
      } else {
        tree.push({ path: file.path, mode: "100644", type: "blob", content: file.content });
      }
    }
    const created = (await client.rest.git.createTree({ ...repo, base_tree: input.baseTree, tree })).data;
    const treeSha = field(created, "sha");
    if (typeof treeSha !== "string") throw new Error("GitHub returned a new tree without a sha");
    const commit = (await client.rest.git.createCommit({
      ...repo,
      message: input.message,
      tree: treeSha,
      parents: [input.parent]
    })).data;
    const sha = field(commit, "sha");
    if (typeof sha !== "string") throw new Error("GitHub returned a new commit without a sha");
    return sha;
  });
}
async function fastForwardBranch(client, repo, branch, sha) {
  try {
    await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: false });
    return { updated: true };
  } catch (error) {
    const status = statusOf(error);
    const message = messageOf(error);
    if ((status === 422 || status === 403 || status === 409) && PROTECTION.test(message))
      return { updated: false, reason: "protected", message };
    if ((status === 422 || status === 409) && /fast[ -]forward|reference cannot be updated/i.test(message))
      return { updated: false, reason: "moved", message };
    if (status === 403 && !/rate limit/i.test(message))
      throw new PermissionError(`update the branch ${branch}`, "contents: write");
    throw error;
  }
}
async function forceBranch(client, repo, branch, sha) {
  await withPermission(`write the branch ${branch}`, "contents: write", async () => {
    if (await getRefSha(client, repo, `heads/${branch}`) === void 0) {
      await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
    } else {
      await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
    }
  });
}
async function mergedPullsOfCommit(client, repo, sha) {
  const pulls = expectArray(
    await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, {
      ...repo,
      commit_sha: sha,
      per_page: 100
    }),
    `the pull requests of ${sha}`
  );
  return pulls.filter((p) => typeof field(p, "merged_at") === "string").map((p) => ({ number: Number(field(p, "number")), url: String(field(p, "html_url") ?? "") })).filter((p) => Number.isSafeInteger(p.number));
}
async function upsertPullRequest(client, repo, input) {
  const open = expectArray(
    (await client.rest.pulls.list({
      ...repo,
      state: "open",
      head: `${repo.owner}:${input.head}`,
      base: input.base,
      per_page: 10
    })).data,
    "the open pull requests"
  );
  const existing = open.map((p) => field(p, "number")).find((n) => typeof n === "number");
  try {
    if (existing !== void 0) {
      const data2 = (await client.rest.pulls.update({
        ...repo,
        pull_number: existing,
        title: input.title,
        body: input.body
      })).data;
      return { number: existing, url: String(field(data2, "html_url") ?? ""), created: false };
    }
    const data = (await client.rest.pulls.create({
      ...repo,
      head: input.head,
      base: input.base,
      title: input.title,
      body: input.body
    })).data;
    const number = field(data, "number");
    if (typeof number !== "number") throw new Error("GitHub returned a new pull request without a number");
    return { number, url: String(field(data, "html_url") ?? ""), created: true };
  } catch (error) {
    if (statusOf(error) === 403 && !/rate limit/i.test(messageOf(error)))
      throw new PermissionError(
        existing !== void 0 ? `update pull request #${existing}` : `open the pull request from ${input.head}`,
        "pull-requests: write"
      );
    throw error;
  }
}

// src/app/on-merge.ts
var UPDATE_BRANCH = "soup-gate/update";
var MAX_ATTEMPTS = 5;
var ZERO_SHA = /^0{40}$/;
var ChangeRecordWriteError = class extends Error {
  name = "ChangeRecordWriteError";
};
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
async function lookUpChecklistFacts(options, changes, policy) {
  const facts = /* @__PURE__ */ new Map();
  if (!options.config.enrich || changes.length === 0) return facts;
  try {
    return checklistFacts(changes, await lookUpChanges(options, changes, policy));
  } catch (error) {
    options.io.warning(
      `anomaly and licence lookups for the change record failed: ${error instanceof Error ? error.message : String(error)}`
    );
  }
  return facts;
}
function checklistRecords(changes, policy, facts, state) {
  const sections = buildChecklist(changes, policy, facts);
  const reconciled = reconcileTicks(state, new Set(sections.flatMap((s) => s.items.map((i) => i.id))));
  const records = [];
  for (const section of sections) {
    if (!section.gated) continue;
    for (const item of section.items) {
      const tick = findTick(reconciled, item.id);
      records.push({
        // The renderer escapes: hand it plain text, not our Markdown.
        item: toPlainText(item.text),
        change: toPlainText(describeChange(section.change)),
        tickedBy: tick?.by ?? null,
        tickedAt: tick?.at ?? null,
        atSha: tick?.sha ?? null
      });
    }
  }
  return records;
}
function evidenceRecords(runs, policy, sha) {
  const latest = /* @__PURE__ */ new Map();
  for (const run of runs) {
    if (!policy.evidence.checkRuns.includes(run.name) || run.headSha !== sha) continue;
    const known = latest.get(run.name);
    if (!known || run.id > known.id) latest.set(run.name, run);
  }
  return [...latest.values()].sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0).map((run) => ({
    name: run.name,
    url: run.url,
    conclusion: run.conclusion ?? run.status,
    sha: run.headSha
  }));
}
async function preparePullRequest(options, trigger) {
  const { client, repo, config, io } = options;
  const pr = await getPullRequest(client, repo, trigger.number);
  if (!pr.merged || pr.mergeCommitSha === null || pr.mergedAt === null)
    return `PR #${pr.number} was closed without being merged`;
  if (pr.baseRef !== trigger.defaultBranch)
    return `PR #${pr.number} merged into ${pr.baseRef}, not the default branch ${trigger.defaultBranch}`;
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, pr.mergeCommitSha, config.configFile)
  );
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const trees = await fetchPullRequestTrees(client, pr, ignore);
  const base = {
    branch: pr.baseRef,
    policy,
    ignore,
    generatedAt: pr.mergedAt,
    label: `#${pr.number}`,
    changes: []
  };
  if (trees.lockfiles.length === 0) return base;
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const changes = removeIgnoredPackages(
    diffInventories(await loadInventory(trees.base, load), await loadInventory(trees.head, load)).changes,
    policy.ignore.packages
  );
  const facts = await lookUpChecklistFacts(options, changes, policy);
  const headRuns = await listCheckRuns(client, repo, pr.headSha);
  const { state, current: gate } = await loadGateState(client, repo, {
    pr: pr.number,
    botApp: config.botApp,
    headRuns,
    readComment: async () => (await findStickyComment(client, repo, pr.number, config.botLogin))?.body
  });
  if (gate?.conclusion !== "success")
    io.warning(
      `PR #${pr.number} was merged while its soup-gate check on ${pr.headSha.slice(0, 7)} was ${gate ? gate.conclusion ?? gate.status : "missing"}: the change record shows what was (not) assessed`
    );
  const actors = await findLabelActors(client, repo, pr.number, pr.labels);
  const labels = [...pr.labels].sort().map((name) => ({ name, ...actors.has(name) ? { appliedBy: actors.get(name) } : {} }));
  const record = renderChangeRecord({
    pr: {
      number: pr.number,
      title: pr.title,
      url: pr.url,
      author: pr.author,
      mergedAt: pr.mergedAt,
      mergeCommit: pr.mergeCommitSha,
      headSha: pr.headSha
    },
    repo: `${repo.owner}/${repo.repo}`,
    changes,
    checklist: checklistRecords(changes, policy, facts, state),
    evidence: evidenceRecords(headRuns, policy, pr.headSha),
    labels,
    dir: policy.outputs.changes
  });
  return { ...base, record, recordSuffix: `-pr-${pr.number}.md`, changes };
}
async function preparePush(options, trigger) {
  const { client, repo, config, io } = options;
  if (trigger.branch !== trigger.defaultBranch)
    return `the push went to ${trigger.branch}, not the default branch ${trigger.defaultBranch}`;
  if (ZERO_SHA.test(trigger.after)) return `the push deleted ${trigger.branch}`;
  const owners = await mergedPullsOfCommit(client, repo, trigger.after);
  if (owners.length > 0)
    return `${trigger.after.slice(0, 7)} belongs to PR #${owners[0].number}; its merge writes the change record`;
  const after = await readCommitTree(client, repo, trigger.after);
  const before = ZERO_SHA.test(trigger.before) ? void 0 : await readCommitTree(client, repo, trigger.before);
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, trigger.after, config.configFile)
  );
  const ignore = [...config.ignore, ...policy.ignore.paths];
  const paths = /* @__PURE__ */ new Set([...after.files.keys(), ...before?.files.keys() ?? []]);
  const lockfiles = selectLockfiles(paths, ignore).filter(
    (path) => after.files.get(path)?.sha !== before?.files.get(path)?.sha
  );
  if (lockfiles.length === 0) return `the push changes no lockfile`;
  const read = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const load = { ignore, maxBytes: config.maxLockfileBytes, onProgress: io.info };
  const empty = { label: "nothing", listFiles: async () => [], readFile: async () => void 0 };
  const changes = removeIgnoredPackages(
    diffInventories(
      // A path the tree lists must be readable: a failed read is an error, never a missing lockfile.
      await loadInventory(
        before ? createCommitSource(
          client,
          repo,
          trigger.before,
          read,
          new Set(read.filter((path) => before.files.has(path)))
        ) : empty,
        load
      ),
      await loadInventory(
        createCommitSource(
          client,
          repo,
          trigger.after,
          read,
          new Set(read.filter((path) => after.files.has(path)))
        ),
        load
      )
    ).changes,
    policy.ignore.packages
  );
  io.warning(
    `${trigger.after.slice(0, 7)} changed ${lockfiles.join(", ")} on ${trigger.branch} without a pull request: nobody assessed its ${changes.length} SOUP change(s); the change record lists the checklist as open`
  );
  const generatedAt = trigger.timestamp ?? options.io.now().toISOString();
  const headRuns = await listCheckRuns(client, repo, trigger.after);
  const record = renderChangeRecord({
    pr: {
      number: 0,
      title: trigger.message,
      url: trigger.url,
      author: trigger.pusher,
      mergedAt: generatedAt,
      mergeCommit: trigger.after,
      headSha: trigger.after
    },
    directPush: {
      branch: trigger.branch,
      before: trigger.before,
      after: trigger.after,
      pusher: trigger.pusher
    },
    repo: `${repo.owner}/${repo.repo}`,
    changes,
    checklist: checklistRecords(changes, policy, /* @__PURE__ */ new Map(), emptyState(0)),
    evidence: evidenceRecords(headRuns, policy, trigger.after),
    labels: [],
    dir: policy.outputs.changes
  });
  return {
    branch: trigger.branch,
    policy,
    ignore,
    generatedAt,
    record,
    recordSuffix: `-push-${trigger.after.slice(0, 12)}.md`,
    label: `direct push ${trigger.after.slice(0, 7)}`,
    changes
  };
}
var BlobCache = class {
  constructor(options) {
    this.options = options;
  }
  options;
  blobs = /* @__PURE__ */ new Map();
  read(sha) {
    let blob = this.blobs.get(sha);
    if (!blob) {
      blob = readBlob(this.options.client, this.options.repo, sha);
      this.blobs.set(sha, blob);
      blob.catch(() => this.blobs.delete(sha));
    }
    return blob;
  }
  async text(sha) {
    return new TextDecoder().decode(await this.read(sha));
  }
};
function treeSource(tree, cache) {
  return {
    label: `commit ${tree.commit.slice(0, 7)}`,
    listFiles: async () => [...tree.files.keys()].sort(),
    readFile: async (path) => {
      const file = tree.files.get(path);
      return file ? cache.read(file.sha) : void 0;
    }
  };
}
function sbomStamp(text) {
  try {
    const metadata = field(JSON.parse(text), "metadata");
    const timestamp = field(metadata, "timestamp");
    const component = field(metadata, "component");
    const name = field(component, "name");
    const version = field(component, "version");
    if (typeof timestamp !== "string") return void 0;
    return {
      generatedAt: timestamp,
      ...typeof version === "string" ? { commit: version } : {},
      ...typeof name === "string" && name !== "project" ? { repo: name } : {}
    };
  } catch {
    return void 0;
  }
}
function sbomLastVerified(text) {
  const dates = /* @__PURE__ */ new Map();
  const components = field(JSON.parse(text), "components");
  if (!Array.isArray(components)) return dates;
  for (const component of components) {
    const purl = field(component, "purl");
    const properties = field(component, "properties");
    if (typeof purl !== "string" || !Array.isArray(properties)) continue;
    for (const property of properties)
      if (field(property, "name") === SBOM_PROPERTY.lastVerified && typeof field(property, "value") === "string")
        dates.set(purl, field(property, "value"));
  }
  return dates;
}
async function lastVerified(tree, prepared, cache, extraRecords) {
  const dir = `${prepared.policy.outputs.changes.replace(/\/+$/, "")}/`;
  const sbom = tree.files.get(prepared.policy.outputs.sbom);
  let known = /* @__PURE__ */ new Map();
  let since = "";
  if (sbom) {
    try {
      const text = await cache.text(sbom.sha);
      const stamp = sbomStamp(text);
      if (stamp) {
        known = sbomLastVerified(text);
        since = stamp.generatedAt.slice(0, 10);
      }
    } catch {
      known = /* @__PURE__ */ new Map();
      since = "";
    }
  }
  const shas = new Map(extraRecords);
  for (const [path, file] of tree.files) {
    if (!path.startsWith(dir) || !path.endsWith(".md") || path.slice(dir.length).includes("/")) continue;
    const date = /^\d{4}-\d{2}-\d{2}/.exec(path.slice(dir.length))?.[0];
    if (date !== void 0 && date < since) continue;
    shas.set(path, file.sha);
  }
  const records = [];
  const queue = [...shas.values()];
  await Promise.all(
    Array.from({ length: Math.min(6, queue.length) }, async () => {
      for (let sha = queue.shift(); sha !== void 0; sha = queue.shift()) {
        const record = parseChangeRecord(await cache.text(sha));
        if (record) records.push(record);
      }
    })
  );
  if (prepared.record) records.push(prepared.record.record);
  for (const [purl, date] of lastVerifiedFromRecords(records))
    if ((known.get(purl) ?? "") < date) known.set(purl, date);
  return known;
}
function hasRecord(paths, prepared) {
  if (!prepared.recordSuffix) return true;
  const dir = `${prepared.policy.outputs.changes.replace(/\/+$/, "")}/`;
  for (const path of paths) if (path.startsWith(dir) && path.endsWith(prepared.recordSuffix)) return true;
  return false;
}
async function generate(options, prepared, tree, cache, extraRecords) {
  const { repo, config, io } = options;
  const { policy } = prepared;
  const writes = [];
  const recordExists = hasRecord([...tree.files.keys(), ...extraRecords.keys()], prepared);
  if (!recordExists && prepared.record)
    writes.push({ path: prepared.record.path, content: prepared.record.content });
  for (const [path, sha] of extraRecords) writes.push({ path, sha });
  let register;
  const registerFile = tree.files.get(policy.register);
  try {
    register = registerFile ? parseRegister(policy.register, await cache.text(registerFile.sha), { allowIncomplete: true }) : emptyRegister(policy.register);
  } catch (error) {
    return {
      writes,
      recordExists,
      listProblem: `${policy.outputs.list} and ${policy.outputs.sbom} were not regenerated: ${error instanceof Error ? error.message : String(error)}`
    };
  }
  const inventory = await loadInventory(treeSource(tree, cache), {
    ignore: prepared.ignore,
    maxBytes: config.maxLockfileBytes,
    onProgress: io.info
  });
  const verified = await lastVerified(tree, prepared, cache, extraRecords);
  const fresh = {
    generatedAt: prepared.generatedAt,
    commit: tree.commit,
    repo: `${repo.owner}/${repo.repo}`
  };
  const renderList = (stamp) => renderSoupList({ inventory, register, lastVerified: verified, ...stamp });
  const renderSbom = (stamp) => buildSbom(inventory, { register, lastVerified: verified, ...stamp });
  for (const [path, readStamp, render] of [
    [policy.outputs.list, readSoupListStamp, renderList],
    [policy.outputs.sbom, sbomStamp, renderSbom]
  ]) {
    const committed = tree.files.get(path);
    if (committed) {
      const text = await cache.text(committed.sha);
      const stamp = readStamp(text);
      if (stamp && render(stamp) === text) continue;
    }
    const content = render(fresh);
    if (committed?.sha !== gitBlobSha(content)) writes.push({ path, content });
  }
  return { writes, recordExists };
}
function commitMessage(prepared, writes) {
  const record = prepared.record && writes.some((w) => w.path === prepared.record?.path);
  return `soup-gate: ${record ? `SOUP list and change record for ${prepared.label}` : `SOUP list after ${prepared.label}`}

Generated by soup-gate from the lockfiles and ${prepared.policy.register}.`;
}
async function pendingRecords(options, prepared, branchTree, updateTree) {
  const pending = /* @__PURE__ */ new Map();
  if (!updateTree) return pending;
  const dir = `${prepared.policy.outputs.changes.replace(/\/+$/, "")}/`;
  for (const [path, file] of updateTree.files)
    if (path.startsWith(dir) && !branchTree.files.has(path)) pending.set(path, file.sha);
  if (pending.size > 0)
    options.io.info(
      `carrying ${pending.size} change record(s) from ${UPDATE_BRANCH} that are not merged yet`
    );
  return pending;
}
async function proposeUpdate(options, prepared, cache, attempts) {
  const { client, repo, io } = options;
  const head = await getBranch(client, repo, prepared.branch);
  const tree = await readCommitTree(client, repo, head.sha);
  const updateSha = await getRefSha(client, repo, `heads/${UPDATE_BRANCH}`);
  const updateTree = updateSha ? await readCommitTree(client, repo, updateSha) : void 0;
  const extra = await pendingRecords(options, prepared, tree, updateTree);
  const generated = await generate(options, prepared, tree, cache, extra);
  const problem = generated.listProblem ? { problem: generated.listProblem } : {};
  const outcome = (status, reason, extraFields = {}) => ({
    status,
    reason,
    attempts,
    ...prepared.record ? { changeRecord: prepared.record.path } : {},
    ...extraFields
  });
  if (generated.writes.length === 0)
    return outcome("up-to-date", `${prepared.branch} already has the SOUP list and change record`, problem);
  const proposed = updateSha !== void 0 && updateTree !== void 0 && (await getCommitParents(client, repo, updateSha)).join() === head.sha && generated.writes.every(
    (w) => updateTree.files.get(w.path)?.sha === ("sha" in w ? w.sha : gitBlobSha(w.content))
  );
  let commit = updateSha;
  if (!proposed) {
    commit = await createCommitOnTop(client, repo, {
      parent: head.sha,
      baseTree: tree.tree,
      files: generated.writes,
      message: commitMessage(prepared, generated.writes)
    });
    await forceBranch(client, repo, UPDATE_BRANCH, commit);
  }
  const records = [...extra.keys()];
  if (prepared.record && !generated.recordExists && !records.includes(prepared.record.path))
    records.push(prepared.record.path);
  const body = [
    `${prepared.branch} is protected, so soup-gate proposes its generated files here. Merge this PR to keep the SOUP list, the SBOM and the change records on ${prepared.branch} current; do not edit it by hand (each merge rebuilds it on the latest ${prepared.branch}).`,
    "",
    `Last rebuilt after ${escapeText(prepared.label)}.`,
    "",
    "**Files**",
    "",
    ...generated.writes.map((w) => `- ${code(w.path)}`),
    ...records.length > 0 ? ["", "**Change records waiting to be merged**", "", ...records.sort().map((p) => `- ${code(p)}`)] : [],
    ...generated.listProblem ? ["", `**Not regenerated:** ${escapeText(generated.listProblem, 1e3)}`] : []
  ].join("\n");
  let pull;
  try {
    pull = await upsertPullRequest(client, repo, {
      head: UPDATE_BRANCH,
      base: prepared.branch,
      title: `soup-gate: SOUP list and change records for ${prepared.branch}`,
      body
    });
  } catch (error) {
    if (error instanceof PermissionError)
      io.warning(
        `the change record is on the ${UPDATE_BRANCH} branch (${commit?.slice(0, 7)}), but no PR could be opened for it; with GITHUB_TOKEN also turn on "Allow GitHub Actions to create and approve pull requests" in the repository's Actions settings`
      );
    throw error;
  }
  io.info(
    `${pull.created ? "opened" : "updated"} PR #${pull.number} from ${UPDATE_BRANCH} into ${prepared.branch}`
  );
  return outcome(
    "pull-request",
    `${prepared.branch} is protected: ${pull.created ? "opened" : "updated"} PR #${pull.number}`,
    {
      pullRequest: pull.number,
      ...commit ? { commit } : {},
      ...problem
    }
  );
}
async function writeFiles(options, prepared) {
  const { client, repo, io } = options;
  const cache = new BlobCache(options);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const head = await getBranch(client, repo, prepared.branch);
    if (head.protected) {
      io.info(`${prepared.branch} is protected: proposing the files on ${UPDATE_BRANCH}`);
      return proposeUpdate(options, prepared, cache, attempt);
    }
    const tree = await readCommitTree(client, repo, head.sha);
    const generated = await generate(options, prepared, tree, cache, /* @__PURE__ */ new Map());
    const problem = generated.listProblem ? { problem: generated.listProblem } : {};
    if (generated.writes.length === 0) {
      return {
        ...problem,
        status: "up-to-date",
        reason: `${prepared.branch} at ${head.sha.slice(0, 7)} already has the SOUP list${prepared.record ? " and the change record" : ""}`,
        attempts: attempt,
        ...prepared.record ? { changeRecord: prepared.record.path } : {}
      };
    }
    const commit = await createCommitOnTop(client, repo, {
      parent: head.sha,
      baseTree: tree.tree,
      files: generated.writes,
      message: commitMessage(prepared, generated.writes)
    });
    const update = await fastForwardBranch(client, repo, prepared.branch, commit);
    if (update.updated) {
      io.info(
        `committed ${generated.writes.map((w) => w.path).join(", ")} to ${prepared.branch} as ${commit.slice(0, 7)}`
      );
      return {
        ...problem,
        status: "committed",
        reason: `committed to ${prepared.branch}`,
        commit,
        attempts: attempt,
        ...prepared.record ? { changeRecord: prepared.record.path } : {}
      };
    }
    if (update.reason === "protected") {
      io.info(
        `${prepared.branch} refused the commit (${update.message}): proposing the files on ${UPDATE_BRANCH}`
      );
      return proposeUpdate(options, prepared, cache, attempt);
    }
    io.info(
      `${prepared.branch} moved while the commit was built (${update.message}); rebuilding on the new head`
    );
  }
  throw new ChangeRecordWriteError(
    `${prepared.branch} kept moving: ${MAX_ATTEMPTS} attempts to add the SOUP files on top of it lost the race`
  );
}
function failureSummary(prepared, error) {
  const lines = [
    `### soup-gate: the change record for ${escapeText(prepared.label)} could not be written`,
    "",
    `**${escapeText(error instanceof Error ? error.message : String(error), 2e3)}**`,
    ""
  ];
  if (prepared.record) {
    lines.push(
      `Commit it by hand as ${code(prepared.record.path)} (re-running this job after fixing the cause also writes it). Its full text:`,
      "",
      "````markdown",
      prepared.record.content.replace(/````/g, "` ` ` `"),
      "````",
      ""
    );
  }
  return lines.join("\n");
}
function successSummary(prepared, outcome) {
  const where = outcome.status === "committed" ? `committed to ${code(prepared.branch)} as ${code(outcome.commit?.slice(0, 12) ?? "")}` : outcome.status === "pull-request" ? `proposed in PR #${outcome.pullRequest} from ${code(UPDATE_BRANCH)} (${code(prepared.branch)} is protected)` : `already up to date on ${code(prepared.branch)}`;
  return [
    `### soup-gate: SOUP list after ${escapeText(prepared.label)}`,
    "",
    `${code(prepared.policy.outputs.list)}, ${code(prepared.policy.outputs.sbom)}${prepared.record ? ` and ${code(prepared.record.path)}` : ""}: ${where}.`,
    "",
    ...prepared.record && prepared.changes.length > 0 ? [renderChangesTable(prepared.changes), ""] : []
  ].join("\n");
}
async function runOnMerge(options, trigger) {
  const { io } = options;
  const prepared = trigger.kind === "merged-pull-request" ? await preparePullRequest(options, trigger) : await preparePush(options, trigger);
  if (typeof prepared === "string") {
    io.notice(`soup-gate: ${prepared}; nothing to write`);
    return { status: "skipped", reason: prepared, attempts: 0 };
  }
  let outcome;
  try {
    outcome = await writeFiles(options, prepared);
  } catch (error) {
    if (error instanceof PermissionError) io.warning(error.message);
    await io.writeSummary(failureSummary(prepared, error));
    if (error instanceof ChangeRecordWriteError) throw error;
    throw new ChangeRecordWriteError(
      `the SOUP list and change record for ${prepared.label} were not written (the record is in the job summary): ${error instanceof Error ? error.message : String(error)}`
    );
  }
  io.info(`soup-gate on merge: ${outcome.reason}`);
  io.setOutput("soup-update", outcome.status);
  if (outcome.commit) io.setOutput("soup-commit", outcome.commit);
  if (outcome.pullRequest !== void 0) io.setOutput("soup-pull-request", String(outcome.pullRequest));
  if (outcome.changeRecord) io.setOutput("change-record", outcome.changeRecord);
  await io.writeSummary(successSummary(prepared, outcome));
  if (outcome.problem) throw new Error(outcome.problem);
  return outcome;
}
export {
  ChangeRecordWriteError,
  MAX_ATTEMPTS,
  UPDATE_BRANCH,
  mergeTriggerOf,
  runOnMerge
};
