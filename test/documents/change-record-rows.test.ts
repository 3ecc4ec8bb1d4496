import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import {
  changeRecordsFolder,
  checklistRecords,
  evidenceRecords,
  hasChangeRecord,
  labelRecords,
  registerProposalRecords,
  type RecordedRun,
} from '../../src/documents/change-record-rows.js';
import { settleRegister, type RegisterSides } from '../../src/gate/register-entries.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import type { Register } from '../../src/register/types.js';
import { buildChecklist, describeChange } from '../../src/gate/checklist.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { recordShownWording } from '../../src/gate/shown-wording.js';
import { emptyState, type GateState, type Tick } from '../../src/gate/state.js';
import { change } from '../support/builders.js';

const HEAD = 'a'.repeat(40);

function tick(item: string, by = 'qa-lead'): Tick {
  return { item, by, at: '2024-05-01T10:00:00Z', sha: HEAD, target: 'npm/express@4.21.1' };
}

/** A state as the gate writes it: ticks, and the wording its comment showed of `bump` (no look-ups). */
function state(...ticks: Tick[]): GateState {
  return {
    ...emptyState(7),
    ticks,
    shown: recordShownWording(buildChecklist([change()], DEFAULT_POLICY), new Map()),
  };
}

describe('checklistRecords', () => {
  const bump = change();
  const items = buildChecklist([bump], DEFAULT_POLICY)[0]!.items;

  it('lists every item of a gated change with who ticked it, when and on which head', () => {
    const records = checklistRecords([bump], DEFAULT_POLICY, new Map(), state(tick(items[0]!.id)));
    expect(records).toHaveLength(items.length);
    expect(records[0]).toEqual({
      key: changeKey(bump),
      item: 'Release notes 4.19.2 → 4.21.1 reviewed for safety-relevant behaviour changes',
      change: 'express 4.19.2 → 4.21.1',
      markdown: { item: items[0]!.text, change: describeChange(bump) },
      tickedBy: 'qa-lead',
      tickedAt: '2024-05-01T10:00:00Z',
      atSha: HEAD,
    });
    // The others stay open, recorded as such rather than left out.
    expect(
      records.slice(1).every((r) => r.tickedBy === null && r.tickedAt === null && r.atSha === null),
    ).toBe(true);
  });

  it('drops a tick whose item no longer exists instead of crediting another item with it', () => {
    const records = checklistRecords([bump], DEFAULT_POLICY, new Map(), state(tick('gone-item-id')));
    expect(records.map((r) => r.tickedBy)).toEqual(items.map(() => null));
  });

  it('leaves out changes the policy does not gate (a transitive one under scope: direct)', () => {
    const transitive = change({ name: 'debug', from: '2.6.8', to: '2.6.9', direct: false });
    const records = checklistRecords([transitive, bump], DEFAULT_POLICY, new Map(), emptyState(0));
    expect(records).toHaveLength(items.length);
    expect(records.every((r) => r.change?.startsWith('express '))).toBe(true);
  });

  it('records the text a reviewer read (requirement ids and link labels included), and the Markdown that showed it', () => {
    const hostile = change({ name: '<img src=x>', from: '1.0.0', to: '1.0.1', bump: 'patch' });
    const facts = new Map([
      [
        changeKey(hostile),
        {
          releaseNotes: { url: 'https://github.com/o/r/compare/1.0.0...1.0.1', kind: 'compare' as const },
          requirementIds: ['REQ-7'],
        },
      ],
    ]);
    const records = checklistRecords([hostile], DEFAULT_POLICY, facts, emptyState(0));
    expect(records[0]!.change).toBe('<img src=x> 1.0.0 → 1.0.1');
    expect(records[0]!.item).toBe(
      'Release notes 1.0.0 → 1.0.1 reviewed for safety-relevant behaviour changes (compare)',
    );
    expect(records.map((r) => r.item)).toContain(
      'Requirements in soup/register.yml still met and re-verified (REQ-7)',
    );
    // The Markdown is the checklist's own: hostile values escaped, the link a real one.
    expect(records[0]!.markdown?.change).toBe(
      '<code>&lt;img src=x&gt;</code> <code>1.0.0</code> → <code>1.0.1</code>',
    );
    expect(records[0]!.markdown?.item).toContain('([compare](https://github.com/o/r/compare/1.0.0...1.0.1))');
  });

  describe('the wording a reviewer ticked, when the look-ups at merge read otherwise', () => {
    const COMPARE = 'https://github.com/expressjs/express/compare/4.19.2...4.21.1';
    const key = changeKey(bump);
    const seen = new Map([
      [
        key,
        {
          releaseNotes: { url: COMPARE, kind: 'compare' as const },
          anomalies: {
            present: ['GHSA-1', 'GHSA-2', 'GHSA-3', 'GHSA-4', 'GHSA-5', 'GHSA-6'],
            fixed: ['GHSA-0'],
          },
          requirementIds: ['REQ-1'],
        },
      ],
    ]);
    const shownSections = buildChecklist([bump], DEFAULT_POLICY, seen);
    const labels = shownSections[0]!.items.map((i) => i.text);
    const ticked = (shown: GateState['shown']): GateState => ({
      ...emptyState(7),
      ticks: shownSections[0]!.items.map((i) => tick(i.id)),
      ...(shown ? { shown } : {}),
    });
    // At merge the tag look-up failed (releases page) and the advisory look-up failed too.
    const atMerge = new Map([
      [
        key,
        {
          releaseNotes: { url: 'https://github.com/expressjs/express/releases', kind: 'releases' as const },
          requirementIds: ['REQ-1'],
        },
      ],
    ]);

    it('shows the labels the comment showed, from the tick record, not the merge look-ups', () => {
      const records = checklistRecords(
        [bump],
        DEFAULT_POLICY,
        atMerge,
        ticked(recordShownWording(shownSections, seen)),
      );
      expect(records.map((r) => r.markdown?.item)).toEqual(labels);
      expect(records[0]!.item).toBe(
        'Release notes 4.19.2 → 4.21.1 reviewed for safety-relevant behaviour changes (compare)',
      );
      expect(records[1]!.item).toBe(
        'Known anomalies of 4.21.1 evaluated (6 listed: GHSA-1, GHSA-2, GHSA-3, GHSA-4, GHSA-5, …; the update fixes 1 known anomaly of the old version: GHSA-0)',
      );
      expect(records.some((r) => r.rebuiltAtMerge)).toBe(false);
    });

    it('marks ticked items rebuilt at merge when the record predates it (and they then read otherwise)', () => {
      const records = checklistRecords([bump], DEFAULT_POLICY, atMerge, ticked(undefined));
      expect(records.every((r) => r.rebuiltAtMerge === true)).toBe(true);
      expect(records[0]!.item).toContain('(releases)');
    });

    it('marks them rebuilt when the stored digest differs (another register at merge) or the change set moved', () => {
      const shown = recordShownWording(shownSections, seen);
      const otherRegister = new Map([[key, { ...atMerge.get(key)!, requirementIds: ['REQ-2'] }]]);
      const records = checklistRecords([bump], DEFAULT_POLICY, otherRegister, ticked(shown));
      // The link and anomalies still come from the record; only the requirements item differs.
      expect(records.map((r) => r.rebuiltAtMerge ?? false)).toEqual([true, true, true]);
      expect(records[0]!.markdown?.item).toBe(labels[0]);
      const other = change({ name: 'ms', from: '2.1.2', to: '2.1.3', bump: 'patch' });
      const moved = checklistRecords([bump, other], DEFAULT_POLICY, atMerge, ticked(shown));
      expect(moved.filter((r) => r.tickedBy).every((r) => r.rebuiltAtMerge === true)).toBe(true);
    });

    it('does not mark items nobody ticked (a direct push has no comment to read)', () => {
      const records = checklistRecords([bump], DEFAULT_POLICY, atMerge, emptyState(0));
      expect(records.some((r) => r.rebuiltAtMerge)).toBe(false);
    });
  });

  it('is empty without changes', () => {
    expect(checklistRecords([], DEFAULT_POLICY, new Map(), state(tick('x')))).toEqual([]);
  });
});

