import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
import {
  normalizePythonName
} from "./chunk-THIFTVM5.js";
import {
  ANOMALY_JUSTIFICATIONS,
  ANOMALY_STATES,
  RegisterError,
  SAFETY_CLASSES
} from "./chunk-FAVGVKZB.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/register/parse.ts
var import_yaml3 = __toESM(require_dist(), 1);

// src/register/completeness.ts
var PLACEHOLDERS = /* @__PURE__ */ new Set([
  "todo",
  "tbd",
  "tbc",
  "fixme",
  "dependency",
  "a dependency",
  "n/a",
  "na",
  "none yet",
  "placeholder",
  "xxx",
  "-",
  "--",
  "...",
  "\u2026",
  "?",
  "???"
]);
function isPlaceholder(value) {
  const text = value.trim().toLowerCase();
  if (text === "" || PLACEHOLDERS.has(text)) return true;
  if (PLACEHOLDERS.has(text.replace(/[\s.!:;,]+$/, ""))) return true;
  return /^(todo|tbd|tbc|fixme)\s*[:(\-–—]/.test(text);
}
function describeEmpty(value) {
  return value.trim() === "" ? "is empty" : `${JSON.stringify(value.trim())} is a placeholder`;
}
var RANK = { A: 0, B: 1, C: 2 };
function effectiveClass(entry, defaults) {
  return entry?.safetyClass ?? defaults.safetyClass;
}
var WHY = {
  purpose: "say what this SOUP item does in the product (IEC 62304 5.3.3)",
  requirements: "list the functional and performance requirements it must meet, as { id, text } (IEC 62304 5.3.3)",
  prerequisites: "name the hardware and software it needs (IEC 62304 5.3.4)",
  verification: "point to the tests or reviews that show the requirements are met",
  rationale: "say why this item may be below the system class (e.g. segregation, IEC 62304 4.3)",
  supplier: "name the manufacturer, or remove the field"
};
function evaluationProblems(file, field, evaluation) {
  const problems = [];
  const at = (name, message) => {
    problems.push({ file, line: evaluation.line, field: `${field}.${name}`, message });
  };
  if (isPlaceholder(evaluation.id)) at("id", "is missing: the advisory id (GHSA-\u2026, CVE-\u2026, OSV id)");
  if (evaluation.state === void 0)
    at("state", "is missing: not_affected, exploitable, false_positive, resolved or in_triage");
  for (const name of ["reason", "by", "on"]) {
    const value = evaluation[name];
    if (value === void 0) {
      at(
        name,
        name === "reason" ? "is missing: why the anomaly does or does not affect the product" : name === "by" ? "is missing: who evaluated it" : "is missing: when it was evaluated (YYYY-MM-DD)"
      );
    } else if (isPlaceholder(value)) {
      at(name, `${describeEmpty(value)}; write the real value`);
    }
  }
  return problems;
}
function checkEntryCompleteness(file, entry, defaults) {
  const problems = [];
  const base = `items.${JSON.stringify(entry.key)}`;
  const safetyClass = effectiveClass(entry, defaults);
  const required = /* @__PURE__ */ new Set(["purpose"]);
  if (safetyClass !== "A") for (const f of ["requirements", "prerequisites", "verification"]) required.add(f);
  if (entry.safetyClass !== void 0 && RANK[entry.safetyClass] < RANK[defaults.safetyClass])
    required.add("rationale");
  const missing = (name) => {
    const reason = name === "rationale" ? `is missing: class ${safetyClass} is below the default class ${defaults.safetyClass}; ${WHY[name]}` : `is missing: class ${safetyClass} needs it; ${WHY[name]}`;
    problems.push({ file, line: entry.line, field: `${base}.${name}`, message: reason });
  };
  for (const name of ["purpose", "supplier", "prerequisites", "rationale", "verification"]) {
    const value = entry[name];
    if (value === void 0) {
      if (required.has(name)) missing(name);
    } else if (isPlaceholder(value)) {
      problems.push({
        file,
        line: entry.line,
        field: `${base}.${name}`,
        message: `${describeEmpty(value)}; ${WHY[name]}`
      });
    }
  }
  if (entry.requirements.length === 0) {
    if (required.has("requirements")) missing("requirements");
  }
  entry.requirements.forEach((requirement, index) => {
    const field = `${base}.requirements[${index}]`;
    if (isPlaceholder(requirement.id))
      problems.push({
        file,
        line: requirement.line,
        field: `${field}.id`,
        message: "needs a requirement id, e.g. REQ-API-003"
      });
    if (isPlaceholder(requirement.text))
      problems.push({
        file,
        line: requirement.line,
        field: `${field}.text`,
        message: requirement.text.trim() === "" ? "needs the requirement text" : `${JSON.stringify(requirement.text.trim())} is a placeholder; write the requirement`
      });
  });
  entry.risks.forEach((risk, index) => {
    if (isPlaceholder(risk))
      problems.push({
        file,
        line: entry.line,
        field: `${base}.risks[${index}]`,
        message: `${JSON.stringify(risk)} is a placeholder; use a risk id from the risk file or remove it`
      });
  });
  entry.anomalies.forEach((evaluation, index) => {
    problems.push(...evaluationProblems(file, `${base}.anomalies[${index}]`, evaluation));
  });
  return problems;
}

// src/register/keys.ts
var ECOSYSTEMS = [
  "npm",
  "PyPI",
  "Go",
  "crates.io",
  "RubyGems",
  "Packagist",
  "NuGet",
  "Maven",
  "Pub",
  "SwiftURL",
  "GitHub Actions",
  "docker"
];
var BY_LOWER = new Map(ECOSYSTEMS.map((e) => [squash(e), e]));
function squash(ecosystem) {
  return ecosystem.toLowerCase().replace(/[\s_-]+/g, "");
}
function registerKey(ecosystem, name) {
  return `${ecosystem}/${name}`;
}
function normalizeRegisterName(ecosystem, name) {
  switch (ecosystem) {
    case "PyPI":
      return normalizePythonName(name);
    case "NuGet":
    case "Packagist":
    case "GitHub Actions":
      return name.toLowerCase();
    default:
      return name;
  }
}
function registerLookupKey(ecosystem, name) {
  return `${ecosystem.toLowerCase()}/${normalizeRegisterName(ecosystem, name)}`;
}
function parseRegisterKey(key) {
  const slash = key.indexOf("/");
  if (slash <= 0 || slash === key.length - 1) return void 0;
  const ecosystem = BY_LOWER.get(squash(key.slice(0, slash)));
  const name = key.slice(slash + 1).trim();
  if (!ecosystem || name === "") return void 0;
  return { ecosystem, name };
}

// src/register/read-entry.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/verification/match.ts
var MAX_SELECTOR_CHARS = 1024;
var TEST_FILE = /\.(?:[cm]?[jt]sx?|py|go|java|kt|kts|scala|groovy|cs|fs|vb|rb|php|rs|swift|exs?|dart|c|cc|cpp)$/i;
var DOTTED = /\.(?:py|java|kt|kts|scala|groovy|cs|fs|vb)$/i;
function parseSelector(selector) {
  const text = selector.trim();
  const nodeId = text.indexOf("::");
  if (nodeId > 0) {
    const file = parseSelector(text.slice(0, nodeId));
    const name = text.slice(nodeId + 2).split("::").pop().trim();
    if (file.kind === "file" && name !== "") return { ...file, name };
  }
  const colon = text.indexOf(":");
  const looksLikePath = /[\\/]/.test(text) || TEST_FILE.test(text);
  if (looksLikePath && (colon === -1 || /^[A-Za-z]:[\\/]/.test(text))) {
    const path = text.replace(/\\/g, "/").replace(/^\.\//, "");
    const dotted = DOTTED.test(path) ? path.replace(/\.[^./]+$/, "").split("/").filter((part) => part !== "" && part !== ".").join(".") : void 0;
    return { kind: "file", path, dotted };
  }
  if (colon === -1) return { kind: "test", classname: void 0, name: text };
  return { kind: "test", classname: text.slice(0, colon).trim(), name: text.slice(colon + 1).trim() };
}
function matchesGlob(pattern, text) {
  const pieces = piecesOf(pattern);
  if (pieces.length === 1) return pattern === text;
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last))
    return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i];
    if (piece === "") continue;
    const found = text.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}
