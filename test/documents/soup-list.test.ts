import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/parse.js';
import { readSoupListStamp, renderSoupList } from '../../src/documents/soup-list.js';
import { lockfile, inventory, pkg } from '../support/builders.js';
import { EXAMPLE } from '../register/example.js';
import { DEMO_ENRICHMENT, loadDemoInventory, loadMultiEcosystemInventory } from './soup-list-fixtures.js';

const register = parseRegister('soup/register.yml', EXAMPLE);
const GENERATED_AT = '2026-11-20T10:00:00Z';

function html(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
}

describe('renderSoupList', () => {
  it('renders the demo with register fields, enrichment, anomaly evaluations and last-verified dates', async () => {
    const markdown = renderSoupList({
      inventory: await loadDemoInventory(),
      register,
      generatedAt: GENERATED_AT,
      commit: '0123456789abcdef0123456789abcdef01234567',
      repo: 'acme/infusion-pump',
      enrichment: DEMO_ENRICHMENT,
      lastVerified: new Map([['pkg:npm/express@4.21.1', '2026-11-19']]),
    });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/soup-list-demo.md');
    expect(markdown).toContain(
      '- known anomalies: <code>GHSA-qwcr-r2fm-qrc7</code>: not&#95;affected &#40;qa-lead, 2026-10-02&#41;; **<code>GHSA-rv95-896h-c2vc</code>: not evaluated**',
    );
  });

  it('renders a SOUP list for eleven ecosystems, grouped by lockfile with a table of contents', async () => {
    const markdown = renderSoupList({
      inventory: await loadMultiEcosystemInventory(),
      register,
      generatedAt: GENERATED_AT,
      commit: 'feedfacecafe',
      repo: 'acme/monorepo',
    });
    await expect(markdown).toMatchFileSnapshot('__snapshots__/soup-list-ecosystems.md');
    expect(markdown).toContain('## Contents');
    for (const ecosystem of [
      'npm',
      'PyPI',
      'crates.io',
      'Go',
      'GitHub Actions',
      'Packagist',
      'RubyGems',
      'NuGet',
      'Pub',
      'Maven',
    ])
      expect(markdown, ecosystem).toMatch(
        new RegExp(`\\| ecosystem \\|.*${ecosystem.replace('.', '\\.')}: \\d+`),
      );
  });

  it('is byte-identical for the same inputs whatever the input order', async () => {
    const inv = await loadMultiEcosystemInventory();
    const shuffled = {
      lockfiles: [...inv.lockfiles].reverse().map((l) => ({ ...l, packages: [...l.packages].reverse() })),
    };
    const a = renderSoupList({ inventory: inv, register, generatedAt: GENERATED_AT });
    const b = renderSoupList({ inventory: shuffled, register, generatedAt: new Date(GENERATED_AT) });
    expect(b).toBe(a);
  });

  it('round-trips its stamp, and has no table of contents for one small lockfile', () => {
    const markdown = renderSoupList({
      inventory: inventory(lockfile('package-lock.json', [pkg('a', '1.0.0')])),
      generatedAt: GENERATED_AT,
      commit: 'abc',
      repo: 'o/r',
    });
    expect(readSoupListStamp(markdown)).toEqual({ generatedAt: GENERATED_AT, commit: 'abc', repo: 'o/r' });
    expect(markdown).not.toContain('## Contents');
    expect(markdown).toContain('| default safety class | C (assumed: the register sets no default) |');
    expect(readSoupListStamp('# SOUP list\n')).toBeUndefined();
    expect(readSoupListStamp('<!-- soup-gate:soup-list {"generatedAt": 5} -->\n')).toBeUndefined();
    // A time that is no time: no stamp (the list is regenerated) rather than a crash when rendering.
    expect(readSoupListStamp('<!-- soup-gate:soup-list {"generatedAt": "soon"} -->\n')).toBeUndefined();
  });

  it('keeps hostile names, versions, lockfile paths and enrichment inert', () => {
    const evil = '<img src=x onerror=alert(1)>|@admin [x](javascript:alert(1)) <!-- `';
    const markdown = renderSoupList({
      inventory: inventory(
        lockfile(`${evil}/package-lock.json`, [pkg(evil, `1.0.0${evil}`, { direct: true })]),
      ),
      generatedAt: GENERATED_AT,
      commit: evil,
      repo: evil,
      enrichment: new Map([
        [
          pkg(evil, `1.0.0${evil}`).purl,
          {
            supplier: evil,
            licence: evil,
            links: { sourceRepo: 'javascript:alert(1)', issueTracker: `https://x.test/${evil}` },
            anomalies: [{ id: evil }],
          },
        ],
      ]),
    });
    const [stamp, ...rest] = markdown.split('\n');
    const rendered = html(rest.join('\n'));
    expect(rendered).not.toMatch(/<img|<a href="javascript|<!--|<script/);
    // No raw @mention outside link destinations (where safeUrl percent-encodes what matters).
    expect(rest.join('\n').replace(/\]\([^)\s]*\)/g, '')).not.toContain('@admin');
    expect(stamp).not.toContain('@admin');
    // Every table row keeps its six cells.
    for (const line of markdown.split('\n').filter((l) => l.startsWith('| <code>')))
      expect(line.split(' | ')).toHaveLength(6);
    // The stamp line stays one HTML comment.
    expect(markdown.split('\n')[0]).toMatch(/^<!-- soup-gate:soup-list \{.*\} -->$/);
    expect(markdown.split('\n')[0]!.slice(4, -3)).not.toContain('-->');
    expect(readSoupListStamp(markdown)?.commit).toBe(evil);
  });

  it('lists register entries that match no SOUP item and flags direct items without one', () => {
    const markdown = renderSoupList({
      inventory: inventory(lockfile('package-lock.json', [pkg('left-pad', '1.3.0')])),
      register,
      generatedAt: GENERATED_AT,
    });
    expect(markdown).toContain('**no register entry**');
    expect(markdown).toContain('**1 item(s) gated by policy without an entry**');
    expect(markdown.match(/- Not in any lockfile at this commit\./g)).toHaveLength(2);
  });
});

