import { describe, expect, it } from 'vitest';
import { assessItems, totalsOf } from '../../src/monitor/assess.js';
import { buildMonitorReport } from '../../src/monitor/report.js';
import { emptyRegister } from '../../src/register/parse.js';

describe('buildMonitorReport', () => {
  it('lists only items with something to say, with open, evaluated and unchecked facts as data', () => {
    const item = (name: string) => ({
      key: `npm/${name}`,
      ecosystem: 'npm' as const,
      name,
      versions: [{ version: '1.0.0', lockfiles: ['package-lock.json'] }],
    });
    const assessments = assessItems(
      [item('quiet'), item('loud'), item('lost')],
      new Map([
        ['npm/quiet', [{ version: '1.0.0', anomalies: [] }]],
        [
          'npm/loud',
          [
            {
              version: '1.0.0',
              anomalies: [
                {
                  id: 'GHSA-<b>',
                  aliases: [],
                  summary: '',
                  severity: { label: 'low' as const, source: 'none' as const },
                  url: '',
                  fixedVersions: [],
                },
              ],
            },
          ],
        ],
        ['npm/lost', [{ version: '1.0.0', unchecked: 'lookup failed: 500', failed: true }]],
      ]),
      emptyRegister(),
      '2024-06-01',
    );
    const report = buildMonitorReport({
      totals: totalsOf(assessments),
      osvBatchRequests: 1,
      assessments,
      notes: ['a note'],
    });
    expect(report.items.map((i) => i.key)).toEqual(['npm/loud', 'npm/lost']);
    expect(report.items[0]).toEqual({
      key: 'npm/loud',
      versions: ['1.0.0'],
      safetyClass: 'C',
      open: [{ id: 'GHSA-<b>', status: 'unevaluated', versions: ['1.0.0'] }],
      evaluated: [],
      unchecked: [],
      health: [],
    });
    expect(report.items[1]!.unchecked).toEqual([
      { version: '1.0.0', reason: 'lookup failed: 500', failed: true },
    ]);
    expect(report).toMatchObject({
      osvBatchRequests: 1,
      notes: ['a note'],
      totals: { items: 3, open: 1, failed: 1 },
    });
  });
});
