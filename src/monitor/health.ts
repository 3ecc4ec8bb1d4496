/**
 * Checks beyond anomalies, each optional and bounded: deprecated versions (npm registry), archived
 * source repositories (the repository from the npm packument, deps.dev or the name itself, then an
 * injected GitHub lookup for github.com repositories) and obsolescence (no release for a configured
 * number of days, IEC 62304 6.1 f: from the npm packument's `time` or deps.dev's GetPackage
 * `publishedAt`). A failed lookup leaves the item unchecked and is counted in the notes; it never
 * fails the run. Network clients come in as parameters.
 */
import {
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS,
} from '../config/defaults.js';
import { LookupError, mapWithLimit, type HttpClient } from '../enrich/http.js';
import { DEFAULT_REGISTRY_URLS, lookupVersionFacts, repoFromName } from '../enrich/licences.js';
import { parseGitHubRepo } from '../enrich/release-notes.js';
import type { Ecosystem } from '../lockfiles/types.js';
import { normalizePythonName } from '../lockfiles/python/normalize.js';
import { escapeText } from '../markdown/escape.js';
import type { HealthFinding, HealthKind } from './assess.js';
import type { MonitoredItem } from './items.js';

export interface HealthOptions {
  http: HttpClient;
  checks: readonly HealthKind[];
  npmRegistryUrl?: string;
  depsDevUrl: string;
  obsoleteAfterDays?: number;
  /** Lookups per kind of request (registry documents, deps.dev, repositories). */
  maxLookups?: number;
  today: Date;
  /** true/false from GitHub's repository API; undefined when it can't tell (not found, no access). */
  isArchived?: (repo: { owner: string; repo: string }) => Promise<boolean | undefined>;
  concurrency?: number;
}

export interface HealthResult {
  findings: Map<string, HealthFinding[]>;
  /** Markdown lines: what was not checked and why. Our own text plus escaped numbers only. */
  notes: string[];
  requests: { registry: number; depsDev: number; repositories: number };
}

const DEPS_DEV_SYSTEMS: Partial<Record<Ecosystem, string>> = {
  PyPI: 'pypi',
  Go: 'go',
  'crates.io': 'cargo',
  Maven: 'maven',
  NuGet: 'nuget',
};

const DAY_MS = 86_400_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function npmDocumentUrl(base: string, name: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return name.startsWith('@')
    ? `${trimmed}/@${encodeURIComponent(name.slice(1))}`
    : `${trimmed}/${encodeURIComponent(name)}`;
}

interface ReleaseFacts {
  latest?: { version: string; at: string };
  deprecated: Map<string, string>;
  sourceRepo?: string;
}

/** From a full npm packument: deprecation per version, the newest publish time, the repository. */
export function readPackument(body: unknown): ReleaseFacts {
  const facts: ReleaseFacts = { deprecated: new Map() };
  if (!isRecord(body)) return facts;
  const versions = isRecord(body.versions) ? body.versions : {};
  for (const [version, meta] of Object.entries(versions)) {
    if (isRecord(meta) && typeof meta.deprecated === 'string' && meta.deprecated.trim() !== '')
      facts.deprecated.set(version, meta.deprecated);
  }
  const time = isRecord(body.time) ? body.time : {};
  for (const [version, at] of Object.entries(time)) {
    if (version === 'created' || version === 'modified' || typeof at !== 'string') continue;
    if (!Object.hasOwn(versions, version) || Number.isNaN(Date.parse(at))) continue;
    if (facts.latest === undefined || Date.parse(at) > Date.parse(facts.latest.at))
      facts.latest = { version, at };
  }
  const repository = body.repository;
  const url = typeof repository === 'string' ? repository : isRecord(repository) ? repository.url : undefined;
  if (typeof url === 'string') facts.sourceRepo = url;
  return facts;
}

