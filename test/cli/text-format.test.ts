// Which format a command prints, and how: text at a terminal, the earlier default on a pipe
// (scripts keep working), --format always; colour only on a terminal without NO_COLOR or
// --no-color; progress as one rewritten line on a terminal; errors in one line, stacks with --debug.
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import type { CliIo, CliTerminal } from '../../src/cli/io.js';
import { startFakeOsv, type FakeOsv } from '../fakes/osv-server.js';
import { DEMO, markupOf } from './text-fixtures.js';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  status: string[];
}

async function run(args: string[], terminal?: Partial<CliTerminal>): Promise<Run> {
  const result: Run = { code: 0, stdout: '', stderr: '', status: [] };
  const io: CliIo = {
    stdout: (t) => (result.stdout += t),
    stderr: (t) => (result.stderr += t),
    cwd: process.cwd(),
    ...(terminal
      ? {
          terminal: {
            stdoutIsTTY: true,
            stderrIsTTY: true,
            columns: 100,
            noColor: false,
            status: (line) => result.status.push(line),
            ...terminal,
          },
        }
      : {}),
  };
  result.code = await runCli(args, io);
  return result;
}

const DIFF = ['diff', '--base', join(DEMO, 'base'), '--head', join(DEMO, 'head')];
const ESC = '\u001b';

describe('the default format', () => {
  it('stays JSON when stdout is not a terminal, so scripts keep working', async () => {
    const piped = await run([...DIFF, '--quiet']);
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toMatchObject({
      changes: expect.any(Array),
      lockfiles: expect.any(Array),
    });
    // A terminal on stderr only (soup-gate diff > out.json) changes nothing about stdout.
    const redirected = await run([...DIFF, '--quiet'], { stdoutIsTTY: false });
    expect(JSON.parse(redirected.stdout)).toEqual(JSON.parse(piped.stdout));
  });

  it('is text at a terminal, in colour', async () => {
    const text = await run([...DIFF, '--quiet'], {});
    expect(text.stdout).toContain(
      `${ESC}[1m15 SOUP changes in 2 of 2 lockfiles: 13 updated, 1 added, 1 removed`,
    );
  });

  it.each([
    ['json', undefined, (out: string) => expect(JSON.parse(out)).toHaveProperty('changes')],
    ['json', {}, (out: string) => expect(JSON.parse(out)).toHaveProperty('changes')],
    [
      'markdown',
      {},
      (out: string) => expect(out).toContain('## SOUP changes — 13 updated, 1 added, 1 removed'),
    ],
    ['markdown', undefined, (out: string) => expect(out).toContain('<code>express</code>')],
    [
      'text',
      undefined,
      (out: string) =>
        expect(out.split('\n')[0]).toBe(
          '15 SOUP changes in 2 of 2 lockfiles: 13 updated, 1 added, 1 removed',
        ),
    ],
  ] as const)('--format %s wins (terminal: %j)', async (format, terminal, check) => {
    const result = await run([...DIFF, '--quiet', '--format', format], terminal);
    expect(result.code).toBe(0);
    check(result.stdout);
    if (format === 'text' || format === 'json') expect(result.stdout).not.toContain(ESC);
  });

  it('refuses an unknown format, naming the three', async () => {
    const result = await run([...DIFF, '--format', 'xml']);
    expect(result).toMatchObject({
      code: 2,
      stderr: 'soup-gate: --format must be one of text, json, markdown (got "xml")\n',
    });
  });
});

describe('colour', () => {
  it.each([
    ['NO_COLOR', { noColor: true }, []],
    ['--no-color', {}, ['--no-color']],
  ] as const)('is off with %s, symbols too, and the columns stay', async (_what, terminal, flags) => {
    const result = await run([...DIFF, '--quiet', ...flags], terminal);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stdout).not.toContain('↑');
    expect(result.stdout).toMatch(/^ {2}updated +express +4\.19\.2 → 4\.21\.1 +minor +direct +runtime$/m);
  });

  it('is off with --no-color anywhere before --, and the flag reaches no command', async () => {
    const result = await run(['--no-color', ...DIFF, '--quiet', '--format', 'text']);
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
  });
});

describe('progress', () => {
  it('is one line rewritten in place on a terminal, cleared before the result', async () => {
    const result = await run(DIFF, {});
    expect(result.stderr).toBe('');
    expect(result.status).toEqual([
      '[1/2] package-lock.json (24719 → 24932 bytes)',
      '[2/2] services/lab-export/requirements.txt (319 → 321 bytes)',
      '',
    ]);
  });

  it('is plain lines when stderr is not a terminal, and nothing with --quiet', async () => {
    expect((await run(DIFF, { stderrIsTTY: false })).stderr).toContain(
      '[1/2] package-lock.json (24719 → 24932 bytes)\n[2/2] services/lab-export/requirements.txt (319 → 321 bytes)\n',
    );
    const quiet = await run([...DIFF, '--quiet'], {});
    expect(quiet.stderr).toBe('');
    expect(quiet.status).toEqual([]);
  });

  it('is cut to the terminal width', async () => {
    const result = await run(DIFF, { stderrColumns: 20 });
    expect(result.status[1]).toBe('[2/2] services/lab…');
  });
});

