/**
 * The comment's verdict in words: what the model holds, how its changes split into gated and
 * listed, why the policy lists some, who assessed the rest, and the one line the comment opens
 * with (the check run's title says the same).
 */
import type { Change, DiffResult } from '../inventory/diff.js';
import type { ChecklistSection } from '../gate/checklist.js';
import { describeChange } from '../gate/checklist.js';
import type { EvidenceStatus, GateVerdict, LabelStatus } from '../gate/evaluate.js';
import { findTick } from '../gate/evaluate.js';
import type { GateState } from '../gate/state.js';
import { code } from '../markdown/escape.js';

/** The policy's scope (config/policy.ts): which changes must be assessed rather than only listed. */
export interface GateScope {
  dependencies: 'direct' | 'all';
  includeDev: boolean;
}

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
  /** The gated repository's web address (markdown/commit-link.ts): its commit SHAs become links. */
  repoUrl?: string;
  /** Markdown: what the PR proposes in the register that does not count yet, a deleted register. */
  notices?: readonly string[];
  /** The policy's scope, to say why listed changes are not gated. */
  scope?: GateScope;
  /**
   * Markdown: why the gate cannot pass whatever is ticked (e.g. the tick record is full). The
   * comment then shows no checkboxes, only the verdict and how to split the PR.
   */
  unpassable?: readonly string[];
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Why the policy lists a change without gating it: the first scope rule it falls outside. */
function notGatedReason(change: Change, scope: GateScope | undefined): string {
  if (change.scope === 'dev' && !(scope?.includeDev ?? false)) return 'dev-only';
  if (change.direct === false && (scope?.dependencies ?? 'direct') === 'direct') return 'transitive';
  return 'out-of-scope';
}

/** The policy's scope in words, e.g. "; the policy gates direct runtime dependencies". */
export function describeScope(scope: GateScope | undefined): string {
  if (!scope) return '';
  const which = scope.dependencies === 'direct' ? 'direct' : 'all';
  return `; the policy gates ${which} ${scope.includeDev ? 'runtime and dev' : 'runtime'} dependencies`;
}

/** "21 dev-only changes" or "3 changes (2 transitive, 1 dev-only)". */
export function describeListed(listed: readonly ChecklistSection[], scope: GateScope | undefined): string {
  const counts = new Map<string, number>();
  for (const section of listed) {
    const reason = notGatedReason(section.change, scope);
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  if (counts.size === 1) return plural(listed.length, `${[...counts.keys()][0]!} change`);
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`);
  return `${plural(listed.length, 'change')} (${parts.join(', ')})`;
}

/** "<code>qa-lead</code>" or "<code>@a</code>, <code>@b</code> and <code>@c</code>"; code, so nobody is pinged. */
function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

function assessedBy(model: CommentModel, gated: readonly ChecklistSection[]): string {
  const ticks = gated.flatMap((s) => s.items.map((item) => findTick(model.state, item.id)));
  const present = ticks.filter((t) => t !== undefined);
  if (present.length === 0) return '';
  const people = [...new Set(present.map((t) => t.by))].sort();
  const shas = [...new Set(present.map((t) => t.sha.slice(0, 7)))];
  const who =
    people.length > 3 ? `${plural(people.length, 'reviewer')}` : joinWords(people.map((p) => code(`@${p}`)));
  const where = shas.length > 3 ? `${shas.length} commits` : joinWords(shas.map((s) => code(s)));
  return ` by ${who} at ${where}`;
}

/** What keeps the gate red besides the checkboxes, the evidence and the label. */
export function otherBlockers(model: CommentModel): readonly string[] {
  return model.verdict.blockers ?? [];
}

export interface Layout {
  gated: ChecklistSection[];
  listed: ChecklistSection[];
  /** Gated changes with at least one open item, and how many items are open. */
  waiting: ChecklistSection[];
  open: number;
  labelWanted: boolean;
  evidenceWanted: boolean;
}

export function layoutOf(model: CommentModel): Layout {
  const gated = model.sections.filter((s) => s.gated);
  const listed = model.sections.filter((s) => !s.gated);
  const openIn = (s: ChecklistSection) => s.items.filter((item) => !findTick(model.state, item.id)).length;
  const waiting = gated.filter((s) => openIn(s) > 0);
  const open = waiting.reduce((n, s) => n + openIn(s), 0);
  const some = gated.length > 0;
  return {
    gated,
    listed,
    waiting,
    open,
    evidenceWanted: some && model.evidence.required && !model.evidence.satisfied,
    labelWanted: some && model.label.required && (!model.label.present || model.label.problem !== undefined),
  };
}

/** Why the gate cannot pass whatever is ticked, or null when ticking can make it pass. */
export function splitReason(model: CommentModel, layout: Layout, tooLarge: boolean): string | null {
  if (tooLarge)
    return `${plural(layout.gated.length, 'gated change')} need more checkboxes than one GitHub comment can carry`;
  const reasons = model.unpassable ?? [];
  return reasons.length > 0 ? reasons.join('; ') : null;
}

/**
 * The verdict with its reason, one line (Markdown, without the heading mark). The check run's
 * title says the same words.
 */
export function verdictLine(model: CommentModel, layout: Layout, split: string | null): string {
  const { gated, listed } = layout;
  if (split !== null) return `⛔ Blocked — ${split}; split this PR`;
  if (model.sections.length === 0) return model.verdict.passed ? '✅ No SOUP changes' : '⛔ Blocked';
  if (model.verdict.passed) {
    const notGated = listed.length > 0 ? `; ${listed.length} not gated by policy` : '';
    if (gated.length === 0)
      return `✅ Nothing to assess — ${describeListed(listed, model.scope)}${describeScope(model.scope)}`;
    return `✅ Passed — ${plural(gated.length, 'gated change')} assessed${assessedBy(model, gated)}${notGated}`;
  }
  const parts: string[] = [];
  if (layout.open > 0) {
    const items = plural(layout.open, 'item');
    parts.push(
      layout.waiting.length === 1
        ? `${items} open for ${describeChange(layout.waiting[0]!.change)}`
        : `${items} open across ${layout.waiting.length} changes`,
    );
  }
  if (layout.evidenceWanted) parts.push(`re-verification ${model.evidence.description}`);
  if (layout.labelWanted)
    parts.push(
      model.label.present
        ? `label ${code(model.label.name)} does not count`
        : `label ${code(model.label.name)} missing`,
    );
  const others = otherBlockers(model).length;
  if (others > 0) parts.push(`${plural(others, 'other blocker')} below`);
  if (parts.length === 0) parts.push(`${plural(model.verdict.missing.length, 'thing')} missing`);
  return `⛔ Blocked — ${parts.join('; ')}`;
}
