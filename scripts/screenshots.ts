// Redraws the README's pictures, each made by soup-gate's own renderers from the test fixtures and
// shown as GitHub shows it (GFM, HTML allowed, task lists as checkboxes, <details> blocks), in the
// system's headless Chromium:
//   docs/comment-single-bump.png, docs/comment-grouped.png, docs/comment-new-package.png,
//   docs/comment-large-pr.png   the sticky PR comment, for the scenarios test/documents/comment-verdict.test.ts snapshots
//   docs/soup-list.png, docs/change-record.png   (scripts/render-records.ts)
//
//   npm run screenshots [-- --out <dir>]
// Exit status: 0 drawn, 1 a page check failed, 3 no Chromium (it says how to install it).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SCENARIOS, render } from '../test/documents/comment-fixtures.js';
import { commentPage, drawPictures, type Picture } from './github-page.js';
import { recordPictures } from './render-records.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });

const COMMENTS = [
  ['comment-single-bump', 'Single bump', SCENARIOS.singleBump, 2400],
  ['comment-grouped', 'Grouped update', SCENARIOS.grouped, 2400],
  ['comment-new-package', 'New package', SCENARIOS.newPackage, 2400],
  // 1,500 changes: the verdict, the split instruction and the start of the list.
  ['comment-large-pr', 'Blocked large PR', SCENARIOS.largePr, 560],
] as const;

const pictures: Picture[] = [
  ...COMMENTS.map(([name, title, scenario, height]) => ({
    name,
    html: commentPage(title, render(scenario()).body),
    height,
    width: 900,
  })),
  ...(await recordPictures()),
];
process.exit(await drawPictures(pictures, resolve(values.out ?? 'docs')));
