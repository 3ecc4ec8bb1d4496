/**
 * Ready-to-paste register entries for SOUP items that have none, and `register init`'s edit of the
 * register. The entries are deliberately incomplete: every field a person must write starts with
 * "TODO:", which validation rejects, so an unfinished entry can never pass the gate.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { Ecosystem } from '../lockfiles/types.js';
import { truncate } from '../markdown/escape.js';
import { registerKey, registerLookupKey } from './keys.js';
import { parseRegister } from './parse.js';
import type { Register, SafetyClass } from './types.js';

export interface EntryPackage {
  ecosystem: Ecosystem;
  name: string;
  version?: string;
  lockfile?: string;
}

/** What can be known without a person: the class it inherits and what the registry says. */
export interface DerivedEntryFacts {
  /** The class the item gets (the register's default unless known otherwise); decides the fields. */
  safetyClass: SafetyClass;
  /** The registry's description, shown as a hint in a comment (never as the purpose). */
  description?: string;
  /** Author/publisher from the registry, pre-filled into `supplier` when known. */
  supplier?: string;
}

const SAFE_KEY = /^[A-Za-z][A-Za-z0-9. ]*\/[A-Za-z0-9@][A-Za-z0-9@._/:+-]*$/;

/**
 * A YAML double-quoted scalar: JSON's escaping is valid YAML, plus \u escapes for the characters
 * YAML would read as line breaks or refuse in a stream.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function yamlKey(key: string): string {
  return SAFE_KEY.test(key) && !key.includes(': ') && !key.endsWith(':') ? key : yamlString(key);
}

/** One line of a comment from hostile text: no line breaks or controls, bounded. */
function commentText(value: string, max = 120): string {
  // eslint-disable-next-line no-control-regex
  return truncate(value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim(), max);
}

/**
 * The YAML of one register entry for `pkg`, indented to sit under `items:` (key at `indent`
 * spaces, 2 by default), ending with a newline. Every value is quoted, so hostile package names
 * can't change the YAML's structure; show it in a code block that escapes its content.
 */
