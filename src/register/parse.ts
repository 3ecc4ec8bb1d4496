/**
 * Reads `soup/register.yml`. The file comes from pull requests, so it is hostile input like any
 * lockfile: size and alias expansion are bounded, duplicate keys are errors, keys are kept as data
 * (entries live in a Map; nothing is ever assigned by a key from the file), and every problem names
 * file, line and field.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { parseRegisterKey, registerLookupKey, ECOSYSTEMS } from './keys.js';
import {
  ANALYSIS_JUSTIFICATIONS,
  ANALYSIS_STATES,
  RegisterError,
  SAFETY_CLASSES,
  type AnalysisJustification,
  type AnalysisState,
  type AnomalyEvaluation,
  type Register,
  type RegisterDefaults,
  type RegisterEntry,
  type RegisterProblem,
  type Requirement,
  type SafetyClass,
} from './types.js';
import { checkEntryCompleteness } from './completeness.js';

/** A register larger than this is refused: hand-written registers are kilobytes. */
export const MAX_REGISTER_BYTES = 5 * 1024 * 1024;
/** Alias dereferences allowed while reading; a "billion laughs" document needs far more. */
export const MAX_REGISTER_ALIASES = 100;

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
const DEFAULT_FIELDS = ['safety-class', 'rationale'] as const;
export const ENTRY_FIELDS = [
  'purpose',
  'supplier',
  'requirements',
  'prerequisites',
  'safety-class',
  'rationale',
  'verification',
  'risks',
  'anomalies',
] as const;
const REQUIREMENT_FIELDS = ['id', 'text'] as const;
const ANOMALY_FIELDS = ['id', 'state', 'justification', 'reason', 'by', 'on', 'expires'] as const;

class AliasLimitError extends Error {}

class Reader {
  readonly structural: RegisterProblem[] = [];
  private aliases = 0;

  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  lineOf(node: unknown): number | undefined {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? this.lines.linePos(range[0]).line : undefined;
  }

  problem(node: unknown, field: string | undefined, message: string): void {
    const line = this.lineOf(node);
    this.structural.push({
      file: this.file,
      ...(line !== undefined ? { line } : {}),
      ...(field !== undefined ? { field } : {}),
      message,
    });
  }

  /** Follows an alias, counting it: the count, not the depth, is what stops expansion bombs. */
  resolve(node: unknown): unknown {
    if (!isAlias(node)) return node;
    this.aliases++;
    if (this.aliases > MAX_REGISTER_ALIASES) throw new AliasLimitError();
    return node.resolve(this.doc);
  }

  /** The pairs of a mapping with plain keys; reports non-scalar keys. */
  pairs(node: unknown, field: string): { key: string; keyNode: unknown; value: unknown }[] {
    const map = this.resolve(node);
    if (!isMap(map)) return [];
    const out: { key: string; keyNode: unknown; value: unknown }[] = [];
    for (const pair of map.items) {
      const keyNode = this.resolve(pair.key);
      if (!isScalar(keyNode) || (typeof keyNode.value !== 'string' && typeof keyNode.value !== 'number')) {
        this.problem(pair.key ?? map, field, 'keys must be plain text');
        continue;
      }
      out.push({ key: String(keyNode.value), keyNode, value: pair.value });
    }
    return out;
  }
}

function suggest(key: string, known: readonly string[]): string {
  const squashed = key.toLowerCase().replace(/[\s_]+/g, '-');
  const close = known.find((k) => k === squashed || k.replace(/-/g, '') === squashed.replace(/-/g, ''));
  return close ? ` (did you mean "${close}"?)` : `; expected one of ${known.join(', ')}`;
}

function quote(key: string): string {
  return JSON.stringify(key);
}

