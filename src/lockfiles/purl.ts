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

/** Where a git-pinned package's code comes from: the repository and the commit. */
export interface VcsPin {
  /** The repository URL as the lockfile writes it (`git+https://…`, `https://…`, `git@host:path`). */
  url: string;
  commit: string;
}

/**
 * The purl of a package. A git-pinned one carries the purl spec's `vcs_url` qualifier
 * (`git+https://host/repo@<commit>`), so two commits under one version are two purls: the SOUP list
 * and the SBOM, which key items by purl, keep them apart, and the purl says where the code is from.
 */
export function makePurl(ecosystem: Ecosystem, name: string, version: string, vcs?: VcsPin): string {
  if (vcs === undefined && ecosystem === 'npm' && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version)) {
    return `pkg:npm/${name.charCodeAt(0) === 64 ? `%40${name.slice(1)}` : name}@${version}`;
  }
  const qualifier = vcs === undefined ? undefined : vcsUrl(vcs);
  const key = `${ecosystem}\u0000${name}\u0000${version}\u0000${qualifier ?? ''}`;
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
      qualifier === undefined ? parts.qualifiers : { ...parts.qualifiers, vcs_url: qualifier },
      parts.subpath,
    ).toString();
  } catch {
    // A name the purl spec rejects (hostile or malformed input) still needs an identifier; the
    // percent-encoded fallback keeps it unambiguous without throwing from deep inside a parser.
    // encodeURIComponent throws on a lone surrogate (JS strings can hold one, UTF-8 files can't):
    // replace it, as String.prototype.toWellFormed does, so the fallback itself never throws.
    purl = `pkg:${PURL_TYPE[ecosystem]}/${encodeURIComponent(toWellFormed(name))}${version ? `@${encodeURIComponent(toWellFormed(version))}` : ''}${qualifier === undefined ? '' : `?vcs_url=${encodeURIComponent(toWellFormed(qualifier))}`}`;
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

/**
 * `vcs_url` as the purl spec writes it: `<vcs>+<url>@<commit>`. The lockfile's own pin (`#<sha>`,
 * `?rev=…`) is dropped in favour of the commit, and so is any user:password or token before the
 * host: a lockfile may carry an access token in a git URL, and a purl travels into SBOMs.
 */
export function vcsUrl(vcs: VcsPin): string {
  let url = vcs.url.trim();
  const cut = url.search(/[#?]/);
  if (cut !== -1) url = url.slice(0, cut);
  const shorthand = /^(github|gitlab|bitbucket):(?!\/\/)(.*)$/.exec(url);
  const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };
  if (shorthand) url = `https://${host[shorthand[1] as keyof typeof host]}/${shorthand[2]}`;
  // scp-like `[user@]host:path`, which git reads as ssh.
  const scp = /^(?:([^@/:]+)@)?([^/:]+):(?!\/\/)(.+)$/.exec(url);
  if (scp && !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(url.slice(0, url.indexOf(':'))))
    url = `ssh://${scp[1] === undefined ? '' : `${scp[1]}@`}${scp[2]}/${scp[3]}`;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (scheme) {
    const rest = url.slice(scheme[0].length);
    const slash = rest.indexOf('/');
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    const at = authority.lastIndexOf('@');
    // ssh's conventional `git@` names no secret and is needed to clone; any other user part goes.
    const keep = at !== -1 && authority.slice(0, at) === 'git' ? 'git@' : '';
    url = `${scheme[1]}://${keep}${authority.slice(at + 1)}${slash === -1 ? '' : rest.slice(slash)}`;
    if (!scheme[1]!.toLowerCase().startsWith('git')) url = `git+${url}`;
  }
  return `${url}@${vcs.commit}`;
}

/** Empties the memo: benchmarks call it so repeated runs don't measure a warm cache. */
export function resetPurlCache(): void {
  cache.clear();
}
