/** The gate's verdict as the `soup-gate` check run and the job summary show it. */
import type { GateVerdict } from '../gate/evaluate.js';
import type { Change, DiffResult } from '../inventory/diff.js';
import { renderDiffMarkdown } from './changes-table.js';

function blockingList(missing: readonly string[]): string[] {
  return ['**Still blocking**', '', ...missing.map((m) => `- ${m}`)];
}

/** The check run's title (plain text) and summary (Markdown). */
export function renderCheckOutput(
  verdict: GateVerdict,
  changeCount: number,
): { title: string; summary: string } {
  if (!verdict.passed)
    return {
      title: `${verdict.missing.length} thing(s) block the SOUP gate`,
      summary: blockingList(verdict.missing).join('\n'),
    };
  return {
    title: changeCount === 0 ? 'no SOUP changes' : 'SOUP changes assessed',
    summary: `Every required assessment is recorded for ${changeCount} SOUP change(s).`,
  };
}

/** The job summary: the verdict for the PR, what still blocks it, and the full changes table. */
export function renderJobSummary(
  prNumber: number,
  verdict: GateVerdict,
  result: DiffResult,
  changes: readonly Change[],
): string {
  const head = `### soup-gate: ${verdict.passed ? 'passed' : 'blocked'} for #${prNumber}`;
  const missing = verdict.missing.length > 0 ? ['', ...blockingList(verdict.missing)] : [];
  return [head, ...missing, '', renderDiffMarkdown(result, changes)].join('\n');
}
