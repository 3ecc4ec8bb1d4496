import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { renderChangeRecord } from '../../src/documents/change-record.js';
import { repoFromRemote } from '../../src/local/checkout.js';
import { EXAMPLE } from './example.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { change } from '../support/builders.js';

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}

function demoCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-list-'));
  cpSync(resolve('examples/demo/head'), dir, { recursive: true });
  return dir;
}

const STAMP = ['--commit', '0123456789abcdef0123456789abcdef01234567', '--repo', 'acme/pump', '--quiet'];

describe('soup-gate list / check', () => {
  it('writes SOUP.md and a schema-valid SBOM, and check passes on them at a later time', async () => {
    const root = demoCopy();
    mkdirSync(join(root, 'soup'));
    writeFileSync(join(root, 'soup/register.yml'), EXAMPLE);
    const written = await cli(['list', '--root', root, '--generated-at', '2026-11-20T10:00:00Z', ...STAMP]);
    expect(written.code).toBe(0);
    // Piped, list prints text: the line it always printed, then its items per lockfile.
    expect(written.stdout.split('\n')[0]).toBe(
      'wrote soup/SOUP.md and soup/sbom.cdx.json (77 package(s) in 2 lockfile(s))',
    );
    const sbom = readFileSync(join(root, 'soup/sbom.cdx.json'), 'utf8');
    expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(sbom)).toBeNull();
    const list = readFileSync(join(root, 'soup/SOUP.md'), 'utf8');
    expect(list).toContain('| <code>express</code> | <code>4.21.1</code> |');

    // Later, from another commit: still up to date, because check reuses the committed stamp.
    const later = await cli(['check', '--root', root, '--commit', 'f'.repeat(40), '--repo', 'acme/pump']);
    expect(later.code).toBe(0);
    expect(later.stdout.split('\n')[0]).toBe('soup/SOUP.md and soup/sbom.cdx.json are up to date');
    expect(later.stderr.endsWith('soup/SOUP.md and soup/sbom.cdx.json are up to date\n')).toBe(true);

    // Byte-identical when run again with the same stamp.
    await cli(['list', '--root', root, '--generated-at', '2026-11-20T10:00:00Z', ...STAMP]);
    expect(readFileSync(join(root, 'soup/sbom.cdx.json'), 'utf8')).toBe(sbom);
    expect(readFileSync(join(root, 'soup/SOUP.md'), 'utf8')).toBe(list);
  });

  it('exits 1 with a unified diff when the register or the lockfiles moved on', async () => {
    const root = demoCopy();
    mkdirSync(join(root, 'soup'));
    writeFileSync(join(root, 'soup/register.yml'), EXAMPLE);
    await cli(['list', '--root', root, ...STAMP]);
    writeFileSync(
      join(root, 'soup/register.yml'),
      EXAMPLE.replace('HTTP server for the dosage REST API', 'HTTP server for the dosage and alarm REST API'),
    );
    const result = await cli(['check', '--root', root, '--quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      '--- a/soup/SOUP.md\tcommitted\n+++ b/soup/SOUP.md\tsoup-gate list would write\n',
    );
    expect(result.stdout).toContain(
      '-- Purpose: HTTP server for the dosage REST API\n+- Purpose: HTTP server for the dosage and alarm REST API\n',
    );
    expect(result.stderr).toContain('out of date; run soup-gate list');
  });

  it('reads last-verified dates from the committed change records', async () => {
    const root = demoCopy();
    const record = renderChangeRecord({
      pr: {
        number: 7,
        title: 't',
        url: 'https://github.com/acme/pump/pull/7',
        author: 'a',
        mergedAt: '2026-11-02T00:00:00Z',
        mergeCommit: 'm',
        headSha: 'h',
      },
      changes: [change()],
      // Fully assessed: only such a change dates the version.
      checklist: [
        {
          key: changeKey(change()),
          item: 'Release notes reviewed',
          tickedBy: 'qa',
          tickedAt: '2026-11-01T00:00:00Z',
          atSha: 'h',
        },
      ],
      evidence: [],
      labels: [],
    });
    mkdirSync(join(root, 'soup/changes'), { recursive: true });
    writeFileSync(join(root, record.path), record.content);
    await cli(['list', '--root', root, ...STAMP]);
    expect(readFileSync(join(root, 'soup/SOUP.md'), 'utf8')).toMatch(
      /\| <code>express<\/code> .*\| 2026-11-02 \|/,
    );
  });

  it('exits 1 when the list is missing and 2 on a broken register', async () => {
    const root = demoCopy();
    const missing = await cli(['check', '--root', root, '--quiet']);
    expect(missing.code).toBe(1);
    expect(missing.stdout.split('\n')[0]).toBe(
      'soup/SOUP.md is missing, soup/sbom.cdx.json is missing: run soup-gate list and commit the result',
    );
    mkdirSync(join(root, 'soup'));
    writeFileSync(join(root, 'soup/register.yml'), 'defaults:\n  safety-class: D\n');
    const broken = await cli(['list', '--root', root, '--quiet']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe(
      'soup-gate: soup/register.yml has 1 problem:\n  soup/register.yml:2: defaults.safety-class: "D" is not a safety class; use A, B or C (IEC 62304 4.3)\n',
    );
    expect((await cli(['list', '--root', root, '--out', '../elsewhere'])).code).toBe(2);
    expect((await cli(['list', '--root', root, '--generated-at', 'soon'])).code).toBe(2);
  });
});

describe('soup-gate register init', () => {
  it('adds a TODO entry per direct item lacking one and keeps existing entries and comments', async () => {
    const root = demoCopy();
    mkdirSync(join(root, 'soup'));
    writeFileSync(join(root, 'soup/register.yml'), EXAMPLE);
    const result = await cli(['register', 'init', '--root', root, '--quiet']);
    expect(result).toMatchObject({
      code: 0,
      stdout: 'soup/register.yml: added 1 entry marked TODO (complete them before merging):\n  npm/ms\n',
    });
    const text = readFileSync(join(root, 'soup/register.yml'), 'utf8');
    expect(text.startsWith(EXAMPLE)).toBe(true);
    expect(text).toContain('    purpose: "TODO: why we use ms"\n');
    // A second run adds nothing.
    expect((await cli(['register', 'init', '--root', root, '--quiet'])).stdout).toBe(
      'soup/register.yml: every direct SOUP item has an entry; nothing added\n',
    );
  });

  it('creates the register when there is none', async () => {
    const root = demoCopy();
    const result = await cli(['register', 'init', '--root', root, '--quiet']);
    expect(result.stdout).toBe(
      'soup/register.yml: added 3 entries marked TODO (complete them before merging):\n  PyPI/requests\n  npm/express\n  npm/ms\n',
    );
    expect(readFileSync(join(root, 'soup/register.yml'), 'utf8')).toContain('safety-class: C');
    expect((await cli(['register', 'frobnicate'])).code).toBe(2);
  });
});

describe('repoFromRemote', () => {
  it('reads owner/name from GitHub remotes only', () => {
    expect(repoFromRemote('https://github.com/acme/pump.git')).toBe('acme/pump');
    expect(repoFromRemote('git@github.com:acme/pump.git')).toBe('acme/pump');
    expect(repoFromRemote('https://gitlab.com/acme/pump.git')).toBeUndefined();
    expect(repoFromRemote(undefined)).toBeUndefined();
  });
});
