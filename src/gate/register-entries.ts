/**
 * What the register says about the changes: an added SOUP item needs a complete entry before the
 * gate can pass (IEC 62304 5.3.3/5.3.4), and anomalies evaluated there (and not expired) need no
 * second review. The entries' descriptions come from the PR's head (the entry for a new SOUP item
 * arrives in the same PR and is assessed by its checklist item), but whatever would waive or
 * satisfy a requirement (anomaly evaluations and their expiry, a lower safety class) counts only
 * as the base branch has it: what the PR adds or changes there is "proposed in this PR" and needs
 * a reviewer's act (the anomaly-review label, a tick) or a merge before it counts.
 */
import { classifyAnomalies } from '../enrich/evaluations.js';
import type { Anomaly } from '../enrich/types.js';
import type { Policy } from '../config/policy.js';
import { changeKey } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import { code, escapeText, fenceFor } from '../markdown/escape.js';
import { renderEntryYaml } from '../register/entry-yaml.js';
import { registerLookupKey } from '../register/keys.js';
import {
  type AnomalyEvaluation,
  type RegisterProblem,
  type Register,
  type RegisterDefaults,
  type RegisterEntry,
  type Requirement,
  type SafetyClass,
} from '../register/types.js';
import { checkEntryCompleteness } from '../register/completeness.js';
import { findEntry, usableEvaluations, validateEntry } from '../register/validate.js';
import { isGated, type ChangeFacts } from './checklist.js';

/** Anomalies of the new version not (or no longer) evaluated in the register. */
export function unevaluatedAnomalies(
  register: Register,
  change: Change,
  anomalies: readonly Anomaly[],
  today: Date,
): Anomaly[] {
  if (anomalies.length === 0) return [];
  const entry = findEntry(register, change.ecosystem, change.name);
  return classifyAnomalies(anomalies, usableEvaluations(register, entry), today)
    .filter((c) => c.status !== 'evaluated')
    .map((c) => c.anomaly);
}

/**
 * A fenced yaml block (GitHub highlights it, and the monitoring issue shows templates the same way).
 * Nothing inside a fence is Markdown or HTML; the fence is longer than any backtick run in the text,
 * so a hostile name cannot close it.
 */
function yamlBlock(text: string): string {
  // Inside the comment's <details> a fence is Markdown only after a blank line; a name carrying
  // HTML (no registry allows one) gets the escaped <pre> form instead, which shows it inert.
  if (/[<>&]/.test(text))
    return `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`;
  const fence = fenceFor(text);
  return `${fence}yaml\n${text.replace(/\n$/, '')}\n${fence}`;
}

/** What a class needs in an entry, in the words of the register's fields. */
function neededFor(safetyClass: SafetyClass): string {
  return safetyClass === 'A'
    ? 'at least its purpose'
    : 'its purpose, requirements, prerequisites and verification';
}

/**
 * A register problem as a reviewer reads it: the field within the entry and the line, without the
 * validator's `file: items."npm/x".field:` path (the file is named once around it).
 */
