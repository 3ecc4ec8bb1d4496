import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { parseTraceability } from '../../src/documents/traceability.js';
import { buildAuditRepo } from './audit-repo.js';

const PYTEST = resolve('test/fixtures/junit/pytest/pytest-9.0.3-xunit2.xml');

async function cli(args: string[], cwd: string, env?: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t), cwd };
  const code =
    env === undefined
      ? await runCli(args, io)
      : await (await import('../../src/cli/trace.js')).runTraceCommand(args.slice(1), io, env);
  return { code, stdout, stderr };
}

function repo(register?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-trace-'));
  if (register !== undefined) {
    mkdirSync(join(dir, 'soup'));
    writeFileSync(join(dir, 'soup/register.yml'), register);
  }
  cpSync(PYTEST, join(dir, 'results.xml'));
  return dir;
}

const REGISTER = `items:
  npm/express:
    purpose: "HTTP server"
    requirements:
      - id: REQ-API-003
        text: "Rejects bodies over 1 MB"
  PyPI/requests:
    purpose: "lab export"
`;

describe('soup-gate trace', () => {
  it("writes soup/TRACEABILITY.md; today's requirements name no tests", async () => {
    const dir = repo(REGISTER);
    const { code, stdout } = await cli(
      [
        'trace',
        '--junit',
        'results.xml',
        '--head-sha',
        'f'.repeat(40),
        '--run-date',
        '2024-05-02T10:00:00Z',
        '--generated-at',
        '2024-05-02T11:00:00Z',
      ],
      dir,
      {},
    );
    expect(code).toBe(0);
    expect(stdout).toBe(
      'wrote soup/TRACEABILITY.md: 1 requirement(s) — 0 passed, 0 failed, 0 skipped, 0 missing, 1 with no tests named; 9 test result(s) read\n',
    );
    const matrix = parseTraceability(readFileSync(join(dir, 'soup/TRACEABILITY.md'), 'utf8'))!;
    expect(matrix.items.map((i) => i.key)).toEqual(['PyPI/requests', 'npm/express']);
    expect(matrix.items[1]!.requirements[0]).toMatchObject({ id: 'REQ-API-003', verdict: 'untested' });
    expect(matrix.run).toEqual({
      headSha: 'f'.repeat(40),
      date: '2024-05-02T10:00:00Z',
      files: ['results.xml'],
    });
    expect(matrix.results).toEqual({ tests: 9, passed: 5, failed: 1, skipped: 2, errored: 1 });
  });

  it('takes the run link and commit from GitHub Actions, and more result files as arguments', async () => {
    const dir = repo(REGISTER);
    cpSync(resolve('test/fixtures/junit/vitest/vitest-4.1.12.xml'), join(dir, 'vitest.xml'));
    const { code } = await cli(['trace', '--junit', 'results.xml', 'vitest.xml', '--out', 'out/T.md'], dir, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'acme/pump',
      GITHUB_RUN_ID: '42',
      GITHUB_SHA: 'e'.repeat(40),
    });
    expect(code).toBe(0);
    const matrix = parseTraceability(readFileSync(join(dir, 'out/T.md'), 'utf8'))!;
    expect(matrix.run).toMatchObject({
      url: 'https://github.com/acme/pump/actions/runs/42',
      headSha: 'e'.repeat(40),
      files: ['results.xml', 'vitest.xml'],
    });
    expect(matrix.results.tests).toBe(16);
  });

  it('exit 2 with file and line for a malformed result file, a missing one, or no --junit', async () => {
    const dir = repo(REGISTER);
    writeFileSync(join(dir, 'bad.xml'), '<testsuites>\n<testsuite>\n<testcase name="a">\n</testsuites>');
    const bad = await cli(['trace', '--junit', 'bad.xml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^soup-gate: bad\.xml:\d+: invalid XML: /);
    expect((await cli(['trace', '--junit', 'nope.xml'], dir)).stderr).toBe(
      'soup-gate: nope.xml: no such file\n',
    );
    expect((await cli(['trace'], dir)).stderr).toMatch(/--junit is required/);
    expect((await cli(['trace', '--junit', 'results.xml', '--out', '../x.md'], dir)).code).toBe(2);
    expect(existsSync(join(dir, 'soup/TRACEABILITY.md'))).toBe(false);
  });

  it('says so when there is no register', async () => {
    const dir = repo();
    const { code, stderr } = await cli(['trace', '--junit', 'results.xml'], dir);
    expect(code).toBe(0);
    expect(stderr).toBe('soup/register.yml not found: no requirements to trace\n');
  });
});

describe('soup-gate report', () => {
  it('writes the audit pack from the committed soup/ folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soup-gate-report-'));
    for (const [path, text] of buildAuditRepo({ items: 30, records: 6 })) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const { code, stdout, stderr } = await cli(
      ['report', '--out', 'pack', '--generated-at', '2024-12-31T12:00:00Z'],
      dir,
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      'wrote pack/index.html: 30 SOUP item(s), 6 change record(s), 3 anomalies, 4 requirement(s)\n',
    );
    expect(readFileSync(join(dir, 'pack/index.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('notes what it could not read, and needs --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soup-gate-report-'));
    const { code, stderr } = await cli(['report', '--out', 'pack'], dir);
    expect(code).toBe(0);
    expect(stderr.split('\n').filter(Boolean)).toEqual([
      'note: soup/SOUP.md is missing: run soup-gate list and commit it',
      'note: soup/sbom.cdx.json is missing: the SOUP list in the pack is empty',
      'note: soup/register.yml is missing: no evaluations or requirements',
    ]);
    expect((await cli(['report'], dir)).code).toBe(2);
  });
});
