import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  readFormat,
  textOptionsFor
} from "./chunk-K5VXPBAT.js";
import {
  CHECKOUT_OPTIONS,
  createFolderSource,
  insideRoot,
  progressTo,
  readChoices,
  readCount,
  readUrl,
  resolveRoot
} from "./chunk-E3HKL74R.js";
import {
  cleanText
} from "./chunk-TJCQPJCL.js";
import {
  assessMonitoredItems,
  renderMonitorSummary
} from "./chunk-NQ7TE7WH.js";
import "./chunk-YYK67GNM.js";
import {
  PolicyFileError
} from "./chunk-ML35MER4.js";
import "./chunk-SNT4M5AO.js";
import "./chunk-VJHV3ZWV.js";
import "./chunk-GFDFZMAU.js";
import "./chunk-GGFOJQIN.js";
import "./chunk-OTQIQ42K.js";
import "./chunk-653EE4FS.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-WQDGKKBB.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import {
  createHttpClient
} from "./chunk-W7GOSXYK.js";
import "./chunk-UWI2E7AK.js";
import "./chunk-THIFTVM5.js";
import {
  DEFAULT_CONFIG_FILE,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS,
  DEFAULT_OSV_URL,
  MONITOR_CHECKS
} from "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/cli/monitor.ts
import { parseArgs } from "node:util";

// src/monitor/report.ts
function buildMonitorReport(input) {
  return {
    totals: input.totals,
    osvBatchRequests: input.osvBatchRequests,
    items: input.assessments.filter((a) => a.anomalies.length > 0 || a.unchecked.length > 0 || a.health.length > 0).map((a) => ({
      key: a.item.key,
      versions: a.item.versions.map((v) => v.version),
      safetyClass: a.safetyClass,
      open: a.open.map((o) => ({ id: o.anomaly.id, status: o.status, versions: o.versions })),
      evaluated: a.anomalies.filter((o) => o.status === "evaluated").map((o) => o.anomaly.id),
      unchecked: a.unchecked,
      health: a.health
    })),
    notes: input.notes
  };
}

// src/cli/monitor.ts
var MONITOR_HELP = `Usage:
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
function readDay(value) {
  const today = value ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(today)))
    throw new UsageError(`--today must be YYYY-MM-DD (got "${today}")`);
  return /* @__PURE__ */ new Date(`${today}T00:00:00Z`);
}
async function runMonitorCommand(args, io, fetchImpl = globalThis.fetch) {
  const { values } = parseArgs({
    args,
    options: {
      ...CHECKOUT_OPTIONS,
      config: { type: "string" },
      checks: { type: "string" },
      "obsolete-days": { type: "string" },
      "max-lookups": { type: "string" },
      format: { type: "string" },
      today: { type: "string" },
      "osv-url": { type: "string" },
      "deps-dev-url": { type: "string" },
      "npm-registry-url": { type: "string" }
    },
    strict: true
  });
  if (values.help) {
    io.stdout(MONITOR_HELP);
    return 0;
  }
  const format = readFormat(io, values.format, "markdown");
  const root = resolveRoot(io, values.root);
  const folder = createFolderSource(root);
  const progress = await progressTo(io, values.quiet);
  let findings;
  try {
    findings = await assessMonitoredItems({
      source: {
        readFile: async (path) => {
          const bytes = await folder.readFile(insideRoot(path, "the policy's register"));
          return bytes === void 0 ? void 0 : new TextDecoder().decode(bytes);
        },
        openTree: async () => folder
      },
      http: createHttpClient({ fetch: fetchImpl, userAgent: "soup-gate" }),
      configFile: insideRoot(values.config ?? DEFAULT_CONFIG_FILE, "--config"),
      ...values.register !== void 0 ? { registerPath: insideRoot(values.register, "--register") } : {},
      ignore: values.ignore ?? [],
      osvUrl: readUrl("osv-url", values["osv-url"], DEFAULT_OSV_URL),
      depsDevUrl: readUrl("deps-dev-url", values["deps-dev-url"], DEFAULT_DEPS_DEV_URL),
      npmRegistryUrl: readUrl("npm-registry-url", values["npm-registry-url"], DEFAULT_NPM_REGISTRY_URL),
      // None by default: the archived check needs GitHub, and the others cost a lookup per item.
      checks: readChoices("checks", values.checks, MONITOR_CHECKS),
      obsoleteAfterDays: readCount("obsolete-days", values["obsolete-days"], DEFAULT_OBSOLETE_AFTER_DAYS),
      maxLookups: readCount("max-lookups", values["max-lookups"], DEFAULT_MAX_LOOKUPS),
      today: readDay(values.today),
      ...progress ? { onProgress: progress } : {}
    });
  } catch (error) {
    if (error instanceof PolicyFileError) throw new UsageError(error.message);
    throw error;
  }
  const { totals, assessments, notes } = findings;
  if (format === "text") {
    const { renderMonitorText } = await import("./monitor-74E6ONAN.js");
    io.stdout(renderMonitorText({ totals, assessments, notes }, textOptionsFor(io)));
  } else
    io.stdout(
      format === "json" ? `${JSON.stringify(buildMonitorReport(findings), null, 2)}
` : renderMonitorSummary({
        repoLabel: root,
        commit: "working tree",
        totals,
        issues: void 0,
        assessments,
        notes
      })
    );
  for (const failure of findings.lookupFailures)
    io.stderr(
      `soup-gate: lookup failed: ${cleanText(failure)}; check the network, or use a mirror (--osv-url)
`
    );
  return totals.open > 0 || totals.failed > 0 ? 1 : 0;
}
export {
  MONITOR_HELP,
  runMonitorCommand
};