describe('evidenceRecords', () => {
  function run(id: number, name: string, overrides: Partial<RecordedRun> = {}): RecordedRun {
    return {
      id,
      name,
      headSha: HEAD,
      status: 'completed',
      conclusion: 'success',
      url: `https://github.com/acme/pump/runs/${id}`,
      ...overrides,
    };
  }

  it('keeps the latest run of each evidence name on the assessed commit, in name order', () => {
    const runs = [
      run(3, 'unit-tests', { conclusion: 'failure' }),
      run(9, 'unit-tests'),
      run(5, 'integration-tests'),
      run(4, 'lint'),
      run(12, 'integration-tests', { headSha: 'b'.repeat(40) }),
    ];
    expect(evidenceRecords(runs, ['unit-tests', 'integration-tests'], HEAD)).toEqual([
      {
        name: 'integration-tests',
        url: 'https://github.com/acme/pump/runs/5',
        conclusion: 'success',
        sha: HEAD,
      },
      { name: 'unit-tests', url: 'https://github.com/acme/pump/runs/9', conclusion: 'success', sha: HEAD },
    ]);
  });

  it('records a run that has not finished by its status', () => {
    const runs = [run(1, 'unit-tests', { status: 'in_progress', conclusion: null })];
    expect(evidenceRecords(runs, ['unit-tests'], HEAD)[0]?.conclusion).toBe('in_progress');
  });

  it('records nothing when the policy names no evidence', () => {
    expect(evidenceRecords([run(1, 'unit-tests')], [], HEAD)).toEqual([]);
  });
});

