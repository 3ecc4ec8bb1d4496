import { renderComment, type GateScope, type RenderedComment } from '../documents/comment.js';
import { evaluateGate, type EvidenceStatus, type GateVerdict, type LabelStatus } from '../gate/evaluate.js';
import type { GateState } from '../gate/state.js';
import type { GateInputs } from './gate-inputs.js';

export interface GateJudgement {
  verdict: GateVerdict;
  /**
   * The sticky comment's body (without the state pointer), how many gated changes it cannot show
   * as checkboxes, and its verdict line (the check run's title says the same).
   */
  comment: RenderedComment;
}

/**
 * The verdict for a state and the comment that shows it. Gated changes the comment has no room for
 * cannot be ticked there, so they block the gate, and the comment is rendered again to say so.
 * `unpassable` says why the gate cannot pass whatever is ticked (it blocks too): the comment then
 * carries no checkboxes.
 */
export function judgeGate(
  inputs: Pick<GateInputs, 'sections' | 'facts' | 'blockers'> &
    Partial<Pick<GateInputs, 'notices'>> & {
      headSha: string;
      scope?: GateScope;
      unpassable?: readonly string[];
      /** This run's page, where the job summary holds what a condensed comment leaves out. */
      detailUrl?: string;
      /** The repository's web address, for links to its commits. */
      repoUrl?: string;
    },
  review: { evidence: EvidenceStatus; label: LabelStatus },
  state: GateState,
): GateJudgement {
  const { sections } = inputs;
  const unpassable = inputs.unpassable ?? [];
  const blockers = [...inputs.blockers, ...unpassable.filter((u) => !inputs.blockers.includes(u))];
  const { evidence, label } = review;
  const model = {
    sections,
    state,
    evidence,
    label,
    headSha: inputs.headSha,
    facts: inputs.facts,
    notices: inputs.notices ?? [],
    unpassable,
    ...(inputs.scope ? { scope: inputs.scope } : {}),
    ...(inputs.detailUrl !== undefined ? { detailUrl: inputs.detailUrl } : {}),
    ...(inputs.repoUrl !== undefined ? { repoUrl: inputs.repoUrl } : {}),
  };
  const verdict = evaluateGate({ sections, state, evidence, label, blockers });
  const comment = renderComment({ ...model, verdict });
  if (comment.omitted === 0) return { verdict, comment };
  const overflow = `${comment.omitted} gated changes do not fit in one comment and cannot be assessed there: split the PR`;
  const blocked = evaluateGate({ sections, state, evidence, label, blockers: [...blockers, overflow] });
  return { verdict: blocked, comment: renderComment({ ...model, verdict: blocked }) };
}
