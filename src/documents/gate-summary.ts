/** The gate's verdict as the `soup-gate` check run and the job summary show it. */
import type { GateVerdict } from '../gate/evaluate.js';
import type { Change, DiffResult } from '../inventory/diff.js';
import { renderDiffMarkdown } from './changes-table.js';

/** GitHub shows a check run's title on one line; longer ones are cut. */
const MAX_TITLE_CHARS = 240;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * Markdown from the gate's own renderers as plain text: tags dropped, links reduced to their text,
 * entities decoded. GitHub shows a check run's title as text, so nothing decoded here is markup.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITY[name]!)
    .replace(/^[✅⛔]\uFE0F?\s*/u, '');
}

function blockingList(missing: readonly string[]): string[] {
  return ['**Still blocking**', '', ...missing.map((m) => `- ${m}`)];
}

/**
 * The check run's title (plain text) and summary (Markdown): the comment's verdict line, in the
 * same words, then everything that still blocks.
 */
export function renderCheckOutput(
  verdict: GateVerdict,
  headline: string,
): { title: string; summary: string } {
  const text = plainText(headline);
  const title = text.length > MAX_TITLE_CHARS ? `${text.slice(0, MAX_TITLE_CHARS - 1)}…` : text;
  const missing = verdict.missing.length > 0 ? ['', ...blockingList(verdict.missing)] : [];
  return { title, summary: [headline, ...missing].join('\n') };
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
