// The anomaly-review label's record, exactly: what a run stores, what a refused label stays tied
// to, and which rule judges an application the state has not met yet.
import { describe, expect, it } from 'vitest';
import {
  judgeLabelTiming,
  labelRequirement,
  recordLabel,
  refusedTie,
  staleLabelProblem,
} from '../../src/gate/label.js';
import { emptyState, type GateState } from '../../src/gate/state.js';
import { emptyRegister } from '../../src/register/parse.js';
import { change } from '../support/builders.js';
import { TODAY, enrichmentOf, sectionsOf } from './fixtures.js';

const state = (fields: Partial<GateState>): GateState => ({ ...emptyState(1), ...fields });

describe('labelRequirement without enrichment', () => {
  it('requires the label when anomalies were not looked up', () => {
    expect(
      labelRequirement(sectionsOf([change()]), 'when-anomalies', undefined, emptyRegister(), TODAY),
    ).toEqual({
      required: true,
      reason: 'anomalies were not looked up (enrich is off): review them by hand',
    });
  });
});

describe('labelRequirement with failed look-ups', () => {
  it('counts the changes whose anomalies could not be looked up', () => {
    const two = sectionsOf([change(), change({ name: 'koa', purl: 'pkg:npm/koa@2.15.0' })]);
    expect(labelRequirement(two, 'when-anomalies', enrichmentOf([]), emptyRegister(), TODAY)).toEqual({
      required: true,
      reason: 'anomalies of 2 changes could not be looked up',
    });
  });
});

describe('judgeLabelTiming', () => {
  it('judges an application of unknown event by what was shown when no label was ever accepted', () => {
    expect(judgeLabelTiming(state({ evaluatedChangeSet: 'now' }), undefined, 'now')).toBe('current');
  });

  it('judges a new labeled event by what was shown, not by the change set an earlier one was accepted for', () => {
    const accepted = state({ labelEventId: 5, labelledChangeSet: 'old', evaluatedChangeSet: 'now' });
    expect(judgeLabelTiming(accepted, 6, 'now')).toBe('current');
    expect(judgeLabelTiming(accepted, undefined, 'now')).toBe('current');
    expect(judgeLabelTiming(accepted, 6, 'later')).toBe('applied-before-shown');
  });
});

describe('recordLabel', () => {
  it('stores the labeled event and the change set the label is tied to, and what the run showed', () => {
    expect(
      recordLabel(state({ evaluatedChangeSet: 'before' }), { eventId: 7, changeSet: 'tied' }, 'shown'),
    ).toStrictEqual(state({ labelledChangeSet: 'tied', labelEventId: 7, evaluatedChangeSet: 'shown' }));
  });

  it('stores no event id when the label event is not known', () => {
    expect(
      recordLabel(
        state({ labelEventId: 3, labelledChangeSet: 'x' }),
        { eventId: undefined, changeSet: 'tied' },
        'shown',
      ),
    ).toStrictEqual(state({ labelledChangeSet: 'tied', evaluatedChangeSet: 'shown' }));
  });
});

describe('refusedTie', () => {
  const refused = state({ labelledChangeSet: 'accepted-for', evaluatedChangeSet: 'shown-then' });

  it('keeps a label accepted earlier tied to the change set it was accepted for', () => {
    expect(refusedTie(refused, 9, 'moved-since-applied')).toEqual({ eventId: 9, changeSet: 'accepted-for' });
  });

  it('ties a label applied while the changes moved to what the comment showed then', () => {
    expect(refusedTie(refused, 9, 'applied-before-shown')).toEqual({ eventId: 9, changeSet: 'shown-then' });
  });

  it('ties to the empty change set when the state recorded none', () => {
    expect(refusedTie(emptyState(1), undefined, 'applied-before-shown')).toEqual({
      eventId: undefined,
      changeSet: '',
    });
    expect(refusedTie(emptyState(1), 2, 'moved-since-applied')).toEqual({ eventId: 2, changeSet: '' });
  });

  it('says how to make a refused label count', () => {
    expect(staleLabelProblem('applied-before-shown')).toBe(
      'it was applied while the SOUP changes moved (to changes the checklist had not yet shown); remove and re-apply it',
    );
  });
});
