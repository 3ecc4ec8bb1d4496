import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/register/completeness.js';
import { parseRegisterKey, registerLookupKey } from '../../src/register/keys.js';
import { parseRegister, parseRegisterFile } from '../../src/register/parse.js';
import { formatProblem, RegisterError, type Register } from '../../src/register/types.js';
import { MAX_REGISTER_ALIASES } from '../../src/register/yaml-fields.js';
import { EXAMPLE } from './example.js';

const FILE = 'soup/register.yml';

function problemsOf(text: string, options = {}): string[] {
  try {
    parseRegister(FILE, text, options);
  } catch (error) {
    expect(error).toBeInstanceOf(RegisterError);
    return (error as RegisterError).problems.map(formatProblem);
  }
  throw new Error('expected a RegisterError');
}

describe('parseRegister', () => {
  it('reads the example register with every field', () => {
    const register: Register = parseRegister(FILE, EXAMPLE);
    expect(register.defaults).toEqual({
      safetyClass: 'B',
      rationale: 'Software system SW-1 is class B (non-serious injury possible).',
      assumed: false,
    });
    const express = register.entries.get(registerLookupKey('npm', 'express'))!;
    expect(express).toMatchObject({
      key: 'npm/express',
      ecosystem: 'npm',
      name: 'express',
      line: 7,
      safetyClass: 'B',
      risks: ['RISK-017'],
      requirements: [
        { id: 'REQ-API-003', line: 10 },
        { id: 'REQ-PERF-002', line: 12 },
      ],
      anomalies: [
        {
          id: 'GHSA-qwcr-r2fm-qrc7',
          state: 'not_affected',
          justification: 'code_not_reachable',
          by: 'qa-lead',
          on: '2026-10-02',
          expires: '2027-04-02',
          line: 19,
        },
      ],
      problems: [],
    });
    // `pypi/requests` (as people type it) is the PyPI package `requests`, found under any spelling.
    expect(register.entries.get(registerLookupKey('PyPI', 'Requests'))).toMatchObject({
      ecosystem: 'PyPI',
      safetyClass: 'A',
    });
  });

  it('names file, line and field for a bad safety class', () => {
    const text = EXAMPLE.replace('    safety-class: A', '    safety-class: D');
    expect(problemsOf(text)).toEqual([
      'soup/register.yml:29: items."pypi/requests".safety-class: "D" is not a safety class; use A, B or C (IEC 62304 4.3)',
    ]);
    expect(problemsOf('defaults:\n  safety-class: 2\n')).toEqual([
      'soup/register.yml:2: defaults.safety-class: must be text (quote it if needed)',
    ]);
  });

  it('lists every field a class C item lacks, each with file and line', () => {
    const text = `defaults:\n  safety-class: C\nitems:\n  npm/left-pad:\n    purpose: "Pads the dose label"\n`;
    const problems = problemsOf(text);
    expect(problems).toEqual([
      'soup/register.yml:4: items."npm/left-pad".prerequisites: is missing: class C needs it; name the hardware and software it needs (IEC 62304 5.3.4)',
      'soup/register.yml:4: items."npm/left-pad".verification: is missing: class C needs it; point to the tests or reviews that show the requirements are met',
      'soup/register.yml:4: items."npm/left-pad".requirements: is missing: class C needs it; list the functional and performance requirements it must meet, as { id, text } (IEC 62304 5.3.3)',
    ]);
    const error = (() => {
      try {
        parseRegister(FILE, text);
      } catch (e) {
        return e as RegisterError;
      }
    })()!;
    expect(error.message).toMatchInlineSnapshot(`
      "soup/register.yml has 3 problems:
        soup/register.yml:4: items."npm/left-pad".prerequisites: is missing: class C needs it; name the hardware and software it needs (IEC 62304 5.3.4)
        soup/register.yml:4: items."npm/left-pad".verification: is missing: class C needs it; point to the tests or reviews that show the requirements are met
        soup/register.yml:4: items."npm/left-pad".requirements: is missing: class C needs it; list the functional and performance requirements it must meet, as { id, text } (IEC 62304 5.3.3)"
    `);
  });

  it('reports a YAML syntax error with its line', () => {
    const problems = problemsOf('defaults:\n  safety-class: B\nitems:\n  npm/express: [\n    purpose: x\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^soup\/register\.yml:\d+: YAML syntax error: /);
    expect(problemsOf('items:\n  npm/a:\n    purpose: "x"\n   bad-indent: 1\n')[0]).toMatch(
      /^soup\/register\.yml:4: YAML syntax error/,
    );
  });

  it('refuses duplicate keys, also when two spellings name one package', () => {
    expect(problemsOf('items:\n  npm/a:\n    purpose: x y\n  npm/a:\n    purpose: z w\n')).toEqual([
      expect.stringMatching(/^soup\/register\.yml:4: YAML duplicate key: Map keys must be unique/),
    ]);
    expect(
      problemsOf(
        'defaults: {safety-class: A}\nitems:\n  PyPI/PyYAML:\n    purpose: Reads config\n  pypi/pyyaml:\n    purpose: Again\n',
      ),
    ).toEqual([
      'soup/register.yml:5: items."pypi/pyyaml": is the same package as "PyPI/PyYAML" on line 3; keep one entry',
    ]);
    expect(problemsOf('defaults:\n  safety-class: A\n  safety-class: B\n')[0]).toMatch(
      /:3: YAML duplicate key/,
    );
  });

  it('stops alias expansion bombs', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i <= 9; i++)
      lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    const ordered = `defaults: {safety-class: A}\nx-anchors:\n${lines.map((l) => `  ${l}`).join('\n')}\nitems:\n  npm/x:\n    purpose: x y\n    risks: *a9\n`;
    // Nothing is ever expanded: the nested lists are refused as risk ids, quickly.
    const started = performance.now();
    expect(problemsOf(ordered)[0]).toBe(
      'soup/register.yml:12: items."npm/x".risks[0]: must be text or a number',
    );
    expect(performance.now() - started).toBeLessThan(1000);
    // And many references, even to a harmless scalar, stop at the limit.
    const many = `defaults: {safety-class: A}\nx-id: &id RISK-1\nitems:\n  npm/x:\n    purpose: x y\n    risks: [${Array.from({ length: MAX_REGISTER_ALIASES + 1 }, () => '*id').join(', ')}]\n`;
    expect(problemsOf(many)).toEqual([
      `soup/register.yml: uses more than ${MAX_REGISTER_ALIASES} YAML aliases; write the values out (alias expansion is bounded to stop "billion laughs" documents)`,
    ]);
  });

  it('keeps prototype-pollution keys as data', () => {
    const text =
      'defaults: {safety-class: A}\nitems:\n  npm/__proto__:\n    purpose: "A package really named __proto__"\n  npm/constructor:\n    purpose: "And one named constructor"\n';
    const register = parseRegister(FILE, text);
    expect(register.entries.get('npm/__proto__')?.purpose).toBe('A package really named __proto__');
    expect(register.entries.get('npm/constructor')?.name).toBe('constructor');
    expect(({} as Record<string, unknown>).purpose).toBeUndefined();
    expect(problemsOf('items:\n  npm/a:\n    __proto__: {purpose: x}\n    purpose: fine text\n')).toContain(
      'soup/register.yml:3: items."npm/a".__proto__: unknown field; expected one of purpose, supplier, requirements, prerequisites, safety-class, rationale, verification, risks, anomalies',
    );
  });

  it('rejects placeholders, whole value and case-insensitive, and TODO-prefixed text', () => {
    for (const value of [
      'TODO',
      'tbd',
      'Dependency',
      'N/A',
      '',
      '...',
      '  todo  ',
      'TODO: why we use express',
      'TBD.',
    ])
      expect(isPlaceholder(value), JSON.stringify(value)).toBe(true);
    for (const value of [
      'Todo list rendering for the nurse view',
      'HTTP server',
      'dependency injection container',
      'none',
    ])
      expect(isPlaceholder(value), JSON.stringify(value)).toBe(false);
    expect(
      problemsOf(
        'defaults: {safety-class: A}\nitems:\n  npm/a:\n    purpose: "TBD"\n  npm/b:\n    purpose:\n',
      ),
    ).toEqual([
      'soup/register.yml:3: items."npm/a".purpose: "TBD" is a placeholder; say what this SOUP item does in the product (IEC 62304 5.3.3)',
      'soup/register.yml:5: items."npm/b".purpose: is empty; say what this SOUP item does in the product (IEC 62304 5.3.3)',
    ]);
  });

  it('needs a rationale for an item below the default class, and only the purpose for class A', () => {
    const text =
      'defaults: {safety-class: C}\nitems:\n  npm/a:\n    purpose: "Formats dates in reports"\n    safety-class: A\n';
    expect(problemsOf(text)).toEqual([
      'soup/register.yml:3: items."npm/a".rationale: is missing: class A is below the default class C; say why this item may be below the system class (e.g. segregation, IEC 62304 4.3)',
    ]);
    expect(() =>
      parseRegister(FILE, `${text}    rationale: "Runs in the reporting process, segregated (ARCH-2)"\n`),
    ).not.toThrow();
  });

  it('suggests the right spelling of a mistyped field, and checks enums and dates', () => {
    const text = [
      'defaults: {safety-class: B}',
      'items:',
      '  npm/a:',
      '    purpose: "Parses HL7"',
      '    safety_class: A',
      '    anomalies:',
      '      - id: CVE-2026-1',
      '        state: fixed',
      '        justification: because',
      '        reason: "n/a"',
      '        by: qa',
      '        on: 2026-02-30',
      '  cargo-ish/b: {purpose: x}',
    ].join('\n');
    expect(problemsOf(text, { allowIncomplete: true })).toEqual([
      'soup/register.yml:5: items."npm/a".safety_class: unknown field (did you mean "safety-class"?)',
      'soup/register.yml:8: items."npm/a".anomalies[0].state: "fixed" is not a CycloneDX analysis state; use one of not_affected, exploitable, false_positive, resolved, in_triage',
      'soup/register.yml:9: items."npm/a".anomalies[0].justification: "because" is not a CycloneDX justification; use one of code_not_present, code_not_reachable, requires_configuration, requires_dependency, requires_environment, protected_by_compiler, protected_at_runtime, protected_at_perimeter, protected_by_mitigating_control',
      'soup/register.yml:12: items."npm/a".anomalies[0].on: "2026-02-30" is not a date; write YYYY-MM-DD',
      'soup/register.yml:13: items."cargo-ish/b": is not <ecosystem>/<name>; the ecosystem is one of npm, PyPI, Go, crates.io, RubyGems, Packagist, NuGet, Maven, Pub, SwiftURL, GitHub Actions, docker (e.g. "npm/express", "PyPI/requests")',
    ]);
  });

  it('with allowIncomplete keeps incomplete entries and their problems, and still throws on structure', () => {
    const text = 'defaults: {safety-class: B}\nitems:\n  npm/a:\n    purpose: "TODO: why we use a"\n';
    const register = parseRegister(FILE, text, { allowIncomplete: true });
    const entry = register.entries.get('npm/a')!;
    expect(entry.problems.map(formatProblem)).toContain(
      'soup/register.yml:3: items."npm/a".purpose: "TODO: why we use a" is a placeholder; say what this SOUP item does in the product (IEC 62304 5.3.3)',
    );
    expect(() => parseRegister(FILE, `${text}    safety-class: X\n`, { allowIncomplete: true })).toThrow(
      /"X" is not a safety class/,
    );
  });

  it('treats an empty file as no entries with class C assumed, and refuses a non-mapping', () => {
    expect(parseRegister(FILE, '# nothing yet\n').defaults).toEqual({ safetyClass: 'C', assumed: true });
    expect(problemsOf('- a\n- b\n')).toEqual([
      'soup/register.yml:1: the register must be a mapping with "defaults" and "items"',
    ]);
    expect(problemsOf('item:\n  npm/a: {}\n')).toEqual([
      'soup/register.yml:1: (top level).item: unknown field; expected one of defaults, items',
    ]);
  });

  it('refuses an oversized register before parsing it', () => {
    expect(problemsOf(`# ${'x'.repeat(6 * 1024 * 1024)}\n`)[0]).toMatch(/over the limit/);
  });

  it('parses keys of every ecosystem', () => {
    expect(parseRegisterKey('Go/github.com/pkg/errors')).toEqual({
      ecosystem: 'Go',
      name: 'github.com/pkg/errors',
    });
    expect(parseRegisterKey('github-actions/actions/checkout')).toEqual({
      ecosystem: 'GitHub Actions',
      name: 'actions/checkout',
    });
    expect(parseRegisterKey('maven/org.slf4j:slf4j-api')).toEqual({
      ecosystem: 'Maven',
      name: 'org.slf4j:slf4j-api',
    });
    expect(parseRegisterKey('npm/@types/node')).toEqual({ ecosystem: 'npm', name: '@types/node' });
    expect(parseRegisterKey('express')).toBeUndefined();
    expect(registerLookupKey('PyPI', 'Zope.Interface')).toBe('pypi/zope-interface');
  });
});

