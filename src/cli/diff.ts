import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { changeKey } from '../inventory/change-key.js';
import { filterChanges } from '../inventory/diff.js';
import { diffTrees } from '../inventory/diff-trees.js';
import type { TreeSource } from '../inventory/tree-source.js';
import { renderDiffMarkdown } from '../documents/changes-table.js';
import { createFolderSource } from '../local/folder-source.js';
import { createGitSource, openGitObjects, type GitObjects } from '../local/git-source.js';
import { HELP } from './help.js';
import { UsageError, type CliIo } from './io.js';

async function openTree(spec: string, io: CliIo, git: () => GitObjects): Promise<TreeSource> {
  const path = spec.startsWith('/') ? spec : `${io.cwd}/${spec}`;
  const folder = await stat(path).catch(() => undefined);
  if (folder?.isDirectory()) return createFolderSource(path);
  return createGitSource(git(), spec);
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

/** `soup-gate diff`: the SOUP changes between two folders or git refs. */
export async function runDiff(args: string[], io: CliIo): Promise<number> {
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
  const options = {
    ignore: values.ignore ?? [],
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(values.quiet ? {} : { onProgress: (line: string) => io.stderr(`${line}\n`) }),
  };
  // Both refs are read through one cat-file process of the repository, started only for a ref.
  let objects: GitObjects | undefined;
  const git = (): GitObjects => (objects ??= openGitObjects(values.repo ?? io.cwd));
  let result;
  try {
    const base = await openTree(values.base, io, git);
    const head = await openTree(values.head ?? '.', io, git);
    result = await diffTrees(base, head, options);
  } finally {
    objects?.close();
  }
  const changes = filterChanges(result.changes, scope);
  // The network clients load only when asked to look things up.
  const enrichment = values.enrich
    ? await (
        await import('../enrich/enrich.js')
      ).enrichChanges(changes, {
        fetch: globalThis.fetch,
        offline: values.offline === true,
        ...(values['osv-url'] !== undefined ? { osvUrl: values['osv-url'] } : {}),
        ...(values['deps-dev-url'] !== undefined ? { depsDevUrl: values['deps-dev-url'] } : {}),
        ...(values.quiet ? {} : { onProgress: (line: string) => io.stderr(`${line}\n`) }),
      })
    : undefined;
  if (format === 'markdown') {
    io.stdout(renderDiffMarkdown(result, changes));
    if (enrichment) {
      const { renderEnrichmentSection } = await import('../documents/anomalies.js');
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
        unchecked: enrichment.unchecked,
      },
    };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    const output = { lockfiles: result.lockfiles, changes, findings: result.findings };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  }
  for (const failure of enrichment?.lookupFailures ?? []) {
    io.stderr(`soup-gate: lookup failed: ${failure.url}: ${failure.reason}\n`);
  }
  if (!values.quiet) {
    const touched = result.lockfiles.filter((l) => l.status !== 'unchanged').length;
    io.stderr(
      `${changes.length} change(s) across ${touched} changed lockfile(s); ${result.lockfiles.length - touched} unchanged\n`,
    );
  }
  return 0;
}
