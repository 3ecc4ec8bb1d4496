/**
 * `soup-gate monitor`: the scheduled monitoring's check from a terminal, on a checkout. It reports
 * instead of writing issues: exit 1 when a published anomaly of a version in use is not evaluated
 * in the register (or could not be looked up), 0 when none is, 2 on bad input.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parsePolicyFile, PolicyFileError } from '../config/policy.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS,
  DEFAULT_OSV_URL,
  MONITOR_CHECKS,
} from '../config/defaults.js';
import { createHttpClient } from '../enrich/http.js';
import { assessItems, totalsOf, type HealthKind } from '../monitor/assess.js';
import { checkHealth } from '../monitor/health.js';
import { countVersions, selectMonitoredItems } from '../monitor/items.js';
import { checkAnomalies } from '../monitor/osv-check.js';
import { renderMonitorSummary } from '../monitor/render.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import { createFolderSource } from '../local/folder-source.js';
import { loadInventory } from '../inventory/load-inventory.js';
import { UsageError, type CliIo } from './io.js';

export const MONITOR_HELP = `Usage:
  soup-gate monitor [--root <dir>] [options]
      checks every in-scope SOUP item of the checkout against OSV and the register's anomaly
      evaluations; exit 1 when an anomaly still needs an evaluation or could not be looked up

Options:
  --root <dir>              the checkout (default: the working folder)
  --config <file>           policy file under --root (default: ${DEFAULT_CONFIG_FILE})
  --register <file>         register under --root (default: the policy's, soup/register.yml)
  --ignore <glob>           root-relative lockfile paths not to inventory (repeatable)
  --checks <list>           also: deprecated,obsolete (archived needs the action's GitHub client); default none
  --obsolete-days <n>       obsolete when the latest release is older than this (default: ${DEFAULT_OBSOLETE_AFTER_DAYS})
  --max-lookups <n>         registry/deps.dev lookups per kind (default: ${DEFAULT_MAX_LOOKUPS})
  --format markdown|json    output (default: markdown)
  --today <YYYY-MM-DD>      the day evaluation expiry is judged on (default: today)
  --osv-url, --deps-dev-url, --npm-registry-url <url>   API base URLs (mirrors)
  --quiet                   no progress lines on stderr
`;

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function count(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`--${option} must be a whole number (got "${value}")`);
  return n;
}

function url(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!/^https?:\/\/[^/]/.test(value))
    throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
  return value;
}

export async function runMonitorCommand(
  args: string[],
  io: CliIo,
  fetchImpl: typeof globalThis.fetch = globalThis.fetch,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      root: { type: 'string' },
      config: { type: 'string' },
      register: { type: 'string' },
      ignore: { type: 'string', multiple: true },
      checks: { type: 'string' },
      'obsolete-days': { type: 'string' },
      'max-lookups': { type: 'string' },
      format: { type: 'string' },
      today: { type: 'string' },
      'osv-url': { type: 'string' },
      'deps-dev-url': { type: 'string' },
      'npm-registry-url': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(MONITOR_HELP);
    return 0;
  }
  const format = values.format ?? 'markdown';
  if (format !== 'markdown' && format !== 'json')
    throw new UsageError(`--format must be markdown or json (got "${format}")`);
  const checks = (values.checks ?? 'none').split(/[\s,]+/).filter((c) => c !== '' && c !== 'none');
  const bad = checks.find((c) => !(MONITOR_CHECKS as readonly string[]).includes(c));
  if (bad !== undefined)
    throw new UsageError(`--checks: "${bad}" is not one of ${MONITOR_CHECKS.join(', ')}`);
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new UsageError(`--today must be YYYY-MM-DD (got "${today}")`);
  const root = resolve(io.cwd, values.root ?? '.');
  const inside = (path: string): string => {
    if (isAbsolute(path) || path.split('/').includes('..'))
      throw new UsageError(`"${path}" must be a path inside --root`);
    return join(root, path);
  };
  const configPath = values.config ?? DEFAULT_CONFIG_FILE;
  let policy;
  try {
    policy = parsePolicyFile(configPath, await readText(inside(configPath)));
  } catch (error) {
    if (error instanceof PolicyFileError) throw new UsageError(error.message);
    throw error;
  }
  const registerPath = values.register ?? policy.register;
  const registerText = await readText(inside(registerPath));
  const register =
    registerText === undefined
      ? emptyRegister(registerPath)
      : parseRegister(registerPath, registerText, { allowIncomplete: true });
  const progress = values.quiet ? undefined : (line: string) => io.stderr(`${line}\n`);
  const inventory = await loadInventory(createFolderSource(root), {
    ignore: [...(values.ignore ?? []), ...policy.ignore.paths],
    ...(progress ? { onProgress: progress } : {}),
  });
  const items = selectMonitoredItems(inventory, {
    dependencies: policy.scope.dependencies,
    includeDev: policy.scope.includeDev,
    ignorePackages: policy.ignore.packages,
  });
  progress?.(`monitor: ${items.length} SOUP item(s), ${countVersions(items)} version(s) in scope`);
  const http = createHttpClient({ fetch: fetchImpl, userAgent: 'soup-gate' });
  const osv = await checkAnomalies(items, {
    http,
    osvUrl: url('osv-url', values['osv-url'], DEFAULT_OSV_URL),
    ...(progress ? { onProgress: progress } : {}),
  });
  const health = await checkHealth(items, {
    http,
    checks: checks as HealthKind[],
    npmRegistryUrl: url('npm-registry-url', values['npm-registry-url'], DEFAULT_NPM_REGISTRY_URL),
    depsDevUrl: url('deps-dev-url', values['deps-dev-url'], DEFAULT_DEPS_DEV_URL),
    obsoleteAfterDays: count('obsolete-days', values['obsolete-days'], DEFAULT_OBSOLETE_AFTER_DAYS),
    maxLookups: count('max-lookups', values['max-lookups'], DEFAULT_MAX_LOOKUPS),
    today: new Date(`${today}T00:00:00Z`),
  });
  const assessments = assessItems(items, osv.byItem, register, today, health.findings);
  const totals = totalsOf(assessments);
  if (format === 'json') {
    io.stdout(
      `${JSON.stringify(
        {
          totals,
          osvBatchRequests: osv.batchRequests,
          items: assessments
            .filter((a) => a.anomalies.length > 0 || a.unchecked.length > 0 || a.health.length > 0)
            .map((a) => ({
              key: a.item.key,
              versions: a.item.versions.map((v) => v.version),
              safetyClass: a.safetyClass,
              open: a.open.map((o) => ({ id: o.anomaly.id, status: o.status, versions: o.versions })),
              evaluated: a.anomalies.filter((o) => o.status === 'evaluated').map((o) => o.anomaly.id),
              unchecked: a.unchecked,
              health: a.health,
            })),
          notes: health.notes,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout(
      renderMonitorSummary({
        repoLabel: root,
        commit: 'working tree',
        totals,
        issues: undefined,
        assessments,
        notes: health.notes,
      }),
    );
  }
  for (const failure of osv.failures) io.stderr(`soup-gate: lookup failed: ${failure}\n`);
  return totals.open > 0 || totals.failed > 0 ? 1 : 0;
}
