import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  PackageCollector,
  lineOfKey,
  npmFormat
} from "./chunk-MZRFPHAK.js";
import "./chunk-VS777EZL.js";
import "./chunk-WJY5KL23.js";
import "./chunk-P55ZYZZQ.js";
import "./chunk-SDUH2AO7.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";
export {
  PackageCollector,
  lineOfKey,
  npmFormat
};
