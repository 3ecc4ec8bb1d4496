import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkoutOutputPaths,
  renderCheckoutOutputs
} from "./chunk-7XFFVBKL.js";
import {
  LIST_HELP,
  createLocalCheckout,
  parseSoupArgs
} from "./chunk-BOZVQ7VJ.js";
import "./chunk-XBDDOUK6.js";
import "./chunk-M2B6B4ER.js";
import "./chunk-VFQ6SYR7.js";
import "./chunk-ONIY3KWR.js";
import "./chunk-VGVLL4MS.js";
import "./chunk-75YODK3F.js";
import "./chunk-DLN3O5UR.js";
import "./chunk-WZJ3KYYR.js";
import "./chunk-2H3I2D5X.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-GAYME2OK.js";
import "./chunk-OF2P354O.js";
import "./chunk-3K2ZVADA.js";
import "./chunk-THIFTVM5.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-3HZKAP2P.js";
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
  const { texts, inventory } = await renderCheckoutOutputs(createLocalCheckout(options.root), options);
  const paths = checkoutOutputPaths(options.out);
  await mkdir(join(options.root, options.out), { recursive: true });
  await writeFile(join(options.root, paths.list), texts.list);
  await writeFile(join(options.root, paths.sbom), texts.sbom);
  const count = inventory.lockfiles.reduce((n, l) => n + l.packages.length, 0);
  io.stdout(
    `wrote ${paths.list} and ${paths.sbom} (${count} package(s) in ${inventory.lockfiles.length} lockfile(s))
`
  );
  return 0;
}
export {
  runList
};
