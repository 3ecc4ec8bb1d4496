/**
 * SOUP.md and a change record as GitHub shows them (GFM, HTML allowed), read as an auditor reads
 * them: the visible text, not the Markdown. No raw syntax may show, and every checklist item in the
 * record must read exactly as a label the reviewer ticked in the comment.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { renderChangeRecord } from '../../src/documents/change-record.js';
import { checklistRecords, registerProposalRecords } from '../../src/documents/change-record-rows.js';
import { settleRegister } from '../../src/gate/register-entries.js';
import { renderComment } from '../../src/documents/comment.js';
import { renderSoupList } from '../../src/documents/soup-list.js';
import { buildChecklist, type ChangeFacts } from '../../src/gate/checklist.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { recordShownWording } from '../../src/gate/shown-wording.js';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { changeKey } from '../../src/inventory/change-key.js';
import type { Change } from '../../src/inventory/diff.js';
import { parseRegister } from '../../src/register/parse.js';
import { EXAMPLE } from '../register/example.js';
import { change } from '../support/builders.js';
import { toGitHubHtml as toHtml, visibleText as visible } from '../support/gfm.js';
import { DEMO_ENRICHMENT, loadDemoInventory } from './soup-list-fixtures.js';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

/** Visible text outside code blocks (a `<pre>` shows data literally, on purpose). */
function visibleProse(html: string): string {
  return visible(html.replace(/<pre>[\s\S]*?<\/pre>/g, ''));
}

const CHANGES: Change[] = [
  change({ bump: 'major', from: '4.19.2', to: '5.0.0', purl: 'pkg:npm/express@5.0.0' }),
  change({
    type: 'added',
    name: 'path-to-regexp',
    from: null,
    to: '0.1.10',
    bump: null,
    purl: 'pkg:npm/path-to-regexp@0.1.10',
  }),
];
const FACTS = new Map<string, ChangeFacts>([
  [
    changeKey(CHANGES[0]!),
    {
      releaseNotes: { url: 'https://github.com/expressjs/express/compare/4.19.2...v5.0.0', kind: 'compare' },
      anomalies: { present: ['GHSA-qwcr-r2fm-qrc7'], fixed: [] },
      requirementIds: ['REQ-API-003', 'REQ-PERF-002'],
    },
  ],
]);

