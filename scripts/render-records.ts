// Renders what an auditor reads (a SOUP.md and a change record, made by soup-gate's own renderers
// from the test fixtures) the way GitHub shows Markdown (GFM, HTML allowed), and screenshots both
// with the audit pack's headless Chromium: docs/soup-list.png and docs/change-record.png.
//   node --import tsx scripts/render-records.ts [--out docs]     (npm run screenshots draws these too)
// Exit status: 0 rendered, 1 a page check failed, 3 no Chromium.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_POLICY } from '../src/config/policy.js';
import { renderChangeRecord } from '../src/documents/change-record.js';
import { checklistRecords, registerProposalRecords } from '../src/documents/change-record-rows.js';
import { renderSoupList } from '../src/documents/soup-list.js';
import { buildChecklist, type ChangeFacts } from '../src/gate/checklist.js';
import { settleRegister } from '../src/gate/register-entries.js';
import { recordShownWording } from '../src/gate/shown-wording.js';
import { emptyState } from '../src/gate/state.js';
import { changeKey } from '../src/inventory/change-key.js';
import type { Change } from '../src/inventory/diff.js';
import { parseRegister } from '../src/register/parse.js';
import { EXAMPLE } from '../test/register/example.js';
import { DEMO_ENRICHMENT, loadDemoInventory } from '../test/documents/soup-list-fixtures.js';
import { drawPictures, markdownPage, type Picture } from './github-page.js';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

// A few of the demo's 77 items, so the picture reaches past the summary to the tables and details.
const SHOWN = new Set(['express', 'body-parser', 'send', 'qs', 'ms', 'requests', 'urllib3']);
/** The SOUP list and change record pictures. */
export async function recordPictures(): Promise<Picture[]> {
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
  const sections = buildChecklist(changes, DEFAULT_POLICY, facts);
  const ids = sections.flatMap((s) => s.items.map((i) => i.id));
  const state = {
    ...emptyState(42),
    // What the gate's comment showed, kept in its tick record: the record shows those labels.
    shown: recordShownWording(sections, facts),
    ticks: ids.map((item, index) => ({
      item,
      by: index === 0 ? 'ra-reviewer' : 'qa-lead',
      at: '2026-11-20T09:00:00Z',
      sha: HEAD,
      target: changeKey(changes[0]!),
    })),
  };
  // The base branch's register without the evaluation the PR adds.
  const base = parseRegister('soup/register.yml', EXAMPLE.replace(/ {4}anomalies:[\s\S]*?\n\n/, '\n'));
  const proposal = { base, head: parseRegister('soup/register.yml', EXAMPLE), deleted: false };
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
    // The PR proposed an evaluation of the anomaly its checklist named.
    register: registerProposalRecords(proposal, settleRegister(proposal, changes)),
  });

  return [
    {
      name: 'soup-list',
      // One item unfolded, as a reader would open it.
      html: markdownPage('SOUP list', soupList, (h) =>
        h.replace('<details><summary><code>express</code>', '<details open><summary><code>express</code>'),
      ),
      height: 1700,
    },
    { name: 'change-record', html: markdownPage('Change record', record.content), height: 1500 },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  process.exit(await drawPictures(await recordPictures(), resolve(values.out ?? 'docs')));
}
