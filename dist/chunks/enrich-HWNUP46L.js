import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  DEFAULT_CONCURRENCY,
  enrichChanges,
  enrichmentFor
} from "./chunk-6LMVCX6W.js";
import "./chunk-W7GOSXYK.js";
import "./chunk-UWI2E7AK.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";
export {
  DEFAULT_CONCURRENCY,
  enrichChanges,
  enrichmentFor
};
