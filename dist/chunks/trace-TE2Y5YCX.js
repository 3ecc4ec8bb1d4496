import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
} from "./chunk-2O6XZQGG.js";
import "./chunk-5YPVPZKK.js";
import "./chunk-46AYA3JN.js";
import "./chunk-KRXEXNGO.js";
import "./chunk-BKKZHBMQ.js";
import "./chunk-UI55P64K.js";
import "./chunk-XMMA7KDC.js";
import "./chunk-2WGJKHTZ.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-MNSTNX2S.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-R6UGFG65.js";
import "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-N5KUENVE.js";
import "./chunk-U4ZUF5KN.js";
export {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
};
