import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
} from "./chunk-GLHCOYKH.js";
import "./chunk-AMG3VI3T.js";
import "./chunk-U7KU3USV.js";
import "./chunk-KRXEXNGO.js";
import "./chunk-BKKZHBMQ.js";
import "./chunk-ML35MER4.js";
import "./chunk-VJHV3ZWV.js";
import "./chunk-GFDFZMAU.js";
import "./chunk-653EE4FS.js";
import "./chunk-MNSTNX2S.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-O6AVXZXU.js";
import "./chunk-MQ3CZATB.js";
import "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";
export {
  TRACE_HELP,
  folderFiles,
  insideRoot,
  readTime,
  runTraceCommand,
  terminalSafe
};
