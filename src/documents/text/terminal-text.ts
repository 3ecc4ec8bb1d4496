/**
 * Hostile strings made safe for a terminal. A package name, version or path from a lockfile could
 * carry an escape sequence (recolour, move the cursor, retitle the window), a newline that fakes a
 * row, or a bidirectional override that shows one name and means another. Each such character is
 * replaced by a visible stand-in, so the reader sees that something was there instead of its effect,
 * and the column widths stay right (string-width counts the stand-ins as one column).
 */

/** C0 controls, DEL, C1 controls, format characters (bidi overrides, zero-width), separators, lone surrogates. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Cf}|\p{Cs}/gu;

function standIn(char: string): string {
  const code = char.codePointAt(0)!;
  // The Control Pictures block has a glyph per C0 control (␛ for ESC, ␊ for LF) and one for DEL.
  if (code < 0x20) return String.fromCodePoint(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Longer values are cut before they are measured: a 1 MB name must not cost a 1 MB measurement. */
const MAX_CELL_CHARS = 400;

/**
 * Terminal-safe and bounded: what every cell, heading, summary and message goes through. Here and
 * not beside the table, so a command that only prints a message never loads string-width (40–170 ms).
 */
export function cleanText(text: string): string {
  const bounded = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
  return toTerminalText(bounded);
}

/** The text with every control, format and bidi character replaced by a visible stand-in. */
export function toTerminalText(text: string): string {
  return text.replace(UNSAFE, standIn);
}
