/**
 * enrichChanges: the facts a reviewer needs for every change (known anomalies of both versions,
 * licences, links, a release-notes link), gathered with a bounded number of requests. A per-item
 * failure is recorded (lookupFailures, unchecked), never thrown: the gate decides what it means.
 */
import { DEFAULT_DEPS_DEV_URL, DEFAULT_OSV_URL } from '../config/defaults.js';
import type { Change } from '../inventory/diff.js';
import type { Ecosystem } from '../lockfiles/types.js';
import { changeKey } from '../inventory/change-key.js';
import { createHttpClient, LookupError, mapWithLimit, type FetchLike } from './http.js';
import { compareLicences, type LicencePolicy } from './licence-policy.js';
import {
  DEFAULT_REGISTRY_URLS,
  lookupVersionFacts,
  repoFromName,
  type RegistryUrls,
  type VersionFacts,
} from './licences.js';
import { compareAnomalies, lookUpAnomalies, queryOf } from './anomaly-lookup.js';
import { planOsvQuery, type OsvQueryPlan } from './osv.js';
import { createTagResolver, findReleaseNotes, type TagExists } from './release-notes.js';
import type {
  Anomaly,
  AnomalyFacts,
  ChangeEnrichment,
  EnrichmentResult,
  LicenceSide,
  PackageLinks,
  UncheckedWhat,
} from './types.js';

export const DEFAULT_CONCURRENCY = 8;

export interface EnrichOptions {
  fetch: FetchLike;
  /** Base URL of the OSV API (default https://api.osv.dev); a mirror or a fake in tests. */
  osvUrl?: string;
  /** Base URL of the deps.dev API (default https://api.deps.dev). */
  depsDevUrl?: string;
  registryUrls?: RegistryUrls;
  /** Requests in flight at once (OSV records, deps.dev, registries, tag lookups). Default 8. */
  concurrency?: number;
  /** Per request attempt. Default 15 000 ms. */
  timeoutMs?: number;
  /** Retries on 429/5xx/timeouts/network errors. Default 3. */
  retries?: number;
  /** No request at all: every change is reported unchecked. */
  offline?: boolean;
  /** Look up anomalies (default true). */
  anomalies?: boolean;
  /** Look up licences and links (default true). */
  licences?: boolean;
  /** When given, each entry's licence gets a verdict for its new version. */
  licencePolicy?: LicencePolicy;
  /**
   * Confirms that a tag exists in a github.com repository (the action passes GitHub's git refs
   * API). Without it no link names a tag: release notes point at the changelog or releases page.
   */
  tagExists?: TagExists;
  /** Tag lookups per run at most (default DEFAULT_MAX_TAG_LOOKUPS in release-notes.ts). */
  maxTagLookups?: number;
  onProgress?: (line: string) => void;
  /** Tests: backoff base, longest Retry-After honoured, and the sleep used between retries. */
  backoffMs?: number;
  maxRetryAfterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  userAgent?: string;
}

/** The enrichment of one change, if the result has it. */
export function enrichmentFor(result: EnrichmentResult, change: Change): ChangeEnrichment | undefined {
  return result.entries.get(changeKey(change));
}

function versionKey(ecosystem: Ecosystem, name: string, version: string): string {
  return JSON.stringify([ecosystem, name, version]);
}

