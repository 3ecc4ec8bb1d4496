/**
 * OSV client (https://google.github.io/osv.dev/api/): POST /v1/querybatch with at most 1000
 * queries a request, following each query's next_page_token, then GET /v1/vulns/{id} once per
 * distinct id, a bounded number at a time. The batch endpoint returns ids and `modified` only.
 */
import type { Change } from '../inventory/diff.js';
import type { Ecosystem } from '../lockfiles/types.js';
import { normalizePythonName } from '../lockfiles/python/normalize.js';
import { cvss3BaseScore, labelForScore, labelFromText, type SeverityLabel } from './cvss.js';
import { LookupError, mapWithLimit, type HttpClient } from './http.js';
import type { Anomaly, AnomalySeverity, CheckMethod } from './types.js';

export const OSV_BATCH_LIMIT = 1000;
/** Pages we follow per query before calling the answer incomplete. */
export const OSV_MAX_PAGES = 100;

export type OsvQuery = { package: { ecosystem: string; name: string }; version: string } | { commit: string };

export type OsvQueryPlan = { query: OsvQuery; method: CheckMethod } | { unchecked: string };

const FULL_SHA = /^[0-9a-f]{40}$/i;

/** The name OSV files a package under, from ours. */
export function osvPackageName(ecosystem: Ecosystem, name: string): string {
  return ecosystem === 'PyPI' ? normalizePythonName(name) : name;
}

/** The version string OSV compares, from ours: Go and GitHub Actions versions without the leading `v`. */
export function osvVersion(ecosystem: Ecosystem, version: string): string {
  return (ecosystem === 'Go' || ecosystem === 'GitHub Actions') && /^v\d/.test(version)
    ? version.slice(1)
    : version;
}

/**
 * How to ask OSV about one side of a change. A git dependency is asked by its pinned commit (OSV
 * matches commits against GIT ranges); an action pinned by SHA with no version comment has no
 * version OSV can compare and nothing to match a commit against, so it is left unchecked.
 */
export function planOsvQuery(change: Change, side: 'from' | 'to'): OsvQueryPlan | null {
  const version = side === 'from' ? change.from : change.to;
  if (version === null) return null;
  const ref = side === 'from' ? change.fromRef : change.toRef;
  if (change.ecosystem === 'docker') {
    // OSV lists the packages inside images (Debian, Alpine, …), not images: asking would fail the batch.
    return {
      unchecked: `${change.name} ${version} is a container image; OSV lists no images: scan it (e.g. trivy, grype) for its packages' anomalies`,
    };
  }
  if (change.ecosystem === 'GitHub Actions') {
    if (FULL_SHA.test(version)) {
      return {
        unchecked: `${change.name} is pinned to commit ${version.slice(0, 12)} with no version comment; OSV lists action anomalies by version`,
      };
    }
  } else if (ref !== undefined) {
    return FULL_SHA.test(ref)
      ? { query: { commit: ref.toLowerCase() }, method: 'commit' }
      : { unchecked: `${change.name} ${version} comes from git at "${ref}", which is not a full commit SHA` };
  }
  return {
    query: {
      package: { ecosystem: change.ecosystem, name: osvPackageName(change.ecosystem, change.name) },
      version: osvVersion(change.ecosystem, version),
    },
    method: 'version',
  };
}

export function osvQueryKey(query: OsvQuery): string {
  return 'commit' in query
    ? `commit\u0000${query.commit}`
    : `${query.package.ecosystem}\u0000${query.package.name}\u0000${query.version}`;
}

export interface BatchOutcome {
  /** Vulnerability ids per query, in the order of the input. */
  ids: (string[] | LookupError)[];
  batchRequests: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Queries OSV for every query, 1000 per request, then re-asks the queries that came back with a
 * next_page_token (with page_token set) until none do. A failed request fails only its queries.
 */
export async function queryOsvBatch(
  http: HttpClient,
  osvUrl: string,
  queries: readonly OsvQuery[],
): Promise<BatchOutcome> {
  const url = `${osvUrl.replace(/\/+$/, '')}/v1/querybatch`;
  const ids: (Set<string> | LookupError)[] = queries.map(() => new Set<string>());
  let pending = queries.map((_, index) => ({ index, token: undefined as string | undefined, page: 0 }));
  let batchRequests = 0;
  while (pending.length > 0) {
    const next: typeof pending = [];
    for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
      const chunk = pending.slice(start, start + OSV_BATCH_LIMIT);
      const payload = {
        queries: chunk.map((p) => ({
          ...queries[p.index]!,
          ...(p.token !== undefined ? { page_token: p.token } : {}),
        })),
      };
      batchRequests++;
      let results: unknown[];
      try {
        const { body } = await http.postJson(url, payload);
        if (!isRecord(body) || (body.results !== undefined && !Array.isArray(body.results))) {
          throw new LookupError(url, 'response has no "results" array');
        }
        results = (body.results as unknown[] | undefined) ?? [];
        if (results.length !== chunk.length) {
          throw new LookupError(
            url,
            `response has ${results.length} results for ${chunk.length} queries; OSV answers one per query, in order`,
          );
        }
      } catch (error) {
        const failure = error instanceof LookupError ? error : new LookupError(url, String(error));
        for (const p of chunk) ids[p.index] = failure;
        continue;
      }
      chunk.forEach((p, i) => {
        const target = ids[p.index];
        if (!(target instanceof Set)) return;
        const result = results[i];
        if (!isRecord(result)) return;
        const vulns = Array.isArray(result.vulns) ? result.vulns : [];
        for (const vuln of vulns) {
          if (isRecord(vuln) && typeof vuln.id === 'string' && vuln.id !== '') target.add(vuln.id);
        }
        const token = result.next_page_token;
        if (typeof token === 'string' && token !== '') {
          if (p.page + 1 >= OSV_MAX_PAGES) {
            ids[p.index] = new LookupError(url, `more than ${OSV_MAX_PAGES} pages of results for one query`);
          } else {
            next.push({ index: p.index, token, page: p.page + 1 });
          }
        }
      });
    }
    pending = next;
  }
  return { ids: ids.map((v) => (v instanceof Set ? [...v] : v)), batchRequests };
}