function describeProblem(problem: RegisterProblem, key: string): string {
  const prefix = `items.${JSON.stringify(key)}`;
  const field =
    problem.field === undefined || problem.field === prefix
      ? undefined
      : problem.field.startsWith(`${prefix}.`)
        ? problem.field.slice(prefix.length + 1)
        : problem.field;
  const where = [
    field !== undefined ? code(field) : undefined,
    problem.line !== undefined ? `line ${problem.line}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${escapeText(problem.message, 300)}`;
}

export interface RegisterFindings {
  blockers: string[];
  /** Extra Markdown per section key: the register state and, for a missing entry, YAML to paste. */
  notes: Map<string, string>;
  requirementIds: Map<string, string[]>;
  /** Section keys of added items whose entry the bot found complete. */
  complete: Set<string>;
}

/** The register's facts for the checklist's wording: requirement ids, and entries found complete. */
export function addRegisterFacts(facts: Map<string, ChangeFacts>, findings: RegisterFindings): void {
  for (const [key, ids] of findings.requirementIds)
    facts.set(key, { ...facts.get(key), requirementIds: ids });
  for (const key of findings.complete) facts.set(key, { ...facts.get(key), registerComplete: true });
}

/** A new in-scope SOUP item needs a complete register entry before the gate can pass. */
export function checkRegisterEntries(
  register: Register,
  changes: readonly Change[],
  policy: Policy,
  today: Date,
): RegisterFindings {
  const findings: RegisterFindings = {
    blockers: [],
    notes: new Map(),
    requirementIds: new Map(),
    complete: new Set(),
  };
  for (const change of changes) {
    if (!isGated(change, policy) || change.type === 'removed') continue;
    const key = changeKey(change);
    const validation = validateEntry(register, change.ecosystem, change.name, {
      today: today.toISOString().slice(0, 10),
    });
    const ids = validation.entry?.requirements.map((r) => r.id) ?? [];
    if (ids.length > 0) findings.requirementIds.set(key, ids);
    if (change.type !== 'added') continue;
    const file = code(register.path);
    const name = code(change.name);
    const klass = escapeText(validation.safetyClass);
    if (validation.complete) {
      findings.complete.add(key);
      findings.notes.set(
        key,
        `**Register:** the entry for ${name} in ${file} is filled in for class ${klass}.`,
      );
      continue;
    }
    if (!validation.entry) {
      findings.blockers.push(
        `${name} has no entry in ${file} yet: add one with ${neededFor(validation.safetyClass)} (the YAML to paste is under its change)`,
      );
    } else {
      const problems = validation.problems.map((p) => describeProblem(p, validation.key));
      findings.blockers.push(
        `the entry for ${name} in ${file} is not complete: ${problems[0] ?? 'something is missing'}${problems.length > 1 ? ` (and ${problems.length - 1} more under its change)` : ''}`,
      );
    }
    const yaml = validation.entry
      ? undefined
      : renderEntryYaml(
          {
            ecosystem: change.ecosystem,
            name: change.name,
            version: change.to ?? '',
            lockfile: change.lockfile,
          },
          { safetyClass: validation.safetyClass },
        );
    const problems = validation.problems.map((p) => describeProblem(p, validation.key));
    findings.notes.set(
      key,
      (yaml
        ? [
            `**Register:** ${name} has no entry in ${file} yet. As class ${klass} it needs ${neededFor(validation.safetyClass)}. Add this under <code>items:</code> and replace every TODO:`,
            '',
            yamlBlock(yaml),
          ]
        : [
            `**Register:** the entry for ${name} in ${file} is not complete for class ${klass}:`,
            '',
            ...problems.slice(0, 5).map((p) => `- ${p}`),
            ...(problems.length > 5 ? [`- and ${problems.length - 5} more`] : []),
          ]
      ).join('\n'),
    );
  }
  return findings;
}

/** The register as the PR's base and head have it. */
export interface RegisterSides {
  /** Empty when the base branch has no register (or none that can be read). */
  base: Register;
  head: Register;
  /** The base branch has a register file and the PR's head does not. */
  deleted: boolean;
  /** Why the base branch's register could not be read (none of its evaluations can count). */
  baseProblem?: string;
}

export interface SettledRegister {
  /** The register the gate judges with: head descriptions, base waivers. */
  register: Register;
  /** Markdown per register lookup key: what the PR proposes for that entry that does not count yet. */
  proposed: Map<string, string[]>;
  /** Markdown for the whole comment: register-wide proposals, a deleted or unreadable register. */
  notices: string[];
}

const CLASS_RANK: Record<SafetyClass, number> = { A: 0, B: 1, C: 2 };

function stricter(a: SafetyClass, b: SafetyClass): SafetyClass {
  return CLASS_RANK[a] >= CLASS_RANK[b] ? a : b;
}

/** Two evaluations are the same claim when every field but the line is equal. */
function sameEvaluation(a: AnomalyEvaluation, b: AnomalyEvaluation): boolean {
  return (
    a.id === b.id &&
    a.state === b.state &&
    a.justification === b.justification &&
    a.reason === b.reason &&
    a.by === b.by &&
    a.on === b.on &&
    a.expires === b.expires
  );
}

function describeEvaluation(evaluation: AnomalyEvaluation): string {
  const parts = [
    evaluation.state,
    evaluation.by ? `by ${evaluation.by}` : undefined,
    evaluation.expires ? `expires ${evaluation.expires}` : undefined,
  ].filter(Boolean);
  return `${code(evaluation.id, 80)}${parts.length > 0 ? ` (${escapeText(parts.join(', '), 160)})` : ''}`;
}

/**
 * The tests that re-verify a requirement only grow in a PR: a test the base branch names for a
 * requirement still counts when the head drops it (or the whole requirement), so a PR cannot make
 * its own failing test disappear. Tests the head adds count at once (they only add checks).
 */
function keepBaseTests(
  head: readonly Requirement[],
  base: readonly Requirement[],
): { requirements: Requirement[]; proposed: string[] } {
  const proposed: string[] = [];
  const requirements = head.map((r) => ({ ...r }));
  for (const was of base) {
    if (!was.tests || was.tests.length === 0) continue;
    const now = requirements.find((r) => r.id.trim() === was.id.trim());
    if (!now) {
      requirements.push({ ...was });
      proposed.push(`removal of requirement ${code(was.id, 60)}; its tests still count until then`);
      continue;
    }
    const dropped = was.tests.filter((t) => !(now.tests ?? []).includes(t));
    if (dropped.length === 0) continue;
    now.tests = [...(now.tests ?? []), ...dropped];
    proposed.push(
      `removal of ${dropped
        .slice(0, 3)
        .map((t) => code(t, 80))
        .join(
          ', ',
        )}${dropped.length > 3 ? ` and ${dropped.length - 3} more` : ''} from the tests of ${code(was.id, 60)}; they still count until then`,
    );
  }
  return { requirements, proposed };
}

/** What a head entry proposes that the base entry does not grant, and the entry with the base's waivers. */
function settleEntry(
  head: RegisterEntry,
  base: RegisterEntry | undefined,
  defaults: { base: SafetyClass; head: SafetyClass },
): { entry: RegisterEntry; proposed: string[] } {
  const proposed: string[] = [];
  const kept = base?.anomalies ?? [];
  for (const evaluation of head.anomalies) {
    if (kept.some((b) => sameEvaluation(b, evaluation))) continue;
    const before = kept.find((b) => b.id.trim().toUpperCase() === evaluation.id.trim().toUpperCase());
    proposed.push(
      before
        ? `evaluation of ${code(evaluation.id, 80)} changed to ${describeEvaluation(evaluation)}; the base branch's ${describeEvaluation(before)} counts until then`
        : `evaluation of ${describeEvaluation(evaluation)}`,
    );
  }
  let safetyClass = head.safetyClass;
  if (base) {
    // A class only lowers what an entry must hold, so the base branch's counts when it is stricter.
    const was = base.safetyClass ?? defaults.base;
    const now = head.safetyClass ?? defaults.head;
    if (stricter(was, now) !== now) {
      safetyClass = was;
      proposed.push(
        `safety class ${escapeText(was)} → ${escapeText(now)}; class ${escapeText(was)} counts until then`,
      );
    }
  }
  const tested = keepBaseTests(head.requirements, base?.requirements ?? []);
  proposed.push(...tested.proposed);
  const entry: RegisterEntry = { ...head, requirements: tested.requirements, anomalies: [...kept] };
  if (safetyClass !== undefined) entry.safetyClass = safetyClass;
  else delete entry.safetyClass;
  return { entry, proposed };
}

/** The entry's problems again, for the class and evaluations that count (the parser judged the head's). */
function recheck(path: string, entry: RegisterEntry, defaults: RegisterDefaults): RegisterEntry {
  return { ...entry, problems: checkEntryCompleteness(path, entry, defaults) };
}

/** At most this many register-wide notices are listed; the rest are counted. */
const MAX_NOTICES = 10;

/**
 * The register the gate judges with, from the base branch's and the head's: the head's entries
 * (with their descriptions, reviewed through the checklist) carrying only the evaluations the base
 * branch has, the stricter of the two safety classes for entries and defaults, and everything the
 * PR adds or changes listed as proposed. A register the PR deletes grants nothing new and says so.
 */
export function settleRegister(sides: RegisterSides, changes: readonly Change[]): SettledRegister {
  const { base, head } = sides;
  const defaults = { base: base.defaults.safetyClass, head: head.defaults.safetyClass };
  const settledDefaults = { ...head.defaults, safetyClass: stricter(defaults.base, defaults.head) };
  const entries = new Map<string, RegisterEntry>();
  const proposed = new Map<string, string[]>();
  for (const [key, entry] of head.entries) {
    const settled = settleEntry(entry, base.entries.get(key), defaults);
    entries.set(key, recheck(head.path, settled.entry, settledDefaults));
    if (settled.proposed.length > 0) proposed.set(key, settled.proposed);
  }
  const path = code(head.path);
  const notices: string[] = [];
  if (sides.deleted)
    notices.push(
      `This PR deletes the register ${path}: none of its entries or evaluations counts for the changes here, and on merge the SOUP list loses every register field.`,
    );
  if (sides.baseProblem)
    notices.push(
      `The base branch's register could not be read (${sides.baseProblem}): no anomaly evaluation counts until it is fixed there.`,
    );
  if (settledDefaults.safetyClass !== defaults.head) {
    notices.push(
      `Proposed in this PR: ${path} ${code('defaults.safety-class')} ${escapeText(defaults.base)} → ${escapeText(defaults.head)}; class ${escapeText(defaults.base)} counts until it is on the base branch.`,
    );
  }
  // Proposals for the changed packages are shown under each change; the others are listed here, so
  // an evaluation slipped in for a package a later PR bumps is seen when it is proposed.
  const changed = new Set(changes.map((c) => registerLookupKey(c.ecosystem, c.name)));
  const others = [...proposed]
    .filter(([key]) => !changed.has(key))
    .map(([key, lines]) => `${code(entries.get(key)?.key ?? key)}: ${lines.join('; ')}`);
  if (others.length > 0) {
    notices.push(
      `Proposed in this PR for packages it does not change, in ${path} (counts once it is on the base branch): ${others.slice(0, MAX_NOTICES).join(' — ')}${others.length > MAX_NOTICES ? ` — and ${others.length - MAX_NOTICES} more entries` : ''}`,
    );
  }
  return { register: { ...head, defaults: settledDefaults, entries }, proposed, notices };
}

/** The proposals for one change's register entry, as a line for its facts; undefined when none. */
export function proposedFor(settled: SettledRegister, change: Change, labelName: string): string | undefined {
  const lines = settled.proposed.get(registerLookupKey(change.ecosystem, change.name));
  if (!lines) return undefined;
  return `register, proposed in this PR (counts only once it is on the base branch; meanwhile a reviewer's ${code(labelName)} label covers the anomalies): ${lines.join('; ')}`;
}
