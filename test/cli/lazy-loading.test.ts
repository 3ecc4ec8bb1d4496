// A command loads only its own code: `--help` prints from the CLI entry alone, with no lockfile
// parser, no CycloneDX library and no GitHub client, so start-up costs little more than Node's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const HOOK = resolve('test/support/record-loads.mjs');

function modulesLoadedBy(args: string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'soup-gate-loads-')), 'loads.log');
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', HOOK, resolve('src/cli/index.ts'), ...args],
    { encoding: 'utf8', env: { ...process.env, SOUP_GATE_LOAD_LOG: log } },
  );
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

const HEAVY = [
  /\/src\/lockfiles\/(?!types\.ts)/,
  /\/node_modules\/(?:@cyclonedx|@octokit|@actions|undici|js-yaml|yaml|smol-toml|@yarnpkg|fast-xml-parser|jsonc-parser|picomatch)\//,
  /\/src\/(?:documents|enrich|monitor|register|github|app|inventory)\//,
];

// The registry and the helpers every parser shares are not parsers.
const SHARED = /\/src\/lockfiles\/(?:index|paths|errors|limits|types|purl|package-json)\.ts$/;
const isParser = (url: string): boolean => /\/src\/lockfiles\//.test(url) && !SHARED.test(url);

describe('lazy loading', () => {
  it('--help loads no parser, no CycloneDX and no Octokit module', () => {
    const loaded = modulesLoadedBy(['--help']);
    // The hook sees the entry itself, so an empty log cannot pass for a quiet one.
    expect(loaded.some((url) => url.endsWith('/src/cli/index.ts'))).toBe(true);
    expect(loaded.filter((url) => HEAVY.some((pattern) => pattern.test(url)))).toEqual([]);
  });

  it('a diff of npm lockfiles loads the npm parser only, and no CycloneDX or Octokit', () => {
    const loaded = modulesLoadedBy(['diff', '--base', 'examples/demo/base', '--head', 'examples/demo/base']);
    expect(loaded.filter(isParser)).toEqual([]);
    const bump = modulesLoadedBy([
      'diff',
      '--base',
      'examples/demo/base',
      '--head',
      'examples/demo/head',
      '--quiet',
    ]);
    const parsers = bump.filter(isParser);
    expect(parsers.map((url) => url.split('/src/lockfiles/')[1]).sort()).toEqual(
      expect.arrayContaining(['npm.ts', 'python/requirements.ts']),
    );
    expect(parsers.some((url) => /\/(?:yarn|pnpm|cargo|maven|pub)\.ts$/.test(url))).toBe(false);
    expect(bump.some((url) => /@cyclonedx|@octokit|undici/.test(url))).toBe(false);
    // Piped, diff prints JSON: nothing measures terminal columns (string-width costs 40–170 ms to load).
    expect(
      bump.filter((url) => /\/node_modules\/string-width\/|\/src\/documents\/text\/table\.ts$/.test(url)),
    ).toEqual([]);
  });
});
