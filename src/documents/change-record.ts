/**
 * soup/changes/<date>-pr-<n>.md: the append-only record of one merged PR's SOUP changes, for the
 * auditor (IEC 62304 6.2, 7.4, 8.2): what changed, who assessed each checklist item, when and on
 * which commit, which re-verification evidence, which labels. The same facts sit at the end as a
 * JSON block (one file, so the record can't be split from its data), which lastVerifiedFromRecords
 * and other tools read back.
 */
import type { Change } from '../inventory/diff.js';
import { renderChangesTable, summarizeCounts } from './changes-table.js';
import { code, escapeText } from '../markdown/escape.js';
import { describeChange } from '../gate/checklist.js';
import { changeKey } from '../inventory/change-key.js';
import { formatTimestamp } from './soup-list.js';
import { linkOrText, renderReverification, renderSignals, shortSha } from './change-record-sections.js';
import type { ReverifiedRecord } from '../gate/state.js';

export interface ChangeRecordPullRequest {
  number: number;
  title: string;
  url: string;
  /** Login of the PR author. */
  author: string;
  mergedAt: string;
  mergeCommit: string;
  /** The head commit the assessment was made on. */
  headSha: string;
}

export interface ChecklistRecord {
  /** changeKey of the change the item assesses (records before it have only `change`). */
  key?: string;
  /** The item's label as the reviewer read it in the comment (rendered text, requirement ids included). */
  item: string;
  /** The SOUP item the checklist item belongs to (e.g. `express 4.19.2 → 4.21.1`); absent for PR-wide items. */
  change?: string;
  /** Login of who ticked it; null/absent when it was not ticked. */
  tickedBy?: string | null;
  tickedAt?: string | null;
  /** The PR head commit when it was ticked. */
  atSha?: string | null;
  /**
   * True when the tick record did not hold what the comment showed for this item (a gate older than
   * that record, or one that left it out to make room for ticks) or the rebuild reads otherwise:
   * `item` was worded at merge and may differ from the label that was ticked.
   */
  rebuiltAtMerge?: true;
  /** Ticked through the change's "all items" box (by tickedBy, who ticked that box), not one by one. */
  viaAllItems?: true;
}

/**
 * A checklist record as the renderer takes it: with the Markdown the comment showed, so the table
 * has the same code spans and links. Only the checklist builds it (every value in it is escaped);
 * it is not kept in the JSON, which holds the rendered text.
 */
export interface ChecklistRow extends ChecklistRecord {
  markdown?: { item: string; change: string };
}

export interface EvidenceRecord {
  name: string;
  url: string;
  /** e.g. `success`. */
  conclusion: string;
  sha: string;
}

export interface LabelRecord {
  name: string;
  appliedBy?: string;
}

/**
 * What the PR proposed in the register that the gate did not count while it was open (anomaly
 * evaluations, a lower safety class, a deleted register), landed with the merge: `entry` is the
 * register key, absent for a register-wide proposal. `text` is what a reader sees; `markdown`, built
 * by gate/register-entries.ts from escaped values, is how the table shows it (not kept in the JSON).
 */
export interface RegisterProposalRecord {
  entry?: string;
  text: string;
}

export interface RegisterProposalRow extends RegisterProposalRecord {
  markdown?: string;
}

/**
 * A change that reached the branch by a direct push, not through a PR: nobody could assess it
 * before it landed, and the record says so. `pr` then describes the pushed commit (number 0,
 * title = commit message, author = pusher, mergedAt = push time, mergeCommit = headSha = after).
 */
export interface DirectPushRecord {
  branch: string;
  before: string;
  after: string;
  pusher: string;
}

export interface ChangeRecordInput {
  pr: ChangeRecordPullRequest;
  directPush?: DirectPushRecord;
  /** `owner/name`. */
  repo?: string;
  /** The repository's web address (markdown/commit-link.ts): its commit SHAs become links. Not stored in the JSON. */
  repoUrl?: string;
  changes: readonly Change[];
  checklist: readonly ChecklistRow[];
  evidence: readonly EvidenceRecord[];
  labels: readonly LabelRecord[];
  /** Register changes the PR proposed (absent: not read, as for a direct push). */
  register?: readonly RegisterProposalRow[];
  /** Per requirement, the JUnit results that admitted the change (the gate's last evaluation). */
  reverification?: ReverifiedRecord;
  /** Folder of the records (default `soup/changes`). */
  dir?: string;
}

/** The JSON block's content: versioned, so readers can tell formats apart. */
export interface ChangeRecordData {
  schema: 'soup-gate/change-record@1';
  repo?: string;
  pr: ChangeRecordPullRequest;
  directPush?: DirectPushRecord;
  changes: Change[];
  checklist: ChecklistRecord[];
  evidence: EvidenceRecord[];
  labels: LabelRecord[];
  register?: RegisterProposalRecord[];
  reverification?: ReverifiedRecord;
}

export interface ChangeRecordFile {
  path: string;
  content: string;
  record: ChangeRecordData;
}

