import type { ParsedVersion, VersionScheme } from './types.js';

/**
 * Maven's version order, as `org.apache.maven.artifact.versioning.ComparableVersion` (Maven 3.8)
 * defines it: https://maven.apache.org/pom.html#Version_Order_Specification . OSV's Maven ecosystem
 * orders by the same rules, so a bump class computed here agrees with the advisories we match.
 * Gradle lockfiles are ordered with it too: their coordinates live in Maven repositories.
 *
 * No maintained npm package implements ComparableVersion, so this follows the Java code item by item;
 * the tests hold examples checked against the maven-artifact jar of Maven 3.8.7.
 */

type Item = IntItem | StringItem | ListItem;
interface IntItem {
  kind: 'int';
  /** Digits without leading zeros ('' for zero), compared by length then text: no size limit. */
  digits: string;
}
interface StringItem {
  kind: 'string';
  value: string;
}
interface ListItem {
  kind: 'list';
  items: Item[];
}

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''));
const MAX_VERSION_LENGTH = 256;

function makeInt(text: string): IntItem {
  return { kind: 'int', digits: text.replace(/^0+/, '') };
}

function makeString(text: string, followedByDigit: boolean): StringItem {
  let value = text;
  if (followedByDigit && value.length === 1) {
    value = value === 'a' ? 'alpha' : value === 'b' ? 'beta' : value === 'm' ? 'milestone' : value;
  }
  return { kind: 'string', value: Object.hasOwn(ALIASES, value) ? (ALIASES[value] as string) : value };
}

function comparableQualifier(value: string): string {
  const index = QUALIFIERS.indexOf(value);
  return index === -1 ? `${QUALIFIERS.length}-${value}` : String(index);
}

function isNull(item: Item): boolean {
  switch (item.kind) {
    case 'int':
      return item.digits === '';
    case 'string':
      return comparableQualifier(item.value) === RELEASE_INDEX;
    case 'list':
      return item.items.length === 0;
  }
}

/** Drops trailing "null" items (0, '', ga, final …) so that 1.0 = 1 and 1.0-final = 1. */
function normalize(list: ListItem): void {
  for (let i = list.items.length - 1; i >= 0; i--) {
    const last = list.items[i] as Item;
    if (isNull(last)) list.items.splice(i, 1);
    else if (last.kind !== 'list') break;
  }
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit ? makeInt(text) : makeString(text, false);
}

const isDigitChar = (c: string): boolean => c >= '0' && c <= '9';

function parseItems(version: string): ListItem {
  const text = version.toLowerCase();
  const root: ListItem = { kind: 'list', items: [] };
  let list = root;
  const stack: ListItem[] = [root];
  let isDigit = false;
  let start = 0;
  const push = (): void => {
    const next: ListItem = { kind: 'list', items: [] };
    list.items.push(next);
    list = next;
    stack.push(next);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '.') {
      list.items.push(i === start ? makeInt('0') : parseItem(isDigit, text.slice(start, i)));
      start = i + 1;
    } else if (c === '-') {
      list.items.push(i === start ? makeInt('0') : parseItem(isDigit, text.slice(start, i)));
      start = i + 1;
      push();
    } else if (isDigitChar(c)) {
      if (!isDigit && i > start) {
        // 1.0.0.X1 < 1.0.0-X2: a qualifier after '.' opens a sub-list as if written after '-'.
        if (list.items.length > 0) push();
        list.items.push(makeString(text.slice(start, i), true));
        start = i;
        push();
      }
      isDigit = true;
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(true, text.slice(start, i)));
        start = i;
        push();
      }
      isDigit = false;
    }
  }
  if (text.length > start) {
    if (!isDigit && list.items.length > 0) push();
    list.items.push(parseItem(isDigit, text.slice(start)));
  }
  for (let i = stack.length - 1; i >= 0; i--) normalize(stack[i] as ListItem);
  return root;
}

