// The README's first command prints a readable table on a fresh clone: the output it shows is the
// one the CLI gives at an 80-column terminal with NO_COLOR, byte for byte.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/index.js';
import { markupOf } from './text-fixtures.js';

const readme = readFileSync('README.md', 'utf8');

describe('the README main job', () => {
  const section =
    /## Two commands on a fresh machine[\s\S]*?```sh\nnpm ci && (node dist\/cli\.js [^\n]+)\n```[\s\S]*?```text\n([\s\S]*?)```/.exec(
      readme,
    );

  it('uses the default format', () => {
    expect(section?.[1]).toBe('node dist/cli.js diff --base examples/demo/base --head examples/demo/head');
    expect(section?.[1]).not.toContain('--format');
  });

  it('shows what the command prints at a terminal, and that is a table without markup', async () => {
    const args = section![1]!.split(' ').slice(2);
    let stdout = '';
    const code = await runCli(args, {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      cwd: process.cwd(),
      terminal: { stdoutIsTTY: true, stderrIsTTY: true, columns: 80, noColor: true, status: () => undefined },
    });
    expect(code).toBe(0);
    expect(section![2]).toBe(stdout);
    expect(stdout).toMatch(/^ {2}change +package +version +bump +dependency +scope$/m);
    expect(markupOf(stdout)).toEqual([]);
  });
});
