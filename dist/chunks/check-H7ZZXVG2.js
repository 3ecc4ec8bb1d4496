import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkStatusOf,
  countChangedLines,
  patchOf,
  renderCheckText,
  summarizeCheck
} from "./chunk-W62OTXQ2.js";
import "./chunk-NGRPXRO2.js";
import "./chunk-APJGETQE.js";
import "./chunk-UXW3EKUO.js";
import "./chunk-U4ZUF5KN.js";
export {
  checkStatusOf,
  countChangedLines,
  patchOf,
  renderCheckText,
  summarizeCheck
};
