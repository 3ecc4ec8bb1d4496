import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import {
  MAX_LINKS,
  awaitedEvidence,
  checkRunEvidence,
  findRunLinks,
  foreignLinkProblem,
  judgeLinkedRun,
  type CheckRunFacts,
  type EvidenceRule,
  type WorkflowRunFacts,
} from '../../src/gate/evidence.js';
import { HEAD } from './fixtures.js';

const REPO = { owner: 'acme', repo: 'infusion-pump' };
const rule: EvidenceRule = { ...DEFAULT_POLICY.evidence, checkRuns: ['integration-tests'] };
const run = (overrides: Partial<CheckRunFacts> = {}): CheckRunFacts => ({
  name: 'integration-tests',
  headSha: HEAD,
  status: 'completed',
  conclusion: 'success',
  url: 'https://github.com/acme/infusion-pump/runs/9',
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
  ...overrides,
});

describe('checkRunEvidence', () => {
  it('is satisfied without any run when the policy requires none', () => {
    expect(checkRunEvidence({ ...rule, required: false }, [], HEAD)).toEqual({
      required: false,
      satisfied: true,
      description: 'not required by the policy',
    });
  });

  it('accepts a successful completed run of a configured check on the head, linked', () => {
    expect(checkRunEvidence(rule, [run()], HEAD)).toEqual({
      required: true,
      satisfied: true,
      description:
        '[successful integration-tests run](https://github.com/acme/infusion-pump/runs/9) on <code>a1b2c3d</code>',
    });
  });

  it.each([
    ['another check', { name: 'lint' }],
    ['another commit', { headSha: 'f'.repeat(40) }],
    ['a run still going', { status: 'in_progress', conclusion: null }],
    ['a failed run', { conclusion: 'failure' }],
  ])('leaves the question open for %s', (_, overrides) => {
    expect(checkRunEvidence(rule, [run(overrides)], HEAD)).toBeUndefined();
  });

  it('never links a run URL that is not http(s)', () => {
    const found = checkRunEvidence(rule, [run({ url: 'javascript:alert(1)' })], HEAD);
    expect(found?.description).toBe('successful integration-tests run on <code>a1b2c3d</code>');
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

describe('judgeLinkedRun', () => {
  it('accepts a successful completed run of this repository on the head', () => {
    expect(judgeLinkedRun(link('42'), workflowRun(), REPO, HEAD)).toEqual({
      evidence: {
        required: true,
        satisfied: true,
        description:
          '[successful workflow run 42](https://github.com/acme/infusion-pump/actions/runs/42) on <code>a1b2c3d</code> (linked in the PR)',
      },
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
  ])('rejects %s', (_, found, problem) => {
    expect(judgeLinkedRun(link('42'), found, REPO, HEAD)).toEqual({ problem });
  });
});

describe('awaitedEvidence', () => {
  it('names the configured checks and the link alternative', () => {
    expect(awaitedEvidence(rule, HEAD, []).description).toBe(
      'waiting for a successful <code>integration-tests</code> run on <code>a1b2c3d</code> (or a link to one in the PR description)',
    );
  });

  it('asks for any workflow run when no check is named, without links when the policy turns them off', () => {
    expect(awaitedEvidence({ ...rule, checkRuns: [], links: false }, HEAD, [])).toEqual({
      required: true,
      satisfied: false,
      description: 'waiting for a successful workflow run on <code>a1b2c3d</code>',
    });
  });

  it('says why each linked run was rejected', () => {
    expect(
      awaitedEvidence(rule, HEAD, [
        'run <code>1</code> is <code>failure</code>',
        'run <code>2</code> is from another repository',
      ]).description,
    ).toMatch(
      /; rejected: run <code>1<\/code> is <code>failure<\/code>; run <code>2<\/code> is from another repository$/,
    );
  });
});
