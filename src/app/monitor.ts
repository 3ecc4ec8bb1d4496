/**
 * Post-market monitoring (IEC 62304 6.1, 7.1.3), run on `schedule` and `workflow_dispatch`: the
 * default branch's SOUP items against OSV and the register's anomaly evaluations, one issue per
 * item with anomalies still to evaluate (opened, updated only when its content changed, closed when
 * nothing is left), plus optional deprecation, archived-repository and obsolescence reports.
 */
import { parsePolicyFile } from '../config/policy.js';
import { createHttpClient } from '../enrich/http.js';
import { assessItems, totalsOf, type ItemAssessment, type MonitorTotals } from '../monitor/assess.js';
import { checkHealth } from '../monitor/health.js';
import { countVersions, selectMonitoredItems } from '../monitor/items.js';
import { checkAnomalies } from '../monitor/osv-check.js';
import { planIssueActions } from '../monitor/plan.js';
import { renderMonitorSummary, type IssueCounts } from '../monitor/render.js';
import { createCommitSource } from '../github/commit-source.js';
import { PermissionError } from '../github/errors.js';
import {
  applyIssueAction,
  getDefaultBranchHead,
  isRepositoryArchived,
  listMonitorIssues,
  listTreePaths,
} from '../github/monitor-issues.js';
import { readFileAt } from '../github/pull-request.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import { code, escapeText } from '../markdown/escape.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { AppContext } from './context.js';

export interface MonitorOutcome {
  totals: MonitorTotals;
  issues: IssueCounts | undefined;
  assessments: ItemAssessment[];
  /** Set when the step must fail: anomalies could not be looked up and the policy says fail. */
  failure?: string;
}

export async function runMonitor(options: AppContext): Promise<MonitorOutcome> {
  const { client, repo, config, io } = options;
  if (!config.enrich) {
    io.notice(
      'soup-gate monitoring looks anomalies up in OSV; the enrich input is false, so nothing was checked',
    );
    await io.writeSummary('### soup-gate monitoring: not run (enrich is false)\n');
    return { totals: totalsOf([]), issues: undefined, assessments: [] };
  }
  const head = await getDefaultBranchHead(client, repo);
  io.info(`monitor: ${repo.owner}/${repo.repo} ${head.branch} at ${head.sha}`);
  const policy = parsePolicyFile(
    config.configFile,
    await readFileAt(client, repo, head.sha, config.configFile),
  );
  const registerText = await readFileAt(client, repo, head.sha, policy.register);
  const register =
    registerText === undefined
      ? emptyRegister(policy.register)
      : parseRegister(policy.register, registerText, { allowIncomplete: true });
  const tree = await listTreePaths(client, repo, head.sha);
  const notes: string[] = [];
  if (tree.truncated) {
    const message = `the tree of ${head.branch} is too large for one GitHub tree listing (truncated): lockfiles past the cut are not monitored`;
    io.warning(message);
    notes.push(escapeText(message, 300));
  }
  const ignore = [...config.ignore, ...policy.ignore.paths];
  // Every listed path exists at the head: a failed read is an error, never an unmonitored lockfile.
  const inventory = await loadInventory(
    createCommitSource(client, repo, head.sha, tree.paths, new Set(tree.paths)),
    {
      ignore,
      maxBytes: config.maxLockfileBytes,
      onProgress: io.info,
    },
  );
  const items = selectMonitoredItems(inventory, {
    dependencies: policy.scope.dependencies,
    includeDev: policy.scope.includeDev,
    ignorePackages: policy.ignore.packages,
  });
  io.info(`monitor: ${items.length} SOUP item(s), ${countVersions(items)} version(s) in scope`);

  const http = createHttpClient({ fetch: globalThis.fetch, userAgent: 'soup-gate' });
  const osv = await checkAnomalies(items, { http, osvUrl: config.osvUrl, onProgress: io.info });
  for (const failure of osv.failures) io.warning(`anomaly lookup failed: ${failure}`);
  const health = await checkHealth(items, {
    http,
    checks: config.monitorChecks,
    npmRegistryUrl: config.npmRegistryUrl,
    depsDevUrl: config.depsDevUrl,
    obsoleteAfterDays: config.monitorObsoleteDays,
    maxLookups: config.monitorMaxLookups,
    today: io.now(),
    isArchived: (r) => isRepositoryArchived(client, r),
  });
  notes.push(...health.notes);
  const today = io.now().toISOString().slice(0, 10);
  const assessments = assessItems(items, osv.byItem, register, today, health.findings);
  const totals = totalsOf(assessments);

  const label = config.monitorLabel;
  let issues: IssueCounts | undefined;
  let numbers = new Map<string, number>();
  try {
    const existing = await listMonitorIssues(client, repo, label);
    const plan = planIssueActions(assessments, existing, {
      botLogin: config.botLogin,
      registerPath: register.path,
      healthInIssues: config.monitorIssuesFor,
    });
    numbers = plan.numbers;
    if (plan.duplicates.length > 0)
      notes.push(
        `issues ${plan.duplicates.map((n) => `#${n}`).join(', ')} repeat another monitoring issue's item and are left alone; close them`,
      );
    const counts: IssueCounts = { opened: 0, updated: 0, closed: 0, reopened: 0, unchanged: 0, open: 0 };
    const openBefore = existing.filter((i) => i.author === config.botLogin && i.state === 'open').length;
    let open = openBefore;
    for (const action of plan.actions) {
      if (action.kind === 'keep') {
        counts.unchanged++;
        if (action.reason) io.info(`monitor: #${action.number} kept open: ${action.reason}`);
        continue;
      }
      const number = await applyIssueAction(client, repo, action, label);
      if (action.key !== undefined) numbers.set(action.key, number);
      io.info(`monitor: ${action.kind} #${number}${action.key ? ` (${action.key})` : ''}`);
      if (action.kind === 'update') counts.updated++;
      else if (action.kind === 'create') {
        counts.opened++;
        open++;
      } else if (action.kind === 'reopen') {
        counts.reopened++;
        open++;
      } else {
        counts.closed++;
        open--;
      }
    }
    // Open issues by others' hands (marker but not the bot's) don't count; ours that matched no
    // marker (edited away) still do, as GitHub shows them under the label.
    counts.open = Math.max(0, open);
    issues = counts;
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(`${error.message} (monitoring needs issues: write)`);
    notes.push(`issues could not be written: the token lacks ${code('issues: write')}`);
  }

  const markdown = renderMonitorSummary({
    repoLabel: `${repo.owner}/${repo.repo}`,
    commit: head.sha,
    totals,
    issues,
    assessments,
    notes,
    issueNumbers: numbers,
  });
  io.setOutput('monitor', JSON.stringify({ ...totals, issues: issues ?? null }));
  await io.writeSummary(markdown);
  const failed = totals.failed;
  if (failed > 0) {
    const message = `anomalies of ${failed} SOUP version(s) could not be looked up (${osv.failures[0] ?? 'see the log'})`;
    if (policy.anomalies.onLookupFailure === 'fail')
      return { totals, issues, assessments, failure: `soup-gate monitoring: ${message}` };
    io.warning(message);
  }
  return { totals, issues, assessments };
}
