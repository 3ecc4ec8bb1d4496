import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  checkStatusOf,
  patchOf,
  summarizeCheck
} from "./chunk-66ZOIIGA.js";
import "./chunk-KMYIBCY4.js";
import "./chunk-L2QMUZ6O.js";
import "./chunk-UXW3EKUO.js";
import {
  code,
  escapeText
} from "./chunk-OF2P354O.js";
import "./chunk-U4ZUF5KN.js";

// src/documents/check-markdown.ts
function fenceFor(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}
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
