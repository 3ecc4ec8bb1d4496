// Tests of the fake itself, through the same client the action uses (@actions/github getOctokit,
// with the retry and throttling plugins where a fault needs them).
import { createHash } from 'node:crypto';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ADMIN_PAT,
  BOT_TOKEN,
  READ_ONLY_TOKEN,
  faults,
  startFakeGitHub,
  type FakeGitHub,
  type FakeRepo,
} from './github-server.js';

let gh: FakeGitHub;
let repo: FakeRepo;
let base: string;
let head: string;

function client(token = BOT_TOKEN, extra: Record<string, unknown> = {}) {
  return getOctokit(token, { baseUrl: gh.url, ...extra });
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.addRepo('acme/device');
  base = repo.commit({
    files: { 'package.json': '{"name":"a"}\n', 'package-lock.json': 'v1\n', 'docs/readme.md': 'hi\n' },
    branch: 'main',
  });
  head = repo.commit({
    files: { 'package.json': '{"name":"a"}\n', 'package-lock.json': 'v2\nmore\n', 'docs/guide.md': 'hi\n' },
    parents: [base],
  });
});

afterEach(async () => {
  await gh.close();
});

describe('fake GitHub: server basics', () => {
  it('binds 127.0.0.1 only, and close() resolves', async () => {
    expect(gh.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('rejects missing and unknown tokens the way GitHub does', async () => {
    const anonymous = await fetch(`${gh.url}/repos/acme/device`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' });
    await expect(client('nope').rest.repos.get({ owner: 'acme', repo: 'device' })).rejects.toMatchObject({
      status: 401,
    });
  });

  it("hides repositories outside a token's installation", async () => {
    gh.addToken('ghs_other', {
      login: 'github-actions[bot]',
      type: 'Bot',
      permissions: 'write',
      repos: ['acme/other'],
    });
    await expect(client('ghs_other').rest.repos.get({ owner: 'acme', repo: 'device' })).rejects.toMatchObject(
      { status: 404 },
    );
  });

  it('models GITHUB_TOKEN: no GET /user, no branch protection, no team memberships', async () => {
    const bot = client();
    await expect(bot.rest.users.getAuthenticated()).rejects.toMatchObject({
      status: 403,
      message: expect.stringContaining('Resource not accessible by integration'),
    });
    repo.protect('main');
    await expect(
      bot.rest.repos.getBranchProtection({ owner: 'acme', repo: 'device', branch: 'main' }),
    ).rejects.toMatchObject({ status: 403 });
    const branch = await bot.rest.repos.getBranch({ owner: 'acme', repo: 'device', branch: 'main' });
    expect(branch.data.protected).toBe(true);
    gh.addTeamMember('acme', 'qa', 'alice');
    await expect(
      bot.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'qa', username: 'alice' }),
    ).rejects.toMatchObject({ status: 403 });
    const admin = client(ADMIN_PAT);
    expect((await admin.rest.users.getAuthenticated()).data.login).toBe('repo-admin');
    expect(
      (await admin.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'qa', username: 'alice' }))
        .data,
    ).toMatchObject({ role: 'member', state: 'active' });
    await expect(
      admin.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'qa', username: 'mallory' }),
    ).rejects.toMatchObject({ status: 404 });
    const protection = await admin.rest.repos.getBranchProtection({
      owner: 'acme',
      repo: 'device',
      branch: 'main',
    });
    expect(protection.data.required_pull_request_reviews).toBeDefined();
    await expect(
      admin.rest.repos.getBranchProtection({ owner: 'acme', repo: 'device', branch: 'dev' }),
    ).rejects.toMatchObject({ status: 404, message: expect.stringContaining('Branch not protected') });
  });

  it('answers 403 "Resource not accessible by integration" to writes with a read-only token', async () => {
    repo.addPull({ number: 7, baseSha: base, headSha: head });
    const readOnly = client(READ_ONLY_TOKEN);
    const error = await readOnly.rest.issues
      .createComment({ owner: 'acme', repo: 'device', issue_number: 7, body: 'x' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    expect(repo.commentsOn(7)).toEqual([]);
    // Reads still work.
    expect(
      (await readOnly.rest.pulls.get({ owner: 'acme', repo: 'device', pull_number: 7 })).data.number,
    ).toBe(7);
  });
});

