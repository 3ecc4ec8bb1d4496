// Issue 17 end to end (dist/index.js against the stateful fake GitHub): the evidence run uploads its
// JUnit XML as an artifact; the gate lists that run's artifacts, follows the 302 to the zip, unzips
// and parses it, and shows per requirement its tests' results. A failing linked test blocks with its
// name, a missing artifact says so and blocks, and an artifact from a run of a workflow the base
// policy does not name is ignored. Every box is ticked by a reviewer, so only the rule under test
// can keep the gate red.
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { parseChangeRecord } from '../../src/documents/change-record.js';
import { faults } from '../fakes/github-server.js';
import { pullRequestTargetEvent, workflowRunCompletedEvent } from '../fakes/webhook-events.js';
import type { LockPackage } from '../support/lockfile-text.js';
import {
  botComment,
  commitLock,
  editComment,
  gateCheck,
  prEvent,
  REPO,
  run,
  stable,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const INTEGRATION = '.github/workflows/integration.yml';
const OTHER = '.github/workflows/other.yml';
const WORKFLOW = `name: integration
on: pull_request
jobs:
  integration-tests:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npx vitest run --reporter=junit --outputFile=reports/junit.xml
      - uses: actions/upload-artifact@v4
        with: { name: junit-results, path: reports/ }
`;

const POLICY = `scope:
  dependencies: direct
reviewers:
  permission: write
  separation-of-duties: true
evidence:
  check-runs: [integration-tests]
  workflows: [${INTEGRATION}]
  junit-artifact: junit-results
labels:
  anomalies-reviewed: soup:anomalies-reviewed
  require-anomaly-label: when-anomalies
`;

const REGISTER = `defaults:
  safety-class: B
items:
  npm/express:
    purpose: HTTP API of the pump controller
    requirements:
      - id: REQ-API-003
        text: rejects request bodies over 1 MB
        tests: ["test/body-limit.test.ts"]
      - id: REQ-PERF-002
        text: answers status requests within 50 ms
        tests: ["*:status answers within 50 ms"]
    prerequisites: Node 20
    verification: integration tests
  npm/ms:
    purpose: durations in logs
    requirements:
      - id: REQ-LOG-001
        text: formats durations
    prerequisites: Node 20
    verification: unit tests
`;

/** A vitest JUnit report (its shape: classname is the test file, name "describe > test"). */
function vitestReport(statuses: { limit: 'pass' | 'fail'; perf: 'pass' | 'skip' }): string {
  const limit =
    statuses.limit === 'pass'
      ? ''
      : '<failure message="expected 413, got 200" type="AssertionError">AssertionError: expected 413</failure>';
  const perf = statuses.perf === 'pass' ? '' : '<skipped/>';
  return `<?xml version="1.0" encoding="UTF-8" ?>
<testsuites name="vitest tests" tests="3" failures="${limit ? 1 : 0}" errors="0" time="0.5">
  <testsuite name="test/body-limit.test.ts" timestamp="2026-12-01T10:00:00.000Z" hostname="runner" tests="2" failures="${limit ? 1 : 0}" errors="0" skipped="0" time="0.2">
    <testcase classname="test/body-limit.test.ts" name="body limit &gt; rejects 1 MB + 1 byte" time="0.1">${limit}</testcase>
    <testcase classname="test/body-limit.test.ts" name="body limit &gt; accepts 1 MB" time="0.1"></testcase>
  </testsuite>
  <testsuite name="test/status.test.ts" timestamp="2026-12-01T10:00:00.000Z" hostname="runner" tests="1" failures="0" errors="0" skipped="${perf ? 1 : 0}" time="0.3">
    <testcase classname="test/status.test.ts" name="status answers within 50 ms" time="0.3">${perf}</testcase>
  </testsuite>
</testsuites>
`;
}

const junitZip = (xml: string) =>
  zipSync({ 'reports/junit.xml': strToU8(xml), 'reports/coverage.txt': strToU8('87%') });

const BASE: LockPackage[] = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
];
const BUMPED: LockPackage[] = [
  { name: 'express', version: '4.21.1', direct: true },
  { name: 'ms', version: '2.1.3', direct: true },
];

