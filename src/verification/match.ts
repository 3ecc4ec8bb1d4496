/**
 * A requirement's test selectors against a set of JUnit results → per requirement, the tests that
 * verify it and a verdict. Fails closed: a selector that matches nothing makes the requirement
 * `missing`, a failed, errored or skipped test is named, and a test that ran more than once (a
 * matrix of platforms, reruns) counts with its worst result.
 */
import type {
  MatchedTest,
  RequirementResult,
  RequirementSpec,
  TestResult,
  TestSelector,
  TestStatus,
} from './types.js';

/** Longest selector read: a selector is written by hand in the register. */
export const MAX_SELECTOR_CHARS = 1024;

/** Extensions that make a selector without a slash a test file (`test_api.py`, `ApiTest.java`). */
const TEST_FILE =
  /\.(?:[cm]?[jt]sx?|py|go|java|kt|kts|scala|groovy|cs|fs|vb|rb|php|rs|swift|exs?|dart|c|cc|cpp)$/i;
/** Languages whose JUnit classname is the file's dotted module or class path. */
const DOTTED = /\.(?:py|java|kt|kts|scala|groovy|cs|fs|vb)$/i;

export type ParsedSelector =
  | { kind: 'test'; classname: string | undefined; name: string }
  | { kind: 'file'; path: string; dotted: string | undefined; name?: string };

/** How a selector reads: `classname:name`, a bare name, or a test file path (see TestSelector). */
export function parseSelector(selector: TestSelector): ParsedSelector {
  const text = selector.trim();
  // pytest's node id, `tests/test_api.py::test_limits` (or `::TestClass::test_x`): a file and a name.
  const nodeId = text.indexOf('::');
  if (nodeId > 0) {
    const file = parseSelector(text.slice(0, nodeId));
    const name = text
      .slice(nodeId + 2)
      .split('::')
      .pop()!
      .trim();
    if (file.kind === 'file' && name !== '') return { ...file, name };
  }
  const colon = text.indexOf(':');
  const looksLikePath = /[\\/]/.test(text) || TEST_FILE.test(text);
  if (looksLikePath && (colon === -1 || /^[A-Za-z]:[\\/]/.test(text))) {
    const path = text.replace(/\\/g, '/').replace(/^\.\//, '');
    const dotted = DOTTED.test(path)
      ? path
          .replace(/\.[^./]+$/, '')
          .split('/')
          .filter((part) => part !== '' && part !== '.')
          .join('.')
      : undefined;
    return { kind: 'file', path, dotted };
  }
  if (colon === -1) return { kind: 'test', classname: undefined, name: text };
  return { kind: 'test', classname: text.slice(0, colon).trim(), name: text.slice(colon + 1).trim() };
}

/**
 * Whether `text` matches `pattern`, where `*` matches any run of characters (also none) and every
 * other character only itself. Hand-written rather than a RegExp or picomatch: both sides come
 * from a PR (the register and the result file), and a backtracking `.*a.*a.*` RegExp can take
 * exponential time; picomatch's `*` stops at `/`, which test names and classnames freely contain.
 * With `*` the only wildcard, taking each literal piece at its leftmost place is exact, so this is
 * one indexOf per piece: no backtracking at all.
 */
export function matchesGlob(pattern: string, text: string): boolean {
  const pieces = piecesOf(pattern);
  if (pieces.length === 1) return pattern === text;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last))
    return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < pieces.length - 1; i++) {
    const piece = pieces[i]!;
    if (piece === '') continue;
    const found = text.indexOf(piece, at);
    if (found === -1 || found + piece.length > end) return false;
    at = found + piece.length;
  }
  return true;
}

// Selectors repeat across requirements and are matched against every result: split each once.
const PIECES = new Map<string, string[]>();

function piecesOf(pattern: string): string[] {
  let pieces = PIECES.get(pattern);
  if (pieces === undefined) {
    pieces = pattern.split('*');
    if (PIECES.size > 10_000) PIECES.clear();
    PIECES.set(pattern, pieces);
  }
  return pieces;
}

function normalizePath(path: string): string {
  // Most paths need nothing: skip the two replacements, which ran for every result under every
  // file selector (millions of times for a few hundred selectors against 50,000 results).
  if (!path.includes('\\') && !path.startsWith('./')) return path;
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}

/** Whether a result path names the selector's file: the same path, or the same path under a root. */
function samePath(resultPath: string | undefined, path: string): boolean {
  if (resultPath === undefined || resultPath === '') return false;
  const normal = normalizePath(resultPath);
  if (normal === path) return true;
  // The same path under a root (`/${path}` at the end), without building that string per result.
  const under = normal.length - path.length - 1;
  if (under >= 0 && normal.charCodeAt(under) === 47 /* / */ && normal.endsWith(path)) return true;
  return path.includes('*') && matchesGlob(path, normal);
}

