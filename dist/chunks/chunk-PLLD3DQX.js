import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/markdown/escape.ts
var MAX_INLINE_CHARS = 200;
var HTML = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  "|": "&#124;",
  "`": "&#96;",
  "@": "&#64;",
  "\\": "&#92;",
  "[": "&#91;",
  "]": "&#93;",
  "*": "&#42;",
  _: "&#95;",
  "~": "&#126;",
  "#": "&#35;",
  "!": "&#33;",
  "(": "&#40;",
  ")": "&#41;",
  ":": "&#58;"
};
function truncate(text, max = MAX_INLINE_CHARS) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function escapeText(text, max = MAX_INLINE_CHARS) {
  const flat = truncate(text, max).replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ");
  return flat.replace(/[&<>"'|`@\\[\]*_~#!():]/g, (c) => HTML[c]);
}
function code(text, max = MAX_INLINE_CHARS) {
  return `<code>${escapeText(text, max)}</code>`;
}
function safeUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(
    /[()<>"'` |[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function safeLink(text, url) {
  const safe = url === void 0 ? null : safeUrl(url);
  return safe === null ? escapeText(text) : `[${escapeText(text)}](${safe})`;
}
var ENTITY = /&(#\d{1,6}|amp|lt|gt|quot);/g;
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"' };
function toPlainText(markdown) {
  return markdown.replace(/<code>(.*?)<\/code>/g, "`$1`").replace(/<\/?(b|sub|details|summary)>/g, "").replace(
    ENTITY,
    (_m, entity) => entity.startsWith("#") ? String.fromCodePoint(Number(entity.slice(1))) : NAMED[entity]
  );
}
function fenceFor(text) {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return "`".repeat(Math.max(3, longest + 1));
}

export {
  truncate,
  escapeText,
  code,
  safeUrl,
  safeLink,
  toPlainText,
  fenceFor
};
