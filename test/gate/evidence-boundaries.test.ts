// Evidence edges a forged or half-finished run could slip through: a link to another repository of
// the same owner, a run that is not finished although its conclusion field reads success, several
// names a policy accepts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import {
  awaitedEvidence,
  checkRunProblem,
  findRunLinks,
  foreignLinkProblem,
  isNamedWorkflow,
  judgeLinkedRun,
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
  checkRuns: ['integration-tests', 'hil-tests'],
  workflows: [INTEGRATION],
};
const checkRun = (overrides: Partial<CheckRunFacts> = {}): CheckRunFacts => ({
  name: 'integration-tests',
  headSha: HEAD,
  status: 'completed',
  conclusion: 'success',
  url: 'https://github.com/acme/infusion-pump/runs/9',
  appSlug: 'github-actions',
  ...overrides,
});
const workflowRun = (overrides: Partial<WorkflowRunFacts> = {}): WorkflowRunFacts => ({
  repository: 'acme/infusion-pump',
  headSha: HEAD,
  status: 'completed',
  conclusion: 'success',
  path: INTEGRATION,
  name: 'integration',
  ...overrides,
});
const runLink = (id: string, repo = 'acme/infusion-pump') => {
  const [owner, name] = repo.split('/') as [string, string];
  return { url: `https://github.com/${repo}/actions/runs/${id}`, owner, repo: name, id };
};

describe('run links', () => {
  it('reads the whole run id of every link', () => {
    expect(
      findRunLinks(
        'see https://github.com/acme/infusion-pump/actions/runs/123456789 and https://github.com/Acme/other.repo/actions/runs/42/job/7',
      ),
    ).toEqual([
      runLink('123456789'),
      { ...runLink('42', 'Acme/other.repo'), url: 'https://github.com/Acme/other.repo/actions/runs/42' },
    ]);
  });

  it('refuses a link to another repository of the same owner, whatever the case', () => {
    expect(foreignLinkProblem(runLink('42', 'acme/firmware'), REPO)).toBe(
      'run <code>42</code> is from another repository',
    );
    expect(foreignLinkProblem(runLink('42', 'other/infusion-pump'), REPO)).toBe(
      'run <code>42</code> is from another repository',
    );
    expect(foreignLinkProblem(runLink('42', 'ACME/Infusion-Pump'), REPO)).toBeUndefined();
  });
});

describe('unfinished runs', () => {
  it('does not count a check run that is not completed, whatever its conclusion reads', () => {
    expect(
      checkRunProblem(rule, checkRun({ status: 'in_progress', conclusion: 'success' }), HEAD),
    ).toBeDefined();
    expect(checkRunProblem(rule, checkRun({ status: 'queued', conclusion: null }), HEAD)).toBe(
      'check run <code>integration-tests</code> is <code>queued</code>',
    );
  });

  it('does not count a linked run that is not completed, whatever its conclusion reads', () => {
    expect(
      judgeLinkedRun(runLink('42'), workflowRun({ status: 'in_progress' }), REPO, HEAD, rule),
    ).toHaveProperty('problem');
  });
});

describe('awaitedEvidence', () => {
  it('names every check run the policy accepts', () => {
    expect(awaitedEvidence({ ...rule, links: false }, HEAD, []).description).toBe(
      'waiting for a successful <code>integration-tests</code> or <code>hil-tests</code> check run from <code>github-actions</code> on <code>a1b2c3d</code>',
    );
  });
});

describe('which workflow a policy names', () => {
  const named = (workflows: string[], path: string, name: string | null = 'integration') =>
    isNamedWorkflow({ ...rule, workflows }, path, name);

  it('takes a run’s workflow file as given, without a leading ./ and an @ref, and only YAML files', () => {
    expect(workflowPath(workflowRun({ path: './.github/workflows/ci.yml@refs/heads/main' }))).toBe(
      '.github/workflows/ci.yml',
    );
    expect(workflowPath(workflowRun({ path: '.github/workflows/./ci.yml' }))).toBe(
      '.github/workflows/./ci.yml',
    );
    expect(workflowPath(workflowRun({ path: '.github/workflows/ci.yml.bak' }))).toBeUndefined();
    expect(workflowPath(workflowRun({ path: '.github/workflows/ci.yaml' }))).toBe(
      '.github/workflows/ci.yaml',
    );
  });

  it('reads a policy entry ending in .yml/.yaml as a file, trimmed, and anything else as a workflow name', () => {
    expect(named([' ci.yml '], '.github/workflows/ci.yml')).toBe(true);
    expect(named(['./.github/workflows/ci.yml'], '.github/workflows/ci.yml')).toBe(true);
    expect(named(['.github/./workflows/ci.yml'], '.github/workflows/ci.yml')).toBe(false);
    expect(named(['ci.yml checks'], '.github/workflows/ci.yml', 'ci.yml checks')).toBe(true);
    expect(named(['ci.yml checks'], '.github/workflows/ci.yml', 'other')).toBe(false);
    expect(named(['integration'], '.github/workflows/ci.yml', 'deploy')).toBe(false);
    expect(named(['integration'], '.github/workflows/ci.yml', null)).toBe(false);
  });

  it('says which workflows the policy names when a linked run is of another one', () => {
    const other = { ...rule, workflows: ['ci.yml', 'hil.yml'] };
    expect(judgeLinkedRun(runLink('42'), workflowRun({ name: null }), REPO, HEAD, other)).toEqual({
      problem:
        "run <code>42</code> is of workflow <code>.github/workflows/integration.yml</code>, which the base branch's policy does not name (it names <code>ci.yml</code>, <code>hil.yml</code>)",
    });
  });

  it('says when a linked run has no workflow file at all', () => {
    expect(judgeLinkedRun(runLink('42'), workflowRun({ path: null }), REPO, HEAD, rule)).toEqual({
      problem:
        'run <code>42</code> is not of a workflow file under <code>.github/workflows/</code> (<code>no path</code>)',
    });
  });
});

describe('the apps a policy accepts check runs from', () => {
  it('says when it accepts none', () => {
    expect(checkRunProblem({ ...rule, checkRunApps: [] }, checkRun(), HEAD)).toBe(
      "check run <code>integration-tests</code> is from app <code>github-actions</code>; the base branch's policy accepts check runs from no app (<code>evidence.check-run-apps</code> is empty)",
    );
  });

  it('names every app it accepts', () => {
    expect(checkRunProblem({ ...rule, checkRunApps: ['ci-a', 'ci-b'] }, checkRun(), HEAD)).toBe(
      "check run <code>integration-tests</code> is from app <code>github-actions</code>; the base branch's policy accepts check runs from <code>ci-a</code> or <code>ci-b</code>",
    );
  });

  it('names every workflow a link may point at', () => {
    expect(
      awaitedEvidence({ ...rule, checkRuns: [], workflows: ['ci.yml', 'hil.yml'] }, HEAD, []).description,
    ).toBe(
      'waiting for a link in the PR description to a successful run on <code>a1b2c3d</code> of <code>ci.yml</code> or <code>hil.yml</code> (as on the base branch)',
    );
  });
});
