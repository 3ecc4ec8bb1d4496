import type { DiffResult } from '../inventory/diff.js';
import type { ChecklistSection } from '../gate/checklist.js';
import { describeChange } from '../gate/checklist.js';
import type { EvidenceStatus, GateVerdict, LabelStatus } from '../gate/evaluate.js';
import { findTick } from '../gate/evaluate.js';
import type { GateState } from '../gate/state.js';
import { renderChangesTable, summarizeCounts } from './changes-table.js';
import { code, escapeText } from '../markdown/escape.js';

/** Marks the sticky comment; a comment counts only when it carries this AND the bot wrote it. */
export const COMMENT_MARKER = '<!-- soup-gate:comment v1 -->';

/** GitHub refuses comment bodies over 65,536 characters; leave room for the markers. */
export const MAX_COMMENT_CHARS = 65_000;

/** The comment lists this many blockers; the check run carries the full list. */
const MAX_BLOCKING_LINES = 25;

export interface CommentModel {
  sections: readonly ChecklistSection[];
  state: GateState;
  verdict: GateVerdict;
  evidence: EvidenceStatus;
  label: LabelStatus;
  headSha: string;
  /** Facts per change, already Markdown (anomalies, licence), keyed by section key. */
  facts?: ReadonlyMap<string, string>;
  diff?: Pick<DiffResult, 'lockfiles'>;
  /** Where the full detail is when the comment is condensed (the run's job summary). */
  detailUrl?: string;
  /** Markdown: what the PR proposes in the register that does not count yet, a deleted register. */
  notices?: readonly string[];
}

function tickLine(section: ChecklistSection, state: GateState): string[] {
  return section.items.map((item) => {
    const tick = findTick(state, item.id);
    const who = tick
      ? ` — ${code(tick.by)}, ${escapeText(tick.at.slice(0, 10))}, at ${code(tick.sha.slice(0, 7))}`
      : '';
    return `- [${tick ? 'x' : ' '}] ${item.text}${who} <!-- soup-gate:item ${item.id} -->`;
  });
}

function renderSection(section: ChecklistSection, model: CommentModel, open: boolean): string {
  const change = section.change;
  const dependency =
    change.direct === true
      ? 'direct'
      : change.direct === false
        ? 'transitive'
        : 'direct or transitive unknown';
  const ticked = section.items.filter((item) => findTick(model.state, item.id)).length;
  const facts = model.facts?.get(section.key);
  return [
    `<details${open ? ' open' : ''}><summary><b>${describeChange(change)}</b> (${dependency}, ${change.scope}, ${code(change.lockfile)}) — ${ticked}/${section.items.length} assessed</summary>`,
    '',
    ...(facts ? [facts, ''] : []),
    ...tickLine(section, model.state),
    '',
    '</details>',
  ].join('\n');
}

function headline(model: CommentModel): string {
  const gated = model.sections.filter((s) => s.gated).length;
  const all = model.sections.length;
  if (all === 0) return '## SOUP change control — no SOUP changes';
  return `## SOUP change control — ${gated} of ${all} change${all === 1 ? '' : 's'} need${gated === 1 ? 's' : ''} assessment`;
}

function status(model: CommentModel): string {
  if (model.verdict.passed) return '**Gate: passed** — every required item is assessed';
  return `**Gate: blocked** — ${model.verdict.missing.length} thing${model.verdict.missing.length === 1 ? '' : 's'} missing`;
}

function globalItems(model: CommentModel): string[] {
  if (!model.sections.some((s) => s.gated)) return [];
  const lines = ['**For the whole change** (checked by the bot, not by ticking)', ''];
  if (model.evidence.required)
    lines.push(`- ${model.evidence.satisfied ? '✅' : '⏳'} Re-verification: ${model.evidence.description}`);
  if (model.label.required) {
    const ok = model.label.present && !model.label.problem;
    lines.push(
      `- ${ok ? '✅' : '⏳'} Label ${code(model.label.name)} (required: ${model.label.reason})${model.label.problem ? ` — ${model.label.problem}` : ''}`,
    );
  }
  return [...lines, ''];
}

