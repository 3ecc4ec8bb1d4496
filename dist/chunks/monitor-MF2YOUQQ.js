import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  assessMonitoredItems,
  runMonitor
} from "./chunk-S5TENZI3.js";
import "./chunk-PJILLPTV.js";
import "./chunk-UI55P64K.js";
import "./chunk-7JD77VAC.js";
import "./chunk-XMMA7KDC.js";
import "./chunk-2WGJKHTZ.js";
import "./chunk-PCE24YQ5.js";
import "./chunk-RLDTZJZQ.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-WQDGKKBB.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-4TJ2YGMG.js";
import "./chunk-3K2ZVADA.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-U4ZUF5KN.js";
export {
  assessMonitoredItems,
  runMonitor
};
