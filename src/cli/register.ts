/** `soup-gate register init`: TODO entries for the direct SOUP items the register lacks. */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { initRegister } from '../app/register-init.js';
import { createLocalCheckout } from '../local/checkout.js';
import { UsageError, type CliIo } from './io.js';
import { LIST_HELP, parseSoupArgs } from './soup-args.js';

export async function runRegister(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '-h' || sub === '--help' || sub === undefined) {
    io.stdout(LIST_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'init')
    throw new UsageError(`unknown register command "${sub}"; did you mean "register init"?`);
  const options = await parseSoupArgs(rest, io, 'register init');
  if (options.format !== undefined)
    throw new UsageError('register init has no --format: it writes the register');
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const result = await initRegister(createLocalCheckout(options.root), options);
  if (!result.changed) {
    io.stdout(`${options.registerPath}: every direct SOUP item has an entry; nothing added\n`);
  } else {
    const path = join(options.root, options.registerPath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, result.text);
    const { added } = result;
    io.stdout(
      `${options.registerPath}: added ${added.length} entr${added.length === 1 ? 'y' : 'ies'} marked TODO (complete them before merging):\n${added.map((k) => `  ${k}\n`).join('')}`,
    );
  }
  if (result.unknownDirectness > 0 && !options.quiet)
    io.stderr(
      `${result.unknownDirectness} package(s) could not be told direct or transitive (no manifest); none of them were added\n`,
    );
  return 0;
}