describe('labelRecords', () => {
  it('sorts the labels and names who applied each where known', () => {
    expect(
      labelRecords(['soup:anomalies-reviewed', 'dependencies'], new Map([['dependencies', 'bot']])),
    ).toEqual([{ name: 'dependencies', appliedBy: 'bot' }, { name: 'soup:anomalies-reviewed' }]);
  });
});

describe('hasChangeRecord', () => {
  it("finds this merge's record under the folder whatever its date, and nothing else", () => {
    const paths = [
      'soup/changes/2024-05-01-pr-7.md',
      'soup/changes/2024-05-02-pr-70.md',
      'other/2024-05-01-pr-8.md',
    ];
    expect(hasChangeRecord(paths, 'soup/changes/', '-pr-7.md')).toBe(true);
    expect(hasChangeRecord(paths, 'soup/changes', '-pr-70.md')).toBe(true);
    expect(hasChangeRecord(paths, 'soup/changes', '-pr-8.md')).toBe(false);
    expect(hasChangeRecord([], 'soup/changes', '-pr-7.md')).toBe(false);
  });

  it('reads the folder however the policy spelled it', () => {
    expect(changeRecordsFolder('docs/records//')).toBe('docs/records/');
    expect(changeRecordsFolder('docs/records')).toBe('docs/records/');
  });
});

describe('registerProposalRecords', () => {
  const PATH = 'soup/register.yml';
  const ENTRY = `  npm/express:
    purpose: "HTTP server"
    requirements:
      - id: REQ-1
        text: "Routes requests"
    prerequisites: "Node.js 20"
    verification: "test/api.test.ts"
`;
  const EVALUATION = `    anomalies:
      - id: GHSA-rhx6-c78j-4q9w
        state: not_affected
        justification: code_not_reachable
        reason: "We never pass <user> input to path patterns."
        by: qa-lead
        on: 2026-10-02
`;
  const register = (body: string, defaults = 'B') =>
    parseRegister(
      PATH,
      `defaults:\n  safety-class: ${defaults}\n  rationale: "System class."\nitems:\n${body}`,
      {
        allowIncomplete: true,
      },
    );
  const sides = (base: Register, head: Register, deleted = false): RegisterSides => ({ base, head, deleted });

  it('lists what the PR proposed per entry and for the whole register, as the gate showed it', () => {
    const s = sides(register(ENTRY), register(ENTRY + EVALUATION, 'A'));
    const rows = registerProposalRecords(s, settleRegister(s, [change()]));
    expect(rows.map(({ entry, text }) => ({ entry, text }))).toEqual([
      { entry: undefined, text: 'defaults.safety-class B → A' },
      { entry: 'npm/express', text: 'evaluation of GHSA-rhx6-c78j-4q9w (not_affected, by qa-lead)' },
      // The entry has no class of its own: the lower default is one for it too.
      { entry: 'npm/express', text: 'safety class B → A; class B counts until then' },
    ]);
    expect(rows[1]!.markdown).toContain('<code>GHSA-rhx6-c78j-4q9w</code>');
  });

  it('is empty when the register is the same on both sides, and says so for a deleted one', () => {
    const same = register(ENTRY + EVALUATION);
    expect(registerProposalRecords(sides(same, same), settleRegister(sides(same, same), [change()]))).toEqual(
      [],
    );
    const gone = sides(same, emptyRegister(PATH), true);
    expect(registerProposalRecords(gone, settleRegister(gone, [change()])).map((r) => r.text)).toEqual([
      "soup/register.yml deleted: none of its entries counted for this PR's changes",
    ]);
  });
});
