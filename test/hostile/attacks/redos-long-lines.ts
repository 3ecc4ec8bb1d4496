import { FORMATS } from '../../../src/lockfiles/index.js';
import type { Attack, HostileInput } from '../types.js';

/** A path each format claims, to aim the long lines at every parser. */
export const FORMAT_PATHS: Record<string, string> = {
  'go-mod': 'go.mod',
  cargo: 'Cargo.lock',
  bundler: 'Gemfile.lock',
  composer: 'composer.lock',
  'github-actions': '.github/workflows/ci.yml',
  requirements: 'requirements.txt',
  poetry: 'poetry.lock',
  pipfile: 'Pipfile.lock',
  uv: 'uv.lock',
  pdm: 'pdm.lock',
  nuget: 'packages.lock.json',
  gradle: 'gradle.lockfile',
  maven: 'pom.xml',
  pub: 'pubspec.lock',
  swiftpm: 'Package.resolved',
  npm: 'package-lock.json',
  bun: 'bun.lock',
  'bun-lockb': 'bun.lockb',
  pnpm: 'pnpm-lock.yaml',
  yarn: 'yarn.lock',
  dockerfile: 'Dockerfile',
  compose: 'docker-compose.yml',
};

const N = 50_000;

/**
 * Lines built to make a backtracking regex go quadratic or exponential: long runs of one character,
 * of almost-matching prefixes, of separators with no terminator. Each parser must finish; the test's
 * timeout is the hang detector.
 */
export function adversarialLines(): string[] {
  return [
    'a'.repeat(N),
    ' '.repeat(N) + 'x',
    '\t'.repeat(N) + '!',
    '@'.repeat(N),
    '-'.repeat(N),
    '='.repeat(N),
    '"'.repeat(N),
    "'".repeat(N),
    '/'.repeat(N),
    '\\'.repeat(N),
    '#'.repeat(N),
    'a@'.repeat(N / 2),
    'a=='.repeat(N / 3),
    'a ('.repeat(N / 3),
    '- '.repeat(N / 2),
    '  '.repeat(N / 2) + 'a:',
    'v1.'.repeat(N / 3),
    '1.'.repeat(N / 2) + 'x',
    '<!-- soup-gate:item '.repeat(N / 20),
    `uses: ${'a/'.repeat(N / 2)}@`,
    `name = "${'\\"'.repeat(N / 2)}`,
    `github.com/${'a.'.repeat(N / 2)} v`,
    `${'a'.repeat(N)}==${'1'.repeat(N)};`,
    `a @ ${'file:'.repeat(N / 5)}`,
    `"${'a@npm:'.repeat(N / 6)}":`,
  ];
}

export const attack: Attack = {
  name: 'redos-long-lines',
  threat: 'T10',
  what: `${N}-character adversarial lines (runs of one character, near-matches, unterminated quotes) for every parser`,
  expect: 'contained',
  inputs: () => {
    const inputs: HostileInput[] = [];
    for (const format of FORMATS) {
      const path = FORMAT_PATHS[format.id];
      if (!path) throw new Error(`redos-long-lines: no path for format ${format.id}`);
      // All lines in one file, and each after a plausible header, so line-based parsers see them.
      inputs.push({ path, text: adversarialLines().join('\n') });
      inputs.push({
        path,
        text: `version = 3\n__metadata:\n  version: 8\nGEM\n  specs:\n${adversarialLines()
          .map((l) => `    ${l}`)
          .join('\n')}\n`,
      });
    }
    return inputs;
  },
};
