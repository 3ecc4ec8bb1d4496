/**
 * Requirement-level re-verification (IEC 62304 7.4, 8.2): for each gated update whose register
 * entry names the tests of its requirements, those tests' results on the head SHA, read from the
 * JUnit artifact of the accepted evidence run. A failed, skipped or missing test blocks with its
 * name; when every requirement passed, the requirements item says the bot did the re-verification
 * part (a reviewer still ticks that the requirements themselves still fit). An entry that names
 * no tests keeps today's whole-run evidence, and the comment says so. Pure: the app reads the run.
 */
import { describeChange, type ChecklistSection } from './checklist.js';
import { code, safeUrl } from '../markdown/escape.js';
import type { Register } from '../register/types.js';
import { findEntry } from '../register/validate.js';
import { MAX_REVERIFIED_CHANGES, MAX_REVERIFIED_REQUIREMENTS, type ReverifiedRecord } from './state.js';
import { matchRequirements } from '../verification/match.js';
import type { MatchedTest, RequirementResult, RequirementSpec, TestResult } from '../verification/types.js';

/** Requirements listed per change at most; the rest are counted (they still block). */
export const MAX_LISTED_REQUIREMENTS = 20;
/** Tests named per requirement at most. */
export const MAX_LISTED_TESTS = 6;
/** Passing tests named per requirement at most (a failing one is always named, up to MAX_LISTED_TESTS). */
const MAX_LISTED_PASSES = 3;
/** Longest test name quoted. */
const MAX_TEST_NAME = 160;
/**
 * Characters of results shown under one change at most: with many gated updates the comment must
 * still fit GitHub's limit without being condensed into "split this PR" (every blocker still
 * reaches the verdict and the check run).
 */
export const MAX_FACTS_CHARS = 6_000;
/** Longest requirement id quoted. */
const MAX_ID = 60;

/** The evidence run whose artifact was read. */
export interface JunitRun {
  id: number;
  url: string;
  headSha: string;
  /** The workflow file the run used. */
  workflow: string;
  artifact: string;
  files: number;
}

/** What reading the JUnit artifact came to (the app decides; this judges). */
export type JunitOutcome =
  /** The policy names no artifact: today's whole-run evidence, nothing shown. */
  | { kind: 'off' }
  /** No change needs it (no register entry names tests): nothing downloaded. */
  | { kind: 'not-needed' }
  /** The evidence run is not accepted yet: the evidence line already blocks. */
  | { kind: 'waiting' }
  /** Configured and needed, but not read (Markdown reason: absent, expired, unreadable, ignored run). */
  | { kind: 'unavailable'; reason: string }
  | { kind: 'read'; run: JunitRun; results: readonly TestResult[] };

/** One gated update's requirements against the results. */
export interface ChangeReverification {
  key: string;
  requirements: RequirementResult[];
}

export interface Reverification {
  /** New text for requirements items, by item id. */
  itemTexts: Map<string, string>;
  /** Markdown shown under a change, by section key. */
  facts: Map<string, string>;
  blockers: string[];
  /** Per change with tested requirements, the verdicts (empty unless results were read). */
  changes: ChangeReverification[];
}

/** The requirements of a change's register entry in the matcher's shape; [] without an entry. */
function requirementsOf(register: Register, section: ChecklistSection): RequirementSpec[] {
  const entry = findEntry(register, section.change.ecosystem, section.change.name);
  return (entry?.requirements ?? []).map((r) => ({ id: r.id, text: r.text, tests: r.tests ?? [] }));
}

/** The gated updates that carry a requirements item, with their register requirements. */
function requirementSections(
  sections: readonly ChecklistSection[],
  register: Register,
): Array<{ section: ChecklistSection; itemId: string; requirements: RequirementSpec[] }> {
  return sections.flatMap((section) => {
    const item = section.gated ? section.items.find((i) => i.kind === 'requirements') : undefined;
    return item ? [{ section, itemId: item.id, requirements: requirementsOf(register, section) }] : [];
  });
}

