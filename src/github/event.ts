/**
 * The one reader of webhook payloads: the event the runner saved, turned into plain data (the
 * repository, the PRs to evaluate, a person's edit of a comment, a merge or push, a merge group).
 * Every field is checked where it arrives; nothing here decides what the gate concludes.
 */
import { readFile } from 'node:fs/promises';
import { field } from './json.js';
import type { RepoRef } from './types.js';

export interface RunnerEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** Reads the webhook payload the runner saved; a missing file is an empty payload (local runs). */
export async function readRunnerEvent(env: NodeJS.ProcessEnv = process.env): Promise<RunnerEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  const payload: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new Error(`GITHUB_EVENT_PATH (${path}) does not hold a JSON object`);
  }
  return { name, payload: payload as Record<string, unknown> };
}

/** The repository the event is about: the payload's, else the runner's GITHUB_REPOSITORY. */
export function repositoryOf(event: RunnerEvent, env: NodeJS.ProcessEnv = process.env): RepoRef {
  const fullName = field(field(event.payload, 'repository'), 'full_name') ?? env.GITHUB_REPOSITORY;
  if (typeof fullName !== 'string' || !/^[^/]+\/[^/]+$/.test(fullName)) {
    throw new Error('the event names no repository (repository.full_name or GITHUB_REPOSITORY)');
  }
  const [owner, repo] = fullName.split('/') as [string, string];
  return { owner, repo };
}

/** A person's edit of the bot comment, from an issue_comment edited event. */
export interface CommentEdit {
  commentId: number;
  before: string;
  after: string;
  actor: string;
}

export interface PullRequestTargets {
  numbers: number[];
  /** Set when a person edited the bot's comment: the ticks to attribute. */
  edit?: CommentEdit;
  /** Why the event asks for less than a full evaluation, for the log. */
  note?: { level: 'notice' | 'info'; message: string };
}

/** The PR actions after which what the gate sees (files, body, labels) may have changed. */
const PR_ACTIONS = new Set([
  'opened',
  'synchronize',
  'reopened',
  'edited',
  'labeled',
  'unlabeled',
  'ready_for_review',
]);

/** Completed check or workflow runs belong to at most this many PRs worth re-evaluating in one job. */
const MAX_RUN_PULL_REQUESTS = 10;

/**
 * The PRs an event asks to evaluate, with the comment edit when a person edited the bot comment.
 * `identity` names the bot's login (only its comment carries ticks; its own edits are no news) and
 * the gate's check name (its own completed check must not trigger another run).
 */
export function pullRequestsOf(
  event: RunnerEvent,
  identity: { botLogin: string; gateCheckName: string },
): PullRequestTargets {
  const payload = event.payload;
  const action = field(payload, 'action');
  switch (event.name) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = field(field(payload, 'pull_request'), 'number');
      if (typeof number !== 'number') throw new Error(`the ${event.name} payload has no pull_request.number`);
      if (typeof action === 'string' && !PR_ACTIONS.has(action))
        return notice(`soup-gate: pull request "${action}" needs no evaluation`);
      return { numbers: [number] };
    }
    case 'issue_comment':
      return commentEditOf(payload, identity.botLogin);
    case 'check_run':
    case 'workflow_run': {
      const run = field(payload, event.name);
      if (action !== 'completed') return { numbers: [] };
      if (event.name === 'check_run' && field(run, 'name') === identity.gateCheckName) return { numbers: [] };
      const prs = field(run, 'pull_requests');
      const numbers = Array.isArray(prs)
        ? prs.map((p) => field(p, 'number')).filter((n): n is number => typeof n === 'number')
        : [];
      if (numbers.length === 0)
        return notice(
          `soup-gate: the completed ${event.name} belongs to no open pull request of this repository`,
        );
      return { numbers: [...new Set(numbers)].slice(0, MAX_RUN_PULL_REQUESTS) };
    }
    default:
      return { numbers: [] };
  }
}

function notice(message: string): PullRequestTargets {
  return { numbers: [], note: { level: 'notice', message } };
}

