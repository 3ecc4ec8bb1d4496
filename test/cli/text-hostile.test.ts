// Text output is for a terminal: it adds no Markdown entity and no HTML tag (a hostile name shows as
// it is, not as `&lt;img`), and nothing from a lockfile can act on the terminal: escape sequences,
// newlines and bidi overrides become visible stand-ins.
import { describe, expect, it } from 'vitest';
import { renderCheckText } from '../../src/documents/text/check.js';
import { renderDiffText } from '../../src/documents/text/diff.js';
import { renderMonitorText } from '../../src/documents/text/monitor.js';
import { renderSoupListText } from '../../src/documents/text/soup-list.js';
import { toTerminalText } from '../../src/documents/text/terminal-text.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { emptyRegister } from '../../src/register/parse.js';
import {
  HOSTILE_NAMES,
  HOSTILE_SHOWN,
  MONITOR_NOTES,
  MONITOR_TOTALS,
  markupOf,
  mixedDiff,
  monitorAssessments,
} from './text-fixtures.js';

// SGR (colour) sequences are the only escapes we write; anything else would be a value acting.
// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

function hostileInventory(): Inventory {
  return {
    lockfiles: [
      {
        path: 'evil\u001b]0;title\u0007/package-lock.json',
        formatId: 'npm',
        format: 'npm-v3',
        ecosystem: 'npm',
        packages: HOSTILE_NAMES.map((name, i) => ({
          ecosystem: 'npm',
          name,
          version: `1.0.${i}\u001b[2J`,
          purl: `pkg:npm/x${i}@1.0.${i}`,
          direct: true,
          scope: 'runtime',
          lockfile: 'evil/package-lock.json',
        })),
        findings: [],
      },
    ],
  };
}

const outputs = (color: boolean): [string, string, string[]][] => {
  const diff = mixedDiff();
  return [
    [
      'diff',
      renderDiffText(diff, { columns: 160, color }),
      [...diff.changes.map((c) => c.name), ...diff.findings.map((f) => f.message)],
    ],
    [
      'list',
      renderSoupListText(
        {
          inventory: hostileInventory(),
          register: emptyRegister(),
          lastVerified: new Map(),
          written: ['soup/SOUP.md', 'soup/sbom.cdx.json'],
          today: '2026-12-01',
        },
        { columns: 160, color },
      ),
      [...HOSTILE_NAMES],
    ],
    [
      'check',
      renderCheckText(
        [{ path: 'soup/SOUP.md', committed: '<b>&#58;</b>\u001b[31m\n', expected: 'x\n', upToDate: false }],
        { columns: 160, color },
      ),
      ['<b>&#58;</b>'],
    ],
    [
      'monitor',
      renderMonitorText(
        { totals: MONITOR_TOTALS, assessments: monitorAssessments(), notes: MONITOR_NOTES },
        { columns: 400, color },
      ),
      monitorAssessments().flatMap((a) => [
        ...a.anomalies.map((x) => x.anomaly.summary),
        ...a.health.map((h) => h.detail),
      ]),
    ],
  ];
};

describe.each([false, true])('text output with colour %s', (color) => {
  it.each(outputs(color))(
    '%s adds no entity or tag: the only markup is what the hostile values hold',
    (_name, text, values) => {
      // A value shown in two groups shows its markup twice: compare what occurs, not how often.
      const shown = new Set(markupOf(text.replace(SGR, '')));
      expect([...shown].sort()).toEqual([...new Set(values.flatMap(markupOf))].sort());
    },
  );

  it.each(outputs(color))(
    '%s lets no value write an escape sequence or a control character',
    (_name, text) => {
      // Tab and newline are layout (a unified diff's header has a tab); every other control is out.
      expect(text.replace(SGR, '')).not.toMatch(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/,
      );
      if (!color) expect(text).not.toMatch(SGR);
    },
  );
});

describe('hostile names in text output', () => {
  it('shows each name with visible stand-ins, never as an entity', () => {
    const text = renderDiffText(mixedDiff(), { columns: 160, color: false });
    for (const shown of HOSTILE_SHOWN) expect(text).toContain(shown);
    expect(text).not.toContain('&lt;');
    expect(text).not.toContain('&amp;');
  });

  it('replaces controls, DEL, C1, separators, bidi and zero-width characters', () => {
    expect(toTerminalText('a\u0000b\tc\u007fd\u009be\u2028f\u202eg\u200bh\u2066i')).toBe(
      'a␀b␉c␡d\ufffde\ufffdf\ufffdg\ufffdh\ufffdi',
    );
    expect(toTerminalText('plain-name_1.0 漢字')).toBe('plain-name_1.0 漢字');
  });
});
