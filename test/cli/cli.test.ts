import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';

const DEMO = resolve('examples/demo');

async function cli(
  args: string[],
  cwd = process.cwd(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

interface JsonChange {
  type: string;
  ecosystem: string;
  name: string;
  from: string | null;
  to: string | null;
  direct: boolean | null;
  scope: string;
  lockfile: string;
  bump: string | null;
}

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-git-'));
  const git = (...args: string[]): string =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('init', '-q', '-b', 'main');
  cpSync(join(DEMO, 'base'), dir, { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'base');
  cpSync(join(DEMO, 'head'), dir, { recursive: true });
  git('add', '-A');
  git('commit', '-qm', 'head');
  return dir;
}

describe('soup-gate diff', () => {
  it('prints the JSON contract for two folders', async () => {
    const { code, stdout, stderr } = await cli([
      'diff',
      '--base',
      join(DEMO, 'base'),
      '--head',
      join(DEMO, 'head'),
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('[1/2]');
    const output = JSON.parse(stdout) as { changes: JsonChange[]; lockfiles: unknown[] };
    const express = output.changes.find((c) => c.name === 'express');
    expect(express).toEqual({
      type: 'updated',
      ecosystem: 'npm',
      name: 'express',
      from: '4.19.2',
      to: '4.21.1',
      bump: 'minor',
      direct: true,
      scope: 'runtime',
      lockfile: 'package-lock.json',
      purl: 'pkg:npm/express@4.21.1',
    });
    expect(output.changes.find((c) => c.name === 'left-pad')).toMatchObject({
      type: 'removed',
      from: '1.3.0',
      to: null,
      scope: 'dev',
    });
    expect(output.changes.find((c) => c.name === 'requests')).toMatchObject({
      ecosystem: 'PyPI',
      from: '2.31.0',
      to: '2.32.3',
      direct: true,
      lockfile: 'services/lab-export/requirements.txt',
    });
    for (const change of output.changes) {
      expect(Object.keys(change)).toEqual(
        expect.arrayContaining(['type', 'ecosystem', 'name', 'from', 'to', 'direct', 'scope', 'lockfile']),
      );
    }
  });

  it('reads git refs without a checkout and agrees with the folder diff', async () => {
    const repo = gitRepo();
    const fromGit = await cli(['diff', '--base', 'HEAD~1', '--head', 'HEAD', '--repo', repo, '--quiet']);
    const fromFolders = await cli([
      'diff',
      '--base',
      join(DEMO, 'base'),
      '--head',
      join(DEMO, 'head'),
      '--quiet',
    ]);
    expect(fromGit.code).toBe(0);
    expect(JSON.parse(fromGit.stdout).changes).toEqual(JSON.parse(fromFolders.stdout).changes);
  });

  it('keeps only direct changes with --scope direct', async () => {
    const { stdout } = await cli([
      'diff',
      '--base',
      join(DEMO, 'base'),
      '--head',
      join(DEMO, 'head'),
      '--scope',
      'direct',
      '--quiet',
    ]);
    const names = (JSON.parse(stdout) as { changes: JsonChange[] }).changes.map((c) => c.name).sort();
    expect(names).toEqual(['express', 'left-pad', 'requests']);
  });

  it('renders Markdown', async () => {
    const { stdout } = await cli([
      'diff',
      '--base',
      join(DEMO, 'base'),
      '--head',
      join(DEMO, 'head'),
      '--format',
      'markdown',
      '--quiet',
    ]);
    expect(stdout).toContain('## SOUP changes — 13 updated, 1 added, 1 removed');
    expect(stdout).toContain(
      '| 🔼 | <code>express</code> | <code>4.19.2</code> → <code>4.21.1</code> | minor | direct | runtime |',
    );
  });

  it.each([
    [['diff'], /--base is required/],
    [['diff', '--base', 'no-such-ref-or-folder'], /neither a folder nor a commit/],
    [['diff', '--base', '.', '--format', 'xml'], /--format must be one of text, json, markdown/],
    [['diff', '--base', '.', '--bogus'], /Unknown option/],
    [['frobnicate'], /unknown command/],
  ])('exits 2 on bad input %j', async (args, message) => {
    const { code, stderr } = await cli(args as string[]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message as RegExp);
  });

  it('exits 2 naming the file and line of a broken lockfile the change touched, and --ignore', async () => {
    const base = mkdtempSync(join(tmpdir(), 'soup-gate-bad-'));
    const head = mkdtempSync(join(tmpdir(), 'soup-gate-bad-'));
    mkdirSync(join(head, 'app'));
    writeFileSync(
      join(head, 'app/package-lock.json'),
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": {,\n  }\n}\n',
    );
    const { code, stderr } = await cli(['diff', '--base', base, '--head', head]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/app\/package-lock\.json:4: invalid JSON/);
    expect(stderr).toContain("--ignore 'app/package-lock.json'");
    // The same broken file on both sides did not change: nothing to parse, nothing to refuse.
    const same = await cli(['diff', '--base', head, '--head', head]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({
      lockfiles: [{ path: 'app/package-lock.json', status: 'unchanged', format: 'npm', changes: 0 }],
      changes: [],
      findings: [],
    });
  });

  it('refuses a lockfile over --max-lockfile-bytes, naming it and the option', async () => {
    const { code, stderr } = await cli([
      'diff',
      '--base',
      join(DEMO, 'base'),
      '--head',
      join(DEMO, 'head'),
      '--max-lockfile-bytes',
      '1000',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /package-lock\.json: is 24719 bytes, over the limit of 1000 bytes; raise max-lockfile-bytes/,
    );
  });
});

describe('dist/cli.js as a child process', () => {
  it('runs the README example and exits 0', () => {
    const result = spawnSync(
      process.execPath,
      [
        'dist/cli.js',
        'diff',
        '--base',
        'examples/demo/base',
        '--head',
        'examples/demo/head',
        '--format',
        'markdown',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<code>requests</code> | <code>2.31.0</code> → <code>2.32.3</code>');
  });

  it('exits quietly when the reader closes the pipe (soup-gate diff … | head -1)', () => {
    const result = spawnSync(
      'sh',
      [
        '-c',
        // `true` exits without reading, so the write meets a closed pipe (EPIPE) every time.
        '"$0" dist/cli.js diff --base examples/demo/base --head examples/demo/head --quiet | true',
        process.execPath,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('exits 2 on bad input', () => {
    const result = spawnSync(process.execPath, ['dist/cli.js', 'diff', '--base', 'nope-not-a-ref'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^soup-gate: "nope-not-a-ref" is neither a folder nor a commit/);
  });
});
