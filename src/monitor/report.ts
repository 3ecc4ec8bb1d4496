/**
 * The JSON form of a monitoring run (`soup-gate monitor --format json`): the totals and, for every
 * item with something to say, its open, evaluated and unchecked anomalies and health findings.
 * Values are data, not Markdown: whoever prints them decides how to escape them.
 */
import type { ItemAssessment, MonitorTotals } from './assess.js';

export interface MonitorReport {
  totals: MonitorTotals;
  osvBatchRequests: number;
  items: {
    key: string;
    versions: string[];
    safetyClass: ItemAssessment['safetyClass'];
    open: { id: string; status: ItemAssessment['open'][number]['status']; versions: string[] }[];
    evaluated: string[];
    unchecked: ItemAssessment['unchecked'];
    health: ItemAssessment['health'];
  }[];
  notes: readonly string[];
}

export function buildMonitorReport(input: {
  totals: MonitorTotals;
  osvBatchRequests: number;
  assessments: readonly ItemAssessment[];
  notes: readonly string[];
}): MonitorReport {
  return {
    totals: input.totals,
    osvBatchRequests: input.osvBatchRequests,
    items: input.assessments
      .filter((a) => a.anomalies.length > 0 || a.unchecked.length > 0 || a.health.length > 0)
      .map((a) => ({
        key: a.item.key,
        versions: a.item.versions.map((v) => v.version),
        safetyClass: a.safetyClass,
        open: a.open.map((o) => ({ id: o.anomaly.id, status: o.status, versions: o.versions })),
        evaluated: a.anomalies.filter((o) => o.status === 'evaluated').map((o) => o.anomaly.id),
        unchecked: a.unchecked,
        health: a.health,
      })),
    notes: input.notes,
  };
}
