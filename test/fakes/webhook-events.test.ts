// The payload builders start from real @octokit/webhooks-examples payloads; these tests pin the
// overrides scenarios rely on and that the action's own event reader accepts them.
import { readFile, writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunnerEvent } from '../../src/github/event.js';
import { inputEnvName, parseAnnotations, parseOutputFile, readActionDefaults } from './run-action.js';
import {
  checkRunCompletedEvent,
  issueCommentEvent,
  mergeGroupEvent,
  pullRequestEvent,
  pullRequestTargetEvent,
  pushEvent,
  scheduleEvent,
  workflowRunCompletedEvent,
} from './webhook-events.js';

const BASE = 'a'.repeat(40);
const HEAD = 'b'.repeat(40);
const repo = 'acme/infusion-pump';

describe('webhook payload builders', () => {
  it('builds pull_request(_target) payloads the action reads', async () => {
    for (const action of ['opened', 'synchronize', 'reopened', 'edited'] as const) {
      const event = pullRequestTargetEvent({ action, repo, number: 12, baseSha: BASE, headSha: HEAD });
      expect(event).toMatchObject({ name: 'pull_request_target', sha: BASE, ref: 'refs/heads/main' });
      // The fields the action reads from a pull_request payload.
      expect(event.payload).toMatchObject({
        repository: { full_name: 'acme/infusion-pump' },
        pull_request: { number: 12, base: { sha: BASE }, head: { sha: HEAD } },
      });
      // No string in the payload still names the example's repository.
      expect(JSON.stringify(event.payload)).not.toContain('Codertocat/Hello-World');
    }
    const pr = pullRequestEvent({
      action: 'synchronize',
      repo,
      number: 3,
      baseSha: BASE,
      headSha: HEAD,
      before: 'c'.repeat(40),
    });
    expect(pr).toMatchObject({ name: 'pull_request', ref: 'refs/pull/3/merge' });
    expect(pr.payload).toMatchObject({
      action: 'synchronize',
      before: 'c'.repeat(40),
      after: HEAD,
      repository: { full_name: repo },
    });
  });

  it('labeled and closed+merged pull requests', () => {
    const labeled = pullRequestEvent({
      action: 'labeled',
      repo,
      number: 3,
      baseSha: BASE,
      headSha: HEAD,
      label: 'soup:anomalies-reviewed',
      sender: 'qa-lead',
    });
    expect(labeled.payload).toMatchObject({
      label: { name: 'soup:anomalies-reviewed' },
      sender: { login: 'qa-lead', type: 'User' },
    });
    expect(
      (labeled.payload.pull_request as { labels: { name: string }[] }).labels.map((l) => l.name),
    ).toEqual(['soup:anomalies-reviewed']);
    const merged = pullRequestEvent({
      action: 'closed',
      repo,
      number: 3,
      baseSha: BASE,
      headSha: HEAD,
      merged: true,
      mergeCommitSha: 'd'.repeat(40),
    });
    expect(merged.payload.pull_request).toMatchObject({
      state: 'closed',
      merged: true,
      merge_commit_sha: 'd'.repeat(40),
    });
    const fork = pullRequestTargetEvent({
      action: 'opened',
      repo,
      number: 4,
      baseSha: BASE,
      headSha: HEAD,
      headRepo: 'mallory/infusion-pump',
      author: 'mallory',
    });
    expect(fork.payload.pull_request).toMatchObject({
      head: { repo: { full_name: 'mallory/infusion-pump', fork: true } },
      user: { login: 'mallory' },
    });
  });

  it('issue_comment edited carries changes.body.from and issue.pull_request', () => {
    const event = issueCommentEvent({
      action: 'edited',
      repo,
      issueNumber: 12,
      comment: { id: 555, body: '- [x] reviewed', user: 'github-actions[bot]' },
      from: '- [ ] reviewed',
      sender: 'qa-lead',
      defaultBranchSha: BASE,
    });
    expect(event.payload).toMatchObject({
      action: 'edited',
      changes: { body: { from: '- [ ] reviewed' } },
      comment: { id: 555, body: '- [x] reviewed', user: { login: 'github-actions[bot]', type: 'Bot' } },
      issue: { number: 12, pull_request: { url: `https://api.github.com/repos/${repo}/pulls/12` } },
      sender: { login: 'qa-lead' },
    });
  });

  it('check_run, workflow_run, push, schedule and merge_group', () => {
    const check = checkRunCompletedEvent({
      repo,
      checkRun: { id: 9, name: 'tests', headSha: HEAD, conclusion: 'success' },
      pullRequests: [{ number: 12, headSha: HEAD, headRef: 'x', baseSha: BASE }],
      defaultBranchSha: BASE,
    });
    expect(check.payload.check_run).toMatchObject({
      id: 9,
      name: 'tests',
      head_sha: HEAD,
      conclusion: 'success',
      status: 'completed',
      app: { slug: 'github-actions' },
      pull_requests: [{ number: 12 }],
    });
    const run = workflowRunCompletedEvent({
      repo,
      run: { id: 77, headSha: HEAD, conclusion: 'failure' },
      defaultBranchSha: BASE,
    });
    expect(run.payload.workflow_run).toMatchObject({
      id: 77,
      head_sha: HEAD,
      conclusion: 'failure',
      repository: { full_name: repo },
      html_url: `https://github.com/${repo}/actions/runs/77`,
    });
    const push = pushEvent({ repo, before: BASE, after: HEAD });
    expect(push).toMatchObject({
      name: 'push',
      sha: HEAD,
      ref: 'refs/heads/main',
      payload: { before: BASE, after: HEAD, head_commit: { id: HEAD } },
    });
    expect(scheduleEvent({ repo, defaultBranchSha: BASE })).toMatchObject({
      name: 'schedule',
      payload: { schedule: '0 6 * * 1' },
    });
    const group = mergeGroupEvent({ repo, headSha: HEAD, baseSha: BASE, prNumber: 12 });
    expect(group.payload.merge_group).toMatchObject({
      head_sha: HEAD,
      base_sha: BASE,
      base_ref: 'refs/heads/main',
    });
  });

  it('round-trips through GITHUB_EVENT_PATH into readRunnerEvent', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'soup-gate-event-'));
    try {
      const event = pullRequestTargetEvent({
        action: 'opened',
        repo,
        number: 1,
        baseSha: BASE,
        headSha: HEAD,
      });
      await writeFile(join(dir, 'e.json'), JSON.stringify(event.payload));
      const read = await readRunnerEvent({
        GITHUB_EVENT_NAME: event.name,
        GITHUB_EVENT_PATH: join(dir, 'e.json'),
      });
      expect(read.payload).toEqual(JSON.parse(await readFile(join(dir, 'e.json'), 'utf8')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('run-action helpers', () => {
  it('names inputs the way @actions/core reads them', () => {
    expect(inputEnvName('max-lockfile-bytes')).toBe('INPUT_MAX-LOCKFILE-BYTES');
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT');
  });

  it('fills defaults from action.yml with the token substituted', async () => {
    const defaults = await readActionDefaults('t0k');
    expect(defaults.token).toBe('t0k');
    expect(defaults['max-lockfile-bytes']).toBe('104857600');
  });

  it('parses GITHUB_OUTPUT heredocs and workflow-command annotations', () => {
    expect(parseOutputFile('a=1\nchanges<<ghadelimiter_x\n{"a":\n1}\nghadelimiter_x\n')).toEqual({
      a: '1',
      changes: '{"a":\n1}',
    });
    expect(
      parseAnnotations('log\n::warning file=a%2Cb.lock,line=3::bad%0Aline 100%25\n::notice::hi\n'),
    ).toEqual([
      { level: 'warning', message: 'bad\nline 100%', properties: { file: 'a,b.lock', line: '3' } },
      { level: 'notice', message: 'hi', properties: {} },
    ]);
  });
});
