// Renders what an auditor reads (a SOUP.md and a change record, made by soup-gate's own renderers
// from the test fixtures) the way GitHub shows Markdown (GFM, HTML allowed), and screenshots both
// with the audit pack's headless Chromium: docs/soup-list.png and docs/change-record.png.
//   node --import tsx scripts/render-records.ts [--out docs]
// Exit status: 0 rendered, 1 a page check failed, 3 no Chromium.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { DEFAULT_POLICY } from '../src/config/policy.js';
import { renderChangeRecord } from '../src/documents/change-record.js';
import { checklistRecords } from '../src/documents/change-record-rows.js';
import { renderSoupList } from '../src/documents/soup-list.js';
import { buildChecklist, type ChangeFacts } from '../src/gate/checklist.js';
import { emptyState } from '../src/gate/state.js';
import { changeKey } from '../src/inventory/change-key.js';
import type { Change } from '../src/inventory/diff.js';
import { parseRegister } from '../src/register/parse.js';
import { EXAMPLE } from '../test/register/example.js';
import { DEMO_ENRICHMENT, loadDemoInventory } from '../test/documents/soup-list-fixtures.js';
import { findChromium, INSTALL_HINT, renderPage } from './render-audit-pack.mjs';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const outDir = resolve(values.out ?? 'docs');
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

// Close to github.com's Markdown styles, inline: the page may make no network request.
const CSS = `body{font:14px/1.5 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;max-width:1012px;margin:24px auto;padding:0 32px}
h1,h2{border-bottom:1px solid #d1d9e0;padding-bottom:.3em}h1{font-size:2em}h2{font-size:1.5em;margin-top:24px}
table{border-collapse:collapse;display:block;overflow:auto;margin:16px 0}th,td{border:1px solid #d1d9e0;padding:6px 13px}
tr:nth-child(2n){background:#f6f8fa}th{font-weight:600}code{background:#818b981f;border-radius:6px;padding:.2em .4em;font:85% ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:#f6f8fa;border-radius:6px;padding:16px;overflow:auto}pre code{background:none;padding:0}a{color:#0969da;text-decoration:none}
details{margin:4px 0}summary{cursor:pointer}ul{padding-left:2em}`;

function page(title: string, markdown: string, open: (html: string) => string = (h) => h): string {
  const body = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title><style>${CSS}</style></head><body>${open(body)}</body></html>`;
}

// A few of the demo's 77 items, so the picture reaches past the summary to the tables and details.
const SHOWN = new Set(['express', 'body-parser', 'send', 'qs', 'ms', 'requests', 'urllib3']);
const demo = await loadDemoInventory();
const soupList = renderSoupList({
  inventory: {
    lockfiles: demo.lockfiles.map((l) => ({ ...l, packages: l.packages.filter((p) => SHOWN.has(p.name)) })),
  },
  register: parseRegister('soup/register.yml', EXAMPLE),
  generatedAt: '2026-11-20T10:00:00Z',
  commit: HEAD,
  repo: 'acme/infusion-pump',
  // The fixture's hostile supplier is for the escaping tests, not for a picture.
  enrichment: new Map([...DEMO_ENRICHMENT].filter(([purl]) => purl !== 'pkg:npm/ms@2.1.3')),
  scope: DEFAULT_POLICY.scope,
  lastVerified: new Map([['pkg:npm/express@4.21.1', '2026-11-19']]),
});

const changes: Change[] = [
  {
    type: 'updated',
    ecosystem: 'npm',
    name: 'express',
    from: '4.19.2',
    to: '4.21.1',
    bump: 'minor',
    direct: true,
    scope: 'runtime',
    lockfile: 'package-lock.json',
    purl: 'pkg:npm/express@4.21.1',
  },
];
const facts = new Map<string, ChangeFacts>([
  [
    changeKey(changes[0]!),
    {
      releaseNotes: {
        url: 'https://github.com/expressjs/express/compare/4.19.2...4.21.1',
        kind: 'compare',
      },
      anomalies: { present: ['GHSA-qwcr-r2fm-qrc7'], fixed: ['GHSA-rv95-896h-c2vc'] },
      requirementIds: ['REQ-API-003', 'REQ-PERF-002'],
    },
  ],
]);
const ids = buildChecklist(changes, DEFAULT_POLICY, facts).flatMap((s) => s.items.map((i) => i.id));
const state = {
  ...emptyState(42),
  ticks: ids.map((item, index) => ({
    item,
    by: index === 0 ? 'ra-reviewer' : 'qa-lead',
    at: '2026-11-20T09:00:00Z',
    sha: HEAD,
    target: changeKey(changes[0]!),
  })),
};
const record = renderChangeRecord({
  pr: {
    number: 42,
    title: 'Bump express from 4.19.2 to 4.21.1',
    url: 'https://github.com/acme/infusion-pump/pull/42',
    author: 'dependabot[bot]',
    mergedAt: '2026-11-20T10:15:00Z',
    mergeCommit: 'ffffeeeeddddccccbbbbaaaa9999888877776666',
    headSha: HEAD,
  },
  repo: 'acme/infusion-pump',
  changes,
  checklist: checklistRecords(changes, DEFAULT_POLICY, facts, state),
  evidence: [
    {
      name: 'integration-tests',
      url: 'https://github.com/acme/infusion-pump/actions/runs/9120',
      conclusion: 'success',
      sha: HEAD,
    },
  ],
  labels: [{ name: 'soup:anomalies-reviewed', appliedBy: 'qa-lead' }],
});

const executablePath = findChromium();
if (executablePath === undefined) {
  process.stderr.write(`${INSTALL_HINT}\n`);
  process.exit(3);
}
const work = resolve('build/records');
await mkdir(work, { recursive: true });
let failed = false;
for (const [name, html, height] of [
  [
    'soup-list',
    // One item unfolded, as a reader would open it.
    page('SOUP list', soupList, (h) =>
      h.replace('<details><summary><code>express</code>', '<details open><summary><code>express</code>'),
    ),
    1700,
  ],
  ['change-record', page('Change record', record.content), 1500],
] as const) {
  const file = join(work, `${name}.html`);
  await writeFile(file, html);
  const { problems, png } = await renderPage(file, {
    executablePath,
    outDir,
    name,
    width: 1100,
    pngHeight: height,
    pdf: false,
  });
  for (const problem of problems) process.stderr.write(`${name}: ${problem}\n`);
  failed ||= problems.length > 0;
  process.stdout.write(`${png}\n`);
}
process.exit(failed ? 1 : 0);
