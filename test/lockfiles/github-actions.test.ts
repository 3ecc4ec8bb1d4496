import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { githubActionsFormat } from '../../src/lockfiles/github-actions.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { githubActionsScheme } from '../../src/versions/github-actions.js';
import { classifyBump } from '../../src/versions/index.js';
import { expectAscending, expectOnlyParseErrors, expectTotalOrder, readFixture } from './mutate-input.js';

const WORKFLOW_PATH = '.github/workflows/ci.yml';
const WORKFLOW = readFixture(`github-actions/workflow-pins/${WORKFLOW_PATH}`);

function summary(packages: ReturnType<typeof githubActionsFormat.parse>['packages']) {
  return packages.map((p) => `${p.name}@${p.version}${p.ref ? ` #${p.ref.slice(0, 7)}` : ''} ${p.scope}`);
}

describe('GitHub Actions', () => {
  it('claims workflows and action.yml files, nothing else', () => {
    expect(findFormat('.github/workflows/ci.yml')?.id).toBe('github-actions');
    expect(findFormat('.github/workflows/release.yaml')?.id).toBe('github-actions');
    expect(findFormat('action.yml')?.id).toBe('github-actions');
    expect(findFormat('.github/actions/setup/action.yaml')?.id).toBe('github-actions');
    expect(findFormat('.github/workflows/nested/ci.yml')).toBeUndefined();
    expect(findFormat('.github/dependabot.yml')).toBeUndefined();
  });

  it('reads step and reusable-workflow uses, SHA pins with their tag comment, and anchors', () => {
    const result = githubActionsFormat.parse({ path: WORKFLOW_PATH, text: WORKFLOW });
    expect(result.format).toBe('github-workflow');
    expect(summary(result.packages)).toEqual([
      'actions/checkout@v4.1.1 #b4ffde6 dev',
      'actions/setup-node@v4 dev',
      'github/codeql-action/init@v3.22.12 dev',
      'docker/setup-buildx-action@f95db51fddba0c2d1ec667646a06c2ce06100226 #f95db51 dev',
      'renovate/pinned@v2.0.0 #0123456 dev',
      'alpine@3.19 dev',
      'actions/checkout@v4 dev',
      'octo-org/shared/.github/workflows/build.yml@main dev',
      'actions/cache@v4 dev',
    ]);
    expect(result.packages[0]).toMatchObject({
      ecosystem: 'GitHub Actions',
      direct: true,
      lockfile: WORKFLOW_PATH,
      purl: 'pkg:github/actions/checkout@v4.1.1?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Factions%2Fcheckout%40b4ffde65f46336ab88eb53be808477a3936bae11',
      ref: 'b4ffde65f46336ab88eb53be808477a3936bae11',
    });
    expect(result.packages[0]?.integrity).toBeUndefined();
    expect(result.packages[2]?.purl).toBe('pkg:github/github/codeql-action@v3.22.12#init');
    // docker:// is a container image, SOUP of its own ecosystem; ./ actions are the repository's own code.
    expect(result.packages.find((p) => p.name === 'alpine')).toMatchObject({
      ecosystem: 'docker',
      version: '3.19',
      purl: 'pkg:docker/library/alpine@3.19',
    });
    expect(result.findings).toEqual([]);
  });

  it('an action.yml outside .github is the product: its uses are runtime', () => {
    const result = githubActionsFormat.parse({
      path: 'action.yml',
      text: readFixture('github-actions/composite-action/action.yml'),
    });
    expect(result.format).toBe('github-action');
    expect(summary(result.packages)).toEqual(['actions/setup-python@v5.0.0 runtime']);
    const path = '.github/actions/setup/action.yaml';
    const local = githubActionsFormat.parse({
      path,
      text: readFixture(`github-actions/local-composite/${path}`),
    });
    expect(summary(local.packages)).toEqual(['pnpm/action-setup@v2 dev']);
  });

  it('lists a docker action’s image as shipped, and reports unparseable uses', () => {
    const text = 'runs:\n  using: docker\n  image: docker://ghcr.io/x/y:1\n';
    expect(githubActionsFormat.parse({ path: 'action.yml', text }).packages).toMatchObject([
      { ecosystem: 'docker', name: 'ghcr.io/x/y', version: '1', scope: 'runtime' },
    ]);
    const bad =
      'jobs:\n  a:\n    steps:\n      - uses: actions/checkout\n      - uses: ${{ matrix.action }}\n';
    expect(githubActionsFormat.parse({ path: WORKFLOW_PATH, text: bad }).findings.map((f) => f.line)).toEqual(
      [4, 5],
    );
  });

  it.each([
    ['jobs:\n  a:\n    steps:\n      - uses: [1]\n', 4, '"uses" to be a string'],
    ['jobs:\n  a:\n    steps: yes\n', 3, 'steps to be a list'],
    ['jobs: [1, 2]\n', 1, '"jobs" to be a mapping'],
    ['jobs:\n  a:\n    steps:\n  - uses: a/b@v1\n   bad: [\n', 3, 'invalid YAML'],
    ['jobs:\n  a: 1\n  a: 2\n', 3, 'invalid YAML'],
  ])('rejects %j at line %i', (text, line, detail) => {
    try {
      githubActionsFormat.parse({ path: WORKFLOW_PATH, text });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LockfileParseError);
      expect((error as LockfileParseError).file).toBe(WORKFLOW_PATH);
      expect((error as LockfileParseError).line).toBe(line);
      expect((error as LockfileParseError).detail).toContain(detail);
    }
  });

  it('mutated input only ever fails with LockfileParseError', () => {
    expectOnlyParseErrors(githubActionsFormat, { path: WORKFLOW_PATH, text: WORKFLOW });
  });
});

describe('GitHub Actions version scheme', () => {
  it('orders release tags; SHAs and branches are unordered', () => {
    expectAscending(githubActionsScheme, [
      'v1',
      'v1.1',
      'v1.2.3',
      'v2.0.0-beta.1',
      'v2',
      'v3.22.12',
      'v4.1.1',
      'v10',
    ]);
    expect(githubActionsScheme.compare('v4', 'v4.0.0')).toBe(0);
    expect(githubActionsScheme.compare('4.1.1', 'v4.1.1')).toBe(0);
    expect(githubActionsScheme.compare('main', 'v4')).toBeNull();
    expect(githubActionsScheme.compare('b4ffde65f46336ab88eb53be808477a3936bae11', 'v4')).toBeNull();
    expect(githubActionsScheme.compare('1234567890123456789012345678901234567890', 'v4')).toBeNull();
    expect(classifyBump('GitHub Actions', 'v3', 'v4')).toBe('major');
    expect(classifyBump('GitHub Actions', 'v4.1.1', 'v4.1.2')).toBe('patch');
  });

  it('is a total order on generated tags', () => {
    const n = fc.nat({ max: 12 }).map(String);
    const tag = fc
      .tuple(
        fc.constantFrom('', 'v'),
        fc.array(n, { minLength: 1, maxLength: 3 }),
        fc.constantFrom('', '-beta.1', '-rc.2', '-alpha'),
      )
      .map(([v, parts, pre]) => `${v}${parts.join('.')}${pre}`);
    expectTotalOrder(githubActionsScheme, tag);
  });
});