describe('errors at a terminal', () => {
  it('are one line naming the file and line and what to do, with no stack trace', async () => {
    const head = mkdtempSync(join(tmpdir(), 'soup-gate-broken-'));
    writeFileSync(join(head, 'package-lock.json'), '{\n  "lockfileVersion": 3,\n  "packages": {,}\n}\n');
    const result = await run(['diff', '--base', join(DEMO, 'base'), '--head', head], {});
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^soup-gate: package-lock\.json:3: invalid JSON.*; if it is not part of the product, leave it out with --ignore 'package-lock\.json'\n$/,
    );
  });

  it('of ours are one line with what to do, and the stack only with --debug', async () => {
    // A --root that does not exist is no input error we know: it reaches the catch-all.
    const args = ['list', '--root', '/nonexistent-soup-gate-root', '--quiet'];
    const plain = await run(args);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(
      /^soup-gate: unexpected failure: .*\/nonexistent-soup-gate-root.*; run it again with --debug for the stack trace, and report it at https:\/\/github\.com\/soup-gate\/soup-gate\/issues if it persists\n$/,
    );
    const debug = await run([...args, '--debug']);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n {4}at /);
  });
});

describe('monitor and list on a pipe', () => {
  let osv: FakeOsv | undefined;
  afterAll(async () => osv?.close());

  it('monitor keeps Markdown when piped and prints text at a terminal', async () => {
    osv = await startFakeOsv({
      vulns: [
        {
          id: 'GHSA-pipe-0001',
          summary: 'x',
          affected: [{ package: { ecosystem: 'npm', name: 'express' }, versions: ['4.21.1'] }],
        },
      ],
    });
    const args = [
      'monitor',
      '--root',
      join(DEMO, 'head'),
      '--osv-url',
      osv.url,
      '--today',
      '2026-12-01',
      '--quiet',
    ];
    const piped = await run(args);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toMatch(/^#+ /);
    expect(piped.stdout).toContain('GHSA-pipe-0001');
    const text = await run([...args, '--no-color'], {});
    expect(text.code).toBe(1);
    expect(text.stdout.split('\n')[0]).toMatch(
      /^\d+ SOUP items \(\d+ versions\) checked against OSV: 1 anomaly in 1 item need/,
    );
    expect(text.stdout).toMatch(/^ {2}express +4\.21\.1 +GHSA-pipe-0001 /m);
    expect(markupOf(text.stdout)).toEqual([]);
  });

  it('list keeps its first line when piped, and gives JSON when asked', async () => {
    const root = mkdtempSync(join(tmpdir(), 'soup-gate-list-'));
    cpSync(join(DEMO, 'head'), root, { recursive: true });
    const stamp = [
      '--commit',
      'a'.repeat(40),
      '--repo',
      'acme/demo',
      '--generated-at',
      '2026-12-01T00:00:00Z',
      '--quiet',
    ];
    const piped = await run(['list', '--root', root, ...stamp]);
    expect(piped.stdout.split('\n')[0]).toBe(
      'wrote soup/SOUP.md and soup/sbom.cdx.json (77 package(s) in 2 lockfile(s))',
    );
    // Piped text is cut nowhere, so a script (grep, a file for the auditor) sees every name whole;
    // the same rows at an 80-column terminal are cut.
    const rows = (text: string) => text.split('\n').filter((line) => /^ {2}\S/.test(line));
    expect(rows(piped.stdout).filter((line) => line.includes('…'))).toEqual([]);
    expect(rows(piped.stdout).some((line) => /^ {2}async-generator-function {2}/.test(line))).toBe(true);
    const narrow = await run(['list', '--root', root, ...stamp, '--no-color'], { columns: 80 });
    expect(rows(narrow.stdout).some((line) => line.includes('…'))).toBe(true);
    // $COLUMNS on a pipe is read at start-up into the same width a terminal gives.
    const asked = await run(['list', '--root', root, ...stamp], { stdoutIsTTY: false, columns: 80 });
    expect(rows(asked.stdout).some((line) => line.includes('…'))).toBe(true);
    const json = JSON.parse((await run(['list', '--root', root, ...stamp, '--format', 'json'], {})).stdout);
    expect(json.written).toEqual(['soup/SOUP.md', 'soup/sbom.cdx.json']);
    expect(json.lockfiles[0].items.find((i: { name: string }) => i.name === 'express')).toMatchObject({
      version: '4.21.1',
      direct: true,
      registerEntry: null,
    });
    const check = await run(['check', '--root', root, ...stamp, '--format', 'json']);
    expect(JSON.parse(check.stdout)).toEqual({
      upToDate: true,
      files: [
        { path: 'soup/SOUP.md', status: 'up to date' },
        { path: 'soup/sbom.cdx.json', status: 'up to date' },
      ],
    });
  });
});
