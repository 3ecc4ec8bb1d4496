/** Inputs of the text renderers' tests: the demo's real diff and inventory, and hand-made hostile values. */
import { resolve } from 'node:path';
import type { Change } from '../../src/inventory/diff.js';
import { diffTrees, type TreeDiff } from '../../src/inventory/diff-trees.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { createFolderSource } from '../../src/local/folder-source.js';
import type { ItemAssessment, MonitorTotals } from '../../src/monitor/assess.js';
import { parseRegister } from '../../src/register/parse.js';
import type { Register } from '../../src/register/types.js';

export const DEMO = resolve('examples/demo');

/** Names a hostile lockfile can carry: markup, an entity, an escape sequence, a newline, an RTL override. */
export const HOSTILE_NAMES = [
  '<img src=x>',
  '&#58;evil',
  'red\u001b[31mALERT\u001b[0m',
  'two\nlines',
  'abc\u202Egnp.exe',
] as const;

/** Each hostile name as the text output must show it: visible stand-ins for what could act. */
export const HOSTILE_SHOWN = [
  '<img src=x>',
  '&#58;evil',
  'red␛[31mALERT␛[0m',
  'two␊lines',
  'abc\ufffdgnp.exe',
];

export function demoDiff(): Promise<TreeDiff> {
  return diffTrees(createFolderSource(`${DEMO}/base`), createFolderSource(`${DEMO}/head`));
}

export function demoInventory(): Promise<Inventory> {
  return loadInventory(createFolderSource(`${DEMO}/head`));
}

export const DEMO_REGISTER: Register = parseRegister(
  'soup/register.yml',
  [
    'defaults:',
    '  safety-class: B',
    '  rationale: "demo"',
    'items:',
    '  npm/express:',
    '    purpose: "HTTP server"',
    '    requirements:',
    '      - id: REQ-HTTP-01',
    '        text: "serves the API"',
    '    prerequisites: "Node.js 20"',
    '    verification: "test/api.test.ts"',
    '',
  ].join('\n'),
  { allowIncomplete: true },
);

const change = (over: Partial<Change> & Pick<Change, 'type' | 'name'>): Change => ({
  ecosystem: 'npm',
  from: '1.0.0',
  to: '1.1.0',
  bump: 'minor',
  direct: true,
  scope: 'runtime',
  lockfile: 'package-lock.json',
  purl: `pkg:npm/${encodeURIComponent(over.name)}@1.1.0`,
  ...over,
});

/** One change of every kind, and one per hostile name (in the lockfile path too). */
export function mixedDiff(): TreeDiff {
  const changes: Change[] = [
    change({ type: 'added', name: 'fresh', from: null, to: '2.0.0', bump: null }),
    change({ type: 'removed', name: 'gone', from: '0.3.1', to: null, bump: null, scope: 'dev' }),
    change({ type: 'updated', name: 'older', from: '3.0.0', to: '2.9.0', bump: 'downgrade' }),
    change({ type: 'updated', name: 'bigjump', from: '1.9.9', to: '2.0.0', bump: 'major', direct: false }),
    change({
      type: 'integrity-changed',
      name: 'republished',
      from: '1.0.0',
      to: '1.0.0',
      bump: null,
      fromIntegrity: 'sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      toIntegrity: 'sha512-BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB',
    }),
    change({
      type: 'source-changed',
      name: 'confused',
      from: '1.0.0',
      to: '99.0.0',
      bump: 'major',
      fromSource: 'registry:registry.npmjs.org',
      toSource: 'url:evil.example',
      direct: null,
    }),
    change({ type: 'updated', name: 'a-very-long-package-name-that-cannot-fit-in-any-narrow-column-at-all' }),
    change({ type: 'updated', name: '漢字パッケージ', lockfile: 'web/package-lock.json' }),
    ...HOSTILE_NAMES.map((name) => change({ type: 'updated', name, lockfile: 'web/package-lock.json' })),
  ];
  return {
    lockfiles: [
      { path: 'package-lock.json', status: 'modified', format: 'npm-v3', changes: 7 },
      { path: 'web/package-lock.json', status: 'added', format: 'npm-v3', changes: 6 },
      { path: 'tools/yarn.lock', status: 'unchanged', format: 'yarn', changes: 0 },
    ],
    changes,
    findings: [
      { lockfile: 'web/package-lock.json', line: 12, message: 'skipped <script>&#58; entry\u001b[2J' },
    ],
  };
}

