import { describe, expect, it } from 'vitest';
import { digestChanges } from '../../src/gate/checklist.js';
import {
  STALE_LABEL_PROBLEM,
  isLabelStale,
  labelActorProblem,
  labelRequirement,
  recordLabel,
  staleLabelNote,
} from '../../src/gate/label.js';
import { emptyState } from '../../src/gate/state.js';
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
      reason: 'anomalies of 1 change(s) could not be looked up',
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

describe('the label record', () => {
  const digest = digestChanges([express]);
  const other = digestChanges([change({ to: '4.21.2' })]);

  it('is stale only when a present label was recorded for another change set', () => {
    expect(isLabelStale(emptyState(1), true, digest)).toBe(false);
    expect(isLabelStale({ ...emptyState(1), labelledChangeSet: digest }, true, digest)).toBe(false);
    expect(isLabelStale({ ...emptyState(1), labelledChangeSet: other }, true, digest)).toBe(true);
    expect(isLabelStale({ ...emptyState(1), labelledChangeSet: other }, false, digest)).toBe(false);
  });

  it('records the change set a label is first seen on and keeps it, so a later push makes it stale', () => {
    const first = recordLabel(emptyState(1), true, other);
    expect(first.labelledChangeSet).toBe(other);
    const afterPush = recordLabel(first, true, digest);
    expect(afterPush.labelledChangeSet).toBe(other);
    expect(isLabelStale(afterPush, true, digest)).toBe(true);
  });

  it('forgets the record while no label is on the PR', () => {
    expect(
      recordLabel({ ...emptyState(1), labelledChangeSet: other }, false, digest).labelledChangeSet,
    ).toBeUndefined();
  });

  it('says what happened to a stale label, escaping its name', () => {
    expect(staleLabelNote('soup:<b>')).toBe(
      'label <code>soup&#58;&lt;b&gt;</code> removed: the SOUP changes moved after it was applied, so it must be applied again after review',
    );
    expect(STALE_LABEL_PROBLEM).toContain('remove and re-apply');
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
