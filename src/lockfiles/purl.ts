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
};

/**
 * Splits a name into purl namespace and name as the purl spec defines per type: npm scopes,
 * Go module paths and Swift URLs by their last `/`, Maven `group:artifact`, Composer `vendor/name`,
 * GitHub Actions `owner/repo[/path]` (the path becomes the subpath).
 */
function splitName(
  ecosystem: Ecosystem,
  name: string,
): { namespace?: string; name: string; subpath?: string } {
  switch (ecosystem) {
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
      undefined,
      parts.subpath,
    ).toString();
  } catch {
    // A name the purl spec rejects (hostile or malformed input) still needs an identifier; the
    // percent-encoded fallback keeps it unambiguous without throwing from deep inside a parser.
    // encodeURIComponent throws on a lone surrogate (JS strings can hold one, UTF-8 files can't):
    // replace it, as String.prototype.toWellFormed does, so the fallback itself never throws.
    purl = `pkg:${PURL_TYPE[ecosystem]}/${encodeURIComponent(toWellFormed(name))}${version ? `@${encodeURIComponent(toWellFormed(version))}` : ''}`;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, purl);
  return purl;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// String.prototype.toWellFormed is ES2024; the CLI supports Node 20 with an ES2023 library.
function toWellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Empties the memo: benchmarks call it so repeated runs don't measure a warm cache. */
export function resetPurlCache(): void {
  cache.clear();
}
