/**
 * `soup-gate trace`: reads JUnit XML and the register from the working tree, writes
 * soup/TRACEABILITY.md and says which requirements are not re-verified. The files and git side
 * lives here; everything computed comes from app/trace.ts.
 */
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { runTrace, type RepoFiles } from '../app/trace.js';
import { actionsRunUrl } from '../config/run-url.js';
import { formatTimestamp } from '../documents/soup-list.js';
import { JunitParseError } from '../verification/junit.js';
import { UsageError, type CliIo } from './io.js';

export const TRACE_HELP = `Usage:
  soup-gate trace --junit <file>... [--register soup/register.yml] [--out soup/TRACEABILITY.md] [options]
      matches the tests each register requirement names against JUnit XML results and writes the
      traceability matrix (SOUP item → requirement → tests → result and run)

Options:
  --junit <file>...         JUnit XML result files (repeatable; more files may follow as arguments)
  --root <dir>              the checkout (default: the working folder); --register and --out are under it
  --register <file>         register path under --root (default: soup/register.yml)
  --out <file>              where to write the matrix, under --root (default: soup/TRACEABILITY.md)
  --run-url <url>           the run that wrote the results (default in GitHub Actions: this run)
  --head-sha <sha>          the commit the tests ran on (default: GITHUB_SHA, else git rev-parse HEAD)
  --run-date <iso>          when the run finished (default: now)
  --generated-at <iso>      the matrix's time (default: now)
  --quiet                   no summary on stderr

A requirement names its tests in the register as
  requirements:
    - id: REQ-API-003
      text: "Rejects bodies over 1 MB"
      tests: ["com.acme.ApiTest:rejects*", "tests/test_api.py::test_limits", "test/api.test.ts"]
(classname:name with * wildcards, a bare test name, a test file path, or a pytest node id).

Exit status: 0 when every requirement that names tests passed, 1 when one failed, was skipped or
matched no test (the matrix is written either way), 2 on bad input.
`;

const run = promisify(execFile);

async function gitHead(root: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd: root });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** RepoFiles over a folder: a file past maxChars bytes is refused before it is read. */
export function folderFiles(root: string): RepoFiles {
  return {
    async readText(path, maxChars) {
      const full = isAbsolute(path) ? path : join(root, path);
      let size: number;
      try {
        const info = await stat(full);
        if (!info.isFile()) throw new UsageError(`${path} is not a file`);
        size = info.size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if (size > maxChars) throw new UsageError(`${path} is ${size} bytes; at most ${maxChars} are read`);
      return readFile(full, 'utf8');
    },
    async listFiles(dir) {
      try {
        const entries = await readdir(isAbsolute(dir) ? dir : join(root, dir), { withFileTypes: true });
        return entries
          .filter((e) => e.isFile())
          .map((e) => e.name)
          .sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
  };
}

/** A path option that must stay inside --root. */
export function insideRoot(option: string, value: string): string {
  if (isAbsolute(value) || value.split(/[\\/]/).includes('..'))
    throw new UsageError(`--${option} must be a path inside --root (got "${value}")`);
  return value.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

export function readTime(option: string, value: string | undefined, fallback: Date): string {
  if (value === undefined) return formatTimestamp(fallback);
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--${option} must be an ISO 8601 time (got "${value}")`);
  return formatTimestamp(date);
}

/** Names from a result file on a terminal: no control characters (escape sequences), bounded. */
export function terminalSafe(text: string, max = 2000): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export async function runTraceCommand(args: string[], io: CliIo, env = process.env): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      junit: { type: 'string', multiple: true },
      root: { type: 'string' },
      register: { type: 'string' },
      out: { type: 'string' },
      'run-url': { type: 'string' },
      'head-sha': { type: 'string' },
      'run-date': { type: 'string' },
      'generated-at': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(TRACE_HELP);
    return 0;
  }
  const junit = [...(values.junit ?? []), ...positionals];
  if (junit.length === 0)
    throw new UsageError('--junit is required: one or more JUnit XML files (e.g. --junit results/*.xml)');
  const root = resolve(io.cwd, values.root ?? '.');
  const registerPath = insideRoot('register', values.register ?? 'soup/register.yml');
  const out = insideRoot('out', values.out ?? 'soup/TRACEABILITY.md');
  const now = new Date(Math.floor(Date.now() / 1000) * 1000);
  const runUrl = values['run-url'] ?? actionsRunUrl(env);
  if (runUrl !== undefined && !/^https?:\/\/[^/]/.test(runUrl))
    throw new UsageError(`--run-url must be an http(s) URL (got "${runUrl}")`);
  const headSha = values['head-sha'] ?? env.GITHUB_SHA ?? (await gitHead(root));
  const files = folderFiles(root);
  // Result files are named relative to where the command runs, like any file argument.
  const cwdFiles = folderFiles(io.cwd);
  let outcome;
  try {
    outcome = await runTrace({
      files: {
        readText: (path, max) =>
          junit.includes(path) ? cwdFiles.readText(path, max) : files.readText(path, max),
        listFiles: files.listFiles,
      },
      junit,
      registerPath,
      run: {
        ...(runUrl !== undefined ? { url: runUrl } : {}),
        ...(headSha !== undefined ? { headSha } : {}),
        date: readTime('run-date', values['run-date'], now),
      },
      generatedAt: readTime('generated-at', values['generated-at'], now),
    });
  } catch (error) {
    if (error instanceof JunitParseError) throw new UsageError(error.message);
    throw error;
  }
  await mkdir(dirname(join(root, out)), { recursive: true });
  await writeFile(join(root, out), outcome.markdown);
  const { totals, results } = outcome.matrix;
  const notVerified = totals.failed + totals.skipped + totals.missing;
  io.stdout(
    `wrote ${out}: ${Object.values(totals).reduce((a, b) => a + b, 0)} requirement(s) — ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped, ${totals.missing} missing, ${totals.untested} with no tests named; ${results.tests} test result(s) read\n`,
  );
  if (!values.quiet) {
    if (!outcome.registerFound) io.stderr(`${registerPath} not found: no requirements to trace\n`);
    for (const item of outcome.matrix.items)
      for (const requirement of item.requirements) {
        if (requirement.verdict === 'passed' || requirement.verdict === 'untested') continue;
        const why = [
          ...requirement.listed
            .filter((t) => t.status !== 'passed')
            .map((t) => `${t.status}: ${t.classname !== '' ? `${t.classname} › ` : ''}${t.name}`),
          ...requirement.unmatched.map((s) => `no test matched "${s}"`),
        ].slice(0, 10);
        io.stderr(
          `${terminalSafe(`${item.key} ${requirement.id}: ${requirement.verdict} (${why.join('; ')})`)}\n`,
        );
      }
  }
  return notVerified > 0 ? 1 : 0;
}