function openPr(extra: Record<string, string> = {}): { base: string; head: string } {
  const files = { [INTEGRATION]: WORKFLOW, 'soup/register.yml': REGISTER, ...extra };
  const base = commitLock(h, BASE, { branch: 'main', policy: POLICY, extra: files });
  const head = commitLock(h, BUMPED, { parents: [base], policy: POLICY, extra: files });
  h.repo.addPull({
    number: 7,
    baseSha: base,
    headSha: head,
    headRef: 'deps/bump',
    user: 'dev',
    title: 'Bump express and ms',
  });
  return { base, head };
}

/** The evidence workflow's run on the head with its check run (one check suite), as GitHub Actions writes them. */
function evidenceRun(
  head: string,
  artifacts: { name: string; zip: Uint8Array; expired?: boolean }[],
  path = INTEGRATION,
) {
  const suite = 700_000 + h.repo.workflowRuns.size;
  const workflowRun = h.repo.addWorkflowRun({
    headSha: head,
    path,
    name: path === INTEGRATION ? 'integration' : 'other',
    checkSuiteId: suite,
    pullRequests: [7],
    artifacts,
  });
  h.repo.addCheckRun({
    name: 'integration-tests',
    headSha: head,
    conclusion: 'success',
    checkSuiteId: suite,
  });
  return workflowRun;
}

const MERGED_AT = '2026-12-02T09:00:00Z';

/** GitHub merges PR 7 (a merge commit with the head's tree) and sends pull_request_target closed. */
async function mergeAndRecord(): Promise<string> {
  const pull = h.repo.pulls.get(7)!;
  const main = h.repo.branchSha('main')!;
  const sha = h.repo.commit({
    files: { ...h.repo.files(main), ...h.repo.files(pull.head.sha) },
    parents: [main, pull.head.sha],
    message: 'Merge pull request #7',
    branch: 'main',
  });
  Object.assign(pull, {
    state: 'closed',
    merged: true,
    mergedAt: MERGED_AT,
    mergeCommitSha: sha,
    closedAt: MERGED_AT,
  });
  h.repo.issues.get(7)!.state = 'closed';
  const result = await run(
    h,
    pullRequestTargetEvent({
      action: 'closed',
      merged: true,
      mergeCommitSha: sha,
      repo: REPO,
      number: 7,
      baseSha: pull.base.sha,
      headSha: pull.head.sha,
      headRef: pull.head.ref,
      author: pull.user,
      sender: 'repo-admin',
      labels: [],
    }),
  );
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return h.repo.files('main')['soup/changes/2026-12-02-pr-7.md']!;
}

async function tickEverything(): Promise<{ gate: string | undefined; missing: string[]; body: string }> {
  await run(h, prEvent(h, 7, 'opened'));
  await run(h, editComment(h, 7, tickAll, 'qa-lead'));
  const result = await run(h, prEvent(h, 7, 'edited'));
  expect(result.code === 0 || result.outputs.gate === 'fail', result.stderr).toBe(true);
  return {
    gate: result.outputs.gate,
    missing: JSON.parse(result.outputs.missing ?? '[]') as string[],
    body: botComment(h, 7).body,
  };
}

