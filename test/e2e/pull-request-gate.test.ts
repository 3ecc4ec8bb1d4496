// End to end: dist/index.js run as a runner runs it, against the fake GitHub, OSV and deps.dev, one
// scenario per situation a regulated team meets on dependency PRs.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/documents/comment.js';
import { faults, READ_ONLY_TOKEN } from '../fakes/github-server.js';
import { checkRunCompletedEvent, issueCommentEvent } from '../fakes/webhook-events.js';
import {
  botComment,
  commitLock,
  editComment,
  gateCheck,
  POLICY,
  prEvent,
  REPO,
  run,
  stable,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

const LABEL = 'soup:anomalies-reviewed';
let h: Harness;

afterEach(async () => {
  await h?.close();
});

const BASE = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
  { name: 'debug', version: '2.6.9' },
  { name: 'jest', version: '29.7.0', direct: true, dev: true },
];

/** A PR from `author` moving the lockfile from BASE to `head`. */
function openPr(
  harness: Harness,
  head: typeof BASE,
  author = 'dependabot[bot]',
  number = 7,
  files: { policy?: string; extra?: Record<string, string> } = {},
): { base: string; head: string } {
  const base = commitLock(harness, BASE, { branch: 'main', ...files });
  const headSha = commitLock(harness, head, { parents: [base], ...files });
  harness.repo.addPull({
    number,
    baseSha: base,
    headSha,
    headRef: 'dependabot/npm_and_yarn/express',
    user: author,
    title: 'Bump express',
  });
  return { base, head: headSha };
}

function addEvidence(harness: Harness, sha: string): number {
  return harness.repo.addCheckRun({
    name: 'integration-tests',
    headSha: sha,
    status: 'completed',
    conclusion: 'success',
  }).id;
}

function evidenceEvent(harness: Harness, number: number, sha: string, id: number) {
  const pr = harness.repo.pulls.get(number)!;
  return checkRunCompletedEvent({
    repo: REPO,
    checkRun: { id, name: 'integration-tests', headSha: sha, conclusion: 'success' },
    pullRequests: [{ number, headSha: sha, headRef: pr.head.ref, baseSha: pr.base.sha }],
    defaultBranchSha: harness.repo.branchSha('main')!,
  });
}

/** API requests the last run made, grouped: the gate must cost a constant plus a few per lockfile. */
function requestsOf(harness: Harness): number {
  return harness.gh.requests.length;
}

describe('Dependabot single bump: reviewer ticks, evidence arrives, the gate turns green', () => {
  it('walks the whole flow', async () => {
    h = await startHarness();
    const { head } = openPr(h, [
      ...BASE.filter((p) => p.name !== 'express'),
      { name: 'express', version: '4.21.1', direct: true },
    ]);

    const opened = await run(h, prEvent(h, 7, 'opened'));
    expect(opened.code, opened.stdout).toBe(0);
    expect(opened.outputs.gate).toBe('fail');
    expect(gateCheck(h, head).conclusion).toBe('failure');
    const titleOf = () => h.repo.checkRunsFor(head, 'soup-gate').sort((a, b) => b.id - a.id)[0]!.output.title;
    // The check run's title says the comment's verdict line, in the same words.
    expect(titleOf()).toBe(
      `Blocked — 3 items open for express 4.19.2 → 4.21.1; re-verification waiting for a successful integration-tests check run from github-actions on ${head.slice(0, 7)}`,
    );
    const first = botComment(h, 7);
    expect(first.body.split('\n')[1]).toBe(
      `## ⛔ Blocked — 3 items open for <code>express</code> <code>4.19.2</code> → <code>4.21.1</code>; re-verification waiting for a successful <code>integration-tests</code> check run from <code>github-actions</code> on <code>${head.slice(0, 7)}</code>`,
    );
    expect(stable(first.body)).toMatchSnapshot('opened');
    expect(first.body).toContain('<code>express</code> <code>4.19.2</code> → <code>4.21.1</code>');
    // 1 PR + 1 policy + 1 files + 2×2 lockfile/manifest + 2 register (base, head) + 3 check-run reads (state,
    // re-read before writing, read-back) + 1 comments + 1 check write + 1 comment write + 1 duplicate check after creating
    expect(requestsOf(h)).toBe(16);

    h.gh.clearRequests();
    const ticked = await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    expect(ticked.code, ticked.stdout).toBe(0);
    const afterTicks = botComment(h, 7).body;
    expect(afterTicks.match(/^- \[x\]/gm)).toHaveLength(3);
    expect(afterTicks).toContain('<code>qa-lead</code>');
    expect(ticked.outputs.gate).toBe('fail'); // evidence still missing
    expect(JSON.parse(ticked.outputs.missing!)).toEqual([
      expect.stringMatching(
        /^re-verification evidence: waiting for a successful <code>integration-tests<\/code> check run/,
      ),
    ]);
    // as opening, with the permission check of the person who ticked instead of the duplicate check
    expect(requestsOf(h)).toBe(16);

    const evidence = await run(h, evidenceEvent(h, 7, head, addEvidence(h, head)));
    expect(evidence.code, evidence.stdout).toBe(0);
    expect(evidence.outputs.gate).toBe('pass');
    expect(gateCheck(h, head).conclusion).toBe('success');
    expect(titleOf()).toBe(`Passed — 1 gated change assessed by @qa-lead at ${head.slice(0, 7)}`);
    expect(stable(botComment(h, 7).body)).toMatchSnapshot('passed');
  });
});

