import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY, parsePolicyFile } from '../../src/config/policy.js';
import {
  MAX_LINKS,
  awaitedEvidence,
  checkRunProblem,
  findRunLinks,
  foreignLinkProblem,
  isNamedWorkflow,
  judgeCheckRuns,
  judgeLinkedRun,
  judgeWorkflowFile,
  withRefusals,
  workflowPath,
  type CheckRunFacts,
  type EvidenceRule,
  type WorkflowRunFacts,
} from '../../src/gate/evidence.js';
import { HEAD } from './fixtures.js';

const REPO = { owner: 'acme', repo: 'infusion-pump' };
const INTEGRATION = '.github/workflows/integration.yml';
const rule: EvidenceRule = {
  ...DEFAULT_POLICY.evidence,
  checkRuns: ['integration-tests'],
  workflows: [INTEGRATION],
};
const run = (overrides: Partial<CheckRunFacts> = {}): CheckRunFacts => ({
  name: 'integration-tests',
  headSha: HEAD,
  status: 'completed',
  conclusion: 'success',
  url: 'https://github.com/acme/infusion-pump/runs/9',
  appSlug: 'github-actions',
  ...overrides,
});
const link = (id: string, repo = 'acme/infusion-pump') => {
  const url = `https://github.com/${repo}/actions/runs/${id}`;
  const [owner, name] = repo.split('/') as [string, string];
  return { url, owner, repo: name, id };
};
const workflowRun = (overrides: Partial<WorkflowRunFacts> = {}): WorkflowRunFacts => ({
  repository: 'acme/infusion-pump',
  headSha: HEAD,
  status: 'completed',
  conclusion: 'success',
  path: INTEGRATION,
  name: 'integration',
  ...overrides,
});

describe('the policy', () => {
  it('reads the apps and workflows evidence may come from, and refuses a non-list', () => {
    const text =
      'evidence:\n  check-runs: [test]\n  check-run-apps: [acme-ci]\n  workflows: [.github/workflows/ci.yml, integration]\n';
    expect(parsePolicyFile('.github/soup-gate.yml', text).evidence).toEqual({
      checkRuns: ['test'],
      checkRunApps: ['acme-ci'],
      workflows: ['.github/workflows/ci.yml', 'integration'],
      links: true,
      required: true,
      junitFiles: '**/*.xml',
    });
    expect(() => parsePolicyFile('p.yml', 'evidence:\n  workflows: ci.yml\n')).toThrow(
      /p\.yml:2: "evidence\.workflows" must be a list of strings/,
    );
    const example = readFileSync(new URL('../fixtures/policy/soup-gate.yml', import.meta.url), 'utf8');
    expect(parsePolicyFile('.github/soup-gate.yml', example).evidence.workflows).toEqual([
      '.github/workflows/integration.yml',
    ]);
  });

  it('accepts check runs from GitHub Actions only and names no workflow, so no link counts until one is named', () => {
    expect(DEFAULT_POLICY.evidence.checkRunApps).toEqual(['github-actions']);
    expect(DEFAULT_POLICY.evidence.workflows).toEqual([]);
    expect(judgeLinkedRun(link('42'), workflowRun(), REPO, HEAD, DEFAULT_POLICY.evidence)).toEqual({
      problem:
        "run <code>42</code> is of workflow <code>.github/workflows/integration.yml</code> (<code>integration</code>), which the base branch's policy does not name (<code>evidence.workflows</code> is empty)",
    });
  });
});

