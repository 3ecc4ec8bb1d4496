/**
 * Every string that comes from a lockfile or a PR is hostile: package names and versions can carry
 * Markdown, HTML, table pipes, @mentions or comment markers. These helpers make them inert.
 */

/** Longest hostile string we print; longer ones are cut with an ellipsis. */
export const MAX_INLINE_CHARS = 200;

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '\\': '&#92;',
  '[': '&#91;',
  ']': '&#93;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '#': '&#35;',
  '!': '&#33;',
  '(': '&#40;',
  ')': '&#41;',
  ':': '&#58;',
};

export function truncate(text: string, max = MAX_INLINE_CHARS): string {
  // Cut by code points so a surrogate pair is never split into invalid UTF-16.
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Text made safe for any Markdown or HTML context on GitHub (table cell, list item, summary):
 * control characters become spaces and every character with meaning becomes an entity, so nothing
 * can open a link, an HTML tag, a comment, a mention, a table cell or a code span.
 */
export function escapeText(text: string, max = MAX_INLINE_CHARS): string {
  // eslint-disable-next-line no-control-regex
  const flat = truncate(text, max).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  return flat.replace(/[&<>"'|`@\\[\]*_~#!():]/g, (c) => HTML[c]!);
}

/** A hostile string shown as code. `<code>` rather than backticks: a backtick in the value can't end it. */
export function code(text: string, max = MAX_INLINE_CHARS): string {
  return `<code>${escapeText(text, max)}</code>`;
}

/** Only http(s) URLs survive, and they are percent-encoded where Markdown would read them. */
export function safeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return parsed.href.replace(
    /[()<>"'` |[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

/** Hostile text as a Markdown link where the URL is http(s), as escaped text where it is not. */
export function safeLink(text: string, url: string | undefined): string {
  const safe = url === undefined ? null : safeUrl(url);
  return safe === null ? escapeText(text) : `[${escapeText(text)}](${safe})`;
}

const ENTITY = /&(#\d{1,6}|amp|lt|gt|quot);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * Our Markdown as plain text, for places GitHub shows literally (annotations, step failures):
 * `<code>x</code>` becomes `x` in backticks and the entities we write become their characters.
 */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/<code>(.*?)<\/code>/g, '`$1`')
    .replace(/<\/?(b|sub|details|summary)>/g, '')
    .replace(ENTITY, (_m, entity: string) =>
      entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : NAMED[entity]!,
    );
}

/** A code fence longer than any backtick run in `text`, so no line of it can close the fence. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}
