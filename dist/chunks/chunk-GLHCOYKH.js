import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  formatTimestamp,
  inertJson
} from "./chunk-AMG3VI3T.js";
import {
  JunitParseError,
  MAX_JUNIT_CHARS,
  parseJunit
} from "./chunk-KRXEXNGO.js";
import {
  emptyRegister,
  indexResults,
  matchRequirement,
  parseRegister
} from "./chunk-GFDFZMAU.js";
import {
  actionsRunUrl
} from "./chunk-O6AVXZXU.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";
import {
  code,
  escapeText,
  safeUrl
} from "./chunk-PLLD3DQX.js";

// src/cli/trace.ts
import { execFile } from "node:child_process";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { parseArgs, promisify } from "node:util";

// src/verification/traceability.ts
var TRACEABILITY_SCHEMA = "soup-gate/traceability@1";
var MAX_LISTED_TESTS = 50;
var MAX_ITEMS = 1e5;
var MAX_REQUIREMENTS = 1e3;
var MAX_TEXT = 4096;
var VERDICTS = ["passed", "failed", "skipped", "missing", "untested"];
var STATUSES = ["passed", "failed", "skipped", "errored"];
var ORDER = { errored: 0, failed: 1, skipped: 2, passed: 3 };
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function emptyCounts() {
  return { passed: 0, failed: 0, skipped: 0, errored: 0 };
}
function emptyTotals() {
  return { passed: 0, failed: 0, skipped: 0, missing: 0, untested: 0 };
}
function buildTraceability(input) {
  const index = indexResults(input.results);
  const totals = emptyTotals();
  const items = [...input.items].sort((a, b) => compareText(a.key, b.key)).map((item) => {
    const requirements = item.requirements.map((spec) => {
      const result = matchRequirement(spec, index);
      totals[result.verdict]++;
      const counts = emptyCounts();
      for (const test of result.matched) counts[test.status]++;
      const listed = [...result.matched].sort((a, b) => ORDER[a.status] - ORDER[b.status]).slice(0, MAX_LISTED_TESTS);
      return {
        id: spec.id,
        text: spec.text,
        tests: [...spec.tests],
        verdict: result.verdict,
        counts,
        listed,
        unmatched: result.unmatched,
        ...result.verdict !== "untested" ? { run: { ...input.run } } : {}
      };
    });
    return { key: item.key, versions: [...item.versions ?? []], requirements };
  });
  const results = { tests: input.results.length, ...emptyCounts() };
  for (const result of input.results) results[result.status]++;
  return {
    schema: TRACEABILITY_SCHEMA,
    generatedAt: input.generatedAt,
    run: { ...input.run },
    results,
    items,
    totals
  };
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value, max = MAX_TEXT) {
  return typeof value === "string" && value.length <= max ? value : void 0;
}
function texts(value, max) {
  if (!Array.isArray(value) || value.length > max) return void 0;
  const out = value.map((v) => text(v));
  return out.every((v) => v !== void 0) ? out : void 0;
}
function count(value) {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : void 0;
}
function readRun(value) {
  if (!isRecord(value)) return void 0;
  const run2 = {};
  for (const field of ["url", "headSha", "date"]) {
    if (value[field] === void 0) continue;
    const v = text(value[field], 2048);
    if (v === void 0) return void 0;
    run2[field] = v;
  }
  if (value.files !== void 0) {
    const files = texts(value.files, 1e4);
    if (files === void 0) return void 0;
    run2.files = files;
  }
  return run2;
}
function readCounts(value, keys) {
  if (!isRecord(value)) return void 0;
  const out = {};
  for (const key of keys) {
    const n = count(value[key]);
    if (n === void 0) return void 0;
    out[key] = n;
  }
  return out;
}
function readMatched(value) {
  if (!isRecord(value)) return void 0;
  const selector = text(value.selector);
  const suite = text(value.suite);
  const classname = text(value.classname);
  const name = text(value.name);
  const status = value.status;
  if (selector === void 0 || suite === void 0 || classname === void 0 || name === void 0 || !STATUSES.includes(status))
    return void 0;
  const file = value.file === void 0 ? void 0 : text(value.file);
  const message = value.message === void 0 ? void 0 : text(value.message);
  if (value.file !== void 0 && file === void 0 || value.message !== void 0 && message === void 0)
    return void 0;
  return {
    selector,
    suite,
    classname,
    name,
    ...file !== void 0 ? { file } : {},
    status,
    ...message !== void 0 ? { message } : {}
  };
}
function readRequirement(value) {
  if (!isRecord(value)) return void 0;
  const id = text(value.id);
  const description = text(value.text);
  const tests = texts(value.tests, MAX_REQUIREMENTS);
  const unmatched = texts(value.unmatched, MAX_REQUIREMENTS);
  const counts = readCounts(value.counts, STATUSES);
  const verdict = value.verdict;
  if (id === void 0 || description === void 0 || tests === void 0 || unmatched === void 0 || counts === void 0 || !VERDICTS.includes(verdict) || !Array.isArray(value.listed) || value.listed.length > MAX_LISTED_TESTS)
    return void 0;
  const listed = value.listed.map(readMatched);
  if (listed.some((t) => t === void 0)) return void 0;
  const run2 = value.run === void 0 ? void 0 : readRun(value.run);
  if (value.run !== void 0 && run2 === void 0) return void 0;
  return {
    id,
    text: description,
    tests,
    verdict,
    counts,
    listed,
    unmatched,
    ...run2 !== void 0 ? { run: run2 } : {}
  };
}
function readTraceabilityData(value) {
  if (!isRecord(value) || value.schema !== TRACEABILITY_SCHEMA) return void 0;
  const generatedAt = text(value.generatedAt, 64);
  const run2 = readRun(value.run);
  const results = readCounts(value.results, ["tests", ...STATUSES]);
  const totals = readCounts(value.totals, VERDICTS);
  if (generatedAt === void 0 || run2 === void 0 || results === void 0 || totals === void 0 || !Array.isArray(value.items) || value.items.length > MAX_ITEMS)
    return void 0;
  const items = [];
  for (const raw of value.items) {
    if (!isRecord(raw) || !Array.isArray(raw.requirements) || raw.requirements.length > MAX_REQUIREMENTS)
      return void 0;
    const key = text(raw.key, 1024);
    const versions = texts(raw.versions, 1e3);
    const requirements = raw.requirements.map(readRequirement);
    if (key === void 0 || versions === void 0 || requirements.some((r) => r === void 0))
      return void 0;
    items.push({ key, versions, requirements });
  }
  return { schema: TRACEABILITY_SCHEMA, generatedAt, run: run2, results, items, totals };
}

