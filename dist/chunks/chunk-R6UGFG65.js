import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  DEFAULT_GITHUB_SERVER_URL
} from "./chunk-GSFW5O23.js";

// src/config/run-url.ts
function actionsRunUrl(env) {
  const server = (env.GITHUB_SERVER_URL ?? DEFAULT_GITHUB_SERVER_URL).replace(/\/+$/, "");
  const repo = env.GITHUB_REPOSITORY ?? "";
  const id = env.GITHUB_RUN_ID ?? "";
  if (!/^https?:\/\/[^\s/()<>]+$/.test(server) || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^\d+$/.test(id))
    return void 0;
  return `${server}/${repo}/actions/runs/${id}`;
}

export {
  actionsRunUrl
};
