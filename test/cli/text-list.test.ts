// `soup-gate list --format text`: the demo's inventory against a register with one entry, at 80 and
// 160 columns, with and without colour.
import { describe, expect, it } from 'vitest';
import { renderSoupListText } from '../../src/documents/text/soup-list.js';
import { displayWidth } from '../../src/documents/text/table.js';
import { DEMO_REGISTER, demoInventory, showEscapes } from './text-fixtures.js';

async function listInput() {
  return {
    inventory: await demoInventory(),
    register: DEMO_REGISTER,
    lastVerified: new Map([['pkg:npm/express@4.21.1', '2026-11-02']]),
    written: ['soup/SOUP.md', 'soup/sbom.cdx.json'],
    today: '2026-12-01',
  };
}

describe.each([80, 160])('list as text at %i columns', (columns) => {
  it.each([false, true])('colour %s', async (color) => {
    const text = renderSoupListText(await listInput(), { columns, color });
    expect(showEscapes(text)).toMatchSnapshot();
    if (!color) {
      const rows = text
        .trimEnd()
        .split('\n')
        .filter((line) => line.startsWith('  '));
      expect(rows.filter((line) => displayWidth(line) > columns)).toEqual([]);
    }
  });
});

describe('list as text', () => {
  it('opens with the line list has always printed, then the register, then items per lockfile', async () => {
    const lines = renderSoupListText(await listInput(), { columns: 120, color: false }).split('\n');
    expect(lines[0]).toBe('wrote soup/SOUP.md and soup/sbom.cdx.json (77 package(s) in 2 lockfile(s))');
    expect(lines[1]).toBe('register soup/register.yml: 1 entry · 2 direct items without an entry');
    const express = lines.find((line) => /^ {2}express /.test(line));
    expect(express).toMatch(
      /express\s+4\.21\.1\s+direct\s+runtime\s+B \(default\)\s+entry\s+REQ-HTTP-01\s+2026-11-02$/,
    );
    expect(lines.find((line) => /^ {2}requests /.test(line))).toMatch(
      /direct\s+runtime\s+B \(default\)\s+no entry/,
    );
    expect(lines).toContain(
      'services/lab-export/requirements.txt  PyPI · requirements-pip-compile · 5 items',
    );
  });
});
