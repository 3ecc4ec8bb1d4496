// What a checklist item's wording carries from enrichment: a confirmed release-notes link and the
// anomaly ids of the new version, never a guessed link and never facts of another change.
import { describe, expect, it } from 'vitest';
import { checklistFacts } from '../../src/gate/facts.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { change } from '../support/builders.js';
import { anomaly, enrichmentOf, entryFor } from './fixtures.js';

const express = change();
const lodash = change({ name: 'lodash', from: '4.17.20', to: '4.17.21', purl: 'pkg:npm/lodash@4.17.21' });

describe('checklistFacts', () => {
  it('has no facts without enrichment', () => {
    expect(checklistFacts([express], undefined).size).toBe(0);
  });

  it('lists the new version’s anomalies, introduced first, and those the change fixes', () => {
    const enrichment = enrichmentOf([
      entryFor(express, {
        anomalies: {
          introduced: [anomaly('GHSA-new1')],
          present: [anomaly('GHSA-old1'), anomaly('GHSA-old2')],
          fixed: [anomaly('GHSA-gone')],
          checkedBy: { to: 'version' },
        },
      }),
    ]);
    expect(checklistFacts([express], enrichment)).toEqual(
      new Map([
        [
          changeKey(express),
          { anomalies: { present: ['GHSA-new1', 'GHSA-old1', 'GHSA-old2'], fixed: ['GHSA-gone'] } },
        ],
      ]),
    );
  });

  it('carries a confirmed release-notes link and never a guessed one', () => {
    const link = {
      url: 'https://github.com/expressjs/express/compare/4.19.2...4.21.1',
      kind: 'compare' as const,
    };
    const confirmed = checklistFacts(
      [express],
      enrichmentOf([entryFor(express, { anomalies: null, releaseNotes: { ...link, tagGuessed: false } })]),
    );
    expect(confirmed.get(changeKey(express))).toEqual({ releaseNotes: link });
    const guessed = checklistFacts(
      [express],
      enrichmentOf([entryFor(express, { anomalies: null, releaseNotes: { ...link, tagGuessed: true } })]),
    );
    expect(guessed.get(changeKey(express))).toEqual({});
  });

  it('says nothing about anomalies that were not looked up, and skips changes enrichment did not reach', () => {
    const facts = checklistFacts([express, lodash], enrichmentOf([entryFor(lodash, { anomalies: null })]));
    expect([...facts.keys()]).toEqual([changeKey(lodash)]);
    expect(facts.get(changeKey(lodash))).toEqual({});
  });

  it('lists no ids when the new version has none', () => {
    const facts = checklistFacts([express], enrichmentOf([entryFor(express)]));
    expect(facts.get(changeKey(express))).toEqual({ anomalies: { present: [], fixed: [] } });
  });
});
