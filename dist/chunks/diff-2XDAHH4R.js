import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  readFormat,
  textOptionsFor
} from "./chunk-K5VXPBAT.js";
import {
  createFolderSource,
  progressTo,
  readChoice
} from "./chunk-E3HKL74R.js";
import {
  createGitSource,
  openGitObjects
} from "./chunk-MGPEELGO.js";
import {
  cleanText
} from "./chunk-TJCQPJCL.js";
import {
  diffInventories,
  filterChanges
} from "./chunk-KTQTCNJO.js";
import "./chunk-VIMSDO67.js";
import {
  renderDiffMarkdown
} from "./chunk-BKKZHBMQ.js";
import {
  loadChangedInventories
} from "./chunk-SNT4M5AO.js";
import {
  compareStrings
} from "./chunk-OTQIQ42K.js";
import "./chunk-653EE4FS.js";
import "./chunk-5BJOCA7T.js";
import "./chunk-43C5MGZD.js";
import "./chunk-P55ZYZZQ.js";
import {
  HELP
} from "./chunk-TRITVT66.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";
import "./chunk-JZDZV7IV.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/cli/diff.ts
import { stat } from "node:fs/promises";
import { parseArgs } from "node:util";

// src/inventory/diff-trees.ts
async function diffTrees(base, head, options = {}) {
  const changed = await loadChangedInventories(base, head, options);
  const result = diffInventories(changed.base, changed.head);
  const lockfiles = result.lockfiles.map(
    (lockfile) => lockfile.status === "unchanged" ? { ...lockfile, status: "modified" } : lockfile
  );
  for (const { path, formatId } of changed.unchanged) {
    lockfiles.push({ path, status: "unchanged", format: formatId, changes: 0 });
  }
  lockfiles.sort((a, b) => compareStrings(a.path, b.path));
  return {
    lockfiles,
    changes: result.changes,
    findings: changed.head.lockfiles.flatMap((lockfile) => lockfile.findings)
  };
}

// src/cli/diff.ts
async function openTree(spec, io, git) {
  const path = spec.startsWith("/") ? spec : `${io.cwd}/${spec}`;
  const folder = await stat(path).catch(() => void 0);
  if (folder?.isDirectory()) return createFolderSource(path);
  return createGitSource(git(), spec);
}
async function runDiff(args, io) {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      format: { type: "string" },
      scope: { type: "string" },
      ignore: { type: "string", multiple: true },
      "max-lockfile-bytes": { type: "string" },
      quiet: { type: "boolean" },
      enrich: { type: "boolean" },
      offline: { type: "boolean" },
      "osv-url": { type: "string" },
      "deps-dev-url": { type: "string" },
      help: { type: "boolean", short: "h" }
    },
    strict: true
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.base)
    throw new UsageError("--base is required: a folder or a git ref (e.g. --base origin/main)");
  const format = readFormat(io, values.format, "json");
  const scope = readChoice("scope", values.scope, ["direct", "all"], "all");
  let maxBytes;
  if (values["max-lockfile-bytes"] !== void 0) {
    maxBytes = Number(values["max-lockfile-bytes"]);
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(
        `--max-lockfile-bytes must be a positive whole number (got "${values["max-lockfile-bytes"]}")`
      );
    }
  }
  for (const option of ["osv-url", "deps-dev-url"]) {
    const value = values[option];
    if (value !== void 0 && !/^https?:\/\/[^/]/.test(value)) {
      throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
    }
  }
  const onProgress = await progressTo(io, values.quiet);
  const options = {
    ignore: values.ignore ?? [],
    ...maxBytes !== void 0 ? { maxBytes } : {},
    ...onProgress ? { onProgress } : {}
  };
  let objects;
  const git = () => objects ??= openGitObjects(values.repo ?? io.cwd);
  let result;
  try {
    const base = await openTree(values.base, io, git);
    const head = await openTree(values.head ?? ".", io, git);
    result = await diffTrees(base, head, options);
  } finally {
    objects?.close();
  }
  const changes = filterChanges(result.changes, scope);
  const enrichment = values.enrich ? await (await import("./enrich-HWNUP46L.js")).enrichChanges(changes, {
    fetch: globalThis.fetch,
    offline: values.offline === true,
    ...values["osv-url"] !== void 0 ? { osvUrl: values["osv-url"] } : {},
    ...values["deps-dev-url"] !== void 0 ? { depsDevUrl: values["deps-dev-url"] } : {},
    ...onProgress ? { onProgress } : {}
  }) : void 0;
  if (format === "text") {
    const { renderDiffText } = await import("./diff-G6CMWNE3.js");
    io.stdout(
      renderDiffText(
        {
          lockfiles: result.lockfiles,
          changes,
          findings: result.findings,
          ...enrichment ? { enrichment: enrichment.entries, keyOf: changeKey } : {}
        },
        textOptionsFor(io)
      )
    );
  } else if (format === "markdown") {
    io.stdout(renderDiffMarkdown(result, changes));
    if (enrichment) {
      const { renderEnrichmentSection } = await import("./anomalies-DF32PHTE.js");
      io.stdout(renderEnrichmentSection(changes, enrichment));
    }
  } else if (enrichment) {
    const output = {
      lockfiles: result.lockfiles,
      changes: changes.map((c) => ({ ...c, enrichment: enrichment.entries.get(changeKey(c)) })),
      findings: result.findings,
      enrichment: {
        offline: enrichment.offline,
        requests: enrichment.requests,
        lookupFailures: enrichment.lookupFailures,
        unchecked: enrichment.unchecked
      }
    };
    io.stdout(`${JSON.stringify(output, null, 2)}
`);
  } else {
    const output = { lockfiles: result.lockfiles, changes, findings: result.findings };
    io.stdout(`${JSON.stringify(output, null, 2)}
`);
  }
  for (const failure of enrichment?.lookupFailures ?? []) {
    io.stderr(
      `soup-gate: lookup failed: ${cleanText(`${failure.url}: ${failure.reason}`)}; check the network, or use --offline or a mirror (--osv-url, --deps-dev-url)
`
    );
  }
  if (!values.quiet && format !== "text") {
    const touched = result.lockfiles.filter((l) => l.status !== "unchanged").length;
    io.stderr(
      `${changes.length} change(s) across ${touched} changed lockfile(s); ${result.lockfiles.length - touched} unchanged
`
    );
  }
  return 0;
}
export {
  runDiff
};
