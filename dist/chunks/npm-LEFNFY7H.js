import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  PackageCollector,
  lineOfKey,
  npmLockfile,
  parseNpmLockfile
} from "./chunk-276DOLUF.js";
import "./chunk-VS777EZL.js";
import "./chunk-B3QBL63W.js";
import "./chunk-222YWG7Y.js";
import "./chunk-DZZXPWJZ.js";
import "./chunk-3HZKAP2P.js";
import "./chunk-AD7ILG22.js";
import "./chunk-U4ZUF5KN.js";
export {
  PackageCollector,
  lineOfKey,
  npmLockfile,
  parseNpmLockfile
};
