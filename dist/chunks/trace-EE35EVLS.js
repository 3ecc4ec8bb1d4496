import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
} from "./chunk-U3IZ7SSQ.js";
import "./chunk-NKRA372L.js";
import "./chunk-PYJYHH7O.js";
import "./chunk-T5VC34KH.js";
import "./chunk-CTIYWQDL.js";
import "./chunk-2H25DXEN.js";
import "./chunk-SY6XZW7P.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-MNSTNX2S.js";
import "./chunk-AYHCUAOP.js";
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
