/**
 * Asks OSV about every monitored version with src/enrich's client: one querybatch request per 1000
 * versions (plus pages), then each distinct anomaly record once. A failed request fails only the
 * versions it asked about; they are reported as not checked, never as clean.
 */
import { lookUpAnomalies, queryOf } from '../enrich/anomaly-lookup.js';
import { LookupError, type HttpClient } from '../enrich/http.js';
import { planOsvQuery } from '../enrich/osv.js';
import type { Anomaly } from '../enrich/types.js';
import { asAddition, type MonitoredItem } from './items.js';

/** What OSV says about one version in use: its anomalies, or why they are unknown. */
export type VersionAnomalies =
  | { version: string; ref?: string; anomalies: Anomaly[] }
  | { version: string; ref?: string; unchecked: string; failed: boolean };

export interface OsvCheckResult {
  /** Per item key, per version in the item's order. */
  byItem: Map<string, VersionAnomalies[]>;
  batchRequests: number;
  recordRequests: number;
  /** Distinct failures (url: reason). */
  failures: string[];
}

export interface OsvCheckOptions {
  http: HttpClient;
  osvUrl: string;
  /** Record reads in flight at once. */
  concurrency?: number;
  onProgress?: (line: string) => void;
}

export async function checkAnomalies(
  items: readonly MonitoredItem[],
  options: OsvCheckOptions,
): Promise<OsvCheckResult> {
  const plans = items.map((item) =>
    item.versions.map((version) => planOsvQuery(asAddition(item, version), 'to')),
  );
  const onProgress = options.onProgress;
  const lookup = await lookUpAnomalies(options.http, options.osvUrl, plans.flat().flatMap(queryOf), {
    concurrency: options.concurrency ?? 8,
    ...(onProgress ? { onProgress: (line: string) => onProgress(`monitor: ${line}`) } : {}),
  });
  const failures = new Set<string>();
  const byItem = new Map<string, VersionAnomalies[]>();
  items.forEach((item, i) => {
    const results: VersionAnomalies[] = item.versions.map((version, j) => {
      const base = { version: version.version, ...(version.ref !== undefined ? { ref: version.ref } : {}) };
      const plan = plans[i]![j]!;
      if (plan === null) return { ...base, unchecked: 'no version to look up', failed: false };
      if ('unchecked' in plan) return { ...base, unchecked: plan.unchecked, failed: false };
      const found = lookup.idsOf(plan.query);
      if (found instanceof LookupError) {
        failures.add(found.message);
        return { ...base, unchecked: `lookup failed: ${found.message}`, failed: true };
      }
      const anomalies = found.map((id) =>
        lookup.anomalyOf(id, item.ecosystem, item.name, (error) => failures.add(error.message)),
      );
      return { ...base, anomalies };
    });
    byItem.set(item.key, results);
  });
  return {
    byItem,
    batchRequests: lookup.batchRequests,
    recordRequests: lookup.recordRequests,
    failures: [...failures],
  };
}
