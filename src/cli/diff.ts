import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { changeKey } from '../inventory/change-key.js';
import { filterChanges } from '../inventory/diff.js';
import { diffTrees } from '../inventory/diff-trees.js';
import type { TreeSource } from '../inventory/tree-source.js';
import { renderDiffMarkdown } from '../documents/changes-table.js';
import { createFolderSource } from '../local/folder-source.js';
import { createGitSource, openGitObjects, type GitObjects } from '../local/git-source.js';
import { progressTo, readChoice } from './args.js';
import { HELP } from './help.js';
import { cleanText } from '../documents/text/terminal-text.js';
import { UsageError, type CliIo } from './io.js';
import { readFormat, textOptionsFor } from './output.js';

async function openTree(spec: string, io: CliIo, git: () => GitObjects): Promise<TreeSource> {
  const path = spec.startsWith('/') ? spec : `${io.cwd}/${spec}`;
  const folder = await stat(path).catch(() => undefined);
  if (folder?.isDirectory()) return createFolderSource(path);
  return createGitSource(git(), spec);
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
  // JSON is what a pipe got before `text` existed: scripts reading it keep working.
  const format = readFormat(io, values.format, 'json');
  const scope = readChoice('scope', values.scope, ['direct', 'all'] as const, 'all');
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
  const onProgress = await progressTo(io, values.quiet);
  const options = {
    ignore: values.ignore ?? [],
    ...(maxBytes !== undefined ? { maxBytes } : {}),
    ...(onProgress ? { onProgress } : {}),
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
        ...(onProgress ? { onProgress } : {}),
      })
    : undefined;
  if (format === 'text') {
    const { renderDiffText } = await import('../documents/text/diff.js');
    io.stdout(
      renderDiffText(
        {
          lockfiles: result.lockfiles,
          changes,
          findings: result.findings,
          ...(enrichment ? { enrichment: enrichment.entries, keyOf: changeKey } : {}),
        },
        textOptionsFor(io),
      ),
    );
  } else if (format === 'markdown') {
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
    io.stderr(
      `soup-gate: lookup failed: ${cleanText(`${failure.url}: ${failure.reason}`)}; check the network, or use --offline or a mirror (--osv-url, --deps-dev-url)\n`,
    );
  }
  // Text output opens with this summary already; the other formats get it on stderr.
  if (!values.quiet && format !== 'text') {
    const touched = result.lockfiles.filter((l) => l.status !== 'unchanged').length;
    io.stderr(
      `${changes.length} change(s) across ${touched} changed lockfile(s); ${result.lockfiles.length - touched} unchanged\n`,
    );
  }
  return 0;
}
