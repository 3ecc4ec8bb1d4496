import type { Ecosystem } from '../lockfiles/types.js';

/** IEC 62304 software safety class (4.3): A no injury possible, B non-serious injury, C death or serious injury. */
export type SafetyClass = 'A' | 'B' | 'C';
export const SAFETY_CLASSES: readonly SafetyClass[] = ['A', 'B', 'C'];

// The CycloneDX analysis states and justifications are defined once, with the evaluations that use them.
import type {
  AnomalyJustification as AnalysisJustification,
  AnomalyState as AnalysisState,
} from '../enrich/evaluations.js';
export {
  ANOMALY_STATES as ANALYSIS_STATES,
  ANOMALY_JUSTIFICATIONS as ANALYSIS_JUSTIFICATIONS,
  type AnomalyState as AnalysisState,
  type AnomalyJustification as AnalysisJustification,
} from '../enrich/evaluations.js';

/** One problem found in the register, located so a person can fix it. */
export interface RegisterProblem {
  /** The register file, e.g. `soup/register.yml`. */
  file: string;
  /** 1-based line, when the problem is at a place in the file (not when an entry is missing). */
  line?: number;
  /** The field path, e.g. `items."npm/express".safety-class`. */
  field?: string;
  message: string;
}

/** `soup/register.yml:12: items."npm/express".safety-class: "D" is not a safety class; use A, B or C` */
export function formatProblem(problem: RegisterProblem): string {
  const where = problem.line !== undefined ? `${problem.file}:${problem.line}` : problem.file;
  return `${where}: ${problem.field !== undefined ? `${problem.field}: ` : ''}${problem.message}`;
}

/** The register can't be used as it stands; `problems` lists every problem found, not only the first. */
export class RegisterError extends Error {
  override readonly name = 'RegisterError';
  constructor(
    readonly file: string,
    readonly problems: readonly RegisterProblem[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems
        .map((p) => `  ${formatProblem(p)}`)
        .join('\n')}`,
    );
  }
}

export interface Requirement {
  id: string;
  text: string;
  /** The tests that verify it (JUnit selectors, see verification/types.ts); absent when it names none. */
  tests?: string[];
  line: number;
}

/** A recorded evaluation of one published anomaly for this SOUP item (7.1.3). */
export interface AnomalyEvaluation {
  /** The advisory id as published (GHSA-…, CVE-…, PYSEC-…, OSV id); aliases match too. */
  id: string;
  /** Missing only in an incomplete evaluation (see RegisterEntry.problems). */
  state?: AnalysisState;
  justification?: AnalysisJustification;
  reason?: string;
  /** Who evaluated it. */
  by?: string;
  /** When (YYYY-MM-DD). */
  on?: string;
  /** After this date (YYYY-MM-DD) the evaluation no longer counts and must be renewed. */
  expires?: string;
  line: number;
}

/** The human-maintained half of one SOUP item: what it is for and how it is controlled. */
export interface RegisterEntry {
  /** The key as written in the file. */
  key: string;
  ecosystem: Ecosystem;
  /** The name as written after the ecosystem. */
  name: string;
  line: number;
  purpose?: string;
  /** Manufacturer/supplier when the registry doesn't say (8.1.2). */
  supplier?: string;
  requirements: Requirement[];
  prerequisites?: string;
  /** Set only when the entry overrides the register's default class. */
  safetyClass?: SafetyClass;
  rationale?: string;
  verification?: string;
  risks: string[];
  anomalies: AnomalyEvaluation[];
  /**
   * What keeps the entry from being complete for its class: placeholders, missing fields. Empty
   * when complete. (Only non-empty when parsed with `allowIncomplete`; otherwise these throw.)
   */
  problems: RegisterProblem[];
}

export interface RegisterDefaults {
  safetyClass: SafetyClass;
  rationale?: string;
  /** True when the file sets no default class and C, the most stringent, is assumed. */
  assumed: boolean;
}

export interface Register {
  /** The file it was read from (used in every message). */
  path: string;
  defaults: RegisterDefaults;
  /** By lookup key (see registerLookupKey): ecosystem lowercased, name normalised as its registry does. */
  entries: ReadonlyMap<string, RegisterEntry>;
}
