// What `npm run bench` measures. Every task runs the same bytes through our code and through a floor
// (the bare JSON/YAML/TOML parse of those bytes, which no parser can beat) and, where one exists, a peer
// library doing the same job. Only ratios within one run are compared: absolute times vary by machine.
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYamlLib } from 'yaml';
import { diffInventories } from '../src/inventory/diff.js';
import { buildInventory } from '../src/inventory/inventory.js';
import { findFormat } from '../src/lockfiles/index.js';
import { resetPurlCache } from '../src/lockfiles/purl.js';

export const CORPUS = resolve(process.cwd(), '../shared/corpus');

export interface Impl {
  prepare?: () => Promise<unknown> | unknown;
  run: (prepared: unknown) => Promise<unknown> | unknown;
}

export interface Task {
  id: string;
  what: string;
  bytes: number;
  /** Which impl is ours, which the floor; the rest are peers. */
  impls: Record<string, Impl>;
}

interface Side {
  lockPath: string;
  text: string;
  manifests: Map<string, string>;
}

function readSide(dir: string): Side {
  const manifests = new Map<string, string>();
  let lockPath = '';
  let text = '';
  for (const name of readdirSync(dir)) {
    const path = name.replaceAll('__', '/');
    const content = readFileSync(join(dir, name), 'utf8');
    if (findFormat(path) && !name.endsWith('package.json')) {
      lockPath = path;
      text = content;
    } else manifests.set(path, content);
  }
  return { lockPath, text, manifests };
}

type FloorKind =
  'JSON.parse' | 'js-yaml load' | 'yaml parse' | 'smol-toml parse' | 'split lines + one regex per line';

/** Which bare parse is the floor for these bytes: the format's own syntax, told from the content. */
function floorKind(path: string, text: string): FloorKind {
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return 'JSON.parse';
  if (path.endsWith('yarn.lock'))
    return text.includes('# yarn lockfile v1') ? 'split lines + one regex per line' : 'js-yaml load';
  if (/\.(ya?ml)$/.test(path) || path.endsWith('pubspec.lock')) return 'yaml parse';
  if (/\.(lock|toml)$/.test(path) && !path.endsWith('Gemfile.lock')) return 'smol-toml parse';
  // Line formats (requirements.txt, go.mod, Gemfile.lock, gradle.lockfile) have no generic parser:
  // the floor is the least any line parser does, splitting and matching each line once.
  return 'split lines + one regex per line';
}

