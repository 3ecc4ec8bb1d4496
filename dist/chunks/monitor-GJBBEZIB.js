import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  assessMonitoredItems,
  runMonitor
} from "./chunk-R33BSTID.js";
import "./chunk-5X25DTOR.js";
import "./chunk-5XDNZB5B.js";
import "./chunk-ZF3CB7YK.js";
import "./chunk-VGVLL4MS.js";
import "./chunk-75YODK3F.js";
import "./chunk-FE2Q7HQH.js";
import "./chunk-WZJ3KYYR.js";
import "./chunk-2H3I2D5X.js";
import "./chunk-DQYDSKEE.js";
import "./chunk-AYHCUAOP.js";
import "./chunk-OF2P354O.js";
import "./chunk-R3TVRHYO.js";
import "./chunk-3K2ZVADA.js";
import "./chunk-THIFTVM5.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-3HZKAP2P.js";
import "./chunk-AD7ILG22.js";
import "./chunk-U4ZUF5KN.js";
export {
  assessMonitoredItems,
  runMonitor
};
