import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  parseRegister,
  registerKey,
  registerLookupKey
} from "./chunk-GFDFZMAU.js";
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
import {
  truncate
} from "./chunk-PLLD3DQX.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/register/entry-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var SAFE_KEY = /^[A-Za-z][A-Za-z0-9. ]*\/[A-Za-z0-9@][A-Za-z0-9@._/:+-]*$/;
function yamlString(value) {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function yamlKey(key) {
  return SAFE_KEY.test(key) && !key.includes(": ") && !key.endsWith(":") ? key : yamlString(key);
}
function commentText(value, max = 120) {
  return truncate(value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").trim(), max);
}
function renderEntryYaml(pkg, derived, indent = 2) {
  const pad = " ".repeat(indent);
  const inner = " ".repeat(indent + 2);
  const name = commentText(pkg.name, 80);
  const where = [
    pkg.version !== void 0 ? commentText(pkg.version, 40) : void 0,
    pkg.lockfile !== void 0 ? `in ${commentText(pkg.lockfile, 80)}` : void 0
  ].filter((part) => part !== void 0).join(" ");
  const lines = [
    `${pad}${yamlKey(registerKey(pkg.ecosystem, pkg.name))}:`,
    `${inner}# Added by soup-gate for ${name}${where ? ` ${where}` : ""}: incomplete until every TODO is replaced.`
  ];
  if (derived.description !== void 0 && derived.description.trim() !== "")
    lines.push(`${inner}# Registry description: ${commentText(derived.description)}`);
  lines.push(`${inner}purpose: ${yamlString(`TODO: why we use ${pkg.name}`)}`);
  if (derived.supplier !== void 0 && derived.supplier.trim() !== "")
    lines.push(`${inner}supplier: ${yamlString(derived.supplier.trim())}`);
  if (derived.safetyClass === "A") {
    lines.push(`${inner}# Class A (inherited): only the purpose is required.`);
  } else {
    lines.push(
      `${inner}# Class ${derived.safetyClass} (inherited from defaults): requirements, prerequisites and verification are required.`,
      `${inner}requirements:`,
      `${inner}  - id: ${yamlString("TODO")}`,
      `${inner}    text: ${yamlString(`TODO: what ${pkg.name} must do for the product (function, performance)`)}`,
      // Commented out: a TODO selector would match no test and block the gate as a missing test.
      `${inner}    # tests: ["ClassName:test name", path/to/test.file] (JUnit tests that re-verify it on every change)`,
      `${inner}prerequisites: ${yamlString(`TODO: hardware and software ${pkg.name} needs`)}`,
      `${inner}verification: ${yamlString(`TODO: tests or reviews that show ${pkg.name} meets the requirements`)}`,
      `${inner}risks: []`
    );
  }
  return `${lines.join("\n")}
`;
}
var NEW_REGISTER = `# SOUP register: the human-maintained half of the SOUP list (IEC 62304 5.3.3, 5.3.4, 7.1).
# One entry per SOUP item, keyed "<ecosystem>/<name>" (e.g. npm/express, PyPI/requests); versions
# come from the lockfiles. soup-gate checks that every in-scope item has a complete entry.
defaults:
  # TODO: set the safety class of your software system (IEC 62304 4.3); C, the most stringent, until you do.
  safety-class: C

items:
`;
function lineStart(text, offset) {
  const newline = text.lastIndexOf("\n", offset - 1);
  return newline === -1 ? 0 : newline + 1;
}
function findInsertion(text) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  const root = doc.contents;
  if (!(0, import_yaml.isMap)(root)) return void 0;
  const topPairs = root.items;
  const index = topPairs.findIndex((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === "items");
  const ending = text.endsWith("\n") || text === "" ? "" : "\n";
  if (index === -1) return { offset: text.length, indent: 2, prefix: `${ending}
items:
` };
  const pair = topPairs[index];
  const items = pair.value;
  let indent = 2;
  if ((0, import_yaml.isMap)(items)) {
    if (items.flow) return void 0;
    const first = items.items[0]?.key;
    if (first?.range) indent = lines.linePos(first.range[0]).col - 1;
  } else if (!(items === null || (0, import_yaml.isScalar)(items) && items.value === null)) {
    return void 0;
  }
  const next = topPairs[index + 1];
  if (!next) return { offset: text.length, indent, prefix: ending };
  const nextKey = next.key;
  if (!nextKey.range) return void 0;
  let offset = lineStart(text, nextKey.range[0]);
  while (offset > 0) {
    const previous = lineStart(text, offset - 1);
    const line = text.slice(previous, offset);
    if (!/^#.*\r?\n$/.test(line)) break;
    offset = previous;
  }
  return { offset, indent, prefix: "" };
}
function addRegisterEntries(path, text, entries) {
  const original = text === void 0 || text.trim() === "" ? NEW_REGISTER : text;
  const before = parseRegister(path, original, { allowIncomplete: true });
  const seen = new Set(before.entries.keys());
  const fresh = [];
  for (const entry of entries) {
    const lookup = registerLookupKey(entry.pkg.ecosystem, entry.pkg.name);
    if (seen.has(lookup)) continue;
    seen.add(lookup);
    fresh.push(entry);
  }
  const added = fresh.map((e) => registerKey(e.pkg.ecosystem, e.pkg.name));
  if (fresh.length === 0) return { text: original, added };
  const insertion = findInsertion(original);
  let result;
  if (insertion) {
    const block = fresh.map((e) => renderEntryYaml(e.pkg, e.derived, insertion.indent)).join("\n");
    const head = original.slice(0, insertion.offset);
    const separator = insertion.prefix === "" && /\S\n$/.test(head) && before.entries.size > 0 ? "\n" : "";
    const tail = original.slice(insertion.offset);
    result = `${head}${insertion.prefix}${separator}${block}${tail === "" ? "" : "\n"}${tail}`;
  } else {
    result = rewriteWithDocument(original, fresh);
  }
  const after = parseRegister(path, result, { allowIncomplete: true });
  const lost = [...before.entries.keys()].filter((k) => !after.entries.has(k));
  const missing = fresh.filter((e) => !after.entries.has(registerLookupKey(e.pkg.ecosystem, e.pkg.name)));
  if (lost.length > 0 || missing.length > 0 || after.entries.size !== before.entries.size + fresh.length) {
    throw new Error(
      `adding entries to ${path} would change it unexpectedly (lost: ${lost.join(", ") || "none"}; not added: ${missing.map((e) => e.pkg.name).join(", ") || "none"}); add them by hand`
    );
  }
  return { text: result, added };
}
function rewriteWithDocument(text, fresh) {
  const doc = (0, import_yaml.parseDocument)(text);
  for (const { pkg, derived } of fresh) {
    const snippet = (0, import_yaml.parseDocument)(renderEntryYaml(pkg, derived, 0));
    const pair = snippet.contents.items[0];
    if (!(0, import_yaml.isMap)(doc.get("items"))) doc.set("items", doc.createNode({}));
    const items = doc.get("items");
    items.flow = false;
    items.items.push(pair);
  }
  return doc.toString();
}

export {
  yamlString,
  renderEntryYaml,
  addRegisterEntries
};
