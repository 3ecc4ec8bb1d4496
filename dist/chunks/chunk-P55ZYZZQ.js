import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  LockfileParseError,
  parseJson
} from "./chunk-CLRKW6GA.js";

// src/lockfiles/package-json.ts
var FIELDS = [
  ["dependencies", "runtime"],
  ["peerDependencies", "runtime"],
  ["optionalDependencies", "optional"],
  ["devDependencies", "dev"]
];
var RANK = { runtime: 3, optional: 2, dev: 1 };
function strongerScope(a, b) {
  return RANK[a] >= RANK[b] ? a : b;
}
function readPackageJson(file, text) {
  const json = parseJson(file, text);
  if (json === null || typeof json !== "object" || Array.isArray(json)) {
    throw new LockfileParseError(file, 1, "expected a JSON object");
  }
  const manifest = json;
  const declared = /* @__PURE__ */ new Map();
  for (const [field, scope] of FIELDS) {
    const deps = manifest[field];
    if (deps === null || typeof deps !== "object" || Array.isArray(deps)) continue;
    for (const name of Object.keys(deps)) {
      const previous = declared.get(name);
      declared.set(name, previous ? strongerScope(previous, scope) : scope);
    }
  }
  const ws = manifest.workspaces;
  const globs = Array.isArray(ws) ? ws : ws && typeof ws === "object" && Array.isArray(ws.packages) ? ws.packages : [];
  return {
    declared,
    workspaces: globs.filter((g) => typeof g === "string"),
    ...typeof manifest.name === "string" ? { name: manifest.name } : {}
  };
}

export {
  strongerScope,
  readPackageJson
};
