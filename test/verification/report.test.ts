import { describe, expect, it } from 'vitest';
import { nameFromPurl, readSbom, runReport } from '../../src/app/report.js';
import { traceItemsOf } from '../../src/app/trace.js';
import { AUDIT_PACK_SECTIONS, renderAuditPack } from '../../src/documents/audit-pack.js';
import { parseRegister } from '../../src/register/parse.js';
import { AUDIT_PACK_SECTIONS as SCRIPT_SECTIONS } from '../../scripts/render-audit-pack.mjs';
import { buildAuditRepo, memoryFiles } from './audit-repo.js';

const TODAY = '2024-12-31T12:00:00Z';
const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script> | @everyone [x](javascript:alert(3)) \``;

async function pack(files: Map<string, string>) {
  return runReport({
    files: memoryFiles(files),
    dir: 'soup',
    registerPath: 'soup/register.yml',
    generatedAt: TODAY,
  });
}

function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  expect(start, `section ${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

describe('the audit pack from a committed soup/ folder', () => {
  it('has every section, and the render script checks the same ones', async () => {
    const { html, input } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    expect(input.notes).toEqual([]);
    for (const id of AUDIT_PACK_SECTIONS) expect(section(html, id)).not.toBe('');
    expect(SCRIPT_SECTIONS).toEqual([...AUDIT_PACK_SECTIONS]);
  });

  it('lists every SOUP item of the SBOM with its register facts and a link to its history', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    const list = section(html, 'soup-list');
    expect(list.match(/<tr><td>npm<\/td>/g)).toHaveLength(40);
    expect(list).toContain(
      '<td><code>pkg-00010</code></td><td><code>1.3.10</code></td><td>direct</td><td>runtime</td><td>B (default)</td><td class="ok">complete</td><td>REQ-10</td><td>MIT</td><td>1</td>',
    );
    expect(list).toMatch(/<td><code>pkg-00020<\/code><\/td>.*<td class="bad">1 \(1 open\)<\/td>/);
    expect(list).toMatch(/<a href="#item-\d+">changes<\/a>/);
  });

  it('shows per item which PRs changed it, who ticked what, on which commit, evidence and labels', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    const history = section(html, 'history');
    expect(history).toContain('From 12 change record(s)');
    const item = history.slice(history.indexOf('<code>npm/pkg-00002</code>'));
    const first = item.slice(0, item.indexOf('</p></li>'));
    expect(first).toContain('<a href="https://github.com/acme/pump/pull/1">PR #1</a>');
    // PR 1 (record 0): its third change is pkg-00002, left unticked on purpose (k === 2, r % 4 === 0).
    expect(first).toContain('☐ Release notes reviewed for pkg-00002 — <strong>not ticked</strong>');
    expect(first).toContain(
      '<a href="https://github.com/acme/pump/actions/runs/100">integration-tests</a> success',
    );
    expect(first).toContain('<code>soup&#58;anomalies-reviewed</code> by <code>qa-lead</code>');
    const ticked = history.slice(history.indexOf('<code>npm/pkg-00001</code>'));
    expect(ticked.slice(0, ticked.indexOf('</p></li>'))).toMatch(
      /☑ Release notes reviewed for pkg-00001 — <code>qa-lead<\/code> 2023-11-27T12&#58;00&#58;00Z at <code>a{12}<\/code>/,
    );
  });

  it('shows anomaly evaluations with their expiry as of the pack date, and the anomalies not evaluated', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    const anomalies = section(html, 'anomalies');
    expect(anomalies).toContain(
      '2 evaluation(s) in <code>soup/register.yml</code>, <strong>1 expired</strong>',
    );
    expect(anomalies).toContain('<td class="bad">expired 2024-09-01</td>');
    expect(anomalies).toContain('<td class="ok">valid until 2025-06-01</td>');
    expect(anomalies).toContain(
      '3 published anomalies of versions in use in the SBOM, <strong>2 open</strong>',
    );
    expect(anomalies).toMatch(
      /<h3>Open anomalies<\/h3>.*<code>GHSA-0-aaaa-bbbb<\/code>.*<td class="bad">expired<\/td>.*<code>GHSA-20-aaaa-bbbb<\/code><\/td><td><code>pkg&#58;npm\/pkg-00020&#64;1\.6\.7<\/code><\/td><td>high<\/td><td class="bad">not-evaluated<\/td>/s,
    );
  });

  it('shows the committed traceability matrix with each requirement verdict and run', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    const trace = section(html, 'traceability');
    expect(trace).toContain('From the committed traceability matrix');
    expect(trace).toMatch(/<code>REQ-0<\/code>.*<td class="bad">failed<\/td>/);
    expect(trace).toMatch(/<code>REQ-10<\/code>.*<td class="ok">passed<\/td>/);
    expect(trace).toContain('<a href="https://github.com/acme/pump/actions/runs/7">run</a>');
  });

  it('draws the three charts as inline SVG', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    const charts = section(html, 'charts');
    for (const id of ['chart-age', 'chart-anomalies', 'chart-changes'])
      expect(charts).toMatch(new RegExp(`<figure id="${id}"><svg xmlns="http://www.w3.org/2000/svg"`));
    // 12 records × 5 changes: the stacked bars' tooltips add up to 60.
    const changes = charts.slice(charts.indexOf('chart-changes'));
    const total = [...changes.matchAll(/<title>[^<]*: (\d+)<\/title>/g)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    expect(total).toBe(60);
    expect(charts).toContain('Release dates: none in the committed files');
  });

  it('is one self-contained file: no script, nothing loaded, a CSP that forbids both', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12 }));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;`);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    expect(html).not.toMatch(/\ssrc=/i);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(#|https:\/\/)/);
  });

  it('keeps hostile names inert everywhere they reach', async () => {
    const { html } = await pack(buildAuditRepo({ items: 40, records: 12, hostile: HOSTILE }));
    expect(html).not.toMatch(/<script|<img|onerror="|javascript:|@everyone/i);
    expect(html).toContain('&lt;img src=x onerror=&quot;alert&#40;1&#41;&quot;&gt;');
    // Every table row still has as many cells as its header.
    const list = section(html, 'soup-list');
    for (const row of list.match(/<tr><td>.*?<\/tr>/g) ?? []) expect(row.match(/<td/g)).toHaveLength(12);
  });

  it('is deterministic', async () => {
    const files = buildAuditRepo({ items: 40, records: 12 });
    expect((await pack(files)).html).toBe((await pack(files)).html);
  });

  it('says what it could not read instead of leaving silent gaps', async () => {
    const files = buildAuditRepo({ items: 10, records: 3 });
    files.delete('soup/SOUP.md');
    files.set('soup/TRACEABILITY.md', files.get('soup/TRACEABILITY.md')!.replace('"passed"', '"waived"'));
    files.set('soup/changes/2024-01-01-pr-999.md', '# hand-written notes');
    const { html, input } = await pack(files);
    expect(input.notes).toEqual([
      'soup/SOUP.md is missing: run soup-gate list and commit it',
      'soup/changes/2024-01-01-pr-999.md: not a soup-gate change record (no readable JSON block); left out',
      "soup/TRACEABILITY.md: its matrix can't be read (edited by hand?); shown from the register without results",
    ]);
    expect(html).toContain('<div class="notes"><p>Not everything could be read:</p>');
    expect(section(html, 'traceability')).toContain('No committed <code>TRACEABILITY.md</code>');
  });

  it('renders an empty repository without failing', async () => {
    const { html, input } = await pack(new Map());
    expect(input.notes).toHaveLength(3);
    for (const id of AUDIT_PACK_SECTIONS) expect(section(html, id)).not.toBe('');
  });

  it('survives change records whose JSON has the wrong types', () => {
    const html = renderAuditPack({
      generatedAt: TODAY,
      items: [],
      anomalies: [],
      notes: [],
      records: [
        {
          schema: 'soup-gate/change-record@1',
          pr: { number: 'x', mergedAt: 42, title: { a: 1 } },
          changes: [{ type: 'updated', ecosystem: 'npm', name: 'a', from: 1, to: ['2'] }, null, 'x'],
          checklist: 'nope',
          evidence: [null],
          labels: [{ name: 5 }],
        } as never,
      ],
    });
    expect(section(html, 'history')).toContain('<code>npm/a</code>');
  });
});

