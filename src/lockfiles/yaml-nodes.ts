/**
 * Reading YAML files (workflows, action.yml, compose files) node by node, so every finding and error
 * can name its line: the `yaml` package's document tree with a line counter, aliases resolved, and
 * merge keys (`<<: *defaults`, common in compose files) followed when looking a key up.
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { LockfileParseError, truncate } from './errors.js';

export interface YamlFile {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
}

/** Parses one YAML document; a syntax error is a LockfileParseError naming the line. */
export function parseYamlFile(file: string, text: string): YamlFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    throw new LockfileParseError(
      file,
      error.linePos?.[0]?.line,
      // The yaml library quotes the offending token whole; a 50 kB token must not become the message.
      `invalid YAML: ${truncate(error.message.split('\n')[0]!, 200)}`,
    );
  }
  return { file, doc, lineCounter };
}

export function lineOf(yaml: YamlFile, node: Node | null | undefined): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : yaml.lineCounter.linePos(offset).line;
}

/** `{ line }` when the node has one, else nothing: spread into a Finding. */
export function atLine(yaml: YamlFile, node: Node | null | undefined): { line?: number } {
  const line = lineOf(yaml, node);
  return line === undefined ? {} : { line };
}

export function resolveNode(yaml: YamlFile, node: unknown): Node | null {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return (node.resolve(yaml.doc) as Node | undefined) ?? null;
  return node as Node;
}

/** The node as a mapping; null when absent or empty; an error naming the line when it is anything else. */
export function expectMap(yaml: YamlFile, node: unknown, what: string, parent: Node | null): YAMLMap | null {
  const resolved = resolveNode(yaml, node);
  if (resolved === null || (isScalar(resolved) && resolved.value === null)) return null;
  if (!isMap(resolved))
    throw new LockfileParseError(
      yaml.file,
      lineOf(yaml, resolved) ?? lineOf(yaml, parent),
      `expected ${what} to be a mapping`,
    );
  return resolved;
}

/** Merge keys nest rarely; a bound keeps an alias to its own ancestor from looping. */
const MAX_MERGE_DEPTH = 16;

/** The value of `key` in a mapping, or in the mappings it merges (`<<: *a` or `<<: [*a, *b]`). */
export function getNode(yaml: YamlFile, map: YAMLMap, key: string, depth = 0): Node | null {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (pair) return resolveNode(yaml, pair.value);
  if (depth >= MAX_MERGE_DEPTH) return null;
  for (const item of map.items) {
    if (!isScalar(item.key) || item.key.value !== '<<') continue;
    const merged = resolveNode(yaml, item.value);
    const sources = isSeq(merged) ? merged.items.map((i) => resolveNode(yaml, i)) : [merged];
    for (const source of sources) {
      if (!isMap(source)) continue;
      const found = getNode(yaml, source, key, depth + 1);
      if (found) return found;
    }
  }
  return null;
}

/** A scalar string value, or an error naming the line. */
export function expectString(yaml: YamlFile, node: Node, what: string): string {
  if (!isScalar(node) || typeof node.value !== 'string')
    throw new LockfileParseError(yaml.file, lineOf(yaml, node), `expected ${what} to be a string`);
  return node.value;
}