function compareDigits(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Item.compareTo(other) of ComparableVersion; `undefined` stands for Java's null (a missing item). */
function compareItem(a: Item, b: Item | undefined): number {
  switch (a.kind) {
    case 'int':
      if (b === undefined) return a.digits === '' ? 0 : 1;
      return b.kind === 'int' ? compareDigits(a.digits, b.digits) : 1;
    case 'string':
      if (b === undefined) return compareStrings(comparableQualifier(a.value), RELEASE_INDEX);
      if (b.kind === 'int' || b.kind === 'list') return -1;
      return compareStrings(comparableQualifier(a.value), comparableQualifier(b.value));
    case 'list': {
      if (b === undefined) {
        // Every item counts, not only the first (MNG-6964): 1-0-alpha < 1.
        for (const item of a.items) {
          const result = compareItem(item, undefined);
          if (result !== 0) return result;
        }
        return 0;
      }
      if (b.kind === 'int') return -1;
      if (b.kind === 'string') return 1;
      const length = Math.max(a.items.length, b.items.length);
      for (let i = 0; i < length; i++) {
        const left = a.items[i];
        const right = b.items[i];
        const result =
          left === undefined
            ? right === undefined
              ? 0
              : -compareItem(right, undefined)
            : compareItem(left, right);
        if (result !== 0) return result;
      }
      return 0;
    }
  }
}

function isUsable(version: string): boolean {
  // Whitespace or control characters mean this is not a version string at all (a broken property
  // or a copy-paste): ordering it would be a guess.
  return version.length > 0 && version.length <= MAX_VERSION_LENGTH && !/[\s\p{Cc}]/u.test(version);
}

const cache = new Map<string, ListItem>();

function itemsOf(version: string): ListItem {
  let items = cache.get(version);
  if (!items) {
    items = parseItems(version);
    if (cache.size > 50_000) cache.clear();
    cache.set(version, items);
  }
  return items;
}

/** True when some qualifier orders below the release (alpha, beta, milestone, rc, snapshot). */
function hasPreQualifier(list: ListItem): boolean {
  return list.items.some((item) =>
    item.kind === 'list'
      ? hasPreQualifier(item)
      : item.kind === 'string' && compareStrings(comparableQualifier(item.value), RELEASE_INDEX) < 0,
  );
}

/**
 * ComparableVersion is not a total order on every string: it compares a qualifier (string item)
 * below a sub-list at the same position, yet "sp"/unknown qualifiers above a release and
 * alpha/beta sub-lists below it, so jre > 0 > 0.beta > jre in Maven itself. Such cycles need a
 * qualifier and a sub-list at the same position, which real versions don't produce. The
 * versions accepted here have qualifiers only at the head of a sub-list, sub-lists that don't start
 * with a sub-list, and a number first; the rest are "can't order", never a guessed bump.
 */
function isWellShaped(list: ListItem, top: boolean): boolean {
  return list.items.every((item, index) => {
    if (item.kind === 'int') return true;
    if (item.kind === 'string') return !top && index === 0;
    return index > 0 && isWellShaped(item, false);
  });
}

function accepts(version: string): boolean {
  if (!isUsable(version) || !isDigitChar(version[0] as string)) return false;
  return isWellShaped(itemsOf(version), true);
}

export const mavenScheme: VersionScheme = {
  parse(version): ParsedVersion | null {
    if (!accepts(version)) return null;
    // The release components as written (1.0-alpha-1 -> [1, 0]); ComparableVersion itself trims zeros.
    const leading = /^\d+(?:\.\d+)*/.exec(version);
    const release = leading ? leading[0].split('.').map((part) => Number(part)) : [];
    return { release, prerelease: hasPreQualifier(itemsOf(version)) };
  },
  compare(a, b) {
    if (!accepts(a) || !accepts(b)) return null;
    return compareItem(itemsOf(a), itemsOf(b));
  },
};