/** Whether any gated update's register entry names tests: only then is the artifact read. */
export function needsJunitResults(sections: readonly ChecklistSection[], register: Register): boolean {
  return requirementSections(sections, register).some((s) => s.requirements.some((r) => r.tests.length > 0));
}

const ICON: Record<RequirementResult['verdict'], string> = {
  passed: '✅',
  failed: '❌',
  skipped: '⚠️',
  missing: '❌',
  untested: '➖',
};

function testName(test: Pick<MatchedTest, 'classname' | 'name'>): string {
  return code(test.classname !== '' ? `${test.classname}: ${test.name}` : test.name, MAX_TEST_NAME);
}

function listed<T>(items: readonly T[], show: (item: T) => string, max = MAX_LISTED_TESTS): string {
  const shown = items.slice(0, max).map(show).join(', ');
  return items.length > max ? `${shown} and ${items.length - max} more` : shown;
}

/** What stopped a requirement, naming its tests: failed first, then missing, then skipped. */
function problemsOf(result: RequirementResult): string {
  const parts: string[] = [];
  if (result.failing.length > 0)
    parts.push(
      listed(result.failing, (t) => `${testName(t)} ${t.status === 'errored' ? 'errored' : 'failed'}`),
    );
  if (result.unmatched.length > 0)
    parts.push(listed(result.unmatched, (s) => `${code(s, MAX_TEST_NAME)} matched no test (missing)`));
  if (result.skipped.length > 0) parts.push(listed(result.skipped, (t) => `${testName(t)} skipped`));
  return parts.join('; ');
}

function describeResult(result: RequirementResult): string {
  const id = code(result.id, MAX_ID);
  switch (result.verdict) {
    case 'passed':
      return `${ICON.passed} ${id} passed: ${listed(result.matched, (t) => testName(t), MAX_LISTED_PASSES)}`;
    case 'untested':
      return `${ICON.untested} ${id} names no tests: the whole evidence run counts for it`;
    default:
      return `${ICON[result.verdict]} ${id} ${result.verdict}: ${problemsOf(result)}`;
  }
}

function runLink(run: JunitRun): string {
  const url = safeUrl(run.url);
  const text = `run ${run.id}`;
  return `${url ? `[${text}](${url})` : text} of ${code(run.workflow, 120)}`;
}

function shortSha(sha: string): string {
  return code(sha.slice(0, 7));
}

/** The requirements item's text, from the checklist's own wording plus what the bot found. */
function itemText(base: string, ids: readonly string[], tail: string): string {
  const which = ids.length > 0 ? ` (${listed(ids, (id) => code(id, MAX_ID), 6)})` : '';
  return `${base}${which}${tail}`;
}

/**
 * The checklist, facts and blockers with requirement-level re-verification applied. `register`
 * is the one the gate judges with (gate-inputs.ts); `headSha` the PR's current head.
 */
