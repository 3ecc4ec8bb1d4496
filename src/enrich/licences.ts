/**
 * Licences and links of one package version: deps.dev (GET /v3/systems/{system}/packages/{name}/
 * versions/{version}) for the ecosystems it serves, the registry's own JSON API for RubyGems,
 * Packagist and pub.dev, and nothing (licence unknown) for SwiftURL and GitHub Actions, whose
 * source repository is at least known from the name.
 */
import type { Ecosystem } from '../lockfiles/types.js';
import { normalizePythonName } from '../lockfiles/python/normalize.js';
import { LookupError, type HttpClient } from './http.js';
import { isSpdxExpression } from './licence-policy.js';
import type { LicenceSide, LicenceSource, PackageLinks } from './types.js';

export interface RegistryUrls {
  rubygems?: string;
  packagist?: string;
  pub?: string;
}

export const DEFAULT_REGISTRY_URLS: Required<RegistryUrls> = {
  rubygems: 'https://rubygems.org',
  packagist: 'https://repo.packagist.org',
  pub: 'https://pub.dev',
};

const DEPS_DEV_SYSTEMS: Partial<Record<Ecosystem, string>> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'go',
  'crates.io': 'cargo',
  Maven: 'maven',
  NuGet: 'nuget',
};

export interface VersionFacts {
  licence: LicenceSide;
  links: PackageLinks;
}

const trimBase = (url: string): string => url.replace(/\/+$/, '');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];

/**
 * One expression from a registry's list. `conjunction` says what the list means: deps.dev's list is
 * "governed by multiple licences" and a gem's list is not defined, so both are read as AND (the
 * reading that can only fail closed); Composer documents its array as a choice (OR).
 */
function combine(
  declared: string[],
  conjunction: 'AND' | 'OR',
): { expression: string | null; note?: string } {
  if (declared.length === 0) return { expression: null, note: 'the registry lists no licence' };
  const bad = declared.find((d) => !isSpdxExpression(d));
  if (bad !== undefined) return { expression: null, note: `"${bad}" is not an SPDX licence expression` };
  if (declared.length === 1) return { expression: declared[0]! };
  return { expression: declared.map((d) => `(${d})`).join(` ${conjunction} `) };
}

function side(
  version: string,
  source: LicenceSource,
  declared: string[],
  conjunction: 'AND' | 'OR',
): LicenceSide {
  const { expression, note } = combine(declared, conjunction);
  return { version, expression, declared, source, ...(note !== undefined ? { note } : {}) };
}

function unknownSide(version: string, source: LicenceSource, note: string): LicenceSide {
  return { version, expression: null, declared: [], source, note };
}

/** The repository a name itself points at, where the ecosystem names packages by repository. */
export function repoFromName(ecosystem: Ecosystem, name: string): string | undefined {
  if (ecosystem === 'GitHub Actions') {
    const [owner, repo] = name.split('/');
    return owner && repo ? `https://github.com/${owner}/${repo}` : undefined;
  }
  if (ecosystem === 'SwiftURL' || ecosystem === 'Go') {
    const match = /^(?:https?:\/\/)?(github\.com|gitlab\.com)\/([^/]+)\/([^/]+?)(?:\.git)?(?:\/|$)/i.exec(
      name,
    );
    return match ? `https://${match[1]!.toLowerCase()}/${match[2]}/${match[3]}` : undefined;
  }
  return undefined;
}

async function fromDepsDev(
  http: HttpClient,
  depsDevUrl: string,
  system: string,
  ecosystem: Ecosystem,
  name: string,
  version: string,
): Promise<VersionFacts> {
  const queryName = ecosystem === 'PyPI' ? normalizePythonName(name) : name;
  const url = `${trimBase(depsDevUrl)}/v3/systems/${system}/packages/${encodeURIComponent(queryName)}/versions/${encodeURIComponent(version)}`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  if (status === 404) {
    return {
      licence: unknownSide(version, 'deps.dev', `deps.dev does not know ${name} ${version}`),
      links: {},
    };
  }
  if (!isRecord(body)) throw new LookupError(url, 'response is not a JSON object');
  const links: PackageLinks = {};
  for (const link of Array.isArray(body.links) ? body.links.filter(isRecord) : []) {
    const target = str(link.url);
    if (target === undefined) continue;
    if (link.label === 'SOURCE_REPO') links.sourceRepo ??= target;
    else if (link.label === 'ISSUE_TRACKER') links.issueTracker ??= target;
    else if (link.label === 'HOMEPAGE') links.homepage ??= target;
  }
  return { licence: side(version, 'deps.dev', strings(body.licenses), 'AND'), links };
}

async function fromRubygems(
  http: HttpClient,
  base: string,
  name: string,
  version: string,
): Promise<VersionFacts> {
  const url = `${trimBase(base)}/api/v2/rubygems/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}.json`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  if (status === 404) {
    return {
      licence: unknownSide(version, 'rubygems', `rubygems.org does not know ${name} ${version}`),
      links: {},
    };
  }
  if (!isRecord(body)) throw new LookupError(url, 'response is not a JSON object');
  const metadata = isRecord(body.metadata) ? body.metadata : {};
  const links: PackageLinks = {};
  const source = str(body.source_code_uri) ?? str(metadata.source_code_uri);
  const issues = str(body.bug_tracker_uri) ?? str(metadata.bug_tracker_uri);
  const homepage = str(body.homepage_uri) ?? str(metadata.homepage_uri);
  const changelog = str(body.changelog_uri) ?? str(metadata.changelog_uri);
  if (source) links.sourceRepo = source;
  if (issues) links.issueTracker = issues;
  if (homepage) links.homepage = homepage;
  if (changelog) links.changelog = changelog;
  return { licence: side(version, 'rubygems', strings(body.licenses), 'AND'), links };
}

