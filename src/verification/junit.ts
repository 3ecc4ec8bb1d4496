/**
 * JUnit XML → TestResult[]. JUnit XML has no single schema: every runner writes its own dialect of
 * `<testsuites>` / `<testsuite>` / `<testcase>`. What this reads, from files the real runners wrote
 * (test/fixtures/junit/):
 * - vitest (`--reporter=junit`): classname is the test file, name is "describe > test";
 * - jest-junit: classname and name from templates, `file` with addFileAttribute;
 * - pytest (`--junitxml`): classname is the dotted module (and class), `file`/`line` in xunit1;
 * - go-junit-report / gotestsum: classname is the package path, or absent (then '');
 * - Maven Surefire: a bare `<testsuite>` root, `<rerunFailure>`/`<flakyFailure>` beside the verdict;
 * - JunitXml.TestLogger (dotnet test): `<testsuites>` of one `<testsuite>` per assembly.
 * A test case's verdict is its `<error>` (errored), else `<failure>` (failed), else `<skipped>`
 * (skipped), else passed. Surefire's flakyFailure alone is a pass (the rerun passed): the runner
 * says so, and counting it as a failure would disagree with the runner's own exit status.
 *
 * A result file comes out of a PR's workflow run, so it is hostile input: its size, nesting, test
 * count and field lengths are bounded, a DOCTYPE (never written by a test runner; the way in for
 * entity expansion) is refused, and attribute names are kept as data (no prototype pollution).
 * XML is read with fast-xml-parser, already the project's XML parser (pom.xml): maintained, no
 * native code, a validator that reports line and column, and element offsets for our own errors.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { TestResult, TestStatus } from './types.js';

/** A result file larger than this is refused (a 100,000-test Surefire report is about 30 MB). */
export const MAX_JUNIT_CHARS = 64 * 1024 * 1024;
/** Test cases read from one file at most. */
export const MAX_TEST_CASES = 250_000;
/** Nested `<testsuite>` levels at most (PHPUnit and some others nest; real files stay under 10). */
export const MAX_SUITE_DEPTH = 32;
/** Longest suite, classname, name or file kept; longer is refused, never silently cut (names are matched). */
export const MAX_FIELD_CHARS = 4096;
/** Longest message kept; messages are for people and are cut. */
export const MAX_MESSAGE_CHARS = 2000;

/** A result file that can't be read as JUnit XML. Callers branch on it (the CLI exits 2). */
export class JunitParseError extends Error {
  override readonly name = 'JunitParseError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${detail}`);
  }
}

type Element = Record<string, unknown>;

const ARRAY_TAGS = new Set([
  'testsuite',
  'testcase',
  'failure',
  'error',
  'skipped',
  'rerunFailure',
  'rerunError',
  'flakyFailure',
  'flakyError',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
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
  isArray: (name) => ARRAY_TAGS.has(name),
});
const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

