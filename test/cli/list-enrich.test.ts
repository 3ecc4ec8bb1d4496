// `soup-gate list --enrich`: facts (supplier, licence, links) are looked up for the items the
// committed SBOM carries none for, at most --max-lookups per run, direct items first; every later run
// asks only about what is still missing, against a fake deps.dev on loopback.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { startFakeDepsDev, type DepsDevVersion } from '../fakes/deps-dev-server.js';
import type { FakeServer } from '../fakes/osv-server.js';
import { npmLock, type LockPackage } from '../support/lockfile-text.js';

let deps: FakeServer | undefined;
afterEach(async () => {
  await deps?.close();
  deps = undefined;
});

const PACKAGES: LockPackage[] = [
  { name: 'express', version: '4.21.1', direct: true },
  { name: 'zod', version: '3.23.8', direct: true },
  { name: 'ms', version: '2.1.3' },
  { name: 'debug', version: '4.3.7' },
  { name: 'accepts', version: '1.3.8' },
];

const version = (name: string, v: string, licence: string): DepsDevVersion => ({
  system: 'npm',
  name,
  version: v,
  licenses: [licence],
  links: [{ label: 'SOURCE_REPO', url: `https://github.com/example/${name}` }],
});

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-list-enrich-'));
  const { lock, manifest } = npmLock(PACKAGES);
  writeFileSync(join(dir, 'package-lock.json'), lock);
  writeFileSync(join(dir, 'package.json'), manifest);
  return dir;
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await runCli(args, { stdout: () => undefined, stderr: (t) => (stderr += t), cwd });
  return { code, stderr };
}

const STAMP = ['--commit', '0123456789abcdef0123456789abcdef01234567', '--repo', 'acme/pump'];

/** The package names deps.dev was asked about since request number `from`. */
function askedSince(from: number): string[] {
  return deps!.requests
    .slice(from)
    .map((r) => /\/packages\/([^/]+)\/versions\//.exec(r.path)?.[1])
    .filter((name): name is string => name !== undefined)
    .map(decodeURIComponent)
    .sort();
}

function licences(dir: string): Record<string, string | undefined> {
  const bom = JSON.parse(readFileSync(join(dir, 'soup/sbom.cdx.json'), 'utf8')) as {
    components: { name: string; licenses?: { license?: { id?: string } }[] }[];
  };
  return Object.fromEntries(bom.components.map((c) => [c.name, c.licenses?.[0]?.license?.id]));
}

describe('list --enrich', () => {
  it('looks up what the committed SBOM lacks, direct items first, bounded per run, then nothing', async () => {
    deps = await startFakeDepsDev({
      versions: [
        version('express', '4.21.1', 'MIT'),
        version('zod', '3.23.8', 'MIT'),
        version('ms', '2.1.3', 'MIT'),
        version('debug', '4.3.7', 'MIT'),
        version('accepts', '1.3.8', 'MIT'),
      ],
    });
    const dir = project();
    const enrich = ['list', '--enrich', '--deps-dev-url', deps.url, ...STAMP];

    const first = await cli([...enrich, '--max-lookups', '3'], dir);
    expect(first.code, first.stderr).toBe(0);
    // Direct items first, then by purl: express and zod, then accepts.
    expect(askedSince(0)).toEqual(['accepts', 'express', 'zod']);
    expect(first.stderr).toContain('3 of 5 item(s) without facts (--max-lookups 3; run again for the rest)');
    expect(licences(dir)).toMatchObject({ express: 'MIT', zod: 'MIT', accepts: 'MIT' });
    expect(licences(dir).ms).toBeUndefined();

    const before = deps.requests.length;
    const second = await cli(enrich, dir);
    expect(second.code, second.stderr).toBe(0);
    expect(askedSince(before)).toEqual(['debug', 'ms']);
    // What the first run found is carried over from the SBOM it wrote, not asked for again.
    expect(licences(dir)).toMatchObject({
      express: 'MIT',
      zod: 'MIT',
      accepts: 'MIT',
      ms: 'MIT',
      debug: 'MIT',
    });

    const after = deps.requests.length;
    const third = await cli(enrich, dir);
    expect(third.code).toBe(0);
    expect(deps.requests.length).toBe(after);
    expect(third.stderr).toContain('nothing to look up');

    // Without --enrich the facts stay (the SBOM carries them); check agrees the files are current.
    expect((await cli(['list', ...STAMP], dir)).code).toBe(0);
    expect(licences(dir).debug).toBe('MIT');
    expect(deps.requests.length).toBe(after);
  });

  it('offline makes no request and claims no fact', async () => {
    deps = await startFakeDepsDev({ versions: [version('express', '4.21.1', 'MIT')] });
    const dir = project();
    const run = await cli(['list', '--enrich', '--offline', '--deps-dev-url', deps.url, ...STAMP], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(deps.requests).toHaveLength(0);
    expect(licences(dir).express).toBeUndefined();
    expect(readFileSync(join(dir, 'soup/SOUP.md'), 'utf8')).toContain('not looked up');
  });

  it('refuses look-up options without --enrich, and --enrich on check', async () => {
    const dir = project();
    const offline = await cli(['list', '--offline'], dir);
    expect(offline.code).toBe(2);
    expect(offline.stderr).toContain('--offline needs --enrich');
    const check = await cli(['check', '--enrich'], dir);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain('--enrich is an option of list, not of check');
  });
});
