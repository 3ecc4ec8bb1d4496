import { describe, expect, it } from 'vitest';
import { digestChanges } from '../../src/gate/checklist.js';
import {
  judgeLabelTiming,
  refusedTie,
  staleLabelProblem,
  labelActorProblem,
  labelRequirement,
  recordLabel,
  staleLabelNote,
} from '../../src/gate/label.js';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { emptyRegister } from '../../src/register/parse.js';
import { change } from '../support/builders.js';
import { TODAY, anomaly, entryFor, enrichmentOf, registerWithEvaluation, sectionsOf } from './fixtures.js';

const express = change();
const gated = sectionsOf([express]);
const evaluated = anomaly('GHSA-qwcr-r2fm-qrc7', ['CVE-2024-43796']);
const fresh = anomaly('GHSA-9wv6-86v2-598j', ['CVE-2024-45296']);
const withAnomalies = (...found: ReturnType<typeof anomaly>[]) =>
  enrichmentOf([
    entryFor(express, {
      anomalies: {
        introduced: found.slice(0, 1),
        fixed: [],
        present: found.slice(1),
        checkedBy: { to: 'version' },
      },
    }),
  ]);

describe('labelRequirement', () => {
  it('needs no label without gated changes, whatever the rule', () => {
    for (const rule of ['always', 'when-anomalies', 'never'] as const)
      expect(labelRequirement([], rule, undefined, emptyRegister(), TODAY).required).toBe(false);
  });

  it('follows `never` and `always` without looking at anomalies', () => {
    expect(labelRequirement(gated, 'never', withAnomalies(fresh), emptyRegister(), TODAY)).toEqual({
      required: false,
      reason: 'not required by the policy',
    });
    expect(
      labelRequirement(gated, 'always', enrichmentOf([entryFor(express)]), emptyRegister(), TODAY),
    ).toEqual({
      required: true,
      reason: 'the policy requires it on every SOUP change',
    });
  });

  it('needs the label when anomalies were not looked up at all (enrich off)', () => {
    expect(labelRequirement(gated, 'when-anomalies', undefined, emptyRegister(), TODAY).reason).toBe(
      'anomalies were not looked up (enrich is off): review them by hand',
    );
  });

  it('counts known anomalies of the new versions, introduced and still present', () => {
    expect(labelRequirement(gated, 'when-anomalies', withAnomalies(fresh), emptyRegister(), TODAY)).toEqual({
      required: true,
      reason: '1 known anomaly in the new versions not evaluated in the register',
    });
    expect(
      labelRequirement(gated, 'when-anomalies', withAnomalies(fresh, evaluated), emptyRegister(), TODAY),
    ).toEqual({
      required: true,
      reason: '2 known anomalies in the new versions not evaluated in the register',
    });
  });

  it('does not ask again for an anomaly the register evaluates (matched by id or alias)', () => {
    const register = registerWithEvaluation();
    expect(labelRequirement(gated, 'when-anomalies', withAnomalies(evaluated), register, TODAY)).toEqual({
      required: false,
      reason: 'no known anomalies in the new versions',
    });
    const byAlias = anomaly('OSV-2024-1', ['GHSA-qwcr-r2fm-qrc7']);
    expect(labelRequirement(gated, 'when-anomalies', withAnomalies(byAlias), register, TODAY).required).toBe(
      false,
    );
    expect(
      labelRequirement(gated, 'when-anomalies', withAnomalies(evaluated, fresh), register, TODAY).reason,
    ).toBe('1 known anomaly in the new versions not evaluated in the register');
  });

  it('asks again once the evaluation has expired', () => {
    const later = new Date('2027-04-03T00:00:00Z');
    expect(
      labelRequirement(gated, 'when-anomalies', withAnomalies(evaluated), registerWithEvaluation(), later),
    ).toEqual({
      required: true,
      reason: '1 known anomaly in the new versions not evaluated in the register',
    });
  });

  it('needs the label for a change whose anomalies could not be looked up, or that has no result', () => {
    const failed = enrichmentOf([
      entryFor(express, { anomalies: null, unchecked: [{ what: 'anomalies', reason: 'OSV answered 503' }] }),
    ]);
    expect(labelRequirement(gated, 'when-anomalies', failed, emptyRegister(), TODAY)).toEqual({
      required: true,
      reason: 'anomalies of 1 change could not be looked up',
    });
    expect(labelRequirement(gated, 'when-anomalies', enrichmentOf([]), emptyRegister(), TODAY).required).toBe(
      true,
    );
    const licenceOnly = enrichmentOf([
      entryFor(express, { unchecked: [{ what: 'licence', reason: 'no data' }] }),
    ]);
    expect(labelRequirement(gated, 'when-anomalies', licenceOnly, emptyRegister(), TODAY).required).toBe(
      false,
    );
  });
});

