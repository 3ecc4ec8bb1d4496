import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
import {
  LockfileParseError,
  truncate
} from "./chunk-CLRKW6GA.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/lockfiles/yaml-nodes.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlFile(file, text) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    throw new LockfileParseError(
      file,
      error.linePos?.[0]?.line,
      // The yaml library quotes the offending token whole; a 50 kB token must not become the message.
      `invalid YAML: ${truncate(error.message.split("\n")[0], 200)}`
    );
  }
  return { file, doc, lineCounter };
}
function lineOf(yaml, node) {
  const offset = node?.range?.[0];
  return offset === void 0 ? void 0 : yaml.lineCounter.linePos(offset).line;
}
function atLine(yaml, node) {
  const line = lineOf(yaml, node);
  return line === void 0 ? {} : { line };
}
function resolveNode(yaml, node) {
  if (node === null || node === void 0) return null;
  if ((0, import_yaml.isAlias)(node)) return node.resolve(yaml.doc) ?? null;
  return node;
}
function expectMap(yaml, node, what, parent) {
  const resolved = resolveNode(yaml, node);
  if (resolved === null || (0, import_yaml.isScalar)(resolved) && resolved.value === null) return null;
  if (!(0, import_yaml.isMap)(resolved))
    throw new LockfileParseError(
      yaml.file,
      lineOf(yaml, resolved) ?? lineOf(yaml, parent),
      `expected ${what} to be a mapping`
    );
  return resolved;
}
var MAX_MERGE_DEPTH = 16;
function getNode(yaml, map, key, depth = 0) {
  const pair = map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === key);
  if (pair) return resolveNode(yaml, pair.value);
  if (depth >= MAX_MERGE_DEPTH) return null;
  for (const item of map.items) {
    if (!(0, import_yaml.isScalar)(item.key) || item.key.value !== "<<") continue;
    const merged = resolveNode(yaml, item.value);
    const sources = (0, import_yaml.isSeq)(merged) ? merged.items.map((i) => resolveNode(yaml, i)) : [merged];
    for (const source of sources) {
      if (!(0, import_yaml.isMap)(source)) continue;
      const found = getNode(yaml, source, key, depth + 1);
      if (found) return found;
    }
  }
  return null;
}
function expectString(yaml, node, what) {
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string")
    throw new LockfileParseError(yaml.file, lineOf(yaml, node), `expected ${what} to be a string`);
  return node.value;
}

export {
  parseYamlFile,
  lineOf,
  atLine,
  expectMap,
  getNode,
  expectString
};
