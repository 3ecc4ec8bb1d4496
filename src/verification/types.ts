/**
 * The plain data of requirement-level re-verification (IEC 62304 5.3.3, 7.4, 8.2): test results
 * read from JUnit XML, the tests a register requirement names, and the verdict that joins them.
 * Nothing here does I/O; the register parser, the gate and the documents build on these shapes.
 */

/** How one test case ended, as JUnit reports it. `errored` is JUnit's `<error>`: the test could not run to a verdict. */
export type TestStatus = 'passed' | 'failed' | 'skipped' | 'errored';

/** One `<testcase>` of a JUnit XML file. */
export interface TestResult {
  /** Name of the innermost `<testsuite>` around the test case ('' when the file has none). */
  suite: string;
  /** The test case's `classname` attribute ('' when absent, as go-junit-report and some others leave it). */
  classname: string;
  name: string;
  /** Test source file, where the runner writes one (the `file` attribute; jest-junit, pytest xunit1, vitest's suite name). */
  file?: string;
  status: TestStatus;
  /** Seconds, when the runner wrote a number. */
  time?: number;
  /** The failure, error or skip message, cut to a bounded length. */
  message?: string;
  /** The result file and line the test case was read from, so a verdict can point at it. */
  source: { file: string; line: number };
}

/**
 * One entry of a requirement's `tests` list, as written in soup/register.yml:
 * - `classname:name` — JUnit classname and test name, each a glob where `*` matches any run of
 *   characters (`com.acme.ApiTest:*`, `*:rejects bodies over 1 MB`);
 * - `name` alone (no colon, no slash) — the test name, a glob, in any class;
 * - a test file path (has a slash or ends in a known test-file extension) — every test read from
 *   that file, matched against the `file` attribute or a classname/suite that names the file.
 */
export type TestSelector = string;

/**
 * A requirement placed on a SOUP item, in the register's shape once it names its tests:
 * `{ id: REQ-1, text: ..., tests: [ "classname:name-glob" | "path/to/test.file" ] }`.
 * A requirement written today as `{ id, text }` (or a bare string) has no tests: its verdict is
 * `untested`, and the gate falls back to whole-run evidence for it.
 */
export interface RequirementSpec {
  id: string;
  text: string;
  tests: readonly TestSelector[];
}

/** What the register may hold for one requirement: a bare string (no id, no tests) or the mapping. */
export type RegisterRequirement = string | { id: string; text: string; tests?: readonly TestSelector[] };

/**
 * The verdict on one requirement against one set of results:
 * - `passed`: at least one test matched and every matched test passed;
 * - `failed`: a matched test failed or errored (named in `failing`);
 * - `skipped`: nothing failed but a matched test was skipped, so the requirement is not re-verified;
 * - `missing`: a selector matched no test at all (named in `unmatched`);
 * - `untested`: the requirement names no tests.
 * Every verdict but `passed` blocks where re-verification is required; `untested` falls back to
 * whole-run evidence.
 */
export type RequirementVerdict = 'passed' | 'failed' | 'skipped' | 'missing' | 'untested';

/** A test that a selector matched, with its (worst, when it ran more than once) status. */
export interface MatchedTest {
  selector: TestSelector;
  suite: string;
  classname: string;
  name: string;
  file?: string;
  status: TestStatus;
  message?: string;
}

export interface RequirementResult {
  id: string;
  text: string;
  tests: readonly TestSelector[];
  verdict: RequirementVerdict;
  matched: MatchedTest[];
  /** Matched tests that failed or errored. */
  failing: MatchedTest[];
  /** Matched tests that were skipped. */
  skipped: MatchedTest[];
  /** Selectors that matched no test. */
  unmatched: TestSelector[];
}

/** Where a set of results came from: the run that produced them. */
export interface ResultRun {
  /** Link to the workflow run (or CI job) that wrote the results. */
  url?: string;
  /** The commit the tests ran on. */
  headSha?: string;
  /** When the run finished (ISO 8601). */
  date?: string;
  /** The JUnit files read, as given. */
  files?: readonly string[];
}
