import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/inventory/diff.js';
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  renderChangeRecord,
  type ChangeRecordInput,
} from '../../src/documents/change-record.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { change } from '../support/builders.js';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

const CHANGES: Change[] = [
  change(),
  {
    type: 'added',
    ecosystem: 'npm',
    name: 'path-to-regexp',
    from: null,
    to: '0.1.10',
    bump: null,
    direct: false,
    scope: 'runtime',
    lockfile: 'package-lock.json',
    purl: 'pkg:npm/path-to-regexp@0.1.10',
  },
  {
    type: 'removed',
    ecosystem: 'npm',
    name: 'left-pad',
    from: '1.3.0',
    to: null,
    bump: null,
    direct: true,
    scope: 'dev',
    lockfile: 'package-lock.json',
    purl: 'pkg:npm/left-pad@1.3.0',
  },
];

const INPUT: ChangeRecordInput = {
  repo: 'acme/infusion-pump',
  pr: {
    number: 42,
    title: 'Bump express from 4.19.2 to 4.21.1',
    url: 'https://github.com/acme/infusion-pump/pull/42',
    author: 'dependabot[bot]',
    mergedAt: '2026-11-20T10:15:00Z',
    mergeCommit: 'ffffeeeeddddccccbbbbaaaa9999888877776666',
    headSha: HEAD,
  },
  changes: CHANGES,
  checklist: [
    {
      change: 'express 4.19.2 → 4.21.1',
      item: 'Release notes reviewed for safety-relevant behaviour changes',
      tickedBy: 'qa-lead',
      tickedAt: '2026-11-20T09:00:00Z',
      atSha: HEAD,
    },
    {
      change: 'express 4.19.2 → 4.21.1',
      item: 'Known anomalies of 4.21.1 evaluated',
      tickedBy: 'qa-lead',
      tickedAt: '2026-11-19T17:00:00Z',
      atSha: '0000000000000000000000000000000000000001',
    },
    {
      change: 'path-to-regexp 0.1.10 (new)',
      item: 'Failure modes considered in the risk file',
      tickedBy: null,
    },
  ],
  evidence: [
    {
      name: 'integration-tests',
      url: 'https://github.com/acme/infusion-pump/actions/runs/1',
      conclusion: 'success',
      sha: HEAD,
    },
  ],
  labels: [{ name: 'soup:anomalies-reviewed', appliedBy: 'qa-lead' }],
  register: [
    {
      entry: 'npm/express',
      text: 'evaluation of GHSA-qwcr-r2fm-qrc7 (not_affected, by qa-lead)',
      markdown: 'evaluation of <code>GHSA-qwcr-r2fm-qrc7</code> (not_affected, by qa-lead)',
    },
  ],
};

