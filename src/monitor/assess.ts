/**
 * Compares what OSV publishes for the versions in use with the anomaly evaluations recorded in the
 * register (IEC 62304 7.1.3, 6.1 post-market): which anomalies of each SOUP item still need an
 * evaluation. Pure: OSV answers, the register and today's date come in as data.
 */
import type { MonitorCheck } from '../config/defaults.js';
import { compareAnomalies } from '../enrich/anomaly-lookup.js';
import { classifyAnomalies, type EvaluationStatus } from '../enrich/evaluations.js';
import type { Anomaly } from '../enrich/types.js';
import { effectiveClass } from '../register/completeness.js';
import type { AnomalyEvaluation, Register, SafetyClass } from '../register/types.js';
import { findEntry, usableEvaluations } from '../register/validate.js';
import type { MonitoredItem } from './items.js';
import type { VersionAnomalies } from './osv-check.js';

/** The checks beside anomalies: the same set a user picks from (monitor-checks, --checks). */
export type HealthKind = MonitorCheck;

/** A non-anomaly fact about an item worth a person's attention. */
export interface HealthFinding {
  kind: HealthKind;
  /** The version it concerns, when it is about one version (deprecated). */
  version?: string;
  /** Plain text from a registry or API (hostile: escape before Markdown). */
  detail: string;
  url?: string;
}

export interface AssessedAnomaly {
  anomaly: Anomaly;
  /** Versions in use the anomaly is published for, sorted. */
  versions: string[];
  status: EvaluationStatus;
  evaluation?: Pick<AnomalyEvaluation, 'id' | 'state' | 'by' | 'on' | 'expires'>;
  note?: string;
}

export interface ItemAssessment {
  item: MonitoredItem;
  safetyClass: SafetyClass;
  classSource: 'entry' | 'defaults';
  /** Whether the register has an entry for the item (decides the YAML to paste). */
  hasEntry: boolean;
  /** Every anomaly published for a version in use, severest first. */
  anomalies: AssessedAnomaly[];
  /** Not evaluated, in triage, incompletely evaluated or expired; withdrawn records excluded. */
  open: AssessedAnomaly[];
  /** Versions whose anomalies could not be looked up: nothing about them can be closed. */
  unchecked: { version: string; reason: string; failed: boolean }[];
  health: HealthFinding[];
}

/** Item by item, how its published anomalies stand against the register as of `today` (YYYY-MM-DD). */
export function assessItems(
  items: readonly MonitoredItem[],
  osv: ReadonlyMap<string, readonly VersionAnomalies[]>,
  register: Register,
  today: string,
  health: ReadonlyMap<string, readonly HealthFinding[]> = new Map(),
): ItemAssessment[] {
  return items.map((item) => {
    const entry = findEntry(register, item.ecosystem, item.name);
    const byId = new Map<string, { anomaly: Anomaly; versions: Set<string> }>();
    const unchecked: ItemAssessment['unchecked'] = [];
    for (const result of osv.get(item.key) ?? []) {
      if ('unchecked' in result) {
        unchecked.push({ version: result.version, reason: result.unchecked, failed: result.failed });
        continue;
      }
      for (const anomaly of result.anomalies) {
        const seen = byId.get(anomaly.id);
        // Keep the record with details when one version's read failed and another's did not.
        if (!seen) byId.set(anomaly.id, { anomaly, versions: new Set([result.version]) });
        else {
          seen.versions.add(result.version);
          if (seen.anomaly.detailsMissing && !anomaly.detailsMissing) seen.anomaly = anomaly;
        }
      }
    }
    if (!osv.has(item.key)) unchecked.push({ version: '*', reason: 'not looked up', failed: true });
    const found = [...byId.values()];
    const classified = classifyAnomalies(
      found.map((f) => f.anomaly),
      usableEvaluations(register, entry),
      today,
    );
    const anomalies: AssessedAnomaly[] = classified
      .map((c, i) => ({
        anomaly: c.anomaly,
        versions: [...found[i]!.versions].sort(),
        status: c.status,
        ...(c.evaluation
          ? {
              evaluation: {
                id: c.evaluation.id,
                state: c.evaluation.state,
                ...(c.evaluation.by !== undefined ? { by: c.evaluation.by } : {}),
                ...(c.evaluation.on !== undefined ? { on: c.evaluation.on } : {}),
                ...(c.evaluation.expires !== undefined ? { expires: c.evaluation.expires } : {}),
              },
            }
          : {}),
        ...(c.note !== undefined ? { note: c.note } : {}),
      }))
      .sort((a, b) => compareAnomalies(a.anomaly, b.anomaly));
    return {
      item,
      safetyClass: effectiveClass(entry, register.defaults),
      classSource: entry?.safetyClass !== undefined ? 'entry' : 'defaults',
      hasEntry: entry !== undefined,
      anomalies,
      open: anomalies.filter((a) => a.status !== 'evaluated' && a.anomaly.withdrawn === undefined),
      unchecked,
      health: [...(health.get(item.key) ?? [])],
    };
  });
}

export interface MonitorTotals {
  /** Distinct SOUP items (ecosystem/name) in scope. */
  items: number;
  /** Package versions asked of OSV. */
  versions: number;
  /** Distinct (item, anomaly) pairs published for the versions in use. */
  anomalies: number;
  evaluated: number;
  open: number;
  /** Items with at least one open anomaly. */
  itemsWithOpen: number;
  /** Versions whose anomalies could not be looked up. */
  unchecked: number;
  failed: number;
}

export function totalsOf(assessments: readonly ItemAssessment[]): MonitorTotals {
  const totals: MonitorTotals = {
    items: assessments.length,
    versions: 0,
    anomalies: 0,
    evaluated: 0,
    open: 0,
    itemsWithOpen: 0,
    unchecked: 0,
    failed: 0,
  };
  for (const a of assessments) {
    totals.versions += a.item.versions.length;
    totals.anomalies += a.anomalies.length;
    totals.evaluated += a.anomalies.filter((x) => x.status === 'evaluated').length;
    totals.open += a.open.length;
    if (a.open.length > 0) totals.itemsWithOpen++;
    totals.unchecked += a.unchecked.length;
    totals.failed += a.unchecked.filter((u) => u.failed).length;
  }
  return totals;
}
