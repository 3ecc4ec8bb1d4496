#!/usr/bin/env node
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diffInventories, filterChanges } from '../inventory/diff.js';
import { LockfileParseError } from '../lockfiles/errors.js';
import { enrichChanges } from '../enrich/enrich.js';
import { changeKey } from '../inventory/change-key.js';
import { renderEnrichmentSection } from '../documents/anomalies.js';
import { renderDiffMarkdown } from '../documents/changes-table.js';
import { createFolderSource } from '../local/folder-source.js';
import { createGitSource, GitRefError } from '../local/git-source.js';
import { loadInventory } from '../inventory/load-inventory.js';
import type { TreeSource } from '../inventory/tree-source.js';
import { RegisterError } from '../register/types.js';
import { runCheck } from './check.js';
import { runList } from './list.js';
import { runRegister } from './register.js';
import { UsageError, type CliIo } from './io.js';
import { runMonitorCommand } from './monitor.js';

const HELP = `soup-gate — SOUP change control for lockfiles

Usage:
  soup-gate diff --base <dir|git-ref> --head <dir|git-ref> [options]
  soup-gate list | check | register init [options]   (SOUP.md, sbom.cdx.json, register; see soup-gate list --help)
  soup-gate monitor [--root <dir>] [options]          (published anomalies not yet evaluated; see soup-gate monitor --help)

Options for diff:
  --base <dir|ref>          the tree before the change: a folder, or a git ref read with git show (no checkout)
  --head <dir|ref>          the tree after the change (default: the working folder)
  --repo <dir>              the git repository refs are read from (default: the working folder)
  --format json|markdown    output format (default: json)
  --scope direct|all        which changes to list (default: all)
  --ignore <glob>           root-relative paths not to inventory (repeatable)
  --max-lockfile-bytes <n>  refuse lockfiles larger than this (default: 104857600)
  --enrich                  look up known anomalies (OSV), licences and links (deps.dev) per change
  --offline                 with --enrich: make no request, report every change as not checked
  --osv-url <url>           OSV API base URL (default: https://api.osv.dev), e.g. a mirror
  --deps-dev-url <url>      deps.dev API base URL (default: https://api.deps.dev)
  --quiet                   no progress lines on stderr
  -h, --help                this text

Exit status: 0 when it ran (with or without changes), 2 on bad input, 1 on an unexpected failure.
`;

async function openTree(spec: string, io: CliIo, repo: string): Promise<TreeSource> {
  const folder = await stat(spec.startsWith('/') ? spec : `${io.cwd}/${spec}`).catch(() => undefined);
  if (folder?.isDirectory()) return createFolderSource(spec.startsWith('/') ? spec : `${io.cwd}/${spec}`);
  return createGitSource(repo, spec);
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

async function runDiff(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      repo: { type: 'string' },
      format: { type: 'string' },
      scope: { type: 'string' },
      ignore: { type: 'string', multiple: true },
      'max-lockfile-bytes': { type: 'string' },
      quiet: { type: 'boolean' },
      enrich: { type: 'boolean' },
      offline: { type: 'boolean' },
      'osv-url': { type: 'string' },
      'deps-dev-url': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (!values.base)
    throw new UsageError('--base is required: a folder or a git ref (e.g. --base origin/main)');
  const format = oneOf('format', values.format, ['json', 'markdown'] as const, 'json');
  const scope = oneOf('scope', values.scope, ['direct', 'all'] as const, 'all');
  let maxBytes: number | undefined;
  if (values['max-lockfile-bytes'] !== undefined) {
    maxBytes = Number(values['max-lockfile-bytes']);
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
      throw new UsageError(
        `--max-lockfile-bytes must be a positive whole number (got "${values['max-lockfile-bytes']}")`,
      );
    }
  }
  for (const option of ['osv-url', 'deps-dev-url'] as const) {
    const value = values[option];
    if (value !== undefined && !/^https?:\/\/[^/]/.test(value)) {
      throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
    }
  }
  const repo = values.repo ?? io.cwd;
  const options = {
    ignore: values.ignore ?? [],
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(values.quiet ? {} : { onProgress: (line: string) => io.stderr(`${line}\n`) }),
  };
  const base = await loadInventory(await openTree(values.base, io, repo), options);
  const head = await loadInventory(await openTree(values.head ?? '.', io, repo), options);
  const result = diffInventories(base, head);
  const changes = filterChanges(result.changes, scope);
  const enrichment = values.enrich
    ? await enrichChanges(changes, {
        fetch: globalThis.fetch,
        offline: values.offline === true,
        ...(values['osv-url'] !== undefined ? { osvUrl: values['osv-url'] } : {}),
        ...(values['deps-dev-url'] !== undefined ? { depsDevUrl: values['deps-dev-url'] } : {}),
        ...(values.quiet ? {} : { onProgress: (line: string) => io.stderr(`${line}\n`) }),
      })
    : undefined;
  if (format === 'markdown') {
    io.stdout(renderDiffMarkdown(result, changes));
    if (enrichment) io.stdout(renderEnrichmentSection(changes, enrichment));
  } else {
    const findings = head.lockfiles.flatMap((l) => l.findings);
    const output = enrichment
      ? {
          lockfiles: result.lockfiles,
          changes: changes.map((c) => ({ ...c, enrichment: enrichment.entries.get(changeKey(c)) })),
          findings,
          enrichment: {
            offline: enrichment.offline,
            requests: enrichment.requests,
            lookupFailures: enrichment.lookupFailures,
            unchecked: enrichment.unchecked,
          },
        }
      : { lockfiles: result.lockfiles, changes, findings };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  }
  for (const failure of enrichment?.lookupFailures ?? []) {
    io.stderr(`soup-gate: lookup failed: ${failure.url}: ${failure.reason}\n`);
  }
  if (!values.quiet) {
    io.stderr(`${changes.length} change(s) across ${result.lockfiles.length} lockfile(s)\n`);
  }
  return 0;
}

/** Runs one CLI invocation and returns its exit status; never calls process.exit itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'diff':
        return await runDiff(rest, io);
      case 'list':
        return await runList(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case 'register':
        return await runRegister(rest, io);
      case 'monitor':
        return await runMonitorCommand(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(HELP);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; run soup-gate --help`);
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof RegisterError ||
      error instanceof LockfileParseError ||
      error instanceof GitRefError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`soup-gate: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

function isMain(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `soup-gate: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
