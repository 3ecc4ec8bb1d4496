// End to end: a merged PR (or a direct push) makes dist/index.js regenerate soup/SOUP.md and the
// SBOM from every lockfile at the branch head and write the change record, in ONE commit through
// the Git Data API, against the fake GitHub: races with other writers, protected branches, re-runs.
import { afterEach, describe, expect, it } from 'vitest';
import { parseChangeRecord } from '../../src/documents/change-record.js';
import { readSoupListStamp } from '../../src/documents/soup-list.js';
import { BOT_TOKEN, faults, READ_ONLY_TOKEN } from '../fakes/github-server.js';
import { runAction, type ActionResult } from '../fakes/run-action.js';
import { pullRequestTargetEvent, pushEvent } from '../fakes/webhook-events.js';
import { npmLock, type LockPackage } from '../support/lockfile-text.js';
import {
  BOT,
  POLICY,
  REPO,
  botComment,
  commitLock,
  editComment,
  prEvent,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

let h: Harness;

/** Like the harness's run; SOUP_GATE_ENTRY points it at another bundle while dist/ is being rebuilt. */
function run(
  harness: Harness,
  event: Parameters<typeof runAction>[0]['event'],
  token = BOT_TOKEN,
): Promise<ActionResult> {
  return runAction({
    event,
    apiUrl: harness.gh.url,
    token,
    inputs: { 'osv-url': harness.osv.url, 'deps-dev-url': harness.deps.url },
    ...(process.env.SOUP_GATE_ENTRY ? { entry: process.env.SOUP_GATE_ENTRY } : {}),
  });
}

afterEach(async () => {
  await h?.close();
});

const BASE: LockPackage[] = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
  { name: 'debug', version: '2.6.9' },
];
const BUMPED = [
  ...BASE.filter((p) => p.name !== 'express'),
  { name: 'express', version: '4.21.1', direct: true },
];
const MERGED_AT = '2024-05-01T13:00:00Z';

const ENTRY = `    requirements:
      - id: REQ-API-003
        text: Routes authenticated requests to handlers
    prerequisites: Node.js 20 or 24 LTS
    verification: test/integration/api.test.ts
    risks: [RISK-017]
`;
const REGISTER = `defaults:
  safety-class: B
  rationale: the pump's control software is class B
items:
  npm/express:
    purpose: HTTP API of the pump's maintenance port
${ENTRY}  npm/ms:
    purpose: Parses durations in the API's configuration
${ENTRY}`;

/** A PR from `base` to `head` lockfiles on main, gated by the bot, ticked by qa-lead, with evidence. */
async function assessedPr(
  harness: Harness,
  head: LockPackage[],
  number = 7,
  base?: string,
  headRegister = REGISTER,
): Promise<{ base: string; head: string }> {
  const baseSha =
    base ?? commitLock(harness, BASE, { branch: 'main', extra: { 'soup/register.yml': REGISTER } });
  const headSha = commitLock(harness, head, {
    parents: [baseSha],
    extra: { 'soup/register.yml': headRegister },
  });
  harness.repo.addPull({
    number,
    baseSha,
    headSha,
    headRef: `dependabot/npm_and_yarn/express-${number}`,
    user: 'dependabot[bot]',
    title: 'Bump express from 4.19.2 to 4.21.1',
  });
  harness.repo.addCheckRun({
    name: 'integration-tests',
    headSha,
    status: 'completed',
    conclusion: 'success',
  });
  const opened = await run(harness, prEvent(harness, number, 'opened'));
  expect(opened.code, opened.stdout).toBe(0);
  const ticked = await run(harness, editComment(harness, number, tickAll, 'qa-lead'));
  expect(ticked.code, ticked.stdout).toBe(0);
  expect(ticked.outputs.gate, ticked.outputs.missing).toBe('pass');
  return { base: baseSha, head: headSha };
}

