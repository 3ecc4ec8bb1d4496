/**
 * Post-market monitoring (IEC 62304 6.1, 7.1.3): the SOUP items of a tree against OSV and the
 * register's anomaly evaluations, plus optional deprecation, archived-repository and obsolescence
 * checks. One pipeline (assessMonitoredItems) for both callers: the action's scheduled run
 * (runMonitor), which reads the default branch through the API and keeps one issue per item that
 * needs attention, and the CLI, which reads a checkout and prints.
 */
import { parsePolicyFile, type Policy } from '../config/policy.js';
import { createHttpClient, type HttpClient } from '../enrich/http.js';
import {
  assessItems,
  totalsOf,
  type HealthKind,
  type ItemAssessment,
  type MonitorTotals,
} from '../monitor/assess.js';
import { checkHealth } from '../monitor/health.js';
import { countVersions, selectMonitoredItems } from '../monitor/items.js';
import { checkAnomalies } from '../monitor/osv-check.js';
import { issueWrites, planIssueActions, type IssueWrite } from '../monitor/plan.js';
import { renderMonitorSummary, type IssueCounts } from '../monitor/render.js';
import { createCommitSource } from '../github/commit-source.js';
import type { GitHubClient } from '../github/client.js';
import { PermissionError, withPermission } from '../github/errors.js';
import {
  commentOnIssue,
  createIssue,
  getDefaultBranchHead,
  isRepositoryArchived,
  listIssuesWithLabel,
  listTreePaths,
  updateIssue,
} from '../github/monitor-issues.js';
import { readFileAt } from '../github/pull-request.js';
import type { RepoRef } from '../github/types.js';
import { parseRegisterFile } from '../register/parse.js';
import type { Register } from '../register/types.js';
import { code, escapeText } from '../markdown/escape.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { TreeSource } from '../inventory/tree-source.js';
import type { AppContext } from './context.js';

/** The monitored tree: a checkout's folder (CLI) or a commit read through the API (action). */
export interface MonitorSource {
  /** A file's text, undefined when it does not exist: the policy file and the register. */
  readFile(path: string): Promise<string | undefined>;
  /** The tree to inventory; opened after the policy and register are read. */
  openTree(): Promise<TreeSource>;
}

export interface AssessOptions {
  source: MonitorSource;
  http: HttpClient;
  /** GitHub's archived flag of a repository; without it the archived check says it was not made. */
  isArchived?: (repo: { owner: string; repo: string }) => Promise<boolean | undefined>;
  configFile: string;
  /** The register to compare with; the policy's when absent. */
  registerPath?: string;
  /** Paths not to inventory, besides the policy's. */
  ignore: readonly string[];
  maxLockfileBytes?: number;
  osvUrl: string;
  depsDevUrl: string;
  npmRegistryUrl: string;
  checks: readonly HealthKind[];
  obsoleteAfterDays: number;
  maxLookups: number;
  /** The day evaluation expiry and release age are judged on (its UTC date counts). */
  today: Date;
  onProgress?: (line: string) => void;
}

export interface MonitorFindings {
  policy: Policy;
  register: Register;
  assessments: ItemAssessment[];
  totals: MonitorTotals;
  osvBatchRequests: number;
  /** Distinct OSV lookup failures (url: reason). */
  lookupFailures: string[];
  /** Markdown lines: what the checks beside anomalies did not check, and why. */
  notes: string[];
}

