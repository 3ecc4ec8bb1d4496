// `soup-gate --help` prints from the CLI entry alone: no text renderer, no colour or width library.
// (lazy-loading.test.ts holds the same rule for parsers, CycloneDX and Octokit.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function modulesLoadedBy(args: string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'soup-gate-loads-')), 'loads.log');
  const result = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      resolve('test/support/record-loads.mjs'),
      resolve('src/cli/index.ts'),
      ...args,
    ],
    { encoding: 'utf8', env: { ...process.env, SOUP_GATE_LOAD_LOG: log } },
  );
  expect(result.status, result.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

const TEXT =
  /\/node_modules\/(?:picocolors|string-width|get-east-asian-width|strip-ansi|ansi-regex)\/|\/src\/documents\/text\//;

describe('start-up of the text output', () => {
  it('--help loads no renderer and no colour or width library', () => {
    const loaded = modulesLoadedBy(['--help']);
    expect(loaded.some((url) => url.endsWith('/src/cli/index.ts'))).toBe(true);
    expect(loaded.filter((url) => TEXT.test(url))).toEqual([]);
  });

  it('a JSON diff loads no text renderer, a text diff loads them (so the check above can fail)', () => {
    const args = ['diff', '--base', 'examples/demo/base', '--head', 'examples/demo/head', '--quiet'];
    const json = modulesLoadedBy(args);
    expect(json.filter((url) => /\/src\/documents\/text\/(?!table|terminal-text|style)/.test(url))).toEqual(
      [],
    );
    const text = modulesLoadedBy([...args, '--format', 'text']);
    expect(text.some((url) => url.endsWith('/src/documents/text/diff.ts'))).toBe(true);
    expect(text.some((url) => /\/node_modules\/picocolors\//.test(url))).toBe(true);
  });
});
