import { basename, dirname, isComposePath, isDockerfilePath, joinPath } from './paths.js';
import type { Ecosystem, LockfileFormat } from './types.js';

/**
 * A lockfile format as the registry knows it before its parser is loaded: the files it claims and
 * the manifests it reads beside them. The parser module, and the YAML/TOML/XML library it pulls in,
 * is imported by `load()` only when a file of the format is parsed, so a command pays for the
 * formats it meets and `--help` for none.
 */
export interface FormatEntry {
  /** Short id, e.g. `npm`, `yarn`, `pnpm`, `bun`, `requirements`, `go-mod`. */
  id: string;
  ecosystem: Ecosystem;
  /** Whether a file at this root-relative path is of this format. */
  matches(path: string): boolean;
  /** Root-relative paths of the manifests that tell direct vs transitive for this lockfile. */
  manifests?(lockPath: string): string[];
  load(): Promise<LockfileFormat>;
}

/** A file with one of these names, in any folder. */
function named(...names: string[]): (path: string) => boolean {
  const set = new Set(names);
  return (path) => set.has(basename(path));
}

/** A lockfile inside a committed node_modules belongs to an installed package, not to the project. */
function outsideNodeModules(matches: (path: string) => boolean): (path: string) => boolean {
  return (path) => matches(path) && !path.startsWith('node_modules/') && !path.includes('/node_modules/');
}

/** The manifest of this name in the lockfile's folder. */
function beside(name: string): (lockPath: string) => string[] {
  return (lockPath) => [joinPath(dirname(lockPath), name)];
}

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /^action\.ya?ml$/;
const GRADLE_LEGACY_DIR = /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/;
const NUGET = /^packages(?:\.[^/]+)?\.lock\.json$/;

function isRequirementsPath(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!name.endsWith('.txt')) return false;
  if (/^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/.test(name)) return true;
  return basename(dirname(path)).toLowerCase() === 'requirements';
}

/**
 * Every format we read, one entry each: the first whose `matches` accepts a path claims it.
 * test/lockfiles/registry.test.ts checks each entry against the parser module it loads.
 */
export const FORMATS: readonly FormatEntry[] = [
  {
    id: 'go-mod',
    ecosystem: 'Go',
    matches: named('go.mod'),
    load: async () => (await import('./go-mod.js')).goModFormat,
  },
  {
    id: 'cargo',
    ecosystem: 'crates.io',
    matches: named('Cargo.lock'),
    load: async () => (await import('./cargo.js')).cargoFormat,
  },
  {
    id: 'bundler',
    ecosystem: 'RubyGems',
    matches: named('Gemfile.lock', 'gems.locked'),
    load: async () => (await import('./gemfile.js')).gemfileFormat,
  },
  {
    id: 'composer',
    ecosystem: 'Packagist',
    matches: named('composer.lock'),
    manifests: beside('composer.json'),
    load: async () => (await import('./composer.js')).composerFormat,
  },
  {
    id: 'github-actions',
    ecosystem: 'GitHub Actions',
    matches: (path) => WORKFLOW.test(path) || ACTION_FILE.test(basename(path)),
    load: async () => (await import('./github-actions.js')).githubActionsFormat,
  },
  {
    id: 'requirements',
    ecosystem: 'PyPI',
    matches: isRequirementsPath,
    load: async () => (await import('./python/requirements.js')).requirementsFormat,
  },
  {
    id: 'poetry',
    ecosystem: 'PyPI',
    matches: named('poetry.lock'),
    manifests: beside('pyproject.toml'),
    load: async () => (await import('./python/poetry.js')).poetryFormat,
  },
  {
    id: 'pipfile',
    ecosystem: 'PyPI',
    matches: named('Pipfile.lock'),
    manifests: beside('Pipfile'),
    load: async () => (await import('./python/pipfile.js')).pipfileFormat,
  },
  {
    id: 'uv',
    ecosystem: 'PyPI',
    matches: named('uv.lock'),
    load: async () => (await import('./python/uv.js')).uvFormat,
  },
  {
    id: 'pdm',
    ecosystem: 'PyPI',
    matches: named('pdm.lock'),
    manifests: beside('pyproject.toml'),
    load: async () => (await import('./python/pdm.js')).pdmFormat,
  },
  {
    id: 'nuget',
    ecosystem: 'NuGet',
    matches: (path) => NUGET.test(basename(path)),
    load: async () => (await import('./nuget.js')).nugetFormat,
  },
  {
    id: 'gradle',
    ecosystem: 'Maven',
    matches: (path) =>
      named('gradle.lockfile', 'buildscript-gradle.lockfile', 'settings-gradle.lockfile')(path) ||
      GRADLE_LEGACY_DIR.test(path),
    load: async () => (await import('./gradle.js')).gradleFormat,
  },
  {
    id: 'maven',
    ecosystem: 'Maven',
    matches: named('pom.xml'),
    load: async () => (await import('./maven.js')).mavenFormat,
  },
  {
    id: 'pub',
    ecosystem: 'Pub',
    matches: named('pubspec.lock'),
    load: async () => (await import('./pub.js')).pubFormat,
  },
  {
    id: 'swiftpm',
    ecosystem: 'SwiftURL',
    matches: named('Package.resolved'),
    load: async () => (await import('./swift.js')).swiftFormat,
  },
  {
    id: 'npm',
    ecosystem: 'npm',
    matches: outsideNodeModules(named('package-lock.json', 'npm-shrinkwrap.json')),
    manifests: beside('package.json'),
    load: async () => (await import('./npm.js')).npmFormat,
  },
  {
    id: 'bun',
    ecosystem: 'npm',
    matches: outsideNodeModules(named('bun.lock')),
    load: async () => (await import('./bun.js')).bunFormat,
  },
  {
    id: 'bun-lockb',
    ecosystem: 'npm',
    matches: outsideNodeModules(named('bun.lockb')),
    load: async () => (await import('./bun.js')).bunLockbFormat,
  },
  {
    id: 'pnpm',
    ecosystem: 'npm',
    matches: named('pnpm-lock.yaml'),
    load: async () => (await import('./pnpm.js')).pnpmFormat,
  },
  {
    id: 'yarn',
    ecosystem: 'npm',
    matches: named('yarn.lock'),
    manifests: beside('package.json'),
    load: async () => (await import('./yarn.js')).yarnFormat,
  },
  {
    id: 'dockerfile',
    ecosystem: 'docker',
    matches: isDockerfilePath,
    load: async () => (await import('./dockerfile.js')).dockerfileFormat,
  },
  {
    id: 'compose',
    ecosystem: 'docker',
    matches: isComposePath,
    load: async () => (await import('./compose.js')).composeFormat,
  },
];

/** The format that reads a root-relative path, or undefined when it is not a lockfile we know. */
export function findFormat(path: string): FormatEntry | undefined {
  return FORMATS.find((format) => format.matches(path));
}

/** The parser of a root-relative path, loaded; undefined when no format reads it. */
export async function loadFormat(path: string): Promise<LockfileFormat | undefined> {
  return findFormat(path)?.load();
}

export type * from './types.js';
