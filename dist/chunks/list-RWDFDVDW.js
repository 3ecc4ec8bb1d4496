import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkoutOutputPaths,
  renderCheckoutOutputs
} from "./chunk-P64TTUPT.js";
import {
  LIST_HELP,
  createLocalCheckout,
  parseSoupArgs
} from "./chunk-THJFTAYZ.js";
import "./chunk-M6XIOEYL.js";
import "./chunk-LT53LM3Q.js";
import "./chunk-5YPVPZKK.js";
import {
  readFormat,
  textOptionsFor
} from "./chunk-DX2W4ZOR.js";
import "./chunk-S5TVI7E4.js";
import "./chunk-TJCQPJCL.js";
import "./chunk-46AYA3JN.js";
import "./chunk-PCNVW5KB.js";
import "./chunk-52ISRRSM.js";
import "./chunk-BKKZHBMQ.js";
import "./chunk-UI55P64K.js";
import "./chunk-7JD77VAC.js";
import "./chunk-XMMA7KDC.js";
import "./chunk-2WGJKHTZ.js";
import "./chunk-RLDTZJZQ.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-5BJOCA7T.js";
import "./chunk-43C5MGZD.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-P55ZYZZQ.js";
import "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-3K2ZVADA.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-JZDZV7IV.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-U4ZUF5KN.js";

// src/cli/list.ts
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
async function runList(args, io) {
  const options = await parseSoupArgs(args, io, "list");
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
    const { buildListReport } = await import("./list-report-IL7LGPRD.js");
    io.stdout(`${JSON.stringify(buildListReport(outputs, written), null, 2)}
`);
    return 0;
  }
  const { renderSoupListText } = await import("./soup-list-35U5SICH.js");
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