export const CHANGE_RECORD_MARKER = '<!-- soup-gate:change-record -->';
const DATA_HEADING = '## Machine-readable record';

/** The change record of one merged PR. Throws TypeError on a PR number or merge time that can't name a file. */
export function renderChangeRecord(input: ChangeRecordInput): ChangeRecordFile {
  const { pr, directPush } = input;
  if (directPush !== undefined) {
    if (pr.number !== 0)
      throw new TypeError(`a direct push has no PR: its number must be 0 (got ${pr.number})`);
    if (!/^[0-9a-f]{40}$/.test(directPush.after))
      throw new TypeError(`the pushed commit must be a 40-hex SHA (got ${directPush.after})`);
  } else if (!Number.isSafeInteger(pr.number) || pr.number <= 0)
    throw new TypeError(`PR number must be a positive whole number (got ${String(pr.number)})`);
  const mergedAt = formatTimestamp(pr.mergedAt);
  const dir = (input.dir ?? 'soup/changes').replace(/\/+$/, '');
  const path = directPush
    ? `${dir}/${mergedAt.slice(0, 10)}-push-${directPush.after.slice(0, 12)}.md`
    : `${dir}/${mergedAt.slice(0, 10)}-pr-${pr.number}.md`;
  const record: ChangeRecordData = {
    schema: 'soup-gate/change-record@1',
    ...(input.repo !== undefined ? { repo: input.repo } : {}),
    pr: { ...pr, mergedAt },
    ...(directPush ? { directPush: { ...directPush } } : {}),
    changes: [...input.changes],
    checklist: input.checklist.map(({ markdown: _markdown, ...record }) => record),
    evidence: [...input.evidence],
    labels: [...input.labels],
    ...(input.register !== undefined
      ? { register: input.register.map(({ markdown: _markdown, ...proposal }) => proposal) }
      : {}),
    ...(input.reverification ? { reverification: input.reverification } : {}),
  };

  const origin = directPush
    ? [
        `| pull request | **no PR**: pushed directly to ${code(directPush.branch, 100)}, so nobody assessed it before it landed |`,
        ...(input.repo !== undefined ? [`| repository | ${code(input.repo)} |`] : []),
        `| pushed by | ${code(directPush.pusher, 100)} |`,
        `| pushed | ${mergedAt}: ${shortSha(directPush.before, input.repoUrl)} → ${linkOrText(shortSha(directPush.after), pr.url)} |`,
      ]
    : [
        `| pull request | ${linkOrText(`#${pr.number}`, pr.url)} |`,
        ...(input.repo !== undefined ? [`| repository | ${code(input.repo)} |`] : []),
        `| author | ${code(pr.author, 100)} |`,
        `| merged | ${mergedAt} as ${shortSha(pr.mergeCommit, input.repoUrl)} |`,
        `| assessed head commit | ${shortSha(pr.headSha, input.repoUrl)} |`,
      ];
  const lines = [
    CHANGE_RECORD_MARKER,
    directPush
      ? `# SOUP change record: direct push ${shortSha(directPush.after)} (no PR)`
      : `# SOUP change record: PR #${pr.number}`,
    '',
    `${escapeText(pr.title, 300)}`,
    '',
    // A key/value table whose header names its columns (an empty header row reads as a slip).
    '| field | value |',
    '|---|---|',
    ...origin,
    `| SOUP changes | ${summarizeCounts(input.changes)} |`,
    '',
    '## What changed',
    '',
    input.changes.length > 0 ? renderChangesTable(input.changes) : 'No SOUP changes.',
    '',
    ...renderSignals(input.changes),
    '## Impact assessment',
    '',
  ];
  if (input.checklist.length === 0) {
    lines.push('No checklist items.', '');
  } else {
    const ticked = input.checklist.filter((c) => c.tickedBy).length;
    const rebuilt = input.checklist.filter((c) => c.rebuiltAtMerge).length;
    lines.push(
      `${ticked} of ${input.checklist.length} ${input.checklist.length === 1 ? 'item' : 'items'} ticked.`,
      '',
    );
    if (rebuilt > 0)
      lines.push(
        `**${rebuilt} ticked ${rebuilt === 1 ? 'item' : 'items'} worded at merge** (marked _wording rebuilt at merge_): the gate's record of the labels its comment showed is missing or reads otherwise, so their looked-up parts (release-notes link, anomalies) are from the merge's own look-ups and may differ from what was ticked.`,
        '',
      );
    lines.push(
      '| | SOUP item | checklist item | ticked by | when | at commit |',
      '|---|---|---|---|---|---|',
    );
    for (const entry of input.checklist) {
      const at = entry.atSha
        ? `${shortSha(entry.atSha, input.repoUrl)}${entry.atSha === pr.headSha ? ' (final head)' : ' (**earlier commit**)'}`
        : '—';
      lines.push(
        `| ${entry.tickedBy ? '☑' : '☐'} | ${entry.markdown?.change ?? (entry.change !== undefined ? escapeText(entry.change, 200) : 'whole PR')} | ${entry.markdown?.item ?? escapeText(entry.item, 500)}${entry.rebuiltAtMerge ? ' _(wording rebuilt at merge)_' : ''} | ${entry.tickedBy ? `${code(entry.tickedBy, 100)}${entry.viaAllItems ? ' (all items box)' : ''}` : '—'} | ${entry.tickedAt ? escapeText(entry.tickedAt, 40) : '—'} | ${at} |`,
      );
    }
    lines.push('');
  }
  lines.push('## Re-verification evidence', '');
  if (input.evidence.length === 0) {
    lines.push('None recorded.', '');
  } else {
    lines.push('| run | conclusion | commit |', '|---|---|---|');
    for (const evidence of input.evidence) {
      const onHead = evidence.sha === pr.headSha ? ' (final head)' : ' (**not the final head**)';
      lines.push(
        `| ${linkOrText(escapeText(evidence.name, 200), evidence.url)} | ${escapeText(evidence.conclusion, 40)} | ${shortSha(evidence.sha, input.repoUrl)}${onHead} |`,
      );
    }
    lines.push('');
  }
  lines.push(...renderReverification(input.reverification, input.changes, pr.headSha));
  lines.push('## Labels', '');
  if (input.labels.length === 0) {
    lines.push('None.', '');
  } else {
    lines.push('| label | applied by |', '|---|---|');
    for (const label of input.labels)
      lines.push(`| ${code(label.name, 100)} | ${label.appliedBy ? code(label.appliedBy, 100) : '—'} |`);
    lines.push('');
  }
  if (input.register !== undefined) {
    lines.push('## Register changes proposed in this PR', '');
    if (input.register.length === 0) {
      lines.push('None.', '');
    } else {
      lines.push(
        'Landed with the merge. While the PR was open they did not count for its changes; the comment showed them as proposed.',
        '',
        '| register entry | proposed |',
        '|---|---|',
      );
      for (const proposal of input.register)
        lines.push(
          `| ${proposal.entry !== undefined ? code(proposal.entry, 200) : 'whole register'} | ${proposal.markdown ?? escapeText(proposal.text, 2000)} |`,
        );
      lines.push('');
    }
  }
  // Plain JSON: inside a fenced block GitHub shows it literally (no HTML, no mentions), and no line
  // of 2-space-indented JSON can start with the backticks that would close the fence.
  lines.push(DATA_HEADING, '', '```json', JSON.stringify(record, null, 2), '```', '');
  return { path, content: lines.join('\n'), record };
}

