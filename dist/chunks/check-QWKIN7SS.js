import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkCheckoutOutputs
} from "./chunk-DLLHYUXT.js";
import {
  LIST_HELP,
  createLocalCheckout,
  parseSoupArgs
} from "./chunk-B7JTUBUC.js";
import "./chunk-T6OD2N2Z.js";
import "./chunk-XR3FGEZN.js";
import "./chunk-NH6ZIB7E.js";
import {
  readFormat,
  textOptionsFor
} from "./chunk-7T27OBXY.js";
import "./chunk-IIWRX7FD.js";
import "./chunk-L2QMUZ6O.js";
import "./chunk-UXW3EKUO.js";
import "./chunk-LIVXW6MM.js";
import "./chunk-SYWCYOJN.js";
import "./chunk-NYUOXZT5.js";
import "./chunk-VOOEBA7D.js";
import "./chunk-KOIX6YY4.js";
import "./chunk-NKTYG2FD.js";
import "./chunk-E7EZ2APS.js";
import "./chunk-FOVVHWVC.js";
import "./chunk-KUNYMF7A.js";
import "./chunk-WYNFV3SX.js";
import "./chunk-GAYME2OK.js";
import "./chunk-OF2P354O.js";
import "./chunk-SY2FGOCL.js";
import "./chunk-THIFTVM5.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-URRCSK35.js";
import "./chunk-N5KUENVE.js";
import "./chunk-U4ZUF5KN.js";

// src/cli/check.ts
async function runCheck(args, io) {
  const options = parseSoupArgs(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const format = readFormat(io, options.format, "text");
  const checks = await checkCheckoutOutputs(createLocalCheckout(options.root), options);
  const text = await import("./check-KOREB6VV.js");
  if (format === "json") {
    const report = {
      upToDate: checks.every((check) => check.upToDate),
      files: checks.map((check) => ({
        path: check.path,
        status: text.checkStatusOf(check),
        ...text.checkStatusOf(check) === "out of date" ? { patch: text.patchOf(check) } : {}
      }))
    };
    io.stdout(`${JSON.stringify(report, null, 2)}
`);
  } else if (format === "markdown") {
    const { renderCheckMarkdown } = await import("./check-markdown-NHVCLZ74.js");
    io.stdout(renderCheckMarkdown(checks));
  } else {
    io.stdout(text.renderCheckText(checks, textOptionsFor(io)));
  }
  if (checks.some((check) => !check.upToDate)) {
    io.stderr(
      "soup-gate: the committed SOUP list is out of date; run soup-gate list and commit the result\n"
    );
    return 1;
  }
  if (!options.quiet && io.terminal?.stdoutIsTTY !== true)
    io.stderr(`${checks.map((check) => check.path).join(" and ")} are up to date
`);
  return 0;
}
export {
  runCheck
};
