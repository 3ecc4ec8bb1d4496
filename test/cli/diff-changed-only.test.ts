// A diff costs what changed, not what the repository holds: in a repository with 150+ lockfiles,
// deliberately broken test fixtures among them, a one-lockfile bump reads that lockfile (and its
// manifest) only, through one `git cat-file --batch` process and one tree listing per side.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { selectLockfiles } from '../../src/inventory/inventory.js';

const DEMO = resolve('examples/demo');
const REAL_GIT = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();

let repo: string;
let log: string;
let savedPath: string | undefined;

function git(...args: string[]): string {
  return execFileSync(REAL_GIT, ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
}

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-monorepo-'));
  repo = join(dir, 'repo');
  mkdirSync(repo);
  // Every git process the CLI starts goes through this shim, which logs its arguments and, for
  // cat-file, each object name asked for on its standard input.
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  log = join(dir, 'git.log');
  writeFileSync(
    join(bin, 'git'),
    [
      '#!/bin/sh',
      `echo "$*" >> '${log}'`,
      `if [ "$1" = cat-file ]; then tee -a '${log}.stdin' | '${REAL_GIT}' "$@"; else exec '${REAL_GIT}' "$@"; fi`,
      '',
    ].join('\n'),
  );
  chmodSync(join(bin, 'git'), 0o755);
  writeFileSync(log, '');
  writeFileSync(`${log}.stdin`, '');
  savedPath = process.env.PATH;
  process.env.PATH = `${bin}:${savedPath ?? ''}`;

  git('init', '-q', '-b', 'main');
  // The project's own fixtures, twice over: real lockfiles of every format, and broken ones.
  cpSync(resolve('test/fixtures'), join(repo, 'fixtures'), { recursive: true });
  cpSync(resolve('test/fixtures'), join(repo, 'examples/fixtures'), { recursive: true });
  mkdirSync(join(repo, 'broken/npm'), { recursive: true });
  writeFileSync(join(repo, 'broken/npm/package-lock.json'), '{ "lockfileVersion": 3, "packages": {,} }');
  mkdirSync(join(repo, 'broken/yarn'), { recursive: true });
  writeFileSync(join(repo, 'broken/yarn/yarn.lock'), 'not: [a lockfile\n');
  mkdirSync(join(repo, 'broken/pnpm'), { recursive: true });
  writeFileSync(join(repo, 'broken/pnpm/pnpm-lock.yaml'), "lockfileVersion: '99.0'\n");
  cpSync(join(DEMO, 'base'), join(repo, 'app'), { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'base');
  cpSync(join(DEMO, 'head/package-lock.json'), join(repo, 'app/package-lock.json'));
  cpSync(join(DEMO, 'head/package.json'), join(repo, 'app/package.json'));
  git('commit', '-qam', 'bump express');
});

afterAll(() => {
  process.env.PATH = savedPath;
});

describe('diff of a one-lockfile bump in a repository of 150+ lockfiles', () => {
  it('holds broken lockfiles the commit never touched', () => {
    const lockfiles = selectLockfiles(git('ls-files').trim().split('\n'));
    expect(lockfiles.length).toBeGreaterThan(150);
    expect(lockfiles).toContain('broken/npm/package-lock.json');
  });

  it('reads only the changed lockfile and its manifest, with 3 git processes, and exits 0', async () => {
    writeFileSync(log, '');
    writeFileSync(`${log}.stdin`, '');
    let stdout = '';
    let stderr = '';
    const code = await runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--repo', repo], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: repo,
    });
    expect(stderr).not.toMatch(/broken|invalid/);
    expect(code).toBe(0);

    const processes = readFileSync(log, 'utf8').trim().split('\n');
    expect(processes.map((p) => p.split(' ').slice(0, 2).join(' ')).sort()).toEqual([
      'cat-file --batch',
      'ls-tree -r',
      'ls-tree -r',
    ]);
    const blob = (rev: string, path: string): string => git('rev-parse', `${rev}:${path}`).trim();
    const asked = readFileSync(`${log}.stdin`, 'utf8').trim().split('\n');
    expect(asked).toEqual([
      'HEAD~1^{commit}',
      'HEAD^{commit}',
      blob('HEAD~1', 'app/package-lock.json'),
      blob('HEAD', 'app/package-lock.json'),
      blob('HEAD~1', 'app/package.json'),
      blob('HEAD', 'app/package.json'),
    ]);

    const output = JSON.parse(stdout) as {
      lockfiles: { path: string; status: string }[];
      changes: { name: string; from: string; to: string; lockfile: string }[];
      findings: unknown[];
    };
    expect(output.changes).toContainEqual(
      expect.objectContaining({
        name: 'express',
        from: '4.19.2',
        to: '4.21.1',
        lockfile: 'app/package-lock.json',
      }),
    );
    expect(new Set(output.changes.map((c) => c.lockfile))).toEqual(new Set(['app/package-lock.json']));
    const statuses = new Map(output.lockfiles.map((l) => [l.path, l.status]));
    expect(statuses.get('app/package-lock.json')).toBe('modified');
    expect(statuses.get('broken/npm/package-lock.json')).toBe('unchanged');
    expect(output.lockfiles.filter((l) => l.status !== 'unchanged').map((l) => l.path)).toEqual([
      'app/package-lock.json',
    ]);
    // One progress line, for the one lockfile that changed.
    expect(stderr.split('\n').filter((line) => /^\[\d+\/\d+\]/.test(line))).toEqual([
      expect.stringMatching(/^\[1\/1\] app\/package-lock\.json \(\d+ → \d+ bytes\)$/),
    ]);
  });

  it('still fails closed when the commit touches a broken lockfile, and names --ignore', async () => {
    writeFileSync(join(repo, 'broken/npm/package-lock.json'), '{ "lockfileVersion": 3, "packages": {,,} }');
    git('commit', '-qam', 'touch a broken fixture');
    let stderr = '';
    const args = ['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--repo', repo, '--quiet'];
    const io = { stdout: () => {}, stderr: (t: string) => (stderr += t), cwd: repo };
    expect(await runCli(args, io)).toBe(2);
    expect(stderr).toMatch(/broken\/npm\/package-lock\.json:1: invalid JSON/);
    expect(stderr).toContain("--ignore 'broken/npm/package-lock.json'");
    expect(await runCli([...args, '--ignore', 'broken/**'], io)).toBe(0);
  });

  it('calls a lockfile whose bytes changed but whose packages did not modified, with no changes', async () => {
    const path = join(repo, 'app/package-lock.json');
    writeFileSync(path, `${readFileSync(path, 'utf8').trimEnd()}\n\n`);
    git('commit', '-qam', 'whitespace only');
    let stdout = '';
    const code = await runCli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--repo', repo, '--quiet'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      cwd: repo,
    });
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { lockfiles: { path: string; status: string; changes: number }[] };
    expect(output.lockfiles.filter((l) => l.status !== 'unchanged')).toEqual([
      { path: 'app/package-lock.json', status: 'modified', format: 'npm-v3', changes: 0 },
    ]);
  });
});