// src/documents/traceability.ts
var TRACEABILITY_MARKER = "<!-- soup-gate:traceability -->";
var DATA_HEADING = "## Machine-readable matrix";
var NAMED_PER_CELL = 5;
var VERDICT_LABEL = {
  passed: "passed",
  failed: "failed",
  skipped: "skipped",
  missing: "missing: no test matched",
  untested: "no tests named"
};
function verdictCell(verdict) {
  return verdict === "passed" || verdict === "untested" ? VERDICT_LABEL[verdict] : `**${VERDICT_LABEL[verdict]}**`;
}
function shortSha(sha) {
  return sha === void 0 || sha === "" ? void 0 : code(sha.slice(0, 12));
}
function describeRun(run2) {
  if (run2 === void 0) return "\u2014";
  const url = run2.url !== void 0 ? safeUrl(run2.url) : null;
  const parts = [
    url !== null ? `[run](${url})` : "run",
    shortSha(run2.headSha) !== void 0 ? `at ${shortSha(run2.headSha)}` : void 0,
    run2.date !== void 0 ? `on ${escapeText(run2.date, 40)}` : void 0
  ].filter((p) => p !== void 0);
  return parts.join(" ");
}
function testLabel(test) {
  const where = test.classname !== "" ? `${test.classname} \u203A ` : "";
  return code(`${where}${test.name}`, 160);
}
function testsCell(requirement) {
  if (requirement.verdict === "untested") return "\u2014";
  const { counts } = requirement;
  const summary = ["passed", "failed", "errored", "skipped"].filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${status}`).join(", ");
  const parts = [summary === "" ? "none matched" : summary];
  const notPassed = requirement.listed.filter((t) => t.status !== "passed");
  for (const test of notPassed.slice(0, NAMED_PER_CELL)) {
    parts.push(
      `${test.status}: ${testLabel(test)}${test.message !== void 0 ? ` \u2014 ${escapeText(test.message.split("\n")[0] ?? "", 120)}` : ""}`
    );
  }
  const more = counts.failed + counts.errored + counts.skipped - Math.min(notPassed.length, NAMED_PER_CELL);
  if (more > 0) parts.push(`and ${more} more not passed`);
  for (const selector of requirement.unmatched.slice(0, NAMED_PER_CELL))
    parts.push(`no test matched ${code(selector, 160)}`);
  if (requirement.unmatched.length > NAMED_PER_CELL)
    parts.push(`and ${requirement.unmatched.length - NAMED_PER_CELL} more selectors matched nothing`);
  return parts.join("<br>");
}
function selectorsCell(requirement) {
  if (requirement.tests.length === 0) return "\u2014";
  return requirement.tests.map((t) => code(t, 160)).join("<br>");
}
function countsLine(counts, labels) {
  return Object.entries(counts).filter(([, n]) => n > 0).map(([key, n]) => `${n} ${labels[key] ?? key}`).join(" \xB7 ");
}
function renderTraceability(matrix, options = {}) {
  const register = code(options.registerPath ?? "soup/register.yml");
  const requirementCount = Object.values(matrix.totals).reduce((a, b) => a + b, 0);
  const lines = [
    TRACEABILITY_MARKER,
    "# SOUP traceability matrix",
    "",
    `Generated by soup-gate at ${escapeText(matrix.generatedAt, 40)} from the requirements in ${register} and the test results of ${describeRun(matrix.run)}. Do not edit: \`soup-gate trace\` rewrites it.`,
    "",
    "| measure | value |",
    "|---|---|",
    `| requirements | ${requirementCount}${requirementCount > 0 ? `: ${countsLine(matrix.totals, VERDICT_LABEL)}` : ""} |`,
    `| tests read | ${matrix.results.tests}${matrix.results.tests > 0 ? `: ${countsLine({ passed: matrix.results.passed, failed: matrix.results.failed, errored: matrix.results.errored, skipped: matrix.results.skipped }, {})}` : ""} |`,
    `| result files | ${matrix.run.files === void 0 || matrix.run.files.length === 0 ? "\u2014" : matrix.run.files.map((f) => code(f, 200)).join(", ")} |`,
    ""
  ];
  const open = matrix.items.flatMap(
    (item) => item.requirements.filter((r) => r.verdict === "failed" || r.verdict === "missing" || r.verdict === "skipped").map((r) => ({ item, requirement: r }))
  );
  if (open.length > 0) {
    lines.push("## Not re-verified", "");
    for (const { item, requirement } of open)
      lines.push(
        `- ${code(item.key)} ${code(requirement.id, 60)}: ${verdictCell(requirement.verdict)} \u2014 ${testsCell(requirement).replaceAll("<br>", "; ")}`
      );
    lines.push("");
  }
  if (matrix.items.length === 0) lines.push(`${register} names no SOUP items with requirements.`, "");
  for (const item of matrix.items) {
    const versions = item.versions.length > 0 ? ` ${item.versions.map((v) => code(v, 80)).join(", ")}` : "";
    lines.push(`## ${code(item.key)}${versions}`, "");
    if (item.requirements.length === 0) {
      lines.push("No requirements in the register.", "");
      continue;
    }
    lines.push(
      "| requirement | text | tests named | result | tests | last run |",
      "|---|---|---|---|---|---|"
    );
    for (const requirement of item.requirements) {
      lines.push(
        `| ${requirement.id.trim() === "" ? "\u2014" : code(requirement.id, 60)} | ${requirement.text.trim() === "" ? "\u2014" : escapeText(requirement.text, 300)} | ${selectorsCell(requirement)} | ${verdictCell(requirement.verdict)} | ${testsCell(requirement)} | ${requirement.run !== void 0 ? describeRun(requirement.run) : "\u2014"} |`
      );
    }
    lines.push("");
  }
  lines.push(DATA_HEADING, "", "```json", inertJson(matrix, 2), "```", "");
  return lines.join("\n");
}
function parseTraceability(markdown) {
  if (!markdown.startsWith(TRACEABILITY_MARKER)) return void 0;
  const opening = `${DATA_HEADING}

\`\`\`json
`;
  const heading = markdown.lastIndexOf(opening);
  if (heading === -1) return void 0;
  const start = heading + opening.length;
  const end = markdown.indexOf("\n```", start);
  if (end === -1) return void 0;
  try {
    return readTraceabilityData(JSON.parse(markdown.slice(start, end)));
  } catch {
    return void 0;
  }
}