describe('ticks that must not count', () => {
  it("reverts the PR author's own ticks and stays red", async () => {
    h = await startHarness();
    const { head } = openPr(
      h,
      [...BASE.filter((p) => p.name !== 'express'), { name: 'express', version: '4.21.1', direct: true }],
      'dev',
    );
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    const result = await run(h, editComment(h, 7, tickAll, 'dev'));
    expect(result.code, result.stdout).toBe(0);
    const body = botComment(h, 7).body;
    expect(body.match(/^- \[x\]/gm)).toBeNull();
    expect(body).toContain('by <code>dev</code> reverted: the PR author may not assess their own change');
    expect(stable(body)).toMatchSnapshot('author ticks reverted');
    expect(gateCheck(h, head).conclusion).toBe('failure');
  });

  it('reverts ticks by someone with read access only', async () => {
    h = await startHarness();
    openPr(h, [
      ...BASE.filter((p) => p.name !== 'express'),
      { name: 'express', version: '4.21.1', direct: true },
    ]);
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'intern'));
    const body = botComment(h, 7).body;
    expect(body.match(/^- \[x\]/gm)).toBeNull();
    expect(body).toContain(
      '<code>intern</code> has <code>read</code> access; assessing needs <code>write</code> or above',
    );
    expect(stable(body)).toMatchSnapshot('read-only reviewer ticks reverted');
  });

  it("ignores an outsider's comment carrying the marker, and reverts edits of the bot comment's text", async () => {
    h = await startHarness();
    const { head } = openPr(h, [
      ...BASE.filter((p) => p.name !== 'express'),
      { name: 'express', version: '4.21.1', direct: true },
    ]);
    const forged = h.repo.addComment(
      7,
      `${COMMENT_MARKER}\n- [x] all fine <!-- soup-gate:item release-notes-0123456789abcdef -->`,
      'mallory',
    );
    await run(h, prEvent(h, 7, 'opened'));
    expect(h.repo.commentsOn(7).find((c) => c.id === forged.id)!.body).toContain('all fine'); // not ours to touch
    const edited = h.repo.editComment(forged.id, `${forged.body}\n- [x] more`);
    const ignored = await run(
      h,
      issueCommentEvent({
        action: 'edited',
        repo: REPO,
        issueNumber: 7,
        comment: { id: forged.id, body: edited.comment.body, user: 'mallory' },
        from: edited.from,
        sender: 'mallory',
        defaultBranchSha: h.repo.branchSha('main')!,
      }),
    );
    expect(ignored.stdout).toContain("the edited comment is not soup-gate's");
    // A reviewer who rewrites the text (not just ticks) gets it reverted.
    await run(
      h,
      editComment(h, 7, (body) => body.replace('Release notes', 'Nothing to see'), 'qa-lead'),
    );
    const body = botComment(h, 7).body;
    expect(body).toContain('Release notes');
    expect(body).toContain("an edit by <code>qa-lead</code> to this comment's text was reverted");
    expect(stable(body)).toMatchSnapshot('outsider ignored, text edit reverted');
    expect(gateCheck(h, head).conclusion).toBe('failure');
  });
});

