import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { updateReadme } from '../../scripts/readme-inputs.js';

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
});
