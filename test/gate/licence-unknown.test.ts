// A licence verdict that blocks although the new version's licence is unknown (policy
// `unknown: fail`): the blocker says so instead of crashing on the missing side.
import { describe, expect, it } from 'vitest';
import { enrichmentBlockers } from '../../src/gate/enrichment-blockers.js';
import { change } from '../support/builders.js';
import { entryFor, enrichmentOf, sectionsOf } from './fixtures.js';

describe('enrichmentBlockers with an unknown licence', () => {
  const express = change();
  const verdict = {
    verdict: 'unknown' as const,
    blocking: true,
    reason: 'no licence known for express 4.21.1',
  };

  it('blocks with the licence named unknown when the new version has no licence facts', () => {
    const unknown = enrichmentOf([
      entryFor(express, { licence: { from: null, to: null, changed: null, verdict } }),
    ]);
    expect(enrichmentBlockers(sectionsOf([express]), unknown, 'fail').blockers).toEqual([
      'licence of <code>express</code> <code>unknown</code>: unknown — <code>no licence known for express 4.21.1</code>',
    ]);
  });

  it('blocks with the licence named unknown when the registry gave no SPDX expression', () => {
    const to = {
      version: '4.21.1',
      expression: null,
      declared: ['see LICENSE'],
      source: 'deps.dev' as const,
    };
    const unknown = enrichmentOf([
      entryFor(express, { licence: { from: null, to, changed: null, verdict } }),
    ]);
    expect(enrichmentBlockers(sectionsOf([express]), unknown, 'fail').blockers).toEqual([
      'licence of <code>express</code> <code>unknown</code>: unknown — <code>no licence known for express 4.21.1</code>',
    ]);
  });
});
