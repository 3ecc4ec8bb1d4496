/**
 * Reading typed fields out of a register's YAML nodes. The file comes from pull requests, so every
 * reader reports a problem naming file, line and field rather than throwing, follows aliases only
 * up to a count (the count, not the depth, is what stops expansion bombs) and keeps keys as data.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { SAFETY_CLASSES, type RegisterProblem, type SafetyClass } from './types.js';

/** Alias dereferences allowed while reading; a "billion laughs" document needs far more. */
export const MAX_REGISTER_ALIASES = 100;

/** Thrown out of a read when the alias budget is spent; parseRegister turns it into one problem. */
export class AliasLimitError extends Error {}

export interface FieldPair {
  key: string;
  keyNode: unknown;
  value: unknown;
}

export class Reader {
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

  /** Follows an alias, counting it. */
  resolve(node: unknown): unknown {
    if (!isAlias(node)) return node;
    this.aliases++;
    if (this.aliases > MAX_REGISTER_ALIASES) throw new AliasLimitError();
    return node.resolve(this.doc);
  }

  /** The pairs of a mapping with plain keys; reports non-scalar keys. */
  pairs(node: unknown, field: string): FieldPair[] {
    const map = this.resolve(node);
    if (!isMap(map)) return [];
    const out: FieldPair[] = [];
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

/** An absent value, or an explicit null (`field:` with nothing after it). */
export function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (isScalar(value) && value.value === null);
}

export function quote(key: string): string {
  return JSON.stringify(key);
}

function suggest(key: string, known: readonly string[]): string {
  const squashed = key.toLowerCase().replace(/[\s_]+/g, '-');
  const close = known.find((k) => k === squashed || k.replace(/-/g, '') === squashed.replace(/-/g, ''));
  return close ? ` (did you mean "${close}"?)` : `; expected one of ${known.join(', ')}`;
}

/** Reports every key that is neither known nor the team's own (`x-…`, which we keep out of). */
export function checkFields(
  r: Reader,
  pairs: readonly FieldPair[],
  known: readonly string[],
  field: string,
): void {
  for (const { key, keyNode } of pairs) {
    if (key.startsWith('x-') || known.includes(key)) continue;
    r.problem(keyNode, `${field}.${key}`, `unknown field${suggest(key, known)}`);
  }
}

/** Reads a text field: a string, or absent/empty. Numbers are accepted for ids only. */
export function readText(
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

export function readDate(r: Reader, node: unknown, field: string): string | undefined {
  const text = readText(r, node, field);
  if (text === undefined || text === '') return text === '' ? '' : undefined;
  if (isIsoDate(text.trim())) return text.trim();
  r.problem(node, field, `${quote(text)} is not a date; write YYYY-MM-DD`);
  return undefined;
}

export function readEnum<T extends string>(
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

export function readSafetyClass(r: Reader, node: unknown, field: string): SafetyClass | undefined {
  const text = readText(r, node, field);
  if (text === undefined) return undefined;
  const upper = text.trim().toUpperCase();
  if ((SAFETY_CLASSES as readonly string[]).includes(upper)) return upper as SafetyClass;
  r.problem(node, field, `${quote(text)} is not a safety class; use A, B or C (IEC 62304 4.3)`);
  return undefined;
}

/**
 * Reads a list field item by item: empty when absent or null, a problem (`expected`) when it is not
 * a list. `readItem` gets each item with its field path (`field[index]`) and returns undefined to
 * leave it out.
 */
export function readList<T>(
  r: Reader,
  node: unknown,
  field: string,
  expected: string,
  readItem: (item: unknown, itemField: string) => T | undefined,
): T[] {
  const seq = r.resolve(node);
  if (isEmpty(seq)) return [];
  if (!isSeq(seq)) {
    r.problem(node, field, `must be a list of ${expected}`);
    return [];
  }
  const out: T[] = [];
  seq.items.forEach((item, index) => {
    const value = readItem(item, `${field}[${index}]`);
    if (value !== undefined) out.push(value);
  });
  return out;
}

/** The fields of one mapping, checked against the known ones, with its line. */
export interface Fields {
  line: number;
  /** Reads field `name` with its path (`<field>.<name>`); undefined when it is absent. */
  read<T>(name: string, reader: (node: unknown, field: string) => T | undefined): T | undefined;
}

/** Reads a mapping whose fields are `known`; undefined (and a problem naming `expected`) when it is not one. */
export function readFields(
  r: Reader,
  node: unknown,
  field: string,
  known: readonly string[],
  expected: string,
): Fields | undefined {
  const map = r.resolve(node);
  if (!isMap(map)) {
    r.problem(node, field, `must be a mapping with ${expected}`);
    return undefined;
  }
  const pairs = r.pairs(map, field);
  checkFields(r, pairs, known, field);
  return {
    line: r.lineOf(map) ?? 0,
    read(name, reader) {
      const pair = pairs.find((p) => p.key === name);
      return pair === undefined ? undefined : reader(pair.value, `${field}.${name}`);
    },
  };
}