describe('fake GitHub: contents and trees', () => {
  it('serves the JSON (base64) form and the raw form of a file at a commit', async () => {
    const octokit = client();
    const json = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'device',
      path: 'package-lock.json',
      ref: head,
    });
    const data = json.data as { type: string; encoding: string; content: string; sha: string; size: number };
    expect(data).toMatchObject({ type: 'file', encoding: 'base64', size: 8 });
    expect(Buffer.from(data.content, 'base64').toString()).toBe('v2\nmore\n');
    // The blob SHA is git's (`printf 'v2\nmore\n' | git hash-object --stdin`).
    expect(data.sha).toBe(createHash('sha1').update('blob 8\0v2\nmore\n').digest('hex'));
    const raw = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'device',
      path: 'package-lock.json',
      ref: head,
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('v2\nmore\n');
    const rawJson = await fetch(`${gh.url}/repos/acme/device/contents/package-lock.json?ref=${base}`, {
      headers: { authorization: `Bearer ${BOT_TOKEN}`, accept: 'application/vnd.github.raw+json' },
    });
    expect(await rawJson.text()).toBe('v1\n');
    await expect(
      octokit.rest.repos.getContent({ owner: 'acme', repo: 'device', path: 'missing.txt', ref: head }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('hashes blobs like git', async () => {
    const { data } = await client().rest.git.createBlob({
      owner: 'acme',
      repo: 'device',
      content: 'hello\n',
    });
    // printf 'hello\n' | git hash-object --stdin
    expect(data.sha).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
  });

  it('lists directories and recursive trees', async () => {
    const octokit = client();
    const dir = await octokit.rest.repos.getContent({
      owner: 'acme',
      repo: 'device',
      path: 'docs',
      ref: base,
    });
    expect((dir.data as { name: string; type: string }[]).map((e) => [e.name, e.type])).toEqual([
      ['readme.md', 'file'],
    ]);
    const tree = await octokit.rest.git.getTree({
      owner: 'acme',
      repo: 'device',
      tree_sha: base,
      recursive: '1',
    });
    expect(tree.data.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      'tree docs',
      'blob docs/readme.md',
      'blob package-lock.json',
      'blob package.json',
    ]);
  });
});

describe('fake GitHub: pulls and pagination', () => {
  it('computes the PR file list from the trees, with exact renames', async () => {
    repo.addPull({ number: 3, baseSha: base, headSha: head });
    const files = await client().paginate(client().rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'device',
      pull_number: 3,
      per_page: 100,
    });
    expect(files.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['docs/guide.md', 'renamed', 'docs/readme.md'],
      ['package-lock.json', 'modified', undefined],
    ]);
    expect(files[1]).toMatchObject({ additions: 2, deletions: 1, changes: 3 });
  });

  it('paginates with Link headers that octokit.paginate follows', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `f${String(i).padStart(3, '0')}.txt`,
      status: 'added' as const,
    }));
    repo.addPull({ number: 4, baseSha: base, headSha: head, files });
    const octokit = client();
    const first = await octokit.rest.pulls.listFiles({
      owner: 'acme',
      repo: 'device',
      pull_number: 4,
      per_page: 100,
    });
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toContain('page=3');
    gh.clearRequests();
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'device',
      pull_number: 4,
      per_page: 100,
    });
    expect(all.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(gh.countRequests('GET /repos/acme/device/pulls/4/files')).toBe(3);
    // Default page size is 30, as on GitHub.
    expect(
      (await octokit.rest.pulls.listFiles({ owner: 'acme', repo: 'device', pull_number: 4 })).data,
    ).toHaveLength(30);
  });

  it('creates, finds and edits pull requests', async () => {
    repo.setBranch('soup-gate/soup-list', head);
    const octokit = client();
    const created = await octokit.rest.pulls.create({
      owner: 'acme',
      repo: 'device',
      head: 'soup-gate/soup-list',
      base: 'main',
      title: 'SOUP list',
      body: 'b',
    });
    expect(created.status).toBe(201);
    const found = await octokit.rest.pulls.list({
      owner: 'acme',
      repo: 'device',
      head: 'acme:soup-gate/soup-list',
      state: 'open',
    });
    expect(found.data.map((p) => p.number)).toEqual([created.data.number]);
    await octokit.rest.pulls.update({
      owner: 'acme',
      repo: 'device',
      pull_number: created.data.number,
      state: 'closed',
    });
    expect(
      (await octokit.rest.pulls.list({ owner: 'acme', repo: 'device', head: 'acme:soup-gate/soup-list' }))
        .data,
    ).toEqual([]);
    await expect(
      octokit.rest.pulls.create({ owner: 'acme', repo: 'device', head: 'nope', base: 'main', title: 't' }),
    ).rejects.toMatchObject({ status: 422 });
  });
});

