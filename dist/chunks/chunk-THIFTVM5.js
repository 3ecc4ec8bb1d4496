import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/lockfiles/python/normalize.ts
function normalizePythonName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var NAME = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;
function requirementName(requirement) {
  const match = NAME.exec(requirement);
  return match ? normalizePythonName(match[1]) : void 0;
}

export {
  normalizePythonName,
  requirementName
};
