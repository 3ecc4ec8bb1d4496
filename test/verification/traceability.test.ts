import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseTraceability,
  renderTraceability,
  TRACEABILITY_MARKER,
} from '../../src/documents/traceability.js';
import { parseJunit } from '../../src/verification/junit.js';
import {
  buildTraceability,
  MAX_LISTED_TESTS,
  readTraceabilityData,
  type TraceabilityMatrix,
} from '../../src/verification/traceability.js';
import type { TestResult } from '../../src/verification/types.js';

const RUN = {
  url: 'https://github.com/acme/pump/actions/runs/42',
  headSha: '0123456789abcdef0123456789abcdef01234567',
  date: '2024-05-02T10:00:00Z',
  files: ['results/pytest.xml'],
};

function pytestResults(): TestResult[] {
  const path = 'test/fixtures/junit/pytest/pytest-9.0.3-xunit2.xml';
  return parseJunit(path, readFileSync(path, 'utf8'));
}

function matrix(): TraceabilityMatrix {
  return buildTraceability({
    generatedAt: '2024-05-02T11:00:00Z',
    run: RUN,
    results: pytestResults(),
    items: [
      {
        key: 'PyPI/requests',
        versions: ['2.32.3'],
        requirements: [
          {
            id: 'REQ-API-003',
            text: 'Rejects bodies over 1 MB',
            tests: ['tests/test_api.py::*::test_rejects*'],
          },
          {
            id: 'REQ-PERF-002',
            text: 'Answers within 200 ms',
            tests: ['tests.test_api:test_answers_within_200_ms'],
          },
          { id: 'REQ-ARM', text: 'Runs on ARM64', tests: ['*:test_holds_on_arm64'] },
          { id: 'REQ-GZ', text: 'Handles gzip', tests: ['*:test_gzip*'] },
          { id: 'REQ-DOC', text: 'Documented only', tests: [] },
        ],
      },
      { key: 'PyPI/attrs', requirements: [] },
    ],
  });
}

describe('buildTraceability', () => {
  it('gives each requirement its verdict, counts and run; items in key order', () => {
    const m = matrix();
    expect(m.items.map((i) => i.key)).toEqual(['PyPI/attrs', 'PyPI/requests']);
    const requests = m.items[1]!;
    expect(requests.requirements.map((r) => [r.id, r.verdict])).toEqual([
      ['REQ-API-003', 'passed'],
      ['REQ-PERF-002', 'failed'],
      ['REQ-ARM', 'skipped'],
      ['REQ-GZ', 'missing'],
      ['REQ-DOC', 'untested'],
    ]);
    expect(m.totals).toEqual({ passed: 1, failed: 1, skipped: 1, missing: 1, untested: 1 });
    expect(m.results).toEqual({ tests: 9, passed: 5, failed: 1, skipped: 2, errored: 1 });
    expect(requests.requirements[0]!.run).toEqual(RUN);
    expect(requests.requirements[4]!.run).toBeUndefined();
    expect(requests.requirements[1]!.listed[0]).toMatchObject({
      name: 'test_answers_within_200_ms',
      status: 'failed',
    });
  });

  it('lists failing tests first and at most MAX_LISTED_TESTS, counting all', () => {
    const results: TestResult[] = Array.from({ length: 120 }, (_, i) => ({
      suite: 's',
      classname: 'c',
      name: `t${i}`,
      status: i === 119 ? 'failed' : 'passed',
      source: { file: 'r.xml', line: i + 1 },
    }));
    const m = buildTraceability({
      generatedAt: '2024-01-01T00:00:00Z',
      run: {},
      results,
      items: [{ key: 'npm/x', requirements: [{ id: 'R', text: '', tests: ['c:*'] }] }],
    });
    const requirement = m.items[0]!.requirements[0]!;
    expect(requirement.counts).toEqual({ passed: 119, failed: 1, skipped: 0, errored: 0 });
    expect(requirement.listed).toHaveLength(MAX_LISTED_TESTS);
    expect(requirement.listed[0]!.name).toBe('t119');
  });
});

