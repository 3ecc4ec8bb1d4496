// The release-notes item a reviewer ticks: its link is the one enrichment confirmed, and its text
// says what kind of page it is (a changelog is not called a compare view). The item's text goes
// into the audit record with the tick, so a guessed tag must never be in it.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { findReleaseNotes, createTagResolver } from '../../src/enrich/release-notes.js';
import type { ReleaseNotesLink } from '../../src/enrich/types.js';
import { buildChecklist } from '../../src/gate/checklist.js';
import { checklistFacts } from '../../src/gate/facts.js';
import type { Change } from '../../src/inventory/diff.js';
import { entryFor, enrichmentOf } from './fixtures.js';

const express: Change = {
  type: 'updated',
  ecosystem: 'npm',
  name: 'express',
  from: '4.19.2',
  to: '4.21.1',
  bump: 'minor',
  direct: true,
  scope: 'runtime',
  lockfile: 'package-lock.json',
  purl: 'pkg:npm/express@4.21.1',
};

function releaseItem(notes: ReleaseNotesLink | null, change: Change = express): string {
  const enrichment = enrichmentOf([entryFor(change, { releaseNotes: notes })]);
  const [section] = buildChecklist([change], DEFAULT_POLICY, checklistFacts([change], enrichment));
  return section!.items.find((i) => i.kind === 'release-notes')!.text;
}

const LEAD =
  'Release notes <code>4.19.2</code> → <code>4.21.1</code> reviewed for safety-relevant behaviour changes';

describe('the release-notes tick label', () => {
  it('a confirmed compare view, with the real tag names', () => {
    expect(
      releaseItem({
        url: 'https://github.com/expressjs/express/compare/4.19.2...4.21.1',
        kind: 'compare',
        tagGuessed: false,
        tags: { from: '4.19.2', to: '4.21.1' },
      }),
    ).toBe(`${LEAD} ([compare](https://github.com/expressjs/express/compare/4.19.2...4.21.1))`);
  });

  it.each([
    ['releases', 'https://github.com/expressjs/express/releases'],
    ['changelog', 'https://github.com/expressjs/express/blob/master/History.md'],
    ['release', 'https://github.com/expressjs/express/releases/tag/4.21.1'],
  ] as const)('a %s link is called what it is', (kind, url) => {
    expect(releaseItem({ url, kind, tagGuessed: false })).toBe(`${LEAD} ([${kind}](${url}))`);
  });

  it('no link for a guessed tag, none for a non-http URL, none when nothing is known', () => {
    const guessed = {
      url: 'https://github.com/expressjs/express/compare/v4.19.2...v4.21.1',
      kind: 'compare',
      tagGuessed: true,
    } as const;
    expect(releaseItem(guessed)).toBe(LEAD);
    expect(releaseItem({ url: 'javascript:alert(1)', kind: 'changelog', tagGuessed: false })).toBe(LEAD);
    expect(releaseItem(null)).toBe(LEAD);
  });

  it('end to end through the rule: unconfirmed tags leave no tag link in the label', async () => {
    const links = { sourceRepo: 'https://github.com/expressjs/express' };
    const refused = createTagResolver(async () => {
      throw new Error('HTTP 403');
    });
    for (const tags of [undefined, refused, createTagResolver(async () => false)]) {
      const label = releaseItem(await findReleaseNotes(express, links, tags));
      expect(label).not.toMatch(/\/compare\/|\/releases\/tag\//);
      expect(label).toBe(`${LEAD} ([releases](https://github.com/expressjs/express/releases))`);
    }
    const confirmed = createTagResolver(async (_repo, tag) => ['4.19.2', 'v5.0.0'].includes(tag));
    const major = { ...express, to: '5.0.0', bump: 'major' as const };
    expect(releaseItem(await findReleaseNotes(major, links, confirmed), major)).toContain(
      '([compare](https://github.com/expressjs/express/compare/4.19.2...v5.0.0))',
    );
  });
});
