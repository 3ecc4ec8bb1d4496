import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  isInScope
} from "./chunk-GM7DYW76.js";
import {
  code,
  safeUrl
} from "./chunk-PLLD3DQX.js";
import {
  changeKey
} from "./chunk-X35N2FDV.js";

// src/gate/checklist.ts
import { createHash } from "node:crypto";
function itemId(key, kind) {
  return `${kind}-${createHash("sha256").update(key).digest("hex").slice(0, 16)}`;
}
function isGated(change, policy) {
  if (change.type === "integrity-changed" || change.type === "source-changed")
    return isInScope({ direct: true, scope: change.scope }, policy.scope);
  return isInScope(change, policy.scope);
}
function signalItems(change, item) {
  const name = code(change.name);
  const items = [];
  if (change.fromSource !== void 0 || change.toSource !== void 0) {
    items.push(
      item(
        "source",
        `The new source of ${name} is the intended one: ${code(change.fromSource ?? "")} \u2192 ${code(change.toSource ?? "")} (a move to another registry, or from a registry to git or a URL, is how dependency confusion arrives)`
      )
    );
  }
  if (change.fromIntegrity !== void 0 || change.toIntegrity !== void 0) {
    items.push(
      item(
        "artefact",
        `The new artefact of ${name} ${code(change.to ?? "")} is the legitimate one (integrity changed without a version change: republished or tampered)`
      )
    );
  }
  return items;
}
function describeAnomalies(facts, version) {
  if (!facts?.anomalies)
    return `Known anomalies of ${code(version)} evaluated (not looked up: check the published list by hand)`;
  const { present, fixed } = facts.anomalies;
  const listed = present.length === 0 ? "none listed" : `${present.length} listed: ${present.slice(0, 5).map((id) => code(id)).join(", ")}${present.length > 5 ? ", \u2026" : ""}`;
  return `Known anomalies of ${code(version)} evaluated (${listed}${fixed.length > 0 ? `; ${fixed.length} fixed` : ""})`;
}
function describeRequirements(facts, register) {
  const ids = facts?.requirementIds ?? [];
  const which = ids.length > 0 ? ` (${ids.slice(0, 6).map((id) => code(id)).join(", ")})` : "";
  return `Requirements in ${code(register)} still met and re-verified${which}`;
}
function buildItems(change, policy, facts) {
  const key = changeKey(change);
  const item = (kind, text) => ({ id: itemId(key, kind), kind, text });
  const name = code(change.name);
  if (change.type === "removed") {
    return [
      item(
        "risk-controls",
        `Risk controls that relied on ${name} reviewed, and its register entry retired or kept for the remaining uses`
      )
    ];
  }
  const to = change.to ?? "";
  if (change.type === "added") {
    return [
      item(
        "register-entry",
        facts?.registerComplete ? `Register entry for ${name} in ${code(policy.register)} reviewed (purpose, requirements, safety class and verification are right; the bot found them filled in)` : `Register entry for ${name} complete in ${code(policy.register)} (purpose, requirements, safety class, verification)`
      ),
      item("anomalies", describeAnomalies(facts, to)),
      item("failure-modes", `Failure modes of ${name} considered in the risk file`)
    ];
  }
  const signals = signalItems(change, item);
  if (change.from === change.to && change.fromRef === change.toRef) return signals;
  const notes = facts?.releaseNotes;
  const link = notes ? safeUrl(notes.url) : null;
  const items = [
    ...signals,
    item(
      "release-notes",
      `Release notes ${code(change.from ?? "")} \u2192 ${code(to)} reviewed for safety-relevant behaviour changes${link ? ` ([${notes.kind}](${link}))` : ""}`
    ),
    item("anomalies", describeAnomalies(facts, to)),
    item("requirements", describeRequirements(facts, policy.register))
  ];
  if (change.bump === "major") {
    items.push(
      item(
        "regulatory",
        `Regulatory significance of the major version change assessed (new SOUP version, 62304 8.1.2)`
      )
    );
  }
  if (change.bump === "downgrade") {
    items.push(item("downgrade", `Reason for the downgrade to ${code(to)} recorded`));
  }
  return items;
}
function buildChecklist(changes, policy, facts = /* @__PURE__ */ new Map()) {
  return changes.map((change) => {
    const key = changeKey(change);
    const gated = isGated(change, policy);
    return { change, key, gated, items: gated ? buildItems(change, policy, facts.get(key)) : [] };
  });
}
function digestChanges(changes) {
  const hash = createHash("sha256");
  for (const key of changes.map(changeKey).sort()) hash.update(key).update("\n");
  return hash.digest("hex").slice(0, 16);
}
function describeChange(change) {
  if (change.type === "added") return `${code(change.name)} new at ${code(change.to ?? "")}`;
  if (change.type === "removed") return `${code(change.name)} removed (was ${code(change.from ?? "")})`;
  if (change.from === change.to && change.fromRef === change.toRef)
    return `${code(change.name)} ${code(change.to ?? "")} ${change.type === "integrity-changed" ? "new artefact" : "new source"}`;
  return `${code(change.name)} ${code(change.from ?? "")} \u2192 ${code(change.to ?? "")}`;
}

export {
  itemId,
  isGated,
  buildChecklist,
  digestChanges,
  describeChange
};
