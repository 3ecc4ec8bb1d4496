import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  code
} from "./chunk-PLLD3DQX.js";

// src/markdown/commit-link.ts
var OWNER_AND_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9_-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
var FULL_SHA = /^[0-9a-f]{40}$/;
function repositoryUrl(serverUrl, repo) {
  if (serverUrl === void 0 || repo === void 0) return void 0;
  if (!OWNER_AND_NAME.test(repo) || repo.endsWith("/.") || repo.endsWith("/..")) return void 0;
  let parsed;
  try {
    parsed = new URL(serverUrl);
  } catch {
    return void 0;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return void 0;
  if (parsed.username !== "" || parsed.password !== "" || parsed.search !== "" || parsed.hash !== "")
    return void 0;
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, "")}/${repo}`;
}
function commitCode(sha, repoUrl, length = 7) {
  const shown = code(sha.slice(0, length));
  return repoUrl !== void 0 && FULL_SHA.test(sha) ? `[${shown}](${repoUrl}/commit/${sha})` : shown;
}

export {
  repositoryUrl,
  commitCode
};
