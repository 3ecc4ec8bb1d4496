import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/lockfiles/registry-host.ts
var SAME_REGISTRY = {
  "registry.yarnpkg.com": "registry.npmjs.org"
};
function hostOfUrl(url) {
  if (url === void 0) return void 0;
  const match = /^(?:git\+)?https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::(\d+))?/i.exec(url);
  if (!match) return void 0;
  const host = match[1].toLowerCase();
  const port = match[2] !== void 0 && match[2] !== "443" && match[2] !== "80" ? `:${match[2]}` : "";
  return (SAME_REGISTRY[host] ?? host) + port;
}

export {
  hostOfUrl
};
