// Reading the checklist's boxes from the comment body, and telling box toggles from other edits:
// only a line the bot wrote, with its hidden item id at the end, is a box.
import { describe, expect, it } from 'vitest';
import { diffCheckboxes, readCheckboxes } from '../../src/gate/checkboxes.js';

const A = 'release-notes-0123456789abcdef';
const B = 'anomalies-fedcba9876543210';
const line = (mark: ' ' | 'x' | 'X', id: string, text = 'Release notes reviewed') =>
  `- [${mark}] ${text} <!-- soup-gate:item ${id} -->`;

describe('readCheckboxes', () => {
  it('reads every item line, ticked with x or X', () => {
    const body = [
      '## Checklist',
      line('x', A),
      line(' ', B),
      line('X', 'requirements-00000000000000aa'),
    ].join('\n');
    expect(readCheckboxes(body)).toEqual(
      new Map([
        [A, true],
        [B, false],
        ['requirements-00000000000000aa', true],
      ]),
    );
  });

  it('reads bodies with Windows or old Mac line ends', () => {
    const expected = new Map([
      [A, true],
      [B, false],
    ]);
    expect(readCheckboxes(`${line('x', A)}\r\n${line(' ', B)}\r\n`)).toEqual(expected);
    expect(readCheckboxes(`${line('x', A)}\r${line(' ', B)}\r`)).toEqual(expected);
  });

  it('accepts trailing whitespace after the id', () => {
    expect(readCheckboxes(`${line('x', A)}  \t`)).toEqual(new Map([[A, true]]));
  });

  it('is no box when the line does not start with the box or goes on after the id', () => {
    expect(readCheckboxes(`> ${line('x', A)}`).size).toBe(0);
    expect(readCheckboxes(`  ${line('x', A)}`).size).toBe(0);
    expect(readCheckboxes(`${line('x', A)} and more`).size).toBe(0);
    expect(readCheckboxes(`${line('x', A)} <!-- soup-gate:item ${B} --> x`).size).toBe(0);
  });
});

describe('diffCheckboxes', () => {
  const before = ['Intro', line(' ', A), line('x', B), 'Footer'].join('\n');

  it('reports toggles alone as toggles, not as other edits', () => {
    const after = ['Intro', line('x', A), line(' ', B), 'Footer'].join('\n');
    expect(diffCheckboxes(before, after)).toEqual({
      toggles: [
        { item: A, checked: true },
        { item: B, checked: false },
      ],
      otherEdits: false,
    });
  });

  it('counts a removed box, a joined line or changed text as another edit', () => {
    const unboxed = ['Intro', ` Release notes reviewed <!-- soup-gate:item ${A} -->`, line('x', B), 'Footer'];
    expect(diffCheckboxes(before, unboxed.join('\n')).otherEdits).toBe(true);
    const joined = [`Intro${line(' ', A)}`, line('x', B), 'Footer'].join('\n');
    expect(diffCheckboxes(before, joined).otherEdits).toBe(true);
    const reworded = before.replace('Footer', 'Footnote');
    expect(diffCheckboxes(before, reworded)).toEqual({ toggles: [], otherEdits: true });
  });

  it('ignores trailing blank lines and line-end style', () => {
    expect(diffCheckboxes(before, `${before.replace(/\n/g, '\r\n')}\r\n\r\n`)).toEqual({
      toggles: [],
      otherEdits: false,
    });
  });

  it('does not count a box the earlier body did not have as a toggle', () => {
    const after = `${before}\n${line('x', 'requirements-00000000000000aa')}`;
    expect(diffCheckboxes(before, after)).toEqual({ toggles: [], otherEdits: true });
  });
});
