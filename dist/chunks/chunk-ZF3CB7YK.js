import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_picomatch
} from "./chunk-DQYDSKEE.js";
import {
  __toESM
} from "./chunk-U4ZUF5KN.js";

// src/gate/scope.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function matchIgnoredPackages(patterns) {
  if (patterns.length === 0) return () => false;
  const ignored = (0, import_picomatch.default)([...patterns]);
  return (item) => ignored(item.name) || ignored(`${item.ecosystem}/${item.name}`);
}
function removeIgnoredPackages(items, patterns) {
  if (patterns.length === 0) return items;
  const ignored = matchIgnoredPackages(patterns);
  return items.filter((item) => !ignored(item));
}
function isInScope(item, scope) {
  if (scope.dependencies === "direct" && item.direct === false) return false;
  return scope.includeDev || item.scope !== "dev";
}

export {
  matchIgnoredPackages,
  removeIgnoredPackages,
  isInScope
};
