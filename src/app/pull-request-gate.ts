/**
 * The PR gate, one evaluation of one PR: read what it changes and what reviewers did, judge it,
 * and write the verdict where reviewers and branch protection see it.
 *
 * This module is what the action loads up front for PR events, and it stays light: it reads the PR
 * (the first API request) and only then loads the rest of the gate (lockfile parsers, YAML, rules,
 * renderers), a separate chunk. Loading that chunk in parallel was measured to delay the request it
 * should hide behind: its compilation runs on the same thread, between the request's socket events.
 */
import type { CommentEdit } from '../github/event.js';
import { getPullRequest } from '../github/pull-request-info.js';
import type { AppContext } from './context.js';
import type { GateOutcome } from './gate-evaluation.js';

/** Evaluates one PR end to end: diff, checklist, ticks, evidence, label, verdict, comment, check run. */
export async function runPullRequestGate(
  context: AppContext,
  prNumber: number,
  edit?: CommentEdit,
): Promise<GateOutcome> {
  const pr = await getPullRequest(context.client, context.repo, prNumber);
  const { evaluatePullRequest } = await import('./gate-evaluation.js');
  return evaluatePullRequest(context, pr, edit);
}
