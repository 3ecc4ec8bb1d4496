import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
} from "./chunk-JFULNTVK.js";
import "./chunk-VFQ6SYR7.js";
import "./chunk-MNSTNX2S.js";
import "./chunk-VGVLL4MS.js";
import "./chunk-75YODK3F.js";
import "./chunk-DLN3O5UR.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-GAYME2OK.js";
import "./chunk-OF2P354O.js";
import "./chunk-THIFTVM5.js";
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
