/**
 * `soup-gate monitor`: the scheduled monitoring's check from a terminal, on a checkout. It reports
 * instead of writing issues: exit 1 when a published anomaly of a version in use is not evaluated
 * in the register (or could not be looked up), 0 when none is, 2 on bad input.
 */
import { parseArgs } from 'node:util';
import { assessMonitoredItems } from '../app/monitor.js';
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS,
  DEFAULT_OSV_URL,
  MONITOR_CHECKS,
} from '../config/defaults.js';
import { PolicyFileError } from '../config/policy.js';
import { createHttpClient } from '../enrich/http.js';
import { renderMonitorSummary } from '../monitor/render.js';
import { buildMonitorReport } from '../monitor/report.js';
import { createFolderSource } from '../local/folder-source.js';
import {
  CHECKOUT_OPTIONS,
  insideRoot,
  progressTo,
  readChoices,
  readCount,
  readUrl,
  resolveRoot,
} from './args.js';
import { cleanText } from '../documents/text/terminal-text.js';
import { UsageError, type CliIo } from './io.js';
import { readFormat, textOptionsFor } from './output.js';

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
  --format text|json|markdown
                            output (default: text at a terminal, markdown when piped)
  --today <YYYY-MM-DD>      the day evaluation expiry is judged on (default: today)
  --osv-url, --deps-dev-url, --npm-registry-url <url>   API base URLs (mirrors)
  --quiet                   no progress lines on stderr
  --no-color, --debug       see soup-gate --help
`;

function readDay(value: string | undefined): Date {
  const today = value ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new UsageError(`--today must be YYYY-MM-DD (got "${today}")`);
  return new Date(`${today}T00:00:00Z`);
}

export async function runMonitorCommand(
  args: string[],
  io: CliIo,
  fetchImpl: typeof globalThis.fetch = globalThis.fetch,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...CHECKOUT_OPTIONS,
      config: { type: 'string' },
      checks: { type: 'string' },
      'obsolete-days': { type: 'string' },
      'max-lookups': { type: 'string' },
      format: { type: 'string' },
      today: { type: 'string' },
      'osv-url': { type: 'string' },
      'deps-dev-url': { type: 'string' },
      'npm-registry-url': { type: 'string' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(MONITOR_HELP);
    return 0;
  }
  // Markdown is what a pipe got before `text` existed (a job summary, a report file).
  const format = readFormat(io, values.format, 'markdown');
  const root = resolveRoot(io, values.root);
  const folder = createFolderSource(root);
  const progress = await progressTo(io, values.quiet);
  let findings;
  try {
    findings = await assessMonitoredItems({
      source: {
        readFile: async (path) => {
          // --config and --register are checked below; this guards the register path a policy names.
          const bytes = await folder.readFile(insideRoot(path, "the policy's register"));
          return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
        },
        openTree: async () => folder,
      },
      http: createHttpClient({ fetch: fetchImpl, userAgent: 'soup-gate' }),
      configFile: insideRoot(values.config ?? DEFAULT_CONFIG_FILE, '--config'),
      ...(values.register !== undefined ? { registerPath: insideRoot(values.register, '--register') } : {}),
      ignore: values.ignore ?? [],
      osvUrl: readUrl('osv-url', values['osv-url'], DEFAULT_OSV_URL),
      depsDevUrl: readUrl('deps-dev-url', values['deps-dev-url'], DEFAULT_DEPS_DEV_URL),
      npmRegistryUrl: readUrl('npm-registry-url', values['npm-registry-url'], DEFAULT_NPM_REGISTRY_URL),
      // None by default: the archived check needs GitHub, and the others cost a lookup per item.
      checks: readChoices('checks', values.checks, MONITOR_CHECKS),
      obsoleteAfterDays: readCount('obsolete-days', values['obsolete-days'], DEFAULT_OBSOLETE_AFTER_DAYS),
      maxLookups: readCount('max-lookups', values['max-lookups'], DEFAULT_MAX_LOOKUPS),
      today: readDay(values.today),
      ...(progress ? { onProgress: progress } : {}),
    });
  } catch (error) {
    if (error instanceof PolicyFileError) throw new UsageError(error.message);
    throw error;
  }
  const { totals, assessments, notes } = findings;
  if (format === 'text') {
    const { renderMonitorText } = await import('../documents/text/monitor.js');
    io.stdout(renderMonitorText({ totals, assessments, notes }, textOptionsFor(io)));
  } else
    io.stdout(
      format === 'json'
        ? `${JSON.stringify(buildMonitorReport(findings), null, 2)}\n`
        : renderMonitorSummary({
            repoLabel: root,
            commit: 'working tree',
            totals,
            issues: undefined,
            assessments,
            notes,
          }),
    );
  for (const failure of findings.lookupFailures)
    io.stderr(
      `soup-gate: lookup failed: ${cleanText(failure)}; check the network, or use a mirror (--osv-url)\n`,
    );
  return totals.open > 0 || totals.failed > 0 ? 1 : 0;
}