describe('requirement-level re-verification from the evidence run’s JUnit artifact', () => {
  it('shows each requirement’s tests passed, marks re-verification done, and the gate can pass; the workflow_run event brings the results', async () => {
    h = await startHarness();
    const { head } = openPr();
    // Opened before the evidence run finished: the item says where the results will come from.
    await run(h, prEvent(h, 7, 'opened'));
    expect(botComment(h, 7).body).toContain(
      'the bot lists each requirement’s test results from the JUnit artifact of the accepted evidence run',
    );
    await run(h, editComment(h, 7, tickAll, 'qa-lead'));
    const workflowRun = evidenceRun(head, [
      { name: 'junit-results', zip: junitZip(vitestReport({ limit: 'pass', perf: 'pass' })) },
    ]);
    h.gh.clearRequests();
    const completed = await run(
      h,
      workflowRunCompletedEvent({
        repo: REPO,
        run: { id: workflowRun.id, name: 'integration', headSha: head, conclusion: 'success' },
        pullRequests: [
          { number: 7, headSha: head, headRef: 'deps/bump', baseSha: h.repo.pulls.get(7)!.base.sha },
        ],
        defaultBranchSha: h.repo.branchSha('main')!,
      }),
    );
    expect(completed.outputs.gate, completed.outputs.missing).toBe('pass');
    // What the artifact path costs: the check suite's run, its artifact list, the zip's 302, the blob.
    expect(
      h.gh.requests
        .filter((r) => r.path.includes('/actions/') || r.path.startsWith('/_blobs/'))
        .map((r) => `${r.method} ${r.path.replace(/\d{4,}/g, 'N').replace(/\/_blobs\/.*/, '/_blobs/…')}`),
    ).toEqual([
      `GET /repos/${REPO}/actions/runs`,
      `GET /repos/${REPO}/actions/runs/N/artifacts`,
      `GET /repos/${REPO}/actions/artifacts/N/zip`,
      'GET /_blobs/…',
    ]);
    expect(gateCheck(h, head).conclusion).toBe('success');
    const body = botComment(h, 7).body;
    expect(body).toContain('re-verification done by the bot: every named test passed on');
    expect(body).toContain(
      '- ✅ <code>REQ-API-003</code> passed: <code>test/body-limit.test.ts&#58; body limit &gt; rejects 1 MB + 1 byte</code>',
    );
    expect(body).toContain(
      'the register names no tests for the requirements of <code>ms</code>; the whole evidence run counts for them.',
    );
    // The blob host saw no token (it refuses one), and the artifact was fetched once per evaluation.
    expect(h.gh.requests.filter((r) => r.path.startsWith('/_blobs/')).every((r) => r.status === 200)).toBe(
      true,
    );
    // On merge, the change record carries the per-requirement results that admitted the change.
    const record = await mergeAndRecord();
    expect(record).toContain('## Requirement re-verification');
    expect(record).toContain(
      '| <code>express</code> <code>4.19.2</code> → <code>4.21.1</code> | <code>REQ-API-003</code> | ✅ passed | 2 |',
    );
    expect(record).toContain(
      `artifact <code>junit-results</code>, on <code>${head.slice(0, 12)}</code> (final head)`,
    );
    expect(parseChangeRecord(record)!.reverification).toMatchObject({
      run: `https://github.com/${REPO}/actions/runs/${workflowRun.id}`,
      sha: head,
      changes: [
        {
          requirements: [
            { id: 'REQ-API-003', verdict: 'passed', tests: 2 },
            { id: 'REQ-PERF-002', verdict: 'passed', tests: 1 },
          ],
        },
      ],
    });
    expect(
      stable(body)
        .replace(/[0-9a-f]{7}(?=<\/code>)/g, 'SHA')
        .replace(/runs\/\d+/g, 'runs/ID')
        .replace(/run \d+/g, 'run ID'),
    ).toMatchSnapshot();
  });

  it('blocks on a failing linked test and names it (and on a skipped one)', async () => {
    h = await startHarness();
    const { head } = openPr();
    evidenceRun(head, [
      { name: 'junit-results', zip: junitZip(vitestReport({ limit: 'fail', perf: 'skip' })) },
    ]);
    const outcome = await tickEverything();
    expect(outcome.gate).toBe('fail');
    expect(gateCheck(h, head).conclusion).toBe('failure');
    const missing = outcome.missing.join('\n');
    expect(missing).toContain('requirement <code>REQ-API-003</code> not re-verified on');
    expect(missing).toContain(
      '<code>test/body-limit.test.ts&#58; body limit &gt; rejects 1 MB + 1 byte</code> failed',
    );
    expect(missing).toContain('<code>test/status.test.ts&#58; status answers within 50 ms</code> skipped');
    expect(outcome.body).toContain(
      '- ❌ <code>REQ-API-003</code> failed: <code>test/body-limit.test.ts&#58; body limit &gt; rejects 1 MB + 1 byte</code> failed',
    );
    expect(outcome.body).toContain('2 of 2 not re-verified on');
  });

  it('says a missing artifact is missing, names what the run has, and blocks; an expired one likewise', async () => {
    h = await startHarness();
    const { head } = openPr();
    const runWithout = evidenceRun(head, [{ name: 'coverage', zip: junitZip('x') }]);
    const outcome = await tickEverything();
    expect(outcome.gate).toBe('fail');
    expect(outcome.missing.join('\n')).toContain(
      `requirement-level re-verification: run <code>${runWithout.id}</code> has no artifact named <code>junit-results</code> (it has <code>coverage</code>)`,
    );
    expect(outcome.body).toContain('**Re-verification:** ❌ the tests could not be read: run');

    runWithout.artifacts.push({
      id: 991,
      name: 'junit-results',
      zip: junitZip(vitestReport({ limit: 'pass', perf: 'pass' })),
      expired: true,
    });
    const again = await run(h, prEvent(h, 7, 'edited'));
    expect(again.outputs.gate).toBe('fail');
    expect(again.outputs.missing).toContain(
      `artifact <code>junit-results</code> of run <code>${runWithout.id}</code> has expired`,
    );

    // A token without actions: read: the comment names the permission to grant.
    h.gh.script(
      `GET /repos/${REPO}/actions/runs/${runWithout.id}/artifacts`,
      faults.status(403, 'Resource not accessible by integration'),
    );
    const denied = await run(h, prEvent(h, 7, 'edited'));
    expect(denied.outputs.gate).toBe('fail');
    expect(denied.outputs.missing).toContain(
      "the token cannot read the evidence run's artifacts: grant <code>actions&#58; read</code> in the workflow's <code>permissions&#58;</code>",
    );
  });

  it('ignores the artifact of a run of a workflow the base policy does not name, and says so', async () => {
    h = await startHarness();
    const { head } = openPr({ [OTHER]: WORKFLOW.replace('name: integration', 'name: other') });
    // GitHub Actions wrote the integration-tests check run, but from other.yml: the check run is
    // accepted as evidence by name and app, yet its artifact is not read.
    const other = evidenceRun(
      head,
      [{ name: 'junit-results', zip: junitZip(vitestReport({ limit: 'pass', perf: 'pass' })) }],
      OTHER,
    );
    const outcome = await tickEverything();
    expect(outcome.gate).toBe('fail');
    expect(outcome.missing.join('\n')).toContain(
      `requirement-level re-verification: its artifacts are ignored: run <code>${other.id}</code> is of workflow <code>${OTHER}</code> (<code>other</code>), which the base branch's policy does not name`,
    );
    expect(h.gh.requests.some((r) => r.path.includes('/artifacts'))).toBe(false);
    expect(outcome.body).not.toContain('✅ <code>REQ-API-003</code>');
  });

  it('without an artifact in the policy, behaves as before: no artifact is asked for', async () => {
    h = await startHarness();
    const plain = POLICY.replace('  junit-artifact: junit-results\n', '');
    const files = { [INTEGRATION]: WORKFLOW, 'soup/register.yml': REGISTER };
    const base = commitLock(h, BASE, { branch: 'main', policy: plain, extra: files });
    const head = commitLock(h, BUMPED, { parents: [base], policy: plain, extra: files });
    h.repo.addPull({ number: 7, baseSha: base, headSha: head, headRef: 'deps/bump', user: 'dev' });
    evidenceRun(head, [
      { name: 'junit-results', zip: junitZip(vitestReport({ limit: 'fail', perf: 'skip' })) },
    ]);
    const outcome = await tickEverything();
    expect(outcome.gate, outcome.missing.join('\n')).toBe('pass');
    expect(outcome.body).not.toContain('Re-verification**');
    expect(h.gh.requests.some((r) => r.path.includes('/actions/'))).toBe(false);
  });
});
