import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  readChoice
} from "./chunk-E3HKL74R.js";

// src/cli/output.ts
var OUTPUT_FORMATS = ["text", "json", "markdown"];
var DEFAULT_COLUMNS = 80;
var UNCUT_COLUMNS = 1e5;
function readFormat(io, value, whenPiped) {
  const fallback = io.terminal?.stdoutIsTTY ? "text" : whenPiped;
  return readChoice("format", value, OUTPUT_FORMATS, fallback);
}
function textOptionsFor(io) {
  const terminal = io.terminal;
  const tty = terminal?.stdoutIsTTY === true;
  const said = terminal?.columns !== void 0 && terminal.columns > 0 ? terminal.columns : void 0;
  const columns = said ?? (tty ? DEFAULT_COLUMNS : UNCUT_COLUMNS);
  return { columns, color: tty && !terminal.noColor };
}

export {
  readFormat,
  textOptionsFor
};
