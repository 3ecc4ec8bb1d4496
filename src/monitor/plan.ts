/**
 * Which issue writes a monitoring run makes: one issue per SOUP item that needs attention, found
 * again by its marker and authored by the bot (an issue anyone else wrote is never ours, whatever it
 * says), written only when its content changed; and the GitHub writes that carry each action out.
 * Pure: the existing issues come in as data, the writes go out as data.
 */
import { registerLookupKey } from '../register/keys.js';
import type { HealthKind, ItemAssessment } from './assess.js';
import {
  comparableBody,
  issueTitle,
  type IssueCounts,
  readListedIds,
  readMonitorMarker,
  renderCloseComment,
  renderIssueBody,
  renderReopenComment,
} from './render.js';

export interface ExistingIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  author: string;
}

export type IssueAction =
  | { kind: 'create'; key: string; title: string; body: string }
  | { kind: 'update'; key: string; number: number; title: string; body: string }
  | { kind: 'reopen'; key: string; number: number; title: string; body: string; comment: string }
  | { kind: 'close'; key: string | undefined; number: number; comment: string }
  | { kind: 'keep'; key: string; number: number; reason?: string };

export interface PlanOptions {
  botLogin: string;
  registerPath: string;
  /** Health kinds that open (and are shown in) an issue on their own. */
  healthInIssues: readonly HealthKind[];
}

export interface IssuePlan {
  actions: IssueAction[];
  /** Issue numbers per item key, including those left as they are. */
  numbers: Map<string, number>;
  /** Extra bot issues with the same marker (left alone; named in the summary). */
  duplicates: number[];
  /** The issue counts once every action is carried out. */
  counts: IssueCounts;
}

function needsIssue(assessment: ItemAssessment, options: PlanOptions): boolean {
  return assessment.open.length > 0 || assessment.health.some((h) => options.healthInIssues.includes(h.kind));
}

export function planIssueActions(
  assessments: readonly ItemAssessment[],
  existing: readonly ExistingIssue[],
  options: PlanOptions,
): IssuePlan {
  // The oldest bot-authored issue per item is the one; others are left alone.
  const ours = new Map<string, ExistingIssue>();
  const duplicates: number[] = [];
  for (const issue of [...existing].sort((a, b) => a.number - b.number)) {
    if (issue.author !== options.botLogin) continue;
    const key = readMonitorMarker(issue.body);
    if (key === undefined) continue;
    if (ours.has(key)) duplicates.push(issue.number);
    else ours.set(key, issue);
  }
  const actions: IssueAction[] = [];
  const numbers = new Map<string, number>();
  const seen = new Set<string>();
  for (const assessment of assessments) {
    const key = assessment.item.key;
    const lookup = registerLookupKey(assessment.item.ecosystem, assessment.item.name);
    seen.add(lookup);
    const issue = ours.get(lookup);
    if (issue) numbers.set(key, issue.number);
    // A version whose lookup failed may have anomalies this run can't see: an open issue is left as
    // it is rather than rewritten (or closed) from half the facts.
    if (issue?.state === 'open' && assessment.unchecked.some((u) => u.failed)) {
      actions.push({
        kind: 'keep',
        key,
        number: issue.number,
        reason: 'some versions could not be looked up',
      });
      continue;
    }
    if (needsIssue(assessment, options)) {
      const title = issueTitle(assessment);
      const body = renderIssueBody(assessment, {
        registerPath: options.registerPath,
        healthInIssues: options.healthInIssues,
      });
      if (!issue) actions.push({ kind: 'create', key, title, body });
      else if (issue.state === 'closed') {
        actions.push({
          kind: 'reopen',
          key,
          number: issue.number,
          title,
          body,
          comment: renderReopenComment(assessment, options.registerPath),
        });
      } else if (comparableBody(issue.body) !== comparableBody(body) || issue.title !== title) {
        actions.push({ kind: 'update', key, number: issue.number, title, body });
      } else actions.push({ kind: 'keep', key, number: issue.number });
      continue;
    }
    if (!issue || issue.state === 'closed') continue;
    actions.push({
      kind: 'close',
      key,
      number: issue.number,
      comment: renderCloseComment(assessment, readListedIds(issue.body), options.registerPath),
    });
  }
  for (const [lookup, issue] of ours) {
    if (seen.has(lookup) || issue.state === 'closed') continue;
    actions.push({
      kind: 'close',
      key: undefined,
      number: issue.number,
      comment: renderCloseComment(undefined, [], options.registerPath),
    });
  }
  return { actions, numbers, duplicates, counts: countActions(actions, existing, options.botLogin) };
}

function countActions(
  actions: readonly IssueAction[],
  existing: readonly ExistingIssue[],
  botLogin: string,
): IssueCounts {
  const counts: IssueCounts = { opened: 0, updated: 0, closed: 0, reopened: 0, unchanged: 0, open: 0 };
  // Open issues by others' hands (marker but not the bot's) don't count; ours that matched no
  // marker (edited away) still do, as GitHub shows them under the label.
  let open = existing.filter((i) => i.author === botLogin && i.state === 'open').length;
  for (const action of actions) {
    switch (action.kind) {
      case 'keep':
        counts.unchanged++;
        break;
      case 'update':
        counts.updated++;
        break;
      case 'create':
        counts.opened++;
        open++;
        break;
      case 'reopen':
        counts.reopened++;
        open++;
        break;
      case 'close':
        counts.closed++;
        open--;
        break;
    }
  }
  counts.open = Math.max(0, open);
  return counts;
}

/** One GitHub write, with plain parameters. */
export type IssueWrite =
  | { kind: 'create'; title: string; body: string; labels: string[] }
  | {
      kind: 'update';
      number: number;
      update: { title?: string; body?: string; state?: 'open' | 'closed'; stateReason?: 'completed' };
    }
  | { kind: 'comment'; number: number; body: string };

/**
 * The writes that carry out one action, in order. Each order fails safe: when the second write
 * fails the issue is left open (a reopen is reopened before it is commented on; a close is
 * commented on before it closes), never closed without saying why.
 */
export function issueWrites(action: Exclude<IssueAction, { kind: 'keep' }>, label: string): IssueWrite[] {
  switch (action.kind) {
    case 'create':
      return [{ kind: 'create', title: action.title, body: action.body, labels: [label] }];
    case 'update':
      return [{ kind: 'update', number: action.number, update: { title: action.title, body: action.body } }];
    case 'reopen':
      return [
        {
          kind: 'update',
          number: action.number,
          update: { title: action.title, body: action.body, state: 'open' },
        },
        { kind: 'comment', number: action.number, body: action.comment },
      ];
    case 'close':
      return [
        { kind: 'comment', number: action.number, body: action.comment },
        { kind: 'update', number: action.number, update: { state: 'closed', stateReason: 'completed' } },
      ];
  }
}
