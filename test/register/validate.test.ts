import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/parse.js';
import { formatProblem } from '../../src/register/types.js';
import { isEntryComplete, usableEvaluations, validateEntry } from '../../src/register/validate.js';
import { EXAMPLE } from './example.js';

const register = parseRegister('soup/register.yml', EXAMPLE);

describe('validateEntry', () => {
  it('is complete for a full class B entry and a class A entry with its rationale', () => {
    expect(isEntryComplete(register, 'npm', 'express')).toBe(true);
    expect(validateEntry(register, 'PyPI', 'requests')).toMatchObject({
      key: 'PyPI/requests',
      safetyClass: 'A',
      classSource: 'entry',
      complete: true,
      problems: [],
    });
  });

  it('blocks an item without an entry, naming what its class needs', () => {
    const result = validateEntry(register, 'npm', 'left-pad');
    expect(result.complete).toBe(false);
    expect(result.safetyClass).toBe('B');
    expect(result.classSource).toBe('defaults');
    expect(result.problems.map(formatProblem)).toEqual([
      'soup/register.yml: items."npm/left-pad": has no entry; add one (soup-gate register init writes a template) with at least the purpose, requirements, prerequisites and verification for class B',
    ]);
  });

  it('blocks an incomplete entry from a register read with allowIncomplete', () => {
    const partial = parseRegister(
      'soup/register.yml',
      'defaults: {safety-class: C}\nitems:\n  npm/a:\n    purpose: "TODO: why we use a"\n',
      { allowIncomplete: true },
    );
    expect(isEntryComplete(partial, 'npm', 'a')).toBe(false);
    expect(validateEntry(partial, 'npm', 'a').problems).toHaveLength(4);
  });

  it('needs a current evaluation of each known anomaly for class B/C, matched by id or alias', () => {
    const anomalies = [
      { id: 'GHSA-qwcr-r2fm-qrc7', aliases: ['CVE-2024-43796'] },
      { id: 'GHSA-9wv6-86v2-598j', aliases: ['CVE-2024-45296'] },
    ];
    const result = validateEntry(register, 'npm', 'express', { anomalies, today: '2026-11-20' });
    expect(result.anomalies.map((a) => a.status)).toEqual(['evaluated', 'not-evaluated']);
    expect(result.problems.map(formatProblem)).toEqual([
      'soup/register.yml:7: items."npm/express".anomalies: anomaly GHSA-9wv6-86v2-598j is not evaluated; class B needs an evaluation (IEC 62304 7.1.3): id, state, reason, by, on',
    ]);
    // After it expires the evaluation no longer counts.
    const later = validateEntry(register, 'npm', 'express', {
      anomalies: [anomalies[0]!],
      today: '2027-04-03',
    });
    expect(later.anomalies[0]!.status).toBe('expired');
    expect(later.complete).toBe(false);
    // Matched through an alias.
    const viaAlias = validateEntry(register, 'npm', 'express', {
      anomalies: [{ id: 'OSV-1', aliases: ['ghsa-qwcr-r2fm-qrc7'] }],
      today: '2026-11-20',
    });
    expect(viaAlias.complete).toBe(true);
    // Class A items list anomalies but are not blocked by them.
    const classA = validateEntry(register, 'PyPI', 'requests', { anomalies, today: '2026-11-20' });
    expect(classA.complete).toBe(true);
    expect(classA.anomalies.map((a) => a.status)).toEqual(['not-evaluated', 'not-evaluated']);
  });

  it('does not count in_triage or incomplete evaluations', () => {
    const text = `defaults: {safety-class: C}
items:
  npm/a:
    purpose: "Parses HL7 messages"
    requirements: [{ id: REQ-1, text: "Parses ADT^A01" }]
    prerequisites: "Node.js 20"
    verification: "test/hl7.test.ts"
    anomalies:
      - { id: CVE-1, state: in_triage, reason: "Looking", by: qa, on: 2026-01-01 }
      - { id: CVE-2, state: not_affected, reason: "TODO", by: qa, on: 2026-01-01 }
`;
    const partial = parseRegister('soup/register.yml', text, { allowIncomplete: true });
    const result = validateEntry(partial, 'npm', 'a', { anomalies: [{ id: 'CVE-1' }, { id: 'CVE-2' }] });
    expect(result.anomalies.map((a) => a.status)).toEqual(['in-triage', 'incomplete']);
    expect(result.complete).toBe(false);
    expect(usableEvaluations(partial, partial.entries.get('npm/a')).map((e) => e.id)).toEqual(['CVE-1']);
  });
});