describe('the "all items" box', () => {
  /** Ticks (or unticks) only the "all items" box of the package's checklist. */
  const allBox =
    (checked: boolean) =>
    (body: string): string =>
      body.replace(
        checked ? /^- \[ \](?= All of the above for )/m : /^- \[x\](?= All of the above for )/m,
        checked ? '- [x]' : '- [ ]',
      );

  it("expands into ticks in the ticker's name, refuses the PR author, and unticked removes only its own ticks", async () => {
    h = await startHarness();
    const { head } = openPr(
      h,
      [...BASE.filter((p) => p.name !== 'express'), { name: 'express', version: '5.0.0', direct: true }],
      'dev',
    );
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    expect(botComment(h, 7).body.match(/^- \[ \] All of the above for <code>express<\/code>/gm)).toHaveLength(
      1,
    );

    // The PR's author may not assess it: the box counts for nothing, and the comment says so.
    await run(h, editComment(h, 7, allBox(true), 'dev'));
    let body = botComment(h, 7).body;
    expect(body.match(/^- \[x\]/gm)).toBeNull();
    expect(body).toContain(
      '1 checkbox change by <code>dev</code> reverted: the PR author may not assess their own change',
    );
    expect(gateCheck(h, head).conclusion).toBe('failure');

    // Another reviewer assessed the regulatory significance first, by itself.
    h.repo.addCollaborator('ra-lead', 'write');
    await run(
      h,
      editComment(h, 7, (b) => b.replace(/^- \[ \](?= Regulatory significance)/m, '- [x]'), 'ra-lead'),
    );
    const ticked = await run(h, editComment(h, 7, allBox(true), 'qa-lead'));
    expect(ticked.code, ticked.stdout).toBe(0);
    expect(ticked.outputs.gate).toBe('pass');
    body = botComment(h, 7).body;
    const who = (start: string) =>
      new RegExp(
        `^- \\[x\\] ${start}.* — <code>([^<]+)</code>, \\d{4}-\\d{2}-\\d{2}, at \\[<code>${head.slice(0, 7)}</code>\\]\\(https://github\\.com/acme/infusion-pump/commit/${head}\\)`,
        'm',
      ).exec(body)?.[1];
    expect(who('Release notes')).toBe('qa-lead');
    expect(who('Known anomalies')).toBe('qa-lead');
    expect(who('Requirements')).toBe('qa-lead');
    expect(who('Regulatory significance')).toBe('ra-lead');
    expect(who('All of the above')).toBe('qa-lead');
    expect(gateCheck(h, head).conclusion).toBe('success');

    const unticked = await run(h, editComment(h, 7, allBox(false), 'qa-lead'));
    expect(unticked.outputs.gate).toBe('fail');
    body = botComment(h, 7).body;
    expect(body.match(/^- \[x\]/gm)).toHaveLength(1);
    expect(who('Regulatory significance')).toBe('ra-lead');
    expect(body).toContain('## ⛔ Blocked — 3 items open for <code>express</code>');
  });
});

