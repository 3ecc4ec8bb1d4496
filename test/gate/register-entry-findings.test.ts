// What the gate tells a reviewer about a new SOUP item's register entry: how many things are
// missing, the YAML to paste (for the item's version, class and lockfile), an HTML-carrying name
// shown inert, and requirement ids only for changes that still exist.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { addRegisterFacts, checkRegisterEntries } from '../../src/gate/register-entries.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import { change } from '../support/builders.js';
import { TODAY, registerWithEvaluation } from './fixtures.js';

const added = change({
  type: 'added',
  name: 'left-pad',
  from: null,
  to: '1.3.0',
  bump: null,
  purl: 'pkg:npm/left-pad@1.3.0',
});
const classB = (items: string) =>
  parseRegister(
    'soup/register.yml',
    `defaults: {safety-class: B, rationale: "Class B system"}\nitems:${items}\n`,
    {
      allowIncomplete: true,
    },
  );

describe('checkRegisterEntries', () => {
  it('names the first thing an incomplete entry lacks and counts the rest', () => {
    const three = checkRegisterEntries(
      classB('\n  npm/left-pad:\n    purpose: "Pads strings in log lines"'),
      [added],
      DEFAULT_POLICY,
      TODAY,
    );
    expect(three.blockers).toEqual([
      'the entry for <code>left-pad</code> in <code>soup/register.yml</code> is not complete: <code>prerequisites</code>, line 3: is missing&#58; class B needs it; name the hardware and software it needs &#40;IEC 62304 5.3.4&#41; (and 2 more under its change)',
    ]);
    const one = checkRegisterEntries(
      classB(
        '\n  npm/left-pad:\n    purpose: "Pads strings"\n    requirements:\n      - id: REQ-1\n        text: "x"\n    prerequisites: "Node"',
      ),
      [added],
      DEFAULT_POLICY,
      TODAY,
    );
    expect(one.blockers).toEqual([
      'the entry for <code>left-pad</code> in <code>soup/register.yml</code> is not complete: <code>verification</code>, line 3: is missing&#58; class B needs it; point to the tests or reviews that show the requirements are met',
    ]);
  });

  it('lists at most five problems of an entry and counts the rest', () => {
    const note = checkRegisterEntries(
      classB('\n  npm/left-pad:\n    requirements:\n      - id: R1\n      - id: R2\n      - id: R3'),
      [added],
      DEFAULT_POLICY,
      TODAY,
    ).notes.get(changeKey(added))!;
    const lines = note.split('\n').slice(2);
    expect(lines).toHaveLength(6);
    expect(lines[4]).toBe('- <code>requirements&#91;1&#93;.text</code>, line 6: needs the requirement text');
    expect(lines[5]).toBe('- and 1 more');
    const five = checkRegisterEntries(
      classB('\n  npm/left-pad:\n    requirements:\n      - id: R1\n      - id: R2'),
      [added],
      DEFAULT_POLICY,
      TODAY,
    ).notes.get(changeKey(added))!;
    expect(five.split('\n').slice(2)).toHaveLength(5);
  });

  it('offers YAML for the added version, its lockfile and the class the defaults give', () => {
    const note = checkRegisterEntries(classB(' {}'), [added], DEFAULT_POLICY, TODAY).notes.get(
      changeKey(added),
    )!;
    expect(note).toContain(
      '# Added by soup-gate for left-pad 1.3.0 in package-lock.json: incomplete until every TODO is replaced.',
    );
    expect(note).toContain(
      '# Class B (inherited from defaults): requirements, prerequisites and verification are required.',
    );
    expect(note).toContain('```yaml\n  npm/left-pad:\n    # Added by soup-gate for left-pad');
    expect(note).toMatch(/\n {4}risks: \[\]\n```$/);
  });

  it('asks a class A item only for its purpose', () => {
    const classA = parseRegister(
      'soup/register.yml',
      'defaults: {safety-class: A, rationale: "Class A system"}\nitems: {}\n',
    );
    expect(checkRegisterEntries(classA, [added], DEFAULT_POLICY, TODAY).blockers).toEqual([
      '<code>left-pad</code> has no entry in <code>soup/register.yml</code> yet: add one with at least its purpose (the YAML to paste is under its change)',
    ]);
  });

  it('lists each thing an incomplete entry lacks under its change', () => {
    const note = checkRegisterEntries(
      classB('\n  npm/left-pad:\n    purpose: "Pads strings in log lines"'),
      [added],
      DEFAULT_POLICY,
      TODAY,
    ).notes.get(changeKey(added))!;
    expect(note.split('\n').slice(2)).toEqual([
      '- <code>prerequisites</code>, line 3: is missing&#58; class B needs it; name the hardware and software it needs &#40;IEC 62304 5.3.4&#41;',
      '- <code>verification</code>, line 3: is missing&#58; class B needs it; point to the tests or reviews that show the requirements are met',
      '- <code>requirements</code>, line 3: is missing&#58; class B needs it; list the functional and performance requirements it must meet, as { id, text } &#40;IEC 62304 5.3.3&#41;',
    ]);
  });

  it('shows YAML for a name carrying HTML as escaped preformatted text', () => {
    const hostile = change({ ...added, name: 'a&b<c>' });
    const note = checkRegisterEntries(emptyRegister(), [hostile], DEFAULT_POLICY, TODAY).notes.get(
      changeKey(hostile),
    )!;
    expect(note).toContain('<pre>  "npm/a&amp;b&lt;c&gt;":\n');
    expect(note).toContain('    purpose: "TODO: why we use a&amp;b&lt;c&gt;"\n');
    expect(note).not.toContain('```');
  });

  it('carries requirement ids only for changes whose entry lists some, and never for a removal', () => {
    const removed = change({ type: 'removed', to: null, bump: null, purl: 'pkg:npm/express@4.19.2' });
    const register = parseRegister(
      'soup/register.yml',
      'defaults: {safety-class: A, rationale: "Class A system"}\nitems:\n  npm/express:\n    purpose: "HTTP server"\n',
    );
    expect(
      checkRegisterEntries(registerWithEvaluation(), [removed], DEFAULT_POLICY, TODAY).requirementIds.size,
    ).toBe(0);
    expect(checkRegisterEntries(register, [change()], DEFAULT_POLICY, TODAY).requirementIds.size).toBe(0);
    expect(checkRegisterEntries(emptyRegister(), [change()], DEFAULT_POLICY, TODAY).requirementIds.size).toBe(
      0,
    );
  });

  it('adds requirement ids and completeness to the facts a change already has', () => {
    const facts = new Map([
      [changeKey(added), { releaseNotes: { url: 'https://x', kind: 'releases' as const } }],
    ]);
    addRegisterFacts(facts, {
      blockers: [],
      notes: new Map(),
      requirementIds: new Map([[changeKey(added), ['REQ-1']]]),
      complete: new Set([changeKey(added)]),
    });
    expect(facts.get(changeKey(added))).toEqual({
      releaseNotes: { url: 'https://x', kind: 'releases' },
      requirementIds: ['REQ-1'],
      registerComplete: true,
    });
  });
});
