import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  LockfileParseError,
  expectObject,
  lineAt,
  parseJson,
  truncate
} from "./chunk-CLRKW6GA.js";
import {
  DEFAULT_MAX_LOCKFILE_BYTES
} from "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";
export {
  DEFAULT_MAX_LOCKFILE_BYTES,
  LockfileParseError,
  expectObject,
  lineAt,
  parseJson,
  truncate
};
