/**
 * Every sticky comment the snapshots pin (the comment renderer's and the end-to-end gate's), as
 * GitHub shows it: GFM with HTML allowed. What a reviewer reads is the rendered text, and no raw
 * Markdown may show in it: no backtick, no `](` of a link that did not become one. Markdown inside
 * an HTML block is not Markdown on GitHub, which is how such leaks happen.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/documents/comment.js';
import { toGitHubHtml, visibleText } from '../support/gfm.js';
import { SCENARIOS, render } from './comment-fixtures.js';

const SNAPSHOT_FILES = [
  'test/documents/__snapshots__/comment-verdict.test.ts.snap',
  'test/e2e/__snapshots__/pull-request-gate.test.ts.snap',
];

/** The snapshots of a Vitest .snap file, by name: the file is `exports[name] = \`"…"\`` lines. */
function loadSnapshots(file: string): Map<string, string> {
  const exports: Record<string, string> = {};
  // The file is the test runner's own output, checked in; evaluating it is how Vitest reads it too.
  new Function('exports', readFileSync(file, 'utf8'))(exports);
  return new Map(
    Object.entries(exports).map(([name, value]) => {
      // Strings are stored printed: a newline and a double quote at each end.
      expect(value.startsWith('\n"') && value.endsWith('"\n'), name).toBe(true);
      return [name, value.slice(2, -2)];
    }),
  );
}

/** What shows raw Markdown in the rendered comment, if anything. */
function rawMarkdownShown(markdown: string): string[] {
  const text = visibleText(toGitHubHtml(markdown));
  return ['`', '](']
    .filter((token) => text.includes(token))
    .map((token) => {
      const at = text.indexOf(token);
      return `${token} in “…${text.slice(Math.max(0, at - 40), at + 40)}…”`;
    });
}

const snapshots = SNAPSHOT_FILES.flatMap((file) =>
  [...loadSnapshots(file)].map(([name, body]) => ({ file, name, body })),
);

describe('every comment snapshot, rendered like GitHub', () => {
  it('covers every comment snapshot of both files', () => {
    expect(snapshots.filter((s) => s.file.includes('comment-verdict'))).toHaveLength(5);
    expect(snapshots.filter((s) => s.file.includes('e2e'))).toHaveLength(10);
    for (const { name, body } of snapshots) expect(body.startsWith(COMMENT_MARKER), name).toBe(true);
  });

  it.each(snapshots.map((s) => [s.name, s.body] as const))('shows no raw Markdown: %s', (_name, body) => {
    expect(rawMarkdownShown(body)).toEqual([]);
  });

  it.each(Object.entries(SCENARIOS))('shows no raw Markdown in the whole %s comment', (_name, scenario) => {
    // The large PR's snapshot is its head; this is all of it.
    expect(rawMarkdownShown(render(scenario()).body)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('catches Markdown that GitHub leaves raw inside an HTML block', () => {
    const broken = [
      COMMENT_MARKER,
      '<details><summary><b>`express`</b> see [notes](https://example.com/notes)</summary>',
      '',
      '- [ ] Release notes reviewed',
      '',
      '</details>',
    ].join('\n');
    expect(rawMarkdownShown(broken)).toEqual([
      expect.stringContaining('`express`'),
      expect.stringContaining('[notes](https://example.com/notes)'),
    ]);
  });

  it('lets through the same words written as HTML, and Markdown outside HTML blocks', () => {
    const fine = [
      COMMENT_MARKER,
      '<details><summary><b><code>express</code></b> see <a href="https://example.com/notes">notes</a></summary>',
      '',
      '- [ ] `4.21.1` [release notes](https://example.com/notes) reviewed <!-- item `x` -->',
      '',
      '</details>',
    ].join('\n');
    expect(rawMarkdownShown(fine)).toEqual([]);
  });
});
