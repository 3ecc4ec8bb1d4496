// The audit pack of a large repository: 5,000 SOUP items and 200 change records (soup/ written by
// soup-gate's own writers into a temporary folder in prepare). ours: `soup-gate report`'s use case
// reading that folder and rendering index.html (target: under 2 s). floor: reading the same files
// from disk and JSON.parse of the SBOM, which no pack can skip.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Task } from './tasks.js';

const ITEMS = 5000;
const RECORDS = 200;

async function prepare(): Promise<string> {
  const { buildAuditRepo } = await import('../test/verification/audit-repo.js');
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-bench-pack-'));
  for (const [path, text] of buildAuditRepo({ items: ITEMS, records: RECORDS })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

export function auditPackTask(): Task {
  return {
    id: 'audit-pack:5000-items-200-records',
    what: `audit pack (soup-gate report) of ${ITEMS} SOUP items and ${RECORDS} change records (target: under 2 s; floor: reading the inputs)`,
    bytes: 0,
    items: ITEMS,
    impls: {
      ours: {
        prepare,
        run: async (prepared) => {
          const { runReport } = await import('../src/app/report.js');
          const { folderFiles } = await import('../src/cli/trace.js');
          const { html, input } = await runReport({
            files: folderFiles(prepared as string),
            dir: 'soup',
            registerPath: 'soup/register.yml',
            generatedAt: '2024-12-31T12:00:00Z',
          });
          if (input.items.length !== ITEMS || input.records.length !== RECORDS || input.notes.length > 0)
            throw new Error(
              `pack read ${input.items.length} items, ${input.records.length} records: ${input.notes.join('; ')}`,
            );
          return html.length;
        },
      },
      floor: {
        prepare,
        run: async (prepared) => {
          const soup = join(prepared as string, 'soup');
          let chars = 0;
          for (const name of ['SOUP.md', 'register.yml', 'TRACEABILITY.md'])
            chars += (await readFile(join(soup, name), 'utf8')).length;
          JSON.parse(await readFile(join(soup, 'sbom.cdx.json'), 'utf8'));
          for (const name of await readdir(join(soup, 'changes')))
            chars += (await readFile(join(soup, 'changes', name), 'utf8')).length;
          return chars;
        },
      },
    },
  };
}
