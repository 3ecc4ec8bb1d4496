import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  DEFAULT_CONCURRENCY,
  enrichChanges,
  enrichmentFor
} from "./chunk-SYWUJ2NH.js";
import "./chunk-S6MH5XJI.js";
import "./chunk-SY2FGOCL.js";
import "./chunk-THIFTVM5.js";
import "./chunk-CGT3VFVE.js";
import "./chunk-X35N2FDV.js";
import "./chunk-N5KUENVE.js";
import "./chunk-U4ZUF5KN.js";
export {
  DEFAULT_CONCURRENCY,
  enrichChanges,
  enrichmentFor
};