describe('pushes', () => {
  it("resets only the moved package's ticks, and keeps all ticks on a push that changes no lockfile", async () => {
    h = await startHarness();
    const bumped = [
      { name: 'express', version: '4.21.1', direct: true },
      { name: 'ms', version: '2.1.3', direct: true },
      { name: 'debug', version: '2.6.9' },
      { name: 'jest', version: '29.7.0', direct: true, dev: true },
    ];
    const { head } = openPr(h, bumped);
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(6);

    // A push touching only the README: same versions, ticks stay.
    const readme = commitLock(h, bumped, { parents: [head], extra: { 'README.md': '# pump\n\nnew text\n' } });
    h.repo.pulls.get(7)!.head.sha = readme;
    await run(h, prEvent(h, 7, 'synchronize', { before: head }));
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toHaveLength(6);

    // A push moving express to another target: express's ticks go, ms's stay.
    const moved = commitLock(
      h,
      bumped.map((p) => (p.name === 'express' ? { ...p, version: '4.21.2' } : p)),
      { parents: [readme] },
    );
    h.repo.pulls.get(7)!.head.sha = moved;
    await run(h, prEvent(h, 7, 'synchronize', { before: readme }));
    const body = botComment(h, 7).body;
    expect(body.match(/^- \[x\]/gm)).toHaveLength(3);
    expect(body).toMatch(
      /<b><code>ms<\/code> <code>2\.1\.2<\/code> → <code>2\.1\.3<\/code><\/b>.*3\/3 assessed/,
    );
    expect(body).toMatch(
      /<b><code>express<\/code> <code>4\.19\.2<\/code> → <code>4\.21\.2<\/code><\/b>.*0\/3 assessed/,
    );
    expect(stable(body)).toMatchSnapshot('push moved express');
  });
});

describe('evidence', () => {
  it('rejects a linked run of an older SHA and accepts one on the head', async () => {
    h = await startHarness();
    // A linked run counts only of a workflow the base policy names, on the base branch (T18).
    const { base, head } = openPr(
      h,
      [...BASE.filter((p) => p.name !== 'express'), { name: 'express', version: '4.21.1', direct: true }],
      undefined,
      undefined,
      {
        policy: POLICY.replace('evidence:\n', 'evidence:\n  workflows: [.github/workflows/ci.yml]\n'),
        extra: { '.github/workflows/ci.yml': 'name: CI\non: pull_request\njobs: {}\n' },
      },
    );
    const old = h.repo.addWorkflowRun({ headSha: base, status: 'completed', conclusion: 'success' });
    h.repo.pulls.get(7)!.body = `Tests: https://github.com/${REPO}/actions/runs/${old.id}`;
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    const rejected = botComment(h, 7).body;
    expect(rejected).toContain(
      `run <code>${old.id}</code> tested <code>${base.slice(0, 7)}</code>, not the head <code>${head.slice(0, 7)}</code>`,
    );
    expect(gateCheck(h, head).conclusion).toBe('failure');
    expect(stable(rejected).replaceAll(String(old.id), 'RUN')).toMatchSnapshot('evidence from an older SHA');

    const good = h.repo.addWorkflowRun({ headSha: head, status: 'completed', conclusion: 'success' });
    h.repo.pulls.get(7)!.body = `Tests: https://github.com/${REPO}/actions/runs/${good.id}`;
    await run(h, prEvent(h, 7, 'edited'));
    expect(gateCheck(h, head).conclusion).toBe('success');
  });
});

describe('anomaly-review label', () => {
  it('is required for a version with a known anomaly, counts from a reviewer, and is removed when the lockfile changes', async () => {
    h = await startHarness([
      {
        id: 'GHSA-rhx6-c78j-4q9w',
        summary: 'path-to-regexp outputs backtracking regular expressions',
        aliases: ['CVE-2024-45296'],
        modified: '2024-09-10T00:00:00Z',
        affected: [{ package: { ecosystem: 'npm', name: 'express' }, versions: ['4.21.1'] }],
        database_specific: { severity: 'HIGH' },
      } as never,
    ]);
    const { head } = openPr(h, [
      ...BASE.filter((p) => p.name !== 'express'),
      { name: 'express', version: '4.21.1', direct: true },
    ]);
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    expect(botComment(h, 7).body).toContain(
      `## ⛔ Blocked — label <code>${LABEL.replace(':', '&#58;')}</code> missing\n\n**To do:** apply <code>${LABEL.replace(':', '&#58;')}</code> once reviewed (required: 1 known anomaly in the new versions not evaluated in the register).`,
    );

    h.repo.addLabel(7, LABEL, 'qa-lead');
    await run(h, prEvent(h, 7, 'labeled', { label: LABEL }));
    expect(gateCheck(h, head).conclusion).toBe('success');

    const moved = commitLock(
      h,
      [...BASE.filter((p) => p.name !== 'express'), { name: 'express', version: '4.21.2', direct: true }],
      { parents: [head] },
    );
    h.repo.pulls.get(7)!.head.sha = moved;
    addEvidence(h, moved);
    const pushed = await run(h, prEvent(h, 7, 'synchronize', { before: head }));
    expect(pushed.code, pushed.stdout).toBe(0);
    expect(h.repo.labelsOn(7)).not.toContain(LABEL);
    expect(botComment(h, 7).body).toContain('removed: the SOUP changes moved after it was applied');
    expect(stable(botComment(h, 7).body)).toMatchSnapshot('label removed after a push');
    expect(gateCheck(h, moved).conclusion).toBe('failure');
  });
});

