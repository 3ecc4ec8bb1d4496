// Scenario harness: the fake GitHub, fake OSV and deps.dev, and the bundled action run as a child process.
import { expect } from 'vitest';
import { COMMENT_MARKER } from '../../src/documents/comment.js';
import { startFakeDepsDev, type FakeDepsDevOptions } from '../fakes/deps-dev-server.js';
import { BOT_TOKEN, startFakeGitHub, type FakeGitHub, type FakeRepo } from '../fakes/github-server.js';
import { startFakeOsv, type FakeServer, type OsvRecord } from '../fakes/osv-server.js';
import { runAction, type ActionResult } from '../fakes/run-action.js';
import { issueCommentEvent, pullRequestTargetEvent, type RunnerEvent } from '../fakes/webhook-events.js';
import { npmLock, type LockPackage } from '../support/lockfile-text.js';

export const REPO = 'acme/infusion-pump';
export const BOT = 'github-actions[bot]';

export const POLICY = `scope:
  dependencies: direct
  include-dev: false
reviewers:
  permission: write
  separation-of-duties: true
evidence:
  check-runs: [integration-tests]
labels:
  anomalies-reviewed: soup:anomalies-reviewed
  require-anomaly-label: when-anomalies
`;

export interface Harness {
  gh: FakeGitHub;
  repo: FakeRepo;
  osv: FakeServer;
  deps: FakeServer;
  close(): Promise<void>;
}

export async function startHarness(
  vulns: OsvRecord[] = [],
  depsDev: FakeDepsDevOptions = {},
): Promise<Harness> {
  const gh = await startFakeGitHub();
  const repo = gh.addRepo(REPO);
  repo.addCollaborator('qa-lead', 'write');
  repo.addCollaborator('dev', 'write');
  repo.addCollaborator('intern', 'read');
  const osv = await startFakeOsv({ vulns });
  const deps = await startFakeDepsDev(depsDev);
  return {
    gh,
    repo,
    osv,
    deps,
    close: async () => {
      await Promise.all([gh.close(), osv.close(), deps.close()]);
    },
  };
}

/** A commit holding a package-lock.json + package.json built from the packages, plus extra files. */
export function commitLock(
  h: Harness,
  packages: LockPackage[],
  options: { parents?: string[]; extra?: Record<string, string>; branch?: string; policy?: string } = {},
): string {
  const { lock, manifest } = npmLock(packages);
  return h.repo.commit({
    files: {
      'package-lock.json': lock,
      'package.json': manifest,
      '.github/soup-gate.yml': options.policy ?? POLICY,
      'README.md': '# infusion pump\n',
      ...options.extra,
    },
    ...(options.parents ? { parents: options.parents } : {}),
    ...(options.branch ? { branch: options.branch } : {}),
  });
}

export function run(
  h: Harness,
  event: RunnerEvent,
  token = BOT_TOKEN,
  inputs: Record<string, string> = {},
): Promise<ActionResult> {
  return runAction({
    event,
    apiUrl: h.gh.url,
    token,
    inputs: { 'osv-url': h.osv.url, 'deps-dev-url': h.deps.url, ...inputs },
  });
}

export function prEvent(
  h: Harness,
  pr: number,
  action: 'opened' | 'synchronize' | 'labeled' | 'edited',
  extra: { label?: string; before?: string } = {},
): RunnerEvent {
  const stored = h.repo.pulls.get(pr)!;
  return pullRequestTargetEvent({
    action,
    repo: REPO,
    number: pr,
    baseSha: stored.base.sha,
    headSha: stored.head.sha,
    headRef: stored.head.ref,
    author: stored.user,
    labels: h.repo.labelsOn(pr),
    ...(extra.label ? { label: extra.label, sender: 'qa-lead' } : {}),
    ...(extra.before ? { before: extra.before } : {}),
  });
}

/** The bot's sticky comment (by the bot, with the marker). */
export function botComment(h: Harness, pr: number): { id: number; body: string } {
  const comments = h.repo.commentsOn(pr).filter((c) => c.user === BOT && c.body.startsWith(COMMENT_MARKER));
  expect(comments).toHaveLength(1);
  return comments[0]!;
}

/** A person edits the bot comment (e.g. ticks boxes in the UI) and GitHub sends issue_comment edited. */
export function editComment(
  h: Harness,
  pr: number,
  edit: (body: string) => string,
  sender: string,
): RunnerEvent {
  const comment = botComment(h, pr);
  const { from, comment: stored } = h.repo.editComment(comment.id, edit(comment.body));
  return issueCommentEvent({
    action: 'edited',
    repo: REPO,
    issueNumber: pr,
    comment: { id: stored.id, body: stored.body, user: stored.user },
    from,
    sender,
    defaultBranchSha: h.repo.branchSha('main')!,
  });
}

/** A reviewer ticks every item's own box (the "all items" boxes have a scenario of their own). */
export const tickAll = (body: string): string =>
  body.replace(/^- \[ \](?! All of the above for )/gm, '- [x]');

export function gateCheck(h: Harness, sha: string): { conclusion: string | null; summary: string | null } {
  const runs = h.repo.checkRunsFor(sha, 'soup-gate');
  expect(runs.length).toBeGreaterThan(0);
  const latest = runs.sort((a, b) => b.id - a.id)[0]!;
  return { conclusion: latest.conclusion, summary: latest.output.summary };
}

/** Comment text with the run's clock and state blob masked, for snapshots. */
export function stable(body: string): string {
  return body
    .replace(/\d{4}-\d{2}-\d{2}( \d{2}(:|&#58;)\d{2})?/g, 'DATE')
    .replace(/<!-- soup-gate:state-ref check-run=\d+ -->/, '<!-- soup-gate:state-ref check-run=ID -->');
}