/** GitHub merges the PR: a merge commit on main with the head's tree, the PR closed as merged. */
function merge(harness: Harness, number: number): string {
  const pull = harness.repo.pulls.get(number)!;
  const main = harness.repo.branchSha('main')!;
  const files = harness.repo.files(pull.head.sha);
  // Whatever main gained since the PR branched stays (a real merge keeps both sides).
  const current = harness.repo.files(main);
  const sha = harness.repo.commit({
    files: { ...current, ...files },
    parents: [main, pull.head.sha],
    message: `Merge pull request #${number}`,
    branch: 'main',
  });
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    mergedAt: MERGED_AT,
    mergeCommitSha: sha,
    closedAt: MERGED_AT,
  });
  harness.repo.issues.get(number)!.state = 'closed';
  return sha;
}

function closedEvent(harness: Harness, number: number) {
  const pull = harness.repo.pulls.get(number)!;
  return pullRequestTargetEvent({
    action: 'closed',
    merged: true,
    mergeCommitSha: pull.mergeCommitSha!,
    repo: REPO,
    number,
    baseSha: pull.base.sha,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
    author: pull.user,
    sender: 'repo-admin',
    labels: harness.repo.labelsOn(number),
  });
}

function commitsSince(harness: Harness, from: string, branch = 'main'): string[] {
  const out: string[] = [];
  for (let sha = harness.repo.branchSha(branch); sha && sha !== from;) {
    out.push(sha);
    sha = harness.repo.getCommit(sha)?.parents[0];
    if (out.length > 20) throw new Error('runaway history');
  }
  return out;
}

function changedPaths(harness: Harness, commit: string): string[] {
  const parent = harness.repo.getCommit(commit)!.parents[0]!;
  const before = harness.repo.files(parent);
  const after = harness.repo.files(commit);
  return Object.keys({ ...before, ...after })
    .filter((p) => before[p] !== after[p])
    .sort();
}

const RECORD = 'soup/changes/2024-05-01-pr-7.md';

