import { renderComment } from '../documents/comment.js';
import { evaluateGate, type EvidenceStatus, type GateVerdict, type LabelStatus } from '../gate/evaluate.js';
import type { GateState } from '../gate/state.js';
import type { GateInputs } from './gate-inputs.js';

export interface GateJudgement {
  verdict: GateVerdict;
  /** The sticky comment's body (without the state pointer) and how many changes it had to leave out. */
  comment: { body: string; omitted: number };
}

/**
 * The verdict for a state and the comment that shows it. Gated changes the comment has no room for
 * cannot be ticked there, so they block the gate, and the comment is rendered again to say so.
 */
export function judgeGate(
  inputs: Pick<GateInputs, 'sections' | 'facts' | 'blockers'> & { headSha: string },
  review: { evidence: EvidenceStatus; label: LabelStatus },
  state: GateState,
): GateJudgement {
  const { sections, blockers } = inputs;
  const { evidence, label } = review;
  const model = { sections, state, evidence, label, headSha: inputs.headSha, facts: inputs.facts };
  const verdict = evaluateGate({ sections, state, evidence, label, blockers });
  const comment = renderComment({ ...model, verdict });
  if (comment.omitted === 0) return { verdict, comment };
  const overflow = `${comment.omitted} gated changes do not fit in one comment and cannot be assessed there: split the PR`;
  const blocked = evaluateGate({ sections, state, evidence, label, blockers: [...blockers, overflow] });
  return { verdict: blocked, comment: renderComment({ ...model, verdict: blocked }) };
}