/** Register proposals and a deleted register: shown even when no SOUP change is gated. */
function registerNotices(model: CommentModel): string[] {
  const notices = model.notices ?? [];
  if (notices.length === 0) return [];
  return [
    '**Register** (waivers count only as the base branch has them)',
    '',
    ...notices.map((n) => `- ${n}`),
    '',
  ];
}

function footer(model: CommentModel): string[] {
  const notes = model.state.notes
    .slice(-5)
    .map((note) => `- ${escapeText(note.at.slice(0, 16).replace('T', ' '))}: ${note.text}`);
  return [
    ...(notes.length > 0 ? ['**Recent bot actions**', '', ...notes, ''] : []),
    `<sub>Ticks count only from reviewers the policy authorises; other edits of this comment are reverted. A push that changes a package's target version clears that package's ticks. Evaluated at ${code(model.headSha.slice(0, 7))}.</sub>`,
  ];
}

/**
 * The sticky PR comment: summary, verdict, what still blocks, the changes table, a checklist per
 * gated change, the bot-checked items. When it would pass GitHub's size limit it is condensed to
 * what reviewers need to tick; the full detail is in the job summary.
 */
export function renderComment(model: CommentModel): { body: string; omitted: number } {
  const gated = model.sections.filter((s) => s.gated);
  const shown = model.verdict.missing.slice(0, MAX_BLOCKING_LINES).map((line) => `- ${line}`);
  const more = model.verdict.missing.length - shown.length;
  const blocking =
    model.verdict.missing.length > 0
      ? [
          '**Still blocking**',
          '',
          ...shown,
          ...(more > 0 ? [`- … and ${more} more (see the soup-gate check run)`] : []),
          '',
        ]
      : [];
  const head = [COMMENT_MARKER, headline(model), '', status(model), '', ...blocking];
  const changes = model.sections.map((s) => s.change);
  const table =
    changes.length > 0 ? [`${summarizeCounts(changes)}:`, '', renderChangesTable(changes), ''] : [];
  const openAll = gated.length <= 10;
  const sections = gated.map((section) => renderSection(section, model, openAll));
  const full = [
    ...head,
    ...table,
    ...sections.flatMap((s) => [s, '']),
    ...globalItems(model),
    ...registerNotices(model),
    ...footer(model),
  ].join('\n');
  if (full.length <= MAX_COMMENT_CHARS) return { body: full, omitted: 0 };

  // Condensed: no table, collapsed sections, as many as fit; the rest can only be seen in the summary.
  const where = model.detailUrl
    ? ` ([job summary](${model.detailUrl}))`
    : ' (job summary of the soup-gate run)';
  const note = `_This comment is condensed: ${changes.length} changes are too many to show here. The full table is in the job summary${where}._`;
  const fixed = [...head, note, '', ...globalItems(model), ...registerNotices(model), ...footer(model)];
  let budget = MAX_COMMENT_CHARS - fixed.join('\n').length - 400;
  const kept: string[] = [];
  for (const section of gated) {
    const text = renderSection(section, model, false);
    if (text.length + 1 > budget) break;
    kept.push(text);
    budget -= text.length + 1;
  }
  const dropped = gated.length - kept.length;
  const overflow =
    dropped > 0
      ? [
          `⚠️ ${dropped} gated change${dropped === 1 ? '' : 's'} do not fit in one comment and cannot be ticked here: split this PR.`,
          '',
        ]
      : [];
  return {
    body: [
      ...head,
      note,
      '',
      ...kept.flatMap((text) => [text, '']),
      ...overflow,
      ...globalItems(model),
      ...registerNotices(model),
      ...footer(model),
    ].join('\n'),
    omitted: dropped,
  };
}
