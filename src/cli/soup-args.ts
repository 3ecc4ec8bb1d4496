/**
 * The arguments `list`, `check` and `register init` share: which checkout, where its register and
 * outputs are, and what to stamp them with.
 */
import { parseArgs } from 'node:util';
import type { FactLookUp } from '../app/checkout-outputs.js';
import { DEFAULT_DEPS_DEV_URL, DEFAULT_MAX_LOOKUPS } from '../config/defaults.js';
import { CHECKOUT_OPTIONS, insideRoot, progressTo, readCount, readUrl, resolveRoot } from './args.js';
import { UsageError, type CliIo } from './io.js';

export const LIST_HELP = `Usage:
  soup-gate list [--root <dir>] [--register <file>] [--out <dir>] [options]
      writes <out>/SOUP.md and <out>/sbom.cdx.json for the working tree at --root
  soup-gate check [--root <dir>] [--register <file>] [--out <dir>] [options]
      exit 1 and a diff when the committed SOUP.md or sbom.cdx.json differ from what list would write
  soup-gate register init [--root <dir>] [--register <file>] [--include-dev] [--ignore <glob>]
      adds a TODO entry for every direct SOUP item the register lacks, keeping the file as it is

Options for list, check and register init:
  --root <dir>              the checkout to inventory (default: the working folder)
  --register <file>         register path under --root (default: soup/register.yml)
  --out <dir>               where SOUP.md, sbom.cdx.json and changes/ are, under --root (default: soup)
  --ignore <glob>           root-relative paths not to inventory (repeatable)
  --commit <sha>            commit to name in the list (default: git rev-parse HEAD in --root)
  --repo <owner/name>       repository to name (default: from the origin remote)
  --generated-at <iso>      generation time (default: now); check reuses the committed one
  --include-dev             register init: also dev-only direct items
  --enrich                  list: look up supplier, licence and links (deps.dev, registries) of the
                            items the committed SBOM has no facts for; the others keep theirs
  --max-lookups <n>         list --enrich: items looked up per run, direct ones first (default: ${DEFAULT_MAX_LOOKUPS})
  --offline                 list --enrich: make no request (items read "not looked up")
  --deps-dev-url <url>      list --enrich: deps.dev API base URL, for a mirror
  --format text|json|markdown
                            list and check: what to print (default: text; see soup-gate --help)
  --quiet                   no progress lines on stderr
`;

export interface SoupArgs {
  /** Absolute. */
  root: string;
  /** Relative to root, `/`-separated, inside it. */
  registerPath: string;
  out: string;
  ignore: string[];
  commit?: string;
  repo?: string;
  generatedAt?: string;
  includeDev: boolean;
  /** Progress lines go to stderr unless --quiet. */
  onProgress?: (line: string) => void;
  quiet: boolean;
  help: boolean;
  /** --format as given (list and check read it with output.ts's readFormat). */
  format?: string;
  /** list --enrich: what may be looked up. */
  lookUp?: FactLookUp;
}

export async function parseSoupArgs(
  args: string[],
  io: CliIo,
  command: 'list' | 'check' | 'register init',
): Promise<SoupArgs> {
  const { values } = parseArgs({
    args,
    options: {
      ...CHECKOUT_OPTIONS,
      out: { type: 'string' },
      commit: { type: 'string' },
      repo: { type: 'string' },
      'generated-at': { type: 'string' },
      'include-dev': { type: 'boolean' },
      format: { type: 'string' },
      enrich: { type: 'boolean' },
      'max-lookups': { type: 'string' },
      offline: { type: 'boolean' },
      'deps-dev-url': { type: 'string' },
    },
    strict: true,
  });
  const generatedAt = values['generated-at'];
  if (generatedAt !== undefined && Number.isNaN(new Date(generatedAt).getTime()))
    throw new UsageError(`--generated-at must be an ISO 8601 time (got "${generatedAt}")`);
  if (values.enrich && command !== 'list')
    throw new UsageError(
      `--enrich is an option of list, not of ${command}: check compares with what was committed`,
    );
  if (!values.enrich) {
    for (const option of ['max-lookups', 'offline', 'deps-dev-url'] as const)
      if (values[option] !== undefined) throw new UsageError(`--${option} needs --enrich`);
  }
  const quiet = values.quiet ?? false;
  const onProgress = await progressTo(io, quiet);
  return {
    root: resolveRoot(io, values.root),
    registerPath: insideRoot(values.register ?? 'soup/register.yml', '--register'),
    out: insideRoot(values.out ?? 'soup', '--out'),
    ignore: values.ignore ?? [],
    ...(values.commit !== undefined ? { commit: values.commit } : {}),
    ...(values.repo !== undefined ? { repo: values.repo } : {}),
    ...(generatedAt !== undefined ? { generatedAt } : {}),
    includeDev: values['include-dev'] ?? false,
    ...(onProgress ? { onProgress } : {}),
    quiet,
    help: values.help ?? false,
    ...(values.format !== undefined ? { format: values.format } : {}),
    ...(values.enrich
      ? {
          lookUp: {
            offline: values.offline ?? false,
            depsDevUrl: readUrl('deps-dev-url', values['deps-dev-url'], DEFAULT_DEPS_DEV_URL),
            maxItems: readCount('max-lookups', values['max-lookups'], DEFAULT_MAX_LOOKUPS),
            fetch: globalThis.fetch,
          },
        }
      : {}),
  };
}
