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
  judgeLinkedRun,
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
