import { describe, expect, it } from 'vitest';
import { classifyAnomalies, type AnomalyEvaluation } from '../../src/enrich/evaluations.js';
import { cvss3BaseScore, labelForScore } from '../../src/enrich/cvss.js';
import type { Anomaly } from '../../src/enrich/types.js';

const anomaly = (id: string, aliases: string[] = []): Anomaly => ({
  id,
  aliases,
  summary: '',
  severity: { label: 'high', source: 'database' },
  url: `https://osv.dev/vulnerability/${id}`,
  fixedVersions: [],
});

describe('classifyAnomalies', () => {
  const anomalies = [
    anomaly('GHSA-aaaa', ['CVE-2024-0001']),
    anomaly('GHSA-bbbb'),
    anomaly('GHSA-cccc'),
    anomaly('GHSA-dddd'),
    anomaly('GHSA-eeee'),
  ];
  const evaluations: AnomalyEvaluation[] = [
    // By CVE alias, lowercase: still matches.
    {
      id: 'cve-2024-0001',
      state: 'not_affected',
      justification: 'code_not_reachable',
      by: 'qa',
      on: '2026-01-10',
    },
    { id: 'GHSA-bbbb', state: 'resolved', on: '2025-01-01', expires: '2026-03-01' },
    { id: 'GHSA-cccc', state: 'in_triage', by: 'dev', on: '2026-03-01' },
    {
      id: 'GHSA-dddd',
      state: 'exploitable',
      reason: 'mitigated by input limits',
      on: '2026-02-01',
      expires: '2026-03-15',
    },
  ];

  it('classifies evaluated, expired and unevaluated as of today', () => {
    const result = classifyAnomalies(anomalies, evaluations, '2026-03-15');
    expect(result.map((r) => [r.anomaly.id, r.status, r.note])).toEqual([
      ['GHSA-aaaa', 'evaluated', undefined],
      ['GHSA-bbbb', 'expired', 'evaluation expired on 2026-03-01'],
      ['GHSA-cccc', 'unevaluated', 'in triage'],
      // Expires is the last day it holds.
      ['GHSA-dddd', 'evaluated', undefined],
      ['GHSA-eeee', 'unevaluated', undefined],
    ]);
    expect(classifyAnomalies(anomalies, evaluations, new Date('2026-03-16T08:00:00Z'))[3]?.status).toBe(
      'expired',
    );
  });

  it('prefers the evaluation naming the OSV id, then the latest', () => {
    const [result] = classifyAnomalies(
      [anomaly('GHSA-aaaa', ['CVE-1'])],
      [
        { id: 'CVE-1', state: 'exploitable', on: '2026-05-01' },
        { id: 'GHSA-aaaa', state: 'in_triage', on: '2026-01-01' },
        { id: 'GHSA-aaaa', state: 'false_positive', on: '2026-02-01' },
      ],
      '2026-06-01',
    );
    expect(result?.evaluation?.state).toBe('false_positive');
  });
});

describe('cvss3BaseScore', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
    ['CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H', 9.9],
    ['CVSS:3.1/AV:L/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.8],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
  ])('%s = %d', (vector, score) => {
    expect(cvss3BaseScore(vector)).toBe(score);
  });

  it('rejects what is not a complete v3 vector', () => {
    expect(cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
  });

  it('labels scores with the specification bands', () => {
    expect([0, 0.1, 3.9, 4, 6.9, 7, 8.9, 9, 10].map(labelForScore)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
      'critical',
      'critical',
    ]);
  });
});