describe('a merged PR', () => {
  it('gets exactly one commit with SOUP.md, the SBOM and its change record (ticks with who, when, which commit)', async () => {
    h = await startHarness();
    const { head } = await assessedPr(h, BUMPED);
    h.repo.addLabel(7, 'dependencies', 'dependabot[bot]');
    const mergeSha = merge(h, 7);

    h.gh.clearRequests();
    const result = await run(h, closedEvent(h, 7));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['soup-update']).toBe('committed');

    const added = commitsSince(h, mergeSha);
    expect(added).toHaveLength(1);
    const commit = h.repo.getCommit(added[0]!)!;
    expect(commit.parents).toEqual([mergeSha]);
    expect(changedPaths(h, added[0]!)).toEqual(['soup/SOUP.md', RECORD, 'soup/sbom.cdx.json']);
    expect(commit.message).toMatch(/^soup-gate: SOUP list and change record for #7/);

    const files = h.repo.files('main');
    // Nothing else in the tree moved.
    expect(files['package-lock.json']).toBe(h.repo.files(mergeSha)['package-lock.json']);
    const list = files['soup/SOUP.md']!;
    expect(readSoupListStamp(list)).toEqual({ generatedAt: MERGED_AT, commit: mergeSha, repo: REPO });
    expect(list).toContain('<code>express</code> | <code>4.21.1</code>');
    const sbom = JSON.parse(files['soup/sbom.cdx.json']!) as {
      specVersion: string;
      components: { name: string; version: string; properties?: { name: string; value: string }[] }[];
    };
    expect(sbom.specVersion).toBe('1.6');
    const express = sbom.components.find((c) => c.name === 'express')!;
    expect(express.version).toBe('4.21.1');
    expect(express.properties).toContainEqual({ name: 'soup-gate:last-verified', value: '2024-05-01' });

    const record = parseChangeRecord(files[RECORD]!)!;
    expect(record.pr).toMatchObject({
      number: 7,
      mergeCommit: mergeSha,
      headSha: head,
      author: 'dependabot[bot]',
    });
    expect(record.changes.map((c) => `${c.name} ${c.from} -> ${c.to}`)).toEqual(['express 4.19.2 -> 4.21.1']);
    expect(record.checklist).toHaveLength(3);
    for (const item of record.checklist) {
      expect(item.tickedBy).toBe('qa-lead');
      expect(item.atSha).toBe(head);
      expect(item.tickedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
    expect(record.evidence).toEqual([
      expect.objectContaining({ name: 'integration-tests', conclusion: 'success', sha: head }),
    ]);
    expect(record.labels).toEqual([{ name: 'dependencies', appliedBy: 'dependabot[bot]' }]);
    expect(files[RECORD]).toContain('3 of 3 items ticked.');
    expect(files[RECORD]).toContain('| <code>qa-lead</code> |');
    expect(result.summary).toContain('committed to <code>main</code>');

    // A constant number of requests: no per-package calls.
    const writes = h.gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(writes).toEqual([
      `POST /repos/${REPO}/git/trees`,
      `POST /repos/${REPO}/git/commits`,
      `PATCH /repos/${REPO}/git/refs/heads/main`,
    ]);
    expect(h.gh.requests.length).toBeLessThan(25);

    // Idempotent: the same event again writes nothing.
    const again = await run(h, closedEvent(h, 7));
    expect(again.code, again.stdout).toBe(0);
    expect(again.outputs['soup-update']).toBe('up-to-date');
    expect(commitsSince(h, mergeSha)).toHaveLength(1);
  });

  it('rebuilds on the new head when another commit lands between reading main and moving it, keeping that commit', async () => {
    h = await startHarness();
    await assessedPr(h, BUMPED);
    const mergeSha = merge(h, 7);
    let concurrent = '';
    // Someone pushes a docs change (and a new lockfile) to main just before our ref update arrives.
    h.gh.script('PATCH /repos/**', {
      passThrough: true,
      before: () => {
        const files = h.repo.files('main');
        const { lock, manifest } = npmLock([{ name: 'left-pad', version: '1.3.0', direct: true }], 'tools');
        concurrent = h.repo.commit({
          files: {
            ...files,
            'CHANGELOG.md': '# changes\n',
            'tools/package-lock.json': lock,
            'tools/package.json': manifest,
          },
          parents: [mergeSha],
          message: 'docs',
          branch: 'main',
        });
      },
    });

    const result = await run(h, closedEvent(h, 7));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/moved while the commit was built/);
    const patches = h.gh.requests.filter(
      (r) => r.method === 'PATCH' && r.path.endsWith('/git/refs/heads/main'),
    );
    expect(patches.map((p) => p.status)).toEqual([422, 200]);

    const added = commitsSince(h, concurrent);
    expect(added).toHaveLength(1);
    expect(h.repo.getCommit(added[0]!)!.parents).toEqual([concurrent]);
    const files = h.repo.files('main');
    expect(files['CHANGELOG.md']).toBe('# changes\n'); // the other writer's commit is kept
    expect(files[RECORD]).toBeDefined();
    // The list was regenerated on the new head: it has the lockfile that commit added.
    expect(files['soup/SOUP.md']).toContain('<code>tools/package-lock.json</code>');
    expect(files['soup/SOUP.md']).toContain('<code>left-pad</code>');
    expect(readSoupListStamp(files['soup/SOUP.md']!)?.commit).toBe(concurrent);
    expect(parseChangeRecord(files[RECORD]!)!.checklist.every((c) => c.tickedBy === 'qa-lead')).toBe(true);
  });

  it('gives up after bounded attempts on a branch that never stops moving, with the record in the summary', async () => {
    h = await startHarness();
    await assessedPr(h, BUMPED);
    const mergeSha = merge(h, 7);
    let n = 0;
    const move = {
      passThrough: true,
      before: () => {
        const files = h.repo.files('main');
        h.repo.commit({
          files: { ...files, 'NOISE.md': `${n++}\n` },
          parents: [h.repo.branchSha('main')!],
          branch: 'main',
        });
      },
    };
    h.gh.script('PATCH /repos/**', move, move, move, move, move, move);
    const result = await run(h, closedEvent(h, 7));
    expect(result.code).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toMatch(/kept moving: 5 attempts/);
    expect(result.summary).toContain('could not be written');
    expect(result.summary).toContain('# SOUP change record: PR #7');
    expect(result.summary).toContain('## Machine-readable record');
    expect(h.repo.files('main')[RECORD]).toBeUndefined();
    expect(h.repo.getCommit(h.repo.branchSha('main')!)!.parents[0]).not.toBe(mergeSha);
  });

  it('without contents: write warns which permission, puts the record in the summary and fails', async () => {
    h = await startHarness();
    await assessedPr(h, BUMPED);
    const mergeSha = merge(h, 7);
    const result = await run(h, closedEvent(h, 7), READ_ONLY_TOKEN);
    expect(result.code).toBe(1);
    expect(result.annotations.some((a) => a.level === 'warning' && /contents: write/.test(a.message))).toBe(
      true,
    );
    expect(result.summary).toContain('# SOUP change record: PR #7');
    expect(h.repo.branchSha('main')).toBe(mergeSha);
  });
});

describe('a protected default branch', () => {
  it('gets one PR from soup-gate/update, updated (not duplicated) by the next merge, earlier records kept', async () => {
    h = await startHarness();
    h.repo.protect('main');
    await assessedPr(h, BUMPED);
    const mergeSha = merge(h, 7);

    const result = await run(h, closedEvent(h, 7));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['soup-update']).toBe('pull-request');
    expect(h.repo.branchSha('main')).toBe(mergeSha); // main untouched
    const proposals = [...h.repo.pulls.values()].filter((p) => p.head.ref === 'soup-gate/update');
    expect(proposals).toHaveLength(1);
    expect(proposals[0]).toMatchObject({ state: 'open', user: BOT, base: { ref: 'main' } });
    const update = h.repo.files('soup-gate/update');
    expect(update[RECORD]).toBeDefined();
    expect(update['soup/SOUP.md']).toContain('<code>4.21.1</code>');
    expect(h.repo.getCommit(h.repo.branchSha('soup-gate/update')!)!.parents).toEqual([mergeSha]);

    // Re-run: nothing changes, no second PR.
    const updateSha = h.repo.branchSha('soup-gate/update');
    const again = await run(h, closedEvent(h, 7));
    expect(again.code, again.stdout).toBe(0);
    expect(h.repo.branchSha('soup-gate/update')).toBe(updateSha);

    // A second dependency PR merges before the first proposal does.
    const second = await assessedPr(
      h,
      [...BUMPED.filter((p) => p.name !== 'ms'), { name: 'ms', version: '2.1.3', direct: true }],
      20,
      mergeSha,
    );
    expect(second.base).toBe(mergeSha);
    const secondMerge = merge(h, 20);
    const next = await run(h, closedEvent(h, 20));
    expect(next.code, next.stdout + next.stderr).toBe(0);
    const after = [...h.repo.pulls.values()].filter((p) => p.head.ref === 'soup-gate/update');
    expect(after).toHaveLength(1);
    const files = h.repo.files('soup-gate/update');
    expect(files[RECORD]).toBeDefined(); // #7's record is carried, not dropped
    expect(files['soup/changes/2024-05-01-pr-20.md']).toBeDefined();
    expect(files['soup/SOUP.md']).toContain('<code>2.1.3</code>');
    expect(h.repo.getCommit(h.repo.branchSha('soup-gate/update')!)!.parents).toEqual([secondMerge]);
    expect(after[0]!.body).toContain('pr-7.md');
    expect(after[0]!.body).toContain('pr-20.md');
  });
});

