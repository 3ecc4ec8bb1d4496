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

/** Columns of a terminal that does not say how wide it is. */
export const DEFAULT_COLUMNS = 80;

/**
 * Width of text sent to a pipe or a file, unless $COLUMNS says otherwise: wide enough that no cell
 * (bounded to 400 characters) is cut, so `soup-gate list | grep lodash` finds every name whole.
 */
export const UNCUT_COLUMNS = 100_000;

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
  const said = terminal?.columns !== undefined && terminal.columns > 0 ? terminal.columns : undefined;
  const columns = said ?? (tty ? DEFAULT_COLUMNS : UNCUT_COLUMNS);
  return { columns, color: tty && !terminal.noColor };
}
