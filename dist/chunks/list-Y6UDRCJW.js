import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkoutOutputPaths,
  renderCheckoutOutputs
} from "./chunk-4E6XEQSS.js";
import {
  LIST_HELP,
  createLocalCheckout,
  parseSoupArgs
} from "./chunk-J37AC5TH.js";
import {
  readFormat,
  textOptionsFor
} from "./chunk-SKEBFPCF.js";
import "./chunk-EZL46NXU.js";
import "./chunk-TDBT7EKX.js";
import "./chunk-UXW3EKUO.js";
import "./chunk-WNDEU6KT.js";
import "./chunk-RIPU33TJ.js";
import "./chunk-PL5I2SRJ.js";
import "./chunk-UVODSVJT.js";
import "./chunk-NYUOXZT5.js";
import "./chunk-QOVVYN6E.js";
import "./chunk-2H25DXEN.js";
import "./chunk-SY6XZW7P.js";
import "./chunk-FIWVQDZN.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-GAYME2OK.js";
import "./chunk-OF2P354O.js";
import "./chunk-3K2ZVADA.js";
import "./chunk-THIFTVM5.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-AD7ILG22.js";
import "./chunk-U4ZUF5KN.js";

// src/cli/list.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runList(args, io) {
  const options = parseSoupArgs(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const format = readFormat(io, options.format, "text");
  const outputs = await renderCheckoutOutputs(createLocalCheckout(options.root), options);
  const paths = checkoutOutputPaths(options.out);
  await mkdir(join(options.root, options.out), { recursive: true });
  await writeFile(join(options.root, paths.list), outputs.texts.list);
  await writeFile(join(options.root, paths.sbom), outputs.texts.sbom);
  const written = [paths.list, paths.sbom];
  if (format === "markdown") {
    io.stdout(outputs.texts.list);
    return 0;
  }
  if (format === "json") {
    const { buildListReport } = await import("./list-report-P2XKGTNW.js");
    io.stdout(`${JSON.stringify(buildListReport(outputs, written), null, 2)}
`);
    return 0;
  }
  const { renderSoupListText } = await import("./soup-list-FEZ3JR2I.js");
  io.stdout(
    renderSoupListText(
      {
        inventory: outputs.inventory,
        register: outputs.register,
        lastVerified: outputs.lastVerified,
        written,
        today: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
      },
      textOptionsFor(io)
    )
  );
  return 0;
}
export {
  runList
};
