/**
 * soup-gate's own workflows, and the ones its README tells users to copy, are held to what a
 * regulated team would ask of them: actionlint clean, every third-party action pinned to a commit
 * SHA, top-level permissions and no write-all, write scopes only where a job needs them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflow, loadActionlint, type ActionlintResult, type Lint } from './workflow-rules.js';

function yamlFiles(dir: string, recursive: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive }).flatMap((entry) =>
    entry.isFile() && /\.ya?ml$/.test(entry.name) ? [join(entry.parentPath, entry.name)] : [],
  );
}

/** Workflows: everything under .github/workflows, and any YAML under examples/ with `on` and `jobs`. */
function workflowFiles(): string[] {
  const examples = yamlFiles('examples', true).filter((path) => {
    try {
      const value = parse(readFileSync(path, 'utf8')) as Record<string, unknown> | null;
      return value !== null && typeof value === 'object' && 'jobs' in value && 'on' in value;
    } catch {
      return true; // a broken example is reported by the checks below, not skipped
    }
  });
  return [...yamlFiles('.github/workflows', false), ...examples].sort();
}

/** The README's workflow snippets, by the file name in their first line (`# .github/workflows/x.yml`). */
function readmeWorkflows(): Map<string, string> {
  const snippets = new Map<string, string>();
  for (const match of readFileSync('README.md', 'utf8').matchAll(
    /```yaml\n(# (\.github\/workflows\/\S+\.yml)[^\n]*\n[\s\S]*?)```/g,
  ))
    snippets.set(match[2]!, match[1]!);
  return snippets;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string> | string;
  jobs: Record<
    string,
    {
      permissions?: Record<string, string>;
      needs?: string | string[];
      if?: string;
      steps?: { uses?: string; with?: Record<string, unknown> }[];
    }
  >;
}

function load(path: string): Workflow {
  return parse(readFileSync(path, 'utf8')) as Workflow;
}

function describeLint(results: ActionlintResult[]): string[] {
  return results.map((r) => `${r.file}:${r.line}:${r.column} ${r.message} [${r.kind}]`);
}

const WORKFLOWS = workflowFiles();
const README_WORKFLOWS = readmeWorkflows();

let lint: Lint;
beforeAll(() => {
  lint = loadActionlint();
});

describe('the project’s workflows', () => {
  it('are the CI, release, gate and on-merge workflows', () => {
    for (const name of ['ci', 'release', 'soup-gate', 'soup-list'])
      expect(WORKFLOWS).toContain(`.github/workflows/${name}.yml`);
  });

  it.each(WORKFLOWS)(
    '%s: third-party actions pinned to a SHA with a version comment, permissions set, no write-all',
    (path) => {
      expect(checkWorkflow(path, readFileSync(path, 'utf8'))).toEqual([]);
    },
  );

  it.each(WORKFLOWS)('%s: no actionlint error', async (path) => {
    expect(describeLint(await lint(readFileSync(path, 'utf8'), path))).toEqual([]);
  });
});

describe('the README’s workflows, which users copy', () => {
  it('are the gate, monitoring and on-merge workflows', () => {
    expect([...README_WORKFLOWS.keys()].sort()).toEqual([
      '.github/workflows/soup-gate.yml',
      '.github/workflows/soup-list.yml',
      '.github/workflows/soup-monitor.yml',
    ]);
  });

  // They name this action by its moving major tag, as users write it; every other action is pinned.
  it.each([...README_WORKFLOWS])(
    '%s: permissions set, no write-all, no other unpinned action',
    (path, text) => {
      expect(checkWorkflow(`README.md ${path}`, text, { unpinnedAllowed: ['soup-gate/soup-gate'] })).toEqual(
        [],
      );
    },
  );

  it.each([...README_WORKFLOWS])('%s: no actionlint error', async (path, text) => {
    expect(describeLint(await lint(text, path))).toEqual([]);
  });
});

