import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { diffInventories } from '../../src/inventory/diff.js';
import { renderChangesTable, renderDiffMarkdown } from '../../src/documents/changes-table.js';
import { code, escapeText, safeLink, safeUrl, truncate } from '../../src/markdown/escape.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const toHtml = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '`code` ``break``',
  'a|b|c',
  '<!-- hide the rest',
  '@maintainers please merge',
  '**bold** _it_ ~~s~~',
  '# heading',
  'line\nbreak\r\n| injected | row |',
  '<details open><summary>x</summary>',
  '![img](https://evil.example/x.png)',
];

describe('escapeText and code', () => {
  it.each(HOSTILE)('renders %j inert inside a table cell', (value) => {
    const table = `| a | b |\n|---|---|\n| ${code(value)} | ${escapeText(value)} |`;
    const html = toHtml(table);
    expect(html).not.toMatch(/<img|<a |<details|<!--|<strong|<em>|<del>|<h1/);
    // One row, two cells: nothing split the row or added another.
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/<td>/g)).toHaveLength(2);
  });

  it('keeps any string on one table row with two cells', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (value) => {
        const html = toHtml(`| a | b |\n|---|---|\n| ${code(value)} | ${escapeText(value)} |`);
        expect(html.match(/<td>/g)).toHaveLength(2);
        expect(html).not.toMatch(/<(img|a|script|details|strong|em|del)[\s>]/);
      }),
      { numRuns: 500 },
    );
  });

  it('cuts long values without splitting a surrogate pair', () => {
    const long = '😀'.repeat(300);
    const cut = truncate(long, 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut.endsWith('…')).toBe(true);
    expect(escapeText('x'.repeat(1000)).length).toBeLessThanOrEqual(200);
  });

  it('lets only http(s) URLs through', () => {
    expect(safeUrl('javascript:alert(1)')).toBeNull();
    expect(safeUrl('data:text/html,<b>')).toBeNull();
    expect(safeUrl('not a url')).toBeNull();
    expect(safeUrl('https://github.com/a/b/compare/v1...v2')).toBe('https://github.com/a/b/compare/v1...v2');
    expect(safeUrl('https://x.example/a)b')).toBe('https://x.example/a%29b');
  });

  it('links hostile text only to an http(s) URL, escaping the text either way', () => {
    expect(safeLink('GHSA-1 [x]', 'https://osv.dev/vulnerability/GHSA-1')).toBe(
      '[GHSA-1 &#91;x&#93;](https://osv.dev/vulnerability/GHSA-1)',
    );
    expect(safeLink('<b>', 'javascript:alert(1)')).toBe('&lt;b&gt;');
    expect(safeLink('plain', undefined)).toBe('plain');
    const html = toHtml(safeLink('](javascript:x) <img src=x>', 'https://x.example/a)b'));
    expect(html).toBe('<p><a href="https://x.example/a%29b">](javascript:x) &lt;img src=x&gt;</a></p>');
  });
});

describe('renderDiffMarkdown', () => {
  it('renders a readable report (snapshot)', () => {
    const base = inventory(
      lockfile('package-lock.json', [
        pkg('express', '4.19.2'),
        pkg('body-parser', '1.20.2', { direct: false }),
        pkg('left-pad', '1.3.0', { scope: 'dev' }),
      ]),
    );
    const head = inventory(
      lockfile('package-lock.json', [
        pkg('express', '4.21.1'),
        pkg('body-parser', '1.20.3', { direct: false }),
        pkg('path-to-regexp', '0.1.10', { direct: false }),
      ]),
    );
    const result = diffInventories(base, head);
    expect(renderDiffMarkdown(result, result.changes)).toMatchSnapshot();
  });

  it('escapes hostile package names and versions', () => {
    const head = inventory(
      lockfile(
        'package-lock.json',
        HOSTILE.map((name, i) => pkg(name, `1.0.${i}|<b>x</b>`)),
      ),
    );
    const html = toHtml(renderChangesTable(diffInventories(inventory(), head).changes));
    expect(html).not.toMatch(/<img|<a |<details|<!--|<strong|<b>/);
    expect(html.match(/<tr>/g)).toHaveLength(HOSTILE.length + 1);
  });
});
