import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/gate/gate-check.ts
var GATE_CHECK_NAME = "soup-gate";
function isGateCheck(run, botApp) {
  return run.name === GATE_CHECK_NAME && run.appSlug === botApp;
}
function latestGateCheck(runs, botApp) {
  return runs.filter((run) => isGateCheck(run, botApp)).sort((a, b) => b.id - a.id)[0];
}

export {
  GATE_CHECK_NAME,
  isGateCheck,
  latestGateCheck
};
