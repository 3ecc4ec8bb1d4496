// The audit pack in a real browser: headless Chromium through scripts/render-audit-pack.mjs. Skipped,
// and says so, where Chromium is not installed (apt-get install chromium).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/app/report.js';
import { AUDIT_PACK_SECTIONS, findChromium, renderPage } from '../../scripts/render-audit-pack.mjs';
import { buildAuditRepo, memoryFiles } from './audit-repo.js';

const chromium = findChromium();
if (chromium === undefined)
  console.warn('render-audit-pack tests skipped: no Chromium (apt-get install chromium)');

describe.skipIf(chromium === undefined)('the audit pack in headless Chromium', () => {
  const executablePath = chromium!;

  it('renders a pack full of hostile names with no console error, no request, every section, PNG and PDF', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soup-gate-pack-'));
    const { html } = await runReport({
      files: memoryFiles(
        buildAuditRepo({
          items: 60,
          records: 10,
          hostile: `<img src=x onerror="console.error('xss')"><script>console.error('xss')</script>" onload="x`,
        }),
      ),
      dir: 'soup',
      registerPath: 'soup/register.yml',
      generatedAt: '2024-12-31T12:00:00Z',
    });
    const file = join(dir, 'index.html');
    writeFileSync(file, html);
    const result = await renderPage(file, { executablePath, outDir: dir, selectors: AUDIT_PACK_SECTIONS });
    expect(result.problems).toEqual([]);
    expect(existsSync(result.png)).toBe(true);
    expect(existsSync(result.pdf!)).toBe(true);
  });

  it('fails a page with a console error, a network request, a script or a missing section', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'soup-gate-page-'));
    const file = join(dir, 'bad.html');
    writeFileSync(
      file,
      `<!doctype html><html><body><section id="summary">x</section><img src="https://example.invalid/a.png"><script>console.error('broken')</script></body></html>`,
    );
    const { problems } = await renderPage(file, {
      executablePath,
      outDir: dir,
      selectors: ['summary', 'charts'],
      pdf: false,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'console error: broken',
        'network request: https://example.invalid/a.png',
        'missing section: #charts',
        '1 <script> element(s): the page must have none',
      ]),
    );
  });
});
