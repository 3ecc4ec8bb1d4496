/**
 * The parts of a change record that stand on their own: replaced artefacts and moved sources in
 * full, and the per-requirement JUnit results that admitted the change.
 */
import type { Change } from '../inventory/diff.js';
import { changeKey } from '../inventory/change-key.js';
import { describeChange } from '../gate/checklist.js';
import type { ReverifiedRecord } from '../gate/state.js';
import { commitCode } from '../markdown/commit-link.js';
import { code, escapeText, safeUrl } from '../markdown/escape.js';

export function shortSha(sha: string | null | undefined, repoUrl?: string): string {
  return sha ? commitCode(sha, repoUrl, 12) : '—';
}

export function linkOrText(label: string, url: string): string {
  const safe = safeUrl(url);
  return safe === null ? label : `[${label}](${safe})`;
}

/**
 * Replaced artefacts and moved sources in full: the table shortens hashes, and an auditor checking a
 * republished package against its registry needs the whole value.
 */
export function renderSignals(changes: readonly Change[]): string[] {
  const signals = changes.filter((c) => c.type === 'integrity-changed' || c.type === 'source-changed');
  if (signals.length === 0) return [];
  const lines = [
    '### Supply-chain signals',
    '',
    '| SOUP item | what moved | before | after |',
    '|---|---|---|---|',
  ];
  for (const change of signals) {
    const item = `${code(change.name)} ${code(change.to ?? '')} in ${code(change.lockfile)}`;
    if (change.fromSource !== undefined || change.toSource !== undefined)
      lines.push(
        `| ${item} | source | ${code(change.fromSource ?? '—')} | ${code(change.toSource ?? '—')} |`,
      );
    if (change.fromIntegrity !== undefined || change.toIntegrity !== undefined)
      lines.push(
        `| ${item} | integrity | ${code(change.fromIntegrity ?? '—', 2000)} | ${code(change.toIntegrity ?? '—', 2000)} |`,
      );
  }
  return [...lines, ''];
}

const VERDICT_MARK: Record<string, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  skipped: '⚠️ skipped',
  missing: '❌ missing',
  untested: '➖ no tests named (whole evidence run)',
};

/** Per requirement, the results on the head that admitted the change (IEC 62304 7.4, 8.2). */
export function renderReverification(
  record: ReverifiedRecord | undefined,
  changes: readonly Change[],
  headSha: string,
): string[] {
  if (!record || (record.changes.length === 0 && !record.omitted)) return [];
  const byKey = new Map(changes.map((change) => [changeKey(change), change]));
  const onHead = record.sha === headSha ? ' (final head)' : ' (**not the final head**)';
  const lines = [
    '## Requirement re-verification',
    '',
    `JUnit results of ${linkOrText('the evidence run', record.run)}, artifact ${code(record.artifact, 200)}, on ${shortSha(record.sha)}${onHead}.`,
    '',
  ];
  // Results that made room for reviewers' ticks in the gate's record are counted, never dropped unsaid.
  if (record.changes.length === 0) {
    lines.push(
      `${record.omitted} changes' results left out of the gate's record to keep every tick; they are on the evidence run's page.`,
    );
    return [...lines, ''];
  }
  lines.push('| SOUP change | requirement | result | tests |', '|---|---|---|---|');
  for (const change of record.changes) {
    const known = byKey.get(change.target);
    const name = known ? describeChange(known) : escapeText(change.target, 200);
    for (const requirement of change.requirements)
      lines.push(
        `| ${name} | ${code(requirement.id, 200)} | ${VERDICT_MARK[requirement.verdict] ?? escapeText(requirement.verdict, 40)} | ${requirement.tests} |`,
      );
  }
  if (record.omitted) lines.push('', `${record.omitted} more left out of the gate's record.`);
  return [...lines, ''];
}
