/**
 * Register keys: `<ecosystem>/<name>`, with the ecosystem spelled as OSV and the SOUP list spell it
 * (`npm/express`, `npm/@types/node`, `PyPI/requests`, `Go/github.com/pkg/errors`,
 * `Maven/org.slf4j:slf4j-api`, `crates.io/serde`, `GitHub Actions/actions/checkout`, `docker/node`).
 *
 * People type these by hand, so matching is forgiving where the registry itself is: the ecosystem is
 * matched case-insensitively (`pypi/requests` works), PyPI names by PEP 503 (`PyYAML` = `pyyaml`),
 * NuGet, Packagist and GitHub Actions names case-insensitively. Everything else is exact, because
 * those registries tell names apart by case.
 */
import type { Ecosystem } from '../lockfiles/types.js';
import { normalizePythonName } from '../lockfiles/python/normalize.js';

export const ECOSYSTEMS: readonly Ecosystem[] = [
  'npm',
  'PyPI',
  'Go',
  'crates.io',
  'RubyGems',
  'Packagist',
  'NuGet',
  'Maven',
  'Pub',
  'SwiftURL',
  'GitHub Actions',
  'docker',
];

const BY_LOWER = new Map(ECOSYSTEMS.map((e) => [squash(e), e]));

function squash(ecosystem: string): string {
  return ecosystem.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The canonical key written for a package, e.g. `npm/express`. */
export function registerKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}/${name}`;
}

/** The name as its registry compares names. */
export function normalizeRegisterName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'PyPI':
      return normalizePythonName(name);
    case 'NuGet':
    case 'Packagist':
    case 'GitHub Actions':
      return name.toLowerCase();
    default:
      return name;
  }
}

/** The key two spellings of the same package share. */
export function registerLookupKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem.toLowerCase()}/${normalizeRegisterName(ecosystem, name)}`;
}

/** Splits a key at its first `/`; undefined when the part before it is not an ecosystem we know. */
export function parseRegisterKey(key: string): { ecosystem: Ecosystem; name: string } | undefined {
  const slash = key.indexOf('/');
  if (slash <= 0 || slash === key.length - 1) return undefined;
  const ecosystem = BY_LOWER.get(squash(key.slice(0, slash)));
  const name = key.slice(slash + 1).trim();
  if (!ecosystem || name === '') return undefined;
  return { ecosystem, name };
}
