/**
 * How text output looks: with colour and symbols (a terminal that wants them) or as plain words
 * (a pipe, a log, NO_COLOR, --no-color). The renderers take this choice as data and never look at
 * the environment, so the same input always renders the same bytes.
 */
import picocolors from 'picocolors';

/** What every text renderer takes besides its data. */
export interface TextOptions {
  /** Width of the terminal in columns (80 when it is not one). */
  columns: number;
  /** Colour and symbols; false gives plain words without any escape sequence. */
  color: boolean;
}

type Paint = (text: string) => string;

export interface TextStyle {
  color: boolean;
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
  /** A word with its symbol in front when colour is on (`✔ up to date`), the word alone otherwise. */
  mark: (symbol: string, word: string) => string;
}

export function createTextStyle(color: boolean): TextStyle {
  // createColors(false) returns functions that add nothing, whatever picocolors read from the
  // environment at import: the caller's choice is the only one that counts.
  const colors = picocolors.createColors(color);
  return {
    color,
    bold: colors.bold,
    dim: colors.dim,
    red: colors.red,
    green: colors.green,
    yellow: colors.yellow,
    cyan: colors.cyan,
    mark: (symbol, word) => (color ? `${symbol} ${word}` : word),
  };
}

/** `1 item`, `2 items`: English plurals of the words we count. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