describe('the label record: a label counts for the change set the comment showed when it was applied', () => {
  const digest = digestChanges([express]);
  const other = digestChanges([change({ to: '4.21.2' })]);
  const shown = (changeSet: string): GateState => ({ ...emptyState(1), evaluatedChangeSet: changeSet });

  it('a new application counts when the changes are still the ones last shown', () => {
    expect(judgeLabelTiming(shown(digest), 501, digest)).toBe('current');
  });

  it('a new application made while the changes moved (a push the checklist had not shown) does not count', () => {
    expect(judgeLabelTiming(shown(other), 501, digest)).toBe('applied-before-shown');
    // nothing shown yet: applied before soup-gate ever evaluated the PR
    expect(judgeLabelTiming(emptyState(1), 501, digest)).toBe('applied-before-shown');
  });

  it('an accepted application stays tied to its change set: a later push makes it stale, a README push does not', () => {
    const accepted = recordLabel(shown(other), { eventId: 501, changeSet: other }, other);
    expect(judgeLabelTiming(accepted, 501, other)).toBe('current');
    expect(
      judgeLabelTiming(recordLabel(accepted, { eventId: 501, changeSet: other }, other), 501, digest),
    ).toBe('moved-since-applied');
  });

  it('a re-application (a new labeled event) is judged afresh against what was shown', () => {
    const stale = { ...shown(digest), labelledChangeSet: other, labelEventId: 501 };
    expect(judgeLabelTiming(stale, 501, digest)).toBe('moved-since-applied');
    expect(judgeLabelTiming(stale, 777, digest)).toBe('current');
  });

  it('a state written before event ids were recorded keeps its first-seen rule', () => {
    const legacy = { ...emptyState(1), labelledChangeSet: other };
    expect(judgeLabelTiming(legacy, 501, other)).toBe('current');
    expect(judgeLabelTiming(legacy, 501, digest)).toBe('moved-since-applied');
  });

  it('every run records what it showed; without a label the record is forgotten', () => {
    const next = recordLabel(
      { ...shown(other), labelledChangeSet: other, labelEventId: 501 },
      undefined,
      digest,
    );
    expect(next.evaluatedChangeSet).toBe(digest);
    expect(next.labelledChangeSet).toBeUndefined();
    expect(next.labelEventId).toBeUndefined();
  });

  it('a refused label the bot cannot remove stays refused on the next run', () => {
    const before = shown(other);
    const timing = judgeLabelTiming(before, 501, digest);
    expect(timing).toBe('applied-before-shown');
    const after = recordLabel(before, refusedTie(before, 501, 'applied-before-shown'), digest);
    expect(judgeLabelTiming(after, 501, digest)).not.toBe('current');
    const acceptedThenMoved = { ...shown(other), labelledChangeSet: other, labelEventId: 9 };
    const kept = recordLabel(
      acceptedThenMoved,
      refusedTie(acceptedThenMoved, 9, 'moved-since-applied'),
      digest,
    );
    expect(judgeLabelTiming(kept, 9, digest)).toBe('moved-since-applied');
  });

  it('says what happened to a label that does not count, escaping its name', () => {
    expect(staleLabelNote('soup:<b>', 'moved-since-applied')).toBe(
      'label <code>soup&#58;&lt;b&gt;</code> removed: the SOUP changes moved after it was applied, so it must be applied again after review',
    );
    expect(staleLabelNote('x', 'applied-before-shown')).toMatch(/applied while the SOUP changes moved/);
    expect(staleLabelProblem('moved-since-applied')).toContain('remove and re-apply');
  });
});

describe('labelActorProblem', () => {
  it('counts a label applied by a reviewer', () => {
    expect(labelActorProblem('qa-lead', null)).toBeUndefined();
  });

  it('does not count a label nobody is recorded as applying', () => {
    expect(labelActorProblem(undefined, null)).toBe('applied by unknown: nobody is recorded as applying it');
  });

  it('does not count a label applied by someone who may not assess, and says why', () => {
    expect(labelActorProblem('intern', '<code>intern</code> has <code>read</code> access')).toBe(
      'applied by <code>intern</code>: <code>intern</code> has <code>read</code> access',
    );
  });
});
