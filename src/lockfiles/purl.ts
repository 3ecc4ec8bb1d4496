import { PackageURL } from 'packageurl-js';
import type { Ecosystem } from './types.js';

const PURL_TYPE: Record<Ecosystem, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  Packagist: 'composer',
  NuGet: 'nuget',
  Maven: 'maven',
  Pub: 'pub',
  SwiftURL: 'swift',
  'GitHub Actions': 'github',
  docker: 'docker',
};

/**
 * Splits a name into purl namespace and name as the purl spec defines per type: npm scopes,
 * Go module paths and Swift URLs by their last `/`, Maven `group:artifact`, Composer `vendor/name`,
 * GitHub Actions `owner/repo[/path]` (the path becomes the subpath).
 */
function splitName(
  ecosystem: Ecosystem,
  name: string,
): { namespace?: string; name: string; subpath?: string; qualifiers?: Record<string, string> } {
  switch (ecosystem) {
    case 'docker': {
      // Image names as image-reference.ts writes them: `node`, `bitnami/redis`, `gcr.io/distroless/static`.
      // The purl's default repository is Docker Hub; any other registry becomes repository_url.
      const parts = name.split('/');
      const registry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!) ? parts.shift()! : undefined;
      const last = parts.pop()!;
      const namespace = parts.length > 0 ? parts.join('/') : registry === undefined ? 'library' : undefined;
      return {
        ...(namespace !== undefined ? { namespace } : {}),
        name: last,
        ...(registry !== undefined ? { qualifiers: { repository_url: registry } } : {}),
      };
    }
    case 'Maven': {
      const at = name.indexOf(':');
      return at === -1 ? { name } : { namespace: name.slice(0, at), name: name.slice(at + 1) };
    }
    case 'GitHub Actions': {
      const [owner, repo, ...rest] = name.split('/');
      if (!owner || !repo) return { name };
      return rest.length > 0
        ? { namespace: owner, name: repo, subpath: rest.join('/') }
        : { namespace: owner, name: repo };
    }
    case 'npm':
    case 'Go':
    case 'Packagist':
    case 'SwiftURL': {
      const slash = name.lastIndexOf('/');
      return slash <= 0 ? { name } : { namespace: name.slice(0, slash), name: name.slice(slash + 1) };
    }
    default:
      return { name };
  }
}

// Lockfile pairs share most packages, and building a PackageURL validates and encodes every part:
// memoising halves the cost of a base/head parse. Bounded so a long-running process can't grow it forever.
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

// Most npm names and versions need no encoding at all; for them the purl is plain concatenation.
// Building a PackageURL for each was a fifth of a large lockfile's parse time. A property test
// checks this path against packageurl-js on generated names.
const PLAIN_NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
const PLAIN_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]*$/;

export function makePurl(ecosystem: Ecosystem, name: string, version: string): string {
  if (ecosystem === 'npm' && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version)) {
    return `pkg:npm/${name.charCodeAt(0) === 64 ? `%40${name.slice(1)}` : name}@${version}`;
  }
  const key = `${ecosystem}\u0000${name}\u0000${version}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const parts = splitName(ecosystem, name);
  let purl: string;
  try {
    purl = new PackageURL(
      PURL_TYPE[ecosystem],
      parts.namespace,
      parts.name,
      version || undefined,
      parts.qualifiers,
      parts.subpath,
    ).toString();
  } catch {
    // A name the purl spec rejects (hostile or malformed input) still needs an identifier; the
    // percent-encoded fallback keeps it unambiguous without throwing from deep inside a parser.
    purl = `pkg:${PURL_TYPE[ecosystem]}/${encodeURIComponent(name)}${version ? `@${encodeURIComponent(version)}` : ''}`;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, purl);
  return purl;
}

/** Empties the memo: benchmarks call it so repeated runs don't measure a warm cache. */
export function resetPurlCache(): void {
  cache.clear();
}