function matchesSelector(selector: ParsedSelector, result: TestResult): boolean {
  if (selector.kind === 'test') {
    if (selector.classname !== undefined && !matchesGlob(selector.classname, result.classname)) return false;
    return matchesGlob(selector.name, result.name);
  }
  if (selector.name !== undefined && !matchesGlob(selector.name, result.name)) return false;
  if (samePath(result.file, selector.path)) return true;
  // vitest names the suite and classname after the test file; so do some others.
  if (samePath(result.classname, selector.path) || samePath(result.suite, selector.path)) return true;
  const { dotted } = selector;
  if (dotted === undefined || dotted === '' || result.classname === '') return false;
  // pytest: "tests.test_api" or "tests.test_api.TestLimits" for tests/test_api.py;
  // Surefire and others: "com.acme.ApiTest" for src/test/java/com/acme/ApiTest.java.
  // A nested class (`ApiTest$BodyLimits`) lives in its outer class's file.
  const nested = result.classname.indexOf('$');
  const classname = nested === -1 ? result.classname : result.classname.slice(0, nested);
  // `dotted.` opening the classname, or `.classname` closing the dotted path, tested in place:
  // this runs for every result under every file selector.
  if (classname === dotted) return true;
  if (classname.length > dotted.length)
    return classname.charCodeAt(dotted.length) === 46 /* . */ && classname.startsWith(dotted);
  const at = dotted.length - classname.length - 1;
  return at >= 0 && dotted.charCodeAt(at) === 46 && dotted.endsWith(classname);
}

const SEVERITY: Record<TestStatus, number> = { passed: 0, skipped: 1, failed: 2, errored: 3 };

function worse(a: TestStatus, b: TestStatus): TestStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

function identity(result: TestResult): string {
  return JSON.stringify([result.suite, result.classname, result.name, result.file ?? '']);
}

/**
 * An index of results for matching many selectors: exact (wildcard-free) `classname:name` and
 * `name` selectors are looked up in maps; only wildcard and file selectors scan the results.
 */
export interface ResultIndex {
  results: readonly TestResult[];
  byName: Map<string, TestResult[]>;
}

export function indexResults(results: readonly TestResult[]): ResultIndex {
  const byName = new Map<string, TestResult[]>();
  for (const result of results) {
    const list = byName.get(result.name);
    if (list) list.push(result);
    else byName.set(result.name, [result]);
  }
  return { results, byName };
}

/** The results one selector matches. */
export function selectTests(index: ResultIndex, selector: TestSelector): TestResult[] {
  if (selector.length > MAX_SELECTOR_CHARS || selector.trim() === '') return [];
  const parsed = parseSelector(selector);
  if (parsed.kind === 'test' && !parsed.name.includes('*')) {
    const candidates = index.byName.get(parsed.name) ?? [];
    return candidates.filter((r) => matchesSelector(parsed, r));
  }
  return index.results.filter((r) => matchesSelector(parsed, r));
}

/** One requirement's verdict against the results (see RequirementVerdict). */
export function matchRequirement(
  requirement: RequirementSpec,
  index: ResultIndex | readonly TestResult[],
): RequirementResult {
  const idx = 'byName' in index ? index : indexResults(index);
  const tests = requirement.tests.filter((t) => t.trim() !== '');
  const matched = new Map<string, MatchedTest>();
  const unmatched: TestSelector[] = [];
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
          if (result.message !== undefined) known.message = result.message;
          else delete known.message;
        }
        continue;
      }
      matched.set(key, {
        selector,
        suite: result.suite,
        classname: result.classname,
        name: result.name,
        ...(result.file !== undefined ? { file: result.file } : {}),
        status: result.status,
        ...(result.message !== undefined ? { message: result.message } : {}),
      });
    }
  }
  const all = [...matched.values()];
  const failing = all.filter((t) => t.status === 'failed' || t.status === 'errored');
  const skipped = all.filter((t) => t.status === 'skipped');
  const verdict =
    tests.length === 0
      ? 'untested'
      : failing.length > 0
        ? 'failed'
        : unmatched.length > 0
          ? 'missing'
          : skipped.length > 0
            ? 'skipped'
            : 'passed';
  return {
    id: requirement.id,
    text: requirement.text,
    tests: [...requirement.tests],
    verdict,
    matched: all,
    failing,
    skipped,
    unmatched,
  };
}

/** Every requirement's verdict against one set of results (indexed once). */
export function matchRequirements(
  requirements: readonly RequirementSpec[],
  results: readonly TestResult[],
): RequirementResult[] {
  const index = indexResults(results);
  return requirements.map((r) => matchRequirement(r, index));
}