/** Reads a text field: a string, or absent/empty. Numbers are accepted for ids only. */
function readText(
  r: Reader,
  node: unknown,
  field: string,
  { allowNumber = false }: { allowNumber?: boolean } = {},
): string | undefined {
  const value = r.resolve(node);
  if (value === null || value === undefined) return '';
  if (isScalar(value)) {
    if (value.value === null) return '';
    if (typeof value.value === 'string') return value.value;
    if (allowNumber && typeof value.value === 'number') return String(value.value);
  }
  r.problem(node, field, allowNumber ? 'must be text or a number' : 'must be text (quote it if needed)');
  return undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

function readSafetyClass(r: Reader, node: unknown, field: string): SafetyClass | undefined {
  const text = readText(r, node, field);
  if (text === undefined) return undefined;
  const upper = text.trim().toUpperCase();
  if ((SAFETY_CLASSES as readonly string[]).includes(upper)) return upper as SafetyClass;
  r.problem(node, field, `${quote(text)} is not a safety class; use A, B or C (IEC 62304 4.3)`);
  return undefined;
}

function checkFields(
  r: Reader,
  pairs: { key: string; keyNode: unknown }[],
  known: readonly string[],
  field: string,
): void {
  for (const { key, keyNode } of pairs) {
    // x-… fields are the team's own; we keep out of them.
    if (key.startsWith('x-') || known.includes(key)) continue;
    r.problem(keyNode, `${field}.${key}`, `unknown field${suggest(key, known)}`);
  }
}

function readRequirements(r: Reader, node: unknown, field: string): Requirement[] {
  const seq = r.resolve(node);
  if (seq === null || seq === undefined || (isScalar(seq) && seq.value === null)) return [];
  if (!isSeq(seq)) {
    r.problem(node, field, 'must be a list of { id, text }');
    return [];
  }
  const out: Requirement[] = [];
  seq.items.forEach((item, index) => {
    const itemField = `${field}[${index}]`;
    const map = r.resolve(item);
    if (!isMap(map)) {
      r.problem(item, itemField, 'must be a mapping with id and text');
      return;
    }
    const pairs = r.pairs(map, itemField);
    checkFields(r, pairs, REQUIREMENT_FIELDS, itemField);
    const get = (name: string): unknown => pairs.find((p) => p.key === name)?.value;
    const id = pairs.some((p) => p.key === 'id')
      ? readText(r, get('id'), `${itemField}.id`, { allowNumber: true })
      : '';
    const text = pairs.some((p) => p.key === 'text') ? readText(r, get('text'), `${itemField}.text`) : '';
    out.push({ id: id ?? '', text: text ?? '', line: r.lineOf(map) ?? 0 });
  });
  return out;
}

function readRisks(r: Reader, node: unknown, field: string): string[] {
  const seq = r.resolve(node);
  if (seq === null || seq === undefined || (isScalar(seq) && seq.value === null)) return [];
  if (!isSeq(seq)) {
    r.problem(node, field, 'must be a list of risk ids, e.g. [RISK-017]');
    return [];
  }
  const out: string[] = [];
  seq.items.forEach((item, index) => {
    const text = readText(r, item, `${field}[${index}]`, { allowNumber: true });
    if (text !== undefined) out.push(text);
  });
  return out;
}

function readEnum<T extends string>(
  r: Reader,
  node: unknown,
  field: string,
  allowed: readonly T[],
  what: string,
): T | undefined {
  const text = readText(r, node, field);
  if (text === undefined || text === '') return undefined;
  if ((allowed as readonly string[]).includes(text)) return text as T;
  r.problem(node, field, `${quote(text)} is not ${what}; use one of ${allowed.join(', ')}`);
  return undefined;
}

function readDate(r: Reader, node: unknown, field: string): string | undefined {
  const text = readText(r, node, field);
  if (text === undefined || text === '') return text === '' ? '' : undefined;
  if (isIsoDate(text.trim())) return text.trim();
  r.problem(node, field, `${quote(text)} is not a date; write YYYY-MM-DD`);
  return undefined;
}

function readAnomalies(r: Reader, node: unknown, field: string): AnomalyEvaluation[] {
  const seq = r.resolve(node);
  if (seq === null || seq === undefined || (isScalar(seq) && seq.value === null)) return [];
  if (!isSeq(seq)) {
    r.problem(node, field, 'must be a list of anomaly evaluations { id, state, reason, by, on }');
    return [];
  }
  const out: AnomalyEvaluation[] = [];
  seq.items.forEach((item, index) => {
    const itemField = `${field}[${index}]`;
    const map = r.resolve(item);
    if (!isMap(map)) {
      r.problem(item, itemField, 'must be a mapping with id, state, reason, by and on');
      return;
    }
    const pairs = r.pairs(map, itemField);
    checkFields(r, pairs, ANOMALY_FIELDS, itemField);
    const has = (name: string): boolean => pairs.some((p) => p.key === name);
    const get = (name: string): unknown => pairs.find((p) => p.key === name)?.value;
    const evaluation: AnomalyEvaluation = {
      id: (has('id') ? readText(r, get('id'), `${itemField}.id`) : '') ?? '',
      line: r.lineOf(map) ?? 0,
    };
    if (has('state')) {
      const state = readEnum<AnalysisState>(
        r,
        get('state'),
        `${itemField}.state`,
        ANALYSIS_STATES,
        'a CycloneDX analysis state',
      );
      if (state !== undefined) evaluation.state = state;
    }
    if (has('justification')) {
      const justification = readEnum<AnalysisJustification>(
        r,
        get('justification'),
        `${itemField}.justification`,
        ANALYSIS_JUSTIFICATIONS,
        'a CycloneDX justification',
      );
      if (justification !== undefined) evaluation.justification = justification;
    }
    for (const name of ['reason', 'by'] as const) {
      if (!has(name)) continue;
      const text = readText(r, get(name), `${itemField}.${name}`);
      if (text !== undefined) evaluation[name] = text;
    }
    for (const name of ['on', 'expires'] as const) {
      if (!has(name)) continue;
      const date = readDate(r, get(name), `${itemField}.${name}`);
      if (date !== undefined) evaluation[name] = date;
    }
    out.push(evaluation);
  });
  return out;
}

function readEntry(r: Reader, key: string, keyNode: unknown, node: unknown): RegisterEntry | undefined {
  const field = `items.${quote(key)}`;
  const parsed = parseRegisterKey(key);
  if (!parsed) {
    r.problem(
      keyNode,
      field,
      `is not <ecosystem>/<name>; the ecosystem is one of ${ECOSYSTEMS.join(', ')} (e.g. "npm/express", "PyPI/requests")`,
    );
    return undefined;
  }
  const value = r.resolve(node);
  const entry: RegisterEntry = {
    key,
    ecosystem: parsed.ecosystem,
    name: parsed.name,
    line: r.lineOf(keyNode) ?? 0,
    requirements: [],
    risks: [],
    anomalies: [],
    problems: [],
  };
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) return entry;
  if (!isMap(value)) {
    r.problem(node, field, 'must be a mapping of fields (purpose, safety-class, requirements, …)');
    return undefined;
  }
  const pairs = r.pairs(value, field);
  checkFields(r, pairs, ENTRY_FIELDS, field);
  for (const { key: name, value: fieldNode } of pairs) {
    const path = `${field}.${name}`;
    switch (name) {
      case 'purpose':
      case 'supplier':
      case 'prerequisites':
      case 'rationale':
      case 'verification': {
        const text = readText(r, fieldNode, path);
        if (text !== undefined) entry[name] = text;
        break;
      }
      case 'safety-class': {
        const safetyClass = readSafetyClass(r, fieldNode, path);
        if (safetyClass !== undefined) entry.safetyClass = safetyClass;
        break;
      }
      case 'requirements':
        entry.requirements = readRequirements(r, fieldNode, path);
        break;
      case 'risks':
        entry.risks = readRisks(r, fieldNode, path);
        break;
      case 'anomalies':
        entry.anomalies = readAnomalies(r, fieldNode, path);
        break;
    }
  }
  return entry;
}

