import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  cleanText,
  toTerminalText
} from "./chunk-TJCQPJCL.js";
import "./chunk-46HMBI5S.js";
export {
  cleanText,
  toTerminalText
};
