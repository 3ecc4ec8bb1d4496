import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  DEFAULT_CONCURRENCY,
  enrichChanges,
  enrichmentFor
} from "./chunk-L7AYNKAZ.js";
import "./chunk-4TJ2YGMG.js";
import "./chunk-3K2ZVADA.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-X35N2FDV.js";
import "./chunk-N5KUENVE.js";
import "./chunk-U4ZUF5KN.js";
export {
  DEFAULT_CONCURRENCY,
  enrichChanges,
  enrichmentFor
};
