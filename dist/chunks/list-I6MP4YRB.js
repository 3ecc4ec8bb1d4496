import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkoutOutputPaths,
  renderCheckoutOutputs
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
    const { buildListReport } = await import("./list-report-22RBTTAH.js");
    io.stdout(`${JSON.stringify(buildListReport(outputs, written), null, 2)}
`);
    return 0;
  }
  const { renderSoupListText } = await import("./soup-list-P3ZHSECW.js");
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
