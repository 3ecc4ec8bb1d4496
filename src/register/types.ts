import type { Ecosystem } from '../lockfiles/types.js';

/** IEC 62304 software safety class (4.3): A no injury possible, B non-serious injury, C death or serious injury. */
export type SafetyClass = 'A' | 'B' | 'C';
export const SAFETY_CLASSES: readonly SafetyClass[] = ['A', 'B', 'C'];

/**
 * CycloneDX 1.6 `vulnerability.analysis.state` values: how the team evaluated a published anomaly
 * (IEC 62304 7.1.3). `in_triage` means not evaluated yet.
 */
export const ANALYSIS_STATES = [
  'not_affected',
  'exploitable',
  'false_positive',
  'resolved',
  'in_triage',
] as const;
export type AnalysisState = (typeof ANALYSIS_STATES)[number];

/** CycloneDX 1.6 `vulnerability.analysis.justification` values (why an item is not affected). */
export const ANALYSIS_JUSTIFICATIONS = [
  'code_not_present',
  'code_not_reachable',
  'requires_configuration',
  'requires_dependency',
  'requires_environment',
  'protected_by_compiler',
  'protected_at_runtime',
  'protected_at_perimeter',
  'protected_by_mitigating_control',
] as const;
export type AnalysisJustification = (typeof ANALYSIS_JUSTIFICATIONS)[number];

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