describe('soup/TRACEABILITY.md', () => {
  it('renders the matrix an auditor reads', () => {
    const text = renderTraceability(matrix());
    expect(text.startsWith(`${TRACEABILITY_MARKER}\n# SOUP traceability matrix\n`)).toBe(true);
    expect(text).toContain(
      '| requirements | 5: 1 passed · 1 failed · 1 skipped · 1 missing: no test matched · 1 no tests named |',
    );
    expect(text).toContain(
      '[run](https://github.com/acme/pump/actions/runs/42) at <code>0123456789ab</code>',
    );
    expect(text).toContain('## Not re-verified');
    expect(text).toMatch(
      /<code>REQ-PERF-002<\/code>: \*\*failed\*\* — 1 failed; failed: <code>tests.test&#95;api › test&#95;answers&#95;within&#95;200&#95;ms<\/code> — AssertionError&#58; p95 latency 250 ms/,
    );
    expect(text).toContain('no test matched <code>&#42;&#58;test&#95;gzip&#42;</code>');
    expect(text).toContain('## <code>PyPI/attrs</code>\n\nNo requirements in the register.');
    expect(text).toContain('| <code>REQ-DOC</code> | Documented only | — | no tests named | — | — |');
  });

  it('reads back exactly the matrix it was written from', () => {
    const m = matrix();
    expect(parseTraceability(renderTraceability(m))).toEqual(m);
  });

  it('keeps hostile names inert: no HTML, no mention, no table break, no link', () => {
    const hostile = '<img src=x onerror=alert(1)> | @everyone [x](javascript:alert(1)) `';
    const m = buildTraceability({
      generatedAt: '2024-01-01T00:00:00Z',
      run: { url: 'javascript:alert(1)', headSha: '<b>', date: '<i>' },
      results: [
        {
          suite: hostile,
          classname: hostile,
          name: hostile,
          status: 'failed',
          message: hostile,
          source: { file: 'r', line: 1 },
        },
      ],
      items: [
        { key: hostile, versions: [hostile], requirements: [{ id: hostile, text: hostile, tests: ['*'] }] },
      ],
    });
    const text = renderTraceability(m);
    const prose = text.slice(0, text.indexOf('## Machine-readable matrix'));
    expect(prose).not.toMatch(/<(img|b|i)\b/);
    expect(prose).not.toContain('@everyone');
    expect(prose).not.toContain('javascript:');
    expect(prose).not.toContain('](j');
    for (const row of prose.split('\n').filter((l) => l.startsWith('| <code>')))
      expect(row.split('|').length).toBe(8);
    const json = text.slice(text.indexOf('```json') + '```json'.length, text.lastIndexOf('```'));
    expect(json).not.toMatch(/[<>@`]/);
    expect(parseTraceability(text)).toEqual(m);
  });

  it('refuses a matrix whose JSON was tampered with, or text that is not ours', () => {
    const text = renderTraceability(matrix());
    expect(parseTraceability(text.replace('"verdict": "failed"', '"verdict": "waived"'))).toBeUndefined();
    expect(parseTraceability(text.replace('"passed": 5', '"passed": -5'))).toBeUndefined();
    expect(parseTraceability(text.slice(TRACEABILITY_MARKER.length))).toBeUndefined();
    expect(parseTraceability(text.replace(/```json[\s\S]*$/, '```json\n{ not json\n```\n'))).toBeUndefined();
    expect(readTraceabilityData({ schema: 'soup-gate/traceability@1' })).toBeUndefined();
    expect(readTraceabilityData([])).toBeUndefined();
  });

  it('drops fields it does not know instead of carrying them', () => {
    const data = JSON.parse(JSON.stringify(matrix())) as Record<string, unknown>;
    data.extra = 'x';
    (data.items as Record<string, unknown>[])[0]!.__proto__ = { polluted: true };
    const read = readTraceabilityData(data);
    expect(read).toBeDefined();
    expect(read).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
