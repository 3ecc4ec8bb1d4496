// The typed field readers the register parser is built from, on small documents: every problem
// names file, line and field, lists and mappings are checked for shape, and aliases are counted.
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, type Document } from 'yaml';
import {
  AliasLimitError,
  isIsoDate,
  MAX_REGISTER_ALIASES,
  readDate,
  readFields,
  readList,
  readSafetyClass,
  readText,
  Reader,
} from '../../src/register/yaml-fields.js';

function reader(text: string): { r: Reader; doc: Document } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return { r: new Reader('reg.yml', doc, lines), doc };
}

/** The value node under a top-level key. */
function at(doc: Document, key: string): unknown {
  return doc.get(key, true);
}

describe('readList', () => {
  it('reads each item with its path and leaves out what the item reader refuses', () => {
    const { r, doc } = reader('risks:\n  - RISK-1\n  - 17\n  - [nested]\n');
    const risks = readList(r, at(doc, 'risks'), 'risks', 'risk ids', (item, path) =>
      readText(r, item, path, { allowNumber: true }),
    );
    expect(risks).toEqual(['RISK-1', '17']);
    expect(r.structural).toEqual([
      { file: 'reg.yml', line: 4, field: 'risks[2]', message: 'must be text or a number' },
    ]);
  });

  it('is empty for an absent or null list and a problem for anything else', () => {
    const { r, doc } = reader('a:\nb: text\n');
    expect(readList(r, at(doc, 'a'), 'a', 'ids', () => 'x')).toEqual([]);
    expect(readList(r, undefined, 'c', 'ids', () => 'x')).toEqual([]);
    expect(readList(r, at(doc, 'b'), 'b', 'ids', () => 'x')).toEqual([]);
    expect(r.structural).toEqual([
      { file: 'reg.yml', line: 2, field: 'b', message: 'must be a list of ids' },
    ]);
  });
});

describe('readFields', () => {
  it('reads present fields with their path, undefined for absent ones, and names unknown ones', () => {
    const { r, doc } = reader('item:\n  id: A-1\n  Text: hi\n  x-own: kept out\n');
    const fields = readFields(r, at(doc, 'item'), 'item', ['id', 'text'], 'id and text')!;
    expect(fields.line).toBe(2);
    const paths: string[] = [];
    expect(fields.read('id', (value, path) => (paths.push(path), readText(r, value, path)))).toBe('A-1');
    expect(fields.read('text', () => 'never called')).toBeUndefined();
    expect(paths).toEqual(['item.id']);
    expect(r.structural).toEqual([
      { file: 'reg.yml', line: 3, field: 'item.Text', message: 'unknown field (did you mean "text"?)' },
    ]);
  });

  it('refuses a value that is not a mapping, saying what it should hold', () => {
    const { r, doc } = reader('item: [1, 2]\n');
    expect(readFields(r, at(doc, 'item'), 'item', ['id'], 'id and text')).toBeUndefined();
    expect(r.structural[0]).toMatchObject({
      line: 1,
      field: 'item',
      message: 'must be a mapping with id and text',
    });
  });
});

describe('scalar readers', () => {
  it('reads dates only as real calendar days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-1')).toBe(false);
    const { r, doc } = reader('on: "2024-13-01"\nempty: ""\n');
    expect(readDate(r, at(doc, 'on'), 'on')).toBeUndefined();
    expect(readDate(r, at(doc, 'empty'), 'empty')).toBe('');
    expect(r.structural).toEqual([
      { file: 'reg.yml', line: 1, field: 'on', message: '"2024-13-01" is not a date; write YYYY-MM-DD' },
    ]);
  });

  it('reads a safety class whatever its case and refuses anything else', () => {
    const { r, doc } = reader('a: b\nc: D\n');
    expect(readSafetyClass(r, at(doc, 'a'), 'a')).toBe('B');
    expect(readSafetyClass(r, at(doc, 'c'), 'c')).toBeUndefined();
    expect(r.structural[0]!.message).toBe('"D" is not a safety class; use A, B or C (IEC 62304 4.3)');
  });
});

describe('Reader.resolve', () => {
  it('counts alias dereferences and stops past the limit', () => {
    const text = `x: &v RISK-1\nlist: [${Array.from({ length: MAX_REGISTER_ALIASES + 1 }, () => '*v').join(', ')}]\n`;
    const { r, doc } = reader(text);
    const read = () => readList(r, at(doc, 'list'), 'list', 'ids', (item, path) => readText(r, item, path));
    expect(read).toThrow(AliasLimitError);
  });
});
