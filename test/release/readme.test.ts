/** The README points a deciding team at the licence, the security policy, the changelog and our own SOUP list. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README release and dogfooding sections', () => {
  it.each([
    'LICENSE',
    'SECURITY.md',
    'CHANGELOG.md',
    'RELEASING.md',
    'THREAT-MODEL.md',
    'soup/SOUP.md',
    'soup/sbom.cdx.json',
    'soup/register.yml',
  ])('links %s, which exists', (path) => {
    expect(readme).toContain(`](${path})`);
    expect(existsSync(path)).toBe(true);
  });

  it('quotes a register entry exactly as soup/register.yml has it', () => {
    const quoted = /## soup-gate on itself[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quoted).toMatch(/^ {2}npm\/semver:\n/);
    expect(readFileSync('soup/register.yml', 'utf8')).toContain(quoted);
  });
});
