import * as core from '@actions/core';
import type { AppContext, AppIo } from './app/context.js';
import { runPullRequestGate } from './app/pull-request-gate.js';
import { readActionConfig } from './config/inputs.js';
import { createGitHubClient } from './github/client.js';
import { readRunnerEvent, type RunnerEvent } from './github/event.js';
import { field } from './github/json.js';
import { toPlainText } from './markdown/escape.js';

const PR_ACTIONS = new Set([
  'opened',
  'synchronize',
  'reopened',
  'edited',
  'labeled',
  'unlabeled',
  'ready_for_review',
]);

function createIo(): AppIo {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    notice: (message) => core.notice(message),
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown, true).write();
    },
    now: () => new Date(),
  };
}

function repoOf(event: RunnerEvent, env: NodeJS.ProcessEnv): { owner: string; repo: string } {
  const fullName = field(field(event.payload, 'repository'), 'full_name') ?? env.GITHUB_REPOSITORY;
  if (typeof fullName !== 'string' || !/^[^/]+\/[^/]+$/.test(fullName)) {
    throw new Error('the event names no repository (repository.full_name or GITHUB_REPOSITORY)');
  }
  const [owner, repo] = fullName.split('/') as [string, string];
  return { owner, repo };
}

/** PR numbers an event is about, with the comment edit when a person edited the bot comment. */
function pullRequestsOf(
  event: RunnerEvent,
  botLogin: string,
  io: AppIo,
): { numbers: number[]; edit?: Parameters<typeof runPullRequestGate>[2] } {
  const payload = event.payload;
  const action = field(payload, 'action');
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = field(field(payload, 'pull_request'), 'number');
      if (typeof number !== 'number') throw new Error(`the ${event.name} payload has no pull_request.number`);
      if (typeof action === 'string' && !PR_ACTIONS.has(action)) {
        io.notice(`soup-gate: pull request "${action}" needs no evaluation`);
        return { numbers: [] };
      }
      return { numbers: [number] };
    }
    case 'issue_comment': {
      const issue = field(payload, 'issue');
      const number = field(issue, 'number');
      if (action !== 'edited' || field(issue, 'pull_request') === undefined || typeof number !== 'number') {
        io.notice('soup-gate: only edits of its comment on a pull request matter here; nothing to do');
        return { numbers: [] };
      }
      const comment = field(payload, 'comment');
      const sender = field(field(payload, 'sender'), 'login');
      const author = field(field(comment, 'user'), 'login');
      const id = field(comment, 'id');
      const after = field(comment, 'body');
      const before = field(field(field(payload, 'changes'), 'body'), 'from');
      if (author !== botLogin) {
        io.notice("soup-gate: the edited comment is not soup-gate's; ignored");
        return { numbers: [] };
      }
      if (sender === botLogin) {
        io.info('soup-gate: its own edit; nothing to do');
        return { numbers: [] };
      }
      if (
        typeof id !== 'number' ||
        typeof after !== 'string' ||
        typeof before !== 'string' ||
        typeof sender !== 'string'
      ) {
        // Without the previous body the edit can't be attributed; re-rendering reverts it.
        return { numbers: [number] };
      }
      return { numbers: [number], edit: { commentId: id, before, after, actor: sender } };
    }
    case 'check_run':
    case 'workflow_run': {
      const run = field(payload, event.name);
      if (action !== 'completed') return { numbers: [] };
      if (event.name === 'check_run' && field(run, 'name') === 'soup-gate') return { numbers: [] };
      const prs = field(run, 'pull_requests');
      const numbers = Array.isArray(prs)
        ? prs.map((p) => field(p, 'number')).filter((n): n is number => typeof n === 'number')
        : [];
      if (numbers.length === 0)
        io.notice(
          `soup-gate: the completed ${event.name} belongs to no open pull request of this repository`,
        );
      return { numbers: [...new Set(numbers)].slice(0, 10) };
    }
    default:
      return { numbers: [] };
  }
}

/** The action's entry: the only place that turns an error into a failed step. */
export async function run(): Promise<void> {
  try {
    const config = readActionConfig();
    const event = await readRunnerEvent();
    const io = createIo();
    const handled = [
      'pull_request',
      'pull_request_target',
      'issue_comment',
      'check_run',
      'workflow_run',
      'merge_group',
      'schedule',
      'workflow_dispatch',
      'push',
    ];
    if (!handled.includes(event.name)) {
      core.notice(
        `soup-gate: the "${event.name}" event is not one it acts on; run it on pull_request_target (with issue_comment, check_run or workflow_run, merge_group), push to the default branch, and schedule or workflow_dispatch for monitoring. Nothing to do.`,
      );
      return;
    }
    const options: AppContext = {
      client: createGitHubClient({ token: config.token, apiUrl: config.apiUrl, warn: core.warning }),
      repo: repoOf(event, process.env),
      config,
      io,
    };
    // Each event loads only the code it runs (dynamic imports are separate chunks), which keeps the
    // cold start of the frequent PR events short.
    if (event.name === 'merge_group') {
      const { passMergeGroup } = await import('./app/merge-group.js');
      await passMergeGroup(options, event.payload);
      return;
    }
    if (event.name === 'schedule' || event.name === 'workflow_dispatch') {
      const { runMonitor } = await import('./app/monitor.js');
      const outcome = await runMonitor(options);
      if (outcome.failure !== undefined) core.setFailed(toPlainText(outcome.failure));
      return;
    }
    // A merged PR or a push to the default branch: the SOUP list and the change record.
    if (event.name === 'push' || field(event.payload, 'action') === 'closed') {
      const { mergeTriggerOf, runOnMerge } = await import('./app/on-merge.js');
      const merge = mergeTriggerOf(event.name, event.payload);
      if (merge) {
        await runOnMerge(options, merge);
        return;
      }
    }
    if (event.name === 'push') return;
    const { numbers, edit } = pullRequestsOf(event, config.botLogin, io);
    const blocked: string[] = [];
    for (const number of numbers) {
      const outcome = await runPullRequestGate(options, number, edit);
      core.info(`PR #${number}: gate ${outcome.passed ? 'passed' : 'blocked'}`);
      // Without a check run the gate can only stay red by failing the step.
      if (!outcome.passed && !outcome.checkWritten)
        blocked.push(`#${number}: ${outcome.missing.map(toPlainText).join('; ')}`);
    }
    if (blocked.length > 0) {
      core.setFailed(
        `SOUP gate blocked (and the soup-gate check run could not be written): ${blocked.join(' | ')}`,
      );
    }
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
