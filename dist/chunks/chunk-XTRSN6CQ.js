import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  buildSbom,
  readSbomStamp
} from "./chunk-QZUYTGUR.js";
import {
  readSoupListStamp,
  renderSoupList
} from "./chunk-AMG3VI3T.js";

// src/app/soup-outputs.ts
var SOUP_OUTPUT_KINDS = ["list", "sbom"];
function renderSoupOutput(input, kind, stamp) {
  const { inventory, register, lastVerified } = input;
  const shared = {
    ...input.facts !== void 0 ? { enrichment: input.facts } : {},
    ...input.scope !== void 0 ? { scope: input.scope } : {}
  };
  if (kind === "sbom") return buildSbom(inventory, { register, lastVerified, ...shared, ...stamp });
  return renderSoupList({
    inventory,
    register,
    lastVerified,
    ...shared,
    generatedAt: stamp.generatedAt,
    ...stamp.commit !== void 0 ? { commit: stamp.commit } : {},
    ...stamp.repo !== void 0 ? { repo: stamp.repo } : {}
  });
}
function renderSoupOutputs(input, stamp) {
  return { list: renderSoupOutput(input, "list", stamp), sbom: renderSoupOutput(input, "sbom", stamp) };
}
function readOutputStamp(kind, text) {
  return kind === "sbom" ? readSbomStamp(text) : readSoupListStamp(text);
}
function checkSoupOutputs(input, committed, fresh) {
  return SOUP_OUTPUT_KINDS.map((kind) => {
    const text = committed[kind];
    const own = text !== void 0 ? readOutputStamp(kind, text) : void 0;
    const expected = renderSoupOutput(input, kind, own ?? fresh);
    return {
      kind,
      committed: text,
      expected,
      stampedWith: own ? "committed" : "fresh",
      upToDate: text === expected
    };
  });
}
function refreshSoupOutputs(input, committed, fresh) {
  const writes = {};
  for (const check of checkSoupOutputs(input, committed, fresh)) {
    if (check.upToDate) continue;
    writes[check.kind] = check.stampedWith === "fresh" ? check.expected : renderSoupOutput(input, check.kind, fresh);
  }
  return writes;
}

export {
  SOUP_OUTPUT_KINDS,
  renderSoupOutputs,
  checkSoupOutputs,
  refreshSoupOutputs
};
