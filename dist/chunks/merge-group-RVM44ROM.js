import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  listCheckRuns,
  writeCheckRun
} from "./chunk-BBOTMLWI.js";
import "./chunk-GGFOJQIN.js";
import "./chunk-OTQIQ42K.js";
import "./chunk-653EE4FS.js";
import {
  mergeGroupOf
} from "./chunk-CDZWJZXC.js";
import {
  GATE_CHECK_NAME,
  latestGateCheck
} from "./chunk-3U2JT5LO.js";
import {
  getPullRequest
} from "./chunk-WQDGKKBB.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/app/merge-group.ts
async function passMergeGroup(context, payload) {
  const { client, repo, config, io } = context;
  const group = mergeGroupOf(payload);
  let passed = false;
  let reason = `could not tell which PR ${group.headRef} holds`;
  if (group.pullRequest !== void 0) {
    const number = group.pullRequest;
    const pr = await getPullRequest(client, repo, number);
    const gate = latestGateCheck(await listCheckRuns(client, repo, pr.headSha), config.botApp);
    passed = gate?.conclusion === "success";
    reason = gate ? `PR #${number}'s soup-gate check is ${gate.conclusion ?? gate.status}` : `PR #${number} has no soup-gate check on ${pr.headSha.slice(0, 7)}`;
  }
  io.info(`merge group ${group.headSha.slice(0, 7)}: ${reason}`);
  await writeCheckRun(client, repo, void 0, {
    name: GATE_CHECK_NAME,
    sha: group.headSha,
    passed,
    title: passed ? "SOUP changes assessed in the PR" : "SOUP gate not passed in the PR",
    summary: reason,
    text: ""
  });
}
export {
  passMergeGroup
};
