import type { Ecosystem } from './types.js';
import { npmScheme } from './npm.js';
import type { VersionScheme } from './types.js';
import { goScheme } from './go.js';
import { cargoScheme } from './cargo.js';
import { rubygemsScheme } from './rubygems.js';
import { packagistScheme } from './packagist.js';
import { githubActionsScheme } from './github-actions.js';
import { pypiScheme } from './pypi.js';
import { nugetScheme } from './nuget.js';
import { mavenScheme } from './maven.js';
import { pubScheme } from './pub.js';
import { swiftScheme } from './swift.js';
import { dockerScheme } from './docker.js';

const SCHEMES: Partial<Record<Ecosystem, VersionScheme>> = {
  npm: npmScheme,
  Go: goScheme,
  'crates.io': cargoScheme,
  RubyGems: rubygemsScheme,
  Packagist: packagistScheme,
  'GitHub Actions': githubActionsScheme,
  PyPI: pypiScheme,
  NuGet: nugetScheme,
  Maven: mavenScheme,
  Pub: pubScheme,
  SwiftURL: swiftScheme,
  docker: dockerScheme,
};

export type Bump = 'major' | 'minor' | 'patch' | 'prerelease' | 'downgrade' | 'unknown';

export function getVersionScheme(ecosystem: Ecosystem): VersionScheme | undefined {
  return SCHEMES[ecosystem];
}

/** Orders two versions of one ecosystem; null when either can't be ordered. */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | null {
  return SCHEMES[ecosystem]?.compare(a, b) ?? null;
}

/**
 * The bump class of an update. A change in the first release component is major, second minor,
 * third (or later) patch; when only the pre-release/build part moves it is "prerelease". Anything
 * the ecosystem's rules can't order is "unknown", never guessed.
 */
export function classifyBump(ecosystem: Ecosystem, from: string, to: string): Bump {
  const scheme = SCHEMES[ecosystem];
  if (!scheme) return 'unknown';
  const order = scheme.compare(from, to);
  const a = scheme.parse(from);
  const b = scheme.parse(to);
  if (order === null || !a || !b) return 'unknown';
  if (order > 0) return 'downgrade';
  if (order === 0) return 'unknown';
  const length = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < length; i++) {
    if ((a.release[i] ?? 0) !== (b.release[i] ?? 0)) return i === 0 ? 'major' : i === 1 ? 'minor' : 'patch';
  }
  return 'prerelease';
}

export type { VersionScheme, ParsedVersion } from './types.js';
