import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  latestGateCheck,
  listCheckRuns,
  writeGateCheck
} from "./chunk-QPHWPYDL.js";
import {
  field,
  getPullRequest
} from "./chunk-YTRLSDO5.js";
import "./chunk-KVQLNP6N.js";

// src/app/merge-group.ts
async function passMergeGroup(options, payload) {
  const { client, repo, config, io } = options;
  const group = field(payload, "merge_group");
  const headSha = field(group, "head_sha");
  const headRef = field(group, "head_ref");
  if (typeof headSha !== "string" || typeof headRef !== "string")
    throw new Error("the merge_group payload lacks head_sha or head_ref");
  const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
  let passed = false;
  let reason = `could not tell which PR ${headRef} holds`;
  if (number) {
    const pr = await getPullRequest(client, repo, Number(number));
    const gate = latestGateCheck(await listCheckRuns(client, repo, pr.headSha), config.botApp);
    passed = gate?.conclusion === "success";
    reason = gate ? `PR #${number}'s soup-gate check is ${gate.conclusion ?? gate.status}` : `PR #${number} has no soup-gate check on ${pr.headSha.slice(0, 7)}`;
  }
  io.info(`merge group ${headSha.slice(0, 7)}: ${reason}`);
  await writeGateCheck(client, repo, void 0, {
    sha: headSha,
    passed,
    title: passed ? "SOUP changes assessed in the PR" : "SOUP gate not passed in the PR",
    summary: reason,
    text: ""
  });
}
export {
  passMergeGroup
};
