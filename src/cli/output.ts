/**
 * How a command prints: which format (text at a terminal, the command's earlier default when piped,
 * --format always wins), how wide and whether in colour, and where progress goes (one line rewritten
 * in place on a terminal's stderr, plain lines on a pipe, nowhere with --quiet: args.ts's progressTo).
 */
import type { TextOptions } from '../documents/text/style.js';
import { readChoice } from './args.js';
import type { CliIo } from './io.js';

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Columns when stdout is no terminal, or one that does not say. */
export const DEFAULT_COLUMNS = 80;

/**
 * --format, else `text` when stdout is a terminal, else `whenPiped`: what the command printed to a
 * pipe before `text` existed, so scripts reading it keep working.
 */
export function readFormat(io: CliIo, value: string | undefined, whenPiped: OutputFormat): OutputFormat {
  const fallback = io.terminal?.stdoutIsTTY ? 'text' : whenPiped;
  return readChoice('format', value, OUTPUT_FORMATS, fallback);
}

/** Width and colour of text output: colour only on a terminal, never with NO_COLOR or --no-color. */
export function textOptionsFor(io: CliIo): TextOptions {
  const terminal = io.terminal;
  const tty = terminal?.stdoutIsTTY === true;
  const columns =
    tty && terminal.columns !== undefined && terminal.columns > 0 ? terminal.columns : DEFAULT_COLUMNS;
  return { columns, color: tty && !terminal.noColor };
}
