import { describe, expect, it } from 'vitest';
import { buildSbom, readSbomFacts } from '../../src/documents/sbom.js';
import { renderSoupList } from '../../src/documents/soup-list.js';
import type { ChangeEnrichment } from '../../src/enrich/types.js';
import { changeKey } from '../../src/inventory/change-key.js';
import {
  derivedFacts,
  factsFromEnrichment,
  mergeFacts,
  repositoryOwner,
} from '../../src/register/package-facts.js';
import { change, inventory, lockfile, pkg } from '../support/builders.js';

function looked(overrides: Partial<ChangeEnrichment> = {}): ChangeEnrichment {
  return {
    key: '',
    anomalies: null,
    licence: {
      from: null,
      to: { version: '4.21.1', expression: 'MIT', declared: ['MIT'], source: 'deps.dev' },
      changed: null,
    },
    links: {
      sourceRepo: 'https://github.com/expressjs/express',
      issueTracker: 'https://github.com/expressjs/express/issues',
      homepage: 'http://expressjs.com/',
    },
    releaseNotes: null,
    unchecked: [],
    ...overrides,
  };
}

describe('package facts', () => {
  it('names the owner of a repository on a known forge, and nobody for other hosts', () => {
    expect(repositoryOwner('https://github.com/expressjs/express')).toBe('expressjs');
    expect(repositoryOwner('git+https://gitlab.com/group/proj.git')).toBe('group');
    expect(repositoryOwner('https://example.com/expressjs/express')).toBeUndefined();
    expect(repositoryOwner('not a url')).toBeUndefined();
    expect(repositoryOwner('https://github.com/')).toBeUndefined();
  });

  it("knows a GitHub Action's publisher, source and issue tracker from its name alone", () => {
    expect(derivedFacts('GitHub Actions', 'actions/checkout')).toEqual({
      supplier: 'actions',
      supplierFrom: 'source-repository',
      links: {
        sourceRepo: 'https://github.com/actions/checkout',
        issueTracker: 'https://github.com/actions/checkout/issues',
      },
    });
    expect(derivedFacts('npm', 'actions/checkout')).toBeUndefined();
    expect(derivedFacts('GitHub Actions', './local-action')).toBeUndefined();
  });

  it("turns a merge's look-ups into facts of the new versions; an unchecked licence gives none", () => {
    const bump = change();
    const added = change({ type: 'added', name: 'qs', from: null, to: '6.13.0', purl: 'pkg:npm/qs@6.13.0' });
    const removed = change({
      type: 'removed',
      name: 'old',
      from: '1.0.0',
      to: null,
      purl: 'pkg:npm/old@1.0.0',
    });
    const entries = new Map([
      [changeKey(bump), looked()],
      [changeKey(added), looked({ unchecked: [{ what: 'licence', reason: 'offline' }] })],
      [changeKey(removed), looked()],
    ]);
    const facts = factsFromEnrichment([bump, added, removed], { entries });
    expect([...facts.keys()]).toEqual(['pkg:npm/express@4.21.1']);
    expect(facts.get('pkg:npm/express@4.21.1')).toEqual({
      supplier: 'expressjs',
      supplierFrom: 'source-repository',
      licence: 'MIT',
      links: {
        sourceRepo: 'https://github.com/expressjs/express',
        issueTracker: 'https://github.com/expressjs/express/issues',
        homepage: 'http://expressjs.com/',
      },
      lookedUp: true,
    });
  });

  it('lets fresh look-ups win over carried facts, fact by fact', () => {
    const merged = mergeFacts(
      new Map([['p', { licence: 'MIT', links: { homepage: 'https://new.test' } }]]),
      new Map([['p', { licence: 'ISC', supplier: 'old', links: { sourceRepo: 'https://github.com/o/r' } }]]),
    );
    expect(merged.get('p')).toEqual({
      licence: 'MIT',
      supplier: 'old',
      links: { sourceRepo: 'https://github.com/o/r', homepage: 'https://new.test' },
    });
  });

  it('carries facts over through the committed SBOM: read back and rendered again, the same bytes', () => {
    const inv = inventory(
      lockfile('package-lock.json', [pkg('express', '4.21.1'), pkg('qs', '6.13.0', { direct: false })]),
    );
    const enrichment = new Map([
      [
        'pkg:npm/express@4.21.1',
        {
          supplier: 'expressjs',
          supplierFrom: 'source-repository' as const,
          licence: 'MIT OR Apache-2.0',
          description: 'web framework',
          links: {
            sourceRepo: 'https://github.com/expressjs/express',
            issueTracker: 'https://github.com/expressjs/express/issues',
          },
          lookedUp: true,
        },
      ],
      ['pkg:npm/qs@6.13.0', { licence: 'BSD-3-Clause', lookedUp: true }],
    ]);
    const options = { generatedAt: '2026-11-20T10:00:00Z', commit: 'abc', repo: 'o/r' };
    const first = buildSbom(inv, { ...options, enrichment });
    const carried = readSbomFacts(first);
    expect(carried.get('pkg:npm/express@4.21.1')).toEqual(enrichment.get('pkg:npm/express@4.21.1'));
    expect(carried.get('pkg:npm/qs@6.13.0')).toEqual({ licence: 'BSD-3-Clause', lookedUp: true });
    expect(buildSbom(inv, { ...options, enrichment: carried })).toBe(first);
    const list = renderSoupList({ inventory: inv, enrichment: carried, generatedAt: options.generatedAt });
    expect(list).toContain(
      '| <code>express</code> | <code>4.21.1</code> | C (default) | expressjs | MIT OR Apache-2.0 |',
    );
    expect(list).toContain('- supplier: expressjs (repository owner)');
  });
});
