import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/lockfiles/limits.ts
var DEFAULT_MAX_LOCKFILE_BYTES = 100 * 1024 * 1024;

export {
  DEFAULT_MAX_LOCKFILE_BYTES
};
