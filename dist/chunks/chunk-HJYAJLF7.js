import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  isInScope,
  ruleKeysFor
} from "./chunk-ML35MER4.js";
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
function allItemsId(key) {
  return itemId(key, "all");
}
function allItemsBox(section) {
  return section.gated && section.items.length > 1 ? allItemsId(section.key) : void 0;
}
function tickableIds(sections) {
  const ids = /* @__PURE__ */ new Set();
  for (const section of sections) {
    for (const item of section.items) ids.add(item.id);
    const all = allItemsBox(section);
    if (all !== void 0) ids.add(all);
  }
  return ids;
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
function anomalyFindings(facts) {
  if (!facts?.anomalies) return "(not looked up: check the published list by hand)";
  const { present, fixed } = facts.anomalies;
  const listed = present.length === 0 ? "none listed" : `${present.length} listed: ${present.slice(0, 5).map((id) => code(id)).join(", ")}${present.length > 5 ? ", \u2026" : ""}`;
  const fixes = fixed.length === 0 ? "" : `; the update fixes ${fixed.length} known ${fixed.length === 1 ? "anomaly" : "anomalies"} of the old version: ${fixed.slice(0, 5).map((id) => code(id)).join(", ")}${fixed.length > 5 ? ", \u2026" : ""}`;
  return `(${listed}${fixes})`;
}
function describeAnomalies(facts, version) {
  return `Known anomalies of ${code(version)} evaluated ${anomalyFindings(facts)}`;
}
function describeRequirements(facts, register) {
  const ids = facts?.requirementIds ?? [];
  const which = ids.length > 0 ? ` (${ids.slice(0, 6).map((id) => code(id)).join(", ")})` : "";
  return `Requirements in ${code(register)} still met and re-verified${which}`;
}
function changeKind(change) {
  if (change.type === "added" || change.type === "removed") return change.type;
  if (change.from === change.to && change.fromRef === change.toRef)
    return change.type === "integrity-changed" ? "integrity-changed" : "source-changed";
  const bump = change.bump;
  return bump === "major" || bump === "minor" || bump === "patch" || bump === "downgrade" ? bump : "other";
}
function ruleFor(change, policy) {
  const rules = policy.checklist;
  for (const key of ruleKeysFor(changeKind(change), change.direct))
    if (Object.hasOwn(rules, key)) return rules[key];
  return void 0;
}
function releaseNotesLink(facts) {
  const notes = facts?.releaseNotes;
  const link = notes ? safeUrl(notes.url) : null;
  return link ? ` ([${notes.kind}](${link}))` : "";
}
function describeRuleItem(kind, change, policy, facts) {
  const name = code(change.name);
  const to = code(change.to ?? "");
  const register = code(policy.register);
  const versions = change.type === "added" ? to : `${code(change.from ?? "")} \u2192 ${to}`;
  switch (kind) {
    case "release-notes":
      return `Release notes ${versions} reviewed for safety-relevant behaviour changes${releaseNotesLink(facts)}`;
    case "anomalies":
      return describeAnomalies(facts, change.to ?? "");
    case "requirements":
      return describeRequirements(facts, policy.register);
    case "regulatory": {
      const what = change.type === "added" ? "the new SOUP item" : change.bump === "major" || change.bump === "minor" || change.bump === "patch" ? `the ${change.bump} version change` : change.bump === "downgrade" ? "the downgrade" : "the version change";
      return `Regulatory significance of ${what} assessed (new SOUP version, 62304 8.1.2)`;
    }
    case "downgrade":
      return `Reason for the downgrade to ${to} recorded`;
    case "register-entry":
      return change.type === "removed" ? `Register entry for ${name} in ${register} retired, or kept for the remaining uses` : facts?.registerComplete ? `Register entry for ${name} in ${register} reviewed (purpose, requirements, safety class and verification are right for ${to}; the bot found them filled in)` : `Register entry for ${name} complete in ${register} (purpose, requirements, safety class, verification)`;
    case "failure-modes":
      return `Failure modes of ${name} considered in the risk file`;
    case "risk-controls":
      return `Risk controls that relied on ${name} reviewed`;
    case "combined": {
      const anomalies = anomalyFindings(facts);
      return change.type === "added" ? `${name} ${to} assessed as a whole: register entry complete in ${register}, known anomalies evaluated ${anomalies}, failure modes considered` : `${name} ${versions} assessed as a whole: release notes reviewed${releaseNotesLink(facts)}, known anomalies evaluated ${anomalies}, requirements in ${register} still met`;
    }
  }
}
function buildItems(change, policy, facts) {
  const key = changeKey(change);
  const item = (kind, text) => ({ id: itemId(key, kind), kind, text });
  const rule = ruleFor(change, policy);
  if (rule !== void 0)
    return [
      ...signalItems(change, item),
      ...rule.map((kind) => item(kind, describeRuleItem(kind, change, policy, facts)))
    ];
  return defaultItems(change, policy, facts, item);
}
function defaultItems(change, policy, facts, item) {
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
  allItemsBox,
  tickableIds,
  isGated,
  buildChecklist,
  digestChanges,
  describeChange
};
