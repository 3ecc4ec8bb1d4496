/**
 * The layer rules of src/ (README "Layout"), as a pure checker so the test can prove it catches a
 * violation before it is trusted with the real tree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';

/** Lower numbers are lower floors; a file may import its own rank or below, never above. */
export const RANKS: Readonly<Record<string, number>> = {
  versions: 0,
  markdown: 0,
  lockfiles: 1,
  inventory: 2,
  config: 3,
  enrich: 3,
  register: 3,
  gate: 3,
  monitor: 3,
  verification: 3,
  documents: 3,
  github: 3,
  local: 3,
  app: 4,
  cli: 5,
  'main.ts': 5,
  'index.ts': 5,
};

/** What the GitHub adapter must not know: policy, rules, Markdown. */
const GITHUB_MUST_NOT_IMPORT = ['config', 'gate', 'documents', 'monitor', 'markdown', 'enrich', 'register'];

/** Packages only the entries, the input reader and the GitHub adapter may load. */
const RUNNER_PACKAGES: readonly { prefix: string; allowed: (file: string) => boolean }[] = [
  { prefix: '@actions/core', allowed: (f) => f === 'main.ts' || f === 'config/inputs.ts' },
  { prefix: '@actions/github', allowed: (f) => f.startsWith('github/') },
  { prefix: '@octokit/', allowed: (f) => f.startsWith('github/') },
];

/** Folders whose code is pure: no runner, no file system, no processes, no network client. */
const PURE = [
  'versions',
  'markdown',
  'lockfiles',
  'inventory',
  'gate',
  'documents',
  'register',
  'enrich',
  'monitor',
  'verification',
];
const IMPURE_MODULES = /^(node:)?(fs|fs\/promises|child_process)$|^@actions\/|^@octokit\/|^undici$/;

export interface SourceFile {
  /** Path relative to src/, with `/` separators. */
  path: string;
  /** Import specifiers as written (static, dynamic and type-only). */
  imports: string[];
  lines: number;
}

export function layerOf(path: string): string {
  const slash = path.indexOf('/');
  return slash === -1 ? path : path.slice(0, slash);
}

function resolveRelative(from: string, specifier: string): string {
  return posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
}

/** Every breach of the layer rules, one line each, naming importer and imported. */
export function findLayerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const from = layerOf(file.path);
    const fromRank = RANKS[from];
    if (fromRank === undefined)
      problems.push(`${file.path}: folder "${from}" has no layer (add it to RANKS)`);
    for (const specifier of file.imports) {
      if (!specifier.startsWith('.')) {
        for (const rule of RUNNER_PACKAGES) {
          if (specifier.startsWith(rule.prefix) && !rule.allowed(file.path)) {
            problems.push(`${file.path}: imports ${specifier}, which only its adapter may load`);
          }
        }
        if (PURE.includes(from) && IMPURE_MODULES.test(specifier)) {
          problems.push(`${file.path}: pure code imports ${specifier}`);
        }
        continue;
      }
      const target = resolveRelative(file.path, specifier);
      if (target.startsWith('..')) continue; // package.json and the like, outside src/
      const to = layerOf(target);
      const toRank = RANKS[to];
      if (fromRank === undefined || toRank === undefined || from === to) continue;
      if (toRank > fromRank)
        problems.push(`${file.path}: imports upward into ${target} (${from} ${fromRank} < ${to} ${toRank})`);
      if (from === 'github' && GITHUB_MUST_NOT_IMPORT.includes(to)) {
        problems.push(`${file.path}: the GitHub adapter imports ${target} (it must return plain data)`);
      }
      if (!edges.has(from)) edges.set(from, new Set());
      edges.get(from)!.add(to);
    }
  }
  for (const cycle of findCycles(edges)) problems.push(`folder cycle: ${cycle.join(' -> ')}`);
  return problems;
}

/** Folder-level cycles (sideways imports within a floor are allowed, loops are not). */
export function findCycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

/** File-level import cycles (a module that needs itself through others). */
export function findFileCycles(files: readonly SourceFile[]): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const file of files) {
    const targets = file.imports.filter((s) => s.startsWith('.')).map((s) => resolveRelative(file.path, s));
    edges.set(file.path, new Set(targets.filter((t) => !t.startsWith('..'))));
  }
  return findCycles(edges);
}

export function readSourceTree(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
        const text = readFileSync(full, 'utf8');
        const imports = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
        const path = relative(root, full).split(/[\\/]/).join('/');
        out.push({ path, imports, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) });
      }
    }
  };
  walk(root);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export const SRC = join(dirname(new URL(import.meta.url).pathname), '../../src');
