import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJunit } from '../../src/verification/junit.js';
import {
  indexResults,
  matchesGlob,
  matchRequirement,
  matchRequirements,
  parseSelector,
  selectTests,
} from '../../src/verification/match.js';
import type { TestResult } from '../../src/verification/types.js';

function load(path: string): TestResult[] {
  return parseJunit(path, readFileSync(`test/fixtures/junit/${path}`, 'utf8'));
}

function result(name: string, extra: Partial<TestResult> = {}): TestResult {
  return { suite: '', classname: '', name, status: 'passed', source: { file: 'r.xml', line: 1 }, ...extra };
}

describe('matchesGlob', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abcd', false],
    ['a*', 'a', true],
    ['a*c', 'a/b.c', true],
    ['*', '', true],
    ['*x*', 'aaxbb', true],
    ['*x*', 'aabb', false],
    ['a*b*c', 'a-c-b', false],
    ['A*', 'abc', false],
    ['a.c', 'abc', false],
    ['a?c', 'abc', false],
    ['a*b*a', 'aba', true],
    ['a*a', 'a', false],
    ['**', 'x', true],
    ['a*', '', false],
    ['*b*b*', 'abab', true],
    ['*b*b*', 'ab', false],
  ])('%s ~ %s is %s', (pattern, text, expected) => {
    expect(matchesGlob(pattern, text)).toBe(expected);
  });

  it('never backtracks: 2,000 hostile 1,000-character patterns against 4,096-character names', () => {
    const patterns = Array.from({ length: 2000 }, (_, i) => `${'*a'.repeat(499)}*b${i}`);
    const text = 'a'.repeat(4096);
    const started = performance.now();
    for (const pattern of patterns) expect(matchesGlob(pattern, text)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('parseSelector', () => {
  it('tells classname:name, a bare name, a file path and a pytest node id apart', () => {
    expect(parseSelector('com.acme.ApiTest:reads*')).toEqual({
      kind: 'test',
      classname: 'com.acme.ApiTest',
      name: 'reads*',
    });
    expect(parseSelector('rejects bodies over 1 MB')).toEqual({
      kind: 'test',
      classname: undefined,
      name: 'rejects bodies over 1 MB',
    });
    expect(parseSelector('./test/api.test.ts')).toEqual({
      kind: 'file',
      path: 'test/api.test.ts',
      dotted: undefined,
    });
    expect(parseSelector('test_api.py')).toEqual({ kind: 'file', path: 'test_api.py', dotted: 'test_api' });
    expect(parseSelector('tests/test_api.py::TestBodyLimits::test_x*')).toEqual({
      kind: 'file',
      path: 'tests/test_api.py',
      dotted: 'tests.test_api',
      name: 'test_x*',
    });
  });
});

describe('selectors against what real runners wrote', () => {
  it('vitest: a file path, and file:"describe > test"', () => {
    const index = indexResults(load('vitest/vitest-4.1.12.xml'));
    expect(selectTests(index, 'test/parse.test.js').map((r) => r.name)).toEqual([
      'parses ISO dates',
      'throws on a malformed dose',
    ]);
    expect(selectTests(index, 'test/api.test.js:body limits > *').map((r) => r.name)).toHaveLength(3);
    expect(selectTests(index, `*:*keeps "<script>" & 'quotes' inert`)).toHaveLength(1);
  });

  it('jest-junit: the file attribute, or the classname and name templates', () => {
    expect(
      selectTests(indexResults(load('jest/jest-junit-17.0.0-file-attribute.xml')), 'test/api.test.js'),
    ).toHaveLength(6);
    expect(
      selectTests(
        indexResults(load('jest/jest-junit-17.0.0-default.xml')),
        'body limits rejects bodies over 1 MB',
      ),
    ).toHaveLength(1);
  });

  it('pytest: a .py path finds its module classname; a node id narrows to one test', () => {
    const index = indexResults(load('pytest/pytest-9.0.3-xunit2.xml'));
    expect(selectTests(index, 'tests/test_api.py')).toHaveLength(9);
    expect(
      selectTests(index, 'tests/test_api.py::TestBodyLimits::test_keeps_hostile_text_inert[*]'),
    ).toHaveLength(3);
    expect(selectTests(index, 'tests.test_api.TestBodyLimits:*')).toHaveLength(4);
  });

  it('Surefire: a .java path finds the class and its nested classes', () => {
    const index = indexResults(load('surefire/TEST-com.acme.dosage.ApiTest$BodyLimits.xml'));
    expect(selectTests(index, 'src/test/java/com/acme/dosage/ApiTest.java')).toHaveLength(8);
    expect(selectTests(index, 'com.acme.dosage.ApiTest$BodyLimits:keepsHostileTextInert*')).toHaveLength(3);
  });

  it('go: package path as classname', () => {
    const index = indexResults(load('go/go-junit-report-001-report.xml'));
    expect(selectTests(index, 'package/skip').map((r) => r.name)).toEqual(['TestSkip', 'TestSkipNow']);
    expect(selectTests(index, 'package/pass:TestPass')).toHaveLength(1);
  });
});

describe('matchRequirement verdicts', () => {
  const results = [
    result('routes requests', { classname: 'api' }),
    result('rejects big bodies', { classname: 'api' }),
    result('answers fast', { classname: 'perf', status: 'failed', message: 'p95 250 ms' }),
    result('runs on ARM64', { classname: 'perf', status: 'skipped' }),
    result('reads the table', { classname: 'db', status: 'errored', message: 'no database' }),
  ];
  const verdict = (tests: string[]) => matchRequirement({ id: 'REQ-1', text: 't', tests }, results);

  it('passed: every matched test passed', () => {
    const r = verdict(['api:*']);
    expect(r.verdict).toBe('passed');
    expect(r.matched.map((t) => t.name)).toEqual(['routes requests', 'rejects big bodies']);
  });

  it('failed names the failing and errored tests with their messages', () => {
    const r = verdict(['api:*', 'perf:answers fast', 'db:*']);
    expect(r.verdict).toBe('failed');
    expect(r.failing.map((t) => [t.name, t.status, t.message])).toEqual([
      ['answers fast', 'failed', 'p95 250 ms'],
      ['reads the table', 'errored', 'no database'],
    ]);
  });

  it('missing names the selector that matched nothing; a failure still wins', () => {
    expect(verdict(['api:*', 'api:handles gzip'])).toMatchObject({
      verdict: 'missing',
      unmatched: ['api:handles gzip'],
    });
    expect(verdict(['perf:answers fast', 'nothing:*']).verdict).toBe('failed');
  });

  it('skipped: nothing failed or missing, but a matched test did not run', () => {
    expect(verdict(['api:*', 'perf:runs on ARM64'])).toMatchObject({
      verdict: 'skipped',
      skipped: [expect.objectContaining({ name: 'runs on ARM64' })],
    });
  });

  it('untested: the requirement names no tests', () => {
    expect(verdict([]).verdict).toBe('untested');
    expect(verdict(['  ']).verdict).toBe('untested');
  });

  it('a test that ran more than once counts with its worst result', () => {
    const twice = [
      result('t', { classname: 'c' }),
      result('t', { classname: 'c', status: 'failed', message: 'linux' }),
    ];
    const r = matchRequirement({ id: 'R', text: '', tests: ['c:t'] }, twice);
    expect(r.verdict).toBe('failed');
    expect(r.matched).toEqual([expect.objectContaining({ status: 'failed', message: 'linux' })]);
  });

  it('a selector past the length bound matches nothing (missing), never everything', () => {
    const r = verdict([`${'*'.repeat(2000)}`]);
    expect(r.verdict).toBe('missing');
  });

  it('matchRequirements indexes once and keeps the order', () => {
    const all = matchRequirements(
      [
        { id: 'A', text: '', tests: ['api:routes requests'] },
        { id: 'B', text: '', tests: ['perf:*'] },
      ],
      results,
    );
    expect(all.map((r) => [r.id, r.verdict])).toEqual([
      ['A', 'passed'],
      ['B', 'failed'],
    ]);
  });
});
