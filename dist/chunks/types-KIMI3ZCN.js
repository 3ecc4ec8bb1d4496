import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  ANOMALY_JUSTIFICATIONS,
  ANOMALY_STATES,
  RegisterError,
  SAFETY_CLASSES,
  formatProblem
} from "./chunk-FAVGVKZB.js";
import "./chunk-46HMBI5S.js";
export {
  ANOMALY_JUSTIFICATIONS as ANALYSIS_JUSTIFICATIONS,
  ANOMALY_STATES as ANALYSIS_STATES,
  RegisterError,
  SAFETY_CLASSES,
  formatProblem
};
