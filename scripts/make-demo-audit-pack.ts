// Writes a demo repository's soup/ folder (made by soup-gate's own writers from test data) and runs
// `soup-gate report` on it, so `npm run audit-pack:check` renders a pack of realistic size.
//   node --import tsx scripts/make-demo-audit-pack.ts <out/index.html> [--items 5000] [--records 200]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/index.js';
import { buildAuditRepo } from '../test/verification/audit-repo.js';

const { values, positionals } = parseArgs({
  options: { items: { type: 'string' }, records: { type: 'string' }, hostile: { type: 'boolean' } },
  allowPositionals: true,
});
const target = resolve(positionals[0] ?? 'build/audit-pack/demo/index.html');
const repo = join(dirname(target), 'repo');
const files = buildAuditRepo({
  items: Number(values.items ?? 300),
  records: Number(values.records ?? 40),
  ...(values.hostile ? { hostile: `<img src=x onerror="console.error('xss')"> | @everyone` } : {}),
});
for (const [path, text] of files) {
  await mkdir(dirname(join(repo, path)), { recursive: true });
  await writeFile(join(repo, path), text);
}
const code = await runCli(
  ['report', '--root', repo, '--out', dirname(target), '--generated-at', '2024-12-31T12:00:00Z'],
  {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  },
);
process.exitCode = code;
