/** `soup-gate list`: writes SOUP.md and the SBOM for the checkout at --root, then says what it wrote. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkoutOutputPaths, renderCheckoutOutputs } from '../app/checkout-outputs.js';
import { createLocalCheckout } from '../local/checkout.js';
import type { CliIo } from './io.js';
import { readFormat, textOptionsFor } from './output.js';
import { LIST_HELP, parseSoupArgs } from './soup-args.js';

export async function runList(args: string[], io: CliIo): Promise<number> {
  const options = await parseSoupArgs(args, io, 'list');
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  // Text on a pipe too: its first line is the one line list printed before formats existed.
  const format = readFormat(io, options.format, 'text');
  const outputs = await renderCheckoutOutputs(createLocalCheckout(options.root), options);
  const paths = checkoutOutputPaths(options.out);
  await mkdir(join(options.root, options.out), { recursive: true });
  await writeFile(join(options.root, paths.list), outputs.texts.list);
  await writeFile(join(options.root, paths.sbom), outputs.texts.sbom);
  const written = [paths.list, paths.sbom];
  if (format === 'markdown') {
    // SOUP.md itself: for a job summary or a PR body.
    io.stdout(outputs.texts.list);
    return 0;
  }
  if (format === 'json') {
    const { buildListReport } = await import('./list-report.js');
    io.stdout(`${JSON.stringify(buildListReport(outputs, written), null, 2)}\n`);
    return 0;
  }
  const { renderSoupListText } = await import('../documents/text/soup-list.js');
  io.stdout(
    renderSoupListText(
      {
        inventory: outputs.inventory,
        register: outputs.register,
        lastVerified: outputs.lastVerified,
        written,
        today: new Date().toISOString().slice(0, 10),
      },
      textOptionsFor(io),
    ),
  );
  return 0;
}