describe('renderSoupList scope and facts', () => {
  const inv = inventory(
    lockfile('package-lock.json', [
      pkg('express', '4.21.1'),
      pkg('qs', '6.13.0', { direct: false }),
      pkg('jest', '29.7.0', { scope: 'dev' }),
    ]),
  );
  const lastVerified = new Map([
    ['pkg:npm/express@4.21.1', '2026-11-19'],
    ['pkg:npm/qs@6.13.0', '2026-11-19'],
  ]);

  it('flags only items the policy gates, and shows an assessment date only for those', () => {
    const markdown = renderSoupList({ inventory: inv, generatedAt: GENERATED_AT, lastVerified });
    expect(markdown).toContain('**1 item(s) gated by policy without an entry**');
    expect(markdown).toMatch(/\| <code>express<\/code> .*\| 2026-11-19 \|/);
    expect(markdown).toMatch(/\| <code>qs<\/code> .*\| not gated by policy \|/);
    expect(markdown).toMatch(/\| <code>jest<\/code> .*\| not gated by policy \|/);
    // Ungated items' identity sits one line each under one fold; gated ones are folded one by one.
    expect(markdown).toContain(
      '<details><summary>2 item(s) not gated by policy: designator, supplier, licence, where anomalies are published</summary>',
    );
    expect(markdown).toContain(
      '- <code>pkg&#58;npm/qs&#64;6.13.0</code> · supplier: not looked up · licence: not looked up · anomalies published at: not looked up · [registry](https://www.npmjs.com/package/qs/v/6.13.0)',
    );
    expect(markdown).toContain('<details><summary><code>express</code> <code>4.21.1</code></summary>');
    // Dev-only items sit in their own table after the shipped ones.
    expect(markdown.indexOf('Dev-only')).toBeGreaterThan(markdown.indexOf('<code>qs</code>'));
    expect(markdown.indexOf('Dev-only')).toBeLessThan(markdown.indexOf('| <code>jest</code>'));

    const all = renderSoupList({
      inventory: inv,
      generatedAt: GENERATED_AT,
      lastVerified,
      scope: { dependencies: 'all', includeDev: true },
    });
    expect(all).toContain('**3 item(s) gated by policy without an entry**');
    expect(all).toMatch(/\| <code>qs<\/code> .*\| 2026-11-19 \|/);
    expect(all).toMatch(/\| <code>jest<\/code> .*\| no assessed change recorded \|/);
  });

  it('says "not looked up" rather than a dash that reads as "none"', () => {
    const markdown = renderSoupList({
      inventory: inv,
      generatedAt: GENERATED_AT,
      enrichment: new Map([['pkg:npm/qs@6.13.0', { lookedUp: true }]]),
    });
    expect(markdown).toMatch(/\| <code>express<\/code> .*\| not looked up \| not looked up \|/);
    expect(markdown).toMatch(/\| <code>qs<\/code> .*\| not published \| none declared \|/);
    expect(markdown).toContain('| supplier and licence | looked up for 1 of 3 item(s)');
    expect(markdown).not.toMatch(/\| — \|/);
  });
});