/**
 * Composer 2 metadata is "minified": each version lists only what differs from the one before it,
 * and `__unset` removes a key (https://packagist.org/apidoc, "composer/2.0").
 */
export function expandPackagistVersions(entries: unknown[]): Record<string, unknown>[] {
  const expanded: Record<string, unknown>[] = [];
  let previous: Record<string, unknown> = {};
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const current: Record<string, unknown> = { ...previous };
    for (const [key, value] of Object.entries(entry)) {
      // JSON.parse makes `__proto__` an own key; assigning it would swap this object's prototype.
      if (key === '__proto__') continue;
      if (value === '__unset') delete current[key];
      else current[key] = value;
    }
    expanded.push(current);
    previous = current;
  }
  return expanded;
}

const stripV = (v: string): string => v.replace(/^v(?=\d)/i, '');

async function fromPackagist(
  http: HttpClient,
  base: string,
  name: string,
  version: string,
): Promise<VersionFacts> {
  const [vendor, pkg] = name.split('/');
  if (!vendor || !pkg) {
    return {
      licence: unknownSide(version, 'packagist', `"${name}" is not a vendor/package name`),
      links: {},
    };
  }
  const dev = version.startsWith('dev-') || version.endsWith('-dev');
  const url = `${trimBase(base)}/p2/${encodeURIComponent(vendor)}/${encodeURIComponent(pkg)}${dev ? '~dev' : ''}.json`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  const versions =
    isRecord(body) && isRecord(body.packages) && Array.isArray(body.packages[name])
      ? expandPackagistVersions(body.packages[name] as unknown[])
      : undefined;
  if (status === 404 || versions === undefined) {
    if (status !== 404) throw new LookupError(url, `response has no "packages" entry for ${name}`);
    return { licence: unknownSide(version, 'packagist', `Packagist does not know ${name}`), links: {} };
  }
  const entry = versions.find((v) => typeof v.version === 'string' && stripV(v.version) === stripV(version));
  if (entry === undefined) {
    return {
      licence: unknownSide(version, 'packagist', `Packagist lists no version ${version} of ${name}`),
      links: {},
    };
  }
  const links: PackageLinks = {};
  const support = isRecord(entry.support) ? entry.support : {};
  const source = (isRecord(entry.source) ? str(entry.source.url) : undefined) ?? str(support.source);
  if (source) links.sourceRepo = source.replace(/\.git$/, '');
  const issues = str(support.issues);
  if (issues) links.issueTracker = issues;
  const homepage = str(entry.homepage);
  if (homepage) links.homepage = homepage;
  return { licence: side(version, 'packagist', strings(entry.license), 'OR'), links };
}

async function fromPub(http: HttpClient, base: string, name: string, version: string): Promise<VersionFacts> {
  const url = `${trimBase(base)}/api/packages/${encodeURIComponent(name)}/versions/${encodeURIComponent(version)}`;
  const { status, body } = await http.getJson(url, { allowNotFound: true });
  const note = "pub.dev's package API does not give the licence";
  if (status === 404) {
    return {
      licence: unknownSide(version, 'pub.dev', `pub.dev does not know ${name} ${version}`),
      links: {},
    };
  }
  if (!isRecord(body)) throw new LookupError(url, 'response is not a JSON object');
  const pubspec = isRecord(body.pubspec) ? body.pubspec : {};
  const links: PackageLinks = {};
  const repository = str(pubspec.repository);
  const homepage = str(pubspec.homepage);
  const issues = str(pubspec.issue_tracker);
  if (repository) links.sourceRepo = repository;
  else if (homepage && /github\.com|gitlab\.com/i.test(homepage)) links.sourceRepo = homepage;
  if (homepage) links.homepage = homepage;
  if (issues) links.issueTracker = issues;
  return { licence: unknownSide(version, 'pub.dev', note), links };
}

/** Licence and links of one version; throws LookupError when a request fails. */
export async function lookupVersionFacts(
  http: HttpClient,
  urls: { depsDev: string; registries: Required<RegistryUrls> },
  ecosystem: Ecosystem,
  name: string,
  version: string,
): Promise<VersionFacts> {
  const system = DEPS_DEV_SYSTEMS[ecosystem];
  if (system !== undefined) return fromDepsDev(http, urls.depsDev, system, ecosystem, name, version);
  switch (ecosystem) {
    case 'RubyGems':
      return fromRubygems(http, urls.registries.rubygems, name, version);
    case 'Packagist':
      return fromPackagist(http, urls.registries.packagist, name, version);
    case 'Pub':
      return fromPub(http, urls.registries.pub, name, version);
    default: {
      const repo = repoFromName(ecosystem, name);
      return {
        licence: unknownSide(version, 'none', `no licence source for ${ecosystem} packages`),
        links: repo !== undefined ? { sourceRepo: repo } : {},
      };
    }
  }
}
