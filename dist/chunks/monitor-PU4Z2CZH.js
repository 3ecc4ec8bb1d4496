import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  assessMonitoredItems,
  runMonitor
} from "./chunk-NQ7TE7WH.js";
import "./chunk-YYK67GNM.js";
import "./chunk-ML35MER4.js";
import "./chunk-SNT4M5AO.js";
import "./chunk-VJHV3ZWV.js";
import "./chunk-GFDFZMAU.js";
import "./chunk-GGFOJQIN.js";
import "./chunk-OTQIQ42K.js";
import "./chunk-653EE4FS.js";
import "./chunk-LNFFZUJJ.js";
import "./chunk-WQDGKKBB.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-W7GOSXYK.js";
import "./chunk-UWI2E7AK.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";
export {
  assessMonitoredItems,
  runMonitor
};
