#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { clearLine, cursorTo } from 'node:readline';
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
    return `${error.message}; if it is not part of the product, leave it out with --ignore ${quoted}`;
  }
  if (error instanceof RegisterError || error instanceof GitRefError) return error.message;
  return undefined;
}

/**
 * A failure of ours in one line: what failed (with the cause a network or file error carries, which
 * names the URL, address or path) and what to do. The stack only with --debug.
 */
function describeFailure(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== undefined && current !== null; depth++) {
    const text = current instanceof Error ? current.message : String(current);
    if (text !== '' && !parts.includes(text)) parts.push(text);
    current = current instanceof Error ? current.cause : undefined;
  }
  const what = parts.join(': ').replace(/\s*\n\s*/g, ' ');
  return `unexpected failure: ${what}; run it again with --debug for the stack trace, and report it at ${ISSUES_URL} if it persists`;
}

const ISSUES_URL = 'https://github.com/soup-gate/soup-gate/issues';

/** Options every command takes, anywhere before a `--`: taken out before the command reads its own. */
function readGlobalOptions(argv: readonly string[]): { args: string[]; debug: boolean; noColor: boolean } {
  const end = argv.indexOf('--');
  const head = end === -1 ? [...argv] : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end);
  const args = head.filter((arg) => arg !== '--debug' && arg !== '--no-color');
  return {
    args: [...args, ...tail],
    debug: head.includes('--debug'),
    noColor: head.includes('--no-color'),
  };
}

/**
 * The io a command writes through: --no-color applied, and the progress line (a terminal's stderr)
 * cleared before anything else is written, so a table never starts beside a half-drawn status.
 */
function commandIo(io: CliIo, noColor: boolean): { io: CliIo; clearStatus: () => void } {
  const terminal = io.terminal;
  if (terminal === undefined) return { io, clearStatus: () => undefined };
  let shown = false;
  const clearStatus = (): void => {
    if (shown) terminal.status('');
    shown = false;
  };
  return {
    io: {
      cwd: io.cwd,
      stdout: (text) => {
        clearStatus();
        io.stdout(text);
      },
      stderr: (text) => {
        clearStatus();
        io.stderr(text);
      },
      terminal: {
        ...terminal,
        noColor: terminal.noColor || noColor,
        status: (line) => {
          shown = line !== '';
          terminal.status(line);
        },
      },
    },
    clearStatus,
  };
}

/** Runs one CLI invocation and returns its exit status; never calls process.exit itself. */
export async function runCli(argv: string[], outerIo: CliIo): Promise<number> {
  const { args, debug, noColor } = readGlobalOptions(argv);
  const { io, clearStatus } = commandIo(outerIo, noColor);
  const [command, ...rest] = args;
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
    // A message can quote a path or a name from a lockfile: each line is made terminal-safe (the
    // line breaks between a register's problems are ours and stay).
    const { toTerminalText } = await import('../documents/text/terminal-text.js');
    const text = (message ?? describeFailure(error)).split('\n').map(toTerminalText).join('\n');
    io.stderr(`soup-gate: ${text}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) io.stderr(`${error.stack}\n`);
    return message === undefined ? 1 : 2;
  } finally {
    clearStatus();
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
  const columns = stdoutColumns();
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    terminal: {
      stdoutIsTTY: process.stdout.isTTY === true,
      stderrIsTTY: process.stderr.isTTY === true,
      ...(columns !== undefined ? { columns } : {}),
      ...(process.stderr.columns !== undefined ? { stderrColumns: process.stderr.columns } : {}),
      // https://no-color.org: set and not empty.
      noColor: (process.env.NO_COLOR ?? '') !== '',
      status: (line) => {
        // Node's own line editing, so no escape sequence is written by hand.
        clearLine(process.stderr, 0);
        cursorTo(process.stderr, 0);
        if (line !== '') process.stderr.write(line);
      },
    },
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

/** The terminal's width, or for a pipe or a file the width $COLUMNS asks for (a whole number > 0). */
function stdoutColumns(): number | undefined {
  if (process.stdout.isTTY) return process.stdout.columns;
  const asked = Number(process.env.COLUMNS);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : undefined;
}
