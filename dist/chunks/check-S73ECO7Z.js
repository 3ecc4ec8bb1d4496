import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkStatusOf,
  countChangedLines,
  patchOf,
  renderCheckText,
  summarizeCheck
} from "./chunk-G67W4MEW.js";
import "./chunk-EMZCROPK.js";
import "./chunk-KYFHTDTY.js";
import "./chunk-TJCQPJCL.js";
import "./chunk-46HMBI5S.js";
export {
  checkStatusOf,
  countChangedLines,
  patchOf,
  renderCheckText,
  summarizeCheck
};