export async function enrichChanges(
  changes: readonly Change[],
  options: EnrichOptions,
): Promise<EnrichmentResult> {
  const progress = options.onProgress ?? (() => undefined);
  const limit = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
  const entries = new Map<string, ChangeEnrichment>();
  const changeOf = new Map<string, Change>();
  for (const change of changes) {
    const key = changeKey(change);
    if (entries.has(key)) continue;
    changeOf.set(key, change);
    entries.set(key, { key, anomalies: null, licence: null, links: {}, releaseNotes: null, unchecked: [] });
  }
  const failures = new Map<string, { url: string; reason: string; changes: Set<string> }>();
  const markUnchecked = (key: string, what: UncheckedWhat, reason: string): void => {
    const entry = entries.get(key)!;
    if (!entry.unchecked.some((u) => u.what === what && u.reason === reason))
      entry.unchecked.push({ what, reason });
  };
  const recordFailure = (error: LookupError, key: string, what: UncheckedWhat): void => {
    const id = `${error.url}\u0000${error.reason}`;
    const failure = failures.get(id) ?? { url: error.url, reason: error.reason, changes: new Set<string>() };
    failure.changes.add(key);
    failures.set(id, failure);
    markUnchecked(key, what, `lookup failed: ${error.message}`);
  };

  const finish = (http?: { requests: Record<string, number> }): EnrichmentResult => ({
    entries,
    unchecked: [...entries.values()].flatMap((e) => e.unchecked.map((u) => ({ change: e.key, ...u }))),
    lookupFailures: [...failures.values()].map((f) => ({
      url: f.url,
      reason: f.reason,
      changes: [...f.changes],
    })),
    requests: { ...(http?.requests ?? {}) },
    offline: options.offline === true,
  });

  if (options.offline) {
    for (const [key, change] of changeOf) {
      const entry = entries.get(key)!;
      const repo = repoFromName(change.ecosystem, change.name);
      if (repo !== undefined) entry.links.sourceRepo = repo;
      // No tag lookups offline (they reach the network), so no link names a tag.
      entry.releaseNotes = await findReleaseNotes(change, entry.links);
      if (options.anomalies !== false) markUnchecked(key, 'anomalies', 'offline: no lookups were made');
      if (options.licences !== false) markUnchecked(key, 'licence', 'offline: no lookups were made');
    }
    return finish();
  }

  const http = createHttpClient({
    fetch: options.fetch,
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.retries !== undefined ? { retries: options.retries } : {}),
    ...(options.backoffMs !== undefined ? { backoffMs: options.backoffMs } : {}),
    ...(options.maxRetryAfterMs !== undefined ? { maxRetryAfterMs: options.maxRetryAfterMs } : {}),
    ...(options.sleep !== undefined ? { sleep: options.sleep } : {}),
    userAgent: options.userAgent ?? 'soup-gate',
  });

  if (options.anomalies !== false) {
    await enrichAnomalies();
  }
  if (options.licences !== false) {
    await enrichLicences();
  }
  // One resolver for the run: its cache and its bound on lookups span every change.
  const tags = createTagResolver(options.tagExists, options.maxTagLookups);
  await mapWithLimit([...changeOf], limit, async ([key, change]) => {
    const entry = entries.get(key)!;
    entry.links.sourceRepo ??= repoFromName(change.ecosystem, change.name);
    if (entry.links.sourceRepo === undefined) delete entry.links.sourceRepo;
    entry.releaseNotes = await findReleaseNotes(change, entry.links, tags);
  });
  if (tags.lookups > 0) progress(`enrich: ${tags.lookups} release tag lookup(s) on GitHub`);
  return finish(http);

  async function enrichAnomalies(): Promise<void> {
    const plans = new Map<string, { from: OsvQueryPlan | null; to: OsvQueryPlan | null }>();
    for (const [key, change] of changeOf) {
      plans.set(key, { from: planOsvQuery(change, 'from'), to: planOsvQuery(change, 'to') });
    }
    const lookup = await lookUpAnomalies(
      http,
      options.osvUrl ?? DEFAULT_OSV_URL,
      [...plans.values()].flatMap((plan) => [...queryOf(plan.from), ...queryOf(plan.to)]),
      { concurrency: limit, onProgress: (line) => progress(`enrich: ${line}`) },
    );

    for (const [key, change] of changeOf) {
      const plan = plans.get(key)!;
      const sideIds = (side: OsvQueryPlan | null): string[] | LookupError | string | null => {
        if (side === null) return null;
        if ('unchecked' in side) return side.unchecked;
        return lookup.idsOf(side.query);
      };
      const from = sideIds(plan.from);
      const to = sideIds(plan.to);
      let failed = false;
      for (const result of [from, to]) {
        if (result instanceof LookupError) {
          recordFailure(result, key, 'anomalies');
          failed = true;
        } else if (typeof result === 'string') {
          markUnchecked(key, 'anomalies', result);
        }
      }
      // Without the new version's list there is nothing to show; without the old one's, everything
      // the new one has counts as introduced (the reading that asks for more evaluation, not less).
      if (failed || typeof to === 'string') continue;
      const anomalyOf = (id: string): Anomaly =>
        lookup.anomalyOf(id, change.ecosystem, change.name, (error) =>
          recordFailure(error, key, 'anomalies'),
        );
      const sorted = (ids: string[]): Anomaly[] => ids.map(anomalyOf).sort(compareAnomalies);
      const fromSet = new Set(Array.isArray(from) ? from : []);
      const toSet = new Set(Array.isArray(to) ? to : []);
      const facts: AnomalyFacts = {
        introduced: sorted([...toSet].filter((id) => !fromSet.has(id))),
        fixed: sorted([...fromSet].filter((id) => !toSet.has(id))),
        present: sorted([...toSet].filter((id) => fromSet.has(id))),
        checkedBy: {},
      };
      if (plan.from !== null && 'method' in plan.from) facts.checkedBy.from = plan.from.method;
      if (plan.to !== null && 'method' in plan.to) facts.checkedBy.to = plan.to.method;
      entries.get(key)!.anomalies = facts;
    }
  }

  async function enrichLicences(): Promise<void> {
    const urls = {
      depsDev: options.depsDevUrl ?? DEFAULT_DEPS_DEV_URL,
      registries: { ...DEFAULT_REGISTRY_URLS, ...(options.registryUrls ?? {}) },
    };
    const wanted = new Map<string, { ecosystem: Ecosystem; name: string; version: string }>();
    for (const change of changeOf.values()) {
      for (const version of [change.from, change.to]) {
        if (version === null) continue;
        wanted.set(versionKey(change.ecosystem, change.name, version), {
          ecosystem: change.ecosystem,
          name: change.name,
          version,
        });
      }
    }
    progress(`enrich: reading licences and links of ${wanted.size} package version(s)`);
    const facts = new Map<string, VersionFacts | LookupError>();
    await mapWithLimit([...wanted], limit, async ([vk, { ecosystem, name, version }]) => {
      try {
        facts.set(vk, await lookupVersionFacts(http, urls, ecosystem, name, version));
      } catch (error) {
        facts.set(
          vk,
          error instanceof LookupError ? error : new LookupError('(licence lookup)', String(error)),
        );
      }
    });
    for (const [key, change] of changeOf) {
      const entry = entries.get(key)!;
      const sideOf = (version: string | null): LicenceSide | null => {
        if (version === null) return null;
        const found = facts.get(versionKey(change.ecosystem, change.name, version))!;
        if (found instanceof LookupError) {
          recordFailure(found, key, 'licence');
          return {
            version,
            expression: null,
            declared: [],
            source: 'none',
            note: `lookup failed: ${found.reason}`,
          };
        }
        if (found.licence.source === 'none' || found.licence.source === 'pub.dev') {
          markUnchecked(key, 'licence', found.licence.note ?? 'no licence source');
        }
        return found.licence;
      };
      entry.licence = compareLicences(sideOf(change.from), sideOf(change.to), options.licencePolicy);
      const linkSource = [change.to, change.from]
        .map((v) => (v === null ? undefined : facts.get(versionKey(change.ecosystem, change.name, v))))
        .find(
          (f): f is VersionFacts =>
            f !== undefined && !(f instanceof LookupError) && Object.keys(f.links).length > 0,
        );
      if (linkSource) entry.links = { ...linkSource.links } satisfies PackageLinks;
    }
  }
}
