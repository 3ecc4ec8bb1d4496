// Webhook payloads for end-to-end tests, each built from one real example shipped by
// @octokit/webhooks-examples with the fields a scenario cares about overridden. Starting from real
// payloads keeps every field the action might read present, with GitHub's own types and nesting.
import { createRequire } from 'node:module';

type Json = Record<string, unknown>;

interface ExampleGroup {
  name: string;
  examples: Json[];
}

const requireJson = createRequire(import.meta.url);
const EXAMPLES = requireJson('@octokit/webhooks-examples') as ExampleGroup[];

export interface RunnerEvent {
  /** GITHUB_EVENT_NAME */
  name: string;
  /** The JSON written to GITHUB_EVENT_PATH. */
  payload: Json;
  /** GITHUB_SHA and GITHUB_REF as the runner sets them for this event. */
  sha: string;
  ref: string;
  /** GITHUB_HEAD_REF / GITHUB_BASE_REF (pull request events only). */
  headRef?: string;
  baseRef?: string;
}

export interface RepoOptions {
  /** owner/name */
  repo: string;
  defaultBranch?: string;
  private?: boolean;
}

function example(event: string, pick: (e: Json) => boolean): Json {
  const group = EXAMPLES.find((g) => g.name === event);
  const found = group?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching "${event}" example`);
  return structuredClone(found);
}

/** Rewrites every string naming the example's repository so URLs point at `repo`. */
function retarget(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.split(from).join(to);
  if (Array.isArray(value)) return value.map((v) => retarget(v, from, to));
  if (value !== null && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = retarget(v, from, to);
    return out;
  }
  return value;
}

function userObject(template: unknown, login: string): Json {
  const base = (template ?? {}) as Json;
  const bot = login.endsWith('[bot]');
  return {
    ...base,
    login,
    id: bot ? 49699333 : Math.abs(hash(login)) % 10_000_000,
    node_id: Buffer.from(`User:${login}`).toString('base64url'),
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: bot ? `https://github.com/apps/${login.slice(0, -5)}` : `https://github.com/${login}`,
    type: bot ? 'Bot' : 'User',
  };
}

function hash(text: string): number {
  let h = 0;
  for (const ch of text) h = (Math.imul(31, h) + (ch.codePointAt(0) ?? 0)) | 0;
  return h;
}

/** Points the payload at `options.repo`: URLs, repository object, owner. */
function withRepository(payload: Json, options: RepoOptions): Json {
  const repository = payload.repository as Json | undefined;
  const oldFull = String(repository?.full_name ?? '');
  const out = (oldFull ? retarget(payload, oldFull, options.repo) : payload) as Json;
  const [owner, name] = options.repo.split('/') as [string, string];
  const repo = out.repository as Json | undefined;
  if (repo) {
    repo.name = name;
    repo.full_name = options.repo;
    repo.default_branch = options.defaultBranch ?? 'main';
    repo.private = options.private ?? false;
    repo.visibility = options.private ? 'private' : 'public';
    repo.owner = { ...userObject(repo.owner, owner), type: 'Organization' };
  }
  return out;
}

function sender(payload: Json, login: string): void {
  payload.sender = userObject(payload.sender, login);
}