describe('judgeCheckRuns', () => {
  it('is satisfied without any run when the policy requires none', () => {
    expect(judgeCheckRuns({ ...rule, required: false }, [], HEAD)).toEqual({
      evidence: { required: false, satisfied: true, description: 'not required by the policy' },
    });
  });

  it('accepts a successful completed run of a configured check from the configured app, and says which', () => {
    expect(judgeCheckRuns(rule, [run()], HEAD)).toEqual({
      evidence: {
        required: true,
        satisfied: true,
        description:
          'accepted: [successful <code>integration-tests</code> check run](https://github.com/acme/infusion-pump/runs/9) from <code>github-actions</code> on <code>a1b2c3d</code>',
        accepted: {
          kind: 'check-run',
          name: 'integration-tests',
          url: 'https://github.com/acme/infusion-pump/runs/9',
          appSlug: 'github-actions',
          checkSuiteId: null,
        },
      },
    });
  });

  it('refuses a configured name written by another app, even when a good run of it follows', () => {
    const evil = run({ appSlug: 'evil-app', url: 'https://github.com/acme/infusion-pump/runs/1' });
    expect(judgeCheckRuns(rule, [evil], HEAD)).toEqual({
      refusals: [
        "check run <code>integration-tests</code> is from app <code>evil-app</code>; the base branch's policy accepts check runs from <code>github-actions</code>",
      ],
    });
    const both = judgeCheckRuns(rule, [evil, run()], HEAD);
    expect('evidence' in both && both.evidence.satisfied).toBe(true);
  });

  it('with a dedicated app configured, GitHub Actions runs of the same name no longer count', () => {
    const dedicated = { ...rule, checkRunApps: ['acme-ci'] };
    expect(judgeCheckRuns(dedicated, [run()], HEAD)).toEqual({
      refusals: [
        "check run <code>integration-tests</code> is from app <code>github-actions</code>; the base branch's policy accepts check runs from <code>acme-ci</code>",
      ],
    });
    expect('evidence' in judgeCheckRuns(dedicated, [run({ appSlug: 'acme-ci' })], HEAD)).toBe(true);
  });

  it.each([
    ['a run without an app', { appSlug: null }, 'is from app <code>unknown</code>'],
    ['another commit', { headSha: 'f'.repeat(40) }, 'tested <code>fffffff</code>, not the head'],
    ['a run still going', { status: 'in_progress', conclusion: null }, 'is <code>in&#95;progress</code>'],
    ['a failed run', { conclusion: 'failure' }, 'is <code>failure</code>'],
  ])('refuses %s and says why', (_, overrides, why) => {
    expect(checkRunProblem(rule, run(overrides), HEAD)).toContain(why);
    expect(judgeCheckRuns(rule, [run(overrides)], HEAD)).toEqual({
      refusals: [expect.stringContaining(why)],
    });
  });

  it('ignores check runs the policy does not name, and says each refusal once', () => {
    const failed = run({ conclusion: 'failure' });
    expect(judgeCheckRuns(rule, [run({ name: 'lint' }), failed, failed], HEAD)).toEqual({
      refusals: ['check run <code>integration-tests</code> is <code>failure</code>'],
    });
  });

  it('escapes an app slug and never links a run URL that is not http(s)', () => {
    const hostile = judgeCheckRuns(rule, [run({ appSlug: '<img src=x>' })], HEAD);
    expect(JSON.stringify(hostile)).not.toContain('<img');
    const found = judgeCheckRuns(rule, [run({ url: 'javascript:alert(1)' })], HEAD);
    expect('evidence' in found && found.evidence.description).toBe(
      'accepted: successful <code>integration-tests</code> check run from <code>github-actions</code> on <code>a1b2c3d</code>',
    );
  });
});

describe('findRunLinks', () => {
  it('finds workflow-run links in order, each run once', () => {
    const body = `see ${link('1').url} and ${link('2', 'other/repo').url}, again ${link('1').url}`;
    expect(findRunLinks(body)).toEqual([link('1'), link('2', 'other/repo')]);
  });

  it(`checks at most ${MAX_LINKS} distinct runs, however many are linked`, () => {
    const body = Array.from({ length: 9 }, (_, i) => link(String(i + 1)).url).join('\n');
    expect(findRunLinks(body).map((l) => l.id)).toEqual(['1', '2', '3', '4', '5']);
  });

  it('finds nothing in a body without run links', () => {
    expect(findRunLinks('tested locally, trust me: https://github.com/acme/infusion-pump/pull/3')).toEqual(
      [],
    );
  });
});

