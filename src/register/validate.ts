/**
 * Questions the PR gate asks of the register about one SOUP item: is there an entry, is it complete
 * for the item's class, and (for B and C) is every published anomaly of the version evaluated.
 */
import type { Ecosystem } from '../lockfiles/types.js';
import { effectiveClass, evaluationProblems } from './completeness.js';
import { registerKey, registerLookupKey } from './keys.js';
import type { AnomalyEvaluation, Register, RegisterEntry, RegisterProblem, SafetyClass } from './types.js';

/** A published anomaly of the exact version in use (from OSV). */
export interface KnownAnomaly {
  id: string;
  /** Other ids of the same advisory (CVE-…, GHSA-…): an evaluation under any of them counts. */
  aliases?: readonly string[];
  summary?: string;
  /** `critical`, `high`, `medium`, `low`…, as a label or as src/enrich's `{ label }`. */
  severity?: string | { label: string };
  url?: string;
}

export interface ValidateEntryOptions {
  /**
   * The anomalies published for the version in use. Given for class B/C items, each needs an
   * evaluation in the entry that is not `in_triage`, complete and not expired.
   */
  anomalies?: readonly KnownAnomaly[];
  /** Today (YYYY-MM-DD), for evaluation expiry. Without it, expiry is not checked. */
  today?: string;
}

export type AnomalyFindingStatus = 'evaluated' | 'not-evaluated' | 'in-triage' | 'expired' | 'incomplete';

export interface AnomalyFinding {
  anomaly: KnownAnomaly;
  evaluation?: AnomalyEvaluation;
  status: AnomalyFindingStatus;
}

export interface EntryValidation {
  /** The canonical key to add to the register when the entry is missing. */
  key: string;
  entry?: RegisterEntry;
  safetyClass: SafetyClass;
  /** Where the class comes from. */
  classSource: 'entry' | 'defaults';
  /** True when nothing below is open. */
  complete: boolean;
  /** Every reason it is not complete, each naming file (and line when there is one). */
  problems: RegisterProblem[];
  /** One per known anomaly given in options, with how it stands. */
  anomalies: AnomalyFinding[];
}

export function findEntry(register: Register, ecosystem: Ecosystem, name: string): RegisterEntry | undefined {
  return register.entries.get(registerLookupKey(ecosystem, name));
}

/** How one published anomaly stands against the entry's evaluations. */
export function evaluateAnomaly(
  file: string,
  entry: RegisterEntry | undefined,
  anomaly: KnownAnomaly,
  today?: string,
): AnomalyFinding {
  // Same choice as src/enrich/evaluations.ts: an evaluation naming the id itself wins over one
  // naming an alias, then the latest `on`.
  const latest = (list: AnomalyEvaluation[]): AnomalyEvaluation | undefined =>
    [...list].sort((a, b) => ((b.on ?? '') < (a.on ?? '') ? -1 : (b.on ?? '') > (a.on ?? '') ? 1 : 0))[0];
  const named = (ids: readonly string[]): AnomalyEvaluation[] => {
    const wanted = new Set(ids.map((id) => id.trim().toUpperCase()));
    return entry?.anomalies.filter((e) => wanted.has(e.id.trim().toUpperCase())) ?? [];
  };
  const evaluation = latest(named([anomaly.id])) ?? latest(named(anomaly.aliases ?? []));
  if (!evaluation) return { anomaly, status: 'not-evaluated' };
  if (evaluationProblems(file, '', evaluation).length > 0)
    return { anomaly, evaluation, status: 'incomplete' };
  if (today !== undefined && evaluation.expires !== undefined && evaluation.expires < today)
    return { anomaly, evaluation, status: 'expired' };
  if (evaluation.state === 'in_triage') return { anomaly, evaluation, status: 'in-triage' };
  return { anomaly, evaluation, status: 'evaluated' };
}

/**
 * Whether the register holds a complete entry for this item: one exists (every in-scope item
 * needs at least its purpose), it has what its class needs, and with `options.anomalies`, class
 * B/C items have a current evaluation of each. Works on a register parsed with allowIncomplete.
 */
export function validateEntry(
  register: Register,
  ecosystem: Ecosystem,
  name: string,
  options: ValidateEntryOptions = {},
): EntryValidation {
  const key = registerKey(ecosystem, name);
  const entry = findEntry(register, ecosystem, name);
  const safetyClass = effectiveClass(entry, register.defaults);
  const problems: RegisterProblem[] = [];
  if (!entry) {
    problems.push({
      file: register.path,
      field: `items.${JSON.stringify(key)}`,
      message: `has no entry; add one (soup-gate register init writes a template) with at least the purpose${safetyClass === 'A' ? '' : ', requirements, prerequisites and verification'} for class ${safetyClass}`,
    });
  } else {
    problems.push(...entry.problems);
  }
  const anomalies = (options.anomalies ?? []).map((anomaly) =>
    evaluateAnomaly(register.path, entry, anomaly, options.today),
  );
  if (safetyClass !== 'A') {
    for (const finding of anomalies) {
      if (finding.status === 'evaluated') continue;
      const detail: Record<Exclude<AnomalyFindingStatus, 'evaluated'>, string> = {
        'not-evaluated': 'is not evaluated',
        'in-triage': 'is still in_triage',
        expired: `was evaluated but the evaluation expired on ${finding.evaluation?.expires ?? ''}`,
        incomplete: 'has an incomplete evaluation',
      };
      problems.push({
        file: register.path,
        ...(finding.evaluation ? { line: finding.evaluation.line } : entry ? { line: entry.line } : {}),
        field: `items.${JSON.stringify(entry?.key ?? key)}.anomalies`,
        message: `anomaly ${finding.anomaly.id} ${detail[finding.status]}; class ${safetyClass} needs an evaluation (IEC 62304 7.1.3): id, state, reason, by, on`,
      });
    }
  }
  return {
    key,
    ...(entry ? { entry } : {}),
    safetyClass,
    classSource: entry?.safetyClass !== undefined ? 'entry' : 'defaults',
    complete: problems.length === 0,
    problems,
    anomalies,
  };
}

/**
 * The entry's evaluations that are complete (id, state, reason, by, on), in the shape
 * src/enrich/evaluations.ts classifyAnomalies takes.
 */
export function usableEvaluations(
  register: Register,
  entry: RegisterEntry | undefined,
): (AnomalyEvaluation & { state: NonNullable<AnomalyEvaluation['state']> })[] {
  if (!entry) return [];
  return entry.anomalies.filter(
    (e): e is AnomalyEvaluation & { state: NonNullable<AnomalyEvaluation['state']> } =>
      e.state !== undefined && evaluationProblems(register.path, '', e).length === 0,
  );
}

export function isEntryComplete(
  register: Register,
  ecosystem: Ecosystem,
  name: string,
  options: ValidateEntryOptions = {},
): boolean {
  return validateEntry(register, ecosystem, name, options).complete;
}
