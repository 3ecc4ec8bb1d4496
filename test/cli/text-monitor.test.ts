// `soup-gate monitor --format text`: open, expired and evaluated anomalies, a version that could not
// be looked up, a deprecated item and a note, at 80 and 160 columns, with and without colour.
import { describe, expect, it } from 'vitest';
import { renderMonitorText } from '../../src/documents/text/monitor.js';
import { displayWidth } from '../../src/documents/text/table.js';
import { MONITOR_NOTES, MONITOR_TOTALS, monitorAssessments, showEscapes } from './text-fixtures.js';

const input = () => ({ totals: MONITOR_TOTALS, assessments: monitorAssessments(), notes: MONITOR_NOTES });

describe.each([80, 160])('monitor as text at %i columns', (columns) => {
  it.each([false, true])('colour %s', (color) => {
    const text = renderMonitorText(input(), { columns, color });
    expect(showEscapes(text)).toMatchSnapshot();
    if (!color) {
      const rows = text
        .trimEnd()
        .split('\n')
        .filter((line) => line.startsWith('  ') && !line.startsWith('  1 item'));
      expect(rows.filter((line) => displayWidth(line) > columns)).toEqual([]);
    }
  });
});

describe('monitor as text', () => {
  it('opens with the verdict, groups anomalies by the lockfile holding the version, open ones first', () => {
    const lines = renderMonitorText(input(), { columns: 200, color: false }).split('\n');
    expect(lines[0]).toBe(
      '3 SOUP items (4 versions) checked against OSV: 2 anomalies in 1 item need an evaluation, 1 evaluated, 1 version not checked',
    );
    const group = lines.slice(
      lines.indexOf('package-lock.json'),
      lines.indexOf('services/lab-export/requirements.txt'),
    );
    expect(group.findIndex((l) => l.includes('GHSA-open-0001'))).toBeLessThan(
      group.findIndex((l) => l.includes('GHSA-xss-0002')),
    );
    expect(group.some((l) => l.includes('GHSA-done-0003'))).toBe(false);
    expect(lines.find((l) => l.includes('GHSA-done-0003'))).toMatch(/evaluated: not_affected/);
    expect(lines.find((l) => l.includes('requests'))).toMatch(
      /2\.32\.3\s+—\s+—\s+not checked\s+—\s+lookup failed: https:\/\/api\.osv\.dev/,
    );
    expect(lines.at(-2)).toBe('  1 item(s) not checked for `deprecated`: over the limit of 2');
  });

  it('says nothing needs an evaluation when nothing does', () => {
    const totals = {
      ...MONITOR_TOTALS,
      anomalies: 0,
      evaluated: 0,
      open: 0,
      itemsWithOpen: 0,
      unchecked: 0,
      failed: 0,
    };
    expect(renderMonitorText({ totals, assessments: [], notes: [] }, { columns: 80, color: false })).toBe(
      '3 SOUP items (4 versions) checked against OSV: no anomaly needs an evaluation, 0 evaluated\n',
    );
  });
});
