#!/usr/bin/env node
import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  HELP
} from "./chunks/chunk-P6BMCMW2.js";
import {
  UsageError
} from "./chunks/chunk-GAYME2OK.js";
import "./chunks/chunk-U4ZUF5KN.js";

// src/cli/index.ts
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
var COMMANDS = {
  diff: async () => (await import("./chunks/diff-H7A5LOWC.js")).runDiff,
  list: async () => (await import("./chunks/list-KIYADOLZ.js")).runList,
  check: async () => (await import("./chunks/check-V2HICBKH.js")).runCheck,
  register: async () => (await import("./chunks/register-Z7BVUNFR.js")).runRegister,
  monitor: async () => (await import("./chunks/monitor-2GAVYM2R.js")).runMonitorCommand,
  trace: async () => (await import("./chunks/trace-C74QBMS2.js")).runTraceCommand,
  report: async () => (await import("./chunks/report-S7ZJWZSN.js")).runReportCommand
};
async function badInputMessage(error) {
  if (error instanceof UsageError) return error.message;
  if (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    return error.message;
  const [{ LockfileParseError }, { RegisterError }, { GitRefError }] = await Promise.all([
    import("./chunks/errors-2B4FISGS.js"),
    import("./chunks/types-DELLXM4C.js"),
    import("./chunks/git-source-6AJJR7OB.js")
  ]);
  if (error instanceof LockfileParseError) {
    const quoted = `'${error.file.replaceAll("'", "'\\''")}'`;
    return `${error.message}
soup-gate: a lockfile that is not part of the product can be left out with --ignore ${quoted}`;
  }
  if (error instanceof RegisterError || error instanceof GitRefError) return error.message;
  return void 0;
}
async function runCli(argv, io) {
  const [command, ...rest] = argv;
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
    if (message === void 0) throw error;
    io.stderr(`soup-gate: ${message}
`);
    return 2;
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
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd()
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
export {
  runCli
};