export const MONITOR_TOTALS: MonitorTotals = {
  items: 3,
  versions: 4,
  anomalies: 3,
  evaluated: 1,
  open: 2,
  itemsWithOpen: 1,
  unchecked: 1,
  failed: 1,
};

const severity = { label: 'high', score: 7.5, source: 'cvss' } as const;

/** Three items: one with open and evaluated anomalies, one not looked up, one deprecated (and hostile). */
export function monitorAssessments(): ItemAssessment[] {
  const anomaly = (id: string, summary: string) => ({
    id,
    aliases: [],
    summary,
    severity,
    url: `https://osv.dev/vulnerability/${id}`,
    fixedVersions: ['4.20.0'],
  });
  return [
    {
      item: {
        key: 'npm/express',
        ecosystem: 'npm',
        name: 'express',
        versions: [
          { version: '4.19.2', lockfiles: ['package-lock.json'] },
          { version: '4.18.0', lockfiles: ['web/package-lock.json'] },
        ],
      },
      safetyClass: 'B',
      classSource: 'entry',
      hasEntry: true,
      anomalies: [
        {
          anomaly: anomaly('GHSA-open-0001', 'Open redirect in res.location'),
          versions: ['4.19.2'],
          status: 'unevaluated',
        },
        {
          anomaly: anomaly('GHSA-xss-0002', 'XSS via <script>alert(1)</script> &#58; in res.redirect'),
          versions: ['4.18.0', '4.19.2'],
          status: 'expired',
          evaluation: { id: 'GHSA-xss-0002', state: 'not_affected', expires: '2024-01-01' },
        },
        {
          anomaly: anomaly('GHSA-done-0003', 'Fixed long ago'),
          versions: ['4.18.0'],
          status: 'evaluated',
          evaluation: { id: 'GHSA-done-0003', state: 'not_affected', by: 'qa', on: '2024-05-01' },
        },
      ],
      open: [],
      unchecked: [],
      health: [],
    },
    {
      item: {
        key: 'PyPI/requests',
        ecosystem: 'PyPI',
        name: 'requests',
        versions: [{ version: '2.32.3', lockfiles: ['services/lab-export/requirements.txt'] }],
      },
      safetyClass: 'B',
      classSource: 'defaults',
      hasEntry: false,
      anomalies: [],
      open: [],
      unchecked: [
        {
          version: '2.32.3',
          reason: 'lookup failed: https://api.osv.dev/v1/querybatch: fetch failed',
          failed: true,
        },
      ],
      health: [],
    },
    {
      item: {
        key: 'npm/red\u001b[31mALERT',
        ecosystem: 'npm',
        name: 'red\u001b[31mALERT',
        versions: [{ version: '1.0.0', lockfiles: ['package-lock.json'] }],
      },
      safetyClass: 'B',
      classSource: 'defaults',
      hasEntry: false,
      anomalies: [],
      open: [],
      unchecked: [],
      health: [{ kind: 'deprecated', version: '1.0.0', detail: 'use <b>other</b>\u202E instead' }],
    },
  ].map((a) => ({ ...a, open: a.anomalies.filter((x) => x.status !== 'evaluated') })) as ItemAssessment[];
}

export const MONITOR_NOTES = [
  '1 item(s) not checked for <code>deprecated</code>&#58; over the limit of **2**',
];

/** ANSI escapes shown visibly, so a snapshot reads as text and shows where colour starts and ends. */
export function showEscapes(text: string): string {
  return text.replaceAll('\u001b', '\\e');
}

/** What text output must never hold: entities and tags we would write for Markdown. */
export function markupOf(text: string): string[] {
  return [...text.matchAll(/&#\d+;|&(?:amp|lt|gt|quot);|<\/?[a-z][^>]*>/gi)].map((m) => m[0]);
}