function readDefaults(r: Reader, node: unknown): RegisterDefaults {
  const defaults: RegisterDefaults = { safetyClass: 'C', assumed: true };
  const value = r.resolve(node);
  if (value === null || value === undefined || (isScalar(value) && value.value === null)) return defaults;
  if (!isMap(value)) {
    r.problem(node, 'defaults', 'must be a mapping with safety-class and rationale');
    return defaults;
  }
  const pairs = r.pairs(value, 'defaults');
  checkFields(r, pairs, DEFAULT_FIELDS, 'defaults');
  for (const { key, value: fieldNode } of pairs) {
    if (key === 'safety-class') {
      const safetyClass = readSafetyClass(r, fieldNode, 'defaults.safety-class');
      if (safetyClass !== undefined) {
        defaults.safetyClass = safetyClass;
        defaults.assumed = false;
      }
    } else if (key === 'rationale') {
      const text = readText(r, fieldNode, 'defaults.rationale');
      if (text !== undefined && text.trim() !== '') defaults.rationale = text;
    }
  }
  return defaults;
}

/** A register with no file behind it: no entries, class C (the most stringent) assumed. */
export function emptyRegister(path = 'soup/register.yml'): Register {
  return { path, defaults: { safetyClass: 'C', assumed: true }, entries: new Map() };
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
    if (root !== null && root !== undefined && !(isScalar(root) && root.value === null)) {
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
