import * as core from '@actions/core';
import { readActionConfig } from './config.js';
import { createGitHubClient } from './github/client.js';
import { PULL_REQUEST_EVENTS, readPullRequest, readRunnerEvent } from './github/event.js';
import { fetchPullRequestTrees } from './github/pull-request.js';
import { diffInventories, filterChanges } from './inventory/diff.js';
import { renderDiffMarkdown } from './render/changes-table.js';
import { loadInventory } from './sources/load-inventory.js';

/** The action's entry: the only place that turns an error into a failed step. */
export async function run(): Promise<void> {
  try {
    const config = readActionConfig();
    const event = await readRunnerEvent();
    if (!PULL_REQUEST_EVENTS.has(event.name)) {
      core.notice(
        `soup-gate: the "${event.name}" event is not one it acts on; run it on pull_request_target or pull_request. Nothing to do.`,
      );
      return;
    }
    const pr = readPullRequest(event);
    const client = createGitHubClient({ token: config.token, apiUrl: config.apiUrl, warn: core.warning });
    const trees = await fetchPullRequestTrees(client, pr, config.ignore);
    core.info(
      `PR #${pr.number}: ${trees.lockfiles.length} lockfile(s) touched: ${trees.lockfiles.join(', ') || 'none'}`,
    );
    const load = { ignore: config.ignore, maxBytes: config.maxLockfileBytes, onProgress: core.info };
    const base = await loadInventory(trees.base, load);
    const head = await loadInventory(trees.head, load);
    const result = diffInventories(base, head);
    const changes = filterChanges(result.changes, config.scope);
    for (const finding of head.lockfiles.flatMap((l) => l.findings)) {
      core.warning(finding.message, {
        file: finding.lockfile,
        ...(finding.line !== undefined ? { startLine: finding.line } : {}),
      });
    }
    core.setOutput('changes', JSON.stringify({ lockfiles: result.lockfiles, changes }));
    await core.summary.addRaw(renderDiffMarkdown(result, changes), true).write();
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error));
  }
}