export function renderEntryYaml(pkg: EntryPackage, derived: DerivedEntryFacts, indent = 2): string {
  const pad = ' '.repeat(indent);
  const inner = ' '.repeat(indent + 2);
  const name = commentText(pkg.name, 80);
  const where = [
    pkg.version !== undefined ? commentText(pkg.version, 40) : undefined,
    pkg.lockfile !== undefined ? `in ${commentText(pkg.lockfile, 80)}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const lines = [
    `${pad}${yamlKey(registerKey(pkg.ecosystem, pkg.name))}:`,
    `${inner}# Added by soup-gate for ${name}${where ? ` ${where}` : ''}: incomplete until every TODO is replaced.`,
  ];
  if (derived.description !== undefined && derived.description.trim() !== '')
    lines.push(`${inner}# Registry description: ${commentText(derived.description)}`);
  lines.push(`${inner}purpose: ${yamlString(`TODO: why we use ${pkg.name}`)}`);
  if (derived.supplier !== undefined && derived.supplier.trim() !== '')
    lines.push(`${inner}supplier: ${yamlString(derived.supplier.trim())}`);
  if (derived.safetyClass === 'A') {
    lines.push(`${inner}# Class A (inherited): only the purpose is required.`);
  } else {
    lines.push(
      `${inner}# Class ${derived.safetyClass} (inherited from defaults): requirements, prerequisites and verification are required.`,
      `${inner}requirements:`,
      `${inner}  - id: ${yamlString('TODO')}`,
      `${inner}    text: ${yamlString(`TODO: what ${pkg.name} must do for the product (function, performance)`)}`,
      // Commented out: a TODO selector would match no test and block the gate as a missing test.
      `${inner}    # tests: ["ClassName:test name", path/to/test.file] (JUnit tests that re-verify it on every change)`,
      `${inner}prerequisites: ${yamlString(`TODO: hardware and software ${pkg.name} needs`)}`,
      `${inner}verification: ${yamlString(`TODO: tests or reviews that show ${pkg.name} meets the requirements`)}`,
      `${inner}risks: []`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface NewEntry {
  pkg: EntryPackage;
  derived: DerivedEntryFacts;
}

export interface AddEntriesResult {
  /** The new register text. */
  text: string;
  /** The keys added, in the order written. */
  added: string[];
}

const NEW_REGISTER = `# SOUP register: the human-maintained half of the SOUP list (IEC 62304 5.3.3, 5.3.4, 7.1).
# One entry per SOUP item, keyed "<ecosystem>/<name>" (e.g. npm/express, PyPI/requests); versions
# come from the lockfiles. soup-gate checks that every in-scope item has a complete entry.
defaults:
  # TODO: set the safety class of your software system (IEC 62304 4.3); C, the most stringent, until you do.
  safety-class: C

items:
`;

function lineStart(text: string, offset: number): number {
  const newline = text.lastIndexOf('\n', offset - 1);
  return newline === -1 ? 0 : newline + 1;
}

/**
 * Where new entries go in the existing text, and at which indent; undefined when the text can't be
 * edited in place (flow-style `items: {…}`), and the Document API rewrites it instead.
 */
function findInsertion(text: string): { offset: number; indent: number; prefix: string } | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const topPairs = root.items as Pair[];
  const index = topPairs.findIndex((p) => isScalar(p.key) && p.key.value === 'items');
  const ending = text.endsWith('\n') || text === '' ? '' : '\n';
  if (index === -1) return { offset: text.length, indent: 2, prefix: `${ending}\nitems:\n` };
  const pair = topPairs[index]!;
  const items = pair.value;
  let indent = 2;
  if (isMap(items)) {
    if ((items as YAMLMap).flow) return undefined;
    const first = (items as YAMLMap).items[0]?.key as { range?: [number, number, number] } | undefined;
    if (first?.range) indent = lines.linePos(first.range[0]).col - 1;
  } else if (!(items === null || (isScalar(items) && items.value === null))) {
    return undefined;
  }
  const next = topPairs[index + 1];
  if (!next) return { offset: text.length, indent, prefix: ending };
  // Before the next top-level key and the comment lines right above it (they belong to it).
  const nextKey = next.key as { range?: [number, number, number] };
  if (!nextKey.range) return undefined;
  let offset = lineStart(text, nextKey.range[0]);
  while (offset > 0) {
    const previous = lineStart(text, offset - 1);
    const line = text.slice(previous, offset);
    if (!/^#.*\r?\n$/.test(line)) break;
    offset = previous;
  }
  return { offset, indent, prefix: '' };
}

/**
 * Adds entries for the packages the register lacks, keeping every existing byte (content, comments,
 * order): the new entries are inserted as text where the `items` mapping ends, then the result is
 * parsed again to prove nothing else changed. A flow-style `items` is rewritten through the yaml
 * Document API instead. Throws RegisterError when the existing register has structural problems.
 */
export function addRegisterEntries(
  path: string,
  text: string | undefined,
  entries: readonly NewEntry[],
): AddEntriesResult {
  const original = text === undefined || text.trim() === '' ? NEW_REGISTER : text;
  const before: Register = parseRegister(path, original, { allowIncomplete: true });
  const seen = new Set(before.entries.keys());
  const fresh: NewEntry[] = [];
  for (const entry of entries) {
    const lookup = registerLookupKey(entry.pkg.ecosystem, entry.pkg.name);
    if (seen.has(lookup)) continue;
    seen.add(lookup);
    fresh.push(entry);
  }
  const added = fresh.map((e) => registerKey(e.pkg.ecosystem, e.pkg.name));
  if (fresh.length === 0) return { text: original, added };
  const insertion = findInsertion(original);
  let result: string;
  if (insertion) {
    const block = fresh.map((e) => renderEntryYaml(e.pkg, e.derived, insertion.indent)).join('\n');
    const head = original.slice(0, insertion.offset);
    const separator = insertion.prefix === '' && /\S\n$/.test(head) && before.entries.size > 0 ? '\n' : '';
    const tail = original.slice(insertion.offset);
    result = `${head}${insertion.prefix}${separator}${block}${tail === '' ? '' : '\n'}${tail}`;
  } else {
    result = rewriteWithDocument(original, fresh);
  }
  const after = parseRegister(path, result, { allowIncomplete: true });
  const lost = [...before.entries.keys()].filter((k) => !after.entries.has(k));
  const missing = fresh.filter((e) => !after.entries.has(registerLookupKey(e.pkg.ecosystem, e.pkg.name)));
  if (lost.length > 0 || missing.length > 0 || after.entries.size !== before.entries.size + fresh.length) {
    throw new Error(
      `adding entries to ${path} would change it unexpectedly (lost: ${lost.join(', ') || 'none'}; not added: ${missing.map((e) => e.pkg.name).join(', ') || 'none'}); add them by hand`,
    );
  }
  return { text: result, added };
}

/** The fallback edit: appends through the Document API (keeps comments; may reformat flow maps). */
function rewriteWithDocument(text: string, fresh: readonly NewEntry[]): string {
  const doc = parseDocument(text);
  for (const { pkg, derived } of fresh) {
    const snippet = parseDocument(renderEntryYaml(pkg, derived, 0));
    const pair = (snippet.contents as YAMLMap).items[0]!;
    if (!isMap(doc.get('items'))) doc.set('items', doc.createNode({}));
    const items = doc.get('items') as YAMLMap;
    items.flow = false;
    items.items.push(pair as Pair);
  }
  return doc.toString();
}
