/**
 * `soup-gate check --format markdown`, for a job summary: the verdict, each file's status and the
 * unified diff of each out-of-date one in a fence no line of it can close.
 */
import { checkStatusOf, patchOf, summarizeCheck, type CheckedOutput } from './text/check.js';
import { code, escapeText } from '../markdown/escape.js';

function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

export function renderCheckMarkdown(checks: readonly CheckedOutput[]): string {
  const lines = [`### SOUP list check: ${escapeText(summarizeCheck(checks), 500)}`, ''];
  for (const check of checks) lines.push(`- ${code(check.path)}: ${checkStatusOf(check)}`);
  for (const check of checks) {
    if (checkStatusOf(check) !== 'out of date') continue;
    const patch = patchOf(check);
    const fence = fenceFor(patch);
    lines.push('', `${fence}diff`, patch.replace(/\n$/, ''), fence);
  }
  return `${lines.join('\n')}\n`;
}