/** The JSON block of a change record, or undefined when the text has none (or not ours). */
export function parseChangeRecord(markdown: string): ChangeRecordData | undefined {
  if (!markdown.startsWith(CHANGE_RECORD_MARKER)) return undefined;
  const heading = markdown.lastIndexOf(`${DATA_HEADING}\n\n\`\`\`json\n`);
  if (heading === -1) return undefined;
  const start = heading + DATA_HEADING.length + '\n\n```json\n'.length;
  const end = markdown.indexOf('\n```', start);
  if (end === -1) return undefined;
  try {
    const value = JSON.parse(markdown.slice(start, end)) as Partial<ChangeRecordData>;
    if (
      value.schema !== 'soup-gate/change-record@1' ||
      typeof value.pr !== 'object' ||
      !Array.isArray(value.changes)
    )
      return undefined;
    return value as ChangeRecordData;
  } catch {
    return undefined;
  }
}

/** A record's change text compared without the backticks, entities and links older records kept. */
function plainChange(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/<\/?code>|`/g, '')
    .replace(/&#(\d{1,7});/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the record shows this change fully assessed: it had checklist items and every one was ticked. */
function isFullyAssessed(record: ChangeRecordData, change: Change): boolean {
  const key = changeKey(change);
  const text = plainChange(describeChange(change));
  const items = record.checklist.filter((c) =>
    c.key !== undefined ? c.key === key : c.change !== undefined && plainChange(c.change) === text,
  );
  return items.length > 0 && items.every((c) => typeof c.tickedBy === 'string' && c.tickedBy !== '');
}

/**
 * "Last verified" for the SOUP list: per purl, the merge date (YYYY-MM-DD) of the latest recorded
 * change that brought that version in (an addition or an update to it) and that reviewers fully
 * assessed. A change the policy did not gate had no checklist, so nobody verified it: it gives no
 * date, and neither does one merged with items still open (a direct push, an overridden gate).
 */
export function lastVerifiedFromRecords(records: Iterable<ChangeRecordData>): Map<string, string> {
  const sorted = [...records].sort((a, b) =>
    a.pr.mergedAt < b.pr.mergedAt ? -1 : a.pr.mergedAt > b.pr.mergedAt ? 1 : a.pr.number - b.pr.number,
  );
  const result = new Map<string, string>();
  for (const record of sorted) {
    if (!Array.isArray(record.checklist)) continue;
    for (const change of record.changes) {
      if (change.type === 'removed' || typeof change.purl !== 'string') continue;
      if (isFullyAssessed(record, change)) result.set(change.purl, record.pr.mergedAt.slice(0, 10));
    }
  }
  return result;
}
