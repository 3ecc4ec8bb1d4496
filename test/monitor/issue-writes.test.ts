// The GitHub writes that carry out a monitoring plan, and the issue counts the plan leads to: pure
// data in, pure data out (the action only hands each write to the GitHub adapter).
import { describe, expect, it } from 'vitest';
import type { Anomaly } from '../../src/enrich/types.js';
import { assessItems } from '../../src/monitor/assess.js';
import { issueWrites, planIssueActions, type ExistingIssue } from '../../src/monitor/plan.js';
import { renderIssueBody } from '../../src/monitor/render.js';
import { emptyRegister } from '../../src/register/parse.js';

const BOT = 'github-actions[bot]';
const OPTIONS = { botLogin: BOT, registerPath: 'soup/register.yml', healthInIssues: [] };

function anomaly(id: string): Anomaly {
  return {
    id,
    aliases: [],
    summary: id,
    severity: { label: 'high', score: 7.5, source: 'cvss' },
    url: `https://osv.dev/vulnerability/${id}`,
    fixedVersions: [],
  };
}

function assessed(name: string, ids: string[]) {
  return assessItems(
    [
      {
        key: `npm/${name}`,
        ecosystem: 'npm',
        name,
        versions: [{ version: '1.0.0', lockfiles: ['package-lock.json'] }],
      },
    ],
    new Map([[`npm/${name}`, [{ version: '1.0.0', anomalies: ids.map(anomaly) }]]]),
    emptyRegister(),
    '2024-06-01',
  )[0]!;
}

function issue(number: number, body: string, extra: Partial<ExistingIssue> = {}): ExistingIssue {
  return { number, title: 't', body, state: 'open', author: BOT, ...extra };
}

const bodyOf = (name: string, ids: string[]) =>
  renderIssueBody(assessed(name, ids), { registerPath: 'soup/register.yml', healthInIssues: [] });

describe('issueWrites', () => {
  it('creates with the label, updates title and body only', () => {
    expect(issueWrites({ kind: 'create', key: 'npm/a', title: 'T', body: 'B' }, 'soup:anomaly')).toEqual([
      { kind: 'create', title: 'T', body: 'B', labels: ['soup:anomaly'] },
    ]);
    expect(issueWrites({ kind: 'update', key: 'npm/a', number: 4, title: 'T', body: 'B' }, 'x')).toEqual([
      { kind: 'update', number: 4, update: { title: 'T', body: 'B' } },
    ]);
  });

  it('reopens before commenting and comments before closing, so a failed second write leaves it open', () => {
    expect(
      issueWrites({ kind: 'reopen', key: 'npm/a', number: 4, title: 'T', body: 'B', comment: 'why' }, 'x'),
    ).toEqual([
      { kind: 'update', number: 4, update: { title: 'T', body: 'B', state: 'open' } },
      { kind: 'comment', number: 4, body: 'why' },
    ]);
    expect(issueWrites({ kind: 'close', key: undefined, number: 4, comment: 'done' }, 'x')).toEqual([
      { kind: 'comment', number: 4, body: 'done' },
      { kind: 'update', number: 4, update: { state: 'closed', stateReason: 'completed' } },
    ]);
  });
});

describe('the counts of a plan', () => {
  it("counts each kind of action and the bot issues left open, not other authors' issues", () => {
    const plan = planIssueActions(
      [
        assessed('new', ['GHSA-1']),
        assessed('same', ['GHSA-2']),
        assessed('back', ['GHSA-3']),
        assessed('clean', []),
      ],
      [
        issue(1, bodyOf('same', ['GHSA-2']), { title: 'SOUP anomalies to evaluate: npm/same' }),
        issue(2, bodyOf('back', ['GHSA-3']), { state: 'closed' }),
        issue(3, bodyOf('clean', ['GHSA-4'])),
        issue(4, bodyOf('gone', ['GHSA-5'])),
        issue(5, 'no marker, but ours and open'),
        issue(6, bodyOf('new', ['GHSA-1']), { author: 'mallory' }),
      ],
      OPTIONS,
    );
    expect(plan.actions.map((a) => a.kind)).toEqual(['create', 'keep', 'reopen', 'close', 'close']);
    // Open bot issues before: 1, 3, 4, 5. After: +1 created, +1 reopened, -2 closed.
    expect(plan.counts).toEqual({ opened: 1, updated: 0, closed: 2, reopened: 1, unchanged: 1, open: 4 });
  });
});
