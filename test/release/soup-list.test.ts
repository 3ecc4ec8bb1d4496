/**
 * soup-gate's own SOUP list (soup/SOUP.md, soup/sbom.cdx.json) is checked in CI by
 * `npm run soup:check`. These tests run the package.json scripts themselves, on a copy of the
 * files the list is made from, to show the check holds on the committed state and fails when a
 * lockfile or a workflow changes without the list being regenerated.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parsePolicyFile } from '../../src/config/policy.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
const policy = parsePolicyFile('.github/soup-gate.yml', readFileSync('.github/soup-gate.yml', 'utf8'));

/** The `--ignore "<glob>"` arguments of a script, in order. */
function ignoreGlobs(script: string): string[] {
  return [...script.matchAll(/--ignore "([^"]+)"/g)].map((m) => m[1]!);
}

// Everything the repository's inventory reads once test/** and examples/** are ignored.
const INPUTS = ['package.json', 'package-lock.json', 'action.yml', '.github', 'soup'];

const copies: string[] = [];
afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the SOUP list's inputs, with this checkout's dist/ linked in so the scripts run as here. */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-own-list-'));
  copies.push(dir);
  for (const path of INPUTS) cpSync(path, join(dir, path), { recursive: true });
  symlinkSync(resolve('dist'), join(dir, 'dist'), 'dir');
  return dir;
}

function runScript(dir: string, script: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('npm', ['run', '-s', script], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function edit(path: string, from: RegExp | string, to: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: nothing matched ${String(from)}`);
  writeFileSync(path, next);
}

describe('the project’s own SOUP list', () => {
  it('soup:check and soup:update leave out the same test data the policy ignores', () => {
    expect(policy.ignore.paths).toEqual(['test/**', 'examples/**']);
    expect(ignoreGlobs(pkg.scripts['soup:check']!)).toEqual(policy.ignore.paths);
    // soup:update runs check, then list: both with the policy's globs.
    expect(ignoreGlobs(pkg.scripts['soup:update']!)).toEqual([
      ...policy.ignore.paths,
      ...policy.ignore.paths,
    ]);
    expect(policy.register).toBe('soup/register.yml');
    expect(policy.outputs).toEqual({
      list: 'soup/SOUP.md',
      sbom: 'soup/sbom.cdx.json',
      changes: 'soup/changes',
    });
  });

  it('passes soup:check as committed, fails it after a lockfile change, and passes again after soup:update', () => {
    const dir = copyProject();
    const clean = runScript(dir, 'soup:check');
    expect(clean.stderr).toContain('soup/SOUP.md and soup/sbom.cdx.json are up to date');
    expect(clean.status).toBe(0);

    // A runtime dependency moves to another version, as a Dependabot PR would do it.
    edit(
      join(dir, 'package-lock.json'),
      /(?<="node_modules\/semver": \{\s*"version": ")\d+\.\d+\.\d+(?=")/,
      '7.99.0',
    );
    const stale = runScript(dir, 'soup:check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('the committed SOUP list is out of date');
    expect(stale.stdout).toContain('+| <code>semver</code> | <code>7.99.0</code>');
    expect(stale.stdout).toContain('pkg:npm/semver@7.99.0');

    const update = runScript(dir, 'soup:update');
    expect(update.status).toBe(0);
    expect(readFileSync(join(dir, 'soup/SOUP.md'), 'utf8')).toContain('<code>7.99.0</code>');
    expect(runScript(dir, 'soup:check').status).toBe(0);
  });

  it('fails soup:check when a workflow moves an action without the list being regenerated', () => {
    const dir = copyProject();
    edit(
      join(dir, '.github/workflows/ci.yml'),
      /actions\/setup-node@[0-9a-f]{40} # v[\d.]+/,
      'actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0',
    );
    const stale = runScript(dir, 'soup:check');
    expect(stale.status).toBe(1);
    expect(stale.stdout).toContain('<code>v4.4.0</code>');
  });

  it('soup:update leaves the files byte for byte as they were when nothing changed', () => {
    const dir = copyProject();
    const before = [readFileSync(join(dir, 'soup/SOUP.md')), readFileSync(join(dir, 'soup/sbom.cdx.json'))];
    expect(runScript(dir, 'soup:update').status).toBe(0);
    expect(readFileSync(join(dir, 'soup/SOUP.md')).equals(before[0]!)).toBe(true);
    expect(readFileSync(join(dir, 'soup/sbom.cdx.json')).equals(before[1]!)).toBe(true);
  });
});
