import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  assessMonitoredItems,
  runMonitor
} from "./chunk-7VLEDG5H.js";
import "./chunk-WEARPQPZ.js";
import "./chunk-VOOEBA7D.js";
import "./chunk-AZL6WTAM.js";
import "./chunk-NKTYG2FD.js";
import "./chunk-E7EZ2APS.js";
import "./chunk-MPH5Z7UN.js";
import "./chunk-ZRSYDH5E.js";
import "./chunk-KUNYMF7A.js";
import "./chunk-WYNFV3SX.js";
import "./chunk-OF2P354O.js";
import "./chunk-VMADBSFU.js";
import "./chunk-SY2FGOCL.js";
import "./chunk-THIFTVM5.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-T6JWIAM4.js";
import "./chunk-U4ZUF5KN.js";
export {
  assessMonitoredItems,
  runMonitor
};
