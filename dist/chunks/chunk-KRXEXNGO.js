import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  XMLParser,
  XMLValidator
} from "./chunk-MNSTNX2S.js";

// src/verification/junit.ts
var MAX_JUNIT_CHARS = 64 * 1024 * 1024;
var MAX_TEST_CASES = 25e4;
var MAX_SUITE_DEPTH = 32;
var MAX_FIELD_CHARS = 4096;
var MAX_MESSAGE_CHARS = 2e3;
var JunitParseError = class extends Error {
  constructor(file, line, detail) {
    super(`${file}${line !== void 0 ? `:${line}` : ""}: ${detail}`);
    this.file = file;
    this.line = line;
    this.detail = detail;
  }
  file;
  line;
  detail;
  name = "JunitParseError";
};
var ARRAY_TAGS = /* @__PURE__ */ new Set([
  "testsuite",
  "testcase",
  "failure",
  "error",
  "skipped",
  "rerunFailure",
  "rerunError",
  "flakyFailure",
  "flakyError"
]);
var parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  // Names like "1.10" or "007" must stay text.
  parseTagValue: false,
  parseAttributeValue: false,
  // Attributes too: jest-junit writes " parses ISO dates" for a test outside any describe, and a
  // selector is written without the space.
  trimValues: true,
  // The XML entities and character references (`&#10;` in stack traces; fast-xml-parser decodes
  // those only with htmlEntities on). A DOCTYPE is refused before parsing, so no file-defined
  // entity can ever be expanded.
  processEntities: true,
  htmlEntities: true,
  captureMetaData: true,
  maxNestedTags: MAX_SUITE_DEPTH + 8,
  isArray: (name) => ARRAY_TAGS.has(name)
});
var META = XMLParser.getMetaDataSymbol();
function isElement(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineOfOffset(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
var Reader = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  starts;
  count = 0;
  line(node) {
    const meta = isElement(node) ? node[META] : void 0;
    const start = isElement(meta) ? meta.startIndex : void 0;
    if (typeof start !== "number") return 1;
    this.starts ??= lineStarts(this.text);
    return lineOfOffset(this.starts, start);
  }
  fail(node, detail) {
    throw new JunitParseError(this.file, this.line(node), detail);
  }
  /** An attribute as text; undefined when absent. Refuses values too long to match on. */
  attribute(node, name, what) {
    const key = `@_${name}`;
    if (!Object.hasOwn(node, key)) return void 0;
    const value = node[key];
    const text = typeof value === "string" ? value : String(value);
    if (text.length > MAX_FIELD_CHARS)
      this.fail(
        node,
        `${what} ${name}="\u2026" is ${text.length} characters; at most ${MAX_FIELD_CHARS} are read`
      );
    return text;
  }
};
function children(node, tag) {
  if (!Object.hasOwn(node, tag)) return [];
  const value = node[tag];
  return Array.isArray(value) ? value : [value];
}
function messageOf(node) {
  let text;
  if (typeof node === "string") text = node;
  else if (isElement(node)) {
    const attribute = node["@_message"];
    const body = node["#text"];
    text = typeof attribute === "string" && attribute.trim() !== "" ? attribute : typeof body === "string" ? body : void 0;
  }
  if (text === void 0) return void 0;
  const trimmed = text.trim();
  if (trimmed === "") return void 0;
  const chars = Array.from(trimmed.slice(0, MAX_MESSAGE_CHARS * 2));
  return chars.length <= MAX_MESSAGE_CHARS ? chars.join("") : `${chars.slice(0, MAX_MESSAGE_CHARS - 1).join("")}\u2026`;
}
function statusOf(testcase) {
  for (const [tag, status] of [
    ["error", "errored"],
    ["failure", "failed"],
    ["skipped", "skipped"]
  ]) {
    const found = children(testcase, tag);
    if (found.length > 0) {
      const message = messageOf(found[0]);
      return message !== void 0 ? { status, message } : { status };
    }
  }
  return { status: "passed" };
}
function readTime(value) {
  if (value === void 0) return void 0;
  const seconds = Number(value.replace(/,/g, ""));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : void 0;
}
function readTestcase(r, node, suite, suiteFile, out) {
  if (!isElement(node)) {
    r.fail(void 0, "a <testcase> has no name attribute");
  }
  if (++r.count > MAX_TEST_CASES)
    r.fail(node, `more than ${MAX_TEST_CASES} test cases in one file; split the results`);
  const name = r.attribute(node, "name", "<testcase>");
  if (name === void 0 || name.trim() === "") r.fail(node, "a <testcase> has no name attribute");
  const classname = r.attribute(node, "classname", "<testcase>") ?? "";
  const file = r.attribute(node, "file", "<testcase>") ?? suiteFile;
  const time = readTime(r.attribute(node, "time", "<testcase>"));
  const { status, message } = statusOf(node);
  out.push({
    suite,
    classname,
    name,
    ...file !== void 0 && file !== "" ? { file } : {},
    status,
    ...time !== void 0 ? { time } : {},
    ...message !== void 0 ? { message } : {},
    source: { file: r.file, line: r.line(node) }
  });
}
function readSuite(r, node, depth, parentFile, out) {
  if (depth > MAX_SUITE_DEPTH) r.fail(node, `<testsuite> nested more than ${MAX_SUITE_DEPTH} deep`);
  if (!isElement(node)) return;
  const suite = r.attribute(node, "name", "<testsuite>") ?? "";
  const file = r.attribute(node, "file", "<testsuite>") ?? parentFile;
  for (const testcase of children(node, "testcase")) readTestcase(r, testcase, suite, file, out);
  for (const inner of children(node, "testsuite")) readSuite(r, inner, depth + 1, file, out);
}
function rootName(text) {
  return /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w:.-]*)/.exec(text)?.[1];
}
function parseJunit(file, text) {
  if (text.length > MAX_JUNIT_CHARS)
    throw new JunitParseError(
      file,
      void 0,
      `is ${text.length} characters; at most ${MAX_JUNIT_CHARS} are read`
    );
  const body = text.charCodeAt(0) === 65279 ? text.slice(1) : text;
  const doctype = /<!DOCTYPE/i.exec(body);
  if (doctype)
    throw new JunitParseError(
      file,
      lineOfOffset(lineStarts(body), doctype.index),
      "has a DOCTYPE; JUnit XML never needs one and it is refused (entity expansion)"
    );
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new JunitParseError(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  const root = rootName(body);
  if (root === "TestRun")
    throw new JunitParseError(
      file,
      1,
      "is a Visual Studio .trx file, not JUnit XML; run dotnet test with a JUnit logger (e.g. --logger junit from JunitXml.TestLogger)"
    );
  if (root !== "testsuites" && root !== "testsuite")
    throw new JunitParseError(
      file,
      1,
      `expected <testsuites> or <testsuite> as the root element, found ${root === void 0 ? "none" : `<${root}>`}`
    );
  let document;
  try {
    document = parser.parse(body);
  } catch (error) {
    throw new JunitParseError(file, void 0, error instanceof Error ? error.message : String(error));
  }
  const reader = new Reader(file, body);
  const out = [];
  if (!isElement(document)) return out;
  if (root === "testsuite") {
    for (const suite of children(document, "testsuite")) readSuite(reader, suite, 1, void 0, out);
  } else {
    for (const suites of children(document, "testsuites")) {
      if (!isElement(suites)) continue;
      for (const testcase of children(suites, "testcase")) readTestcase(reader, testcase, "", void 0, out);
      for (const suite of children(suites, "testsuite")) readSuite(reader, suite, 1, void 0, out);
    }
  }
  return out;
}

export {
  MAX_JUNIT_CHARS,
  JunitParseError,
  parseJunit
};