// src/app/trace.ts
var MAX_REGISTER_CHARS = 5 * 1024 * 1024;
function requirementTests(requirement) {
  return requirement.tests ?? [];
}
function traceItemsOf(register) {
  return [...register.entries.values()].map((entry) => ({
    key: entry.key,
    requirements: entry.requirements.map((r) => ({
      id: r.id,
      text: r.text,
      tests: requirementTests(r)
    }))
  }));
}
async function readRegister(files, path) {
  const text2 = await files.readText(path, MAX_REGISTER_CHARS);
  return text2 === void 0 ? void 0 : parseRegister(path, text2, { allowIncomplete: true });
}
async function runTrace(options) {
  const found = await readRegister(options.files, options.registerPath);
  const register = found ?? emptyRegister(options.registerPath);
  const results = [];
  for (const path of options.junit) {
    const text2 = await options.files.readText(path, MAX_JUNIT_CHARS);
    if (text2 === void 0) throw new JunitParseError(path, void 0, "no such file");
    for (const result of parseJunit(path, text2)) results.push(result);
  }
  const matrix = buildTraceability({
    items: traceItemsOf(register),
    results,
    run: { ...options.run, files: [...options.junit] },
    generatedAt: options.generatedAt
  });
  return {
    matrix,
    markdown: renderTraceability(matrix, { registerPath: options.registerPath }),
    registerFound: found !== void 0,
    results
  };
}

