/**
 * `soup-gate check --format markdown`, for a job summary: the verdict, each file's status and the
 * unified diff of each out-of-date one in a fence no line of it can close.
 */
import { checkStatusOf, patchOf, summarizeCheck, type CheckedOutput } from './text/check.js';
import { code, escapeText, fenceFor } from '../markdown/escape.js';

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
