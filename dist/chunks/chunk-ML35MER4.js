import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_picomatch
} from "./chunk-653EE4FS.js";
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/config/policy.ts
var import_yaml = __toESM(require_dist(), 1);
var CHANGE_KINDS = [
  "major",
  "minor",
  "patch",
  "other",
  "downgrade",
  "added",
  "removed",
  "source-changed",
  "integrity-changed"
];
var CHECKLIST_ITEMS = [
  "release-notes",
  "anomalies",
  "requirements",
  "regulatory",
  "downgrade",
  "register-entry",
  "failure-modes",
  "risk-controls",
  "combined"
];
var VERSION_ITEMS = [
  "release-notes",
  "anomalies",
  "requirements",
  "regulatory",
  "register-entry",
  "failure-modes",
  "combined"
];
var ITEMS_FOR_KIND = {
  major: VERSION_ITEMS,
  minor: VERSION_ITEMS,
  patch: VERSION_ITEMS,
  other: VERSION_ITEMS,
  downgrade: [...VERSION_ITEMS, "downgrade"],
  added: ["register-entry", "anomalies", "failure-modes", "regulatory", "combined"],
  removed: ["risk-controls", "register-entry"],
  "source-changed": ["anomalies", "requirements", "register-entry", "failure-modes"],
  "integrity-changed": ["anomalies", "requirements", "register-entry", "failure-modes"]
};
function ruleKeysFor(kind, direct) {
  return [`${kind}-${direct === false ? "transitive" : "direct"}`, kind];
}
var DEFAULT_POLICY = {
  scope: { dependencies: "direct", includeDev: false },
  register: "soup/register.yml",
  outputs: { list: "soup/SOUP.md", sbom: "soup/sbom.cdx.json", changes: "soup/changes" },
  reviewers: { permission: "write", teams: [], separationOfDuties: true },
  evidence: {
    checkRuns: [],
    checkRunApps: ["github-actions"],
    workflows: [],
    links: true,
    required: true,
    junitFiles: "**/*.xml"
  },
  labels: { anomaliesReviewed: "soup:anomalies-reviewed", requireAnomalyLabel: "when-anomalies" },
  anomalies: { onLookupFailure: "fail" },
  licences: { allow: [], deny: [], unknown: "warn" },
  ignore: { paths: [], packages: [] },
  checklist: {}
};
var RANK = { read: 0, triage: 1, write: 2, maintain: 3, admin: 4 };
function meetsPermission(actual, required) {
  return actual in RANK && RANK[actual] >= RANK[required];
}
var PolicyFileError = class extends Error {
  name = "PolicyFileError";
};
var SCHEMA = {
  scope: { dependencies: ["direct", "all"], "include-dev": "boolean" },
  register: "string",
  outputs: { list: "string", sbom: "string", changes: "string" },
  reviewers: {
    permission: ["read", "triage", "write", "maintain", "admin"],
    teams: "list",
    "separation-of-duties": "boolean"
  },
  evidence: {
    "check-runs": "list",
    "check-run-apps": "list",
    workflows: "list",
    links: "boolean",
    required: "boolean",
    "junit-artifact": "string",
    "junit-files": "string"
  },
  labels: { "anomalies-reviewed": "string", "require-anomaly-label": ["when-anomalies", "always", "never"] },
  anomalies: { "on-lookup-failure": ["fail", "warn"] },
  licences: { allow: "list", deny: "list", unknown: ["fail", "warn"] },
  ignore: { paths: "list", packages: "list" }
};
function parsePolicyFile(path, text) {
  if (text === void 0) return DEFAULT_POLICY;
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false
  });
  const where = (offset) => offset === void 0 ? path : `${path}:${lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new PolicyFileError(`${where(error.pos[0])}: invalid YAML: ${error.message.split("\n")[0]}`);
  }
  const problems = [];
  (0, import_yaml.visit)(doc, {
    Alias(_key, node) {
      const problem = `${where(node.range?.[0])}: YAML aliases are not allowed in the policy file`;
      if ((0, import_yaml.isAlias)(node) && !problems.includes(problem)) problems.push(problem);
    }
  });
  const root = doc.contents;
  if (root !== null && !(0, import_yaml.isMap)(root))
    throw new PolicyFileError(`${path}:1: expected a mapping of policy sections`);
  const values = {};
  for (const pair of (0, import_yaml.isMap)(root) ? root.items : []) {
    const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const offset = (0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0;
    if (key === "checklist") {
      values[key] = readChecklistRules(pair.value, where(offset), where, problems);
      continue;
    }
    const shape = Object.hasOwn(SCHEMA, key) ? SCHEMA[key] : void 0;
    if (shape === void 0) {
      problems.push(
        `${where(offset)}: unknown section "${key}"; known: ${[...Object.keys(SCHEMA), "checklist"].join(", ")}`
      );
      continue;
    }
    if (shape === "string") {
      if (!(0, import_yaml.isScalar)(pair.value) || typeof pair.value.value !== "string" || pair.value.value.trim() === "") {
        problems.push(`${where(offset)}: "${key}" must be a path`);
      } else values[key] = pair.value.value;
      continue;
    }
    if (!(0, import_yaml.isMap)(pair.value)) {
      problems.push(`${where(offset)}: "${key}" must be a mapping with ${Object.keys(shape).join(", ")}`);
      continue;
    }
    const section = {};
    for (const item of pair.value.items) {
      const name = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : "";
      const at = where((0, import_yaml.isScalar)(item.key) ? item.key.range?.[0] : void 0);
      const expected = Object.hasOwn(shape, name) ? shape[name] : void 0;
      const value = item.value?.toJSON?.() ?? null;
      if (expected === void 0) {
        problems.push(`${at}: unknown key "${key}.${name}"; known: ${Object.keys(shape).join(", ")}`);
      } else if (expected === "boolean" && typeof value !== "boolean") {
        problems.push(`${at}: "${key}.${name}" must be true or false`);
      } else if (expected === "string" && (typeof value !== "string" || value.trim() === "")) {
        problems.push(`${at}: "${key}.${name}" must be a non-empty string`);
      } else if (expected === "list" && (!(0, import_yaml.isSeq)(item.value) || !value.every((v) => typeof v === "string"))) {
        problems.push(`${at}: "${key}.${name}" must be a list of strings, e.g. [a, b]`);
      } else if (Array.isArray(expected) && !expected.includes(value)) {
        problems.push(
          `${at}: "${key}.${name}" must be one of ${expected.join(", ")} (got ${JSON.stringify(value)})`
        );
      } else section[name] = value;
    }
    values[key] = section;
  }
  const evidence = values.evidence;
  if (evidence?.["junit-artifact"] !== void 0 && evidence.required === false)
    problems.push(
      `${path}: "evidence.junit-artifact" is read from the accepted evidence run, so it needs "evidence.required: true"`
    );
  if (problems.length > 0)
    throw new PolicyFileError(`invalid policy file:
${problems.map((p) => `  ${p}`).join("\n")}`);
  return toPolicy(values);
}
var RULE_KEYS = new Map(
  CHANGE_KINDS.flatMap((kind) => [
    [kind, kind],
    [`${kind}-direct`, kind],
    [`${kind}-transitive`, kind]
  ])
);
function readChecklistRules(node, sectionAt, where, problems) {
  const rules = {};
  if (!(0, import_yaml.isMap)(node)) {
    problems.push(
      `${sectionAt}: "checklist" must be a mapping of change kinds to item lists, e.g. patch-transitive: [combined]`
    );
    return rules;
  }
  for (const pair of node.items) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "";
    const at = where((0, import_yaml.isScalar)(pair.key) ? pair.key.range?.[0] : void 0);
    const kind = RULE_KEYS.get(name);
    if (kind === void 0) {
      problems.push(
        `${at}: unknown key "checklist.${name}"; use a change kind (${CHANGE_KINDS.join(", ")}), optionally ending in -direct or -transitive`
      );
      continue;
    }
    const fits = ITEMS_FOR_KIND[kind];
    if (!(0, import_yaml.isSeq)(pair.value) || pair.value.items.length === 0) {
      problems.push(
        `${at}: "checklist.${name}" must be a non-empty list of items, e.g. [${fits.slice(0, 2).join(", ")}] (to stop gating these changes, use scope)`
      );
      continue;
    }
    const items = [];
    for (const entry of pair.value.items) {
      const value = (0, import_yaml.isScalar)(entry) ? entry.value : void 0;
      const entryAt = where((0, import_yaml.isScalar)(entry) ? entry.range?.[0] : void 0);
      const shown = JSON.stringify(value ?? null);
      if (typeof value !== "string" || !CHECKLIST_ITEMS.includes(value)) {
        problems.push(
          `${entryAt}: "checklist.${name}" has unknown item ${shown}; use one of ${fits.join(", ")}`
        );
      } else if (!fits.includes(value)) {
        problems.push(
          `${entryAt}: "checklist.${name}" cannot ask for ${shown} (it does not apply to ${kind} changes); use one of ${fits.join(", ")}`
        );
      } else if (items.includes(value)) {
        problems.push(`${entryAt}: "checklist.${name}" lists ${shown} twice; remove one`);
      } else items.push(value);
    }
    rules[name] = items;
  }
  return rules;
}
function toPolicy(v) {
  const d = DEFAULT_POLICY;
  const pick = (section, key, fallback) => v[section]?.[key] ?? fallback;
  return {
    scope: {
      dependencies: pick("scope", "dependencies", d.scope.dependencies),
      includeDev: pick("scope", "include-dev", d.scope.includeDev)
    },
    register: typeof v.register === "string" ? v.register : d.register,
    outputs: {
      list: pick("outputs", "list", d.outputs.list),
      sbom: pick("outputs", "sbom", d.outputs.sbom),
      changes: pick("outputs", "changes", d.outputs.changes)
    },
    reviewers: {
      permission: pick("reviewers", "permission", d.reviewers.permission),
      teams: pick("reviewers", "teams", d.reviewers.teams),
      separationOfDuties: pick("reviewers", "separation-of-duties", d.reviewers.separationOfDuties)
    },
    evidence: {
      checkRuns: pick("evidence", "check-runs", d.evidence.checkRuns),
      checkRunApps: pick("evidence", "check-run-apps", d.evidence.checkRunApps),
      workflows: pick("evidence", "workflows", d.evidence.workflows),
      links: pick("evidence", "links", d.evidence.links),
      required: pick("evidence", "required", d.evidence.required),
      ...typeof v.evidence?.["junit-artifact"] === "string" ? { junitArtifact: v.evidence["junit-artifact"].trim() } : {},
      junitFiles: pick("evidence", "junit-files", d.evidence.junitFiles)
    },
    labels: {
      anomaliesReviewed: pick("labels", "anomalies-reviewed", d.labels.anomaliesReviewed),
      requireAnomalyLabel: pick("labels", "require-anomaly-label", d.labels.requireAnomalyLabel)
    },
    anomalies: { onLookupFailure: pick("anomalies", "on-lookup-failure", d.anomalies.onLookupFailure) },
    licences: {
      allow: pick("licences", "allow", d.licences.allow),
      deny: pick("licences", "deny", d.licences.deny),
      unknown: pick("licences", "unknown", d.licences.unknown)
    },
    ignore: {
      paths: pick("ignore", "paths", d.ignore.paths),
      packages: pick("ignore", "packages", d.ignore.packages)
    },
    checklist: v.checklist ?? d.checklist
  };
}

// src/gate/scope.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function matchIgnoredPackages(patterns) {
  if (patterns.length === 0) return () => false;
  const ignored = (0, import_picomatch.default)([...patterns]);
  return (item) => ignored(item.name) || ignored(`${item.ecosystem}/${item.name}`);
}
function removeIgnoredPackages(items, patterns) {
  if (patterns.length === 0) return items;
  const ignored = matchIgnoredPackages(patterns);
  return items.filter((item) => !ignored(item));
}
function isInScope(item, scope) {
  if (scope.dependencies === "direct" && item.direct === false) return false;
  return scope.includeDev || item.scope !== "dev";
}

export {
  ruleKeysFor,
  DEFAULT_POLICY,
  meetsPermission,
  PolicyFileError,
  parsePolicyFile,
  matchIgnoredPackages,
  removeIgnoredPackages,
  isInScope
};
