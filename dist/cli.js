#!/usr/bin/env node
import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  HELP
} from "./chunks/chunk-TRITVT66.js";
import {
  UsageError
} from "./chunks/chunk-GAYME2OK.js";
import "./chunks/chunk-46HMBI5S.js";

// src/cli/index.ts
import { realpathSync } from "node:fs";
import { clearLine, cursorTo } from "node:readline";
import { fileURLToPath } from "node:url";
var COMMANDS = {
  diff: async () => (await import("./chunks/diff-2XDAHH4R.js")).runDiff,
  list: async () => (await import("./chunks/list-5EMSAXQT.js")).runList,
  check: async () => (await import("./chunks/check-JWXR6KDF.js")).runCheck,
  register: async () => (await import("./chunks/register-MO7AXL35.js")).runRegister,
  monitor: async () => (await import("./chunks/monitor-64EQOHMT.js")).runMonitorCommand,
  trace: async () => (await import("./chunks/trace-JQR4GK42.js")).runTraceCommand,
  report: async () => (await import("./chunks/report-IJBAZAB5.js")).runReportCommand
};
async function badInputMessage(error) {
  if (error instanceof UsageError) return error.message;
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    return error.message;
  const [{ LockfileParseError }, { RegisterError }, { GitRefError }] = await Promise.all([
    import("./chunks/errors-E42MWVAR.js"),
    import("./chunks/types-KIMI3ZCN.js"),
    import("./chunks/git-source-X2G3WMKX.js")
  ]);
  if (error instanceof LockfileParseError) {
    const quoted = `'${error.file.replaceAll("'", "'\\''")}'`;
    return `${error.message}; if it is not part of the product, leave it out with --ignore ${quoted}`;
  }
  if (error instanceof RegisterError || error instanceof GitRefError) return error.message;
  return void 0;
}
function describeFailure(error) {
  const parts = [];
  let current = error;
  for (let depth = 0; depth < 4 && current !== void 0 && current !== null; depth++) {
    const text = current instanceof Error ? current.message : String(current);
    if (text !== "" && !parts.includes(text)) parts.push(text);
    current = current instanceof Error ? current.cause : void 0;
  }
  const what = parts.join(": ").replace(/\s*\n\s*/g, " ");
  return `unexpected failure: ${what}; run it again with --debug for the stack trace, and report it at ${ISSUES_URL} if it persists`;
}
var ISSUES_URL = "https://github.com/soup-gate/soup-gate/issues";
function readGlobalOptions(argv) {
  const end = argv.indexOf("--");
  const head = end === -1 ? [...argv] : argv.slice(0, end);
  const tail = end === -1 ? [] : argv.slice(end);
  const args = head.filter((arg) => arg !== "--debug" && arg !== "--no-color");
  return {
    args: [...args, ...tail],
    debug: head.includes("--debug"),
    noColor: head.includes("--no-color")
  };
}
function commandIo(io, noColor) {
  const terminal = io.terminal;
  if (terminal === void 0) return { io, clearStatus: () => void 0 };
  let shown = false;
  const clearStatus = () => {
    if (shown) terminal.status("");
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
          shown = line !== "";
          terminal.status(line);
        }
      }
    },
    clearStatus
  };
}
async function runCli(argv, outerIo) {
  const { args, debug, noColor } = readGlobalOptions(argv);
  const { io, clearStatus } = commandIo(outerIo, noColor);
  const [command, ...rest] = args;
  try {
    if (command === void 0 || command === "-h" || command === "--help" || command === "help") {
      io.stdout(HELP);
      return command === void 0 ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : void 0;
    if (!load) throw new UsageError(`unknown command "${command}"; run soup-gate --help`);
    return await (await load())(rest, io);
  } catch (error) {
    const message = await badInputMessage(error);
    const { toTerminalText } = await import("./chunks/terminal-text-5C72R5NR.js");
    const text = (message ?? describeFailure(error)).split("\n").map(toTerminalText).join("\n");
    io.stderr(`soup-gate: ${text}
`);
    if (debug && error instanceof Error && error.stack !== void 0) io.stderr(`${error.stack}
`);
    return message === void 0 ? 1 : 2;
  } finally {
    clearStatus();
  }
}
function isMain() {
  try {
    return realpathSync(process.argv[1] ?? "") === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (isMain()) {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
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
      ...columns !== void 0 ? { columns } : {},
      ...process.stderr.columns !== void 0 ? { stderrColumns: process.stderr.columns } : {},
      // https://no-color.org: set and not empty.
      noColor: (process.env.NO_COLOR ?? "") !== "",
      status: (line) => {
        clearLine(process.stderr, 0);
        cursorTo(process.stderr, 0);
        if (line !== "") process.stderr.write(line);
      }
    }
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `soup-gate: unexpected failure: ${error instanceof Error ? error.stack ?? error.message : String(error)}
`
      );
      process.exitCode = 1;
    }
  );
}
function stdoutColumns() {
  if (process.stdout.isTTY) return process.stdout.columns;
  const asked = Number(process.env.COLUMNS);
  return Number.isSafeInteger(asked) && asked > 0 ? asked : void 0;
}
export {
  runCli
};
