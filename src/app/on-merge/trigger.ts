/** The events on-merge acts on, read from the runner's webhook payload. */
import { field } from '../../github/json.js';

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

/** A merge or push this module acts on, from the runner event; undefined for every other event. */
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