describe('foreignLinkProblem', () => {
  it('accepts a link to this repository whatever the case', () => {
    expect(foreignLinkProblem(link('5', 'ACME/Infusion-Pump'), REPO)).toBeUndefined();
  });

  it('rejects a link to another repository before asking for it', () => {
    expect(foreignLinkProblem(link('5', 'attacker/infusion-pump'), REPO)).toBe(
      'run <code>5</code> is from another repository',
    );
  });
});

describe('workflowPath and isNamedWorkflow', () => {
  it.each([
    ['.github/workflows/ci.yml', '.github/workflows/ci.yml'],
    ['./.github/workflows/ci.yaml', '.github/workflows/ci.yaml'],
    ['.github/workflows/ci.yml@refs/heads/main', '.github/workflows/ci.yml'],
    ['dynamic/github-code-scanning/codeql', undefined],
    ['.github/workflows/../../evil.yml', undefined],
    ['.github/workflows/notes.txt', undefined],
    [null, undefined],
  ])('reads %j as %j', (path, expected) => {
    expect(workflowPath(workflowRun({ path }))).toBe(expected);
  });

  it('matches a path entry by the whole path, a bare file name under .github/workflows/, a name by the name', () => {
    const named = (workflows: string[], path: string, name: string | null) =>
      isNamedWorkflow({ ...rule, workflows }, path, name);
    expect(named([INTEGRATION], INTEGRATION, 'anything')).toBe(true);
    expect(named(['./.github/workflows/integration.yml'], INTEGRATION, null)).toBe(true);
    expect(named(['integration.yml'], INTEGRATION, null)).toBe(true);
    expect(named(['integration.yml'], '.github/workflows/sub/integration.yml', null)).toBe(false);
    expect(named(['integration'], '.github/workflows/x.yml', 'integration')).toBe(true);
    expect(named(['integration'], '.github/workflows/x.yml', 'Integration')).toBe(false);
    expect(named(['integration'], '.github/workflows/integration.yml', null)).toBe(false);
    expect(named([], INTEGRATION, 'integration')).toBe(false);
  });
});

describe('judgeLinkedRun', () => {
  it('passes a successful run of a named workflow on the head on to the base-branch check', () => {
    expect(judgeLinkedRun(link('42'), workflowRun(), REPO, HEAD, rule)).toEqual({
      path: INTEGRATION,
      run: workflowRun(),
    });
  });

  it.each([
    [
      'a run the repository does not have',
      undefined,
      'run <code>42</code> does not exist in this repository',
    ],
    [
      'a run GitHub says is of another repository',
      workflowRun({ repository: 'fork/infusion-pump' }),
      'run <code>42</code> is from another repository',
    ],
    [
      'a run without a repository',
      workflowRun({ repository: null }),
      'run <code>42</code> is from another repository',
    ],
    [
      'a run of another commit',
      workflowRun({ headSha: 'b'.repeat(40) }),
      'run <code>42</code> tested <code>bbbbbbb</code>, not the head <code>a1b2c3d</code>',
    ],
    ['a failed run', workflowRun({ conclusion: 'failure' }), 'run <code>42</code> is <code>failure</code>'],
    [
      'a run still going',
      workflowRun({ status: 'in_progress', conclusion: null }),
      'run <code>42</code> is <code>in&#95;progress</code>',
    ],
    [
      'a run of a workflow the base policy does not name (e.g. one the PR adds)',
      workflowRun({ path: '.github/workflows/noop.yml', name: 'noop' }),
      "run <code>42</code> is of workflow <code>.github/workflows/noop.yml</code> (<code>noop</code>), which the base branch's policy does not name (it names <code>.github/workflows/integration.yml</code>)",
    ],
    [
      'a dynamic run without a workflow file',
      workflowRun({ path: 'dynamic/pages/pages-build-deployment' }),
      'run <code>42</code> is not of a workflow file under <code>.github/workflows/</code> (<code>dynamic/pages/pages-build-deployment</code>)',
    ],
  ])('refuses %s', (_, found, problem) => {
    expect(judgeLinkedRun(link('42'), found, REPO, HEAD, rule)).toEqual({ problem });
  });

  it('escapes a hostile workflow name from the API', () => {
    const hostile = judgeLinkedRun(
      link('42'),
      workflowRun({ path: '.github/workflows/x.yml', name: '<script>@team [x](javascript:1)' }),
      REPO,
      HEAD,
      rule,
    );
    expect('problem' in hostile && hostile.problem).not.toMatch(/<script|@team|\]\(/);
  });
});