function label(repo: string, name: string): Json {
  return {
    id: Math.abs(hash(name)),
    node_id: Buffer.from(`Label:${name}`).toString('base64url'),
    url: `https://api.github.com/repos/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    color: 'ededed',
    default: false,
    description: null,
  };
}

// ---------------------------------------------------------------------------------------------

export interface PullRequestEventOptions extends RepoOptions {
  action: 'opened' | 'synchronize' | 'reopened' | 'edited' | 'labeled' | 'unlabeled' | 'closed';
  number: number;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  /** Head repository full name when the PR comes from a fork. */
  headRepo?: string;
  title?: string;
  body?: string | null;
  /** PR author; default dependabot[bot]. */
  author?: string;
  /** Who triggered the event; default the author. */
  sender?: string;
  /** For labeled/unlabeled: the label; also added to pull_request.labels for labeled. */
  label?: string;
  labels?: string[];
  /** For closed: merged or just closed. */
  merged?: boolean;
  mergeCommitSha?: string;
  /** For synchronize: the previous head. */
  before?: string;
  draft?: boolean;
}

function pullRequestPayload(o: PullRequestEventOptions): Json {
  const action = o.action;
  // Some actions (edited) have no example: start from "opened", the same payload shape.
  const hasOwn = EXAMPLES.find((g) => g.name === 'pull_request')?.examples.some((e) => e.action === action);
  const payload = withRepository(
    example('pull_request', (e) => e.action === (hasOwn ? action : 'opened')),
    o,
  );
  payload.action = action;
  if (action === 'edited') payload.changes = payload.changes ?? {};
  const pr = payload.pull_request as Json;
  const author = o.author ?? 'dependabot[bot]';
  const headRepoName = o.headRepo ?? o.repo;
  const baseRef = o.baseRef ?? o.defaultBranch ?? 'main';
  const headRef = o.headRef ?? `dependabot/npm_and_yarn/pr-${o.number}`;
  const apiRepo = `https://api.github.com/repos/${o.repo}`;
  payload.number = o.number;
  Object.assign(pr, {
    number: o.number,
    id: 100_000_000 + o.number,
    url: `${apiRepo}/pulls/${o.number}`,
    html_url: `https://github.com/${o.repo}/pull/${o.number}`,
    issue_url: `${apiRepo}/issues/${o.number}`,
    diff_url: `https://github.com/${o.repo}/pull/${o.number}.diff`,
    patch_url: `https://github.com/${o.repo}/pull/${o.number}.patch`,
    title: o.title ?? `Bump dependencies (#${o.number})`,
    body: o.body === undefined ? null : o.body,
    user: userObject(pr.user, author),
    draft: o.draft ?? false,
    state: action === 'closed' ? 'closed' : 'open',
    merged: action === 'closed' ? (o.merged ?? false) : false,
    merged_at: action === 'closed' && o.merged ? '2024-05-01T13:00:00Z' : null,
    closed_at: action === 'closed' ? '2024-05-01T13:00:00Z' : null,
    merge_commit_sha: o.mergeCommitSha ?? null,
    labels: [
      ...(o.labels ?? []),
      ...(action === 'labeled' && o.label && !(o.labels ?? []).includes(o.label) ? [o.label] : []),
    ].map((l) => label(o.repo, l)),
  });
  const base = pr.base as Json;
  Object.assign(base, {
    ref: baseRef,
    sha: o.baseSha,
    label: `${o.repo.split('/')[0]}:${baseRef}`,
    repo: payload.repository,
  });
  const head = pr.head as Json;
  const headRepo =
    headRepoName === o.repo
      ? payload.repository
      : {
          ...(payload.repository as Json),
          full_name: headRepoName,
          name: headRepoName.split('/')[1],
          fork: true,
          owner: userObject((payload.repository as Json).owner, headRepoName.split('/')[0] as string),
        };
  Object.assign(head, {
    ref: headRef,
    sha: o.headSha,
    label: `${headRepoName.split('/')[0]}:${headRef}`,
    repo: headRepo,
    user: userObject(head.user, headRepoName.split('/')[0] as string),
  });
  sender(payload, o.sender ?? author);
  if (action === 'labeled' || action === 'unlabeled') {
    if (!o.label) throw new Error(`pull_request ${action} needs a label`);
    payload.label = label(o.repo, o.label);
  } else delete payload.label;
  if (action === 'synchronize') {
    payload.before = o.before ?? o.baseSha;
    payload.after = o.headSha;
  } else {
    delete payload.before;
    delete payload.after;
  }
  return payload;
}

/** pull_request: GITHUB_SHA is the test-merge commit, GITHUB_REF refs/pull/N/merge. */
export function pullRequestEvent(o: PullRequestEventOptions & { mergeRefSha?: string }): RunnerEvent {
  return {
    name: 'pull_request',
    payload: pullRequestPayload(o),
    sha: o.mergeRefSha ?? o.headSha,
    ref: `refs/pull/${o.number}/merge`,
    headRef: o.headRef ?? `dependabot/npm_and_yarn/pr-${o.number}`,
    baseRef: o.baseRef ?? o.defaultBranch ?? 'main',
  };
}

/** pull_request_target: same payload, but the workflow runs on the base branch's last commit. */
export function pullRequestTargetEvent(o: PullRequestEventOptions & { baseBranchSha?: string }): RunnerEvent {
  const baseRef = o.baseRef ?? o.defaultBranch ?? 'main';
  return {
    name: 'pull_request_target',
    payload: pullRequestPayload(o),
    sha: o.baseBranchSha ?? o.baseSha,
    ref: `refs/heads/${baseRef}`,
    headRef: o.headRef ?? `dependabot/npm_and_yarn/pr-${o.number}`,
    baseRef,
  };
}

export interface IssueCommentEventOptions extends RepoOptions {
  action: 'created' | 'edited' | 'deleted';
  issueNumber: number;
  /** Comments on a PR carry issue.pull_request; default true. */
  onPullRequest?: boolean;
  comment: { id: number; body: string; user: string; createdAt?: string; updatedAt?: string };
  /** edited: the body before the edit (changes.body.from). */
  from?: string;
  /** Who edited; default the comment's author. */
  sender?: string;
  /** The default branch's last commit (GITHUB_SHA). */
  defaultBranchSha: string;
  issueAuthor?: string;
}

export function issueCommentEvent(o: IssueCommentEventOptions): RunnerEvent {
  const action = o.action;
  const payload = withRepository(
    example('issue_comment', (e) => e.action === action),
    o,
  );
  const apiRepo = `https://api.github.com/repos/${o.repo}`;
  const onPr = o.onPullRequest ?? true;
  const issue = payload.issue as Json;
  Object.assign(issue, {
    number: o.issueNumber,
    url: `${apiRepo}/issues/${o.issueNumber}`,
    html_url: `https://github.com/${o.repo}/${onPr ? 'pull' : 'issues'}/${o.issueNumber}`,
    user: userObject(issue.user, o.issueAuthor ?? 'dependabot[bot]'),
  });
  if (onPr) {
    issue.pull_request = {
      url: `${apiRepo}/pulls/${o.issueNumber}`,
      html_url: `https://github.com/${o.repo}/pull/${o.issueNumber}`,
      diff_url: `https://github.com/${o.repo}/pull/${o.issueNumber}.diff`,
      patch_url: `https://github.com/${o.repo}/pull/${o.issueNumber}.patch`,
      merged_at: null,
    };
  } else delete issue.pull_request;
  const comment = payload.comment as Json;
  Object.assign(comment, {
    id: o.comment.id,
    node_id: Buffer.from(`IssueComment:${o.comment.id}`).toString('base64url'),
    url: `${apiRepo}/issues/comments/${o.comment.id}`,
    html_url: `https://github.com/${o.repo}/${onPr ? 'pull' : 'issues'}/${o.issueNumber}#issuecomment-${o.comment.id}`,
    issue_url: `${apiRepo}/issues/${o.issueNumber}`,
    body: o.comment.body,
    user: userObject(comment.user, o.comment.user),
    created_at: o.comment.createdAt ?? comment.created_at,
    updated_at: o.comment.updatedAt ?? comment.updated_at,
    performed_via_github_app: null,
  });
  if (action === 'edited') {
    if (o.from === undefined) throw new Error('issue_comment edited needs `from` (the body before the edit)');
    payload.changes = { body: { from: o.from } };
  } else delete payload.changes;
  sender(payload, o.sender ?? o.comment.user);
  return {
    name: 'issue_comment',
    payload,
    sha: o.defaultBranchSha,
    ref: `refs/heads/${o.defaultBranch ?? 'main'}`,
  };
}

export interface CheckRunEventOptions extends RepoOptions {
  checkRun: {
    id: number;
    name: string;
    headSha: string;
    conclusion: string;
    appSlug?: string;
    headBranch?: string;
  };
  pullRequests?: { number: number; headSha: string; headRef: string; baseSha: string; baseRef?: string }[];
  defaultBranchSha: string;
  sender?: string;
}

export function checkRunCompletedEvent(o: CheckRunEventOptions): RunnerEvent {
  const payload = withRepository(
    example('check_run', (e) => e.action === 'completed' && (e.check_run as Json).app !== undefined),
    o,
  );
  const run = payload.check_run as Json;
  const apiRepo = `https://api.github.com/repos/${o.repo}`;
  const slug = o.checkRun.appSlug ?? 'github-actions';
  const prs = (o.pullRequests ?? []).map((p) => ({
    url: `${apiRepo}/pulls/${p.number}`,
    id: 100_000_000 + p.number,
    number: p.number,
    head: { ref: p.headRef, sha: p.headSha, repo: { id: 1, url: apiRepo, name: o.repo.split('/')[1] } },
    base: {
      ref: p.baseRef ?? o.defaultBranch ?? 'main',
      sha: p.baseSha,
      repo: { id: 1, url: apiRepo, name: o.repo.split('/')[1] },
    },
  }));
  Object.assign(run, {
    id: o.checkRun.id,
    name: o.checkRun.name,
    head_sha: o.checkRun.headSha,
    status: 'completed',
    conclusion: o.checkRun.conclusion,
    url: `${apiRepo}/check-runs/${o.checkRun.id}`,
    html_url: `https://github.com/${o.repo}/runs/${o.checkRun.id}`,
    app: { ...(run.app as Json), slug, name: slug === 'github-actions' ? 'GitHub Actions' : slug },
    pull_requests: prs,
  });
  const suite = run.check_suite as Json | undefined;
  if (suite)
    Object.assign(suite, {
      head_sha: o.checkRun.headSha,
      head_branch: o.checkRun.headBranch ?? null,
      pull_requests: prs,
      conclusion: o.checkRun.conclusion,
      status: 'completed',
    });
  sender(payload, o.sender ?? 'github-actions[bot]');
  return {
    name: 'check_run',
    payload,
    sha: o.defaultBranchSha,
    ref: `refs/heads/${o.defaultBranch ?? 'main'}`,
  };
}

export interface WorkflowRunEventOptions extends RepoOptions {
  run: {
    id: number;
    name?: string;
    headSha: string;
    headBranch?: string;
    conclusion: string;
    event?: string;
    headRepo?: string;
  };
  pullRequests?: { number: number; headSha: string; headRef: string; baseSha: string; baseRef?: string }[];
  defaultBranchSha: string;
  sender?: string;
}

export function workflowRunCompletedEvent(o: WorkflowRunEventOptions): RunnerEvent {
  const payload = withRepository(
    example('workflow_run', (e) => e.action === 'completed'),
    o,
  );
  const run = payload.workflow_run as Json;
  const apiRepo = `https://api.github.com/repos/${o.repo}`;
  Object.assign(run, {
    id: o.run.id,
    name: o.run.name ?? 'CI',
    head_sha: o.run.headSha,
    head_branch: o.run.headBranch ?? 'main',
    event: o.run.event ?? 'pull_request',
    status: 'completed',
    conclusion: o.run.conclusion,
    url: `${apiRepo}/actions/runs/${o.run.id}`,
    html_url: `https://github.com/${o.repo}/actions/runs/${o.run.id}`,
    repository: payload.repository,
    head_repository: o.run.headRepo
      ? {
          ...(payload.repository as Json),
          full_name: o.run.headRepo,
          name: o.run.headRepo.split('/')[1],
          fork: true,
        }
      : payload.repository,
    pull_requests: (o.pullRequests ?? []).map((p) => ({
      url: `${apiRepo}/pulls/${p.number}`,
      id: 100_000_000 + p.number,
      number: p.number,
      head: { ref: p.headRef, sha: p.headSha, repo: { id: 1, url: apiRepo, name: o.repo.split('/')[1] } },
      base: {
        ref: p.baseRef ?? o.defaultBranch ?? 'main',
        sha: p.baseSha,
        repo: { id: 1, url: apiRepo, name: o.repo.split('/')[1] },
      },
    })),
  });
  sender(payload, o.sender ?? 'github-actions[bot]');
  return {
    name: 'workflow_run',
    payload,
    sha: o.defaultBranchSha,
    ref: `refs/heads/${o.defaultBranch ?? 'main'}`,
  };
}

export interface PushEventOptions extends RepoOptions {
  /** Branch name (refs/heads/<branch>). */
  branch?: string;
  before: string;
  after: string;
  pusher?: string;
  message?: string;
}

export function pushEvent(o: PushEventOptions): RunnerEvent {
  const payload = withRepository(
    example('push', (e) => String(e.ref).startsWith('refs/heads/')),
    o,
  );
  const branch = o.branch ?? o.defaultBranch ?? 'main';
  const pusher = o.pusher ?? 'octo-dev';
  const commit = {
    id: o.after,
    tree_id: o.after,
    distinct: true,
    message: o.message ?? 'Merge pull request',
    timestamp: '2024-05-01T13:00:00Z',
    url: `https://github.com/${o.repo}/commit/${o.after}`,
    author: { name: pusher, email: `${pusher}@users.noreply.github.com`, username: pusher },
    committer: { name: 'GitHub', email: 'noreply@github.com', username: 'web-flow' },
    added: [],
    removed: [],
    modified: [],
  };
  Object.assign(payload, {
    ref: `refs/heads/${branch}`,
    before: o.before,
    after: o.after,
    created: false,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `https://github.com/${o.repo}/compare/${o.before.slice(0, 12)}...${o.after.slice(0, 12)}`,
    commits: [commit],
    head_commit: commit,
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
  });
  sender(payload, pusher);
  return { name: 'push', payload, sha: o.after, ref: `refs/heads/${branch}` };
}

/**
 * schedule: @octokit/webhooks-examples has no example (it is not a webhook); Actions gives the
 * cron expression and the workflow path. The action must take the repository from GITHUB_REPOSITORY.
 */
export function scheduleEvent(
  o: RepoOptions & { cron?: string; workflow?: string; defaultBranchSha: string },
): RunnerEvent {
  return {
    name: 'schedule',
    payload: { schedule: o.cron ?? '0 6 * * 1', workflow: o.workflow ?? '.github/workflows/soup-gate.yml' },
    sha: o.defaultBranchSha,
    ref: `refs/heads/${o.defaultBranch ?? 'main'}`,
  };
}

export function mergeGroupEvent(
  o: RepoOptions & { headSha: string; baseSha: string; prNumber: number; baseRef?: string },
): RunnerEvent {
  const payload = withRepository(
    example('merge_group', () => true),
    o,
  );
  const baseRef = o.baseRef ?? o.defaultBranch ?? 'main';
  const headRef = `refs/heads/gh-readonly-queue/${baseRef}/pr-${o.prNumber}-${o.baseSha}`;
  const group = payload.merge_group as Json;
  Object.assign(group, {
    head_sha: o.headSha,
    head_ref: headRef,
    base_sha: o.baseSha,
    base_ref: `refs/heads/${baseRef}`,
  });
  Object.assign(group.head_commit as Json, { id: o.headSha, message: `Merge pull request #${o.prNumber}` });
  sender(payload, 'github-merge-queue[bot]');
  return { name: 'merge_group', payload, sha: o.headSha, ref: headRef };
}
