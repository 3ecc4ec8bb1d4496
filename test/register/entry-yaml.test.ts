import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addRegisterEntries, renderEntryYaml } from '../../src/register/entry-yaml.js';
import { parseRegister } from '../../src/register/parse.js';
import { RegisterError } from '../../src/register/types.js';
import { isEntryComplete } from '../../src/register/validate.js';
import { EXAMPLE } from './example.js';

describe('renderEntryYaml', () => {
  it('writes a paste-ready entry that validation rejects until the TODOs are replaced', () => {
    const yaml = renderEntryYaml(
      { ecosystem: 'npm', name: 'express', version: '4.21.1', lockfile: 'package-lock.json' },
      {
        safetyClass: 'B',
        description: 'Fast, unopinionated, minimalist web framework',
        supplier: 'OpenJS Foundation',
      },
    );
    expect(yaml).toMatchInlineSnapshot(`
      "  npm/express:
          # Added by soup-gate for express 4.21.1 in package-lock.json: incomplete until every TODO is replaced.
          # Registry description: Fast, unopinionated, minimalist web framework
          purpose: "TODO: why we use express"
          supplier: "OpenJS Foundation"
          # Class B (inherited from defaults): requirements, prerequisites and verification are required.
          requirements:
            - id: "TODO"
              text: "TODO: what express must do for the product (function, performance)"
              # tests: ["ClassName:test name", path/to/test.file] (JUnit tests that re-verify it on every change)
          prerequisites: "TODO: hardware and software express needs"
          verification: "TODO: tests or reviews that show express meets the requirements"
          risks: []
      "
    `);
    const register = parseRegister('r.yml', `defaults: {safety-class: B}\nitems:\n${yaml}`, {
      allowIncomplete: true,
    });
    expect(isEntryComplete(register, 'npm', 'express')).toBe(false);
    expect(() => parseRegister('r.yml', `defaults: {safety-class: B}\nitems:\n${yaml}`)).toThrow(
      RegisterError,
    );
  });

  it('asks only for the purpose of a class A item', () => {
    expect(renderEntryYaml({ ecosystem: 'PyPI', name: 'requests' }, { safetyClass: 'A' })).toBe(
      '  PyPI/requests:\n    # Added by soup-gate for requests: incomplete until every TODO is replaced.\n    purpose: "TODO: why we use requests"\n    # Class A (inherited): only the purpose is required.\n',
    );
  });

  it('keeps hostile names and descriptions inert', () => {
    const name = 'evil"\n: {x: 1}\u2028# &a *b';
    const yaml = renderEntryYaml(
      { ecosystem: 'npm', name, version: '1.0.0\n  injected: true' },
      { safetyClass: 'C', description: 'line one\nsafety-class: A' },
    );
    const parsed = parse(`items:\n${yaml}`) as { items: Record<string, Record<string, unknown>> };
    expect(Object.keys(parsed.items)).toEqual([`npm/${name}`]);
    expect(Object.keys(parsed.items[`npm/${name}`]!).sort()).toEqual([
      'prerequisites',
      'purpose',
      'requirements',
      'risks',
      'verification',
    ]);
  });
});

describe('addRegisterEntries (register init)', () => {
  const express = {
    pkg: { ecosystem: 'npm' as const, name: 'express' },
    derived: { safetyClass: 'B' as const },
  };
  const ms = {
    pkg: { ecosystem: 'npm' as const, name: 'ms', version: '2.1.3' },
    derived: { safetyClass: 'B' as const },
  };
  const requests = {
    pkg: { ecosystem: 'PyPI' as const, name: 'Requests' },
    derived: { safetyClass: 'B' as const },
  };

  it('keeps every existing byte, comments included, and adds only what is missing', () => {
    const { text, added } = addRegisterEntries('soup/register.yml', EXAMPLE, [express, ms, requests]);
    expect(added).toEqual(['npm/ms']);
    expect(text.startsWith(EXAMPLE)).toBe(true);
    expect(text.slice(EXAMPLE.length)).toMatchInlineSnapshot(`
      "
        npm/ms:
          # Added by soup-gate for ms 2.1.3: incomplete until every TODO is replaced.
          purpose: "TODO: why we use ms"
          # Class B (inherited from defaults): requirements, prerequisites and verification are required.
          requirements:
            - id: "TODO"
              text: "TODO: what ms must do for the product (function, performance)"
              # tests: ["ClassName:test name", path/to/test.file] (JUnit tests that re-verify it on every change)
          prerequisites: "TODO: hardware and software ms needs"
          verification: "TODO: tests or reviews that show ms meets the requirements"
          risks: []
      "
    `);
    const register = parseRegister('soup/register.yml', text, { allowIncomplete: true });
    expect([...register.entries.keys()]).toEqual(['npm/express', 'pypi/requests', 'npm/ms']);
    expect(register.entries.get('npm/express')!.problems).toEqual([]);
    // Running it again adds nothing and changes nothing.
    expect(addRegisterEntries('soup/register.yml', text, [express, ms])).toEqual({ text, added: [] });
  });

  it('inserts inside items when other keys follow it, at the file’s own indentation', () => {
    const original =
      '# register\nitems:\n    npm/express:\n        purpose: "HTTP server"\n\n# the class of SW-1\ndefaults:\n    safety-class: A\n';
    const { text } = addRegisterEntries('r.yml', original, [ms]);
    expect(text).toBe(
      `# register\nitems:\n    npm/express:\n        purpose: "HTTP server"\n\n    npm/ms:\n      # Added by soup-gate for ms 2.1.3: incomplete until every TODO is replaced.\n      purpose: "TODO: why we use ms"\n      # Class B (inherited from defaults): requirements, prerequisites and verification are required.\n      requirements:\n        - id: "TODO"\n          text: "TODO: what ms must do for the product (function, performance)"\n          # tests: ["ClassName:test name", path/to/test.file] (JUnit tests that re-verify it on every change)\n      prerequisites: "TODO: hardware and software ms needs"\n      verification: "TODO: tests or reviews that show ms meets the requirements"\n      risks: []\n\n# the class of SW-1\ndefaults:\n    safety-class: A\n`,
    );
    expect(parseRegister('r.yml', text, { allowIncomplete: true }).entries.size).toBe(2);
  });

  it('writes a new register, adds items: when missing, and rewrites a flow-style items', () => {
    const fresh = addRegisterEntries('soup/register.yml', undefined, [express]);
    expect(fresh.added).toEqual(['npm/express']);
    const register = parseRegister('soup/register.yml', fresh.text, { allowIncomplete: true });
    expect(register.defaults).toEqual({ safetyClass: 'C', assumed: false });
    expect(fresh.text).toContain('# TODO: set the safety class of your software system');

    const noItems = addRegisterEntries('r.yml', 'defaults:\n  safety-class: B # ours\n', [express]);
    expect(noItems.text.startsWith('defaults:\n  safety-class: B # ours\n\nitems:\n  npm/express:\n')).toBe(
      true,
    );

    const flow = addRegisterEntries('r.yml', '# keep me\ndefaults: {safety-class: B}\nitems: {}\n', [
      express,
    ]);
    expect(flow.text).toContain('# keep me');
    expect(parseRegister('r.yml', flow.text, { allowIncomplete: true }).entries.has('npm/express')).toBe(
      true,
    );
  });

  it('refuses to touch a register with structural problems', () => {
    expect(() => addRegisterEntries('r.yml', 'items:\n  npm/a:\n    safety-class: Z\n', [express])).toThrow(
      /r\.yml:3: items."npm\/a".safety-class: "Z" is not a safety class/,
    );
  });
});
