import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countStatuses,
  JunitParseError,
  MAX_FIELD_CHARS,
  MAX_MESSAGE_CHARS,
  MAX_SUITE_DEPTH,
  parseJunit,
} from '../../src/verification/junit.js';
import type { TestResult } from '../../src/verification/types.js';

const FIXTURES = 'test/fixtures/junit';

function fixture(path: string): TestResult[] {
  const file = join(FIXTURES, path);
  return parseJunit(file, readFileSync(file, 'utf8'));
}

function find(results: TestResult[], name: string): TestResult {
  const found = results.find((r) => r.name === name);
  if (!found) throw new Error(`no test named ${name}`);
  return found;
}

describe('every JUnit file a real runner wrote', () => {
  const files = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(FIXTURES, d.name))
        .filter((f) => f.endsWith('.xml'))
        .map((f) => `${d.name}/${f}`),
    );

  it('covers every runner folder', () => {
    expect(new Set(files.map((f) => f.split('/')[0]))).toEqual(
      new Set(['go', 'jest', 'pytest', 'surefire', 'vitest']),
    );
  });

  it.each(files)('%s parses to named tests with a status and a source line', (path) => {
    const results = fixture(path);
    for (const result of results) {
      expect(result.name.trim()).not.toBe('');
      expect(['passed', 'failed', 'skipped', 'errored']).toContain(result.status);
      expect(result.source.file).toBe(join(FIXTURES, path));
      expect(result.source.line).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('what each runner writes', () => {
  it('vitest: classname is the file, name joins describe blocks with >, entities decoded', () => {
    const results = fixture('vitest/vitest-4.1.12.xml');
    expect(countStatuses(results)).toEqual({ passed: 4, failed: 2, skipped: 1, errored: 0 });
    const hostile = find(results, `body limits > escaping > keeps "<script>" & 'quotes' inert`);
    expect(hostile).toMatchObject({
      suite: 'test/api.test.js',
      classname: 'test/api.test.js',
      status: 'passed',
    });
    expect(hostile.source.line).toBe(8);
    expect(find(results, 'latency > answers 95% of requests within 200 ms')).toMatchObject({
      status: 'failed',
      message: 'expected 250 to be less than 200',
    });
    expect(find(results, 'latency > holds on ARM64').status).toBe('skipped');
    expect(find(results, 'throws on a malformed dose').message).toBe('dose "12,5 mg" is not a number');
  });

  it('jest-junit: default names, the "undefined" suite, file attribute when asked, todo looks passed', () => {
    const plain = fixture('jest/jest-junit-17.0.0-default.xml');
    expect(countStatuses(plain)).toEqual({ passed: 5, failed: 2, skipped: 1, errored: 0 });
    expect(find(plain, 'parses ISO dates')).toMatchObject({ suite: 'undefined', status: 'passed' });
    expect(find(plain, 'latency holds under 500 requests/s').status).toBe('passed'); // it.todo: see README
    const failure = find(plain, 'latency answers 95% of requests within 200 ms');
    expect(failure.status).toBe('failed');
    expect(failure.message).toMatch(
      /^Error: expect\(received\)\.toBeLessThan\(expected\)\n\nExpected: < 200/,
    );

    const withFile = fixture('jest/jest-junit-17.0.0-file-attribute.xml');
    expect(find(withFile, 'rejects bodies over 1 MB')).toMatchObject({
      classname: 'body limits',
      file: 'test/api.test.js',
    });
  });

  it('pytest: dotted classname, xfail and skip are skipped, a fixture failure is errored, xunit1 adds file', () => {
    const results = fixture('pytest/pytest-9.0.3-xunit2.xml');
    expect(countStatuses(results)).toEqual({ passed: 5, failed: 1, skipped: 2, errored: 1 });
    expect(find(results, 'test_rejects_bodies_over_1_mb').classname).toBe('tests.test_api.TestBodyLimits');
    expect(find(results, 'test_keeps_hostile_text_inert["<script>"]').status).toBe('passed');
    expect(find(results, 'test_answers_within_200_ms').message).toBe(
      'AssertionError: p95 latency 250 ms\nassert 250 < 200',
    );
    expect(find(results, 'test_known_anomaly')).toMatchObject({
      status: 'skipped',
      message: 'known anomaly GHSA-xxxx: not fixed upstream',
    });
    expect(find(results, 'test_reads_dose_table')).toMatchObject({
      status: 'errored',
      message: 'failed on setup with "RuntimeError: database not reachable"',
    });
    expect(find(results, 'test_reads_dose_table').file).toBeUndefined();
    expect(find(fixture('pytest/pytest-9.0.3-xunit1.xml'), 'test_reads_dose_table').file).toBe(
      'tests/test_api.py',
    );
  });

  it('Surefire: bare <testsuite> root, error vs failure, flaky pass, rerun failure, empty outer report', () => {
    const nested = fixture('surefire/TEST-com.acme.dosage.ApiTest$BodyLimits.xml');
    expect(find(nested, 'readsDoseTable')).toMatchObject({
      status: 'errored',
      message: 'database not reachable',
    });
    expect(find(nested, 'holdsOnArm64')).toMatchObject({ status: 'skipped', message: 'no ARM64 runner' });
    expect(find(nested, 'rejectsBodiesOver1Mb').classname).toBe('com.acme.dosage.ApiTest$BodyLimits');
    const flaky = fixture('surefire/TEST-com.acme.dosage.FlakyTest.xml');
    expect(find(flaky, 'passesOnSecondTry').status).toBe('passed');
    expect(find(flaky, 'failsEveryTime').status).toBe('failed');
  });

  it('go-junit-report and gotestsum: package classname, empty classname for TestMain, a panic is errored', () => {
    const report = fixture('go/go-junit-report-001-report.xml');
    expect(countStatuses(report)).toEqual({ passed: 2, failed: 1, skipped: 2, errored: 0 });
    expect(find(report, 'TestOne')).toMatchObject({ classname: 'package/fail', status: 'failed' });
    expect(fixture('go/go-junit-report-105-panic-report.xml')[0]).toMatchObject({
      name: 'Failure',
      status: 'errored',
    });
    const gotestsum = fixture('go/gotestsum-junitxml-report.xml');
    expect(find(gotestsum, 'TestMain')).toMatchObject({ classname: '', status: 'failed' });
    expect(gotestsum.filter((r) => r.name === 'TestNestedWithFailure/c')[0]?.status).toBe('failed');
  });
});

describe('malformed and hostile result files', () => {
  const parse = (text: string) => () => parseJunit('results/junit.xml', text);

  it('names file and line of an XML syntax error', () => {
    expect(
      parse('<testsuites>\n  <testsuite name="a">\n    <testcase name="x">\n  </testsuite>\n</testsuites>'),
    ).toThrow(/^results\/junit\.xml:\d+: invalid XML: /);
    try {
      parseJunit(
        'r.xml',
        '<testsuites>\n<testsuite>\n<testcase name="a"></testcas>\n</testsuite></testsuites>',
      );
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(JunitParseError);
      expect((error as JunitParseError).line).toBe(3);
    }
  });

  it('refuses a root that is not JUnit, and says what a .trx file needs', () => {
    expect(parse('<html><body/></html>')).toThrow(
      'results/junit.xml:1: expected <testsuites> or <testsuite> as the root element, found <html>',
    );
    expect(parse('<?xml version="1.0"?>\n<TestRun id="1"></TestRun>')).toThrow(
      /\.trx file.*JunitXml\.TestLogger/,
    );
    expect(parse('')).toThrow(/^results\/junit\.xml:1: invalid XML/);
  });

  it('refuses a DOCTYPE (entity expansion) at its line', () => {
    const billionLaughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n<testsuites><testsuite><testcase name="&lol2;"/></testsuite></testsuites>`;
    expect(parse(billionLaughs)).toThrow('results/junit.xml:2: has a DOCTYPE');
  });

  it('a test case without a name is an error at its line', () => {
    expect(parse('<testsuite name="s">\n\n  <testcase classname="c" time="1"/>\n</testsuite>')).toThrow(
      'results/junit.xml:3: a <testcase> has no name attribute',
    );
  });

  it('bounds nesting, field length and message length', () => {
    const deep = `${'<testsuite name="s">'.repeat(MAX_SUITE_DEPTH + 1)}<testcase name="t"/>${'</testsuite>'.repeat(MAX_SUITE_DEPTH + 1)}`;
    expect(parse(`<testsuites>${deep}</testsuites>`)).toThrow(/nested more than 32 deep/);
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    expect(parse(`<testsuite><testcase name="${long}"/></testsuite>`)).toThrow(
      /<testcase> name="…" is 4097 characters; at most 4096 are read/,
    );
    const [result] = parseJunit(
      'r.xml',
      `<testsuite><testcase name="t"><failure message="${'m'.repeat(MAX_MESSAGE_CHARS * 3)}"/></testcase></testsuite>`,
    );
    expect(result?.message).toHaveLength(MAX_MESSAGE_CHARS);
    expect(result?.message?.endsWith('…')).toBe(true);
  });

  it('keeps attribute names as data: no prototype pollution', () => {
    const results = parseJunit(
      'r.xml',
      '<testsuite name="__proto__"><testcase name="constructor" classname="__proto__" __proto__="x" polluted="1"/></testsuite>',
    );
    expect(results[0]).toMatchObject({ suite: '__proto__', classname: '__proto__', name: 'constructor' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads nested suites, test cases straight under <testsuites> and the suite file', () => {
    const results = parseJunit(
      'r.xml',
      `<testsuites><testcase name="loose"/><testsuite name="outer" file="a.test.ts"><testsuite name="inner"><testcase name="deep" time="1,234.5"/></testsuite></testsuite></testsuites>`,
    );
    expect(results).toEqual([
      { suite: '', classname: '', name: 'loose', status: 'passed', source: { file: 'r.xml', line: 1 } },
      {
        suite: 'inner',
        classname: '',
        name: 'deep',
        file: 'a.test.ts',
        status: 'passed',
        time: 1234.5,
        source: { file: 'r.xml', line: 1 },
      },
    ]);
  });
});