function commentEditOf(payload: Record<string, unknown>, botLogin: string): PullRequestTargets {
  const issue = field(payload, 'issue');
  const number = field(issue, 'number');
  if (
    field(payload, 'action') !== 'edited' ||
    field(issue, 'pull_request') === undefined ||
    typeof number !== 'number'
  )
    return notice('soup-gate: only edits of its comment on a pull request matter here; nothing to do');
  const comment = field(payload, 'comment');
  const sender = field(field(payload, 'sender'), 'login');
  const author = field(field(comment, 'user'), 'login');
  const id = field(comment, 'id');
  const after = field(comment, 'body');
  const before = field(field(field(payload, 'changes'), 'body'), 'from');
  if (author !== botLogin) return notice("soup-gate: the edited comment is not soup-gate's; ignored");
  if (sender === botLogin)
    return { numbers: [], note: { level: 'info', message: 'soup-gate: its own edit; nothing to do' } };
  if (
    typeof id !== 'number' ||
    typeof after !== 'string' ||
    typeof before !== 'string' ||
    typeof sender !== 'string'
  ) {
    // Without the previous body the edit can't be attributed; re-rendering reverts it.
    return { numbers: [number] };
  }
  return { numbers: [number], edit: { commentId: id, before, after, actor: sender } };
}

export type MergeTrigger =
  | { kind: 'merged-pull-request'; number: number; defaultBranch: string }
  | {
      kind: 'push';
      branch: string;
      defaultBranch: string;
      before: string;
      after: string;
      pusher: string;
      message: string;
      timestamp?: string;
      url: string;
    };

/** A merge or push the on-merge use case acts on, from the runner event; undefined for every other event. */
export function mergeTriggerOf(name: string, payload: Record<string, unknown>): MergeTrigger | undefined {
  const repository = field(payload, 'repository');
  const defaultBranch = field(repository, 'default_branch');
  const fallback = typeof defaultBranch === 'string' ? defaultBranch : 'main';
  if (name === 'pull_request' || name === 'pull_request_target') {
    const pr = field(payload, 'pull_request');
    const number = field(pr, 'number');
    if (field(payload, 'action') !== 'closed' || field(pr, 'merged') !== true || typeof number !== 'number')
      return undefined;
    return { kind: 'merged-pull-request', number, defaultBranch: fallback };
  }
  if (name !== 'push') return undefined;
  const ref = field(payload, 'ref');
  const before = field(payload, 'before');
  const after = field(payload, 'after');
  if (typeof ref !== 'string' || typeof before !== 'string' || typeof after !== 'string')
    throw new Error('the push payload lacks ref, before or after');
  const head = field(payload, 'head_commit');
  const pusher = field(field(payload, 'pusher'), 'name') ?? field(field(payload, 'sender'), 'login');
  const message = field(head, 'message');
  const timestamp = field(head, 'timestamp');
  const url = field(head, 'url');
  return {
    kind: 'push',
    branch: ref.replace(/^refs\/heads\//, ''),
    defaultBranch: fallback,
    before,
    after,
    pusher: typeof pusher === 'string' ? pusher : 'unknown',
    message: typeof message === 'string' ? (message.split('\n')[0] ?? '') : '',
    ...(typeof timestamp === 'string' ? { timestamp } : {}),
    url: typeof url === 'string' ? url : '',
  };
}

export interface MergeGroup {
  headSha: string;
  headRef: string;
  /** The PR the queue's temporary branch holds, read from its name; undefined when the name doesn't say. */
  pullRequest: number | undefined;
}

/** The merge queue's temporary commit and the PR it holds (`gh-readonly-queue/<base>/pr-<n>-<sha>`). */
export function mergeGroupOf(payload: Record<string, unknown>): MergeGroup {
  const group = field(payload, 'merge_group');
  const headSha = field(group, 'head_sha');
  const headRef = field(group, 'head_ref');
  if (typeof headSha !== 'string' || typeof headRef !== 'string')
    throw new Error('the merge_group payload lacks head_sha or head_ref');
  const number = /\/pr-(\d+)-[0-9a-f]+$/.exec(headRef)?.[1];
  return { headSha, headRef, pullRequest: number ? Number(number) : undefined };
}
