// The PRs whose sticky comment the tests snapshot and `npm run screenshots` draws: one set of
// fixtures, rendered by the project's own gate and comment renderer.
import { judgeGate } from '../../src/app/gate-verdict.js';
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js';
import { renderComment, type CommentModel } from '../../src/documents/comment.js';
import { buildChecklist, type ChangeFacts } from '../../src/gate/checklist.js';
import type { EvidenceStatus, LabelStatus } from '../../src/gate/evaluate.js';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { diffInventories, type Change } from '../../src/inventory/diff.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

export const HEAD = 'e8a5dfd4e5f60718293a4b5c6d7e8f9012345678';
const AT = '2026-11-20T10:00:00Z';

export function changesOf(base: ReturnType<typeof pkg>[], head: ReturnType<typeof pkg>[]): Change[] {
  return diffInventories(
    inventory(lockfile('package-lock.json', base)),
    inventory(lockfile('package-lock.json', head)),
  ).changes;
}

export const waiting: EvidenceStatus = {
  required: true,
  satisfied: false,
  description: 'waiting for a successful <code>integration-tests</code> check run on <code>e8a5dfd</code>',
};
export const accepted: EvidenceStatus = {
  required: true,
  satisfied: true,
  description:
    'accepted: [successful <code>integration-tests</code> check run](https://github.com/acme/pump/runs/1) on <code>e8a5dfd</code>',
};
export const noLabel: LabelStatus = {
  name: 'soup:anomalies-reviewed',
  required: false,
  present: false,
  reason: '',
};
export const labelMissing: LabelStatus = {
  name: 'soup:anomalies-reviewed',
  required: true,
  present: false,
  reason: '1 known anomaly',
};

export interface Scenario {
  changes: Change[];
  policy?: Policy;
  state?: GateState;
  evidence?: EvidenceStatus;
  label?: LabelStatus;
  facts?: Map<string, string>;
  blockers?: string[];
}

export function ticked(changes: Change[], who: string[], policy: Policy = DEFAULT_POLICY): GateState {
  const sections = buildChecklist(changes, policy);
  const items = sections.flatMap((s) => s.items.map((i) => ({ item: i.id, target: s.key })));
  return {
    ...emptyState(7),
    ticks: items.map((x, i) => ({ ...x, by: who[i % who.length]!, at: AT, sha: HEAD })),
  };
}

export function render(scenario: Scenario): ReturnType<typeof renderComment> & { model: CommentModel } {
  const policy = scenario.policy ?? DEFAULT_POLICY;
  const itemFacts = new Map<string, ChangeFacts>(
    scenario.changes.map((c) => [
      changeKey(c),
      {
        releaseNotes: {
          url: `https://github.com/acme/${c.name}/compare/${c.from}...${c.to}`,
          kind: 'compare',
        },
        anomalies: { present: [], fixed: [] },
      },
    ]),
  );
  const sections = buildChecklist(scenario.changes, policy, itemFacts);
  const state = scenario.state ?? emptyState(7);
  const evidence = scenario.evidence ?? waiting;
  const label = scenario.label ?? noLabel;
  const judged = judgeGate(
    {
      sections,
      facts: scenario.facts ?? new Map(),
      blockers: scenario.blockers ?? [],
      headSha: HEAD,
      scope: policy.scope,
    },
    { evidence, label },
    state,
  );
  const model: CommentModel = { sections, state, evidence, label, headSha: HEAD, verdict: judged.verdict };
  return { ...judged.comment, model };
}

export const singleBump = (): Change[] =>
  changesOf(
    [
      pkg('express', '4.19.2'),
      pkg('body-parser', '1.20.2', { direct: false }),
      pkg('qs', '6.11.0', { direct: false }),
    ],
    [
      pkg('express', '4.21.1'),
      pkg('body-parser', '1.20.3', { direct: false }),
      pkg('qs', '6.13.0', { direct: false }),
    ],
  );

export const expressFacts = (changes: Change[]): Map<string, string> =>
  new Map([
    [
      changeKey(changes.find((c) => c.name === 'express')!),
      'anomalies: none known · the update fixes 2 known anomalies of the old version: [GHSA-qwcr-r2fm-qrc7](https://osv.dev/vulnerability/GHSA-qwcr-r2fm-qrc7), [GHSA-9wv6-86v2-598j](https://osv.dev/vulnerability/GHSA-9wv6-86v2-598j) — licence: <code>MIT</code> (unchanged)',
    ],
  ]);

/** `count` direct runtime packages, each bumped 1.0.0 → 2.0.0. */
export const many = (count: number): Change[] => {
  const base = Array.from({ length: count }, (_, i) => pkg(`package-number-${i}`, '1.0.0'));
  return changesOf(
    base,
    base.map((p) => ({ ...p, version: '2.0.0', purl: p.purl.replace('1.0.0', '2.0.0') })),
  );
};

/** The comment scenarios the snapshots pin, by name. */
export const SCENARIOS = {
  /** express bumped with two transitive bumps; nothing ticked, evidence still waiting. */
  singleBump: (): Scenario => {
    const changes = singleBump();
    return { changes, facts: expressFacts(changes) };
  },
  /** A major bump, a removal, a new direct package without register entry, a transitive and a dev-only bump. */
  grouped: (): Scenario => {
    const changes = changesOf(
      [
        pkg('express', '4.19.2'),
        pkg('body-parser', '1.20.2', { direct: false }),
        pkg('left-pad', '1.3.0'),
        pkg('jest', '29.7.0', { scope: 'dev' }),
      ],
      [
        pkg('express', '5.0.0'),
        pkg('body-parser', '1.20.3', { direct: false }),
        pkg('path-to-regexp', '0.1.10'),
        pkg('jest', '30.0.0', { scope: 'dev' }),
      ],
    );
    return {
      changes,
      label: labelMissing,
      state: ticked(changesOf([pkg('left-pad', '1.3.0')], []), ['qa-lead']),
      blockers: [
        '<code>path-to-regexp</code> has no entry in <code>soup/register.yml</code> yet: add one with its purpose, requirements, prerequisites and verification (the YAML to paste is under its change)',
      ],
    };
  },
  /** A new direct package; evidence accepted. */
  newPackage: (): Scenario => ({
    changes: changesOf(
      [pkg('express', '4.21.1')],
      [pkg('express', '4.21.1'), pkg('path-to-regexp', '0.1.10')],
    ),
    evidence: accepted,
  }),
  /** 21 dev-only bumps: nothing to assess. */
  devOnly: (): Scenario => {
    const names = Array.from({ length: 21 }, (_, i) => `dev-tool-${String(i).padStart(2, '0')}`);
    return {
      changes: changesOf(
        names.map((n) => pkg(n, '1.0.0', { scope: 'dev' })),
        names.map((n) => pkg(n, '1.1.0', { scope: 'dev' })),
      ),
    };
  },
  /** 1,500 gated changes, every item ticked, evidence accepted: only the size keeps it red. */
  largePr: (): Scenario => {
    const changes = many(1500);
    return { changes, evidence: accepted, state: ticked(changes, ['qa-lead']) };
  },
} satisfies Record<string, () => Scenario>;
