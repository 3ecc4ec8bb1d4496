/**
 * Asks OSV about every monitored version with src/enrich's client: one querybatch request per 1000
 * versions (plus pages), then each distinct anomaly record once. A failed request fails only the
 * versions it asked about; they are reported as not checked, never as clean.
 */
import { LookupError, type HttpClient } from '../enrich/http.js';
import {
  anomalyWithoutDetails,
  fetchOsvRecords,
  osvQueryKey,
  planOsvQuery,
  queryOsvBatch,
  toAnomaly,
  type OsvQuery,
} from '../enrich/osv.js';
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
  const queries: OsvQuery[] = [];
  const index = new Map<string, number>();
  const plans = items.map((item) =>
    item.versions.map((version) => {
      const plan = planOsvQuery(asAddition(item, version), 'to');
      if (plan !== null && 'query' in plan) {
        const key = osvQueryKey(plan.query);
        if (!index.has(key)) {
          index.set(key, queries.length);
          queries.push(plan.query);
        }
      }
      return plan;
    }),
  );
  options.onProgress?.(`monitor: asking OSV about ${queries.length} package version(s)`);
  const batch = await queryOsvBatch(options.http, options.osvUrl, queries);
  const ids = new Set<string>();
  for (const result of batch.ids) if (Array.isArray(result)) for (const id of result) ids.add(id);
  options.onProgress?.(
    `monitor: ${batch.batchRequests} OSV batch request(s); reading ${ids.size} anomaly record(s)`,
  );
  const records = await fetchOsvRecords(
    options.http,
    options.osvUrl,
    [...ids].sort(),
    options.concurrency ?? 8,
  );
  const failures = new Set<string>();
  const byItem = new Map<string, VersionAnomalies[]>();
  items.forEach((item, i) => {
    const results: VersionAnomalies[] = item.versions.map((version, j) => {
      const base = { version: version.version, ...(version.ref !== undefined ? { ref: version.ref } : {}) };
      const plan = plans[i]![j]!;
      if (plan === null) return { ...base, unchecked: 'no version to look up', failed: false };
      if ('unchecked' in plan) return { ...base, unchecked: plan.unchecked, failed: false };
      const found = batch.ids[index.get(osvQueryKey(plan.query))!]!;
      if (found instanceof LookupError) {
        failures.add(found.message);
        return { ...base, unchecked: `lookup failed: ${found.message}`, failed: true };
      }
      const anomalies = found.map((id) => {
        const record = records.get(id);
        if (record instanceof LookupError) {
          failures.add(record.message);
          return anomalyWithoutDetails(id);
        }
        return toAnomaly(record, item.ecosystem, item.name, id);
      });
      return { ...base, anomalies };
    });
    byItem.set(item.key, results);
  });
  return { byItem, batchRequests: batch.batchRequests, recordRequests: ids.size, failures: [...failures] };
}
