// `soup-gate check --format text`: up to date, out of date (with its diff) and missing, at 80 and
// 160 columns, with and without colour.
import { describe, expect, it } from 'vitest';
import { renderCheckText, type CheckedOutput } from '../../src/documents/text/check.js';
import { renderCheckMarkdown } from '../../src/documents/check-markdown.js';
import { showEscapes } from './text-fixtures.js';

const LIST =
  '# SOUP list\n\n| package | version |\n|---|---|\n| <code>express</code> | <code>4.19.2</code> |\n';
const FRESH = LIST.replace('4.19.2', '4.21.1');

const UP_TO_DATE: CheckedOutput[] = [
  { path: 'soup/SOUP.md', committed: LIST, expected: LIST, upToDate: true },
  { path: 'soup/sbom.cdx.json', committed: '{}\n', expected: '{}\n', upToDate: true },
];
const STALE: CheckedOutput[] = [
  { path: 'soup/SOUP.md', committed: LIST, expected: FRESH, upToDate: false },
  { path: 'soup/sbom.cdx.json', committed: undefined, expected: '{}\n', upToDate: false },
];

describe.each([80, 160])('check as text at %i columns', (columns) => {
  it.each([false, true])('colour %s', (color) => {
    expect(showEscapes(renderCheckText(UP_TO_DATE, { columns, color }))).toMatchSnapshot();
    expect(showEscapes(renderCheckText(STALE, { columns, color }))).toMatchSnapshot();
  });
});

describe('check as text', () => {
  it('says first what is out of date and what to do, then shows the unified diff', () => {
    const text = renderCheckText(STALE, { columns: 80, color: false });
    expect(text.split('\n')[0]).toBe(
      'soup/SOUP.md is out of date, soup/sbom.cdx.json is missing: run soup-gate list and commit the result',
    );
    expect(text).toMatch(/soup\/SOUP\.md\s+out of date\s+\+1 -1 lines/);
    expect(text).toContain('--- a/soup/SOUP.md\tcommitted\n+++ b/soup/SOUP.md\tsoup-gate list would write\n');
    expect(text).toContain(
      '\n-| <code>express</code> | <code>4.19.2</code> |\n+| <code>express</code> | <code>4.21.1</code> |\n',
    );
  });

  it('as Markdown, puts the diff in a fence its lines cannot close', () => {
    const hostile = [{ ...STALE[0]!, expected: `${FRESH}\`\`\`\`\n` }];
    const markdown = renderCheckMarkdown(hostile);
    expect(markdown).toContain('`````diff\n');
    expect(markdown.trimEnd().endsWith('`````')).toBe(true);
  });
});
