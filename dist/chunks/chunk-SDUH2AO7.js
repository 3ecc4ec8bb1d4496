import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/lockfiles/first-party.ts
var NAMED = 5;
function reportFirstParty(lockfile, passedOver) {
  const unique = /* @__PURE__ */ new Map();
  for (const item of passedOver) {
    const key = `${item.name}\0${item.folder}`;
    if (!unique.has(key)) unique.set(key, item);
  }
  if (unique.size === 0) return [];
  const items = [...unique.values()];
  const named = items.slice(0, NAMED).map((item) => `${item.name} (${item.folder})`);
  const more = items.length > NAMED ? `, and ${items.length - NAMED} more` : "";
  const line = items.find((item) => item.line !== void 0)?.line;
  return [
    {
      lockfile,
      ...line !== void 0 ? { line } : {},
      message: `${items.length === 1 ? "1 package resolves" : `${items.length} packages resolve`} from local folders: first-party code, not SOUP, so not listed: ${named.join(", ")}${more}`
    }
  ];
}

export {
  reportFirstParty
};