describe('the rules catch a bad workflow', () => {
  const BAD = `name: bad
on:
  pull_request_target:
    types: [opened, reopened, bogus]
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: write-all
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@4974cbb
      - uses: actions/cache@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9
      - uses: ./local-action
      - uses: docker://alpine:3
      - run: echo "\${{ github.event.pull_request.title }}"
  reuse:
    uses: org/repo/.github/workflows/build.yml@main
`;

  it('finds every broken rule, with its line', () => {
    const problems = checkWorkflow('bad.yml', BAD).map((p) => `${p.line} ${p.rule}`);
    expect(problems).toEqual([
      '1 permissions-missing',
      '8 write-all',
      '10 pinned-sha',
      '11 pinned-sha',
      '12 version-comment',
      '17 pinned-sha',
    ]);
  });

  it('passes the same workflow once it is fixed', () => {
    const fixed = BAD.replace('name: bad\n', 'name: fixed\npermissions:\n  contents: read\n')
      .replace('    permissions: write-all\n', '    permissions:\n      contents: read\n')
      .replace('actions/checkout@v4', 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1')
      .replace(
        'actions/setup-node@4974cbb',
        'actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0',
      )
      .replace('cf94ea4f9', 'cf94ea4f9 # v4.2.0')
      .replace('build.yml@main', 'build.yml@0c45773b623bea8c8e75f6c82b208c3cf94ea4f9 # v1.0.0');
    expect(checkWorkflow('fixed.yml', fixed)).toEqual([]);
  });

  it('reports invalid YAML instead of passing it', () => {
    expect(checkWorkflow('broken.yml', 'on: [push\njobs: {').map((p) => p.rule)).toContain('yaml');
  });

  it('lets actionlint report the unknown event type and the untrusted title in a script', async () => {
    const kinds = (await lint(BAD, 'bad.yml')).map((r) => `${r.line} ${r.kind}`);
    expect(kinds).toContain('4 events');
    expect(kinds).toContain('15 expression');
  });
});

describe('least privilege', () => {
  it('release: read-only at the top; contents: write only on the job that moves the major tag, after verify', () => {
    const release = load('.github/workflows/release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    expect(release.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(release.jobs).filter(([, job]) =>
      Object.values(job.permissions ?? {}).includes('write'),
    );
    expect(writers.map(([name, job]) => [name, job.permissions])).toEqual([
      ['move-major-tag', { contents: 'write' }],
    ]);
    expect(release.jobs['move-major-tag']!.needs).toBe('verify');
    const verify = JSON.stringify(release.jobs.verify);
    for (const step of ['npm test', 'npm run check:dist', 'npm run soup:check'])
      expect(verify).toContain(step);
  });

  it.each([
    ['.github/workflows/soup-gate.yml', 'the gate'],
    ['.github/workflows/soup-list.yml', 'on merge'],
  ])('%s (%s) asks for exactly the permissions the README documents for users', (path) => {
    const ours = load(path);
    const documented = parse(README_WORKFLOWS.get(path)!) as Workflow;
    expect(ours.permissions).toEqual(documented.permissions);
    for (const event of Object.keys(documented.on)) expect(Object.keys(ours.on)).toContain(event);
  });

  it.each(['.github/workflows/soup-gate.yml', '.github/workflows/soup-list.yml'])(
    '%s runs the action from the default branch, never from the code under review',
    (path) => {
      const steps = Object.values(load(path).jobs).flatMap((job) => job.steps ?? []);
      expect(steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/checkout', './']);
      expect(steps[0]!.with).toEqual({
        ref: '${{ github.event.repository.default_branch }}',
        'persist-credentials': false,
      });
      expect(readFileSync(path, 'utf8')).not.toMatch(/pull_request\.head|merge_group\.head/);
    },
  );

  it('ci: read-only, and it ends with the dist and SOUP list checks', () => {
    const ci = load('.github/workflows/ci.yml');
    expect(ci.permissions).toEqual({ contents: 'read' });
    const runs = (ci.jobs.test!.steps ?? []).flatMap((s) => ('run' in s ? [String(s.run)] : []));
    expect(runs.slice(-2)).toEqual(['npm run check:dist', 'npm run soup:check']);
  });
});

describe('Dependabot and the Marketplace metadata', () => {
  it('dependabot.yml updates npm and GitHub Actions, grouped', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      version: number;
      updates: { 'package-ecosystem': string; directory: string; groups?: Record<string, unknown> }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u['package-ecosystem'], u.directory])).toEqual([
      ['npm', '/'],
      ['github-actions', '/'],
    ]);
    for (const update of config.updates) expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0);
  });

  it('action.yml has a Marketplace name, a description of at most 125 characters, an author and branding', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      name?: string;
      description?: string;
      author?: string;
      branding?: { icon?: string; color?: string };
    };
    expect(action.name).toBe('soup-gate');
    expect(action.description?.length).toBeGreaterThan(20);
    expect(action.description!.length).toBeLessThanOrEqual(125);
    expect(action.author).toBe('soup-gate contributors');
    expect(action.branding?.icon).toMatch(/^[a-z0-9-]+$/);
    // The colours the Marketplace accepts (GitHub's metadata syntax for actions).
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(
      action.branding?.color,
    );
  });
});
