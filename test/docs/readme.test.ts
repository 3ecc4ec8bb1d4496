import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { updateReadme } from '../../scripts/readme-inputs.js';
import { HELP } from '../../src/cli/help.js';
import { MONITOR_HELP } from '../../src/cli/monitor.js';
import { REPORT_HELP } from '../../src/cli/report.js';
import { LIST_HELP } from '../../src/cli/soup-args.js';
import { TRACE_HELP } from '../../src/cli/trace.js';

describe('README', () => {
  it('has the inputs table generated from action.yml (run `npm run docs` when this fails)', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(updateReadme(readme, readFileSync('action.yml', 'utf8'))).toBe(readme);
  });

  it('documents the two fresh-machine commands that .ci/run relies on', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm test');
    expect(readFileSync('.ci/run', 'utf8')).toContain('npm test');
  });

  it('documents every CLI command and every option its --help names', () => {
    const readme = readFileSync('README.md', 'utf8');
    const cli = readme.slice(readme.indexOf('## CLI\n'), readme.indexOf('### JSON contract'));
    expect(cli.length).toBeGreaterThan(1000);
    for (const command of ['diff', 'list', 'check', 'register init', 'monitor', 'trace', 'report'])
      expect(cli, command).toContain(`**\`${command}\`**`);
    const options = new Set(
      [HELP, LIST_HELP, MONITOR_HELP, TRACE_HELP, REPORT_HELP].flatMap((text) =>
        [...text.matchAll(/--[a-z][a-z-]*[a-z]/g)].map((m) => m[0]),
      ),
    );
    options.delete('--help');
    expect(options.size).toBeGreaterThan(25);
    for (const option of options) expect(cli, option).toContain(option);
  });
});
