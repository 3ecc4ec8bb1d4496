// Which evaluation in the PR's register is the same claim as the base branch's (every field but the
// line), how a changed one is named, and how proposals for packages the PR does not change are listed.
import { describe, expect, it } from 'vitest';
import { proposedFor, settleRegister } from '../../src/gate/register-entries.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import type { Register } from '../../src/register/types.js';
import { change } from '../support/builders.js';

const LABEL = 'soup:anomalies-reviewed';
const PATH = 'soup/register.yml';
const express = change();

const ENTRY = `  npm/express:
    purpose: "HTTP server"
    requirements:
      - id: REQ-1
        text: "Routes requests"
    prerequisites: "Node.js 20"
    verification: "test/api.test.ts"
`;
const evaluation = (
  fields: Partial<Record<'id' | 'state' | 'justification' | 'reason' | 'by' | 'on', string>> = {},
) =>
  `    anomalies:
      - id: ${fields.id ?? 'GHSA-rhx6-c78j-4q9w'}
        state: ${fields.state ?? 'not_affected'}
        justification: ${fields.justification ?? 'code_not_reachable'}
        reason: "${fields.reason ?? 'We never pass user input to path patterns.'}"
        by: ${fields.by ?? 'qa-lead'}
        on: ${fields.on ?? '2026-10-02'}
`;

function register(body: string, defaults = 'B'): Register {
  return parseRegister(
    PATH,
    `defaults:\n  safety-class: ${defaults}\n  rationale: "System class."\nitems:\n${body}`,
    {
      allowIncomplete: true,
    },
  );
}
const settle = (base: Register, head: Register, changes = [express]) =>
  settleRegister({ base, head, deleted: false }, changes);

describe('the same evaluation claim', () => {
  it('is the same claim on another line: nothing is proposed', () => {
    const base = register(ENTRY + evaluation());
    const head = register(
      ENTRY.replace('    purpose', '    # moved down a line\n    purpose') + evaluation(),
    );
    expect(settle(base, head).proposed.size).toBe(0);
  });

  it.each([
    ['state', { state: 'false_positive' }],
    ['justification', { justification: 'protected_at_runtime' }],
    ['reason', { reason: 'Mitigated by input validation.' }],
    ['on', { on: '2026-11-02' }],
  ] as const)('is a changed claim when its %s differs: the base branch’s counts', (_field, fields) => {
    const settled = settle(register(ENTRY + evaluation()), register(ENTRY + evaluation(fields)));
    expect(proposedFor(settled, express, LABEL)).toContain(
      'evaluation of <code>GHSA-rhx6-c78j-4q9w</code> changed to <code>GHSA-rhx6-c78j-4q9w</code>',
    );
    expect(settled.register.entries.get('npm/express')?.anomalies).toEqual(
      register(ENTRY + evaluation()).entries.get('npm/express')?.anomalies,
    );
  });

  it('names a changed claim against the base one whatever the case or spacing of its id', () => {
    const settled = settle(
      register(ENTRY + evaluation()),
      register(ENTRY + evaluation({ id: '" ghsa-rhx6-c78j-4q9w"', by: 'ra-lead' })),
    );
    expect(proposedFor(settled, express, LABEL)).toContain('changed to <code> ghsa-rhx6-c78j-4q9w</code>');
    expect(proposedFor(settled, express, LABEL)).toContain(
      "the base branch's <code>GHSA-rhx6-c78j-4q9w</code>",
    );
  });

  it('matches the base branch’s id whatever its own case or spacing', () => {
    const settled = settle(
      register(ENTRY + evaluation({ id: '" ghsa-rhx6-c78j-4q9w"' })),
      register(ENTRY + evaluation({ by: 'ra-lead' })),
    );
    expect(proposedFor(settled, express, LABEL)).toContain('changed to <code>GHSA-rhx6-c78j-4q9w</code>');
  });

  it('is a new claim when the base branch has another id', () => {
    const settled = settle(
      register(ENTRY + evaluation({ id: 'GHSA-aaaa-bbbb-cccc' })),
      register(ENTRY + evaluation()),
    );
    const text = proposedFor(settled, express, LABEL)!;
    expect(text).toContain('evaluation of <code>GHSA-rhx6-c78j-4q9w</code> (not&#95;affected, by qa-lead)');
    expect(text).not.toContain('changed to');
  });
});

describe('proposals', () => {
  it('joins several proposals for one entry with semicolons', () => {
    const base = register(ENTRY.replace('    purpose', '    safety-class: C\n    purpose'));
    const head = register(
      ENTRY.replace('    purpose', '    safety-class: A\n    rationale: "segregated"\n    purpose') +
        evaluation(),
    );
    expect(proposedFor(settle(base, head), express, LABEL)).toMatch(
      /: evaluation of <code>GHSA-rhx6-c78j-4q9w<\/code> \(not&#95;affected, by qa-lead\); safety class C → A; class C counts until then$/,
    );
  });

  it('lists packages the PR does not change under their register spelling, separated, all ten of ten', () => {
    const entries = (withEvaluation: boolean) =>
      Array.from(
        { length: 10 },
        (_, i) =>
          `  PyPI/Flask_Ext${i}:\n    purpose: "x"\n${withEvaluation ? evaluation({ id: `GHSA-${i}` }) : ''}`,
      ).join('');
    const settled = settle(register(entries(false)), register(entries(true)), []);
    const [notice] = settled.notices;
    expect(notice).toContain(
      '<code>PyPI/Flask&#95;Ext0</code>: evaluation of <code>GHSA-0</code> (not&#95;affected, by qa-lead) — <code>PyPI/Flask&#95;Ext1</code>',
    );
    expect(notice).toMatch(
      /<code>PyPI\/Flask&#95;Ext9<\/code>: evaluation of <code>GHSA-9<\/code> \(not&#95;affected, by qa-lead\)$/,
    );
  });

  it('names a proposed evaluation that says nothing but its id by the id alone', () => {
    const settled = settle(
      register(ENTRY),
      register(`${ENTRY}    anomalies:\n      - id: GHSA-zzzz-zzzz-zzzz\n`),
    );
    expect(proposedFor(settled, express, LABEL)).toMatch(
      /: evaluation of <code>GHSA-zzzz-zzzz-zzzz<\/code>$/,
    );
  });

  it('joins several proposals for a package the PR does not change with semicolons', () => {
    const base = register(ENTRY.replace('    purpose', '    safety-class: C\n    purpose'));
    const head = register(
      ENTRY.replace('    purpose', '    safety-class: A\n    rationale: "segregated"\n    purpose') +
        evaluation(),
    );
    expect(settle(base, head, []).notices[0]).toContain(
      '<code>npm/express</code>: evaluation of <code>GHSA-rhx6-c78j-4q9w</code> (not&#95;affected, by qa-lead); safety class C → A',
    );
  });

  it('proposes nothing for a register the base branch also lacks', () => {
    expect(settle(emptyRegister(PATH), emptyRegister(PATH)).notices).toEqual([]);
  });
});
