import * as core from '@actions/core';
import type { AppContext, AppIo } from './app/context.js';
import { runPullRequestGate } from './app/pull-request-gate.js';
import { readActionConfig } from './config/inputs.js';
import { createGitHubClient } from './github/client.js';
import { GATE_CHECK_NAME } from './gate/gate-check.js';
import { pullRequestsOf, readRunnerEvent, repositoryOf } from './github/event.js';
import { field } from './github/json.js';
import { toPlainText } from './markdown/escape.js';

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
      repo: repositoryOf(event, process.env),
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
    const { numbers, edit, note } = pullRequestsOf(event, {
      botLogin: config.botLogin,
      gateCheckName: GATE_CHECK_NAME,
    });
    if (note) io[note.level](note.message);
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
