#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HELP } from './help.js';
import { UsageError, type CliIo } from './io.js';

type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Each command's module is imported when that command runs, never before: `--help` loads no
 * parser, and `diff` no CycloneDX library, Octokit or monitoring code.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  diff: async () => (await import('./diff.js')).runDiff,
  list: async () => (await import('./list.js')).runList,
  check: async () => (await import('./check.js')).runCheck,
  register: async () => (await import('./register.js')).runRegister,
  monitor: async () => (await import('./monitor.js')).runMonitorCommand,
  trace: async () => (await import('./trace.js')).runTraceCommand,
  report: async () => (await import('./report.js')).runReportCommand,
};

/** The message of bad input (exit 2, no stack trace), or undefined for a failure of ours (exit 1). */
async function badInputMessage(error: unknown): Promise<string | undefined> {
  if (error instanceof UsageError) return error.message;
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    return error.message;
  // Loaded on this path only, so a command that succeeds never loads the error classes' modules.
  const [{ LockfileParseError }, { RegisterError }, { GitRefError }] = await Promise.all([
    import('../lockfiles/errors.js'),
    import('../register/types.js'),
    import('../local/git-source.js'),
  ]);
  if (error instanceof LockfileParseError) {
    // Fail closed, and say how to leave out on purpose a file that is no real lockfile (a test fixture).
    const quoted = `'${error.file.replaceAll("'", "'\\''")}'`;
    return `${error.message}\nsoup-gate: a lockfile that is not part of the product can be left out with --ignore ${quoted}`;
  }
  if (error instanceof RegisterError || error instanceof GitRefError) return error.message;
  return undefined;
}

/** Runs one CLI invocation and returns its exit status; never calls process.exit itself. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      io.stdout(HELP);
      return command === undefined ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`unknown command "${command}"; run soup-gate --help`);
    return await (
      await load()
    )(rest, io);
  } catch (error) {
    const message = await badInputMessage(error);
    if (message === undefined) throw error;
    io.stderr(`soup-gate: ${message}\n`);
    return 2;
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
  // `soup-gate diff … | head -1`: the reader left, and so do we, quietly and without a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(process.exitCode ?? 0);
    });
  }
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
