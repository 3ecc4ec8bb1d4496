/** `soup-gate check`: exit 1 and a unified diff when the committed SOUP.md or SBOM is out of date. */
import { createTwoFilesPatch } from 'diff';
import { checkCheckoutOutputs } from '../app/checkout-outputs.js';
import { createLocalCheckout } from '../local/checkout.js';
import type { CliIo } from './io.js';
import { LIST_HELP, parseSoupArgs } from './soup-args.js';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const options = parseSoupArgs(args, io);
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const checks = await checkCheckoutOutputs(createLocalCheckout(options.root), options);
  for (const { path, committed, expected, upToDate } of checks) {
    if (upToDate) continue;
    if (committed === undefined) {
      io.stdout(`${path} is missing; run soup-gate list and commit it\n`);
      continue;
    }
    io.stdout(
      createTwoFilesPatch(
        `a/${path}`,
        `b/${path}`,
        committed,
        expected,
        'committed',
        'soup-gate list would write',
      ),
    );
  }
  if (checks.some((check) => !check.upToDate)) {
    io.stderr(
      'soup-gate: the committed SOUP list is out of date; run soup-gate list and commit the result\n',
    );
    return 1;
  }
  if (!options.quiet) io.stderr(`${checks.map((check) => check.path).join(' and ')} are up to date\n`);
  return 0;
}
