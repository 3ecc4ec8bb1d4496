import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  repositoryUrl
} from "./chunk-MQ3CZATB.js";
import {
  DEFAULT_GITHUB_SERVER_URL
} from "./chunk-GSFW5O23.js";

// src/config/run-url.ts
function actionsRunUrl(env) {
  const repository = repositoryUrl(env.GITHUB_SERVER_URL ?? DEFAULT_GITHUB_SERVER_URL, env.GITHUB_REPOSITORY);
  const id = env.GITHUB_RUN_ID ?? "";
  return repository !== void 0 && /^\d+$/.test(id) ? `${repository}/actions/runs/${id}` : void 0;
}

export {
  actionsRunUrl
};
