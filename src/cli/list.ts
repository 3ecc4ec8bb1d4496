/** `soup-gate list`: writes SOUP.md and the SBOM for the checkout at --root. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkoutOutputPaths, renderCheckoutOutputs } from '../app/checkout-outputs.js';
import { createLocalCheckout } from '../local/checkout.js';
import type { CliIo } from './io.js';
import { LIST_HELP, parseSoupArgs } from './soup-args.js';

export async function runList(args: string[], io: CliIo): Promise<number> {
  const options = parseSoupArgs(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const { texts, inventory } = await renderCheckoutOutputs(createLocalCheckout(options.root), options);
  const paths = checkoutOutputPaths(options.out);
  await mkdir(join(options.root, options.out), { recursive: true });
  await writeFile(join(options.root, paths.list), texts.list);
  await writeFile(join(options.root, paths.sbom), texts.sbom);
  const count = inventory.lockfiles.reduce((n, l) => n + l.packages.length, 0);
  io.stdout(
    `wrote ${paths.list} and ${paths.sbom} (${count} package(s) in ${inventory.lockfiles.length} lockfile(s))\n`,
  );
  return 0;
}
