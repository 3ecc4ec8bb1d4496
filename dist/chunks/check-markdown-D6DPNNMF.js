import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkStatusOf,
  patchOf,
  summarizeCheck
} from "./chunk-G67W4MEW.js";
import "./chunk-EMZCROPK.js";
import "./chunk-KYFHTDTY.js";
import "./chunk-TJCQPJCL.js";
import {
  code,
  escapeText,
  fenceFor
} from "./chunk-PLLD3DQX.js";
import "./chunk-46HMBI5S.js";

// src/documents/check-markdown.ts
function renderCheckMarkdown(checks) {
  const lines = [`### SOUP list check: ${escapeText(summarizeCheck(checks), 500)}`, ""];
  for (const check of checks) lines.push(`- ${code(check.path)}: ${checkStatusOf(check)}`);
  for (const check of checks) {
    if (checkStatusOf(check) !== "out of date") continue;
    const patch = patchOf(check);
    const fence = fenceFor(patch);
    lines.push("", `${fence}diff`, patch.replace(/\n$/, ""), fence);
  }
  return `${lines.join("\n")}
`;
}
export {
  renderCheckMarkdown
};
