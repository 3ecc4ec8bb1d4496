import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/documents/text/terminal-text.ts
var UNSAFE = new RegExp("[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029]|\\p{Cf}|\\p{Cs}", "gu");
function standIn(char) {
  const code = char.codePointAt(0);
  if (code < 32) return String.fromCodePoint(9216 + code);
  if (code === 127) return "\u2421";
  return "\uFFFD";
}
var MAX_CELL_CHARS = 400;
function cleanText(text) {
  const bounded = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}\u2026` : text;
  return toTerminalText(bounded);
}
function toTerminalText(text) {
  return text.replace(UNSAFE, standIn);
}

export {
  cleanText,
  toTerminalText
};
