import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  renderAnomalyFacts,
  renderChangeFacts,
  renderEnrichmentSection,
  renderLicenceFacts,
  renderReleaseNotes
} from "./chunk-2KN6BNRS.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-X35N2FDV.js";
import "./chunk-46HMBI5S.js";
export {
  renderAnomalyFacts,
  renderChangeFacts,
  renderEnrichmentSection,
  renderLicenceFacts,
  renderReleaseNotes
};