describe('renderChangeRecord', () => {
  it('writes one dated record per PR that an auditor can read', async () => {
    const { path, content } = renderChangeRecord(INPUT);
    expect(path).toBe('soup/changes/2026-11-20-pr-42.md');
    await expect(content).toMatchFileSnapshot('__snapshots__/change-record.md');
    expect(content).toContain(
      '| ☑ | express 4.19.2 → 4.21.1 | Known anomalies of 4.21.1 evaluated | <code>qa-lead</code> | 2026-11-19T17&#58;00&#58;00Z | <code>000000000000</code> (**earlier commit**) |',
    );
    expect(renderChangeRecord({ ...INPUT, dir: 'records/' }).path).toBe('records/2026-11-20-pr-42.md');
  });

  it('carries the same facts as JSON that reads back', () => {
    const { content, record } = renderChangeRecord(INPUT);
    expect(parseChangeRecord(content)).toEqual(record);
    expect(record.schema).toBe('soup-gate/change-record@1');
    expect(parseChangeRecord('# some other file')).toBeUndefined();
  });

  it('keeps hostile titles, logins and check names inert, in the table and in the JSON block', () => {
    const evil =
      '</code>```\n# Approved <img src=x onerror=alert(1)> @security-team [x](javascript:alert(1)) <!--';
    const { content, record } = renderChangeRecord({
      ...INPUT,
      pr: { ...INPUT.pr, title: evil, author: evil, url: 'javascript:alert(1)' },
      checklist: [{ item: evil, tickedBy: evil, tickedAt: evil, atSha: evil }],
      evidence: [{ name: evil, url: evil, conclusion: evil, sha: evil }],
      labels: [{ name: evil, appliedBy: evil }],
      register: [{ entry: evil, text: evil }],
    });
    const html = micromark(content, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    expect(html).not.toMatch(/<img|<a href="javascript|<h1>Approved/);
    expect(html.match(/<!--/g)).toHaveLength(1); // the marker only
    // One fenced block (no line of the JSON can close it), and it still holds the whole record.
    expect(content.split('\n').filter((line) => /^ {0,3}```/.test(line))).toEqual(['```json', '```']);
    expect(parseChangeRecord(content)).toEqual(record);
  });

  it('refuses a PR number or merge time that cannot name a file', () => {
    expect(() => renderChangeRecord({ ...INPUT, pr: { ...INPUT.pr, number: 0 } })).toThrow(TypeError);
    expect(() => renderChangeRecord({ ...INPUT, pr: { ...INPUT.pr, mergedAt: 'yesterday' } })).toThrow(
      /not a date/,
    );
  });
});

describe('renderChangeRecord for a direct push', () => {
  it('says there was no PR, names the pusher and the pushed commit, and reads back', () => {
    const after = 'b'.repeat(40);
    const { path, content, record } = renderChangeRecord({
      ...INPUT,
      pr: {
        ...INPUT.pr,
        number: 0,
        title: 'hotfix lockfile',
        author: 'octo-dev',
        mergeCommit: after,
        headSha: after,
      },
      directPush: { branch: 'main', before: 'a'.repeat(40), after, pusher: 'octo-dev' },
      checklist: [],
      evidence: [],
      labels: [],
    });
    expect(path).toBe('soup/changes/2026-11-20-push-bbbbbbbbbbbb.md');
    expect(content).toContain('(no PR)');
    expect(content).toContain('**no PR**: pushed directly to <code>main</code>');
    expect(parseChangeRecord(content)).toEqual(record);
    expect(record.directPush?.pusher).toBe('octo-dev');
    expect(() =>
      renderChangeRecord({ ...INPUT, directPush: { branch: 'main', before: '', after, pusher: 'x' } }),
    ).toThrow(/number must be 0/);
  });
});

describe('lastVerifiedFromRecords', () => {
  const ticked = { tickedBy: 'qa-lead', tickedAt: '2026-11-20T09:00:00Z', atSha: HEAD };

  it('dates each version by the last merged change that reviewers fully assessed', () => {
    const first = renderChangeRecord(INPUT).record;
    const second = renderChangeRecord({
      ...INPUT,
      pr: { ...INPUT.pr, number: 50, mergedAt: '2026-12-01T08:00:00Z' },
      changes: [CHANGES[0]!, CHANGES[1]!],
      checklist: [
        { key: changeKey(CHANGES[1]!), change: 'path-to-regexp new at 0.1.10', item: 'a', ...ticked },
        { key: changeKey(CHANGES[1]!), change: 'path-to-regexp new at 0.1.10', item: 'b', ...ticked },
        // express again, one item open: this merge did not fully assess it.
        { key: changeKey(CHANGES[0]!), change: 'express 4.19.2 → 4.21.1', item: 'a', ...ticked },
        { key: changeKey(CHANGES[0]!), change: 'express 4.19.2 → 4.21.1', item: 'b', tickedBy: null },
      ],
    }).record;
    expect(lastVerifiedFromRecords([second, first])).toEqual(
      new Map([
        // From the first record, matched by the change text older records carry (no key).
        ['pkg:npm/express@4.21.1', '2026-11-20'],
        ['pkg:npm/path-to-regexp@0.1.10', '2026-12-01'],
      ]),
    );
  });

  it('gives no date to a change nobody was asked to assess (not gated: no checklist items)', () => {
    const record = renderChangeRecord({ ...INPUT, checklist: [] }).record;
    expect(lastVerifiedFromRecords([record])).toEqual(new Map());
    // Records written before the key existed spelled the change with backticks.
    const legacy = renderChangeRecord({
      ...INPUT,
      checklist: [{ change: '`express` `4.19.2` → `4.21.1`', item: 'x', ...ticked }],
    }).record;
    expect(lastVerifiedFromRecords([legacy])).toEqual(new Map([['pkg:npm/express@4.21.1', '2026-11-20']]));
  });
});
