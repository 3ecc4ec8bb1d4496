/**
 * Anomaly evaluations (IEC 62304 7.1.3): what a reviewer decided about one published anomaly of a
 * SOUP item, recorded in the register. States and justifications are CycloneDX's
 * (https://cyclonedx.org/docs/1.6/json/#vulnerabilities_items_analysis), so the SBOM can carry them.
 */
import type { Anomaly } from './types.js';

export const ANOMALY_STATES = [
  'not_affected',
  'exploitable',
  'false_positive',
  'resolved',
  'in_triage',
] as const;
export type AnomalyState = (typeof ANOMALY_STATES)[number];

export const ANOMALY_JUSTIFICATIONS = [
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
export type AnomalyJustification = (typeof ANOMALY_JUSTIFICATIONS)[number];

export interface AnomalyEvaluation {
  /** The anomaly's OSV id or one of its aliases (e.g. the CVE id). */
  id: string;
  state: AnomalyState;
  justification?: AnomalyJustification;
  reason?: string;
  /** Who evaluated it. */
  by?: string;
  /** When, as YYYY-MM-DD. */
  on?: string;
  /** Last day the evaluation holds, as YYYY-MM-DD; after it the anomaly needs evaluating again. */
  expires?: string;
}

export type EvaluationStatus = 'evaluated' | 'unevaluated' | 'expired';

export interface ClassifiedAnomaly {
  anomaly: Anomaly;
  status: EvaluationStatus;
  /** The evaluation that decided the status, when one matched. */
  evaluation?: AnomalyEvaluation;
  /** Why it is not evaluated, in words for the comment. */
  note?: string;
}

/** YYYY-MM-DD of a Date (UTC) or a date string, for comparing calendar days as strings. */
function day(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

/**
 * Classifies each anomaly against the recorded evaluations as of `today`:
 * - evaluated: an evaluation names its id or an alias, is not in triage and has not expired;
 * - expired: the matching evaluation's `expires` day is before today;
 * - unevaluated: no evaluation names it, or the only one is `in_triage` (work in progress).
 * When several evaluations name it, the one naming the OSV id itself wins, then the latest `on`.
 */
export function classifyAnomalies(
  anomalies: readonly Anomaly[],
  evaluations: readonly AnomalyEvaluation[],
  today: Date | string,
): ClassifiedAnomaly[] {
  const now = day(today);
  const byId = new Map<string, AnomalyEvaluation[]>();
  for (const evaluation of evaluations) {
    const key = evaluation.id.trim().toUpperCase();
    byId.set(key, [...(byId.get(key) ?? []), evaluation]);
  }
  return anomalies.map((anomaly) => {
    const direct = byId.get(anomaly.id.toUpperCase()) ?? [];
    const viaAlias = anomaly.aliases.flatMap((alias) => byId.get(alias.toUpperCase()) ?? []);
    const latest = (list: AnomalyEvaluation[]): AnomalyEvaluation | undefined =>
      [...list].sort((a, b) => day(b.on ?? '').localeCompare(day(a.on ?? '')))[0];
    const evaluation = latest(direct) ?? latest(viaAlias);
    if (evaluation === undefined) return { anomaly, status: 'unevaluated' };
    if (evaluation.expires !== undefined && day(evaluation.expires) < now) {
      return {
        anomaly,
        status: 'expired',
        evaluation,
        note: `evaluation expired on ${day(evaluation.expires)}`,
      };
    }
    if (evaluation.state === 'in_triage') {
      return { anomaly, status: 'unevaluated', evaluation, note: 'in triage' };
    }
    return { anomaly, status: 'evaluated', evaluation };
  });
}
