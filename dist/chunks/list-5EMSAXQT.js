import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkoutOutputPaths,
  renderCheckoutOutputs
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
    const { buildListReport } = await import("./list-report-XRDKH5V7.js");
    io.stdout(`${JSON.stringify(buildListReport(outputs, written), null, 2)}
`);
    return 0;
  }
  const { renderSoupListText } = await import("./soup-list-W4PCRMZT.js");
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