describe('fake GitHub: comments, labels, issues', () => {
  it('keeps comments with author, timestamps and html_url, and paginates them', async () => {
    repo.addPull({ number: 9, baseSha: base, headSha: head });
    repo.addComment(9, 'human note', 'alice');
    const octokit = client();
    const created = await octokit.rest.issues.createComment({
      owner: 'acme',
      repo: 'device',
      issue_number: 9,
      body: '<!-- soup-gate -->\nhello',
    });
    expect(created.data).toMatchObject({
      user: { login: 'github-actions[bot]', type: 'Bot' },
      body: '<!-- soup-gate -->\nhello',
    });
    expect(created.data.html_url).toBe(
      `https://github.com/acme/device/pull/9#issuecomment-${created.data.id}`,
    );
    const updated = await octokit.rest.issues.updateComment({
      owner: 'acme',
      repo: 'device',
      comment_id: created.data.id,
      body: 'edited',
    });
    expect(updated.data.updated_at > updated.data.created_at).toBe(true);
    const { from } = repo.editComment(created.data.id, 'ticked by a human');
    expect(from).toBe('edited');
    for (let i = 0; i < 40; i += 1) repo.addComment(9, `c${i}`, 'bob');
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      owner: 'acme',
      repo: 'device',
      issue_number: 9,
      per_page: 15,
    });
    expect(all).toHaveLength(42);
    expect(all[1]?.body).toBe('ticked by a human');
    expect(
      (await octokit.rest.issues.getComment({ owner: 'acme', repo: 'device', comment_id: created.data.id }))
        .data.user?.login,
    ).toBe('github-actions[bot]');
  });

  it('adds and removes labels and records labeled events with the actor', async () => {
    repo.addPull({ number: 5, baseSha: base, headSha: head });
    repo.addLabel(5, 'soup:anomalies-reviewed', 'qa-lead');
    const octokit = client();
    await octokit.rest.issues.addLabels({
      owner: 'acme',
      repo: 'device',
      issue_number: 5,
      labels: ['soup-gate'],
    });
    expect(repo.labelsOn(5)).toEqual(['soup:anomalies-reviewed', 'soup-gate']);
    const events = await octokit.rest.issues.listEvents({ owner: 'acme', repo: 'device', issue_number: 5 });
    expect(
      events.data.map((e) => [e.event, e.actor?.login, (e as { label?: { name: string } }).label?.name]),
    ).toEqual([
      ['labeled', 'qa-lead', 'soup:anomalies-reviewed'],
      ['labeled', 'github-actions[bot]', 'soup-gate'],
    ]);
    await octokit.rest.issues.removeLabel({
      owner: 'acme',
      repo: 'device',
      issue_number: 5,
      name: 'soup-gate',
    });
    await expect(
      octokit.rest.issues.removeLabel({ owner: 'acme', repo: 'device', issue_number: 5, name: 'soup-gate' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(
      (
        await octokit.rest.issues.listLabelsOnIssue({ owner: 'acme', repo: 'device', issue_number: 5 })
      ).data.map((l) => l.name),
    ).toEqual(['soup:anomalies-reviewed']);
  });

  it('creates, filters and closes monitoring issues', async () => {
    const octokit = client();
    const created = await octokit.rest.issues.create({
      owner: 'acme',
      repo: 'device',
      title: 'GHSA-1 in express',
      labels: ['soup-anomaly'],
    });
    await octokit.rest.issues.create({ owner: 'acme', repo: 'device', title: 'other' });
    const found = await octokit.rest.issues.listForRepo({
      owner: 'acme',
      repo: 'device',
      state: 'open',
      labels: 'soup-anomaly',
      creator: 'github-actions[bot]',
    });
    expect(found.data.map((i) => i.title)).toEqual(['GHSA-1 in express']);
    await octokit.rest.issues.update({
      owner: 'acme',
      repo: 'device',
      issue_number: created.data.number,
      state: 'closed',
    });
    expect(
      (await octokit.rest.issues.listForRepo({ owner: 'acme', repo: 'device', labels: 'soup-anomaly' })).data,
    ).toEqual([]);
  });
});

describe('fake GitHub: permissions, checks, workflow runs', () => {
  it('answers the collaborator permission endpoint with permission and role_name', async () => {
    repo.addCollaborator('qa-lead', 'maintain');
    repo.addCollaborator('intern', 'triage');
    const octokit = client();
    const get = (username: string) =>
      octokit.rest.repos.getCollaboratorPermissionLevel({ owner: 'acme', repo: 'device', username });
    expect((await get('qa-lead')).data).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
      user: { login: 'qa-lead' },
    });
    expect((await get('intern')).data).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect((await get('stranger')).data).toMatchObject({ permission: 'none', role_name: '' });
  });

  it('creates, updates and lists check runs by name on a commit', async () => {
    const octokit = client();
    const created = await octokit.rest.checks.create({
      owner: 'acme',
      repo: 'device',
      name: 'soup-gate',
      head_sha: head,
      status: 'in_progress',
    });
    await octokit.rest.checks.update({
      owner: 'acme',
      repo: 'device',
      check_run_id: created.data.id,
      conclusion: 'failure',
      output: { title: 'Blocked', summary: '2 items open' },
    });
    repo.addCheckRun({
      name: 'tests',
      headSha: head,
      conclusion: 'success',
      app: { id: 1, slug: 'ci-app', name: 'CI' },
    });
    const listed = await octokit.rest.checks.listForRef({
      owner: 'acme',
      repo: 'device',
      ref: head,
      check_name: 'soup-gate',
    });
    expect(listed.data.total_count).toBe(1);
    expect(listed.data.check_runs[0]).toMatchObject({
      name: 'soup-gate',
      status: 'completed',
      conclusion: 'failure',
      head_sha: head,
      app: { slug: 'github-actions' },
      output: { title: 'Blocked' },
    });
    await expect(
      octokit.rest.checks.create({ owner: 'acme', repo: 'device', name: 'x', head_sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      client(ADMIN_PAT).rest.checks.create({ owner: 'acme', repo: 'device', name: 'x', head_sha: head }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('serves workflow runs only from their own repository', async () => {
    const run = repo.addWorkflowRun({ headSha: head, conclusion: 'success' });
    gh.addRepo('evil/fork').addWorkflowRun({ id: 77, headSha: head });
    const octokit = client();
    const got = await octokit.rest.actions.getWorkflowRun({ owner: 'acme', repo: 'device', run_id: run.id });
    expect(got.data).toMatchObject({
      id: run.id,
      head_sha: head,
      status: 'completed',
      conclusion: 'success',
      repository: { full_name: 'acme/device' },
    });
    await expect(
      octokit.rest.actions.getWorkflowRun({ owner: 'acme', repo: 'device', run_id: 77 }),
    ).rejects.toMatchObject({ status: 404 });
  });
});

describe('fake GitHub: git data for the on-merge commit', () => {
  it('commits a tree on top of the branch and fast-forwards the ref', async () => {
    const octokit = client();
    const o = { owner: 'acme', repo: 'device' };
    const ref = await octokit.rest.git.getRef({ ...o, ref: 'heads/main' });
    const parent = await octokit.rest.git.getCommit({ ...o, commit_sha: ref.data.object.sha });
    const blob = await octokit.rest.git.createBlob({
      ...o,
      content: Buffer.from('# SOUP\n').toString('base64'),
      encoding: 'base64',
    });
    const tree = await octokit.rest.git.createTree({
      ...o,
      base_tree: parent.data.tree.sha,
      tree: [
        { path: 'soup/SOUP.md', mode: '100644', type: 'blob', sha: blob.data.sha },
        { path: 'docs', mode: '040000', type: 'tree', sha: null as unknown as string },
      ],
    });
    const commit = await octokit.rest.git.createCommit({
      ...o,
      message: 'soup: update list',
      tree: tree.data.sha,
      parents: [parent.data.sha],
    });
    await octokit.rest.git.updateRef({ ...o, ref: 'heads/main', sha: commit.data.sha, force: false });
    expect(repo.branchSha('main')).toBe(commit.data.sha);
    expect(repo.files('main')).toEqual({
      'package-lock.json': 'v1\n',
      'package.json': '{"name":"a"}\n',
      'soup/SOUP.md': '# SOUP\n',
    });
    expect(repo.getCommit(commit.data.sha)?.author.name).toBe('github-actions[bot]');
  });

  it('refuses a non-fast-forward update with 422, and a protected branch', async () => {
    const octokit = client();
    const o = { owner: 'acme', repo: 'device' };
    const sibling = repo.commit({ files: { 'x.txt': 'x' }, parents: [base] });
    repo.setBranch('main', head); // someone pushed meanwhile
    const error = await octokit.rest.git
      .updateRef({ ...o, ref: 'heads/main', sha: sibling, force: false })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: { data: { message: 'Update is not a fast forward' } },
    });
    expect(repo.branchSha('main')).toBe(head);
    const next = repo.commit({ files: { 'y.txt': 'y' }, parents: [head] });
    repo.protect('main', { requirePullRequest: true });
    await expect(octokit.rest.git.updateRef({ ...o, ref: 'heads/main', sha: next })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Changes must be made through a pull request.'),
    });
    repo.protect('main', { requiredStatusChecks: ['tests'] });
    await expect(octokit.rest.git.updateRef({ ...o, ref: 'heads/main', sha: next })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining('Required status check "tests" is expected.'),
    });
    repo.addCheckRun({ name: 'tests', headSha: next, conclusion: 'success' });
    await octokit.rest.git.updateRef({ ...o, ref: 'heads/main', sha: next });
    expect(repo.branchSha('main')).toBe(next);
    // A branch for the fallback PR.
    await octokit.rest.git.createRef({ ...o, ref: 'refs/heads/soup-gate/update', sha: next });
    expect(repo.branchSha('soup-gate/update')).toBe(next);
  });
});

describe('fake GitHub: scripted faults and the request log', () => {
  it('serves 502 then the real answer; the retry plugin recovers; the log counts both', async () => {
    repo.addPull({ number: 2, baseSha: base, headSha: head });
    gh.script('GET /repos/acme/device/pulls/2', faults.status(502));
    const octokit = getOctokit(BOT_TOKEN, { baseUrl: gh.url, retry: { retryAfterBaseValue: 5 } }, retry);
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'device', pull_number: 2 });
    expect(data.number).toBe(2);
    expect(
      gh.requests.map((r) => `${r.method} ${r.path} ${r.status}${r.scripted ? ' scripted' : ''}`),
    ).toEqual(['GET /repos/acme/device/pulls/2 502 scripted', 'GET /repos/acme/device/pulls/2 200']);
    expect(gh.pendingScripts()).toEqual([]);
  });

  it('serves a secondary rate limit that plugin-throttling waits out', async () => {
    repo.addPull({ number: 2, baseSha: base, headSha: head });
    gh.script('GET /repos/acme/device/pulls/*', faults.secondaryRateLimit(1));
    const waits: number[] = [];
    const octokit = getOctokit(
      BOT_TOKEN,
      {
        baseUrl: gh.url,
        throttle: {
          onRateLimit: () => false,
          onSecondaryRateLimit: (retryAfter: number) => {
            waits.push(retryAfter);
            return true;
          },
        },
      },
      throttling,
    );
    const { data } = await octokit.rest.pulls.get({ owner: 'acme', repo: 'device', pull_number: 2 });
    expect(data.number).toBe(2);
    expect(waits).toEqual([1]);
    expect(gh.countRequests('GET /repos/acme/device/pulls/2')).toBe(2);
  });

  it('scripts 404, a delay past the client timeout, a truncated body and a reset', async () => {
    repo.addPull({ number: 2, baseSha: base, headSha: head });
    const octokit = client();
    const get = () => octokit.rest.pulls.get({ owner: 'acme', repo: 'device', pull_number: 2 });
    gh.script('GET /repos/acme/device/pulls/2', faults.notFound(), faults.truncated(), faults.reset());
    await expect(get()).rejects.toMatchObject({ status: 404 });
    // Octokit swallows the cut-off body: status 200 with data "" (so callers must validate shapes).
    expect(await get()).toMatchObject({ status: 200, data: '' });
    await expect(get()).rejects.toMatchObject({ status: 500 });
    gh.script(/^GET \/repos\/acme\/device\/pulls\/\d+$/, faults.delay(2_000));
    const slow = getOctokit(BOT_TOKEN, { baseUrl: gh.url, request: { signal: AbortSignal.timeout(200) } });
    const started = Date.now();
    await expect(slow.rest.pulls.get({ owner: 'acme', repo: 'device', pull_number: 2 })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(1_500);
    expect((await get()).data.number).toBe(2);
    expect(gh.pendingScripts()).toEqual([]);
  });

  it('close() does not wait for a request still being delayed', async () => {
    repo.addPull({ number: 2, baseSha: base, headSha: head });
    gh.script('GET /repos/acme/device/pulls/2', faults.delay(60_000));
    const pending = client()
      .rest.pulls.get({ owner: 'acme', repo: 'device', pull_number: 2 })
      .catch((e: unknown) => e);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await gh.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(await pending).toBeInstanceOf(Error);
    gh = await startFakeGitHub(); // afterEach closes this one
  });
});