var PIECES = /* @__PURE__ */ new Map();
function piecesOf(pattern) {
  let pieces = PIECES.get(pattern);
  if (pieces === void 0) {
    pieces = pattern.split("*");
    if (PIECES.size > 1e4) PIECES.clear();
    PIECES.set(pattern, pieces);
  }
  return pieces;
}
function normalizePath(path) {
  if (!path.includes("\\") && !path.startsWith("./")) return path;
  return path.replace(/\\/g, "/").replace(/^\.\//, "");
}
function samePath(resultPath, path) {
  if (resultPath === void 0 || resultPath === "") return false;
  const normal = normalizePath(resultPath);
  if (normal === path) return true;
  const under = normal.length - path.length - 1;
  if (under >= 0 && normal.charCodeAt(under) === 47 && normal.endsWith(path)) return true;
  return path.includes("*") && matchesGlob(path, normal);
}
function matchesSelector(selector, result) {
  if (selector.kind === "test") {
    if (selector.classname !== void 0 && !matchesGlob(selector.classname, result.classname)) return false;
    return matchesGlob(selector.name, result.name);
  }
  if (selector.name !== void 0 && !matchesGlob(selector.name, result.name)) return false;
  if (samePath(result.file, selector.path)) return true;
  if (samePath(result.classname, selector.path) || samePath(result.suite, selector.path)) return true;
  const { dotted } = selector;
  if (dotted === void 0 || dotted === "" || result.classname === "") return false;
  const nested = result.classname.indexOf("$");
  const classname = nested === -1 ? result.classname : result.classname.slice(0, nested);
  if (classname === dotted) return true;
  if (classname.length > dotted.length)
    return classname.charCodeAt(dotted.length) === 46 && classname.startsWith(dotted);
  const at = dotted.length - classname.length - 1;
  return at >= 0 && dotted.charCodeAt(at) === 46 && dotted.endsWith(classname);
}
var SEVERITY = { passed: 0, skipped: 1, failed: 2, errored: 3 };
function worse(a, b) {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}
function identity(result) {
  return JSON.stringify([result.suite, result.classname, result.name, result.file ?? ""]);
}
function indexResults(results) {
  const byName = /* @__PURE__ */ new Map();
  for (const result of results) {
    const list = byName.get(result.name);
    if (list) list.push(result);
    else byName.set(result.name, [result]);
  }
  return { results, byName };
}
function selectTests(index, selector) {
  if (selector.length > MAX_SELECTOR_CHARS || selector.trim() === "") return [];
  const parsed = parseSelector(selector);
  if (parsed.kind === "test" && !parsed.name.includes("*")) {
    const candidates = index.byName.get(parsed.name) ?? [];
    return candidates.filter((r) => matchesSelector(parsed, r));
  }
  return index.results.filter((r) => matchesSelector(parsed, r));
}
function matchRequirement(requirement, index) {
  const idx = "byName" in index ? index : indexResults(index);
  const tests = requirement.tests.filter((t) => t.trim() !== "");
  const matched = /* @__PURE__ */ new Map();
  const unmatched = [];
  for (const selector of tests) {
    const found = selectTests(idx, selector);
    if (found.length === 0) unmatched.push(selector);
    for (const result of found) {
      const key = identity(result);
      const known = matched.get(key);
      if (known) {
        const status = worse(known.status, result.status);
        if (status !== known.status) {
          known.status = status;
          if (result.message !== void 0) known.message = result.message;
          else delete known.message;
        }
        continue;
      }
      matched.set(key, {
        selector,
        suite: result.suite,
        classname: result.classname,
        name: result.name,
        ...result.file !== void 0 ? { file: result.file } : {},
        status: result.status,
        ...result.message !== void 0 ? { message: result.message } : {}
      });
    }
  }
  const all = [...matched.values()];
  const failing = all.filter((t) => t.status === "failed" || t.status === "errored");
  const skipped = all.filter((t) => t.status === "skipped");
  const verdict = tests.length === 0 ? "untested" : failing.length > 0 ? "failed" : unmatched.length > 0 ? "missing" : skipped.length > 0 ? "skipped" : "passed";
  return {
    id: requirement.id,
    text: requirement.text,
    tests: [...requirement.tests],
    verdict,
    matched: all,
    failing,
    skipped,
    unmatched
  };
}
function matchRequirements(requirements, results) {
  const index = indexResults(results);
  return requirements.map((r) => matchRequirement(r, index));
}

// src/register/yaml-fields.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_REGISTER_ALIASES = 100;
var AliasLimitError = class extends Error {
};
var Reader = class {
  constructor(file, doc, lines) {
    this.file = file;
    this.doc = doc;
    this.lines = lines;
  }
  file;
  doc;
  lines;
  structural = [];
  aliases = 0;
  lineOf(node) {
    const range = node?.range;
    return range ? this.lines.linePos(range[0]).line : void 0;
  }
  problem(node, field, message) {
    const line = this.lineOf(node);
    this.structural.push({
      file: this.file,
      ...line !== void 0 ? { line } : {},
      ...field !== void 0 ? { field } : {},
      message
    });
  }
  /** Follows an alias, counting it. */
  resolve(node) {
    if (!(0, import_yaml.isAlias)(node)) return node;
    this.aliases++;
    if (this.aliases > MAX_REGISTER_ALIASES) throw new AliasLimitError();
    return node.resolve(this.doc);
  }
  /** The pairs of a mapping with plain keys; reports non-scalar keys. */
  pairs(node, field) {
    const map = this.resolve(node);
    if (!(0, import_yaml.isMap)(map)) return [];
    const out = [];
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key);
      if (!(0, import_yaml.isScalar)(keyNode) || typeof keyNode.value !== "string" && typeof keyNode.value !== "number") {
        this.problem(pair.key ?? map, field, "keys must be plain text");
        continue;
      }
      out.push({ key: String(keyNode.value), keyNode, value: pair.value });
    }
    return out;
  }
};
function isEmpty(value) {
  return value === null || value === void 0 || (0, import_yaml.isScalar)(value) && value.value === null;
}
function quote(key) {
  return JSON.stringify(key);
}
function suggest(key, known) {
  const squashed = key.toLowerCase().replace(/[\s_]+/g, "-");
  const close = known.find((k) => k === squashed || k.replace(/-/g, "") === squashed.replace(/-/g, ""));
  return close ? ` (did you mean "${close}"?)` : `; expected one of ${known.join(", ")}`;
}
function checkFields(r, pairs, known, field) {
  for (const { key, keyNode } of pairs) {
    if (key.startsWith("x-") || known.includes(key)) continue;
    r.problem(keyNode, `${field}.${key}`, `unknown field${suggest(key, known)}`);
  }
}
function readText(r, node, field, { allowNumber = false } = {}) {
  const value = r.resolve(node);
  if (value === null || value === void 0) return "";
  if ((0, import_yaml.isScalar)(value)) {
    if (value.value === null) return "";
    if (typeof value.value === "string") return value.value;
    if (allowNumber && typeof value.value === "number") return String(value.value);
  }
  r.problem(node, field, allowNumber ? "must be text or a number" : "must be text (quote it if needed)");
  return void 0;
}
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(value) {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
function readDate(r, node, field) {
  const text = readText(r, node, field);
  if (text === void 0 || text === "") return text === "" ? "" : void 0;
  if (isIsoDate(text.trim())) return text.trim();
  r.problem(node, field, `${quote(text)} is not a date; write YYYY-MM-DD`);
  return void 0;
}
function readEnum(r, node, field, allowed, what) {
  const text = readText(r, node, field);
  if (text === void 0 || text === "") return void 0;
  if (allowed.includes(text)) return text;
  r.problem(node, field, `${quote(text)} is not ${what}; use one of ${allowed.join(", ")}`);
  return void 0;
}
function readSafetyClass(r, node, field) {
  const text = readText(r, node, field);
  if (text === void 0) return void 0;
  const upper = text.trim().toUpperCase();
  if (SAFETY_CLASSES.includes(upper)) return upper;
  r.problem(node, field, `${quote(text)} is not a safety class; use A, B or C (IEC 62304 4.3)`);
  return void 0;
}
function readList(r, node, field, expected, readItem) {
  const seq = r.resolve(node);
  if (isEmpty(seq)) return [];
  if (!(0, import_yaml.isSeq)(seq)) {
    r.problem(node, field, `must be a list of ${expected}`);
    return [];
  }
  const out = [];
  seq.items.forEach((item, index) => {
    const value = readItem(item, `${field}[${index}]`);
    if (value !== void 0) out.push(value);
  });
  return out;
}
function readFields(r, node, field, known, expected) {
  const map = r.resolve(node);
  if (!(0, import_yaml.isMap)(map)) {
    r.problem(node, field, `must be a mapping with ${expected}`);
    return void 0;
  }
  const pairs = r.pairs(map, field);
  checkFields(r, pairs, known, field);
  return {
    line: r.lineOf(map) ?? 0,
    read(name, reader) {
      const pair = pairs.find((p) => p.key === name);
      return pair === void 0 ? void 0 : reader(pair.value, `${field}.${name}`);
    }
  };
}

// src/register/read-entry.ts
var ENTRY_FIELDS = [
  "purpose",
  "supplier",
  "requirements",
  "prerequisites",
  "safety-class",
  "rationale",
  "verification",
  "risks",
  "anomalies"
];
var DEFAULT_FIELDS = ["safety-class", "rationale"];
var REQUIREMENT_FIELDS = ["id", "text", "tests"];
var ANOMALY_FIELDS = ["id", "state", "justification", "reason", "by", "on", "expires"];
function readRequirements(r, node, field) {
  const seen = /* @__PURE__ */ new Map();
  return readList(r, node, field, "{ id, text, tests }", (item, itemField) => {
    const fields = readFields(r, item, itemField, REQUIREMENT_FIELDS, "id, text and tests");
    if (!fields) return void 0;
    const requirement = {
      id: fields.read("id", (value, path) => readText(r, value, path, { allowNumber: true })) ?? "",
      text: fields.read("text", (value, path) => readText(r, value, path)) ?? "",
      line: fields.line
    };
    const id = requirement.id.trim();
    if (id !== "") {
      const first = seen.get(id);
      if (first !== void 0)
        r.problem(
          item,
          `${itemField}.id`,
          `${quote(id)} is already the id of the requirement on line ${first}`
        );
      else seen.set(id, requirement.line);
    }
    const tests = fields.read("tests", (value, path) => readTests(r, value, path));
    if (tests !== void 0) requirement.tests = tests;
    return requirement;
  });
}
function readTests(r, node, field) {
  const value = r.resolve(node);
  if ((0, import_yaml2.isSeq)(value) && value.items.length === 0) {
    r.problem(
      node,
      field,
      "is an empty list; name the tests that verify the requirement, or leave tests out"
    );
    return void 0;
  }
  if (isEmpty(value)) return void 0;
  return readList(
    r,
    node,
    field,
    'test selectors ("classname:name", a test name or a test file path)',
    (item, itemField) => {
      const text = readText(r, item, itemField);
      if (text === void 0) return void 0;
      if (text.trim() === "") {
        r.problem(
          item,
          itemField,
          'is empty; write a test selector ("classname:name", a name or a test file path)'
        );
        return void 0;
      }
      if (text.length > MAX_SELECTOR_CHARS) {
        r.problem(
          item,
          itemField,
          `is ${text.length} characters long; a test selector has at most ${MAX_SELECTOR_CHARS}`
        );
        return void 0;
      }
      return text.trim();
    }
  );
}
function readRisks(r, node, field) {
  return readList(
    r,
    node,
    field,
    "risk ids, e.g. [RISK-017]",
    (item, itemField) => readText(r, item, itemField, { allowNumber: true })
  );
}
function readAnomalies(r, node, field) {
  return readList(r, node, field, "anomaly evaluations { id, state, reason, by, on }", (item, itemField) => {
    const fields = readFields(r, item, itemField, ANOMALY_FIELDS, "id, state, reason, by and on");
    if (!fields) return void 0;
    const evaluation = {
      id: fields.read("id", (value, path) => readText(r, value, path)) ?? "",
      line: fields.line
    };
    const state = fields.read(
      "state",
      (value, path) => readEnum(r, value, path, ANOMALY_STATES, "a CycloneDX analysis state")
    );
    if (state !== void 0) evaluation.state = state;
    const justification = fields.read(
      "justification",
      (value, path) => readEnum(r, value, path, ANOMALY_JUSTIFICATIONS, "a CycloneDX justification")
    );
    if (justification !== void 0) evaluation.justification = justification;
    for (const name of ["reason", "by"]) {
      const text = fields.read(name, (value, path) => readText(r, value, path));
      if (text !== void 0) evaluation[name] = text;
    }
    for (const name of ["on", "expires"]) {
      const date = fields.read(name, (value, path) => readDate(r, value, path));
      if (date !== void 0) evaluation[name] = date;
    }
    return evaluation;
  });
}
function readEntry(r, key, keyNode, node) {
  const field = `items.${quote(key)}`;
  const parsed = parseRegisterKey(key);
  if (!parsed) {
    r.problem(
      keyNode,
      field,
      `is not <ecosystem>/<name>; the ecosystem is one of ${ECOSYSTEMS.join(", ")} (e.g. "npm/express", "PyPI/requests")`
    );
    return void 0;
  }
  const value = r.resolve(node);
  const entry = {
    key,
    ecosystem: parsed.ecosystem,
    name: parsed.name,
    line: r.lineOf(keyNode) ?? 0,
    requirements: [],
    risks: [],
    anomalies: [],
    problems: []
  };
  if (isEmpty(value)) return entry;
  if (!(0, import_yaml2.isMap)(value)) {
    r.problem(node, field, "must be a mapping of fields (purpose, safety-class, requirements, \u2026)");
    return void 0;
  }
  const pairs = r.pairs(value, field);
  checkFields(r, pairs, ENTRY_FIELDS, field);
  for (const { key: name, value: fieldNode } of pairs) {
    const path = `${field}.${name}`;
    switch (name) {
      case "purpose":
      case "supplier":
      case "prerequisites":
      case "rationale":
      case "verification": {
        const text = readText(r, fieldNode, path);
        if (text !== void 0) entry[name] = text;
        break;
      }
      case "safety-class": {
        const safetyClass = readSafetyClass(r, fieldNode, path);
        if (safetyClass !== void 0) entry.safetyClass = safetyClass;
        break;
      }
      case "requirements":
        entry.requirements = readRequirements(r, fieldNode, path);
        break;
      case "risks":
        entry.risks = readRisks(r, fieldNode, path);
        break;
      case "anomalies":
        entry.anomalies = readAnomalies(r, fieldNode, path);
        break;
    }
  }
  return entry;
}
function readDefaults(r, node) {
  const defaults = { safetyClass: "C", assumed: true };
  const value = r.resolve(node);
  if (isEmpty(value)) return defaults;
  if (!(0, import_yaml2.isMap)(value)) {
    r.problem(node, "defaults", "must be a mapping with safety-class and rationale");
    return defaults;
  }
  const pairs = r.pairs(value, "defaults");
  checkFields(r, pairs, DEFAULT_FIELDS, "defaults");
  for (const { key, value: fieldNode } of pairs) {
    if (key === "safety-class") {
      const safetyClass = readSafetyClass(r, fieldNode, "defaults.safety-class");
      if (safetyClass !== void 0) {
        defaults.safetyClass = safetyClass;
        defaults.assumed = false;
      }
    } else if (key === "rationale") {
      const text = readText(r, fieldNode, "defaults.rationale");
      if (text !== void 0 && text.trim() !== "") defaults.rationale = text;
    }
  }
  return defaults;
}

// src/register/parse.ts
var MAX_REGISTER_BYTES = 5 * 1024 * 1024;
var TOP_LEVEL = ["defaults", "items"];
function emptyRegister(path = "soup/register.yml") {
  return { path, defaults: { safetyClass: "C", assumed: true }, entries: /* @__PURE__ */ new Map() };
}
function parseRegisterFile(path, text) {
  return text === void 0 ? emptyRegister(path) : parseRegister(path, text, { allowIncomplete: true });
}
function parseRegister(path, text, options = {}) {
  if (text.length > MAX_REGISTER_BYTES) {
    throw new RegisterError(path, [
      {
        file: path,
        message: `is ${text.length} characters, over the limit of ${MAX_REGISTER_BYTES}; a register is hand-written and kilobytes long`
      }
    ]);
  }
  const lines = new import_yaml3.LineCounter();
  let doc;
  try {
    doc = (0, import_yaml3.parseDocument)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, version: "1.2" });
  } catch (error) {
    throw new RegisterError(path, [
      {
        file: path,
        message: `cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`
      }
    ]);
  }
  if (doc.errors.length > 0) {
    throw new RegisterError(
      path,
      doc.errors.map((error) => ({
        file: path,
        ...error.linePos ? { line: error.linePos[0].line } : {},
        message: `YAML ${error.code === "DUPLICATE_KEY" ? "duplicate key" : "syntax error"}: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`
      }))
    );
  }
  const reader = new Reader(path, doc, lines);
  const entries = /* @__PURE__ */ new Map();
  const broken = /* @__PURE__ */ new Set();
  let defaults = { safetyClass: "C", assumed: true };
  try {
    const root = reader.resolve(doc.contents);
    if (!isEmpty(root)) {
      if (!(0, import_yaml3.isMap)(root)) {
        reader.problem(root, void 0, 'the register must be a mapping with "defaults" and "items"');
      } else {
        const top = reader.pairs(root, "(top level)");
        checkFields(reader, top, TOP_LEVEL, "(top level)");
        const defaultsPair = top.find((p) => p.key === "defaults");
        if (defaultsPair) defaults = readDefaults(reader, defaultsPair.value);
        const itemsPair = top.find((p) => p.key === "items");
        const items = itemsPair ? reader.resolve(itemsPair.value) : void 0;
        if (itemsPair && items !== null && !(0, import_yaml3.isMap)(items) && !((0, import_yaml3.isScalar)(items) && items.value === null)) {
          reader.problem(itemsPair.value, "items", 'must be a mapping of "<ecosystem>/<name>": { fields }');
        } else if (itemsPair) {
          for (const { key, keyNode, value } of reader.pairs(items, "items")) {
            const before = reader.structural.length;
            const entry = readEntry(reader, key, keyNode, value);
            if (!entry) continue;
            if (reader.structural.length > before) broken.add(entry);
            const lookup = registerLookupKey(entry.ecosystem, entry.name);
            const earlier = entries.get(lookup);
            if (earlier) {
              reader.problem(
                keyNode,
                `items.${quote(key)}`,
                `is the same package as ${quote(earlier.key)} on line ${earlier.line}; keep one entry`
              );
              continue;
            }
            entries.set(lookup, entry);
          }
        }
      }
    }
  } catch (error) {
    if (!(error instanceof AliasLimitError)) throw error;
    reader.structural.push({
      file: path,
      message: `uses more than ${MAX_REGISTER_ALIASES} YAML aliases; write the values out (alias expansion is bounded to stop "billion laughs" documents)`
    });
  }
  const incomplete = [];
  for (const entry of entries.values()) {
    if (broken.has(entry)) continue;
    entry.problems = checkEntryCompleteness(path, entry, defaults);
    incomplete.push(...entry.problems);
  }
  const problems = options.allowIncomplete ? reader.structural : [...reader.structural, ...incomplete];
  if (problems.length > 0) {
    throw new RegisterError(
      path,
      [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    );
  }
  return { path, defaults, entries };
}

export {
  registerKey,
  registerLookupKey,
  parseRegisterKey,
  effectiveClass,
  evaluationProblems,
  checkEntryCompleteness,
  matchesGlob,
  indexResults,
  matchRequirement,
  matchRequirements,
  emptyRegister,
  parseRegisterFile,
  parseRegister
};
