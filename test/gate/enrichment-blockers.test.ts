import { describe, expect, it } from 'vitest';
import { enrichmentBlockers } from '../../src/gate/enrichment-blockers.js';
import { change } from '../support/builders.js';
import { entryFor, enrichmentOf, sectionsOf } from './fixtures.js';

const express = change();
const devTool = change({
  name: 'jest',
  scope: 'dev',
  from: '29.7.0',
  to: '30.0.0',
  purl: 'pkg:npm/jest@30.0.0',
});
const sections = sectionsOf([express, devTool]);

describe('enrichmentBlockers', () => {
  it('finds nothing without enrichment (enrich off is handled by the label rule)', () => {
    expect(enrichmentBlockers(sections, undefined, 'fail')).toEqual({ blockers: [], warnings: [] });
  });

  it('finds nothing when every gated change was looked up', () => {
    expect(enrichmentBlockers(sections, enrichmentOf([entryFor(express)]), 'fail')).toEqual({
      blockers: [],
      warnings: [],
    });
  });

  it('blocks a gated change without any look-up result, and ignores changes that are only listed', () => {
    expect(enrichmentBlockers(sections, enrichmentOf([]), 'fail')).toEqual({
      blockers: ['anomalies of <code>express</code> could not be checked: <code>no lookup result</code>'],
      warnings: [],
    });
  });

  it('blocks failed anomaly look-ups by default and only warns when the policy says warn', () => {
    const failed = enrichmentOf([
      entryFor(express, { anomalies: null, unchecked: [{ what: 'anomalies', reason: 'OSV answered 503' }] }),
    ]);
    expect(enrichmentBlockers(sections, failed, 'fail').blockers).toEqual([
      'anomalies of <code>express</code> could not be checked: <code>OSV answered 503</code>',
    ]);
    expect(enrichmentBlockers(sections, failed, 'warn')).toEqual({
      blockers: [],
      warnings: ['anomalies of express could not be checked: OSV answered 503'],
    });
  });

  it('only warns about an unchecked licence', () => {
    const unknown = enrichmentOf([
      entryFor(express, { unchecked: [{ what: 'licence', reason: 'not on deps.dev' }] }),
    ]);
    expect(enrichmentBlockers(sections, unknown, 'fail')).toEqual({
      blockers: [],
      warnings: ['licence of express could not be checked: not on deps.dev'],
    });
  });

  it('blocks a licence the policy denies, escaping what the registry said', () => {
    const denied = enrichmentOf([
      entryFor(express, {
        licence: {
          from: null,
          to: {
            version: '4.21.1',
            expression: 'GPL-3.0-only',
            declared: ['GPL-3.0-only'],
            source: 'deps.dev',
          },
          changed: null,
          verdict: { verdict: 'denied', blocking: true, reason: 'GPL-3.0-only is <denied>' },
        },
      }),
    ]);
    expect(enrichmentBlockers(sections, denied, 'fail').blockers).toEqual([
      'licence of <code>express</code> <code>GPL-3.0-only</code>: denied — <code>GPL-3.0-only is &lt;denied&gt;</code>',
    ]);
  });

  it('escapes a hostile package name in a blocker and warns about each failed request', () => {
    const hostile = change({ name: '<img src=x onerror=alert(1)>' });
    const result = enrichmentBlockers(
      sectionsOf([hostile]),
      enrichmentOf([], [{ url: 'https://api.osv.dev/v1/querybatch', reason: 'timed out', changes: [] }]),
      'fail',
    );
    expect(result.blockers[0]).toContain('<code>&lt;img src=x onerror=alert&#40;1&#41;&gt;</code>');
    expect(result.blockers[0]).not.toContain('<img');
    expect(result.warnings).toEqual(['lookup failed: https://api.osv.dev/v1/querybatch: timed out']);
  });
});