describe('a branch whose protection the branch API does not show (a ruleset)', () => {
  it('falls back to the soup-gate/update PR when the ref update is refused', async () => {
    h = await startHarness();
    await assessedPr(h, BUMPED);
    const mergeSha = merge(h, 7);
    h.repo.protect('main');
    // Rulesets leave `protected: false` on GET /branches; only the update says no.
    h.gh.script('GET /repos/*/*/branches/main', {
      body: { name: 'main', commit: { sha: mergeSha }, protected: false },
    });
    const result = await run(h, closedEvent(h, 7));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toMatch(/refused the commit \(Changes must be made through a pull request/);
    expect(result.outputs['soup-update']).toBe('pull-request');
    expect(h.repo.branchSha('main')).toBe(mergeSha);
    expect(h.repo.files('soup-gate/update')[RECORD]).toBeDefined();
  });
});

describe('a push to main that changes a lockfile outside any PR', () => {
  it('regenerates the list and writes a change record marked "no PR"', async () => {
    h = await startHarness();
    const before = commitLock(h, BASE, { branch: 'main', extra: { 'soup/register.yml': REGISTER } });
    const after = commitLock(h, BUMPED, {
      parents: [before],
      branch: 'main',
      extra: { 'soup/register.yml': REGISTER },
    });
    const event = pushEvent({
      repo: REPO,
      before,
      after,
      pusher: 'octo-dev',
      message: 'hotfix: bump express',
    });

    const result = await run(h, event);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(
      result.annotations.some((a) => a.level === 'warning' && /without a pull request/.test(a.message)),
    ).toBe(true);
    const added = commitsSince(h, after);
    expect(added).toHaveLength(1);
    const path = `soup/changes/2024-05-01-push-${after.slice(0, 12)}.md`;
    expect(changedPaths(h, added[0]!)).toEqual(['soup/SOUP.md', path, 'soup/sbom.cdx.json']);
    const text = h.repo.files('main')[path]!;
    expect(text).toContain('(no PR)');
    expect(text).toContain('**no PR**: pushed directly to <code>main</code>');
    const record = parseChangeRecord(text)!;
    expect(record.directPush).toMatchObject({ before, after, pusher: 'octo-dev' });
    expect(record.changes.map((c) => `${c.name} ${c.to}`)).toEqual(['express 4.21.1']);
    expect(record.checklist.length).toBeGreaterThan(0);
    expect(record.checklist.every((c) => !c.tickedBy)).toBe(true);

    // The bot's own commit, pushed (with a token that triggers workflows), changes no lockfile.
    const own = await run(h, pushEvent({ repo: REPO, before: after, after: added[0]!, pusher: BOT }));
    expect(own.code).toBe(0);
    expect(own.annotations.some((a) => /changes no lockfile/.test(a.message))).toBe(true);
    expect(commitsSince(h, after)).toHaveLength(1);
  });

  it('leaves a push that is a merged PR to that PR', async () => {
    h = await startHarness();
    await assessedPr(h, BUMPED);
    const mergeSha = merge(h, 7);
    const result = await run(
      h,
      pushEvent({ repo: REPO, before: h.repo.pulls.get(7)!.base.sha, after: mergeSha }),
    );
    expect(result.code).toBe(0);
    expect(result.annotations.some((a) => /belongs to PR #7/.test(a.message))).toBe(true);
    expect(h.repo.branchSha('main')).toBe(mergeSha);
  });
});

describe('policy paths', () => {
  it('writes where outputs.list, outputs.sbom and outputs.changes say', async () => {
    h = await startHarness();
    const policy = `${POLICY}outputs:\n  list: docs/soup/LIST.md\n  sbom: docs/soup/bom.json\n  changes: docs/soup/records\n`;
    const before = commitLock(h, BASE, { branch: 'main', policy });
    const after = commitLock(h, BUMPED, { parents: [before], branch: 'main', policy });
    const result = await run(h, pushEvent({ repo: REPO, before, after }));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const [commit] = commitsSince(h, after);
    expect(changedPaths(h, commit!)).toEqual([
      'docs/soup/LIST.md',
      'docs/soup/bom.json',
      `docs/soup/records/2024-05-01-push-${after.slice(0, 12)}.md`,
    ]);
  });
});

describe('the record shows the label a reviewer ticked, whatever the look-ups at merge find', () => {
  const EXPRESS_REPO = 'https://github.com/expressjs/express';
  const COMPARE = `${EXPRESS_REPO}/compare/4.19.2...4.21.1`;

  it('tags readable during the PR, refused at merge: the record still shows the compare link that was ticked', async () => {
    // deps.dev names express's repository (as it does), so the gate and the merge look its tags up.
    h = await startHarness([], {
      versions: ['4.19.2', '4.21.1'].map((version) => ({
        system: 'npm',
        name: 'express',
        version,
        licenses: ['MIT'],
        links: [{ label: 'SOURCE_REPO', url: `git+${EXPRESS_REPO}.git` }],
      })),
    });
    const upstream = h.gh.addRepo('expressjs/express');
    upstream.refs.set('tags/4.19.2', 'a'.repeat(40));
    upstream.refs.set('tags/4.21.1', 'b'.repeat(40));
    await assessedPr(h, BUMPED);
    const comment = botComment(h, 7).body;
    const ticked = /^- \[x\] (Release notes .*)$/m.exec(comment)?.[1];
    expect(ticked).toContain(`([compare](${COMPARE}))`);

    // At merge GitHub refuses every tag look-up: fresh look-ups could only link the releases page.
    h.gh.script('GET /repos/expressjs/express/git/ref/**', faults.status(403, 'Resource not accessible'));
    merge(h, 7);
    const result = await run(h, closedEvent(h, 7));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(h.gh.pendingScripts()).toEqual([]);

    const content = h.repo.files('main')[RECORD]!;
    const record = parseChangeRecord(content)!;
    const notes = record.checklist.find((c) => c.item.startsWith('Release notes'))!;
    expect(notes.item).toBe(
      'Release notes 4.19.2 → 4.21.1 reviewed for safety-relevant behaviour changes (compare)',
    );
    expect(notes.tickedBy).toBe('qa-lead');
    expect(record.checklist.every((c) => c.rebuiltAtMerge === undefined)).toBe(true);
    // The table cell is the comment's label, link and all.
    expect(content).toContain(`| ${ticked!.replace(/ — .*$/, '')} |`);
    expect(content).not.toContain(`${EXPRESS_REPO}/releases`);
    expect(content).not.toContain('wording rebuilt at merge');
  });

  it('keeps what the PR proposed in the register (an anomaly evaluation) beside the ticks', async () => {
    h = await startHarness();
    const evaluation = `    anomalies:
      - id: GHSA-qwcr-r2fm-qrc7
        state: not_affected
        justification: code_not_reachable
        reason: We never pass user input to res.redirect
        by: qa-lead
        on: 2024-04-30
`;
    const proposed = REGISTER.replace(ENTRY + '  npm/ms:', ENTRY + evaluation + '  npm/ms:');
    expect(proposed).not.toBe(REGISTER);
    await assessedPr(h, BUMPED, 7, undefined, proposed);
    merge(h, 7);
    const result = await run(h, closedEvent(h, 7));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const content = h.repo.files('main')[RECORD]!;
    expect(parseChangeRecord(content)!.register).toEqual([
      { entry: 'npm/express', text: 'evaluation of GHSA-qwcr-r2fm-qrc7 (not_affected, by qa-lead)' },
    ]);
    expect(content).toContain(
      '| <code>npm/express</code> | evaluation of <code>GHSA-qwcr-r2fm-qrc7</code> (not&#95;affected, by qa-lead) |',
    );
  });
});
