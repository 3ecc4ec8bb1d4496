// Markdown as github.com shows it (GFM, HTML allowed, its styles inlined: the page may make no
// network request), and the headless-Chromium pictures of it, for the README's screenshots.
// Used by scripts/render-records.ts (SOUP.md, change record) and scripts/screenshots.ts (comments).
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { toGitHubHtml } from '../test/support/gfm.js';
import { findChromium, INSTALL_HINT, renderPage } from './render-audit-pack.mjs';

// Close to github.com's Markdown styles.
const MARKDOWN_CSS = `body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:1012px;margin:24px auto;padding:0 32px}
h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h1{font-size:2em}h2{font-size:1.5em;margin-top:24px}
table{border-collapse:collapse;display:block;overflow:auto;margin:16px 0}th,td{border:1px solid #d1d9e0;padding:6px 13px}
tr:nth-child(2n){background:#f6f8fa}th{font-weight:600}code{background:#818b981f;border-radius:6px;padding:.2em .4em;font:85% ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}pre code{background:none;padding:0}a{color:#0969da;text-decoration:none}
details{margin:4px 0}summary{cursor:pointer}ul{padding-left:2em}`;

// A PR comment: a bordered box under a header line, task-list items without bullets.
const COMMENT_CSS = `body{max-width:840px;margin:16px auto;padding:0 16px}
.comment{border:1px solid #d1d9e0;border-radius:6px}.comment>header{background:#f6f8fa;border-bottom:1px solid #d1d9e0;border-radius:6px 6px 0 0;padding:8px 16px;color:#59636e}
.comment>header b{color:#1f2328}.comment>div{padding:0 16px 8px}.comment>div>:first-child{margin-top:16px}
h2{margin-top:16px}li:has(>input[type=checkbox]){list-style:none}li>input[type=checkbox]{margin:0 .2em .25em -1.4em;vertical-align:middle}
sub{font-size:85%;color:#59636e;line-height:0;position:relative;vertical-align:baseline;bottom:-.25em}`;

export interface Picture {
  /** File stem: docs/<name>.png. */
  name: string;
  html: string;
  /** The most of the page the PNG shows, in CSS pixels; shorter pages are cropped to their content. */
  height: number;
  width?: number;
}

function document(title: string, css: string, body: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${css}</style></head><body>${body}</body></html>`;
}

/** A Markdown file (SOUP.md, a change record) as GitHub shows it; `open` may edit the HTML (unfold a <details>). */
export function markdownPage(
  title: string,
  markdown: string,
  open: (html: string) => string = (h) => h,
): string {
  return document(title, MARKDOWN_CSS, open(toGitHubHtml(markdown)));
}

/** A PR comment by the action's bot as GitHub shows it, its task-list boxes tickable as for a reviewer. */
export function commentPage(title: string, markdown: string): string {
  const html = toGitHubHtml(markdown).replaceAll(
    '<input type="checkbox" disabled="" ',
    '<input type="checkbox" ',
  );
  return document(
    title,
    MARKDOWN_CSS + COMMENT_CSS,
    `<div class="comment"><header><b>github-actions</b> bot commented</header><div>${html}</div></div>`,
  );
}

/**
 * Screenshots each picture into outDir with the system's headless Chromium. Returns the exit status:
 * 0 drawn, 1 a page check failed, 3 no Chromium (with the install hint on stderr).
 */
export async function drawPictures(pictures: readonly Picture[], outDir: string): Promise<number> {
  const executablePath = findChromium();
  if (executablePath === undefined) {
    process.stderr.write(`${INSTALL_HINT}\n`);
    return 3;
  }
  const work = resolve('build/pictures');
  await mkdir(work, { recursive: true });
  let failed = false;
  for (const { name, html, height, width } of pictures) {
    const file = join(work, `${name}.html`);
    await writeFile(file, html);
    const { problems, png } = await renderPage(file, {
      executablePath,
      outDir,
      name,
      width: width ?? 1100,
      pngHeight: height,
      fitContent: true,
      pdf: false,
    });
    for (const problem of problems) process.stderr.write(`${name}: ${problem}\n`);
    failed ||= problems.length > 0;
    process.stdout.write(`${png}\n`);
  }
  return failed ? 1 : 0;
}