// src/cli/trace.ts
var TRACE_HELP = `Usage:
  soup-gate trace --junit <file>... [--register soup/register.yml] [--out soup/TRACEABILITY.md] [options]
      matches the tests each register requirement names against JUnit XML results and writes the
      traceability matrix (SOUP item \u2192 requirement \u2192 tests \u2192 result and run)

Options:
  --junit <file>...         JUnit XML result files (repeatable; more files may follow as arguments)
  --root <dir>              the checkout (default: the working folder); --register and --out are under it
  --register <file>         register path under --root (default: soup/register.yml)
  --out <file>              where to write the matrix, under --root (default: soup/TRACEABILITY.md)
  --run-url <url>           the run that wrote the results (default in GitHub Actions: this run)
  --head-sha <sha>          the commit the tests ran on (default: GITHUB_SHA, else git rev-parse HEAD)
  --run-date <iso>          when the run finished (default: now)
  --generated-at <iso>      the matrix's time (default: now)
  --quiet                   no summary on stderr

A requirement names its tests in the register as
  requirements:
    - id: REQ-API-003
      text: "Rejects bodies over 1 MB"
      tests: ["com.acme.ApiTest:rejects*", "tests/test_api.py::test_limits", "test/api.test.ts"]
(classname:name with * wildcards, a bare test name, a test file path, or a pytest node id).

Exit status: 0 when every requirement that names tests passed, 1 when one failed, was skipped or
matched no test (the matrix is written either way), 2 on bad input.
`;
var run = promisify(execFile);
async function gitHead(root) {
  try {
    const { stdout } = await run("git", ["rev-parse", "HEAD"], { cwd: root });
    return stdout.trim() || void 0;
  } catch {
    return void 0;
  }
}
function folderFiles(root) {
  return {
    async readText(path, maxChars) {
      const full = isAbsolute(path) ? path : join(root, path);
      let size;
      try {
        const info = await stat(full);
        if (!info.isFile()) throw new UsageError(`${path} is not a file`);
        size = info.size;
      } catch (error) {
        if (error.code === "ENOENT") return void 0;
        throw error;
      }
      if (size > maxChars) throw new UsageError(`${path} is ${size} bytes; at most ${maxChars} are read`);
      return readFile(full, "utf8");
    },
    async listFiles(dir) {
      try {
        const entries = await readdir(isAbsolute(dir) ? dir : join(root, dir), { withFileTypes: true });
        return entries.filter((e) => e.isFile()).map((e) => e.name).sort();
      } catch (error) {
        if (error.code === "ENOENT") return [];
        throw error;
      }
    }
  };
}
function insideRoot(option, value) {
  if (isAbsolute(value) || value.split(/[\\/]/).includes(".."))
    throw new UsageError(`--${option} must be a path inside --root (got "${value}")`);
  return value.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
}
function readTime(option, value, fallback) {
  if (value === void 0) return formatTimestamp(fallback);
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--${option} must be an ISO 8601 time (got "${value}")`);
  return formatTimestamp(date);
}
function terminalSafe(text2, max = 2e3) {
  const flat = text2.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, " ");
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}\u2026`;
}
async function runTraceCommand(args, io, env = process.env) {
  const { values, positionals } = parseArgs({
    args,
    options: {
      junit: { type: "string", multiple: true },
      root: { type: "string" },
      register: { type: "string" },
      out: { type: "string" },
      "run-url": { type: "string" },
      "head-sha": { type: "string" },
      "run-date": { type: "string" },
      "generated-at": { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" }
    },
    allowPositionals: true,
    strict: true
  });
  if (values.help) {
    io.stdout(TRACE_HELP);
    return 0;
  }
  const junit = [...values.junit ?? [], ...positionals];
  if (junit.length === 0)
    throw new UsageError("--junit is required: one or more JUnit XML files (e.g. --junit results/*.xml)");
  const root = resolve(io.cwd, values.root ?? ".");
  const registerPath = insideRoot("register", values.register ?? "soup/register.yml");
  const out = insideRoot("out", values.out ?? "soup/TRACEABILITY.md");
  const now = new Date(Math.floor(Date.now() / 1e3) * 1e3);
  const runUrl = values["run-url"] ?? actionsRunUrl(env);
  if (runUrl !== void 0 && !/^https?:\/\/[^/]/.test(runUrl))
    throw new UsageError(`--run-url must be an http(s) URL (got "${runUrl}")`);
  const headSha = values["head-sha"] ?? env.GITHUB_SHA ?? await gitHead(root);
  const files = folderFiles(root);
  const cwdFiles = folderFiles(io.cwd);
  let outcome;
  try {
    outcome = await runTrace({
      files: {
        readText: (path, max) => junit.includes(path) ? cwdFiles.readText(path, max) : files.readText(path, max),
        listFiles: files.listFiles
      },
      junit,
      registerPath,
      run: {
        ...runUrl !== void 0 ? { url: runUrl } : {},
        ...headSha !== void 0 ? { headSha } : {},
        date: readTime("run-date", values["run-date"], now)
      },
      generatedAt: readTime("generated-at", values["generated-at"], now)
    });
  } catch (error) {
    if (error instanceof JunitParseError) throw new UsageError(error.message);
    throw error;
  }
  await mkdir(dirname(join(root, out)), { recursive: true });
  await writeFile(join(root, out), outcome.markdown);
  const { totals, results } = outcome.matrix;
  const notVerified = totals.failed + totals.skipped + totals.missing;
  io.stdout(
    `wrote ${out}: ${Object.values(totals).reduce((a, b) => a + b, 0)} requirement(s) \u2014 ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, ${totals.missing} missing, ${totals.untested} with no tests named; ${results.tests} test result(s) read
`
  );
  if (!values.quiet) {
    if (!outcome.registerFound) io.stderr(`${registerPath} not found: no requirements to trace
`);
    for (const item of outcome.matrix.items)
      for (const requirement of item.requirements) {
        if (requirement.verdict === "passed" || requirement.verdict === "untested") continue;
        const why = [
          ...requirement.listed.filter((t) => t.status !== "passed").map((t) => `${t.status}: ${t.classname !== "" ? `${t.classname} \u203A ` : ""}${t.name}`),
          ...requirement.unmatched.map((s) => `no test matched "${s}"`)
        ].slice(0, 10);
        io.stderr(
          `${terminalSafe(`${item.key} ${requirement.id}: ${requirement.verdict} (${why.join("; ")})`)}
`
        );
      }
  }
  return notVerified > 0 ? 1 : 0;
}

export {
  buildTraceability,
  VERDICT_LABEL,
  parseTraceability,
  traceItemsOf,
  readRegister,
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  terminalSafe,
  runTraceCommand
};