export function reverify(input: {
  sections: readonly ChecklistSection[];
  register: Register;
  outcome: JunitOutcome;
  headSha: string;
}): Reverification {
  const out: Reverification = { itemTexts: new Map(), facts: new Map(), blockers: [], changes: [] };
  const { outcome } = input;
  if (outcome.kind === 'off') return out;
  const file = code(input.register.path);
  const stillFit = `Requirements in ${file} still fit`;
  let unavailable = false;
  for (const { section, itemId, requirements } of requirementSections(input.sections, input.register)) {
    const name = code(section.change.name);
    const ids = requirements.map((r) => r.id);
    if (!requirements.some((r) => r.tests.length > 0)) {
      out.facts.set(
        section.key,
        `**Re-verification:** the register names no tests for the requirements of ${name}; the whole evidence run counts for ${requirements.length === 0 ? 'it' : 'them'}.`,
      );
      continue;
    }
    if (outcome.kind === 'waiting' || outcome.kind === 'not-needed') {
      out.itemTexts.set(
        itemId,
        itemText(
          `${stillFit} and re-verified`,
          ids,
          '; the bot lists each requirement’s test results from the JUnit artifact of the accepted evidence run (artifacts of runs the base branch’s policy does not name are ignored)',
        ),
      );
      continue;
    }
    if (outcome.kind === 'unavailable') {
      unavailable = true;
      out.itemTexts.set(itemId, itemText(`${stillFit} and re-verified`, ids, ''));
      out.facts.set(section.key, `**Re-verification:** ❌ the tests could not be read: ${outcome.reason}.`);
      continue;
    }
    const results = matchRequirements(requirements, outcome.results);
    out.changes.push({ key: section.key, requirements: results });
    const blocking = results.filter((r) => r.verdict !== 'passed' && r.verdict !== 'untested');
    const untested = results.filter((r) => r.verdict === 'untested');
    const sha = shortSha(outcome.run.headSha);
    const fallback =
      untested.length > 0
        ? `; ${listed(untested, (r) => code(r.id, MAX_ID), 6)} name${untested.length === 1 ? 's' : ''} no tests (the whole evidence run counts)`
        : '';
    out.itemTexts.set(
      itemId,
      blocking.length === 0
        ? itemText(
            stillFit,
            ids,
            ` — re-verification done by the bot: every named test passed on ${sha}${fallback}`,
          )
        : itemText(
            `${stillFit} and re-verified`,
            ids,
            ` — ${blocking.length} of ${results.length} not re-verified on ${sha} (see below)`,
          ),
    );
    const head = `**Re-verification** of the requirements on ${sha} (${runLink(outcome.run)}, artifact ${code(outcome.run.artifact, 120)}):`;
    const lines: string[] = [];
    let budget = MAX_FACTS_CHARS - head.length;
    for (const result of results.slice(0, MAX_LISTED_REQUIREMENTS)) {
      const line = `- ${describeResult(result)}`;
      if (line.length + 1 > budget) break;
      lines.push(line);
      budget -= line.length + 1;
    }
    const more = results.length - lines.length;
    out.facts.set(
      section.key,
      [
        head,
        '',
        ...lines,
        ...(more > 0 ? [`- … and ${more} more requirements (each blocker is in the verdict)`] : []),
      ].join('\n'),
    );
    for (const result of blocking)
      out.blockers.push(
        `${describeChange(section.change)}: requirement ${code(result.id, MAX_ID)} not re-verified on ${sha}: ${problemsOf(result)}`,
      );
  }
  if (unavailable && outcome.kind === 'unavailable')
    out.blockers.push(`requirement-level re-verification: ${outcome.reason}`);
  return out;
}

/** The sections with re-verified item texts (ids unchanged, so ticks stay). */
export function applyItemTexts(
  sections: readonly ChecklistSection[],
  texts: ReadonlyMap<string, string>,
): ChecklistSection[] {
  if (texts.size === 0) return [...sections];
  return sections.map((section) => ({
    ...section,
    items: section.items.map((item) => {
      const text = texts.get(item.id);
      return text === undefined ? item : { ...item, text };
    }),
  }));
}

/**
 * What the gate state keeps of the results for the change record (undefined unless they were
 * read): per change, each requirement's id, verdict and how many tests it matched, bounded.
 */
export function recordReverification(
  outcome: JunitOutcome,
  changes: readonly ChangeReverification[],
): ReverifiedRecord | undefined {
  if (outcome.kind !== 'read') return undefined;
  let omitted = Math.max(0, changes.length - MAX_REVERIFIED_CHANGES);
  const kept = changes.slice(0, MAX_REVERIFIED_CHANGES).map((change) => {
    omitted += Math.max(0, change.requirements.length - MAX_REVERIFIED_REQUIREMENTS);
    return {
      target: change.key,
      requirements: change.requirements.slice(0, MAX_REVERIFIED_REQUIREMENTS).map((r) => ({
        id: r.id.slice(0, 200),
        verdict: r.verdict,
        tests: r.matched.length,
      })),
    };
  });
  return {
    run: outcome.run.url,
    sha: outcome.run.headSha,
    artifact: outcome.run.artifact.slice(0, 200),
    changes: kept,
    ...(omitted > 0 ? { omitted } : {}),
  };
}
