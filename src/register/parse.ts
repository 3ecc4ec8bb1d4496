/**
 * Reads `soup/register.yml`. The file comes from pull requests, so it is hostile input like any
 * lockfile: size and alias expansion are bounded, duplicate keys are errors, keys are kept as data
 * (entries live in a Map; nothing is ever assigned by a key from the file), and every problem names
 * file, line and field. This file reads the document and its top level; read-entry.ts reads one
 * entry and the defaults, yaml-fields.ts the typed fields they are made of.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { checkEntryCompleteness } from './completeness.js';
import { registerLookupKey } from './keys.js';
import { readDefaults, readEntry } from './read-entry.js';
import {
  RegisterError,
  type Register,
  type RegisterDefaults,
  type RegisterEntry,
  type RegisterProblem,
} from './types.js';
import { AliasLimitError, checkFields, isEmpty, MAX_REGISTER_ALIASES, quote, Reader } from './yaml-fields.js';

/** A register larger than this is refused: hand-written registers are kilobytes. */
export const MAX_REGISTER_BYTES = 5 * 1024 * 1024;

export interface ParseRegisterOptions {
  /**
   * Keep entries that are incomplete for their class (placeholders, missing fields), recording
   * their problems on `entry.problems`, instead of throwing. Structural problems (YAML syntax,
   * unknown fields, a bad safety class, wrong types) always throw. `soup-gate list` and the PR
   * gate use this, so one unfinished entry doesn't stop everything; the gate then asks
   * validateEntry about the items a PR touches.
   */
  allowIncomplete?: boolean;
}

const TOP_LEVEL = ['defaults', 'items'] as const;

/** A register with no file behind it: no entries, class C (the most stringent) assumed. */
export function emptyRegister(path = 'soup/register.yml'): Register {
  return { path, defaults: { safetyClass: 'C', assumed: true }, entries: new Map() };
}

/**
 * The register as a file read from a tree: none is an empty register, and incomplete entries are
 * kept with their problems (see ParseRegisterOptions.allowIncomplete); structural problems throw.
 */
export function parseRegisterFile(path: string, text: string | undefined): Register {
  return text === undefined ? emptyRegister(path) : parseRegister(path, text, { allowIncomplete: true });
}

/**
 * Parses and validates a register. Throws RegisterError listing every problem (file:line, field,
 * what to do); with `allowIncomplete`, entries that are merely incomplete are returned with their
 * problems instead (see ParseRegisterOptions).
 */
export function parseRegister(path: string, text: string, options: ParseRegisterOptions = {}): Register {
  if (text.length > MAX_REGISTER_BYTES) {
    throw new RegisterError(path, [
      {
        file: path,
        message: `is ${text.length} characters, over the limit of ${MAX_REGISTER_BYTES}; a register is hand-written and kilobytes long`,
      },
    ]);
  }
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true, version: '1.2' });
  } catch (error) {
    throw new RegisterError(path, [
      {
        file: path,
        message: `cannot be read as YAML (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
  if (doc.errors.length > 0) {
    throw new RegisterError(
      path,
      doc.errors.map((error) => ({
        file: path,
        ...(error.linePos ? { line: error.linePos[0].line } : {}),
        message: `YAML ${error.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error'}: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
    );
  }
  const reader = new Reader(path, doc, lines);
  const entries = new Map<string, RegisterEntry>();
  const broken = new Set<RegisterEntry>();
  let defaults: RegisterDefaults = { safetyClass: 'C', assumed: true };
  try {
    const root = reader.resolve(doc.contents as Node | null);
    if (!isEmpty(root)) {
      if (!isMap(root)) {
        reader.problem(root, undefined, 'the register must be a mapping with "defaults" and "items"');
      } else {
        const top = reader.pairs(root, '(top level)');
        checkFields(reader, top, TOP_LEVEL, '(top level)');
        const defaultsPair = top.find((p) => p.key === 'defaults');
        if (defaultsPair) defaults = readDefaults(reader, defaultsPair.value);
        const itemsPair = top.find((p) => p.key === 'items');
        const items = itemsPair ? reader.resolve(itemsPair.value) : undefined;
        if (itemsPair && items !== null && !isMap(items) && !(isScalar(items) && items.value === null)) {
          reader.problem(itemsPair.value, 'items', 'must be a mapping of "<ecosystem>/<name>": { fields }');
        } else if (itemsPair) {
          for (const { key, keyNode, value } of reader.pairs(items, 'items')) {
            const before = reader.structural.length;
            const entry = readEntry(reader, key, keyNode, value);
            if (!entry) continue;
            // Completeness of an entry whose structure is wrong would only add noise.
            if (reader.structural.length > before) broken.add(entry);
            const lookup = registerLookupKey(entry.ecosystem, entry.name);
            const earlier = entries.get(lookup);
            if (earlier) {
              reader.problem(
                keyNode,
                `items.${quote(key)}`,
                `is the same package as ${quote(earlier.key)} on line ${earlier.line}; keep one entry`,
              );
              continue;
            }
            entries.set(lookup, entry);
          }
        }
      }
    }
  } catch (error) {
    if (!(error instanceof AliasLimitError)) throw error;
    reader.structural.push({
      file: path,
      message: `uses more than ${MAX_REGISTER_ALIASES} YAML aliases; write the values out (alias expansion is bounded to stop "billion laughs" documents)`,
    });
  }
  const incomplete: RegisterProblem[] = [];
  for (const entry of entries.values()) {
    if (broken.has(entry)) continue;
    entry.problems = checkEntryCompleteness(path, entry, defaults);
    incomplete.push(...entry.problems);
  }
  const problems = options.allowIncomplete ? reader.structural : [...reader.structural, ...incomplete];
  if (problems.length > 0) {
    throw new RegisterError(
      path,
      [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    );
  }
  return { path, defaults, entries };
}
