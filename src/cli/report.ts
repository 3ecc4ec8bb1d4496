/**
 * `soup-gate report --out <dir>`: writes the audit pack, one self-contained index.html, from the
 * committed SOUP list, SBOM, register, change records and traceability matrix. Reading and writing
 * files lives here; the pack comes from app/report.ts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runReport } from '../app/report.js';
import { UsageError, type CliIo } from './io.js';
import { folderFiles, insideRoot, readTime, terminalSafe } from './trace.js';

export const REPORT_HELP = `Usage:
  soup-gate report --out <dir> [--root <dir>] [--soup-dir soup] [--register soup/register.yml] [options]
      writes <dir>/index.html: the audit pack (SOUP list, change history per item, anomaly
      evaluations with expiry, traceability matrix, charts), one file that opens offline

Options:
  --out <dir>               where to write index.html (created; relative to the working folder)
  --root <dir>              the checkout to read (default: the working folder)
  --soup-dir <dir>          folder of SOUP.md, sbom.cdx.json, TRACEABILITY.md and changes/ under --root (default: soup)
  --register <file>         register path under --root (default: soup/register.yml)
  --generated-at <iso>      the pack's date, for ages and expiries (default: now)
  --quiet                   no notes on stderr

Exit status: 0 when the pack was written (notes on stderr say what could not be read), 2 on bad input.
Render it to PNG and PDF with headless Chromium: npm run audit-pack:check -- <dir>/index.html
`;

export async function runReportCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      root: { type: 'string' },
      'soup-dir': { type: 'string' },
      register: { type: 'string' },
      'generated-at': { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  if (values.out === undefined || values.out.trim() === '')
    throw new UsageError('--out is required: the folder to write index.html to (e.g. --out audit-pack)');
  const root = resolve(io.cwd, values.root ?? '.');
  const outcome = await runReport({
    files: folderFiles(root),
    dir: insideRoot('soup-dir', values['soup-dir'] ?? 'soup'),
    registerPath: insideRoot('register', values.register ?? 'soup/register.yml'),
    generatedAt: readTime(
      'generated-at',
      values['generated-at'],
      new Date(Math.floor(Date.now() / 1000) * 1000),
    ),
  });
  const out = resolve(io.cwd, values.out);
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'index.html'), outcome.html);
  const { input } = outcome;
  io.stdout(
    `wrote ${join(values.out, 'index.html')}: ${input.items.length} SOUP item(s), ${input.records.length} change record(s), ${input.anomalies.length} anomal${input.anomalies.length === 1 ? 'y' : 'ies'}, ${input.traceability ? Object.values(input.traceability.totals).reduce((a, b) => a + b, 0) : 0} requirement(s)\n`,
  );
  if (!values.quiet) for (const note of input.notes) io.stderr(`note: ${terminalSafe(note)}\n`);
  return 0;
}
