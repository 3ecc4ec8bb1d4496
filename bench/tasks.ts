// What `npm run bench` measures. Every task runs the same bytes through our code and through a floor
// (the bare JSON/YAML/TOML parse of those bytes, which no parser can beat) and, where one exists, a peer
// library doing the same job. Only ratios within one run are compared: absolute times vary by machine.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { createRequire } from 'node:module';
import { parseSyml } from '@yarnpkg/parsers';
import jsYaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYamlLib } from 'yaml';
import { diffInventories } from '../src/inventory/diff.js';
import { buildInventory } from '../src/inventory/inventory.js';
import { findFormat } from '../test/support/all-formats.js';
import { resetPurlCache } from '../src/lockfiles/purl.js';
import { auditPackTask } from './audit-pack-task.js';

export const CORPUS = resolve(process.cwd(), '../shared/corpus');
const FIXTURES = resolve(process.cwd(), 'test/fixtures');

export interface Impl {
  prepare?: () => Promise<unknown> | unknown;
  run: (prepared: unknown) => Promise<unknown> | unknown;
  /** Peak RSS when the work happens in child processes (measure.ts's own maxRSS misses them). */
  peakRssMb?: () => number | undefined;
}

export interface Task {
  id: string;
  what: string;
  bytes: number;
  /** Which impl is ours, which the floor; the rest are peers. */
  impls: Record<string, Impl>;
  /** Items one run handles, for tasks whose unit is items rather than bytes (time per 1000 printed). */
  items?: number;
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
  // pnpm and our YAML-based parsers read with js-yaml's failsafe schema: the same bare parse is the floor.
  if (path.endsWith('pnpm-lock.yaml')) return 'js-yaml load';
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

async function parseDiff(before: Side, after: Side): Promise<unknown> {
  const base = await buildInventory([{ path: before.lockPath, text: before.text }], before.manifests);
  const head = await buildInventory([{ path: after.lockPath, text: after.text }], after.manifests);
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
    // The same job as ours (packages with dev/direct knowledge from the manifest): its project parser.
    impls['peer: snyk-nodejs-lockfile-parser'] = {
      run: async () => {
        const snyk = await import('snyk-nodejs-lockfile-parser');
        const options = {
          includeDevDeps: true,
          includeOptionalDeps: true,
          strictOutOfSync: false,
          pruneWithinTopLevelDeps: true,
        };
        await snyk.parseYarnLockV2Project(pkgBefore, before.text, options);
        await snyk.parseYarnLockV2Project(pkgAfter, after.text, options);
      },
    };
    // Its bare package extraction (no graph, no dev/direct): a lower bound for any peer.
    impls['peer: snyk extractPkgsFromYarnLockV2 (parse only)'] = {
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

/** Every lockfile under a directory, recursively, with the other files of its folder as manifests. */
function* walkLockfiles(
  root: string,
  toPath: (dir: string, name: string) => string,
): Generator<{ path: string; file: string; dir: string }> {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const full = join(root, entry.name);
    if (entry.isDirectory()) {
      yield* walkLockfiles(full, toPath);
    } else if (entry.isFile()) {
      const path = toPath(root, entry.name);
      if (findFormat(path)) yield { path, file: full, dir: root };
    }
  }
}

/**
 * The largest file of each format we have, real ones from the corpus first and, for formats the
 * corpus lacks, the largest fixture (made by the real tool where one runs here): our parse against
 * the bare parse of the same bytes.
 */
function largestFileTasks(): Task[] {
  const best = new Map<
    string,
    {
      path: string;
      file: string;
      dir: string;
      size: number;
      origin: string;
      toPath: (d: string, n: string) => string;
    }
  >();
  const corpusPath = (_dir: string, name: string): string => name.replaceAll('__', '/');
  // Fixture folders mirror a repository: the path relative to the fixture case keeps `.github/workflows/…`.
  const fixturePath = (dir: string, name: string): string => {
    const rel = relative(FIXTURES, join(dir, name)).split(sep);
    const workflows = rel.indexOf('.github');
    return workflows >= 0 ? rel.slice(workflows).join('/') : rel.slice(-1)[0]!;
  };
  const sources: Array<[string, string, (d: string, n: string) => string]> = [
    [CORPUS, 'corpus', corpusPath],
    [FIXTURES, 'fixture', fixturePath],
  ];
  for (const [root, origin, toPath] of sources) {
    if (!existsSync(root)) continue;
    for (const found of walkLockfiles(root, toPath)) {
      const format = findFormat(found.path)!;
      if (found.path.endsWith('bun.lockb')) continue;
      const size = statSync(found.file).size;
      const current = best.get(format.id);
      if (
        current &&
        (current.origin === 'corpus'
          ? origin !== 'corpus' || size <= current.size
          : origin === 'fixture' && size <= current.size)
      )
        continue;
      best.set(format.id, { ...found, size, origin, toPath });
    }
  }
  const result: Task[] = [];
  for (const [id, { path, file, dir, origin, toPath }] of [...best].sort()) {
    const text = readFileSync(file, 'utf8');
    const manifests = new Map<string, string>();
    for (const other of readdirSync(dir, { withFileTypes: true })) {
      if (other.isFile() && join(dir, other.name) !== file)
        manifests.set(toPath(dir, other.name), readFileSync(join(dir, other.name), 'utf8'));
    }
    const format = findFormat(path)!;
    try {
      format.parse({ path, text, manifests });
    } catch {
      continue; // fixtures of invalid input are not benchmarks
    }
    result.push({
      id: `file:${id}`,
      what: `parse ${path} (${id}, largest ${origin} file; floor: ${floorKind(path, text)})`,
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
  const sbom = sbomTask(join(large, 'alphagov__govuk-frontend__884f37ebef', 'after'));
  const yarnV1 = yarnV1Task();
  return [
    ...pairs,
    ...largestFileTasks(),
    ...(yarnV1 ? [yarnV1] : []),
    monitorTask(),
    ...(sbom ? [sbom] : []),
    auditPackTask(),
  ];
}

const MONITOR_ITEMS = 5000;

/**
 * Post-market monitoring of a generated 5,000-item inventory against a loopback fake OSV started in
 * prepare (50 of the versions have an anomaly; the register evaluates half of them). ours: item
 * selection, the 5 querybatch requests, the 50 record reads, the comparison with the register, the
 * issue plan and the summary. floor: the same OSV requests alone (queryOsvBatch + record reads),
 * which no monitoring run can avoid. The network part dominates; the difference is our own work.
 */
function monitorTask(): Task {
  const prepare = async () => {
    const { startFakeOsv } = await import('../test/fakes/osv-server.js');
    const { pkg, lockfile, inventory } = await import('../test/support/builders.js');
    const vulnerable = Array.from({ length: 50 }, (_, i) => i * 100);
    const osv = await startFakeOsv({
      vulns: vulnerable.map((i) => ({
        id: `GHSA-bench-${i}`,
        summary: `anomaly ${i}`,
        aliases: [`CVE-2024-${10000 + i}`],
        severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
        affected: [{ package: { ecosystem: 'npm', name: `pkg-${i}` }, versions: [`1.0.${i}`] }],
      })),
    });
    const packages = Array.from({ length: MONITOR_ITEMS }, (_, i) =>
      pkg(`pkg-${i}`, `1.0.${i}`, { direct: true, lockfile: 'package-lock.json' }),
    );
    const { parseRegister } = await import('../src/register/parse.js');
    const register = parseRegister(
      'soup/register.yml',
      `items:\n${vulnerable
        .filter((_, n) => n % 2 === 0)
        .map(
          (i) =>
            `  npm/pkg-${i}:\n    purpose: "x"\n    anomalies:\n      - id: CVE-2024-${10000 + i}\n        state: not_affected\n        reason: "r"\n        by: qa\n        on: 2024-05-01\n`,
        )
        .join('')}`,
      { allowIncomplete: true },
    );
    return { osvUrl: osv.url, inv: inventory(lockfile('package-lock.json', packages)), register };
  };
  type Prepared = Awaited<ReturnType<typeof prepare>>;
  return {
    id: 'monitor:5000-items',
    what: `monitoring: ${MONITOR_ITEMS} SOUP items against a loopback fake OSV (5 querybatch requests) and the register`,
    bytes: 0,
    items: MONITOR_ITEMS,
    impls: {
      ours: {
        prepare,
        run: async (prepared) => {
          const { osvUrl, inv, register } = prepared as Prepared;
          const { createHttpClient } = await import('../src/enrich/http.js');
          const { selectMonitoredItems } = await import('../src/monitor/items.js');
          const { checkAnomalies } = await import('../src/monitor/osv-check.js');
          const { assessItems, totalsOf } = await import('../src/monitor/assess.js');
          const { planIssueActions } = await import('../src/monitor/plan.js');
          const { renderMonitorSummary } = await import('../src/monitor/render.js');
          const items = selectMonitoredItems(inv, { dependencies: 'direct', includeDev: false });
          const http = createHttpClient({ fetch: globalThis.fetch });
          const osv = await checkAnomalies(items, { http, osvUrl });
          if (osv.batchRequests !== 5)
            throw new Error(`expected 5 OSV batch requests, made ${osv.batchRequests}`);
          const assessed = assessItems(items, osv.byItem, register, '2024-06-01');
          const plan = planIssueActions(assessed, [], {
            botLogin: 'github-actions[bot]',
            registerPath: 'soup/register.yml',
            healthInIssues: [],
          });
          if (plan.actions.length !== 25)
            throw new Error(`expected 25 issues, planned ${plan.actions.length}`);
          const totals = totalsOf(assessed);
          return renderMonitorSummary({
            repoLabel: 'bench',
            commit: '0'.repeat(40),
            totals,
            issues: undefined,
            assessments: assessed,
            notes: [],
          });
        },
      },
      floor: {
        prepare,
        run: async (prepared) => {
          const { osvUrl, inv } = prepared as Prepared;
          const { createHttpClient } = await import('../src/enrich/http.js');
          const { queryOsvBatch, fetchOsvRecords } = await import('../src/enrich/osv.js');
          const http = createHttpClient({ fetch: globalThis.fetch });
          const queries = inv.lockfiles[0]!.packages.map((p) => ({
            package: { ecosystem: 'npm', name: p.name },
            version: p.version,
          }));
          const batch = await queryOsvBatch(http, osvUrl, queries);
          const ids = [...new Set(batch.ids.flatMap((r) => (Array.isArray(r) ? r : [])))];
          return fetchOsvRecords(http, osvUrl, ids, 8);
        },
      },
    },
  };
}

/**
 * The SBOM of a large package-lock (govuk-frontend, 1.9 MB): ours parses the lockfile with its
 * manifest and builds the CycloneDX 1.6 JSON (buildSbom); the peer is what people run for the same
 * document, `cyclonedx-npm --package-lock-only` as a child process in a folder holding just
 * package.json + package-lock.json (it shells out to `npm ls`, so `npm` must be on PATH). The floor
 * is JSON.parse + JSON.stringify of the same bytes: reading and writing JSON, which any tool does.
 */
function sbomTask(dir: string): Task | undefined {
  const lockFile = join(dir, 'package-lock.json');
  if (!existsSync(lockFile)) return undefined;
  const text = readFileSync(lockFile, 'utf8');
  const manifest = readFileSync(join(dir, 'package.json'), 'utf8');
  const cli = resolve(process.cwd(), 'node_modules/@cyclonedx/cyclonedx-npm/bin/cyclonedx-npm-cli.js');
  const time = ['/usr/bin/time', '/bin/time'].find((path) => existsSync(path));
  let childPeakKb = 0;
  return {
    id: 'sbom:govuk-frontend',
    what: 'CycloneDX SBOM of govuk-frontend package-lock.json (parse + build + serialise; floor: JSON.parse + JSON.stringify)',
    bytes: text.length,
    impls: {
      ours: {
        run: async () => {
          resetPurlCache();
          const { buildSbom } = await import('../src/documents/sbom.js');
          const inventory = await buildInventory(
            [{ path: 'package-lock.json', text }],
            new Map([['package.json', manifest]]),
          );
          return buildSbom(inventory, { commit: '0'.repeat(40), repo: 'alphagov/govuk-frontend' });
        },
      },
      floor: { run: () => JSON.stringify(JSON.parse(text)) },
      'peer: @cyclonedx/cyclonedx-npm --package-lock-only': {
        prepare: () => {
          if (!existsSync(cli)) throw new Error('npm install first: @cyclonedx/cyclonedx-npm is missing');
          const work = mkdtempSync(join(tmpdir(), 'soup-gate-bench-sbom-'));
          writeFileSync(join(work, 'package-lock.json'), text);
          writeFileSync(join(work, 'package.json'), manifest);
          return work;
        },
        run: (work) => {
          const cwd = work as string;
          const args = [cli, '--package-lock-only', '--output-format', 'JSON', '--output-file', 'bom.json'];
          // /usr/bin/time reports the peak RSS of the process tree it waited for (node, then npm ls).
          const result = time
            ? spawnSync(time, ['-f', 'peak-kb=%M', process.execPath, ...args], { cwd, encoding: 'utf8' })
            : spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
          if (result.status !== 0)
            throw new Error(`cyclonedx-npm exited ${result.status}: ${result.stderr.slice(-2000)}`);
          const peak = /peak-kb=(\d+)/.exec(result.stderr);
          if (peak) childPeakKb = Math.max(childPeakKb, Number(peak[1]));
          return result.status;
        },
        peakRssMb: () => (childPeakKb > 0 ? childPeakKb / 1024 : undefined),
      },
    },
  };
}

/**
 * yarn v1 on the largest corpus yarn.lock: our whole parse (the line reader, then entries, graph and
 * scopes) against the line-format floor (split into lines + one regex per line, the floor of every
 * line format) and the libraries that read the same syntax into a bare object: @yarnpkg/lockfile
 * (yarn 1's own parser) and @yarnpkg/parsers' parseSyml (what we used before).
 */
function yarnV1Task(): Task | undefined {
  let largest: { file: string; size: number } | undefined;
  for (const found of walkLockfiles(CORPUS, (_dir, name) => name.replaceAll('__', '/'))) {
    if (!found.path.endsWith('yarn.lock')) continue;
    const size = statSync(found.file).size;
    if (size > (largest?.size ?? 0) && readFileSync(found.file, 'utf8').includes('# yarn lockfile v1'))
      largest = { file: found.file, size };
  }
  if (!largest) return undefined;
  const text = readFileSync(largest.file, 'utf8');
  const manifests = new Map([['package.json', readFileSync(join(largest.file, '../package.json'), 'utf8')]]);
  const format = findFormat('yarn.lock')!;
  const require = createRequire(import.meta.url);
  return {
    id: 'yarn-v1:largest',
    what: `yarn v1: parse ${relative(CORPUS, largest.file)} (floor: split lines + one regex per line)`,
    bytes: text.length,
    impls: {
      ours: {
        run: () => {
          resetPurlCache();
          return format.parse({ path: 'yarn.lock', text, manifests });
        },
      },
      floor: { run: () => floorParse('split lines + one regex per line', text) },
      'peer: @yarnpkg/lockfile parse (syntax only)': {
        run: () => (require('@yarnpkg/lockfile') as { parse: (t: string) => unknown }).parse(text),
      },
      'peer: @yarnpkg/parsers parseSyml (syntax only)': { run: () => parseSyml(text) },
    },
  };
}
