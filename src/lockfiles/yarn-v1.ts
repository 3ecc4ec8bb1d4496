/**
 * A line reader for yarn classic (v1) lockfiles that builds exactly the object @yarnpkg/parsers'
 * PEG grammar (parseSyml) builds — entry keys of one line sharing one value object, a bare `null`
 * as null, JSON string escapes — about an order of magnitude faster, since yarn writes these
 * files in one regular shape: two-space indents, `key value` and `key:` lines. Hand-written because
 * no library comes close (bench: @yarnpkg/lockfile's parser and parseSyml are both slower per byte
 * than any other format's parse). It returns undefined on anything outside that shape (CRLF, odd
 * indents, prototype keys, duplicate keys, inline comments, a key with nothing under it), and the
 * caller then uses parseSyml, whose behaviour, errors and line numbers included, stays the
 * reference. test/lockfiles/yarn-v1.test.ts holds both to identical output on every corpus file.
 */

const INDENT = 2;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** A quoted string at `start` of `line`: its value and the index after its closing quote. */
function readQuoted(line: string, start: number): [string, number] | undefined {
  let end = start + 1;
  let escaped = false;
  for (; end < line.length; end++) {
    const c = line.charCodeAt(end);
    if (c === 92 /* \ */) {
      escaped = true;
      end++;
    } else if (c === 34 /* " */) break;
  }
  if (end >= line.length) return undefined;
  const raw = line.slice(start, end + 1);
  if (!escaped) return [raw.slice(1, -1), end + 1];
  try {
    return [JSON.parse(raw) as string, end + 1];
  } catch {
    return undefined;
  }
}

/**
 * An unquoted word is taken as written only when it holds nothing the grammar treats specially:
 * no whitespace, quote, colon or comma, and no `#` first (a comment). A character loop, as a regex
 * per key and value was a tenth of the parse.
 */
function isPlain(word: string): boolean {
  if (word.length === 0 || word.charCodeAt(0) === 35) return false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c <= 32 || c === 34 || c === 58 || c === 44) return false;
  }
  return true;
}

function scalar(text: string): unknown {
  return text === 'null' ? null : text;
}

/** The keys of `a@1, "b@^2":` (the text before the colon), or undefined when not plainly written. */
function readKeys(text: string): string[] | undefined {
  const keys: string[] = [];
  let at = 0;
  for (;;) {
    let key: string;
    if (text.charCodeAt(at) === 34) {
      const quoted = readQuoted(text, at);
      if (!quoted) return undefined;
      [key, at] = quoted;
    } else {
      const comma = text.indexOf(', ', at);
      const end = comma === -1 ? text.length : comma;
      key = text.slice(at, end);
      if (!isPlain(key)) return undefined;
      at = end;
    }
    keys.push(key);
    if (at === text.length) return keys;
    if (text.charCodeAt(at) !== 44 || text.charCodeAt(at + 1) !== 32) return undefined;
    at += 2;
  }
}

/** The lockfile as parseSyml reads it, or undefined when it is not in yarn's regular shape. */
export function readYarnV1(text: string): Record<string, unknown> | undefined {
  if (text.includes('\r')) return undefined;
  const root: Record<string, unknown> = {};
  // stack[d] is the object that lines indented d steps add to.
  const stack: Record<string, unknown>[] = [root];
  let opened: Record<string, unknown> | undefined;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    let spaces = 0;
    while (line.charCodeAt(spaces) === 32) spaces++;
    if (spaces === line.length) continue;
    if (line.charCodeAt(spaces) === 35 /* # */) {
      if (spaces !== 0) return undefined;
      continue;
    }
    if (spaces % INDENT !== 0) return undefined;
    const depth = spaces / INDENT;
    if (depth >= stack.length) return undefined;
    if (opened && depth < stack.length) {
      // The line after `key:` must be indented under it: an empty mapping is not yarn's shape.
      if (depth !== stack.length - 1) return undefined;
      opened = undefined;
    }
    stack.length = depth + 1;
    const target = stack[depth]!;

    if (line.charCodeAt(line.length - 1) === 58 /* : */) {
      const keys = readKeys(line.slice(spaces, -1));
      if (!keys) return undefined;
      const value: Record<string, unknown> = {};
      for (const key of keys) {
        if (UNSAFE_KEYS.has(key) || Object.hasOwn(target, key)) return undefined;
        target[key] = value;
      }
      stack.push(value);
      opened = value;
      continue;
    }

    let key: string;
    let at: number;
    if (line.charCodeAt(spaces) === 34) {
      const quoted = readQuoted(line, spaces);
      if (!quoted) return undefined;
      [key, at] = quoted;
    } else {
      at = line.indexOf(' ', spaces);
      if (at === -1) return undefined;
      key = line.slice(spaces, at);
      if (!isPlain(key)) return undefined;
    }
    if (line.charCodeAt(at) !== 32 || UNSAFE_KEYS.has(key) || Object.hasOwn(target, key)) return undefined;
    let valueAt = at + 1;
    while (line.charCodeAt(valueAt) === 32) valueAt++;
    let value: unknown;
    if (line.charCodeAt(valueAt) === 34) {
      const quoted = readQuoted(line, valueAt);
      if (!quoted || line.slice(quoted[1]).trim() !== '') return undefined;
      value = quoted[0];
    } else {
      const raw = line.slice(valueAt).replace(/ +$/, '');
      if (!isPlain(raw)) return undefined;
      value = scalar(raw);
    }
    target[key] = value;
  }
  if (opened) return undefined;
  return root;
}
