/**
 * The anomalies of many package versions at once, for the PR gate's enrichment and for post-market
 * monitoring alike: each distinct query asked once (one querybatch request per 1000, plus pages),
 * then each distinct record read once. Callers plan their queries with planOsvQuery and read the
 * answers back per query; a failed request fails only what it asked about.
 */
import type { Ecosystem } from '../lockfiles/types.js';
import type { SeverityLabel } from './cvss.js';
import { LookupError, type HttpClient } from './http.js';
import {
  anomalyWithoutDetails,
  fetchOsvRecords,
  osvQueryKey,
  queryOsvBatch,
  toAnomaly,
  type OsvQuery,
  type OsvQueryPlan,
} from './osv.js';
import type { Anomaly } from './types.js';

export interface AnomalyLookup {
  batchRequests: number;
  /** Distinct anomaly records asked for. */
  recordRequests: number;
  /** The ids OSV lists for one of the queries looked up, or why they are unknown. */
  idsOf(query: OsvQuery): string[] | LookupError;
  /**
   * Our view of one listed anomaly for one package. When its record could not be read it still
   * counts (fail safe), flagged as without details, and `onFailure` hears why.
   */
  anomalyOf(id: string, ecosystem: Ecosystem, name: string, onFailure: (error: LookupError) => void): Anomaly;
}

export interface AnomalyLookupOptions {
  /** Record reads in flight at once. */
  concurrency: number;
  onProgress?: (line: string) => void;
}

/** The query of a plan that has one (a version or commit OSV can be asked about). */
export function queryOf(plan: OsvQueryPlan | null): OsvQuery[] {
  return plan !== null && 'query' in plan ? [plan.query] : [];
}

export async function lookUpAnomalies(
  http: HttpClient,
  osvUrl: string,
  queries: Iterable<OsvQuery>,
  options: AnomalyLookupOptions,
): Promise<AnomalyLookup> {
  const index = new Map<string, number>();
  const distinct: OsvQuery[] = [];
  for (const query of queries) {
    const key = osvQueryKey(query);
    if (index.has(key)) continue;
    index.set(key, distinct.length);
    distinct.push(query);
  }
  options.onProgress?.(`asking OSV about ${distinct.length} package version(s)`);
  const batch = await queryOsvBatch(http, osvUrl, distinct);
  const ids = new Set<string>();
  for (const result of batch.ids) if (Array.isArray(result)) for (const id of result) ids.add(id);
  options.onProgress?.(`${batch.batchRequests} OSV batch request(s); reading ${ids.size} anomaly record(s)`);
  const records = await fetchOsvRecords(http, osvUrl, [...ids].sort(), options.concurrency);
  return {
    batchRequests: batch.batchRequests,
    recordRequests: ids.size,
    idsOf(query) {
      const at = index.get(osvQueryKey(query));
      // Asking about a query that was never looked up is a programming error, not "no anomalies".
      if (at === undefined) throw new Error(`OSV query ${osvQueryKey(query)} was not looked up`);
      return batch.ids[at]!;
    },
    anomalyOf(id, ecosystem, name, onFailure) {
      const record = records.get(id);
      if (record instanceof LookupError) {
        onFailure(record);
        return anomalyWithoutDetails(id);
      }
      return toAnomaly(record, ecosystem, name, id);
    },
  };
}

const SEVERITY_ORDER: readonly SeverityLabel[] = ['critical', 'high', 'medium', 'low', 'none', 'unknown'];

/** Severest first, then by id: the order every list of anomalies is shown in. */
export function compareAnomalies(a: Anomaly, b: Anomaly): number {
  return (
    SEVERITY_ORDER.indexOf(a.severity.label) - SEVERITY_ORDER.indexOf(b.severity.label) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