const LINE = /^\s*([^\s#=<>(]+)\s*(?:==|\(|\s)\s*([^\s)]*)/;

/** The floor: the cheapest parse of the same bytes in the format's own syntax. */
function floorParse(kind: FloorKind, text: string): unknown {
  switch (kind) {
    case 'JSON.parse':
      return JSON.parse(text);
    case 'js-yaml load':
      // Berry lockfiles are YAML; @yarnpkg/parsers itself reads them with js-yaml's failsafe schema.
      return jsYaml.load(text, { schema: jsYaml.FAILSAFE_SCHEMA, json: true });
    case 'yaml parse':
      return parseYamlLib(text);
    case 'smol-toml parse':
      return parseToml(text);
    default:
      return text.split('\n').map((line) => LINE.exec(line));
  }
}

function parseDiff(before: Side, after: Side): unknown {
  const base = buildInventory([{ path: before.lockPath, text: before.text }], before.manifests);
  const head = buildInventory([{ path: after.lockPath, text: after.text }], after.manifests);
  return diffInventories(base, head);
}

function arboristDir(side: Side): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-bench-'));
  writeFileSync(join(dir, 'package-lock.json'), side.text);
  writeFileSync(join(dir, 'package.json'), side.manifests.get('package.json') ?? '{}');
  return dir;
}

function pairTask(caseDir: string): Task | undefined {
  if (!existsSync(join(caseDir, 'before')) || !existsSync(join(caseDir, 'after'))) return undefined;
  const before = readSide(join(caseDir, 'before'));
  const after = readSide(join(caseDir, 'after'));
  const name = caseDir.split('/').pop()!;
  const impls: Record<string, Impl> = {
    ours: {
      run: () => {
        resetPurlCache();
        return parseDiff(before, after);
      },
    },
    floor: {
      run: () => {
        floorParse(floorKind(before.lockPath, before.text), before.text);
        floorParse(floorKind(after.lockPath, after.text), after.text);
      },
    },
  };
  const pkgBefore = before.manifests.get('package.json') ?? '{}';
  const pkgAfter = after.manifests.get('package.json') ?? '{}';
  if (before.lockPath.endsWith('package-lock.json')) {
    impls['peer: @npmcli/arborist loadVirtual'] = {
      prepare: () => [arboristDir(before), arboristDir(after)],
      run: async (dirs) => {
        const { default: Arborist } = await import('@npmcli/arborist');
        for (const path of dirs as string[]) await new Arborist({ path }).loadVirtual();
      },
    };
    impls['peer: snyk-nodejs-lockfile-parser'] = {
      run: async () => {
        const snyk = await import('snyk-nodejs-lockfile-parser');
        const options = {
          includeDevDeps: true,
          includeOptionalDeps: true,
          strictOutOfSync: false,
          pruneCycles: true,
          includePeerDeps: false,
          pruneWithinTopLevelDeps: true,
        };
        await snyk.parseNpmLockV2Project(pkgBefore, before.text, options);
        await snyk.parseNpmLockV2Project(pkgAfter, after.text, options);
      },
    };
  } else if (before.lockPath.endsWith('yarn.lock') && !before.text.includes('# yarn lockfile v1')) {
    impls['peer: snyk-nodejs-lockfile-parser'] = {
      run: async () => {
        const snyk = await import('snyk-nodejs-lockfile-parser');
        snyk.extractPkgsFromYarnLockV2(before.text);
        snyk.extractPkgsFromYarnLockV2(after.text);
      },
    };
  }
  return {
    id: `pair:${name}`,
    what: `parse + diff ${before.lockPath} pair of ${name} (floor: ${floorKind(before.lockPath, before.text)} of both sides)`,
    bytes: before.text.length + after.text.length,
    impls,
  };
}

/** The largest lockfile of each corpus folder: our parse against the bare parse of the same bytes. */
function largestFileTasks(): Task[] {
  const result: Task[] = [];
  for (const folder of readdirSync(CORPUS).sort()) {
    if (folder.startsWith('_') || !statSync(join(CORPUS, folder)).isDirectory()) continue;
    let best: { path: string; file: string; size: number; manifests: Map<string, string> } | undefined;
    for (const caseName of readdirSync(join(CORPUS, folder))) {
      for (const side of ['before', 'after']) {
        const dir = join(CORPUS, folder, caseName, side);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)) {
          const path = name.replaceAll('__', '/');
          const format = findFormat(path);
          if (!format || (name.endsWith('.json') && !name.includes('lock'))) continue;
          const size = statSync(join(dir, name)).size;
          if (!best || size > best.size) {
            const manifests = new Map<string, string>();
            for (const other of readdirSync(dir))
              if (other !== name)
                manifests.set(other.replaceAll('__', '/'), readFileSync(join(dir, other), 'utf8'));
            best = { path, file: join(dir, name), size, manifests };
          }
        }
      }
    }
    if (!best) continue;
    const { path, file, manifests } = best;
    const text = readFileSync(file, 'utf8');
    const format = findFormat(path)!;
    result.push({
      id: `file:${folder}`,
      what: `parse ${path} (${folder}, largest in corpus; floor: ${floorKind(path, text)})`,
      bytes: text.length,
      impls: {
        ours: {
          run: () => {
            resetPurlCache();
            return format.parse({ path, text, manifests });
          },
        },
        floor: { run: () => floorParse(floorKind(path, text), text) },
      },
    });
  }
  return result;
}

export function tasks(): Task[] {
  if (!existsSync(CORPUS)) return [];
  const large = join(CORPUS, '_large');
  const pairs = readdirSync(large)
    .sort()
    .map((name) => pairTask(join(large, name)))
    .filter((t): t is Task => t !== undefined);
  return [...pairs, ...largestFileTasks()];
}