describe('what an auditor reads, rendered like GitHub', () => {
  const sections = buildChecklist(CHANGES, DEFAULT_POLICY, FACTS);
  const ids = sections.flatMap((s) => s.items.map((i) => i.id));
  const state: GateState = {
    ...emptyState(42),
    ticks: ids
      .slice(0, 3)
      .map((item) => ({ item, by: 'qa-lead', at: '2026-11-20T09:00:00Z', sha: HEAD, target: 'x' })),

    // What the comment showed, as the gate keeps it in the tick record.
    shown: recordShownWording(sections, FACTS),
  };
  /** The PR lowers the register's default class: a proposal the record keeps. */
  const base = parseRegister('soup/register.yml', EXAMPLE);
  const LOWERED = {
    base,
    head: { ...base, defaults: { ...base.defaults, safetyClass: 'A' as const } },
    deleted: false,
  };
  /** The merge's own look-ups failed: only the register's facts are known then. */
  const MERGE_FACTS = new Map<string, ChangeFacts>([
    [changeKey(CHANGES[0]!), { requirementIds: ['REQ-API-003', 'REQ-PERF-002'] }],
  ]);

  it('shows each record item exactly as the label the reviewer ticked, with code and real links', () => {
    const verdict = evaluateGate({
      sections,
      state,
      evidence: { required: false, satisfied: true, description: 'not required' },
      label: { name: 'soup:anomalies-reviewed', required: false, present: false, reason: '' },
    });
    const { body } = renderComment({
      sections,
      state,
      verdict,
      evidence: { required: false, satisfied: true, description: 'not required' },
      label: { name: 'soup:anomalies-reviewed', required: false, present: false, reason: '' },
      headSha: HEAD,
    });
    // Each task item's label, without the "— who, when, at" the comment adds after a tick.
    const labels = [...toHtml(body).matchAll(/<li><input type="checkbox"[^>]*\/?>([\s\S]*?)<\/li>/g)].map(
      (m) => visible(m[1]!.replace(/ — <code>[^<]*<\/code>, [^,]*, at <code>[0-9a-f]+<\/code>/, '')),
    );
    // The "all items" box under each checklist is no item of its own: the record has no row for it.
    const allBoxes = labels.filter((text) => text.startsWith('All of the above for '));
    labels.splice(0, labels.length, ...labels.filter((text) => !allBoxes.includes(text)));
    expect(allBoxes.length).toBeGreaterThan(0);
    expect(labels).toHaveLength(ids.length);
    expect(labels).toContain(
      'Requirements in soup/register.yml still met and re-verified (REQ-API-003, REQ-PERF-002)',
    );

    const { content, record } = renderChangeRecord({
      pr: {
        number: 42,
        title: 'Bump express to 5.0.0',
        url: 'https://github.com/acme/pump/pull/42',
        author: 'dependabot[bot]',
        mergedAt: '2026-11-20T10:15:00Z',
        mergeCommit: 'f'.repeat(40),
        headSha: HEAD,
      },
      repo: 'acme/pump',
      changes: CHANGES,
      checklist: checklistRecords(CHANGES, DEFAULT_POLICY, MERGE_FACTS, state),
      evidence: [
        {
          name: 'integration-tests',
          url: 'https://github.com/acme/pump/actions/runs/9',
          conclusion: 'success',
          sha: HEAD,
        },
      ],
      labels: [{ name: 'soup:anomalies-reviewed', appliedBy: 'qa-lead' }],
      register: registerProposalRecords(LOWERED, settleRegister(LOWERED, CHANGES)),
    });
    const html = toHtml(content);
    // The register proposal is in the record, its code span a code span.
    expect(html).toContain('<td><code>defaults.safety-class</code> B → A</td>');
    const table = html.slice(html.indexOf('Impact assessment'), html.indexOf('Re-verification evidence'));
    const rows = [...table.matchAll(/<tr>\s*<td>[☑☐]<\/td>\s*<td>([\s\S]*?)<\/td>\s*<td>([\s\S]*?)<\/td>/g)];
    expect(rows).toHaveLength(ids.length);
    for (const [, changeCell, itemCell] of rows) {
      expect(labels).toContain(visible(itemCell!));
      expect(changeCell).toContain('<code>');
    }
    // The JSON holds the same words, and the compare link is a link in the table.
    expect(record.checklist.map((c) => c.item)).toEqual(rows.map((r) => visible(r[2]!)));
    expect(table).toContain(
      '<a href="https://github.com/expressjs/express/compare/4.19.2...v5.0.0">compare</a>',
    );
    expect(html).toContain('<a href="https://github.com/acme/pump/actions/runs/9">integration-tests</a>');
    const prose = visibleProse(html);
    expect(prose).not.toContain('`');
    expect(prose).not.toContain('](');
    expect(prose).toContain('☑ express 4.19.2 → 5.0.0 Release notes 4.19.2 → 5.0.0 reviewed');
  });

  it('keeps the JSON block plain JSON that parses back', () => {
    const { content, record } = renderChangeRecord({
      pr: {
        number: 7,
        title: 'email me @ `ops` <now>',
        url: 'https://github.com/acme/pump/pull/7',
        author: 'dev@example',
        mergedAt: '2026-11-20T10:15:00Z',
        mergeCommit: 'f'.repeat(40),
        headSha: HEAD,
      },
      changes: CHANGES,
      checklist: [],
      evidence: [],
      labels: [],
    });
    const block = /```json\n([\s\S]*?)\n```/.exec(content)![1]!;
    expect(block).not.toMatch(/\\u00(40|60|3c|3e|26)/);
    expect(block).toContain('"purl": "pkg:npm/express@5.0.0"');
    expect(block).toContain('"title": "email me @ `ops` <now>"');
    expect(JSON.parse(block)).toEqual(record);
  });

  it('renders SOUP.md without raw syntax in what a reader sees', async () => {
    const markdown = renderSoupList({
      inventory: await loadDemoInventory(),
      register: parseRegister('soup/register.yml', EXAMPLE),
      generatedAt: '2026-11-20T10:00:00Z',
      commit: HEAD,
      repo: 'acme/infusion-pump',
      // Without the fixture's hostile supplier, whose text shows (inert) what it is.
      enrichment: new Map([...DEMO_ENRICHMENT].filter(([purl]) => purl !== 'pkg:npm/ms@2.1.3')),
      lastVerified: new Map([['pkg:npm/express@4.21.1', '2026-11-19']]),
    });
    const html = toHtml(markdown);
    const prose = visibleProse(html);
    expect(prose).not.toContain('`');
    expect(prose).not.toContain('](');
    expect(prose).not.toContain('**');
    // The compact table has six columns; the rest of an item is folded under it.
    expect(html.match(/<th>[^<]*<\/th>/g)?.slice(-6)).toEqual(
      ['package', 'version', 'class', 'supplier', 'licence', 'assessed'].map((h) => `<th>${h}</th>`),
    );
    expect(html).toContain('<a href="https://github.com/expressjs/express/issues">issue tracker</a>');
    expect(prose).toContain('unique designator: pkg:npm/express@4.21.1');
  });
});