/** The full records of the given ids, `limit` at a time. */
export async function fetchOsvRecords(
  http: HttpClient,
  osvUrl: string,
  ids: readonly string[],
  limit: number,
): Promise<Map<string, unknown | LookupError>> {
  const base = osvUrl.replace(/\/+$/, '');
  const records = new Map<string, unknown | LookupError>();
  await mapWithLimit(ids, limit, async (id) => {
    const url = `${base}/v1/vulns/${encodeURIComponent(id)}`;
    try {
      const { body } = await http.getJson(url);
      if (!isRecord(body) || body.id !== id) {
        throw new LookupError(url, `response is not the OSV record of ${id}`);
      }
      records.set(id, body);
    } catch (error) {
      records.set(id, error instanceof LookupError ? error : new LookupError(url, String(error)));
    }
  });
  return records;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function samePackage(ecosystem: Ecosystem, name: string, pkg: unknown): boolean {
  if (!isRecord(pkg) || typeof pkg.name !== 'string' || typeof pkg.ecosystem !== 'string') return false;
  // OSV ecosystems may carry a suffix (`Debian:12`); ours never do, so compare the part before `:`.
  if (pkg.ecosystem.split(':')[0] !== ecosystem) return false;
  const ours = osvPackageName(ecosystem, name);
  const theirs = osvPackageName(ecosystem, pkg.name);
  return ecosystem === 'PyPI' || ecosystem === 'NuGet' || ecosystem === 'GitHub Actions'
    ? ours.toLowerCase() === theirs.toLowerCase()
    : ours === theirs;
}

function severityOf(record: Record<string, unknown>, affected: Record<string, unknown>[]): AnomalySeverity {
  const entries = [record.severity, ...affected.map((a) => a.severity)]
    .flatMap((s) => (Array.isArray(s) ? s : []))
    .filter(isRecord)
    .filter(
      (s): s is { type: string; score: string } => typeof s.type === 'string' && typeof s.score === 'string',
    );
  const databaseLabel = labelFromText(
    isRecord(record.database_specific) ? record.database_specific.severity : undefined,
  );
  const v3 = entries.find((s) => s.type === 'CVSS_V3');
  if (v3) {
    const score = cvss3BaseScore(v3.score);
    if (score !== undefined) return { label: labelForScore(score), score, vector: v3.score, source: 'cvss' };
  }
  const other = entries.find((s) => s.type === 'CVSS_V4') ?? entries.find((s) => s.type === 'CVSS_V2') ?? v3;
  const label: SeverityLabel = databaseLabel ?? 'unknown';
  return {
    label,
    ...(other ? { vector: other.score } : {}),
    source: databaseLabel !== undefined ? 'database' : 'none',
  };
}

function sortAliases(aliases: string[]): string[] {
  const cve = aliases.filter((a) => a.startsWith('CVE-')).sort();
  return [...cve, ...aliases.filter((a) => !a.startsWith('CVE-')).sort()];
}

export function anomalyUrl(id: string): string {
  return `https://osv.dev/vulnerability/${encodeURIComponent(id)}`;
}

/** An anomaly whose record could not be read: counted all the same (fail safe), flagged. */
export function anomalyWithoutDetails(id: string): Anomaly {
  return {
    id,
    aliases: [],
    summary: '',
    severity: { label: 'unknown', source: 'none' },
    url: anomalyUrl(id),
    fixedVersions: [],
    detailsMissing: true,
  };
}

/** Our view of one OSV record, for one package. */
export function toAnomaly(record: unknown, ecosystem: Ecosystem, name: string, id: string): Anomaly {
  if (!isRecord(record)) return anomalyWithoutDetails(id);
  const affected = (Array.isArray(record.affected) ? record.affected : [])
    .filter(isRecord)
    .filter((a) => samePackage(ecosystem, name, a.package));
  const fixed = new Set<string>();
  for (const entry of affected) {
    for (const range of Array.isArray(entry.ranges) ? entry.ranges.filter(isRecord) : []) {
      if (range.type === 'GIT') continue;
      for (const event of Array.isArray(range.events) ? range.events.filter(isRecord) : []) {
        if (typeof event.fixed === 'string') fixed.add(event.fixed);
      }
    }
  }
  const details = typeof record.details === 'string' ? (record.details.split('\n')[0] ?? '') : '';
  return {
    id,
    aliases: sortAliases(strings(record.aliases)),
    summary: typeof record.summary === 'string' && record.summary !== '' ? record.summary : details,
    severity: severityOf(record, affected),
    url: anomalyUrl(id),
    fixedVersions: [...fixed],
    ...(typeof record.withdrawn === 'string' ? { withdrawn: record.withdrawn } : {}),
  };
}
