/**
 * What the CLI's commands share about arguments: the options of every command that reads a checkout,
 * the checks of option values (each failure a UsageError that names the option and what it got),
 * paths that must stay under --root, and where progress lines go.
 */
import { isAbsolute, resolve } from 'node:path';
import { cleanText } from '../documents/text/terminal-text.js';
import { UsageError, type CliIo } from './io.js';

/** The options of every command that reads a checkout (list, check, register init, monitor). */
export const CHECKOUT_OPTIONS = {
  root: { type: 'string' },
  register: { type: 'string' },
  ignore: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The checkout --root names, absolute (default: the working folder). */
export function resolveRoot(io: CliIo, root: string | undefined): string {
  return resolve(io.cwd, root ?? '.');
}

/**
 * A path under --root as the tree sources name it (`/` separators, no `./`, no trailing `/`).
 * Absolute paths and `..` could read outside the checkout, so they are refused; `what` names the
 * path in the message (an option such as `--register`, or where the path came from).
 */
export function insideRoot(path: string, what: string): string {
  if (isAbsolute(path) || path.split(/[\\/]/).includes('..'))
    throw new UsageError(`${what} must be a path inside --root (got "${path}")`);
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

/**
 * Progress for the use cases' onProgress hooks: one line rewritten in place when stderr is a
 * terminal, plain lines when it is not, nothing with --quiet. Lines name paths from the tree, so
 * they are made terminal-safe like any other value.
 */
export async function progressTo(
  io: CliIo,
  quiet: boolean | undefined,
): Promise<((line: string) => void) | undefined> {
  if (quiet) return undefined;
  const terminal = io.terminal;
  if (terminal?.stderrIsTTY) {
    // Only a terminal's line is cut to its width: the measuring (string-width) loads here, not for a pipe.
    const { fitWidth } = await import('../documents/text/table.js');
    // One column short of the edge: a line that fills the last column makes some terminals wrap.
    const width = Math.max(10, (terminal.stderrColumns ?? 80) - 1);
    return (line) => terminal.status(fitWidth(cleanText(line), width));
  }
  return (line) => io.stderr(`${cleanText(line)}\n`);
}

/** A whole number of 0 or more. */
export function readCount(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new UsageError(`--${option} must be a whole number (got "${value}")`);
  return n;
}

/** An http(s) base URL, e.g. a mirror of an API. */
export function readUrl(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!/^https?:\/\/[^/]/.test(value))
    throw new UsageError(`--${option} must be an http(s) URL (got "${value}")`);
  return value;
}

/** One of a fixed set of words. */
export function readChoice<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Some of a fixed set of words, separated by commas or spaces; `none` (or nothing) for none. */
export function readChoices<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] {
  const words = (value ?? '').split(/[\s,]+/).filter((w) => w !== '' && w !== 'none');
  const bad = words.find((w) => !(allowed as readonly string[]).includes(w));
  if (bad !== undefined) throw new UsageError(`--${option}: "${bad}" is not one of ${allowed.join(', ')}`);
  return [...new Set(words as T[])];
}
