import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkCheckoutOutputs
} from "./chunk-62DJXIIN.js";
import {
  LIST_HELP,
  createLocalCheckout,
  parseSoupArgs
} from "./chunk-2G3VOMB4.js";
import "./chunk-XTRSN6CQ.js";
import "./chunk-QZUYTGUR.js";
import "./chunk-AMG3VI3T.js";
import {
  readFormat,
  textOptionsFor
} from "./chunk-K5VXPBAT.js";
import "./chunk-E3HKL74R.js";
import "./chunk-TJCQPJCL.js";
import "./chunk-U7KU3USV.js";
import "./chunk-HJYAJLF7.js";
import "./chunk-VIMSDO67.js";
import "./chunk-BKKZHBMQ.js";
import "./chunk-ML35MER4.js";
import "./chunk-SNT4M5AO.js";
import "./chunk-VJHV3ZWV.js";
import "./chunk-GFDFZMAU.js";
import "./chunk-OTQIQ42K.js";
import "./chunk-653EE4FS.js";
import "./chunk-5BJOCA7T.js";
import "./chunk-43C5MGZD.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-P55ZYZZQ.js";
import "./chunk-MQ3CZATB.js";
import "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-UWI2E7AK.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-JZDZV7IV.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/cli/check.ts
async function runCheck(args, io) {
  const options = await parseSoupArgs(args, io, "check");
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const format = readFormat(io, options.format, "text");
  const checks = await checkCheckoutOutputs(createLocalCheckout(options.root), options);
  const text = await import("./check-S73ECO7Z.js");
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
    const { renderCheckMarkdown } = await import("./check-markdown-D6DPNNMF.js");
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
