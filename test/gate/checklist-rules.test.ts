// The policy's checklist rules: which items each kind of change needs, and that no rule leaves the
// default set (what every existing snapshot shows) or an item id other than it was.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, parsePolicyFile, PolicyFileError, type Policy } from '../../src/config/policy.js';
import { buildChecklist, buildItems, changeKind, itemId } from '../../src/gate/checklist.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { diffInventories, type Change } from '../../src/inventory/diff.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const PATH = '.github/soup-gate.yml';

function changesOf(base: ReturnType<typeof pkg>[], head: ReturnType<typeof pkg>[]): Change[] {
  return diffInventories(
    inventory(lockfile('package-lock.json', base)),
    inventory(lockfile('package-lock.json', head)),
  ).changes;
}

/** One change of each kind: major (direct), patch (transitive), minor, downgrade, added, removed. */
const changes = changesOf(
  [
    pkg('express', '4.19.2'),
    pkg('body-parser', '1.20.2', { direct: false }),
    pkg('qs', '6.11.0', { direct: false }),
    pkg('debug', '4.3.5'),
    pkg('left-pad', '1.3.0'),
  ],
  [
    pkg('express', '5.0.0'),
    pkg('body-parser', '1.20.3', { direct: false }),
    pkg('qs', '6.12.0', { direct: false }),
    pkg('debug', '4.3.4'),
    pkg('path-to-regexp', '0.1.10'),
  ],
);
const named = (name: string): Change => changes.find((c) => c.name === name)!;
const kindsOf = (change: Change, policy: Policy): string[] => buildItems(change, policy).map((i) => i.kind);

const policy = (text: string): Policy => parsePolicyFile(PATH, text);

describe('checklist rules in the policy', () => {
  it('names each change by the kind a rule uses', () => {
    expect(changes.map((c) => [c.name, changeKind(c)])).toEqual(
      expect.arrayContaining([
        ['express', 'major'],
        ['body-parser', 'patch'],
        ['qs', 'minor'],
        ['debug', 'downgrade'],
        ['path-to-regexp', 'added'],
        ['left-pad', 'removed'],
      ]),
    );
  });

  it('keeps the default set, texts and ids when the policy names no rule', () => {
    const withEmpty = policy('checklist: {}\n');
    expect(buildChecklist(changes, withEmpty, new Map())).toEqual(buildChecklist(changes, DEFAULT_POLICY));
    expect(kindsOf(named('express'), DEFAULT_POLICY)).toEqual([
      'release-notes',
      'anomalies',
      'requirements',
      'regulatory',
    ]);
  });

  it('gives a transitive patch bump one combined item and a major bump the full set', () => {
    const p = policy(
      'scope:\n  dependencies: all\nchecklist:\n  patch-transitive: [combined]\n  major: [release-notes, anomalies, requirements, regulatory, failure-modes]\n',
    );
    const items = buildItems(named('body-parser'), p);
    expect(items).toHaveLength(1);
    expect(items[0]!.id).toBe(itemId(changeKey(named('body-parser')), 'combined'));
    expect(items[0]!.text).toContain('assessed as a whole: release notes reviewed');
    expect(items[0]!.text).toContain('known anomalies evaluated (not looked up');
    expect(kindsOf(named('express'), p)).toEqual([
      'release-notes',
      'anomalies',
      'requirements',
      'regulatory',
      'failure-modes',
    ]);
    // A transitive minor bump has no rule of its own: the default set.
    expect(kindsOf(named('qs'), p)).toEqual(['release-notes', 'anomalies', 'requirements']);
  });

  it('prefers the -direct / -transitive rule over the plain kind, and counts unknown directness as direct', () => {
    const p = policy('checklist:\n  patch: [release-notes]\n  patch-transitive: [combined]\n');
    expect(kindsOf(named('body-parser'), p)).toEqual(['combined']);
    const unknown = { ...named('body-parser'), direct: null };
    expect(kindsOf(unknown, p)).toEqual(['release-notes']);
    const direct = policy('checklist:\n  patch-direct: [anomalies]\n');
    expect(kindsOf(unknown, direct)).toEqual(['anomalies']);
  });

  it('keeps an item id whatever rule asks for it, so ticks survive a rule that adds items', () => {
    const before = buildItems(named('express'), DEFAULT_POLICY);
    const after = buildItems(
      named('express'),
      policy('checklist:\n  major: [regulatory, release-notes, failure-modes]\n'),
    );
    const idOf = (items: typeof before, kind: string) => items.find((i) => i.kind === kind)!.id;
    expect(idOf(after, 'regulatory')).toBe(idOf(before, 'regulatory'));
    expect(idOf(after, 'release-notes')).toBe(idOf(before, 'release-notes'));
  });

  it('says which version change a regulatory item is about', () => {
    const p = policy('checklist:\n  downgrade: [downgrade, regulatory]\n  added: [combined, regulatory]\n');
    expect(buildItems(named('debug'), p).map((i) => i.text)).toEqual([
      'Reason for the downgrade to <code>4.3.4</code> recorded',
      'Regulatory significance of the downgrade assessed (new SOUP version, 62304 8.1.2)',
    ]);
    const added = buildItems(named('path-to-regexp'), p);
    expect(added.map((i) => i.kind)).toEqual(['combined', 'regulatory']);
    expect(added[0]!.text).toMatch(
      /^<code>path-to-regexp<\/code> <code>0\.1\.10<\/code> assessed as a whole: register entry/,
    );
  });

  it('never lets a rule waive the item of a supply-chain signal', () => {
    const moved: Change = {
      ...named('express'),
      type: 'source-changed',
      fromSource: 'registry:registry.npmjs.org',
      toSource: 'git',
    };
    const p = policy('checklist:\n  major: [release-notes]\n');
    expect(kindsOf(moved, p)).toEqual(['source', 'release-notes']);
  });

  it.each([
    [
      'checklist:\n  patch-transitve: [combined]\n',
      /soup-gate\.yml:2: unknown key "checklist\.patch-transitve"; use a change kind \(major, minor, patch, other, downgrade, added, removed, source-changed, integrity-changed\), optionally ending in -direct or -transitive/,
    ],
    [
      'checklist:\n  patch: []\n',
      /:2: "checklist\.patch" must be a non-empty list of items, e\.g\. \[release-notes, anomalies\] \(to stop gating these changes, use scope\)/,
    ],
    [
      'checklist:\n  major:\n    - release-notes\n    - regulatry\n',
      /:4: "checklist\.major" has unknown item "regulatry"; use one of release-notes, anomalies/,
    ],
    [
      'checklist:\n  added: [release-notes]\n',
      /:2: "checklist\.added" cannot ask for "release-notes" \(it does not apply to added changes\); use one of register-entry/,
    ],
    [
      'checklist:\n  minor: [anomalies, anomalies]\n',
      /:2: "checklist\.minor" lists "anomalies" twice; remove one/,
    ],
    ['checklist: [combined]\n', /:1: "checklist" must be a mapping of change kinds to item lists/],
    ['checklist:\n  major: [source]\n', /"checklist\.major" has unknown item "source"/],
  ])('names the line and the fix for %j', (text, message) => {
    expect(() => policy(text)).toThrow(PolicyFileError);
    expect(() => policy(text)).toThrow(message);
  });
});
