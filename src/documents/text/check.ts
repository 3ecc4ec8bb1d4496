/**
 * `soup-gate check` as text: a one-line verdict, each output file with its status, then the unified
 * diff of each out-of-date file (green additions and red removals in colour). Diff lines are not
 * cut to the terminal's width: they are the evidence of what differs, and a log keeps them whole.
 */
import { createTwoFilesPatch, structuredPatch } from 'diff';
import { createTextStyle, type TextOptions, type TextStyle } from './style.js';
import { cleanText, renderTable } from './table.js';
import { toTerminalText } from './terminal-text.js';

export interface CheckedOutput {
  path: string;
  /** The committed text; undefined when the file is missing. */
  committed: string | undefined;
  /** What `soup-gate list` would write. */
  expected: string;
  upToDate: boolean;
}

export type CheckStatus = 'up to date' | 'out of date' | 'missing';

export function checkStatusOf(check: CheckedOutput): CheckStatus {
  return check.upToDate ? 'up to date' : check.committed === undefined ? 'missing' : 'out of date';
}

/** Lines added and removed between the committed file and what list would write. */
export function countChangedLines(check: CheckedOutput): { added: number; removed: number } {
  if (check.committed === undefined || check.upToDate) return { added: 0, removed: 0 };
  const lines = structuredPatch('a', 'b', check.committed, check.expected).hunks.flatMap((h) => h.lines);
  return {
    added: lines.filter((l) => l.startsWith('+')).length,
    removed: lines.filter((l) => l.startsWith('-')).length,
  };
}

/** The unified diff `check` has always printed, with the labels of 0.1.0. */
export function patchOf(check: CheckedOutput): string {
  return createTwoFilesPatch(
    `a/${check.path}`,
    `b/${check.path}`,
    check.committed ?? '',
    check.expected,
    'committed',
    'soup-gate list would write',
  );
}

export function summarizeCheck(checks: readonly CheckedOutput[]): string {
  const stale = checks.filter((c) => !c.upToDate);
  if (stale.length === 0) return `${checks.map((c) => c.path).join(' and ')} are up to date`;
  return `${stale.map((c) => `${c.path} is ${checkStatusOf(c)}`).join(', ')}: run soup-gate list and commit the result`;
}

function paintPatchLine(line: string, style: TextStyle): string {
  // The tab between a file name and its label is the diff format's own; every other control goes.
  const safe = line.split('\t').map(toTerminalText).join('\t');
  if (line.startsWith('+++') || line.startsWith('---')) return style.bold(safe);
  if (line.startsWith('@@')) return style.cyan(safe);
  if (line.startsWith('+')) return style.green(safe);
  if (line.startsWith('-')) return style.red(safe);
  return safe;
}

export function renderCheckText(checks: readonly CheckedOutput[], options: TextOptions): string {
  const style = createTextStyle(options.color);
  const stale = checks.some((c) => !c.upToDate);
  const verdict = summarizeCheck(checks);
  const lines = [
    stale
      ? style.bold(style.red(style.mark('✖', verdict)))
      : style.bold(style.green(style.mark('✔', verdict))),
  ];
  const rows = checks.map((check) => {
    const status = checkStatusOf(check);
    const { added, removed } = countChangedLines(check);
    return [
      cleanText(check.path),
      {
        text: status,
        paint: status === 'up to date' ? style.green : style.red,
      },
      status === 'out of date' ? `+${added} -${removed} lines` : '',
    ];
  });
  lines.push(
    '',
    ...renderTable(
      [
        { header: 'file', min: 12 },
        { header: 'status', fixed: true },
        { header: 'changes', fixed: true },
      ],
      rows,
      {
        width: options.columns,
        style,
      },
    ),
  );
  for (const check of checks) {
    if (checkStatusOf(check) !== 'out of date') continue;
    const patch = patchOf(check).replace(/\n$/, '');
    lines.push('', ...patch.split('\n').map((line) => paintPatchLine(line, style)));
  }
  return `${lines.join('\n')}\n`;
}