/** The newest publishedAt among deps.dev GetPackage's versions. */
export function readDepsDevPackage(body: unknown): ReleaseFacts {
  const facts: ReleaseFacts = { deprecated: new Map() };
  const versions = isRecord(body) && Array.isArray(body.versions) ? body.versions : [];
  for (const v of versions) {
    if (!isRecord(v) || typeof v.publishedAt !== 'string' || Number.isNaN(Date.parse(v.publishedAt)))
      continue;
    const version =
      isRecord(v.versionKey) && typeof v.versionKey.version === 'string' ? v.versionKey.version : '';
    if (facts.latest === undefined || Date.parse(v.publishedAt) > Date.parse(facts.latest.at))
      facts.latest = { version, at: v.publishedAt };
  }
  return facts;
}

export async function checkHealth(
  items: readonly MonitoredItem[],
  options: HealthOptions,
): Promise<HealthResult> {
  const findings = new Map<string, HealthFinding[]>();
  const notes: string[] = [];
  const requests = { registry: 0, depsDev: 0, repositories: 0 };
  const checks = new Set(options.checks);
  if (checks.size === 0) return { findings, notes, requests };
  const max = Math.max(0, options.maxLookups ?? DEFAULT_MAX_LOOKUPS);
  const limit = options.concurrency ?? 8;
  const days = options.obsoleteAfterDays ?? DEFAULT_OBSOLETE_AFTER_DAYS;
  const failures: string[] = [];
  const add = (key: string, finding: HealthFinding): void => {
    findings.set(key, [...(findings.get(key) ?? []), finding]);
  };
  const capped = (what: string, skipped: number): void => {
    if (skipped > 0)
      notes.push(
        `${what}: ${skipped} item(s) not checked, over the limit of ${max} lookups a run (input monitor-max-lookups)`,
      );
  };
  const sourceRepos = new Map<string, string>();
  const releases = new Map<string, ReleaseFacts>();

  // npm: one packument per package answers all three questions.
  const npm = items.filter((i) => i.ecosystem === 'npm');
  const npmRegistry = options.npmRegistryUrl ?? DEFAULT_NPM_REGISTRY_URL;
  capped('npm registry', Math.max(0, npm.length - max));
  await mapWithLimit(npm.slice(0, max), limit, async (item) => {
    requests.registry++;
    try {
      const { status, body } = await options.http.getJson(npmDocumentUrl(npmRegistry, item.name), {
        allowNotFound: true,
      });
      if (status === 404) return;
      const facts = readPackument(body);
      releases.set(item.key, facts);
      if (facts.sourceRepo !== undefined) sourceRepos.set(item.key, facts.sourceRepo);
    } catch (error) {
      failures.push(error instanceof LookupError ? error.message : String(error));
    }
  });
  if (checks.has('deprecated')) {
    for (const item of npm) {
      const facts = releases.get(item.key);
      for (const v of item.versions) {
        const message = facts?.deprecated.get(v.version);
        if (message !== undefined) add(item.key, { kind: 'deprecated', version: v.version, detail: message });
      }
    }
    const others = items.length - npm.length;
    if (others > 0)
      notes.push(`deprecation: checked for npm only; ${others} item(s) of other ecosystems not checked`);
  }

  if (checks.has('obsolete')) {
    const viaDepsDev = items.filter((i) => DEPS_DEV_SYSTEMS[i.ecosystem] !== undefined);
    capped('deps.dev', Math.max(0, viaDepsDev.length - max));
    await mapWithLimit(viaDepsDev.slice(0, max), limit, async (item) => {
      const system = DEPS_DEV_SYSTEMS[item.ecosystem]!;
      const name = item.ecosystem === 'PyPI' ? normalizePythonName(item.name) : item.name;
      const url = `${options.depsDevUrl.replace(/\/+$/, '')}/v3/systems/${system}/packages/${encodeURIComponent(name)}`;
      requests.depsDev++;
      try {
        const { status, body } = await options.http.getJson(url, { allowNotFound: true });
        if (status !== 404) releases.set(item.key, readDepsDevPackage(body));
      } catch (error) {
        failures.push(error instanceof LookupError ? error.message : String(error));
      }
    });
    const cutoff = options.today.getTime() - days * DAY_MS;
    for (const item of items) {
      const latest = releases.get(item.key)?.latest;
      if (latest === undefined || Date.parse(latest.at) >= cutoff) continue;
      add(item.key, {
        kind: 'obsolete',
        detail: `latest release ${latest.version} on ${latest.at.slice(0, 10)}, more than ${days} days ago`,
      });
    }
    const unsupported = items.filter(
      (i) => i.ecosystem !== 'npm' && DEPS_DEV_SYSTEMS[i.ecosystem] === undefined,
    );
    if (unsupported.length > 0)
      notes.push(
        `obsolescence: not checked for ${[...new Set(unsupported.map((i) => i.ecosystem))].join(', ')} (${unsupported.length} item(s))`,
      );
  }

  if (checks.has('archived')) {
    if (options.isArchived === undefined) {
      notes.push('archived repositories: not checked (no GitHub client)');
    } else {
      // The repository a name points at, then the packument's, then deps.dev's or the registry's links.
      for (const item of items) {
        const fromName = repoFromName(item.ecosystem, item.name);
        if (fromName !== undefined) sourceRepos.set(item.key, fromName);
      }
      const needLinks = items.filter((i) => i.ecosystem !== 'npm' && !sourceRepos.has(i.key));
      capped('source repositories', Math.max(0, needLinks.length - max));
      await mapWithLimit(needLinks.slice(0, max), limit, async (item) => {
        const version = item.versions[item.versions.length - 1]?.version;
        if (version === undefined) return;
        requests.depsDev++;
        try {
          const facts = await lookupVersionFacts(
            options.http,
            { depsDev: options.depsDevUrl, registries: DEFAULT_REGISTRY_URLS },
            item.ecosystem,
            item.name,
            version,
          );
          if (facts.links.sourceRepo !== undefined) sourceRepos.set(item.key, facts.links.sourceRepo);
        } catch (error) {
          failures.push(error instanceof LookupError ? error.message : String(error));
        }
      });
      const byRepo = new Map<string, { owner: string; repo: string; url: string; keys: string[] }>();
      for (const [key, url] of sourceRepos) {
        const gh = parseGitHubRepo(url);
        if (!gh) continue;
        const id = `${gh.owner}/${gh.repo}`.toLowerCase();
        const entry = byRepo.get(id) ?? { ...gh, url: `https://github.com/${gh.owner}/${gh.repo}`, keys: [] };
        entry.keys.push(key);
        byRepo.set(id, entry);
      }
      const repos = [...byRepo.values()].sort((a, b) => (a.url < b.url ? -1 : 1));
      capped('archived repositories', Math.max(0, repos.length - max));
      const isArchived = options.isArchived;
      await mapWithLimit(repos.slice(0, max), Math.min(limit, 4), async (repo) => {
        requests.repositories++;
        let archived: boolean | undefined;
        try {
          archived = await isArchived({ owner: repo.owner, repo: repo.repo });
        } catch (error) {
          failures.push(`${repo.url}: ${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        if (archived !== true) return;
        for (const key of repo.keys)
          add(key, {
            kind: 'archived',
            detail: `${repo.owner}/${repo.repo} is archived (read-only, no longer maintained there)`,
            url: repo.url,
          });
      });
      const elsewhere = items.length - [...byRepo.values()].reduce((n, r) => n + r.keys.length, 0);
      if (elsewhere > 0)
        notes.push(
          `archived repositories: ${elsewhere} item(s) have no known github.com repository; not checked`,
        );
    }
  }
  if (failures.length > 0)
    notes.push(
      `${failures.length} lookup(s) for these checks failed; those items are not checked (first: ${escapeText(failures[0]!, 200)})`,
    );
  for (const list of findings.values())
    list.sort((a, b) =>
      a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : (a.version ?? '') < (b.version ?? '') ? -1 : 1,
    );
  return { findings, notes, requests };
}
