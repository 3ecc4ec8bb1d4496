import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
} from "./chunk-R2GPP42V.js";
import "./chunk-NH6ZIB7E.js";
import "./chunk-LIVXW6MM.js";
import "./chunk-NYUOXZT5.js";
import "./chunk-VOOEBA7D.js";
import "./chunk-NKTYG2FD.js";
import "./chunk-E7EZ2APS.js";
import "./chunk-KUNYMF7A.js";
import "./chunk-UFCQV5T2.js";
import "./chunk-WYNFV3SX.js";
import "./chunk-GAYME2OK.js";
import "./chunk-OF2P354O.js";
import "./chunk-THIFTVM5.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-U4ZUF5KN.js";
export {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
};
