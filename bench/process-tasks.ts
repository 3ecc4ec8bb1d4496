// Process-level figures of `npm run bench`: what a user and a runner pay, measured as whole Node
// processes spawned in pairs (ours, then its floor, alternately) so both see the same machine load.
// Each figure is a ratio within one run; with `--baseline <dist>` the same figures are measured for
// an older bundle in the same run (before/after).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { selectLockfiles } from '../src/inventory/inventory.js';
import { findFormat } from '../src/lockfiles/index.js';

const EXIT_STATS = resolve('bench/exit-stats.cjs');

interface Sample {
  wallMs: number;
  cpuMs: number;
  peakRssMb: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function summary(samples: Sample[]): Sample {
  return {
    wallMs: median(samples.map((s) => s.wallMs)),
    cpuMs: median(samples.map((s) => s.cpuMs)),
    peakRssMb: Math.max(...samples.map((s) => s.peakRssMb)),
  };
}

/** One Node process, spawn to exit, with its own CPU time and peak RSS reported by exit-stats.cjs. */
function runNode(args: string[], options: { cwd?: string; expectStatus?: number } = {}): Sample {
  const stats = join(mkdtempSync(join(tmpdir(), 'soup-gate-bench-stats-')), 'stats');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', EXIT_STATS, ...args], {
    cwd: options.cwd,
    env: { ...process.env, BENCH_STATS_FILE: stats },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  if (result.status !== (options.expectStatus ?? 0))
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-1000)}`);
  const line = readFileSync(stats, 'utf8').trim().split('\n').pop()!;
  rmSync(stats, { force: true });
  return { wallMs, ...(JSON.parse(line) as { cpuMs: number; peakRssMb: number }) };
}

/** Runs each command `runs` times, interleaved, and returns the medians. */
function interleaved(runs: number, commands: Record<string, () => Sample>): Record<string, Sample> {
  const samples: Record<string, Sample[]> = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [name, command] of Object.entries(commands)) samples[name]!.push(command());
  return Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, summary(list)]));
}

function show(name: string, s: Sample): string {
  return `  ${name.padEnd(44)} ${s.wallMs.toFixed(0).padStart(6)} ms wall ${s.cpuMs.toFixed(0).padStart(6)} ms CPU  peak RSS ${s.peakRssMb.toFixed(0).padStart(4)} MB`;
}

export interface FigureResult {
  id: string;
  lines: string[];
  /** The figure as quoted in the README: `<ratio>x (target …)`. */
  headline: string;
  met: boolean;
}

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], {
    cwd,
    stdio: 'ignore',
  });
}

/** The lockfiles (with their folders' manifests) of the corpus cases' `after` sides, in a stable order. */
function corpusLockfiles(corpus: string): { path: string; file: string; dir: string }[] {
  const found: { path: string; file: string; dir: string }[] = [];
  for (const kind of readdirSync(corpus).sort()) {
    if (kind.startsWith('_') || !existsSync(join(corpus, kind)) || kind.endsWith('.md')) continue;
    for (const name of readdirSync(join(corpus, kind)).sort()) {
      const dir = join(corpus, kind, name, 'after');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).sort()) {
        const path = file.replaceAll('__', '/');
        if (findFormat(path)) found.push({ path: `${kind}/${name}/${path}`, file: join(dir, file), dir });
      }
    }
  }
  return found;
}

/** Copies a corpus lockfile and the manifests beside it into `root`, under the lockfile's new path. */
function place(root: string, lockfile: { path: string; file: string; dir: string }): void {
  const folder = lockfile.path.includes('/') ? lockfile.path.slice(0, lockfile.path.lastIndexOf('/')) : '';
  mkdirSync(join(root, folder), { recursive: true });
  cpSync(lockfile.file, join(root, lockfile.path));
  const caseFolder = lockfile.path.split('/').slice(0, 2).join('/');
  for (const other of readdirSync(lockfile.dir)) {
    const path = `${caseFolder}/${other.replaceAll('__', '/')}`;
    if (findFormat(path) || existsSync(join(root, path))) continue;
    mkdirSync(join(root, path, '..'), { recursive: true });
    cpSync(join(lockfile.dir, other), join(root, path));
  }
}

export function processFigures(corpus: string, dists: Record<string, string>): FigureResult[] {
  const work = mkdtempSync(join(tmpdir(), 'soup-gate-bench-proc-'));
  const results: FigureResult[] = [];
  const forEachDist = (fn: (label: string, dist: string) => void): void => {
    for (const [label, dist] of Object.entries(dists)) fn(label, dist);
  };

  // 1. `--help`: CPU against `node -e 0`.
  forEachDist((label, dist) => {
    process.stderr.write(`… process: --help (${label})\n`);
    // An empty ES module: what Node's ES module loader costs any ESM command before its own code.
    const empty = join(work, 'empty.mjs');
    writeFileSync(empty, '');
    const r = interleaved(21, {
      'soup-gate --help': () => runNode([join(dist, 'cli.js'), '--help']),
      'node -e 0': () => runNode(['-e', '0']),
      'node empty.mjs (no code, ESM loader only)': () => runNode([empty]),
    });
    const ratio = r['soup-gate --help']!.cpuMs / r['node -e 0']!.cpuMs;
    results.push({
      id: `help (${label})`,
      lines: Object.entries(r).map(([name, s]) => show(name, s)),
      headline: `\`--help\` CPU ${ratio.toFixed(2)}× \`node -e 0\` (target ≤ 1.3×)`,
      met: ratio <= 1.3,
    });
  });

  // 2. diff of govuk-frontend's package-lock pair: against the process that only JSON.parses both
  // files, and against snyk-nodejs-lockfile-parser reading both sides.
  const govuk = join(corpus, '_large/alphagov__govuk-frontend__884f37ebef');
  if (existsSync(govuk)) {
    const [before, after] = [join(govuk, 'before'), join(govuk, 'after')];
    forEachDist((label, dist) => {
      process.stderr.write(`… process: diff govuk-frontend (${label})\n`);
      const r = interleaved(7, {
        'soup-gate diff': () =>
          runNode([join(dist, 'cli.js'), 'diff', '--base', before, '--head', after, '--quiet']),
        'floor: JSON.parse both files': () =>
          runNode([
            'bench/bare-parse.mjs',
            join(before, 'package-lock.json'),
            join(after, 'package-lock.json'),
          ]),
        'peer: snyk-nodejs-lockfile-parser': () => runNode(['bench/peer-snyk.mjs', before, after]),
      });
      const ours = r['soup-gate diff']!;
      const floor = r['floor: JSON.parse both files']!;
      const peer = r['peer: snyk-nodejs-lockfile-parser']!;
      const ratio = ours.wallMs / floor.wallMs;
      const faster = peer.wallMs / ours.wallMs;
      results.push({
        id: `diff govuk-frontend (${label})`,
        lines: Object.entries(r).map(([name, s]) => show(name, s)),
        headline: `\`diff\` of govuk-frontend's 3.7 MB package-lock pair ${ratio.toFixed(2)}× the bare-parse process (target ≤ 1.5×), ${faster.toFixed(1)}× faster than snyk-nodejs-lockfile-parser (target ≥ 3×)`,
        met: ratio <= 1.5 && faster >= 3,
      });
    });
  }

  // 3. A one-lockfile bump in a repository that also holds 120 unchanged lockfiles, against the same
  // bump in a repository with that lockfile alone (git refs, as a PR check would run it).
  const lockfiles = corpusLockfiles(corpus);
  const repoWith = (name: string, extra: number): string => {
    const repo = join(work, name);
    mkdirSync(repo);
    git(repo, 'init', '-q', '-b', 'main');
    cpSync('examples/demo/base/package-lock.json', join(repo, 'app/package-lock.json'), { recursive: true });
    cpSync('examples/demo/base/package.json', join(repo, 'app/package.json'));
    for (const lockfile of lockfiles.slice(0, extra)) place(join(repo, 'vendor'), lockfile);
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'base');
    cpSync('examples/demo/head/package-lock.json', join(repo, 'app/package-lock.json'));
    cpSync('examples/demo/head/package.json', join(repo, 'app/package.json'));
    git(repo, 'commit', '-qam', 'bump');
    return repo;
  };
  const one = repoWith('one-lockfile', 0);
  const many = repoWith('many-lockfiles', 120);
  const unchangedCount = selectLockfiles(
    execFileSync('git', ['ls-files'], { cwd: many, encoding: 'utf8' }).trim().split('\n'),
  ).length;
  forEachDist((label, dist) => {
    process.stderr.write(`… process: diff with ${unchangedCount - 1} unchanged lockfiles (${label})\n`);
    const diff = (repo: string) => () =>
      runNode([
        join(dist, 'cli.js'),
        'diff',
        '--base',
        'HEAD~1',
        '--head',
        'HEAD',
        '--repo',
        repo,
        '--quiet',
      ]);
    const r = interleaved(9, {
      [`diff, ${unchangedCount - 1} unchanged lockfiles beside`]: diff(many),
      'diff, the one lockfile alone': diff(one),
    });
    const [big, small] = Object.values(r) as [Sample, Sample];
    const ratio = big.wallMs / small.wallMs;
    results.push({
      id: `diff beside unchanged lockfiles (${label})`,
      lines: Object.entries(r).map(([name, s]) => show(name, s)),
      headline: `a one-lockfile bump beside ${unchangedCount - 1} unchanged lockfiles ${ratio.toFixed(2)}× the same diff in a one-lockfile repository (target ≤ 1.2×)`,
      met: ratio <= 1.2,
    });
  });

  // 4. `list` (SOUP.md + SBOM) on a 100-lockfile monorepo, against parsing those lockfiles in a
  // process that has the parsers loaded already.
  const mono = join(work, 'monorepo');
  for (const lockfile of lockfiles.slice(0, 100)) place(mono, lockfile);
  const parsed = (): number => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/parse-in-process.ts', mono], {
      encoding: 'utf8',
    });
    return (JSON.parse(out.trim().split('\n').pop()!) as { ms: number }).ms;
  };
  forEachDist((label, dist) => {
    process.stderr.write(`… process: list on a 100-lockfile monorepo (${label})\n`);
    const list: Sample[] = [];
    const floor: number[] = [];
    for (let i = 0; i < 5; i++) {
      list.push(
        runNode([
          join(dist, 'cli.js'),
          'list',
          '--root',
          mono,
          '--commit',
          '0'.repeat(40),
          '--repo',
          'bench/monorepo',
          '--generated-at',
          '2024-06-01T00:00:00Z',
          '--quiet',
        ]),
      );
      floor.push(parsed());
    }
    const ours = summary(list);
    const inProcess = median(floor);
    const ratio = ours.wallMs / inProcess;
    results.push({
      id: `list monorepo (${label})`,
      lines: [
        show('soup-gate list (SOUP.md + SBOM)', ours),
        `  ${'floor: parse in-process'.padEnd(44)} ${inProcess.toFixed(0).padStart(6)} ms`,
      ],
      headline: `\`list\` on a 100-lockfile monorepo ${ratio.toFixed(2)}× parsing those lockfiles in-process (target ≤ 2×)`,
      met: ratio <= 2,
    });
  });
  rmSync(work, { recursive: true, force: true });
  return results;
}

