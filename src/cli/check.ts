/** `soup-gate check`: exit 1 and a unified diff when the committed SOUP.md or SBOM is out of date. */
import { checkCheckoutOutputs } from '../app/checkout-outputs.js';
import { createLocalCheckout } from '../local/checkout.js';
import type { CliIo } from './io.js';
import { readFormat, textOptionsFor } from './output.js';
import { LIST_HELP, parseSoupArgs } from './soup-args.js';

export async function runCheck(args: string[], io: CliIo): Promise<number> {
  const options = await parseSoupArgs(args, io, 'check');
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  // Text on a pipe too: CI logs (npm run soup:check) keep showing the unified diff.
  const format = readFormat(io, options.format, 'text');
  const checks = await checkCheckoutOutputs(createLocalCheckout(options.root), options);
  const text = await import('../documents/text/check.js');
  if (format === 'json') {
    const report = {
      upToDate: checks.every((check) => check.upToDate),
      files: checks.map((check) => ({
        path: check.path,
        status: text.checkStatusOf(check),
        ...(text.checkStatusOf(check) === 'out of date' ? { patch: text.patchOf(check) } : {}),
      })),
    };
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else if (format === 'markdown') {
    const { renderCheckMarkdown } = await import('../documents/check-markdown.js');
    io.stdout(renderCheckMarkdown(checks));
  } else {
    io.stdout(text.renderCheckText(checks, textOptionsFor(io)));
  }
  if (checks.some((check) => !check.upToDate)) {
    io.stderr(
      'soup-gate: the committed SOUP list is out of date; run soup-gate list and commit the result\n',
    );
    return 1;
  }
  // What a pipe has always had on stderr; at a terminal the text's first line says it already.
  if (!options.quiet && io.terminal?.stdoutIsTTY !== true)
    io.stderr(`${checks.map((check) => check.path).join(' and ')} are up to date\n`);
  return 0;
}
