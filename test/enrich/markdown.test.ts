import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { changeKey } from '../../src/inventory/change-key.js';
import type { Anomaly, ChangeEnrichment, EnrichmentResult } from '../../src/enrich/types.js';
import type { Change } from '../../src/inventory/diff.js';
import {
  renderAnomalyFacts,
  renderChangeFacts,
  renderEnrichmentSection,
  renderLicenceFacts,
} from '../../src/documents/anomalies.js';
import { change } from '../support/builders.js';

const toHtml = (markdown: string): string =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });

const anomaly = (id: string, label: Anomaly['severity']['label'], score?: number): Anomaly => ({
  id,
  aliases: [],
  summary: `${id} summary`,
  severity: {
    label,
    ...(score !== undefined ? { score } : {}),
    source: score !== undefined ? 'cvss' : 'database',
  },
  url: `https://osv.dev/vulnerability/${id}`,
  fixedVersions: [],
});

const express: Change = change();

const entry: ChangeEnrichment = {
  key: changeKey(express),
  anomalies: {
    introduced: [anomaly('GHSA-rhx6-c78j-4q9w', 'high', 7.5)],
    fixed: [anomaly('GHSA-9wv6-86v2-598j', 'high'), anomaly('GHSA-qwcr-r2fm-qrc7', 'medium')],
    present: [],
    checkedBy: { from: 'version', to: 'version' },
  },
  licence: {
    from: { version: '4.19.2', expression: 'MIT', declared: ['MIT'], source: 'deps.dev' },
    to: { version: '4.21.1', expression: 'MIT', declared: ['MIT'], source: 'deps.dev' },
    changed: false,
  },
  links: { sourceRepo: 'https://github.com/expressjs/express' },
  releaseNotes: {
    url: 'https://github.com/expressjs/express/compare/4.19.2...4.21.1',
    kind: 'compare',
    tagGuessed: false,
  },
  unchecked: [],
};

describe('anomaly and licence Markdown', () => {
  it('shows a bump that introduces one anomaly and fixes two, with links', () => {
    expect(renderAnomalyFacts(entry.anomalies)).toBe(
      '1 introduced: [GHSA-rhx6-c78j-4q9w](https://osv.dev/vulnerability/GHSA-rhx6-c78j-4q9w) (high 7.5)' +
        ' · the update fixes 2 known anomalies of the old version: [GHSA-9wv6-86v2-598j](https://osv.dev/vulnerability/GHSA-9wv6-86v2-598j),' +
        ' [GHSA-qwcr-r2fm-qrc7](https://osv.dev/vulnerability/GHSA-qwcr-r2fm-qrc7)',
    );
    expect(renderChangeFacts(entry)).toMatchSnapshot();
  });

  it('says an unknown licence once, and whether the policy lets it pass', () => {
    const unknown = (blocking: boolean) =>
      renderLicenceFacts({
        from: null,
        to: {
          version: '0.1.10',
          expression: null,
          declared: [],
          source: 'deps.dev',
          note: 'deps.dev does not know path-to-regexp 0.1.10',
        },
        changed: null,
        verdict: { verdict: 'unknown', blocking, reason: 'licence unknown: no licence is known' },
      });
    expect(unknown(false)).toBe('unknown (deps.dev does not know path-to-regexp 0.1.10)');
    expect(unknown(true)).toBe(
      'unknown (deps.dev does not know path-to-regexp 0.1.10) — **blocks**: the policy fails on an unknown licence',
    );
  });

  it('shows a licence change with the verdict, and what could not be checked', () => {
    expect(
      renderLicenceFacts({
        from: { version: '1', expression: 'MIT', declared: ['MIT'], source: 'deps.dev' },
        to: { version: '2', expression: 'GPL-3.0-only', declared: ['GPL-3.0-only'], source: 'deps.dev' },
        changed: true,
        verdict: {
          verdict: 'denied',
          blocking: true,
          reason: 'GPL-3.0-only is denied: GPL-3.0-only is in the deny list',
        },
      }),
    ).toBe(
      '**changed**: <code>MIT</code> → <code>GPL-3.0-only</code> — **denied**: GPL-3.0-only is denied&#58; GPL-3.0-only is in the deny list',
    );
    expect(
      renderAnomalyFacts(null, [
        { what: 'anomalies', reason: 'lookup failed: http://x/v1/querybatch: HTTP 503' },
      ]),
    ).toBe('**not checked**: lookup failed&#58; http&#58;//x/v1/querybatch&#58; HTTP 503');
  });

  it('renders the CLI section with lookup failures', () => {
    const result: EnrichmentResult = {
      entries: new Map([[entry.key, entry]]),
      unchecked: [],
      lookupFailures: [{ url: 'https://api.deps.dev/v3/x', reason: 'HTTP 500', changes: [entry.key] }],
      requests: {},
      offline: false,
    };
    expect(renderEnrichmentSection([express], result)).toMatchSnapshot();
  });

  it('keeps hostile ids, summaries, licences and URLs inert', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) @team | `';
    const evil: ChangeEnrichment = {
      ...entry,
      anomalies: {
        introduced: [{ ...anomaly(hostile, 'critical'), url: 'javascript:alert(1)' }],
        fixed: [{ ...anomaly('GHSA-ok', 'low'), url: 'https://osv.dev/x)"<b>' }],
        present: [],
        checkedBy: {},
      },
      licence: {
        from: null,
        to: { version: '1', expression: hostile, declared: [hostile], source: 'deps.dev' },
        changed: false,
      },
      releaseNotes: { url: 'data:text/html,<script>', kind: 'changelog', tagGuessed: false },
    };
    const markdown = renderChangeFacts(evil);
    expect(markdown).not.toContain('@team');
    const html = toHtml(`| a |\n|---|\n| ${markdown} |`);
    expect(html).not.toMatch(/<img|<script|<b>|href="javascript|href="data/);
    expect(html.match(/<td>/g)).toHaveLength(1);
    expect(html).toContain('href="https://osv.dev/x%29%22%3Cb%3E"');
  });
});