describe('changes of every kind', () => {
  it('renders a grouped update with a new direct package and a removal (snapshot)', async () => {
    h = await startHarness();
    openPr(h, [
      { name: 'express', version: '5.0.1', direct: true },
      { name: 'debug', version: '4.3.7' },
      { name: 'path-to-regexp', version: '0.1.10', direct: true },
      { name: 'jest', version: '30.0.0', direct: true, dev: true },
    ]);
    const result = await run(h, prEvent(h, 7, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    const body = botComment(h, 7).body;
    expect(stable(body)).toMatchSnapshot('grouped');
    expect(body).toContain('Regulatory significance of the major version change');
    expect(body).toContain('Register entry for <code>path-to-regexp</code>');
    expect(body).toContain('Risk controls that relied on <code>ms</code>');
    expect(result.summary).toContain('soup-gate: blocked for #7');
  });

  it('passes with "no SOUP changes" when no lockfile changed', async () => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main' });
    const head = commitLock(h, BASE, { parents: [base], extra: { 'README.md': '# docs only\n' } });
    h.repo.addPull({ number: 9, baseSha: base, headSha: head, user: 'dev' });
    const result = await run(h, prEvent(h, 9, 'opened'));
    expect(result.outputs.gate).toBe('pass');
    expect(gateCheck(h, head)).toMatchObject({ conclusion: 'success' });
    expect(h.repo.commentsOn(9)).toEqual([]);
  });

  it('renders hostile package names inert', async () => {
    h = await startHarness();
    openPr(h, [
      ...BASE,
      { name: '<img src=x onerror=alert(1)>', version: '1.0.0', direct: true },
      { name: '[x](javascript:alert(1))', version: '1.0.0', direct: true },
    ]);
    await run(h, prEvent(h, 7, 'opened'));
    const body = botComment(h, 7).body;
    // What GitHub would render: no image, no javascript: link, names shown as text.
    const html = micromark(body, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    expect(html).not.toMatch(/<img|<a href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('tokens and faults', () => {
  it('with a read-only token writes the summary, warns naming the permission, and fails the step while blocked', async () => {
    h = await startHarness();
    openPr(h, [
      ...BASE.filter((p) => p.name !== 'express'),
      { name: 'express', version: '4.21.1', direct: true },
    ]);
    const result = await run(h, prEvent(h, 7, 'opened'), READ_ONLY_TOKEN);
    expect(result.code).toBe(1);
    expect(result.summary).toContain('soup-gate: blocked for #7');
    const warnings = result.annotations.filter((a) => a.level === 'warning').map((a) => a.message);
    expect(warnings.some((w) => w.includes('checks: write') && w.includes('pull_request_target'))).toBe(true);
    expect(warnings.some((w) => w.includes('pull-requests: write'))).toBe(true);
    const error = result.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toContain('SOUP gate blocked');
    expect(error).not.toMatch(/<code>|&#/);
    expect(h.repo.commentsOn(7)).toEqual([]);
  });

  it('retries a 502 from GitHub and reaches the same verdict', async () => {
    h = await startHarness();
    const { head } = openPr(h, [
      ...BASE.filter((p) => p.name !== 'express'),
      { name: 'express', version: '4.21.1', direct: true },
    ]);
    h.gh.script(`GET /repos/${REPO}/pulls/7`, faults.status(502));
    const result = await run(h, prEvent(h, 7, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    expect(h.gh.pendingScripts()).toEqual([]);
    expect(gateCheck(h, head).conclusion).toBe('failure');
    expect(botComment(h, 7).body).toContain('<code>express</code>');
  });
});

describe('register entries and evaluations', () => {
  const REGISTER = `defaults:
  safety-class: B
  rationale: "Software system SW-1 is class B."
items:
  npm/express:
    purpose: "HTTP server for the dosage REST API"
    requirements:
      - id: REQ-API-003
        text: "Routes authenticated requests to handlers"
    prerequisites: "Node.js 20 or 24"
    verification: "test/integration/api.test.ts"
    anomalies:
      - id: GHSA-rhx6-c78j-4q9w
        state: not_affected
        justification: code_not_reachable
        reason: "We never pass user input to path patterns."
        by: qa-lead
        on: 2026-10-02
`;

  it('blocks a new direct item until its register entry is complete, showing the YAML to paste', async () => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main', extra: { 'soup/register.yml': REGISTER } });
    const head = commitLock(h, [...BASE, { name: 'left-pad', version: '1.3.0', direct: true }], {
      parents: [base],
      extra: { 'soup/register.yml': REGISTER },
    });
    h.repo.addPull({ number: 8, baseSha: base, headSha: head, user: 'dev' });
    await run(h, prEvent(h, 8, 'opened'));
    const body = botComment(h, 8).body;
    expect(body).toContain('<code>left-pad</code> has no entry in <code>soup/register.yml</code> yet');
    expect(body).toMatch(/```yaml\n\s+npm\/left-pad:/);
    expect(stable(body)).toMatchSnapshot('missing register entry');

    const entry = `  npm/left-pad:\n    purpose: "Pads device IDs on the label printer"\n    requirements:\n      - id: REQ-LBL-001\n        text: "IDs are printed 12 characters wide"\n    prerequisites: "Node.js 20"\n    verification: "test/label.test.ts"\n`;
    const fixed = commitLock(h, [...BASE, { name: 'left-pad', version: '1.3.0', direct: true }], {
      parents: [head],
      extra: { 'soup/register.yml': `${REGISTER}${entry}` },
    });
    h.repo.pulls.get(8)!.head.sha = fixed;
    await run(h, prEvent(h, 8, 'synchronize', { before: head }));
    const after = botComment(h, 8).body;
    expect(after).not.toContain('has no entry');
    expect(after).toContain(
      '**Register:** the entry for <code>left-pad</code> in <code>soup/register.yml</code> is filled in for class B.',
    );
    // The bot checked the fields: the reviewer's box asks whether they are right, not whether they exist.
    expect(after).toMatch(
      /- \[ \] Register entry for <code>left-pad<\/code> in <code>soup\/register\.yml<\/code> reviewed/,
    );
  });

  it('does not demand the label for an anomaly the register evaluated', async () => {
    h = await startHarness([
      {
        id: 'GHSA-rhx6-c78j-4q9w',
        summary: 'ReDoS',
        aliases: ['CVE-2024-45296'],
        modified: '2024-09-10T00:00:00Z',
        affected: [{ package: { ecosystem: 'npm', name: 'express' }, versions: ['4.21.1'] }],
      } as never,
    ]);
    const base = commitLock(h, BASE, { branch: 'main', extra: { 'soup/register.yml': REGISTER } });
    const head = commitLock(
      h,
      [...BASE.filter((p) => p.name !== 'express'), { name: 'express', version: '4.21.1', direct: true }],
      {
        parents: [base],
        extra: { 'soup/register.yml': REGISTER },
      },
    );
    h.repo.addPull({ number: 8, baseSha: base, headSha: head, user: 'dev' });
    addEvidence(h, head);
    await run(h, prEvent(h, 8, 'opened'));
    await run(h, editComment(h, 8, tickAll, 'qa-lead'));
    const body = botComment(h, 8).body;
    expect(body).not.toContain(LABEL.replace(':', '&#58;'));
    expect(body).toContain('<code>REQ-API-003</code>');
    expect(gateCheck(h, head).conclusion).toBe('success');
  });
});