function isElement(value: unknown): value is Element {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Offsets of every line start, so each test case's line costs a binary search, not a scan. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOfOffset(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

class Reader {
  private starts: number[] | undefined;
  count = 0;

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {}

  line(node: unknown): number {
    const meta = isElement(node) ? (node as Record<symbol, unknown>)[META] : undefined;
    const start = isElement(meta) ? meta.startIndex : undefined;
    if (typeof start !== 'number') return 1;
    this.starts ??= lineStarts(this.text);
    return lineOfOffset(this.starts, start);
  }

  fail(node: unknown, detail: string): never {
    throw new JunitParseError(this.file, this.line(node), detail);
  }

  /** An attribute as text; undefined when absent. Refuses values too long to match on. */
  attribute(node: Element, name: string, what: string): string | undefined {
    const key = `@_${name}`;
    if (!Object.hasOwn(node, key)) return undefined;
    const value = node[key];
    const text = typeof value === 'string' ? value : String(value);
    if (text.length > MAX_FIELD_CHARS)
      this.fail(
        node,
        `${what} ${name}="…" is ${text.length} characters; at most ${MAX_FIELD_CHARS} are read`,
      );
    return text;
  }
}

function children(node: Element, tag: string): unknown[] {
  if (!Object.hasOwn(node, tag)) return [];
  const value = node[tag];
  return Array.isArray(value) ? value : [value];
}

/** The message of a failure/error/skipped element: its message attribute, else its text, cut. */
function messageOf(node: unknown): string | undefined {
  let text: string | undefined;
  if (typeof node === 'string') text = node;
  else if (isElement(node)) {
    const attribute = node['@_message'];
    const body = node['#text'];
    text =
      typeof attribute === 'string' && attribute.trim() !== ''
        ? attribute
        : typeof body === 'string'
          ? body
          : undefined;
  }
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const chars = Array.from(trimmed.slice(0, MAX_MESSAGE_CHARS * 2));
  return chars.length <= MAX_MESSAGE_CHARS
    ? chars.join('')
    : `${chars.slice(0, MAX_MESSAGE_CHARS - 1).join('')}…`;
}

function statusOf(testcase: Element): { status: TestStatus; message?: string } {
  for (const [tag, status] of [
    ['error', 'errored'],
    ['failure', 'failed'],
    ['skipped', 'skipped'],
  ] as const) {
    const found = children(testcase, tag);
    if (found.length > 0) {
      const message = messageOf(found[0]);
      return message !== undefined ? { status, message } : { status };
    }
  }
  return { status: 'passed' };
}

function readTime(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Surefire writes thousands separators ("1,234.5") on some versions.
  const seconds = Number(value.replace(/,/g, ''));
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

function readTestcase(
  r: Reader,
  node: unknown,
  suite: string,
  suiteFile: string | undefined,
  out: TestResult[],
) {
  if (!isElement(node)) {
    // `<testcase/>` with no attributes parses to '': it has no name to match.
    r.fail(undefined, 'a <testcase> has no name attribute');
  }
  if (++r.count > MAX_TEST_CASES)
    r.fail(node, `more than ${MAX_TEST_CASES} test cases in one file; split the results`);
  const name = r.attribute(node, 'name', '<testcase>');
  if (name === undefined || name.trim() === '') r.fail(node, 'a <testcase> has no name attribute');
  const classname = r.attribute(node, 'classname', '<testcase>') ?? '';
  const file = r.attribute(node, 'file', '<testcase>') ?? suiteFile;
  const time = readTime(r.attribute(node, 'time', '<testcase>'));
  const { status, message } = statusOf(node);
  out.push({
    suite,
    classname,
    name,
    ...(file !== undefined && file !== '' ? { file } : {}),
    status,
    ...(time !== undefined ? { time } : {}),
    ...(message !== undefined ? { message } : {}),
    source: { file: r.file, line: r.line(node) },
  });
}

function readSuite(
  r: Reader,
  node: unknown,
  depth: number,
  parentFile: string | undefined,
  out: TestResult[],
) {
  if (depth > MAX_SUITE_DEPTH) r.fail(node, `<testsuite> nested more than ${MAX_SUITE_DEPTH} deep`);
  if (!isElement(node)) return; // an empty <testsuite/>: no tests in it
  const suite = r.attribute(node, 'name', '<testsuite>') ?? '';
  const file = r.attribute(node, 'file', '<testsuite>') ?? parentFile;
  for (const testcase of children(node, 'testcase')) readTestcase(r, testcase, suite, file, out);
  for (const inner of children(node, 'testsuite')) readSuite(r, inner, depth + 1, file, out);
}

/** The first element name of the document (after the declaration, comments and processing instructions). */
function rootName(text: string): string | undefined {
  return /^(?:\s|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*<([A-Za-z_][\w:.-]*)/.exec(text)?.[1];
}

/**
 * Every test case of one JUnit XML file, in document order. Throws JunitParseError naming the file
 * and line on malformed XML, a root that isn't JUnit, a test case without a name or a file past
 * the bounds above.
 */
export function parseJunit(file: string, text: string): TestResult[] {
  if (text.length > MAX_JUNIT_CHARS)
    throw new JunitParseError(
      file,
      undefined,
      `is ${text.length} characters; at most ${MAX_JUNIT_CHARS} are read`,
    );
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const doctype = /<!DOCTYPE/i.exec(body);
  if (doctype)
    throw new JunitParseError(
      file,
      lineOfOffset(lineStarts(body), doctype.index),
      'has a DOCTYPE; JUnit XML never needs one and it is refused (entity expansion)',
    );
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw new JunitParseError(file, valid.err.line, `invalid XML: ${valid.err.msg}`);
  const root = rootName(body);
  if (root === 'TestRun')
    throw new JunitParseError(
      file,
      1,
      'is a Visual Studio .trx file, not JUnit XML; run dotnet test with a JUnit logger (e.g. --logger junit from JunitXml.TestLogger)',
    );
  if (root !== 'testsuites' && root !== 'testsuite')
    throw new JunitParseError(
      file,
      1,
      `expected <testsuites> or <testsuite> as the root element, found ${root === undefined ? 'none' : `<${root}>`}`,
    );
  let document: unknown;
  try {
    document = parser.parse(body);
  } catch (error) {
    throw new JunitParseError(file, undefined, error instanceof Error ? error.message : String(error));
  }
  const reader = new Reader(file, body);
  const out: TestResult[] = [];
  if (!isElement(document)) return out;
  if (root === 'testsuite') {
    for (const suite of children(document, 'testsuite')) readSuite(reader, suite, 1, undefined, out);
  } else {
    for (const suites of children(document, 'testsuites')) {
      if (!isElement(suites)) continue;
      // A few tools put test cases straight under <testsuites>.
      for (const testcase of children(suites, 'testcase')) readTestcase(reader, testcase, '', undefined, out);
      for (const suite of children(suites, 'testsuite')) readSuite(reader, suite, 1, undefined, out);
    }
  }
  return out;
}

/** Counts per status, for summaries. */
export function countStatuses(results: readonly TestResult[]): Record<TestStatus, number> {
  const counts: Record<TestStatus, number> = { passed: 0, failed: 0, skipped: 0, errored: 0 };
  for (const result of results) counts[result.status]++;
  return counts;
}
