import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/inventory/change-key.ts
function changeKey(change) {
  const identity = [
    change.lockfile,
    change.ecosystem,
    change.name,
    change.from,
    change.to,
    change.fromRef ?? null,
    change.toRef ?? null
  ];
  if (change.fromIntegrity !== void 0 || change.toIntegrity !== void 0)
    identity.push("integrity", change.fromIntegrity ?? null, change.toIntegrity ?? null);
  if (change.fromSource !== void 0 || change.toSource !== void 0)
    identity.push("source", change.fromSource ?? null, change.toSource ?? null);
  return JSON.stringify(identity);
}
function versionIdentity(pkg) {
  return pkg.ref === void 0 ? pkg.version : `${pkg.version}\0${pkg.ref}`;
}

export {
  changeKey,
  versionIdentity
};
