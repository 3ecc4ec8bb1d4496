// A local, stateful fake of the GitHub REST endpoints soup-gate calls, for adapter and end-to-end
// tests (the bundled action run as a child process with GITHUB_API_URL pointing here). Response
// shapes follow docs.github.com/rest (fields soup-gate or Octokit read, not every field GitHub
// sends). It binds 127.0.0.1 only, on a random port; close() ends every socket and timer.
//
// What it models beyond "return the seeded object", because the action must handle it:
// - tokens: unknown -> 401 "Bad credentials"; read-only -> 403 "Resource not accessible by
//   integration" on writes; a GITHUB_TOKEN-like Bot token cannot call GET /user, read branch
//   protection (needs administration:read) or org team memberships (needs members:read);
// - git refs: non-fast-forward updates -> 422 "Update is not a fast forward"; protected branches
//   refuse direct updates the way GitHub's API does (422 "Changes must be made through a pull request.");
// - pagination with per_page/page and Link headers (first/prev/next/last);
// - scripted faults per route (5xx, rate limits with retry-after, delays, truncated bodies, resets)
//   and a request log for counting requests per event.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { GitStore, type CommitObject, type FlatTree, type TreeEntry } from './git-objects.js';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type TokenPermission = 'read' | 'write' | 'admin';

export interface TokenIdentity {
  login: string;
  type: 'Bot' | 'User';
  /** Repository permission of the token: read (contents/pulls/issues read), write, admin (adds administration). */
  permissions: TokenPermission;
  /** Full names the token can see (an installation token sees its repository); others answer 404. Default: all. */
  repos?: string[];
  /** Org members:read. GITHUB_TOKEN has no such permission; default true for User tokens only. */
  canReadOrgMembers?: boolean;
  /** The app a Bot token acts as (check runs carry it). Default: GitHub Actions (id 15368). */
  app?: { id: number; slug: string; name: string };
}

export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface ScriptedResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Object/array -> JSON; string -> sent as is. Omitted with a status -> GitHub's error shape. */
  body?: unknown;
  /** Wait this long before answering (longer than the client timeout to test timeouts). */
  delayMs?: number;
  /** After the delay, answer with the real handler instead of `status`/`body`. */
  passThrough?: boolean;
  /** Promise the full body in content-length, send half, then cut the connection. */
  truncate?: boolean;
  /** Destroy the socket without any response (ECONNRESET on the client). */
  reset?: boolean;
  /** Runs (after the delay) before answering: e.g. another writer moves a branch first. */
  before?: () => void;
}

/** "METHOD /path" with `*` for one path segment and `**` for any rest, a RegExp on "METHOD /path", or a predicate. */
export type RouteMatcher = string | RegExp | ((entry: { method: string; path: string }) => boolean);

export interface RequestLogEntry {
  method: string;
  /** Decoded ("contents/a/b.txt", not "contents/a%2Fb.txt"), without the query. */
  path: string;
  /** "?ref=…&per_page=…" as sent. */
  query: string;
  status: number;
  login?: string;
  scripted: boolean;
  /** Date.now() when the request arrived: compare with runAction's `startedAt`, or between entries (retry waits). */
  receivedAt: number;
}

export interface FakeGitHubOptions {
  /** token -> identity; default: {@link DEFAULT_TOKENS}. */
  tokens?: Record<string, TokenIdentity>;
  /** First timestamp the clock hands out; each read advances it by one second. */
  startTime?: string;
}

export const BOT_TOKEN = 'ghs_fake_write_token';
export const READ_ONLY_TOKEN = 'ghs_fake_read_token';
export const ADMIN_PAT = 'ghp_fake_admin_pat';

export const DEFAULT_TOKENS: Record<string, TokenIdentity> = {
  [BOT_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'write' },
  [READ_ONLY_TOKEN]: { login: 'github-actions[bot]', type: 'Bot', permissions: 'read' },
  [ADMIN_PAT]: { login: 'repo-admin', type: 'User', permissions: 'admin' },
};

export const GITHUB_ACTIONS_APP = { id: 15368, slug: 'github-actions', name: 'GitHub Actions' };

/** Ready-made scripted responses, matching what GitHub sends. */
export const faults = {
  status(status: number, message = defaultMessage(status)): ScriptedResponse {
    return { status, body: errorBody(status, message) };
  },
  notFound(): ScriptedResponse {
    return { status: 404, body: errorBody(404, 'Not Found') };
  },
  /** What plugin-throttling recognises as a secondary limit: 403, "secondary rate limit", retry-after. */
  secondaryRateLimit(retryAfterSeconds = 1): ScriptedResponse {
    return {
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    };
  },
  /** Primary limit: x-ratelimit-remaining 0 and a reset time `resetInSeconds` from now. */
  primaryRateLimit(resetInSeconds = 1): ScriptedResponse {
    return {
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + resetInSeconds),
        'x-ratelimit-resource': 'core',
      },
      body: {
        message: 'API rate limit exceeded for installation ID 1.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-the-primary-rate-limit',
        status: '403',
      },
    };
  },
  /** Answers normally, but only after `ms`. */
  delay(ms: number): ScriptedResponse {
    return { delayMs: ms, passThrough: true };
  },
  truncated(): ScriptedResponse {
    return { status: 200, truncate: true, body: { message: 'this body is cut halfway through' } };
  },
  reset(): ScriptedResponse {
    return { reset: true };
  },
};

// ---------------------------------------------------------------------------------------------
// Stored objects (API-shaped on the way out)
// ---------------------------------------------------------------------------------------------

export interface PullFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  sha?: string;
  additions?: number;
  deletions?: number;
}

export interface StoredPull {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  user: string;
  head: { ref: string; sha: string; repo: string };
  base: { ref: string; sha: string };
  merged: boolean;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  mergedBy: string | null;
  /** Explicit file list; undefined -> computed from the base and head trees. */
  files?: PullFile[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  user: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  isPull: boolean;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredIssueEvent {
  id: number;
  issueNumber: number;
  event: 'labeled' | 'unlabeled' | 'closed' | 'reopened';
  actor: string;
  label?: string;
  createdAt: string;
}

export interface CheckRunOutput {
  title?: string | null;
  summary?: string | null;
  text?: string | null;
  annotations?: unknown[];
}

export interface StoredCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: unknown[];
  app: { id: number; slug: string; name: string };
  checkSuiteId?: number;
}

export interface StoredWorkflowRun {
  id: number;
  name: string;
  headSha: string;
  headBranch: string;
  event: string;
  status: string;
  conclusion: string | null;
  /** The repository the run belongs to (evidence from another repository must not count). */
  repo: string;
  path: string;
  runNumber: number;
  runAttempt: number;
  pullRequests: number[];
  createdAt: string;
  updatedAt: string;
  checkSuiteId: number;
  artifacts: StoredArtifact[];
}

export interface StoredArtifact {
  id: number;
  name: string;
  zip: Uint8Array;
  expired: boolean;
}

export interface BranchProtectionRule {
  /** required_pull_request_reviews: direct ref updates are refused. */
  requirePullRequest?: boolean;
  /** Check names that must have succeeded on the new commit. */
  requiredStatusChecks?: string[];
  /** Who may push (restrictions.users / apps by login); others are refused. */
  pushAllowances?: string[];
  /** Admins are bound too; default false (admins bypass, as on GitHub). */
  enforceAdmins?: boolean;
  allowForcePushes?: boolean;
}

export interface CommitSeed {
  /** path -> content; a folder path from disk can be read with {@link readFolderFiles}. */
  files: Record<string, string | Uint8Array>;
  /** Parents; default none (a root commit). */
  parents?: string[];
  message?: string;
  /** Use this SHA instead of the content hash (to match a payload that names a SHA). */
  sha?: string;
  /** Point refs/heads/<branch> at it. */
  branch?: string;
}

export interface PullSeed {
  number?: number;
  title?: string;
  body?: string | null;
  user?: string;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
  /** The head repository's full name (forks); default this repository. */
  headRepo?: string;
  draft?: boolean;
  state?: 'open' | 'closed';
  merged?: boolean;
  mergeCommitSha?: string;
  /** Explicit file list (e.g. one that disagrees with the trees); default computed from them. */
  files?: PullFile[];
  labels?: string[];
}

export interface CheckRunSeed {
  name: string;
  headSha: string;
  status?: StoredCheckRun['status'];
  conclusion?: string | null;
  app?: { id: number; slug: string; name: string };
  output?: { title?: string; summary?: string; text?: string };
  /** The check suite (a workflow run's, to tie a GitHub Actions check run to its run). */
  checkSuiteId?: number;
}

/** A workflow artifact: its zip bytes, served by the 302 to the fake's blob host. */
export interface ArtifactSeed {
  name: string;
  zip: Uint8Array;
  expired?: boolean;
}

export interface WorkflowRunSeed {
  id?: number;
  name?: string;
  headSha: string;
  headBranch?: string;
  event?: string;
  status?: string;
  conclusion?: string | null;
  /** Default this repository; another full name models a run from elsewhere. */
  repo?: string;
  path?: string;
  pullRequests?: number[];
  checkSuiteId?: number;
  artifacts?: ArtifactSeed[];
}

// ---------------------------------------------------------------------------------------------
// Errors and helpers
// ---------------------------------------------------------------------------------------------

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

function defaultMessage(status: number): string {
  const messages: Record<number, string> = {
    400: 'Problems parsing JSON',
    401: 'Bad credentials',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    422: 'Validation Failed',
    500: 'Internal Server Error',
    502: 'Server Error',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return messages[status] ?? `HTTP ${status}`;
}

const DOCS = 'https://docs.github.com/rest';

function errorBody(
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { message, ...extra, documentation_url: DOCS, status: String(status) };
}

const NOT_ACCESSIBLE = 'Resource not accessible by integration';

function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i += 1) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      out += '.*';
      i += 1;
    } else if (ch === '*') out += '[^/]*';
    else out += ch.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