/** Inventory → scope → OSV and health checks → comparison with the register. */
export async function assessMonitoredItems(options: AssessOptions): Promise<MonitorFindings> {
  const { source, onProgress } = options;
  const policy = parsePolicyFile(options.configFile, await source.readFile(options.configFile));
  const registerPath = options.registerPath ?? policy.register;
  const register = parseRegisterFile(registerPath, await source.readFile(registerPath));
  const inventory = await loadInventory(await source.openTree(), {
    ignore: [...options.ignore, ...policy.ignore.paths],
    ...(options.maxLockfileBytes !== undefined ? { maxBytes: options.maxLockfileBytes } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const items = selectMonitoredItems(inventory, {
    dependencies: policy.scope.dependencies,
    includeDev: policy.scope.includeDev,
    ignorePackages: policy.ignore.packages,
  });
  onProgress?.(`monitor: ${items.length} SOUP item(s), ${countVersions(items)} version(s) in scope`);
  const osv = await checkAnomalies(items, {
    http: options.http,
    osvUrl: options.osvUrl,
    ...(onProgress ? { onProgress } : {}),
  });
  const health = await checkHealth(items, {
    http: options.http,
    checks: options.checks,
    npmRegistryUrl: options.npmRegistryUrl,
    depsDevUrl: options.depsDevUrl,
    obsoleteAfterDays: options.obsoleteAfterDays,
    maxLookups: options.maxLookups,
    today: options.today,
    ...(options.isArchived ? { isArchived: options.isArchived } : {}),
  });
  const today = options.today.toISOString().slice(0, 10);
  const assessments = assessItems(items, osv.byItem, register, today, health.findings);
  return {
    policy,
    register,
    assessments,
    totals: totalsOf(assessments),
    osvBatchRequests: osv.batchRequests,
    lookupFailures: osv.failures,
    notes: health.notes,
  };
}

export interface MonitorOutcome {
  totals: MonitorTotals;
  issues: IssueCounts | undefined;
  assessments: ItemAssessment[];
  /** Set when the step must fail: anomalies could not be looked up and the policy says fail. */
  failure?: string;
}

/**
 * The scheduled run on the default branch: one issue per item with anomalies still to evaluate
 * (opened, updated only when its content changed, closed when nothing is left), the job summary
 * and the `monitor` output.
 */
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
  const notes: string[] = [];
  const findings = await assessMonitoredItems({
    source: {
      readFile: (path) => readFileAt(client, repo, head.sha, path),
      openTree: async () => {
        const tree = await listTreePaths(client, repo, head.sha);
        if (tree.truncated) {
          const message = `the tree of ${head.branch} is too large for one GitHub tree listing (truncated): lockfiles past the cut are not monitored`;
          io.warning(message);
          notes.push(escapeText(message, 300));
        }
        // Every listed path exists at the head: a failed read is an error, never an unmonitored lockfile.
        return createCommitSource(client, repo, head.sha, tree.paths, new Set(tree.paths));
      },
    },
    http: createHttpClient({ fetch: globalThis.fetch, userAgent: 'soup-gate' }),
    isArchived: (r) => isRepositoryArchived(client, r),
    configFile: config.configFile,
    ignore: config.ignore,
    maxLockfileBytes: config.maxLockfileBytes,
    osvUrl: config.osvUrl,
    depsDevUrl: config.depsDevUrl,
    npmRegistryUrl: config.npmRegistryUrl,
    checks: config.monitorChecks,
    obsoleteAfterDays: config.monitorObsoleteDays,
    maxLookups: config.monitorMaxLookups,
    today: io.now(),
    onProgress: io.info,
  });
  const { assessments, totals, policy } = findings;
  for (const failure of findings.lookupFailures) io.warning(`anomaly lookup failed: ${failure}`);
  notes.push(...findings.notes);

  const label = config.monitorLabel;
  let issues: IssueCounts | undefined;
  let numbers = new Map<string, number>();
  try {
    const plan = planIssueActions(assessments, await listIssuesWithLabel(client, repo, label), {
      botLogin: config.botLogin,
      registerPath: findings.register.path,
      healthInIssues: config.monitorIssuesFor,
    });
    numbers = plan.numbers;
    if (plan.duplicates.length > 0)
      notes.push(
        `issues ${plan.duplicates.map((n) => `#${n}`).join(', ')} repeat another monitoring issue's item and are left alone; close them`,
      );
    for (const action of plan.actions) {
      if (action.kind === 'keep') {
        if (action.reason) io.info(`monitor: #${action.number} kept open: ${action.reason}`);
        continue;
      }
      const number = await withPermission(`${action.kind} a monitoring issue`, 'issues: write', async () => {
        let written = 0;
        for (const write of issueWrites(action, label)) written = await makeIssueWrite(client, repo, write);
        return written;
      });
      if (action.key !== undefined) numbers.set(action.key, number);
      io.info(`monitor: ${action.kind} #${number}${action.key ? ` (${action.key})` : ''}`);
    }
    issues = plan.counts;
  } catch (error) {
    if (!(error instanceof PermissionError)) throw error;
    io.warning(`${error.message} (monitoring needs issues: write)`);
    notes.push(`issues could not be written: the token lacks ${code('issues: write')}`);
  }

  io.setOutput('monitor', JSON.stringify({ ...totals, issues: issues ?? null }));
  await io.writeSummary(
    renderMonitorSummary({
      repoLabel: `${repo.owner}/${repo.repo}`,
      commit: head.sha,
      totals,
      issues,
      assessments,
      notes,
      issueNumbers: numbers,
    }),
  );
  if (totals.failed > 0) {
    const message = `anomalies of ${totals.failed} SOUP version(s) could not be looked up (${findings.lookupFailures[0] ?? 'see the log'})`;
    if (policy.anomalies.onLookupFailure === 'fail')
      return { totals, issues, assessments, failure: `soup-gate monitoring: ${message}` };
    io.warning(message);
  }
  return { totals, issues, assessments };
}

/** One planned write through the GitHub adapter; returns the issue's number. */
async function makeIssueWrite(client: GitHubClient, repo: RepoRef, write: IssueWrite): Promise<number> {
  switch (write.kind) {
    case 'create':
      return createIssue(client, repo, { title: write.title, body: write.body, labels: write.labels });
    case 'update':
      await updateIssue(client, repo, write.number, write.update);
      return write.number;
    case 'comment':
      await commentOnIssue(client, repo, write.number, write.body);
      return write.number;
  }
}