describe('reading the committed files', () => {
  it('readSbom notes a file that is not an SBOM', () => {
    expect(readSbom('{', 'soup/sbom.cdx.json').notes[0]).toMatch(/^soup\/sbom\.cdx\.json: not JSON/);
    expect(readSbom('{"bomFormat":"CycloneDX"}', 's').notes).toEqual([
      's: not a CycloneDX SBOM (no components list)',
    ]);
    expect(readSbom('{"components":[{"name":"x"}]}', 's').notes).toEqual([
      's: 1 component(s) without a purl, version or known purl type were left out',
    ]);
  });

  it('nameFromPurl undoes the purl split of every ecosystem', () => {
    expect(nameFromPurl('pkg:npm/%40types/node@20.1.0')).toEqual({ ecosystem: 'npm', name: '@types/node' });
    expect(nameFromPurl('pkg:maven/org.slf4j/slf4j-api@2.0.9')).toEqual({
      ecosystem: 'Maven',
      name: 'org.slf4j:slf4j-api',
    });
    expect(nameFromPurl('pkg:golang/github.com/pkg/errors@v0.9.1')).toEqual({
      ecosystem: 'Go',
      name: 'github.com/pkg/errors',
    });
    expect(nameFromPurl('pkg:github/actions/cache@v4#save')).toEqual({
      ecosystem: 'GitHub Actions',
      name: 'actions/cache/save',
    });
    expect(nameFromPurl('pkg:pypi/requests@2.32.3')).toEqual({ ecosystem: 'PyPI', name: 'requests' });
    expect(nameFromPurl('not a purl')).toBeUndefined();
  });

  it('reads the tests a register requirement names, and [] where it names none', () => {
    const register = parseRegister(
      'soup/register.yml',
      'items:\n  npm/express:\n    purpose: "x"\n    requirements:\n      - id: REQ-1\n        text: "t"\n      - id: REQ-2\n        text: "u"\n        tests: ["a:b", c.py]\n',
      { allowIncomplete: true },
    );
    expect(traceItemsOf(register)).toEqual([
      {
        key: 'npm/express',
        requirements: [
          { id: 'REQ-1', text: 't', tests: [] },
          { id: 'REQ-2', text: 'u', tests: ['a:b', 'c.py'] },
        ],
      },
    ]);
  });
});