/** The action's first API request after spawn, against the loopback fake GitHub (test/fakes). */
export async function actionFigures(dists: Record<string, string>): Promise<FigureResult[]> {
  const { startFakeGitHub, readFolderFiles, BOT_TOKEN } = await import('../test/fakes/github-server.js');
  const { runAction } = await import('../test/fakes/run-action.js');
  const { pullRequestTargetEvent } = await import('../test/fakes/webhook-events.js');
  const gh = await startFakeGitHub();
  const repo = gh.addRepo('acme/pump');
  const baseSha = repo.commit({ files: await readFolderFiles('examples/demo/base'), branch: 'main' });
  const headSha = repo.commit({ files: await readFolderFiles('examples/demo/head'), parents: [baseSha] });
  repo.addPull({ number: 42, baseSha, headSha, headRef: 'bump' });
  const event = pullRequestTargetEvent({
    action: 'synchronize',
    repo: 'acme/pump',
    number: 42,
    baseSha,
    headSha,
    headRef: 'bump',
  });
  // The dists take turns run by run (before, after, before, …), each run followed by its `node -e 0`,
  // so a machine whose load changes during the bench weighs on both alike.
  const first: Record<string, number[]> = {};
  const floor: Record<string, Sample[]> = {};
  process.stderr.write(`… process: action first request (${Object.keys(dists).join(', ')})\n`);
  for (let i = 0; i < 9; i++) {
    for (const [label, dist] of Object.entries(dists)) {
      const seen = gh.requests.length;
      const result = await runAction({
        event,
        apiUrl: gh.url,
        token: BOT_TOKEN,
        inputs: { enrich: 'false' },
        entry: resolve(dist, 'index.js'),
      });
      if (result.code !== 0) throw new Error(`the action failed: ${result.stdout.slice(-2000)}`);
      (first[label] ??= []).push(gh.requests[seen]!.receivedAt - result.startedAt);
      (floor[label] ??= []).push(runNode(['-e', '0']));
    }
  }
  const results: FigureResult[] = [];
  for (const label of Object.keys(dists)) {
    const ms = median(first[label]!);
    const node = summary(floor[label]!);
    results.push({
      id: `action cold start (${label})`,
      lines: [
        `  ${'dist/index.js: spawn to first API request'.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms`,
        show('node -e 0 (spawn to exit)', node),
      ],
      headline: `the action's first API request ${ms.toFixed(0)} ms after spawn, ${(ms / node.wallMs).toFixed(1)}× \`node -e 0\` (${node.wallMs.toFixed(0)} ms) (target ≤ 150 ms)`,
      met: ms <= 150,
    });
  }
  await gh.close();
  return results;
}