export function compileMatcher(matcher: RouteMatcher): (entry: { method: string; path: string }) => boolean {
  if (typeof matcher === 'function') return matcher;
  const re = typeof matcher === 'string' ? globToRegExp(matcher) : matcher;
  return (entry) => re.test(`${entry.method} ${entry.path}`);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

/** Counts lines added/removed as multisets: cheap (linear) and right for lockfile-sized inputs. */
function countLineChanges(
  before: Buffer | undefined,
  after: Buffer | undefined,
): { additions: number; deletions: number } {
  const lines = (b: Buffer | undefined) =>
    b === undefined || b.length === 0 ? [] : b.toString('utf8').split('\n');
  const pool = new Map<string, number>();
  for (const line of lines(before)) pool.set(line, (pool.get(line) ?? 0) + 1);
  let additions = 0;
  for (const line of lines(after)) {
    const left = pool.get(line) ?? 0;
    if (left > 0) pool.set(line, left - 1);
    else additions += 1;
  }
  let deletions = 0;
  for (const left of pool.values()) deletions += left;
  return { additions, deletions };
}

/** Reads every file under `dir` into a commit seed's `files`, with `/` separators. */
export async function readFolderFiles(dir: string): Promise<Record<string, Buffer>> {
  const out: Record<string, Buffer> = {};
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    out[relative(dir, full).split(sep).join('/')] = await readFile(full);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Repository state
// ---------------------------------------------------------------------------------------------

interface Ids {
  next(kind: 'comment' | 'check' | 'event' | 'label' | 'run' | 'repo' | 'pull' | 'issue' | 'user'): number;
}

export class FakeRepo {
  readonly git = new GitStore();
  readonly refs = new Map<string, string>();
  readonly protection = new Map<string, BranchProtectionRule>();
  readonly pulls = new Map<number, StoredPull>();
  readonly issues = new Map<number, StoredIssue>();
  readonly comments = new Map<number, StoredComment>();
  readonly events: StoredIssueEvent[] = [];
  readonly checkRuns = new Map<number, StoredCheckRun>();
  readonly workflowRuns = new Map<number, StoredWorkflowRun>();
  readonly collaborators = new Map<string, Role>();
  readonly labelIds = new Map<string, number>();
  readonly id: number;
  private nextNumber = 1;

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly defaultBranch: string,
    readonly isPrivate: boolean,
    private readonly ids: Ids,
    private readonly now: () => string,
  ) {
    this.id = ids.next('repo');
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`;
  }

  // ---- seeding ------------------------------------------------------------------------------

  /** Stores a commit with exactly `files` as its tree; returns its SHA. */
  commit(seed: CommitSeed): string {
    const flat: FlatTree = new Map();
    for (const [path, content] of Object.entries(seed.files)) {
      flat.set(path, { mode: '100644', type: 'blob', sha: this.git.putBlob(content) });
    }
    const tree = this.git.putFlatTree(flat);
    const date = this.now();
    const who = { name: 'Seed Author', email: 'seed@example.com', date };
    const stored = this.git.putCommit({
      tree,
      parents: seed.parents ?? [],
      message: seed.message ?? 'seed commit',
      author: who,
      committer: who,
      ...(seed.sha ? { sha: seed.sha } : {}),
    });
    if (seed.branch) this.refs.set(`heads/${seed.branch}`, stored.sha);
    return stored.sha;
  }

  setBranch(branch: string, sha: string): void {
    this.refs.set(`heads/${branch}`, sha);
  }

  protect(branch: string, rule: BranchProtectionRule = { requirePullRequest: true }): void {
    this.protection.set(branch, rule);
  }

  addCollaborator(login: string, role: Role): void {
    this.collaborators.set(login, role);
  }

  private takeNumber(requested?: number): number {
    const number = requested ?? this.nextNumber;
    if (this.issues.has(number))
      throw new Error(`fake github: #${number} already exists in ${this.fullName}`);
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    return number;
  }

  addPull(seed: PullSeed): StoredPull {
    const number = this.takeNumber(seed.number);
    const at = this.now();
    const pull: StoredPull = {
      number,
      title: seed.title ?? `Pull request #${number}`,
      body: seed.body ?? null,
      state: seed.state ?? (seed.merged ? 'closed' : 'open'),
      draft: seed.draft ?? false,
      user: seed.user ?? 'dependabot[bot]',
      head: {
        ref: seed.headRef ?? `feature-${number}`,
        sha: seed.headSha,
        repo: seed.headRepo ?? this.fullName,
      },
      base: { ref: seed.baseRef ?? this.defaultBranch, sha: seed.baseSha },
      merged: seed.merged ?? false,
      mergedAt: seed.merged ? at : null,
      mergeCommitSha: seed.mergeCommitSha ?? null,
      mergedBy: seed.merged ? 'repo-admin' : null,
      createdAt: at,
      updatedAt: at,
      closedAt: seed.merged || seed.state === 'closed' ? at : null,
      ...(seed.files ? { files: seed.files } : {}),
    };
    this.pulls.set(number, pull);
    this.issues.set(number, {
      number,
      title: pull.title,
      body: pull.body,
      state: pull.state,
      stateReason: null,
      user: pull.user,
      labels: [...(seed.labels ?? [])],
      createdAt: at,
      updatedAt: at,
      closedAt: pull.closedAt,
      isPull: true,
    });
    for (const label of seed.labels ?? []) this.labelId(label);
    return pull;
  }

  addIssue(seed: {
    number?: number;
    title: string;
    body?: string;
    user?: string;
    labels?: string[];
    state?: 'open' | 'closed';
  }): StoredIssue {
    const number = this.takeNumber(seed.number);
    const at = this.now();
    const issue: StoredIssue = {
      number,
      title: seed.title,
      body: seed.body ?? null,
      state: seed.state ?? 'open',
      stateReason: null,
      user: seed.user ?? 'github-actions[bot]',
      labels: [...(seed.labels ?? [])],
      createdAt: at,
      updatedAt: at,
      closedAt: seed.state === 'closed' ? at : null,
      isPull: false,
    };
    this.issues.set(number, issue);
    for (const label of issue.labels) this.labelId(label);
    return issue;
  }

  addComment(issueNumber: number, body: string, user: string): StoredComment {
    this.requireIssue(issueNumber);
    const at = this.now();
    const comment: StoredComment = {
      id: this.ids.next('comment'),
      issueNumber,
      body,
      user,
      createdAt: at,
      updatedAt: at,
    };
    this.comments.set(comment.id, comment);
    return comment;
  }

  /** A person edits a comment in the UI; returns what `changes.body.from` of the webhook holds. */
  editComment(id: number, body: string): { from: string; comment: StoredComment } {
    const comment = this.comments.get(id);
    if (!comment) throw new Error(`fake github: no comment ${id} in ${this.fullName}`);
    const from = comment.body;
    comment.body = body;
    comment.updatedAt = this.now();
    return { from, comment };
  }

  /** Applies a label as `actor` (recorded as a labeled event, like the UI does). */
  addLabel(issueNumber: number, name: string, actor: string): void {
    const issue = this.requireIssue(issueNumber);
    this.labelId(name);
    if (issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) return;
    issue.labels.push(name);
    this.events.push({
      id: this.ids.next('event'),
      issueNumber,
      event: 'labeled',
      actor,
      label: name,
      createdAt: this.now(),
    });
  }

  removeLabel(issueNumber: number, name: string, actor: string): boolean {
    const issue = this.requireIssue(issueNumber);
    const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
    if (index === -1) return false;
    const [removed] = issue.labels.splice(index, 1);
    this.events.push({
      id: this.ids.next('event'),
      issueNumber,
      event: 'unlabeled',
      actor,
      label: removed as string,
      createdAt: this.now(),
    });
    return true;
  }

  addCheckRun(seed: CheckRunSeed): StoredCheckRun {
    const at = this.now();
    const status = seed.status ?? (seed.conclusion ? 'completed' : 'queued');
    const run: StoredCheckRun = {
      id: this.ids.next('check'),
      name: seed.name,
      headSha: seed.headSha,
      status,
      conclusion: seed.conclusion ?? null,
      startedAt: at,
      completedAt: status === 'completed' ? at : null,
      detailsUrl: null,
      externalId: null,
      output: {
        title: seed.output?.title ?? null,
        summary: seed.output?.summary ?? null,
        text: seed.output?.text ?? null,
      },
      annotations: [],
      app: seed.app ?? GITHUB_ACTIONS_APP,
      ...(seed.checkSuiteId !== undefined ? { checkSuiteId: seed.checkSuiteId } : {}),
    };
    this.checkRuns.set(run.id, run);
    return run;
  }

  addWorkflowRun(seed: WorkflowRunSeed): StoredWorkflowRun {
    const at = this.now();
    const id = seed.id ?? this.ids.next('run');
    const run: StoredWorkflowRun = {
      id,
      name: seed.name ?? 'CI',
      headSha: seed.headSha,
      headBranch: seed.headBranch ?? 'main',
      event: seed.event ?? 'pull_request',
      status: seed.status ?? 'completed',
      conclusion: seed.conclusion === undefined ? 'success' : seed.conclusion,
      repo: seed.repo ?? this.fullName,
      path: seed.path ?? '.github/workflows/ci.yml',
      runNumber: id % 1000,
      runAttempt: 1,
      pullRequests: seed.pullRequests ?? [],
      createdAt: at,
      updatedAt: at,
      checkSuiteId: seed.checkSuiteId ?? 8_000_000 + id,
      artifacts: (seed.artifacts ?? []).map((a) => ({
        id: this.ids.next('run'),
        name: a.name,
        zip: a.zip,
        expired: a.expired ?? false,
      })),
    };
    this.workflowRuns.set(id, run);
    return run;
  }

  findArtifact(id: number): StoredArtifact | undefined {
    for (const run of this.workflowRuns.values()) {
      const found = run.artifacts.find((a) => a.id === id);
      if (found) return found;
    }
    return undefined;
  }

  // ---- reading state (for assertions) -------------------------------------------------------

  /** The file's text at a branch name or commit SHA, or undefined. */
  readFile(ref: string, path: string): string | undefined {
    const sha = this.resolveCommit(ref);
    if (!sha) return undefined;
    const found = this.git.lookup(sha, path);
    if (found?.kind !== 'blob') return undefined;
    return this.git.blobs.get(found.entry.sha)?.toString('utf8');
  }

  /** Every file at a branch name or commit SHA, path -> text. */
  files(ref: string): Record<string, string> {
    const sha = this.resolveCommit(ref);
    if (!sha) throw new Error(`fake github: no commit or branch ${ref} in ${this.fullName}`);
    const commit = this.git.commits.get(sha) as CommitObject;
    const out: Record<string, string> = {};
    for (const [path, entry] of this.git.flatten(commit.tree))
      out[path] = this.git.blobs.get(entry.sha)?.toString('utf8') ?? '';
    return out;
  }

  branchSha(branch: string): string | undefined {
    return this.refs.get(`heads/${branch}`);
  }

  getCommit(sha: string): CommitObject | undefined {
    return this.git.commits.get(sha);
  }

  commentsOn(issueNumber: number): StoredComment[] {
    return [...this.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  labelsOn(issueNumber: number): string[] {
    return [...this.requireIssue(issueNumber).labels];
  }

  eventsOn(issueNumber: number): StoredIssueEvent[] {
    return this.events.filter((e) => e.issueNumber === issueNumber);
  }

  checkRunsFor(headSha: string, name?: string): StoredCheckRun[] {
    return [...this.checkRuns.values()].filter(
      (r) => r.headSha === headSha && (name === undefined || r.name === name),
    );
  }

  // ---- internals shared with the handlers ---------------------------------------------------

  requireIssue(number: number): StoredIssue {
    const issue = this.issues.get(number);
    if (!issue) throw new ApiError(404, 'Not Found');
    return issue;
  }

  labelId(name: string): number {
    const key = name.toLowerCase();
    let id = this.labelIds.get(key);
    if (id === undefined) {
      id = this.ids.next('label');
      this.labelIds.set(key, id);
    }
    return id;
  }

  /** A branch name, `heads/x`, `refs/heads/x` or a full/abbreviated commit SHA -> commit SHA. */
  resolveCommit(ref: string): string | undefined {
    const stripped = ref.replace(/^refs\//, '');
    const byRef =
      this.refs.get(stripped) ?? this.refs.get(`heads/${stripped}`) ?? this.refs.get(`tags/${stripped}`);
    if (byRef) return byRef;
    if (this.git.commits.has(ref)) return ref;
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      const matches = [...this.git.commits.keys()].filter((sha) => sha.startsWith(ref));
      if (matches.length === 1) return matches[0];
    }
    return undefined;
  }

  /** The PR's files: explicit, else diffed from its base and head trees (exact renames detected). */
  pullFiles(pull: StoredPull): PullFile[] {
    if (pull.files) return pull.files;
    const tree = (sha: string): FlatTree => {
      const commit = this.git.commits.get(sha);
      if (!commit) throw new ApiError(422, `No commit found for SHA: ${sha}`);
      return this.git.flatten(commit.tree);
    };
    const base = tree(pull.base.sha);
    const head = tree(pull.head.sha);
    const files: PullFile[] = [];
    const removed = new Map<string, { path: string; entry: TreeEntry }>();
    for (const [path, entry] of base) if (!head.has(path)) removed.set(entry.sha, { path, entry });
    for (const path of [...new Set([...base.keys(), ...head.keys()])].sort()) {
      const before = base.get(path);
      const after = head.get(path);
      if (before && after && before.sha === after.sha) continue;
      if (before && !after) continue; // handled below unless it became a rename
      const lines = countLineChanges(
        before && this.git.blobs.get(before.sha),
        after && this.git.blobs.get(after.sha),
      );
      if (!before && after) {
        const renamedFrom = removed.get(after.sha);
        if (renamedFrom) {
          removed.delete(after.sha);
          files.push({
            filename: path,
            status: 'renamed',
            previous_filename: renamedFrom.path,
            sha: after.sha,
            additions: 0,
            deletions: 0,
          });
          continue;
        }
        files.push({ filename: path, status: 'added', sha: after.sha, ...lines });
        continue;
      }
      files.push({ filename: path, status: 'modified', sha: (after as TreeEntry).sha, ...lines });
    }
    for (const { path, entry } of removed.values()) {
      files.push({
        filename: path,
        status: 'removed',
        sha: entry.sha,
        ...countLineChanges(this.git.blobs.get(entry.sha), undefined),
      });
    }
    return files.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  }
}

// ---------------------------------------------------------------------------------------------
// The server
// ---------------------------------------------------------------------------------------------

interface Ctx {
  method: string;
  url: URL;
  params: Record<string, string>;
  headers: IncomingMessage['headers'];
  identity: TokenIdentity;
  body: Record<string, unknown>;
  repo: FakeRepo;
}

interface Result {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: Buffer;
}

type Handler = (ctx: Ctx) => Result | Promise<Result>;

interface Route {
  method: string;
  re: RegExp;
  names: string[];
  write: boolean;
  repoScoped: boolean;
  handler: Handler;
}

const MAX_BODY_BYTES = 110 * 1024 * 1024;
const MAX_PER_PAGE = 100;

export class FakeGitHub {
  readonly tokens: Map<string, TokenIdentity>;
  private readonly repos = new Map<string, FakeRepo>();
  private readonly teams = new Map<
    string,
    Map<string, { role: 'member' | 'maintainer'; state: 'active' | 'pending' }>
  >();
  private readonly userIds = new Map<string, number>();
  private readonly scripts: {
    match: (e: { method: string; path: string }) => boolean;
    label: string;
    queue: ScriptedResponse[];
  }[] = [];
  private readonly log: RequestLogEntry[] = [];
  /** Artifact zips behind the signed URLs the zip route redirects to. */
  private readonly blobs = new Map<string, Uint8Array>();
  private readonly routes: Route[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly counters = new Map<string, number>();
  private clock: number;
  url = '';
  /**
   * Entries one Git trees API listing holds before GitHub sets `truncated` (GitHub: 100,000 entries or
   * 7 MB); tests lower it to exercise the truncated path without building 100,000 files.
   */
  treeEntryLimit = 100_000;

  constructor(
    private readonly server: Server,
    options: FakeGitHubOptions,
  ) {
    this.tokens = new Map(Object.entries(options.tokens ?? DEFAULT_TOKENS));
    this.clock = Date.parse(options.startTime ?? '2024-05-01T12:00:00Z');
    this.registerRoutes();
  }

  // ---- public API ---------------------------------------------------------------------------

  /** Deterministic clock: each call returns the next second. */
  now = (): string => {
    const iso = new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
    this.clock += 1000;
    return iso;
  };

  setTime(iso: string): void {
    this.clock = Date.parse(iso);
  }

  addToken(token: string, identity: TokenIdentity): void {
    this.tokens.set(token, identity);
  }

  addRepo(fullName: string, options: { defaultBranch?: string; private?: boolean } = {}): FakeRepo {
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`fake github: repository "${fullName}" is not owner/name`);
    const repo = new FakeRepo(
      owner,
      name,
      options.defaultBranch ?? 'main',
      options.private ?? false,
      { next: (k) => this.nextId(k) },
      this.now,
    );
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(fullName: string): FakeRepo {
    const repo = this.repos.get(fullName.toLowerCase());
    if (!repo) throw new Error(`fake github: no repository ${fullName}; call addRepo first`);
    return repo;
  }

  addTeamMember(
    org: string,
    team: string,
    login: string,
    role: 'member' | 'maintainer' = 'member',
    state: 'active' | 'pending' = 'active',
  ): void {
    const key = `${org}/${team}`.toLowerCase();
    let members = this.teams.get(key);
    if (!members) {
      members = new Map();
      this.teams.set(key, members);
    }
    members.set(login.toLowerCase(), { role, state });
  }

  /** Queues responses for the next requests matching `matcher`, consumed in order. */
  script(matcher: RouteMatcher, ...responses: ScriptedResponse[]): void {
    this.scripts.push({ match: compileMatcher(matcher), label: String(matcher), queue: [...responses] });
  }

  /** Scripted responses not consumed yet, as "matcher (n left)"; a test asserts it is empty. */
  pendingScripts(): string[] {
    return this.scripts.filter((s) => s.queue.length > 0).map((s) => `${s.label} (${s.queue.length} left)`);
  }

  get requests(): readonly RequestLogEntry[] {
    return [...this.log];
  }

  countRequests(matcher?: RouteMatcher): number {
    if (matcher === undefined) return this.log.length;
    const match = compileMatcher(matcher);
    return this.log.filter((e) => match(e)).length;
  }

  clearRequests(): void {
    this.log.length = 0;
  }

  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- identity and JSON shapes -------------------------------------------------------------

  private nextId(kind: string): number {
    const bases: Record<string, number> = {
      comment: 1_000_001,
      check: 2_000_001,
      event: 3_000_001,
      label: 4_000_001,
      run: 5_000_001,
      repo: 6_000_001,
      user: 7_000_001,
    };
    const current = this.counters.get(kind) ?? bases[kind] ?? 9_000_001;
    this.counters.set(kind, current + 1);
    return current;
  }

  private userJson(login: string): Record<string, unknown> {
    const known: Record<string, number> = {
      'github-actions[bot]': 41898282,
      'dependabot[bot]': 49699333,
      'renovate[bot]': 29139614,
    };
    let id = known[login] ?? this.userIds.get(login);
    if (id === undefined) {
      id = this.nextId('user');
      this.userIds.set(login, id);
    }
    const type = login.endsWith('[bot]')
      ? 'Bot'
      : ([...this.tokens.values()].find((t) => t.login === login)?.type ?? 'User');
    return {
      login,
      id,
      node_id: nodeId('User', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      url: `${this.url}/users/${encodeURIComponent(login)}`,
      html_url: login.endsWith('[bot]')
        ? `https://github.com/apps/${login.slice(0, -5)}`
        : `https://github.com/${login}`,
      type,
      site_admin: false,
    };
  }

  private repoJson(repo: FakeRepo): Record<string, unknown> {
    return {
      id: repo.id,
      node_id: nodeId('Repository', repo.id),
      name: repo.name,
      full_name: repo.fullName,
      private: repo.isPrivate,
      visibility: repo.isPrivate ? 'private' : 'public',
      owner: this.userJson(repo.owner),
      html_url: `https://github.com/${repo.fullName}`,
      url: `${this.url}/repos/${repo.fullName}`,
      default_branch: repo.defaultBranch,
      fork: false,
    };
  }

  private apiRepo(repo: FakeRepo): string {
    return `${this.url}/repos/${repo.fullName}`;
  }

  private labelJson(repo: FakeRepo, name: string): Record<string, unknown> {
    const id = repo.labelId(name);
    return {
      id,
      node_id: nodeId('Label', id),
      url: `${this.apiRepo(repo)}/labels/${encodeURIComponent(name)}`,
      name,
      color: 'ededed',
      default: false,
      description: null,
    };
  }

  private issueJson(repo: FakeRepo, issue: StoredIssue): Record<string, unknown> {
    const api = `${this.apiRepo(repo)}/issues/${issue.number}`;
    const pull = repo.pulls.get(issue.number);
    return {
      url: api,
      repository_url: this.apiRepo(repo),
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `https://github.com/${repo.fullName}/${issue.isPull ? 'pull' : 'issues'}/${issue.number}`,
      id: 100_000 + issue.number,
      node_id: nodeId('Issue', issue.number),
      number: issue.number,
      title: issue.title,
      user: this.userJson(issue.user),
      labels: issue.labels.map((l) => this.labelJson(repo, l)),
      state: issue.state,
      state_reason: issue.stateReason,
      locked: false,
      assignee: null,
      assignees: [],
      comments: repo.commentsOn(issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: 'NONE',
      body: issue.body,
      ...(issue.isPull
        ? {
            pull_request: {
              url: `${this.apiRepo(repo)}/pulls/${issue.number}`,
              html_url: `https://github.com/${repo.fullName}/pull/${issue.number}`,
              diff_url: `https://github.com/${repo.fullName}/pull/${issue.number}.diff`,
              patch_url: `https://github.com/${repo.fullName}/pull/${issue.number}.patch`,
              merged_at: pull?.mergedAt ?? null,
            },
          }
        : {}),
    };
  }

  private pullJson(repo: FakeRepo, pull: StoredPull): Record<string, unknown> {
    const issue = repo.issues.get(pull.number);
    const headRepo = this.repos.get(pull.head.repo.toLowerCase());
    const headOwner = pull.head.repo.split('/')[0] as string;
    const files = (() => {
      try {
        return repo.pullFiles(pull);
      } catch {
        return [];
      }
    })();
    return {
      url: `${this.apiRepo(repo)}/pulls/${pull.number}`,
      id: 200_000 + pull.number,
      node_id: nodeId('PullRequest', pull.number),
      html_url: `https://github.com/${repo.fullName}/pull/${pull.number}`,
      diff_url: `https://github.com/${repo.fullName}/pull/${pull.number}.diff`,
      patch_url: `https://github.com/${repo.fullName}/pull/${pull.number}.patch`,
      issue_url: `${this.apiRepo(repo)}/issues/${pull.number}`,
      number: pull.number,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: this.userJson(pull.user),
      body: pull.body,
      labels: (issue?.labels ?? []).map((l) => this.labelJson(repo, l)),
      created_at: pull.createdAt,
      updated_at: pull.updatedAt,
      closed_at: pull.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      draft: pull.draft,
      head: {
        label: `${headOwner}:${pull.head.ref}`,
        ref: pull.head.ref,
        sha: pull.head.sha,
        user: this.userJson(headOwner),
        repo: headRepo
          ? this.repoJson(headRepo)
          : { full_name: pull.head.repo, name: pull.head.repo.split('/')[1], fork: true },
      },
      base: {
        label: `${repo.owner}:${pull.base.ref}`,
        ref: pull.base.ref,
        sha: pull.base.sha,
        user: this.userJson(repo.owner),
        repo: this.repoJson(repo),
      },
      author_association: 'CONTRIBUTOR',
      merged: pull.merged,
      mergeable: null,
      merged_by: pull.mergedBy ? this.userJson(pull.mergedBy) : null,
      comments: repo.commentsOn(pull.number).length,
      commits: 1,
      additions: files.reduce((n, f) => n + (f.additions ?? 0), 0),
      deletions: files.reduce((n, f) => n + (f.deletions ?? 0), 0),
      changed_files: files.length,
    };
  }

  private commentJson(repo: FakeRepo, comment: StoredComment): Record<string, unknown> {
    const issue = repo.issues.get(comment.issueNumber);
    return {
      id: comment.id,
      node_id: nodeId('IssueComment', comment.id),
      url: `${this.apiRepo(repo)}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${repo.fullName}/${issue?.isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.apiRepo(repo)}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: repo.collaborators.has(comment.user) ? 'COLLABORATOR' : 'NONE',
      performed_via_github_app: null,
    };
  }

  private checkRunJson(repo: FakeRepo, run: StoredCheckRun): Record<string, unknown> {
    return {
      id: run.id,
      node_id: nodeId('CheckRun', run.id),
      head_sha: run.headSha,
      external_id: run.externalId,
      url: `${this.apiRepo(repo)}/check-runs/${run.id}`,
      html_url: `https://github.com/${repo.fullName}/runs/${run.id}`,
      details_url: run.detailsUrl,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        ...run.output,
        annotations_count: run.annotations.length,
        annotations_url: `${this.apiRepo(repo)}/check-runs/${run.id}/annotations`,
      },
      name: run.name,
      check_suite: { id: run.checkSuiteId ?? 9_000_000 + run.id },
      app: { ...run.app, node_id: nodeId('App', run.app.id), owner: this.userJson('github') },
      pull_requests: [],
    };
  }

  private artifactJson(repo: FakeRepo, run: StoredWorkflowRun, a: StoredArtifact): Record<string, unknown> {
    return {
      id: a.id,
      node_id: nodeId('Artifact', a.id),
      name: a.name,
      size_in_bytes: a.zip.byteLength,
      url: `${this.apiRepo(repo)}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.apiRepo(repo)}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: run.createdAt,
      expires_at: run.updatedAt,
      updated_at: run.updatedAt,
      workflow_run: { id: run.id, head_sha: run.headSha },
    };
  }

  private workflowRunJson(run: StoredWorkflowRun): Record<string, unknown> {
    const repo = this.repos.get(run.repo.toLowerCase());
    const repoJson = repo ? this.repoJson(repo) : { full_name: run.repo };
    return {
      id: run.id,
      name: run.name,
      node_id: nodeId('WorkflowRun', run.id),
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: run.path,
      run_number: run.runNumber,
      run_attempt: run.runAttempt,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 161335,
      url: `${this.url}/repos/${run.repo}/actions/runs/${run.id}`,
      html_url: `https://github.com/${run.repo}/actions/runs/${run.id}`,
      pull_requests: run.pullRequests.map((n) => ({
        number: n,
        url: `${this.url}/repos/${run.repo}/pulls/${n}`,
      })),
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      check_suite_id: run.checkSuiteId,
      repository: repoJson,
      head_repository: repoJson,
    };
  }

  private refJson(repo: FakeRepo, name: string, sha: string): Record<string, unknown> {
    return {
      ref: `refs/${name}`,
      node_id: nodeId('Ref', `${repo.fullName}:${name}`),
      url: `${this.apiRepo(repo)}/git/refs/${name}`,
      object: { sha, type: 'commit', url: `${this.apiRepo(repo)}/git/commits/${sha}` },
    };
  }

  private commitJson(repo: FakeRepo, commit: CommitObject): Record<string, unknown> {
    return {
      sha: commit.sha,
      node_id: nodeId('Commit', commit.sha),
      url: `${this.apiRepo(repo)}/git/commits/${commit.sha}`,
      html_url: `https://github.com/${repo.fullName}/commit/${commit.sha}`,
      author: commit.author,
      committer: commit.committer,
      message: commit.message,
      tree: { sha: commit.tree, url: `${this.apiRepo(repo)}/git/trees/${commit.tree}` },
      parents: commit.parents.map((p) => ({
        sha: p,
        url: `${this.apiRepo(repo)}/git/commits/${p}`,
        html_url: `https://github.com/${repo.fullName}/commit/${p}`,
      })),
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
    };
  }

  // ---- pagination ---------------------------------------------------------------------------

  private paginate<T>(
    ctx: Ctx,
    items: T[],
    defaultPerPage = 30,
  ): { page: T[]; headers: Record<string, string> } {
    const perPage = Math.min(
      MAX_PER_PAGE,
      Math.max(1, Number(ctx.url.searchParams.get('per_page') ?? defaultPerPage) || defaultPerPage),
    );
    const pageNo = Math.max(1, Number(ctx.url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const page = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const link = (n: number, rel: string) => {
      const u = new URL(ctx.url.toString());
      u.searchParams.set('page', String(n));
      u.searchParams.set('per_page', String(perPage));
      return `<${this.url}${u.pathname}${u.search}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (pageNo > 1) links.push(link(pageNo - 1, 'prev'));
    if (pageNo < last) links.push(link(pageNo + 1, 'next'), link(last, 'last'));
    if (pageNo > 1) links.push(link(1, 'first'));
    return { page, headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  // ---- routes -------------------------------------------------------------------------------

  private route(method: string, pattern: string, handler: Handler, opts: { write?: boolean } = {}): void {
    const names: string[] = [];
    const source = pattern.replace(/\{(\w+)(\*?)\}/g, (_m, name: string, rest: string) => {
      names.push(name);
      return rest ? '(.+)' : '([^/]+)';
    });
    this.routes.push({
      method,
      re: new RegExp(`^${source}$`),
      names,
      write: opts.write ?? false,
      repoScoped: pattern.startsWith('/repos/{owner}/{repo}'),
      handler,
    });
  }

  private requireWrite(ctx: Ctx): void {
    if (ctx.identity.permissions === 'read') throw new ApiError(403, NOT_ACCESSIBLE);
  }

  private requireCommit(repo: FakeRepo, sha: string): CommitObject {
    const commit = repo.git.commits.get(sha);
    if (!commit) throw new ApiError(422, `No commit found for SHA: ${sha}`);
    return commit;
  }

  private registerRoutes(): void {
    const r = (method: string, pattern: string, handler: Handler, write = false) =>
      this.route(method, pattern, handler, { write });

    // -- identity
    this.route('GET', '/user', (ctx) => {
      if (ctx.identity.type === 'Bot') throw new ApiError(403, NOT_ACCESSIBLE);
      return { body: this.userJson(ctx.identity.login) };
    });
    this.route('GET', '/users/{username}', (ctx) => ({ body: this.userJson(ctx.params.username as string) }));
    this.route('GET', '/orgs/{org}/teams/{team}/memberships/{username}', (ctx) => {
      const canRead = ctx.identity.canReadOrgMembers ?? ctx.identity.type === 'User';
      if (!canRead) throw new ApiError(403, NOT_ACCESSIBLE);
      const member = this.teams
        .get(`${ctx.params.org}/${ctx.params.team}`.toLowerCase())
        ?.get((ctx.params.username as string).toLowerCase());
      if (!member) throw new ApiError(404, 'Not Found');
      return {
        body: {
          url: `${this.url}/orgs/${ctx.params.org}/teams/${ctx.params.team}/memberships/${ctx.params.username}`,
          role: member.role,
          state: member.state,
        },
      };
    });

    // -- repository, contents, trees, branches
    r('GET', '/repos/{owner}/{repo}', (ctx) => ({ body: this.repoJson(ctx.repo) }));
    r('GET', '/repos/{owner}/{repo}/contents/{path*}', (ctx) => this.getContents(ctx));
    r('GET', '/repos/{owner}/{repo}/contents', (ctx) =>
      this.getContents({ ...ctx, params: { ...ctx.params, path: '' } }),
    );
    r('GET', '/repos/{owner}/{repo}/git/trees/{sha}', (ctx) => {
      const { repo } = ctx;
      const key = ctx.params.sha as string;
      const treeSha = repo.git.trees.has(key)
        ? key
        : repo.git.commits.get(repo.resolveCommit(key) ?? '')?.tree;
      if (!treeSha) throw new ApiError(404, 'Not Found');
      const recursive = ctx.url.searchParams.has('recursive');
      const entries: Record<string, unknown>[] = [];
      const walk = (sha: string, prefix: string) => {
        for (const [name, entry] of repo.git.trees.get(sha) ?? []) {
          const path = prefix ? `${prefix}/${name}` : name;
          entries.push({
            path,
            mode: entry.mode,
            type: entry.type,
            sha: entry.sha,
            ...(entry.type === 'blob' ? { size: repo.git.blobs.get(entry.sha)?.length ?? 0 } : {}),
            url: `${this.apiRepo(repo)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
          });
          if (recursive && entry.type === 'tree') walk(entry.sha, path);
        }
      };
      walk(treeSha, '');
      return {
        body: {
          sha: treeSha,
          url: `${this.apiRepo(repo)}/git/trees/${treeSha}`,
          tree: entries.slice(0, this.treeEntryLimit),
          truncated: entries.length > this.treeEntryLimit,
        },
      };
    });
    // Only what soup-gate reads from a comparison: the merge base (GitHub also sends commits and up
    // to 300 files; nothing here reads them, so the fake leaves them empty rather than half-right).
    r('GET', '/repos/{owner}/{repo}/compare/{basehead}', (ctx) => {
      const { repo } = ctx;
      const [baseRef, headRef] = (ctx.params.basehead as string).split('...');
      const base = repo.resolveCommit(baseRef ?? '');
      const head = repo.resolveCommit(headRef ?? '');
      if (!base || !head) throw new ApiError(404, 'Not Found');
      const mergeBase = repo.git.mergeBase(base, head);
      if (!mergeBase) throw new ApiError(404, `No common ancestor between ${baseRef} and ${headRef}.`);
      return {
        body: {
          status: mergeBase === head ? 'behind' : mergeBase === base ? 'ahead' : 'diverged',
          merge_base_commit: { sha: mergeBase },
          base_commit: { sha: base },
          commits: [],
          files: [],
        },
      };
    });
    r('GET', '/repos/{owner}/{repo}/git/blobs/{sha}', (ctx) => {
      const blob = ctx.repo.git.blobs.get(ctx.params.sha as string);
      if (!blob) throw new ApiError(404, 'Not Found');
      return {
        body: {
          sha: ctx.params.sha,
          node_id: nodeId('Blob', ctx.params.sha as string),
          size: blob.length,
          url: `${this.apiRepo(ctx.repo)}/git/blobs/${ctx.params.sha}`,
          content: blob.toString('base64'),
          encoding: 'base64',
        },
      };
    });
    r('GET', '/repos/{owner}/{repo}/branches/{branch*}', (ctx) => {
      const branch = ctx.params.branch as string;
      if (branch.endsWith('/protection'))
        return this.getProtection(ctx, branch.slice(0, -'/protection'.length));
      const sha = ctx.repo.branchSha(branch);
      if (!sha) throw new ApiError(404, 'Branch not found');
      return {
        body: {
          name: branch,
          commit: { sha, url: `${this.apiRepo(ctx.repo)}/commits/${sha}` },
          protected: ctx.repo.protection.has(branch),
        },
      };
    });
    r('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission', (ctx) => {
      const login = ctx.params.username as string;
      const role = [...ctx.repo.collaborators].find(([l]) => l.toLowerCase() === login.toLowerCase())?.[1];
      const permission =
        role === undefined
          ? 'none'
          : role === 'admin'
            ? 'admin'
            : role === 'maintain' || role === 'write'
              ? 'write'
              : 'read';
      const roleName = role ?? '';
      const flags = {
        admin: role === 'admin',
        maintain: role === 'admin' || role === 'maintain',
        push: role === 'admin' || role === 'maintain' || role === 'write',
        triage: role !== undefined && role !== 'read',
        pull: role !== undefined,
      };
      return {
        body: {
          permission,
          role_name: roleName,
          user: { ...this.userJson(login), permissions: flags, role_name: roleName },
        },
      };
    });

    // -- git data
    const getRef = (ctx: Ctx): Result => {
      const name = (ctx.params.ref as string).replace(/^refs\//, '');
      const sha = ctx.repo.refs.get(name);
      if (sha) return { body: this.refJson(ctx.repo, name, sha) };
      throw new ApiError(404, 'Not Found');
    };
    r('GET', '/repos/{owner}/{repo}/git/ref/{ref*}', getRef);
    r('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref*}', (ctx) => {
      const prefix = (ctx.params.ref as string).replace(/^refs\//, '');
      const found = [...ctx.repo.refs]
        .filter(([name]) => name.startsWith(prefix))
        .sort(([a], [b]) => (a < b ? -1 : 1));
      return { body: found.map(([name, sha]) => this.refJson(ctx.repo, name, sha)) };
    });
    // The legacy form: an exact match is one object, otherwise the refs that start with it.
    r('GET', '/repos/{owner}/{repo}/git/refs/{ref*}', (ctx) => {
      const name = (ctx.params.ref as string).replace(/^refs\//, '');
      const sha = ctx.repo.refs.get(name);
      if (sha) return { body: this.refJson(ctx.repo, name, sha) };
      const found = [...ctx.repo.refs]
        .filter(([n]) => n.startsWith(`${name}`))
        .sort(([a], [b]) => (a < b ? -1 : 1));
      if (found.length === 0) throw new ApiError(404, 'Not Found');
      return { body: found.map(([n, s]) => this.refJson(ctx.repo, n, s)) };
    });
    r(
      'POST',
      '/repos/{owner}/{repo}/git/refs',
      (ctx) => {
        const ref = String(ctx.body.ref ?? '');
        const sha = String(ctx.body.sha ?? '');
        if (!ref.startsWith('refs/') || ref.split('/').length < 3)
          throw new ApiError(
            422,
            'ref must be formatted as refs/heads/<branch> and have at least two slashes',
          );
        const name = ref.slice('refs/'.length);
        if (ctx.repo.refs.has(name)) throw new ApiError(422, 'Reference already exists');
        this.requireCommitOr422(ctx.repo, sha, 'Object does not exist');
        ctx.repo.refs.set(name, sha);
        return {
          status: 201,
          body: this.refJson(ctx.repo, name, sha),
          headers: { location: `${this.apiRepo(ctx.repo)}/git/refs/${name}` },
        };
      },
      true,
    );
    r('PATCH', '/repos/{owner}/{repo}/git/refs/{ref*}', (ctx) => this.updateRef(ctx), true);
    r(
      'DELETE',
      '/repos/{owner}/{repo}/git/refs/{ref*}',
      (ctx) => {
        const name = (ctx.params.ref as string).replace(/^refs\//, '');
        if (!ctx.repo.refs.has(name)) throw new ApiError(422, 'Reference does not exist');
        const branch = name.startsWith('heads/') ? name.slice('heads/'.length) : undefined;
        if (branch && ctx.repo.protection.has(branch))
          throw new ApiError(422, 'Cannot delete this protected branch');
        ctx.repo.refs.delete(name);
        return { status: 204 };
      },
      true,
    );
    r('GET', '/repos/{owner}/{repo}/git/commits/{sha}', (ctx) => {
      const commit = ctx.repo.git.commits.get(ctx.params.sha as string);
      if (!commit) throw new ApiError(404, 'Not Found');
      return { body: this.commitJson(ctx.repo, commit) };
    });
    r(
      'POST',
      '/repos/{owner}/{repo}/git/blobs',
      (ctx) => {
        const content = ctx.body.content;
        if (typeof content !== 'string')
          throw new ApiError(422, 'Invalid request.\n\n"content" wasn\'t supplied.');
        const encoding = ctx.body.encoding ?? 'utf-8';
        if (encoding !== 'utf-8' && encoding !== 'base64')
          throw new ApiError(422, `encoding must be utf-8 or base64; got ${String(encoding)}`);
        const sha = ctx.repo.git.putBlob(
          encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8'),
        );
        return { status: 201, body: { sha, url: `${this.apiRepo(ctx.repo)}/git/blobs/${sha}` } };
      },
      true,
    );
    r('POST', '/repos/{owner}/{repo}/git/trees', (ctx) => this.createTree(ctx), true);
    r(
      'POST',
      '/repos/{owner}/{repo}/git/commits',
      (ctx) => {
        const { repo, body } = ctx;
        const tree = String(body.tree ?? '');
        if (!repo.git.trees.has(tree)) throw new ApiError(422, 'Tree SHA does not exist');
        const parents = Array.isArray(body.parents) ? body.parents.map(String) : [];
        for (const p of parents)
          if (!repo.git.commits.has(p))
            throw new ApiError(422, 'Parent SHA does not exist or is not a commit object');
        if (typeof body.message !== 'string')
          throw new ApiError(422, 'Invalid request.\n\n"message" wasn\'t supplied.');
        const date = this.now();
        const sig = (value: unknown) => {
          const v = (value ?? {}) as { name?: string; email?: string; date?: string };
          return {
            name: v.name ?? ctx.identity.login,
            email: v.email ?? `${ctx.identity.login}@users.noreply.github.com`,
            date: v.date ?? date,
          };
        };
        const author = sig(body.author);
        const commit = repo.git.putCommit({
          tree,
          parents,
          message: body.message,
          author,
          committer: body.committer ? sig(body.committer) : author,
        });
        return { status: 201, body: this.commitJson(repo, commit) };
      },
      true,
    );

    // -- pulls
    r('GET', '/repos/{owner}/{repo}/pulls', (ctx) => {
      const state = ctx.url.searchParams.get('state') ?? 'open';
      const head = ctx.url.searchParams.get('head');
      const base = ctx.url.searchParams.get('base');
      const pulls = [...ctx.repo.pulls.values()]
        .filter((p) => state === 'all' || p.state === state)
        .filter(
          (p) =>
            !head ||
            `${p.head.repo.split('/')[0]}:${p.head.ref}` === head ||
            (!head.includes(':') && p.head.ref === head),
        )
        .filter((p) => !base || p.base.ref === base)
        .sort((a, b) => b.number - a.number);
      const { page, headers } = this.paginate(ctx, pulls);
      return { body: page.map((p) => this.pullJson(ctx.repo, p)), headers };
    });
    r('GET', '/repos/{owner}/{repo}/pulls/{number}', (ctx) => ({
      body: this.pullJson(ctx.repo, this.requirePull(ctx)),
    }));
    r('GET', '/repos/{owner}/{repo}/pulls/{number}/files', (ctx) => {
      const files = ctx.repo.pullFiles(this.requirePull(ctx)).slice(0, 3000);
      const { page, headers } = this.paginate(ctx, files);
      return {
        headers,
        body: page.map((f) => ({
          sha: f.sha ?? null,
          filename: f.filename,
          status: f.status,
          additions: f.additions ?? 0,
          deletions: f.deletions ?? 0,
          changes: (f.additions ?? 0) + (f.deletions ?? 0),
          blob_url: `https://github.com/${ctx.repo.fullName}/blob/${f.sha ?? ''}/${f.filename}`,
          raw_url: `https://github.com/${ctx.repo.fullName}/raw/${f.sha ?? ''}/${f.filename}`,
          contents_url: `${this.apiRepo(ctx.repo)}/contents/${f.filename}?ref=${f.sha ?? ''}`,
          ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        })),
      };
    });
    r(
      'POST',
      '/repos/{owner}/{repo}/pulls',
      (ctx) => {
        const { repo, body } = ctx;
        const head = String(body.head ?? '');
        const base = String(body.base ?? '');
        const headRef = head.includes(':') ? (head.split(':')[1] as string) : head;
        const headSha = repo.branchSha(headRef);
        const baseSha = repo.branchSha(base);
        if (!headSha || !baseSha)
          throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: headSha ? 'base' : 'head', code: 'invalid' }],
          });
        if (
          [...repo.pulls.values()].some(
            (p) => p.state === 'open' && p.head.ref === headRef && p.base.ref === base,
          )
        ) {
          throw new ApiError(422, 'Validation Failed', {
            errors: [
              {
                resource: 'PullRequest',
                code: 'custom',
                message: `A pull request already exists for ${repo.owner}:${headRef}.`,
              },
            ],
          });
        }
        if (typeof body.title !== 'string' || body.title === '')
          throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'PullRequest', field: 'title', code: 'missing_field' }],
          });
        const pull = repo.addPull({
          title: body.title,
          body: typeof body.body === 'string' ? body.body : null,
          baseSha,
          headSha,
          baseRef: base,
          headRef,
          user: ctx.identity.login,
          draft: body.draft === true,
        });
        return {
          status: 201,
          body: this.pullJson(repo, pull),
          headers: { location: `${this.apiRepo(repo)}/pulls/${pull.number}` },
        };
      },
      true,
    );
    r(
      'PATCH',
      '/repos/{owner}/{repo}/pulls/{number}',
      (ctx) => {
        const pull = this.requirePull(ctx);
        const issue = ctx.repo.requireIssue(pull.number);
        const { body } = ctx;
        if (typeof body.title === 'string') pull.title = issue.title = body.title;
        if (typeof body.body === 'string') pull.body = issue.body = body.body;
        if (body.state === 'open' || body.state === 'closed') {
          pull.state = issue.state = body.state;
          pull.closedAt = issue.closedAt = body.state === 'closed' ? this.now() : null;
        }
        if (typeof body.base === 'string') {
          const sha = ctx.repo.branchSha(body.base);
          if (!sha)
            throw new ApiError(422, 'Validation Failed', {
              errors: [{ resource: 'PullRequest', field: 'base', code: 'invalid' }],
            });
          pull.base = { ref: body.base, sha };
        }
        pull.updatedAt = issue.updatedAt = this.now();
        return { body: this.pullJson(ctx.repo, pull) };
      },
      true,
    );

    // -- issues, comments, labels, events
    r('GET', '/repos/{owner}/{repo}/issues', (ctx) => {
      const q = ctx.url.searchParams;
      const state = q.get('state') ?? 'open';
      const labels = (q.get('labels') ?? '')
        .split(',')
        .map((l) => l.trim().toLowerCase())
        .filter((l) => l !== '');
      const creator = q.get('creator');
      const issues = [...ctx.repo.issues.values()]
        .filter((i) => state === 'all' || i.state === state)
        .filter((i) => labels.every((l) => i.labels.some((x) => x.toLowerCase() === l)))
        .filter((i) => !creator || i.user.toLowerCase() === creator.toLowerCase())
        .sort((a, b) => (q.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      const { page, headers } = this.paginate(ctx, issues);
      return { body: page.map((i) => this.issueJson(ctx.repo, i)), headers };
    });
    r('GET', '/repos/{owner}/{repo}/issues/{number}', (ctx) => ({
      body: this.issueJson(ctx.repo, ctx.repo.requireIssue(Number(ctx.params.number))),
    }));
    r(
      'POST',
      '/repos/{owner}/{repo}/issues',
      (ctx) => {
        const { body } = ctx;
        if (typeof body.title !== 'string' || body.title === '')
          throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
          });
        const issue = ctx.repo.addIssue({
          title: body.title,
          ...(typeof body.body === 'string' ? { body: body.body } : {}),
          user: ctx.identity.login,
        });
        for (const label of this.labelNames(body.labels))
          ctx.repo.addLabel(issue.number, label, ctx.identity.login);
        return {
          status: 201,
          body: this.issueJson(ctx.repo, issue),
          headers: { location: `${this.apiRepo(ctx.repo)}/issues/${issue.number}` },
        };
      },
      true,
    );
    r(
      'PATCH',
      '/repos/{owner}/{repo}/issues/{number}',
      (ctx) => {
        const issue = ctx.repo.requireIssue(Number(ctx.params.number));
        const pull = ctx.repo.pulls.get(issue.number);
        const { body } = ctx;
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (body.state === 'open' || body.state === 'closed') {
          issue.state = body.state;
          issue.closedAt = body.state === 'closed' ? this.now() : null;
          issue.stateReason =
            body.state === 'closed'
              ? typeof body.state_reason === 'string'
                ? body.state_reason
                : 'completed'
              : body.state_reason === 'reopened'
                ? 'reopened'
                : null;
          if (pull) {
            pull.state = issue.state;
            pull.closedAt = issue.closedAt;
          }
        }
        if (Array.isArray(body.labels)) {
          const wanted = this.labelNames(body.labels);
          for (const l of [...issue.labels])
            if (!wanted.some((w) => w.toLowerCase() === l.toLowerCase()))
              ctx.repo.removeLabel(issue.number, l, ctx.identity.login);
          for (const l of wanted) ctx.repo.addLabel(issue.number, l, ctx.identity.login);
        }
        issue.updatedAt = this.now();
        return { body: this.issueJson(ctx.repo, issue) };
      },
      true,
    );
    r('GET', '/repos/{owner}/{repo}/issues/{number}/comments', (ctx) => {
      ctx.repo.requireIssue(Number(ctx.params.number));
      const { page, headers } = this.paginate(ctx, ctx.repo.commentsOn(Number(ctx.params.number)));
      return { body: page.map((c) => this.commentJson(ctx.repo, c)), headers };
    });
    r(
      'POST',
      '/repos/{owner}/{repo}/issues/{number}/comments',
      (ctx) => {
        if (typeof ctx.body.body !== 'string' || ctx.body.body === '')
          throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }],
          });
        if (ctx.body.body.length > 65536)
          throw new ApiError(422, 'Validation Failed', {
            errors: [
              {
                resource: 'IssueComment',
                code: 'unprocessable',
                field: 'data',
                message: 'Body is too long (maximum is 65536 characters)',
              },
            ],
          });
        const comment = ctx.repo.addComment(Number(ctx.params.number), ctx.body.body, ctx.identity.login);
        return {
          status: 201,
          body: this.commentJson(ctx.repo, comment),
          headers: { location: `${this.apiRepo(ctx.repo)}/issues/comments/${comment.id}` },
        };
      },
      true,
    );
    r('GET', '/repos/{owner}/{repo}/issues/comments/{id}', (ctx) => {
      const comment = ctx.repo.comments.get(Number(ctx.params.id));
      if (!comment) throw new ApiError(404, 'Not Found');
      return { body: this.commentJson(ctx.repo, comment) };
    });
    r(
      'PATCH',
      '/repos/{owner}/{repo}/issues/comments/{id}',
      (ctx) => {
        const comment = ctx.repo.comments.get(Number(ctx.params.id));
        if (!comment) throw new ApiError(404, 'Not Found');
        if (typeof ctx.body.body !== 'string')
          throw new ApiError(422, 'Validation Failed', {
            errors: [{ resource: 'IssueComment', field: 'body', code: 'missing_field' }],
          });
        if (ctx.body.body.length > 65536)
          throw new ApiError(422, 'Validation Failed', {
            errors: [
              {
                resource: 'IssueComment',
                code: 'unprocessable',
                field: 'data',
                message: 'Body is too long (maximum is 65536 characters)',
              },
            ],
          });
        comment.body = ctx.body.body;
        comment.updatedAt = this.now();
        return { body: this.commentJson(ctx.repo, comment) };
      },
      true,
    );
    r(
      'DELETE',
      '/repos/{owner}/{repo}/issues/comments/{id}',
      (ctx) => {
        if (!ctx.repo.comments.delete(Number(ctx.params.id))) throw new ApiError(404, 'Not Found');
        return { status: 204 };
      },
      true,
    );
    r('GET', '/repos/{owner}/{repo}/issues/{number}/labels', (ctx) => {
      const { page, headers } = this.paginate(ctx, ctx.repo.labelsOn(Number(ctx.params.number)));
      return { body: page.map((l) => this.labelJson(ctx.repo, l)), headers };
    });
    const addLabels =
      (replace: boolean) =>
      (ctx: Ctx): Result => {
        const number = Number(ctx.params.number);
        const issue = ctx.repo.requireIssue(number);
        const names = this.labelNames(Array.isArray(ctx.body) ? ctx.body : ctx.body.labels);
        if (replace)
          for (const l of [...issue.labels])
            if (!names.some((n) => n.toLowerCase() === l.toLowerCase()))
              ctx.repo.removeLabel(number, l, ctx.identity.login);
        for (const name of names) ctx.repo.addLabel(number, name, ctx.identity.login);
        issue.updatedAt = this.now();
        return { body: issue.labels.map((l) => this.labelJson(ctx.repo, l)) };
      };
    r('POST', '/repos/{owner}/{repo}/issues/{number}/labels', addLabels(false), true);
    r('PUT', '/repos/{owner}/{repo}/issues/{number}/labels', addLabels(true), true);
    r(
      'DELETE',
      '/repos/{owner}/{repo}/issues/{number}/labels',
      (ctx) => {
        const number = Number(ctx.params.number);
        for (const l of ctx.repo.labelsOn(number)) ctx.repo.removeLabel(number, l, ctx.identity.login);
        return { status: 204 };
      },
      true,
    );
    r(
      'DELETE',
      '/repos/{owner}/{repo}/issues/{number}/labels/{name}',
      (ctx) => {
        const number = Number(ctx.params.number);
        if (!ctx.repo.removeLabel(number, ctx.params.name as string, ctx.identity.login))
          throw new ApiError(404, 'Label does not exist');
        return { body: ctx.repo.labelsOn(number).map((l) => this.labelJson(ctx.repo, l)) };
      },
      true,
    );
    r('GET', '/repos/{owner}/{repo}/issues/{number}/events', (ctx) => {
      ctx.repo.requireIssue(Number(ctx.params.number));
      const { page, headers } = this.paginate(ctx, ctx.repo.eventsOn(Number(ctx.params.number)));
      return {
        headers,
        body: page.map((e) => ({
          id: e.id,
          node_id: nodeId(e.event === 'labeled' ? 'LabeledEvent' : 'IssueEvent', e.id),
          url: `${this.apiRepo(ctx.repo)}/issues/events/${e.id}`,
          actor: this.userJson(e.actor),
          event: e.event,
          commit_id: null,
          commit_url: null,
          created_at: e.createdAt,
          ...(e.label ? { label: { name: e.label, color: 'ededed' } } : {}),
          performed_via_github_app: null,
        })),
      };
    });

    // -- checks and workflow runs
    r(
      'POST',
      '/repos/{owner}/{repo}/check-runs',
      (ctx) => {
        this.requireApp(ctx);
        const { body, repo } = ctx;
        if (typeof body.name !== 'string' || body.name === '')
          throw new ApiError(422, 'Invalid request.\n\n"name" wasn\'t supplied.');
        const headSha = String(body.head_sha ?? '');
        this.requireCommit(repo, headSha);
        const run = repo.addCheckRun({
          name: body.name,
          headSha,
          app: ctx.identity.app ?? GITHUB_ACTIONS_APP,
        });
        this.applyCheckRunUpdate(run, body);
        return { status: 201, body: this.checkRunJson(repo, run) };
      },
      true,
    );
    r(
      'PATCH',
      '/repos/{owner}/{repo}/check-runs/{id}',
      (ctx) => {
        this.requireApp(ctx);
        const run = ctx.repo.checkRuns.get(Number(ctx.params.id));
        if (!run) throw new ApiError(404, 'Not Found');
        const app = ctx.identity.app ?? GITHUB_ACTIONS_APP;
        if (run.app.id !== app.id)
          throw new ApiError(
            403,
            'Invalid app_id `' +
              app.id +
              '` - check run can only be modified by the GitHub App that created it.',
          );
        this.applyCheckRunUpdate(run, ctx.body);
        return { body: this.checkRunJson(ctx.repo, run) };
      },
      true,
    );
    r('GET', '/repos/{owner}/{repo}/check-runs/{id}', (ctx) => {
      const run = ctx.repo.checkRuns.get(Number(ctx.params.id));
      if (!run) throw new ApiError(404, 'Not Found');
      return { body: this.checkRunJson(ctx.repo, run) };
    });
    r('GET', '/repos/{owner}/{repo}/check-runs/{id}/annotations', (ctx) => {
      const run = ctx.repo.checkRuns.get(Number(ctx.params.id));
      if (!run) throw new ApiError(404, 'Not Found');
      const { page, headers } = this.paginate(ctx, run.annotations);
      return { body: page, headers };
    });
    r('GET', '/repos/{owner}/{repo}/commits/{ref*}', (ctx) => {
      const ref = ctx.params.ref as string;
      if (ref.endsWith('/pulls')) {
        // The PRs a commit belongs to: merged ones whose merge commit it is, open ones whose head it is.
        const sha = ctx.repo.resolveCommit(ref.slice(0, -'/pulls'.length));
        if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref.slice(0, -'/pulls'.length)}`);
        const pulls = [...ctx.repo.pulls.values()]
          .filter((p) => p.mergeCommitSha === sha || (p.state === 'open' && p.head.sha === sha))
          .sort((a, b) => b.number - a.number);
        const { page, headers } = this.paginate(ctx, pulls);
        return { headers, body: page.map((p) => this.pullJson(ctx.repo, p)) };
      }
      if (!ref.endsWith('/check-runs')) throw new ApiError(404, 'Not Found');
      const sha = ctx.repo.resolveCommit(ref.slice(0, -'/check-runs'.length));
      if (!sha) throw new ApiError(422, `No commit found for SHA: ${ref.slice(0, -'/check-runs'.length)}`);
      const q = ctx.url.searchParams;
      let runs = ctx.repo.checkRunsFor(sha).sort((a, b) => b.id - a.id);
      if (q.get('check_name')) runs = runs.filter((x) => x.name === q.get('check_name'));
      if (q.get('status')) runs = runs.filter((x) => x.status === q.get('status'));
      if (q.get('app_id')) runs = runs.filter((x) => String(x.app.id) === q.get('app_id'));
      if ((q.get('filter') ?? 'latest') === 'latest') {
        const seen = new Set<string>();
        runs = runs.filter((x) =>
          seen.has(`${x.app.id}/${x.name}`) ? false : (seen.add(`${x.app.id}/${x.name}`), true),
        );
      }
      const { page, headers } = this.paginate(ctx, runs);
      return {
        headers,
        body: { total_count: runs.length, check_runs: page.map((x) => this.checkRunJson(ctx.repo, x)) },
      };
    });
    r('GET', '/repos/{owner}/{repo}/actions/runs/{id}', (ctx) => {
      const run = ctx.repo.workflowRuns.get(Number(ctx.params.id));
      if (!run || run.repo.toLowerCase() !== ctx.repo.fullName.toLowerCase())
        throw new ApiError(404, 'Not Found');
      return { body: this.workflowRunJson(run) };
    });
    r('GET', '/repos/{owner}/{repo}/actions/runs', (ctx) => {
      const q = ctx.url.searchParams;
      const runs = [...ctx.repo.workflowRuns.values()]
        .filter((x) => x.repo.toLowerCase() === ctx.repo.fullName.toLowerCase())
        .filter((x) => !q.get('head_sha') || x.headSha === q.get('head_sha'))
        .filter((x) => !q.get('check_suite_id') || String(x.checkSuiteId) === q.get('check_suite_id'))
        .sort((a, b) => b.id - a.id);
      const { page, headers } = this.paginate(ctx, runs);
      return {
        headers,
        body: { total_count: runs.length, workflow_runs: page.map((x) => this.workflowRunJson(x)) },
      };
    });
    r('GET', '/repos/{owner}/{repo}/actions/runs/{id}/artifacts', (ctx) => {
      const run = ctx.repo.workflowRuns.get(Number(ctx.params.id));
      if (!run || run.repo.toLowerCase() !== ctx.repo.fullName.toLowerCase())
        throw new ApiError(404, 'Not Found');
      const { page, headers } = this.paginate(ctx, run.artifacts);
      return {
        headers,
        body: {
          total_count: run.artifacts.length,
          artifacts: page.map((a) => this.artifactJson(ctx.repo, run, a)),
        },
      };
    });
    r('GET', '/repos/{owner}/{repo}/actions/artifacts/{id}/zip', (ctx) => {
      const found = ctx.repo.findArtifact(Number(ctx.params.id));
      if (!found) throw new ApiError(404, 'Not Found');
      if (found.expired) throw new ApiError(410, 'Artifact has expired');
      const token = `${found.id}-${Math.random().toString(36).slice(2)}`;
      this.blobs.set(token, found.zip);
      // GitHub answers with a short-lived signed URL on another host; the fake serves it unauthenticated.
      return { status: 302, headers: { location: `${this.url}/_blobs/${token}` }, raw: Buffer.alloc(0) };
    });
  }

  // ---- handlers with more logic -------------------------------------------------------------

  private requirePull(ctx: Ctx): StoredPull {
    const pull = ctx.repo.pulls.get(Number(ctx.params.number));
    if (!pull) throw new ApiError(404, 'Not Found');
    return pull;
  }

  private requireCommitOr422(repo: FakeRepo, sha: string, message: string): void {
    if (!repo.git.commits.has(sha)) throw new ApiError(422, message);
  }

  private requireApp(ctx: Ctx): void {
    // Only GitHub Apps (GITHUB_TOKEN is one) may write check runs; a personal token gets 403.
    if (ctx.identity.type !== 'Bot') throw new ApiError(403, 'You must authenticate via a GitHub App.');
  }

  private labelNames(value: unknown): string[] {
    if (!Array.isArray(value)) return [];
    return value.map((v) =>
      typeof v === 'string'
        ? v
        : typeof v === 'object' && v !== null && 'name' in v
          ? String((v as { name: unknown }).name)
          : String(v),
    );
  }

  private applyCheckRunUpdate(run: StoredCheckRun, body: Record<string, unknown>): void {
    if (typeof body.name === 'string') run.name = body.name;
    if (typeof body.details_url === 'string') run.detailsUrl = body.details_url;
    if (typeof body.external_id === 'string') run.externalId = body.external_id;
    if (typeof body.status === 'string') run.status = body.status as StoredCheckRun['status'];
    if (typeof body.started_at === 'string') run.startedAt = body.started_at;
    if (typeof body.conclusion === 'string') {
      run.conclusion = body.conclusion;
      run.status = 'completed';
    }
    if (run.status === 'completed') {
      if (!run.conclusion)
        throw new ApiError(422, 'Invalid request.\n\nconclusion must be provided when status is completed.');
      run.completedAt =
        typeof body.completed_at === 'string' ? body.completed_at : (run.completedAt ?? this.now());
    }
    const output = body.output as CheckRunOutput | undefined;
    if (output && typeof output === 'object') {
      if (typeof output.title !== 'string' || typeof output.summary !== 'string') {
        throw new ApiError(
          422,
          'Invalid request.\n\nFor \'properties/output\', "title" and "summary" are required.',
        );
      }
      // GitHub's own limit per field; the gate's tick record must fit it, never be cut by it.
      for (const field of ['summary', 'text'] as const) {
        const length = output[field]?.length ?? 0;
        if (length > 65535)
          throw new ApiError(
            422,
            `Invalid request.\n\nOnly 65535 characters are allowed in output.${field}; ${length} were supplied.`,
          );
      }
      const annotations = Array.isArray(output.annotations) ? output.annotations : [];
      if (annotations.length > 50)
        throw new ApiError(422, 'Invalid request.\n\nOnly 50 annotations are allowed per request.');
      run.output = { title: output.title, summary: output.summary, text: output.text ?? null };
      run.annotations.push(...annotations);
    }
  }

  private getContents(ctx: Ctx): Result {
    const { repo } = ctx;
    const path = (ctx.params.path ?? '').replace(/\/+$/, '');
    const ref = ctx.url.searchParams.get('ref') ?? repo.defaultBranch;
    const sha = repo.resolveCommit(ref);
    if (!sha) throw new ApiError(404, `No commit found for the ref ${ref}`);
    const found = repo.git.lookup(sha, path);
    if (!found) throw new ApiError(404, 'Not Found');
    const accept = String(ctx.headers.accept ?? '');
    const fileJson = (p: string, entry: TreeEntry, withContent: boolean) => {
      const blob = repo.git.blobs.get(entry.sha) ?? Buffer.alloc(0);
      const url = `${this.apiRepo(repo)}/contents/${p}?ref=${encodeURIComponent(ref)}`;
      const base: Record<string, unknown> = {
        type: entry.type === 'tree' ? 'dir' : 'file',
        size: entry.type === 'tree' ? 0 : blob.length,
        name: p.split('/').pop(),
        path: p,
        sha: entry.sha,
        url,
        git_url: `${this.apiRepo(repo)}/git/${entry.type === 'tree' ? 'trees' : 'blobs'}/${entry.sha}`,
        html_url: `https://github.com/${repo.fullName}/${entry.type === 'tree' ? 'tree' : 'blob'}/${ref}/${p}`,
        download_url:
          entry.type === 'tree' ? null : `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${p}`,
      };
      if (withContent) {
        // GitHub's JSON form carries files up to 1 MB; larger ones come back with empty content
        // and encoding "none" (callers must ask for the raw media type).
        if (blob.length > 1024 * 1024) Object.assign(base, { content: '', encoding: 'none' });
        else
          Object.assign(base, {
            content:
              (blob.toString('base64').match(/.{1,60}/g) ?? []).join('\n') + (blob.length > 0 ? '\n' : ''),
            encoding: 'base64',
          });
      }
      return base;
    };
    if (found.kind === 'tree') {
      const tree = repo.git.trees.get(found.sha) ?? new Map();
      return {
        body: [...tree].map(([name, entry]) => fileJson(path ? `${path}/${name}` : name, entry, false)),
      };
    }
    const blob = repo.git.blobs.get(found.entry.sha) ?? Buffer.alloc(0);
    if (/\.raw\b/.test(accept) || /vnd\.github\.raw/.test(accept)) {
      if (blob.length > 100 * 1024 * 1024)
        throw new ApiError(
          403,
          'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
          {},
          {},
        );
      const utf8 = Buffer.from(blob.toString('utf8'), 'utf8').equals(blob);
      return {
        raw: blob,
        headers: {
          'content-type': utf8 ? 'text/plain; charset=utf-8' : 'application/octet-stream',
          etag: `"${found.entry.sha}"`,
        },
      };
    }
    return {
      body: {
        ...fileJson(path, found.entry, true),
        _links: {
          self: `${this.apiRepo(repo)}/contents/${path}?ref=${ref}`,
          git: `${this.apiRepo(repo)}/git/blobs/${found.entry.sha}`,
          html: `https://github.com/${repo.fullName}/blob/${ref}/${path}`,
        },
      },
    };
  }

  private getProtection(ctx: Ctx, branch: string): Result {
    if (ctx.identity.permissions !== 'admin') throw new ApiError(403, NOT_ACCESSIBLE);
    const rule = ctx.repo.protection.get(branch);
    if (!rule) throw new ApiError(404, 'Branch not protected');
    const url = `${this.apiRepo(ctx.repo)}/branches/${branch}/protection`;
    return {
      body: {
        url,
        ...(rule.requiredStatusChecks
          ? {
              required_status_checks: {
                url: `${url}/required_status_checks`,
                strict: false,
                contexts: rule.requiredStatusChecks,
                checks: rule.requiredStatusChecks.map((context) => ({ context, app_id: null })),
              },
            }
          : {}),
        ...(rule.requirePullRequest
          ? {
              required_pull_request_reviews: {
                url: `${url}/required_pull_request_reviews`,
                dismiss_stale_reviews: false,
                require_code_owner_reviews: false,
                required_approving_review_count: 1,
              },
            }
          : {}),
        ...(rule.pushAllowances
          ? {
              restrictions: {
                url: `${url}/restrictions`,
                users: rule.pushAllowances.filter((l) => !l.endsWith('[bot]')).map((l) => this.userJson(l)),
                teams: [],
                apps: rule.pushAllowances
                  .filter((l) => l.endsWith('[bot]'))
                  .map((l) => ({ slug: l.slice(0, -5) })),
              },
            }
          : {}),
        enforce_admins: { url: `${url}/enforce_admins`, enabled: rule.enforceAdmins ?? false },
        allow_force_pushes: { enabled: rule.allowForcePushes ?? false },
        allow_deletions: { enabled: false },
      },
    };
  }

  private updateRef(ctx: Ctx): Result {
    const { repo, body } = ctx;
    const name = (ctx.params.ref as string).replace(/^refs\//, '');
    const current = repo.refs.get(name);
    if (!current) throw new ApiError(422, 'Reference does not exist');
    const sha = String(body.sha ?? '');
    if (!repo.git.commits.has(sha)) throw new ApiError(422, 'Object does not exist');
    const force = body.force === true;
    const fastForward = repo.git.isAncestor(current, sha);
    const branch = name.startsWith('heads/') ? name.slice('heads/'.length) : undefined;
    const rule = branch ? repo.protection.get(branch) : undefined;
    if (rule) {
      const bypass = ctx.identity.permissions === 'admin' && !rule.enforceAdmins;
      if (!bypass) {
        if (rule.pushAllowances && !rule.pushAllowances.includes(ctx.identity.login)) {
          throw new ApiError(
            422,
            `You're not authorized to push to this branch. Visit https://docs.github.com/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches for more information.`,
          );
        }
        if (rule.requirePullRequest) throw new ApiError(422, 'Changes must be made through a pull request.');
        for (const check of rule.requiredStatusChecks ?? []) {
          const passed = repo
            .checkRunsFor(sha, check)
            .some(
              (c) => c.conclusion === 'success' || c.conclusion === 'neutral' || c.conclusion === 'skipped',
            );
          if (!passed) throw new ApiError(422, `Required status check "${check}" is expected.`);
        }
      }
      if (!fastForward && !rule.allowForcePushes) throw new ApiError(422, 'Cannot force-push to this branch');
    }
    if (!fastForward && !force) throw new ApiError(422, 'Update is not a fast forward');
    repo.refs.set(name, sha);
    return { body: this.refJson(repo, name, sha) };
  }

  private createTree(ctx: Ctx): Result {
    const { repo, body } = ctx;
    const entries = body.tree;
    if (!Array.isArray(entries)) throw new ApiError(422, 'Invalid tree info');
    let flat: FlatTree = new Map();
    if (typeof body.base_tree === 'string') {
      if (!repo.git.trees.has(body.base_tree)) throw new ApiError(422, 'base_tree is not a valid tree oid');
      flat = repo.git.flatten(body.base_tree);
    }
    for (const raw of entries) {
      const entry = raw as {
        path?: unknown;
        mode?: unknown;
        type?: unknown;
        sha?: unknown;
        content?: unknown;
      };
      const path = typeof entry.path === 'string' ? entry.path.replace(/^\/+/, '') : '';
      if (path === '' || path.split('/').some((p) => p === '' || p === '.' || p === '..'))
        throw new ApiError(422, `tree.path contains a malformed path component`);
      const mode = String(entry.mode ?? '100644') as TreeEntry['mode'];
      if (!['100644', '100755', '040000', '160000', '120000'].includes(mode))
        throw new ApiError(422, `Must supply a valid tree.mode; got ${mode}`);
      if (entry.sha === null) {
        // Deleting a file or a whole directory.
        flat.delete(path);
        for (const p of [...flat.keys()]) if (p.startsWith(`${path}/`)) flat.delete(p);
        continue;
      }
      if (typeof entry.content === 'string') {
        flat.set(path, { mode, type: 'blob', sha: repo.git.putBlob(entry.content) });
        continue;
      }
      if (typeof entry.sha !== 'string')
        throw new ApiError(422, 'Must supply either tree.sha or tree.content');
      if (entry.type === 'tree') {
        if (!repo.git.trees.has(entry.sha)) throw new ApiError(422, 'tree.sha is not a valid tree');
        for (const p of [...flat.keys()]) if (p.startsWith(`${path}/`)) flat.delete(p);
        for (const [sub, e] of repo.git.flatten(entry.sha)) flat.set(`${path}/${sub}`, e);
        continue;
      }
      if (!repo.git.blobs.has(entry.sha)) throw new ApiError(422, 'tree.sha is not a valid blob');
      flat.set(path, { mode, type: 'blob', sha: entry.sha });
    }
    const sha = repo.git.putFlatTree(flat);
    const tree = repo.git.trees.get(sha) ?? new Map();
    return {
      status: 201,
      body: {
        sha,
        url: `${this.apiRepo(repo)}/git/trees/${sha}`,
        tree: [...tree].map(([path, e]) => ({
          path,
          mode: e.mode,
          type: e.type,
          sha: e.sha,
          url: `${this.apiRepo(repo)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
        })),
        truncated: false,
      },
    };
  }

  // ---- request plumbing ---------------------------------------------------------------------

  /** @internal */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawPath = url.pathname.replace(/\/+$/, '') || '/';
    // Logged and matched decoded (Octokit sends contents paths as a%2Fb); routed raw, so an
    // encoded slash inside one parameter (a label name) stays one parameter.
    const path = safeDecode(rawPath);
    const entry: RequestLogEntry = {
      method,
      path,
      query: url.search,
      status: 0,
      scripted: false,
      receivedAt: Date.now(),
    };
    this.log.push(entry);
    let bodyText: string;
    try {
      bodyText = await this.readBody(req);
    } catch {
      this.send(res, entry, 413, errorBody(413, 'Request body too large'));
      return;
    }
    if (
      path.startsWith('/_blobs/') &&
      !this.scripts.some((s) => s.queue.length > 0 && s.match({ method, path }))
    ) {
      // The signed blob URL: no GitHub auth, and (like Azure storage) a request carrying the
      // GitHub token is refused, so a client that leaks it to the other host fails the test.
      const zip = this.blobs.get(path.slice('/_blobs/'.length));
      if (req.headers.authorization !== undefined) {
        this.send(res, entry, 400, errorBody(400, 'Authorization header not allowed on a signed URL'));
        return;
      }
      if (!zip) {
        this.send(res, entry, 404, errorBody(404, 'Not Found'));
        return;
      }
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.byteLength) });
      res.end(Buffer.from(zip));
      return;
    }
    const script = this.scripts.find((s) => s.queue.length > 0 && s.match({ method, path }));
    const scripted = script?.queue.shift();
    if (scripted) {
      entry.scripted = true;
      if (scripted.delayMs) await this.sleep(scripted.delayMs);
      scripted.before?.();
      if (res.destroyed) {
        entry.status = -1;
        return;
      }
      if (scripted.reset) {
        entry.status = -1;
        req.socket.destroy();
        return;
      }
      if (!scripted.passThrough) {
        const status = scripted.status ?? 200;
        const body = scripted.body ?? (status >= 400 ? errorBody(status, defaultMessage(status)) : {});
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const headers = {
          'content-type':
            typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
          ...scripted.headers,
        };
        entry.status = status;
        if (scripted.truncate) {
          const bytes = Buffer.from(text);
          res.writeHead(status, { ...headers, 'content-length': String(bytes.length) });
          res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
          return;
        }
        this.sendText(res, status, text, headers);
        return;
      }
    }
    try {
      const result = await this.dispatch(req, method, url, rawPath, bodyText, entry);
      if (res.destroyed) return;
      const status = result.status ?? 200;
      if (result.raw) {
        entry.status = status;
        res.writeHead(status, { 'content-length': String(result.raw.length), ...result.headers });
        res.end(result.raw);
        return;
      }
      if (status === 204) {
        entry.status = 204;
        res.writeHead(204, result.headers ?? {});
        res.end();
        return;
      }
      this.send(res, entry, status, result.body ?? {}, result.headers);
    } catch (error) {
      if (error instanceof ApiError) {
        this.send(
          res,
          entry,
          error.status,
          errorBody(error.status, error.message, error.extra),
          error.headers,
        );
        return;
      }
      this.send(
        res,
        entry,
        500,
        errorBody(500, `fake github bug: ${error instanceof Error ? error.stack : String(error)}`),
      );
    }
  }

  private async dispatch(
    req: IncomingMessage,
    method: string,
    url: URL,
    path: string,
    bodyText: string,
    entry: RequestLogEntry,
  ): Promise<Result> {
    const auth = req.headers.authorization ?? '';
    const match = /^(?:token|bearer)\s+(\S+)$/i.exec(auth);
    if (!match) throw new ApiError(401, 'Requires authentication');
    const identity = this.tokens.get(match[1] as string);
    if (!identity) throw new ApiError(401, 'Bad credentials');
    entry.login = identity.login;
    let body: Record<string, unknown> = {};
    if (bodyText !== '') {
      try {
        body = JSON.parse(bodyText) as Record<string, unknown>;
      } catch {
        throw new ApiError(400, 'Problems parsing JSON');
      }
    }
    for (const route of this.routes) {
      const m = route.re.exec(path);
      if (!m) continue;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] as string);
      });
      let repo: FakeRepo | undefined;
      if (route.repoScoped) {
        const fullName = `${params.owner}/${params.repo}`;
        repo = this.repos.get(fullName.toLowerCase());
        const visible =
          identity.repos === undefined ||
          identity.repos.some((r) => r.toLowerCase() === fullName.toLowerCase());
        if (!repo || !visible) throw new ApiError(404, 'Not Found');
      }
      const ctx: Ctx = { method, url, params, headers: req.headers, identity, body, repo: repo as FakeRepo };
      if (route.write) this.requireWrite(ctx);
      return route.handler(ctx);
    }
    throw new ApiError(404, 'Not Found');
  }

  private send(
    res: ServerResponse,
    entry: RequestLogEntry,
    status: number,
    body: unknown,
    headers: Record<string, string> = {},
  ): void {
    entry.status = status;
    this.sendText(res, status, JSON.stringify(body), {
      'content-type': 'application/json; charset=utf-8',
      ...headers,
    });
  }

  private sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string>): void {
    if (res.destroyed) return;
    const bytes = Buffer.from(text);
    res.writeHead(status, {
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-resource': 'core',
      ...headers,
      'content-length': String(bytes.length),
    });
    res.end(bytes);
  }

  private readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES) {
          reject(new ApiError(413, 'Request body too large'));
          req.destroy();
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  /** @internal */
  track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}

/** Starts the fake on 127.0.0.1 at a random port; `gh.url` is the API base URL. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const server = createServer();
  const fake = new FakeGitHub(server, options);
  server.on('request', (req, res) => void fake.handle(req, res));
  server.on('connection', (socket) => fake.track(socket));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake github: no TCP address');
  fake.url = `http://127.0.0.1:${address.port}`;
  return fake;
}