describe('judgeWorkflowFile', () => {
  const judge = (file: { base: string | undefined; head: string | undefined }) =>
    judgeWorkflowFile(link('42'), workflowRun(), INTEGRATION, file, HEAD);

  it('accepts the run when the workflow file is on the base branch and the PR leaves it as it is, and says which', () => {
    expect(judge({ base: 'blob1', head: 'blob1' })).toEqual({
      evidence: {
        required: true,
        satisfied: true,
        description:
          "accepted: [successful run 42](https://github.com/acme/infusion-pump/actions/runs/42) of workflow <code>.github/workflows/integration.yml</code> (<code>integration</code>) (named by the base branch's policy, unchanged by this PR) on <code>a1b2c3d</code>, linked in the PR",
        accepted: {
          kind: 'workflow-run',
          id: 42,
          url: 'https://github.com/acme/infusion-pump/actions/runs/42',
          path: INTEGRATION,
          name: 'integration',
        },
      },
    });
  });

  it.each([
    [
      'added by the PR (not on the base branch)',
      { base: undefined, head: 'blob1' },
      'whose file is not on the base branch (added by this PR?)',
    ],
    [
      'rewritten by the PR',
      { base: 'blob1', head: 'blob2' },
      "whose file this PR changes: the run did not execute the base branch's workflow",
    ],
    ['deleted by the PR', { base: 'blob1', head: undefined }, 'whose file this PR deletes'],
  ])('refuses a run of a workflow %s', (_, file, why) => {
    expect(judge(file)).toEqual({ problem: expect.stringContaining(why) });
  });
});

describe('awaitedEvidence and withRefusals', () => {
  it('names the configured checks with their app and the named workflows', () => {
    expect(awaitedEvidence(rule, HEAD, []).description).toBe(
      'waiting for a successful <code>integration-tests</code> check run from <code>github-actions</code> on <code>a1b2c3d</code>, or a link in the PR description to a successful run on <code>a1b2c3d</code> of <code>.github/workflows/integration.yml</code> (as on the base branch)',
    );
  });

  it('offers no link when the policy turns links off or names no workflow', () => {
    for (const changed of [{ links: false }, { workflows: [] }])
      expect(awaitedEvidence({ ...rule, ...changed }, HEAD, []).description).toBe(
        'waiting for a successful <code>integration-tests</code> check run from <code>github-actions</code> on <code>a1b2c3d</code>',
      );
  });

  it('says when the policy names no evidence at all (nothing can satisfy it)', () => {
    expect(awaitedEvidence({ ...rule, checkRuns: [], workflows: [] }, HEAD, [])).toEqual({
      required: true,
      satisfied: false,
      description:
        'waiting for evidence the policy names (<code>evidence.check-runs</code> and <code>evidence.workflows</code> name none)',
    });
  });

  it('says why each run was refused, at most eight of them', () => {
    const refusals = Array.from({ length: 10 }, (_, i) => `run <code>${i}</code> is <code>failure</code>`);
    const description = awaitedEvidence(rule, HEAD, refusals).description;
    expect(description).toMatch(
      /; refused: run <code>0<\/code> is <code>failure<\/code>; run <code>1<\/code>/,
    );
    expect(description).toContain('run <code>7</code>');
    expect(description).not.toContain('run <code>8</code>');
    expect(description).toMatch(/; and 2 more$/);
  });

  it('keeps the refusals met before the accepted run', () => {
    const accepted = { required: true, satisfied: true, description: 'accepted: X' };
    expect(withRefusals(accepted, ['run <code>1</code> is <code>failure</code>']).description).toBe(
      'accepted: X; refused: run <code>1</code> is <code>failure</code>',
    );
    expect(withRefusals(accepted, [])).toEqual(accepted);
  });
});
