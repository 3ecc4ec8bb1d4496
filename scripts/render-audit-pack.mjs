#!/usr/bin/env node
// Node globals for ESLint (the config gives .mjs files none); `document` is the page's, inside page.evaluate.
/* global process, performance, document, getComputedStyle */
// Opens an HTML page in headless Chromium (the system's, driven by puppeteer-core: no browser
// download), fails on any console error, page error, blocked or attempted network request or
// missing section, and writes a PNG and a PDF of it.
//
//   node scripts/render-audit-pack.mjs <index.html> [--out <dir>] [--sections a,b,...] [--if-available]
//   npm run audit-pack:check            (makes a demo pack from test data, then checks and renders it;
//                                        `-- --items 5000 --records 200` for the bench-sized one)
//
// Exit status: 0 rendered and every check passed; 1 a check failed; 2 bad usage; 3 no Chromium
// (0 with --if-available, for CI machines without it).
//
// renderPage() and findChromium() are exported for other pages (PR comments, SOUP.md as HTML).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/** The sections every audit pack has (src/documents/audit-pack.ts AUDIT_PACK_SECTIONS; a test keeps them equal). */
export const AUDIT_PACK_SECTIONS = ['summary', 'charts', 'soup-list', 'history', 'anomalies', 'traceability'];

export const INSTALL_HINT = `Chromium was not found. Install it, or point CHROMIUM_PATH at a Chrome/Chromium binary:
  Debian/Ubuntu: sudo apt-get install -y chromium      (Ubuntu's snap-less package: chromium-browser)
  Fedora:        sudo dnf install -y chromium
  macOS:         brew install --cask chromium
Then run this again.`;

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium binary to drive: CHROMIUM_PATH, PUPPETEER_EXECUTABLE_PATH, or a usual place; undefined when none. */
export function findChromium(env = process.env) {
  for (const path of [env.CHROMIUM_PATH, env.PUPPETEER_EXECUTABLE_PATH, ...CANDIDATES]) {
    if (path && existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Renders one local HTML file. Returns what went wrong (console errors, page errors, network
 * requests, missing selectors) rather than throwing, so callers report all of it at once.
 * Options: executablePath, outDir, name (file stem), selectors (ids that must exist and hold
 * content), width, pngHeight (the PNG is the top of the page: a 5,000-row list is too tall for one
 * image), fitContent (the PNG ends where the page's content does, however short), pdf (default true).
 */
export async function renderPage(file, options) {
  const { default: puppeteer } = await import('puppeteer-core');
  const { executablePath, outDir, name = basename(file).replace(/\.html?$/, ''), selectors = [] } = options;
  const width = options.width ?? 1280;
  const problems = [];
  const browser = await puppeteer.launch({
    executablePath,
    headless: true,
    // Containers and CI run as root, where Chromium's sandbox can't start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900 });
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      // The page itself, its data: URIs and in-page anchors; anything else is the network.
      if (url.startsWith('data:') || url.split('#')[0] === pathToFileURL(file).href) {
        request.continue();
        return;
      }
      problems.push(`network request: ${url}`);
      request.abort();
    });
    page.on('requestfailed', (request) => {
      const url = request.url();
      if (!problems.some((p) => p.endsWith(url))) problems.push(`request failed: ${url}`);
    });
    const response = await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 120_000 });
    if (response && !response.ok()) problems.push(`loading ${file}: status ${response.status()}`);
    const missing = await page.evaluate(
      (ids) =>
        ids.filter((id) => {
          const element = document.getElementById(id);
          return element === null || (element.textContent ?? '').trim() === '';
        }),
      selectors,
    );
    for (const id of missing) problems.push(`missing section: #${id}`);
    const scripts = await page.evaluate(() => document.scripts.length);
    if (scripts > 0) problems.push(`${scripts} <script> element(s): the page must have none`);
    await mkdir(outDir, { recursive: true });
    const png = join(outDir, `${name}.png`);
    // scrollHeight is at least the viewport's; fitContent crops a short page to its body instead.
    const pageHeight = await page.evaluate(
      (fit) =>
        fit
          ? Math.ceil(
              document.body.getBoundingClientRect().bottom +
                parseFloat(getComputedStyle(document.body).marginBottom),
            )
          : document.documentElement.scrollHeight,
      options.fitContent === true,
    );
    await page.screenshot({
      path: png,
      clip: { x: 0, y: 0, width, height: Math.min(pageHeight, options.pngHeight ?? 2400) },
    });
    let pdf;
    if (options.pdf !== false) {
      pdf = join(outDir, `${name}.pdf`);
      await page.pdf({ path: pdf, printBackground: true, preferCSSPageSize: true, timeout: 300_000 });
    }
    return { problems, png, pdf, pageHeight };
  } finally {
    await browser.close();
  }
}

async function makeDemoPack(outDir, size) {
  // The demo pack comes from test data through the TypeScript sources, so it needs tsx (a dev dependency).
  const { execFileSync } = await import('node:child_process');
  const file = join(outDir, 'demo', 'index.html');
  const args = [
    '--import',
    'tsx',
    'scripts/make-demo-audit-pack.ts',
    file,
    '--items',
    size.items,
    '--records',
    size.records,
  ];
  execFileSync(process.execPath, args, {
    stdio: 'inherit',
  });
  return file;
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      out: { type: 'string' },
      sections: { type: 'string' },
      'if-available': { type: 'boolean' },
      items: { type: 'string', default: '300' },
      records: { type: 'string', default: '40' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || positionals.length > 1) {
    process.stdout.write(
      'Usage: node scripts/render-audit-pack.mjs [<index.html>] [--out <dir>] [--sections a,b,...] [--if-available]\n' +
        'Without a file, makes a demo pack from test data (--items 300 --records 40 by default; the\n' +
        '5,000-item pack takes Chromium minutes to print to a 1,500-page PDF).\n',
    );
    return values.help ? 0 : 2;
  }
  const executablePath = findChromium();
  if (executablePath === undefined) {
    process.stderr.write(`${INSTALL_HINT}\n`);
    return values['if-available'] ? 0 : 3;
  }
  const outDir = resolve(values.out ?? 'build/audit-pack');
  const file =
    positionals[0] !== undefined
      ? resolve(positionals[0])
      : await makeDemoPack(outDir, { items: values.items, records: values.records });
  if (!existsSync(file)) {
    process.stderr.write(`render-audit-pack: ${file} does not exist\n`);
    return 2;
  }
  const selectors =
    values.sections !== undefined ? values.sections.split(',').map((s) => s.trim()) : AUDIT_PACK_SECTIONS;
  const started = performance.now();
  const result = await renderPage(file, {
    executablePath,
    outDir: values.out ? outDir : dirname(file),
    selectors,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const problem of result.problems) process.stderr.write(`render-audit-pack: ${problem}\n`);
  process.stdout.write(
    `${result.problems.length === 0 ? 'ok' : 'FAILED'}: ${file} in ${basename(executablePath)} (${seconds} s, page ${result.pageHeight} px tall)\n  ${result.png}\n${result.pdf ? `  ${result.pdf}\n` : ''}`,
  );
  return result.problems.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `render-audit-pack: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
