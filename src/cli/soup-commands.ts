/**
 * The CLI's SOUP-list commands: `list`, `check` and `register init`. The file-system and git side
 * of them lives here; everything they compute comes from the pure modules (register, render).
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import packageJson from '../../package.json' with { type: 'json' };
import { UsageError, type CliIo } from './io.js';
import type { Inventory } from '../inventory/inventory.js';
import { addRegisterEntries, type NewEntry } from '../register/entry-yaml.js';
import { registerKey, registerLookupKey } from '../register/keys.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import type { Register } from '../register/types.js';
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  type ChangeRecordData,
} from '../documents/change-record.js';
import { buildSbom } from '../documents/sbom.js';
import { readSoupListStamp, renderSoupList } from '../documents/soup-list.js';
import { createFolderSource } from '../local/folder-source.js';
import { loadInventory } from '../inventory/load-inventory.js';

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
  --quiet                   no progress lines on stderr
`;

const run = promisify(execFile);

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd: root });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `owner/name` from a GitHub remote URL (https or ssh); undefined for others. */
export function repoFromRemote(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const match = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

async function toolVersion(): Promise<string | undefined> {
  // Inlined by the bundler, so the version is right wherever the bundle's chunks land.
  return typeof packageJson.version === 'string' ? packageJson.version : undefined;
}

interface CommonValues {
  root: string;
  registerPath: string;
  out: string;
  ignore: string[];
  commit?: string;
  repo?: string;
  generatedAt?: string;
  includeDev: boolean;
  quiet: boolean;
  help: boolean;
}

function parseCommon(args: string[], io: CliIo): CommonValues {
  const { values } = parseArgs({
    args,
    options: {
      root: { type: 'string' },
      register: { type: 'string' },
      out: { type: 'string' },
      ignore: { type: 'string', multiple: true },
      commit: { type: 'string' },
      repo: { type: 'string' },
      'generated-at': { type: 'string' },
      'include-dev': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const root = resolve(io.cwd, values.root ?? '.');
  const relative = (option: string, value: string): string => {
    if (isAbsolute(value) || value.split(/[\\/]/).includes('..'))
      throw new UsageError(`--${option} must be a path inside --root (got "${value}")`);
    return value.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
  };
  if (values['generated-at'] !== undefined && Number.isNaN(new Date(values['generated-at']).getTime()))
    throw new UsageError(`--generated-at must be an ISO 8601 time (got "${values['generated-at']}")`);
  return {
    root,
    registerPath: relative('register', values.register ?? 'soup/register.yml'),
    out: relative('out', values.out ?? 'soup'),
    ignore: values.ignore ?? [],
    ...(values.commit !== undefined ? { commit: values.commit } : {}),
    ...(values.repo !== undefined ? { repo: values.repo } : {}),
    ...(values['generated-at'] !== undefined ? { generatedAt: values['generated-at'] } : {}),
    includeDev: values['include-dev'] ?? false,
    quiet: values.quiet ?? false,
    help: values.help ?? false,
  };
}

async function loadRegister(options: CommonValues): Promise<Register> {
  const text = await readText(join(options.root, options.registerPath));
  return text === undefined
    ? emptyRegister(options.registerPath)
    : parseRegister(options.registerPath, text, { allowIncomplete: true });
}

async function loadTree(options: CommonValues, io: CliIo): Promise<Inventory> {
  return loadInventory(createFolderSource(options.root), {
    ignore: options.ignore,
    ...(options.quiet ? {} : { onProgress: (line: string) => io.stderr(`${line}\n`) }),
  });
}

async function loadLastVerified(options: CommonValues): Promise<Map<string, string>> {
  const dir = join(options.root, options.out, 'changes');
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return new Map();
  }
  const records: ChangeRecordData[] = [];
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const record = parseChangeRecord((await readText(join(dir, name))) ?? '');
    if (record) records.push(record);
  }
  return lastVerifiedFromRecords(records);
}

interface Stamp {
  generatedAt: string;
  commit?: string;
  repo?: string;
  toolVersion?: string;
}

async function currentStamp(options: CommonValues): Promise<Stamp> {
  const commit = options.commit ?? (await git(options.root, ['rev-parse', 'HEAD']));
  const repo = options.repo ?? repoFromRemote(await git(options.root, ['remote', 'get-url', 'origin']));
  const version = await toolVersion();
  return {
    generatedAt: options.generatedAt ?? new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(),
    ...(commit !== undefined ? { commit } : {}),
    ...(repo !== undefined ? { repo } : {}),
    ...(version !== undefined ? { toolVersion: version } : {}),
  };
}

async function render(options: CommonValues, io: CliIo, soupStamp: Stamp, sbomStamp: Stamp) {
  const inventory = await loadTree(options, io);
  const register = await loadRegister(options);
  const lastVerified = await loadLastVerified(options);
  const soupList = renderSoupList({
    inventory,
    register,
    lastVerified,
    generatedAt: soupStamp.generatedAt,
    ...(soupStamp.commit !== undefined ? { commit: soupStamp.commit } : {}),
    ...(soupStamp.repo !== undefined ? { repo: soupStamp.repo } : {}),
  });
  const sbom = buildSbom(inventory, {
    register,
    lastVerified,
    generatedAt: sbomStamp.generatedAt,
    ...(sbomStamp.commit !== undefined ? { commit: sbomStamp.commit } : {}),
    ...(sbomStamp.repo !== undefined ? { repo: sbomStamp.repo } : {}),
    ...(sbomStamp.toolVersion !== undefined ? { toolVersion: sbomStamp.toolVersion } : {}),
  });
  return { soupList, sbom, inventory, register };
}

export async function runList(args: string[], io: CliIo): Promise<number> {
  const options = parseCommon(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const stamp = await currentStamp(options);
  const { soupList, sbom, inventory } = await render(options, io, stamp, stamp);
  const listPath = `${options.out}/SOUP.md`;
  const sbomPath = `${options.out}/sbom.cdx.json`;
  await mkdir(join(options.root, options.out), { recursive: true });
  await writeFile(join(options.root, listPath), soupList);
  await writeFile(join(options.root, sbomPath), sbom);
  const count = inventory.lockfiles.reduce((n, l) => n + l.packages.length, 0);
  io.stdout(
    `wrote ${listPath} and ${sbomPath} (${count} package(s) in ${inventory.lockfiles.length} lockfile(s))\n`,
  );
  return 0;
}

/** The stamp a committed SBOM was made with: its timestamp, root version (commit), name and tool version. */
function sbomStampOf(text: string | undefined): Stamp | undefined {
  if (text === undefined) return undefined;
  try {
    const bom = JSON.parse(text) as {
      metadata?: {
        timestamp?: unknown;
        component?: { name?: unknown; version?: unknown };
        tools?: { components?: { name?: unknown; version?: unknown }[] };
      };
    };
    const metadata = bom.metadata;
    if (typeof metadata?.timestamp !== 'string') return undefined;
    const tool = metadata.tools?.components?.find((c) => c.name === 'soup-gate');
    const name = metadata.component?.name;
    return {
      generatedAt: metadata.timestamp,
      ...(typeof metadata.component?.version === 'string' ? { commit: metadata.component.version } : {}),
      ...(typeof name === 'string' && name !== 'project' ? { repo: name } : {}),
      ...(typeof tool?.version === 'string' ? { toolVersion: tool.version } : {}),
    };
  } catch {
    return undefined;
  }
}

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const options = parseCommon(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const listPath = `${options.out}/SOUP.md`;
  const sbomPath = `${options.out}/sbom.cdx.json`;
  const committedList = await readText(join(options.root, listPath));
  const committedSbom = await readText(join(options.root, sbomPath));
  const now = await currentStamp(options);
  // Regenerate with the committed files' own stamps, so only content can differ.
  const listStamp = (committedList !== undefined ? readSoupListStamp(committedList) : undefined) ?? now;
  const sbomStamp = sbomStampOf(committedSbom) ?? now;
  const { soupList, sbom } = await render(options, io, listStamp, sbomStamp);
  let differs = false;
  for (const [path, committed, expected] of [
    [listPath, committedList, soupList],
    [sbomPath, committedSbom, sbom],
  ] as const) {
    if (committed === expected) continue;
    differs = true;
    if (committed === undefined) {
      io.stdout(`${path} is missing; run soup-gate list and commit it\n`);
      continue;
    }
    io.stdout(
      createTwoFilesPatch(
        `a/${path}`,
        `b/${path}`,
        committed,
        expected,
        'committed',
        'soup-gate list would write',
      ),
    );
  }
  if (differs) {
    io.stderr(
      'soup-gate: the committed SOUP list is out of date; run soup-gate list and commit the result\n',
    );
    return 1;
  }
  if (!options.quiet) io.stderr(`${listPath} and ${sbomPath} are up to date\n`);
  return 0;
}

export async function runRegister(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '-h' || sub === '--help' || sub === undefined) {
    io.stdout(LIST_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'init')
    throw new UsageError(`unknown register command "${sub}"; did you mean "register init"?`);
  const options = parseCommon(rest, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const inventory = await loadTree(options, io);
  const path = join(options.root, options.registerPath);
  const text = await readText(path);
  const register =
    text === undefined
      ? emptyRegister(options.registerPath)
      : parseRegister(options.registerPath, text, { allowIncomplete: true });
  const wanted = new Map<string, NewEntry>();
  let unknownDirectness = 0;
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      if (pkg.direct === null) unknownDirectness++;
      if (pkg.direct !== true || (pkg.scope === 'dev' && !options.includeDev)) continue;
      const lookup = registerLookupKey(pkg.ecosystem, pkg.name);
      if (wanted.has(lookup)) continue;
      const entry = register.entries.get(lookup);
      wanted.set(lookup, {
        pkg: { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version, lockfile: pkg.lockfile },
        derived: { safetyClass: entry?.safetyClass ?? register.defaults.safetyClass },
      });
    }
  }
  const ordered = [...wanted.values()].sort((a, b) => {
    const x = registerKey(a.pkg.ecosystem, a.pkg.name);
    const y = registerKey(b.pkg.ecosystem, b.pkg.name);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const result = addRegisterEntries(options.registerPath, text, ordered);
  if (result.added.length === 0 && text !== undefined) {
    io.stdout(`${options.registerPath}: every direct SOUP item has an entry; nothing added\n`);
  } else {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, result.text);
    io.stdout(
      `${options.registerPath}: added ${result.added.length} entr${result.added.length === 1 ? 'y' : 'ies'} marked TODO (complete them before merging):\n${result.added.map((k) => `  ${k}\n`).join('')}`,
    );
  }
  if (unknownDirectness > 0 && !options.quiet)
    io.stderr(
      `${unknownDirectness} package(s) could not be told direct or transitive (no manifest); none of them were added\n`,
    );
  return 0;
}