describe('parseRegisterFile', () => {
  it('reads no file as an empty class-C register, keeps incomplete entries, still throws on structure', () => {
    expect(parseRegisterFile('r.yml', undefined)).toEqual({
      path: 'r.yml',
      defaults: { safetyClass: 'C', assumed: true },
      entries: new Map(),
    });
    const incomplete = parseRegisterFile('r.yml', 'items:\n  npm/express:\n    purpose: TODO\n');
    expect(incomplete.entries.get('npm/express')!.problems.length).toBeGreaterThan(0);
    expect(() => parseRegisterFile('r.yml', 'items:\n  npm/express:\n    colour: red\n')).toThrow(
      RegisterError,
    );
  });
});

describe('requirement tests (issue 17)', () => {
  const entry = (requirements: string): string =>
    `defaults: {safety-class: A}\nitems:\n  npm/express:\n    purpose: HTTP\n    requirements:\n${requirements}`;

  it('reads the tests a requirement names, trimmed, and leaves them out where it names none', () => {
    const register = parseRegister(
      FILE,
      entry(
        '      - id: REQ-1\n        text: limits bodies\n        tests: ["test/api.test.ts", " BodyTest:rejects * "]\n      - id: REQ-2\n        text: routes\n',
      ),
    );
    const [first, second] = register.entries.get(registerLookupKey('npm', 'express'))!.requirements;
    expect(first).toEqual({
      id: 'REQ-1',
      text: 'limits bodies',
      tests: ['test/api.test.ts', 'BodyTest:rejects *'],
      line: 6,
    });
    expect(second).toEqual({ id: 'REQ-2', text: 'routes', line: 9 });
  });

  it('names file, line and field for a test that is not text, an empty list and a repeated id', () => {
    expect(
      problemsOf(
        entry(
          '      - id: REQ-1\n        text: a\n        tests: [ok, {classname: x}, ""]\n      - id: REQ-2\n        text: b\n        tests: []\n      - id: REQ-1\n        text: c\n        tests: x\n',
        ),
      ),
    ).toEqual([
      'soup/register.yml:8: items."npm/express".requirements[0].tests[1]: must be text (quote it if needed)',
      'soup/register.yml:8: items."npm/express".requirements[0].tests[2]: is empty; write a test selector ("classname:name", a name or a test file path)',
      'soup/register.yml:11: items."npm/express".requirements[1].tests: is an empty list; name the tests that verify the requirement, or leave tests out',
      'soup/register.yml:12: items."npm/express".requirements[2].id: "REQ-1" is already the id of the requirement on line 6',
      'soup/register.yml:14: items."npm/express".requirements[2].tests: must be a list of test selectors ("classname:name", a test name or a test file path)',
    ]);
  });

  it('accepts the same requirement id in two items', () => {
    const text = `defaults: {safety-class: A}\nitems:\n  npm/a:\n    purpose: a
    requirements: [{id: REQ-1, text: a, tests: [x]}]\n  npm/b:\n    purpose: b
    requirements: [{id: REQ-1, text: b, tests: [y]}]\n`;
    expect(parseRegister(FILE, text).entries.size).toBe(2);
  });
});
