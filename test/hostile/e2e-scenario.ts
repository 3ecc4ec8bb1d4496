// Shared set-up for the security, fault and concurrency end-to-end tests: a PR bumping express on
// the fake GitHub, and readers for what the bot stored (its check run's state, its comment).
import { STATE_COMPRESSION } from '../../src/app/gate-state.js';
import type { GateState } from '../../src/gate/state.js';
import { decodeStateOutput } from '../../src/gate/state-record.js';
import { readCheckboxes } from '../../src/gate/checkboxes.js';
import { GITHUB_ACTIONS_APP } from '../fakes/github-server.js';
import { commitLock, POLICY, type Harness } from '../e2e/gate-harness.js';

export const BASE = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'ms', version: '2.1.2', direct: true },
  { name: 'debug', version: '2.6.9' },
  { name: 'jest', version: '29.7.0', direct: true, dev: true },
];

/** express and ms bumped: two gated changes, six checklist items. */
export const BUMPED = [
  { name: 'express', version: '4.21.1', direct: true },
  { name: 'ms', version: '2.1.3', direct: true },
  { name: 'debug', version: '2.6.9' },
  { name: 'jest', version: '29.7.0', direct: true, dev: true },
];

export function openPr(
  h: Harness,
  options: { head?: typeof BASE; author?: string; number?: number; policy?: string; body?: string } = {},
): { base: string; head: string; number: number } {
  const number = options.number ?? 7;
  const policy = options.policy ?? POLICY;
  const base = commitLock(h, BASE, { branch: 'main', policy });
  const head = commitLock(h, options.head ?? BUMPED, { parents: [base], policy });
  h.repo.addPull({
    number,
    baseSha: base,
    headSha: head,
    headRef: 'deps/bump',
    user: options.author ?? 'dependabot[bot]',
    title: 'Bump express and ms',
    ...(options.body !== undefined ? { body: options.body } : {}),
  });
  return { base, head, number };
}

export function addEvidence(h: Harness, sha: string): void {
  h.repo.addCheckRun({ name: 'integration-tests', headSha: sha, status: 'completed', conclusion: 'success' });
}

/** The state in the bot's latest soup-gate check run on a commit (what the next event reads). */
export function storedState(
  h: Harness,
  sha: string,
  pr = 7,
  app = GITHUB_ACTIONS_APP.slug,
): GateState | undefined {
  const runs = h.repo
    .checkRunsFor(sha, 'soup-gate')
    .filter((r) => r.app.slug === app)
    .sort((a, b) => b.id - a.id);
  const output = runs[0]?.output;
  return output
    ? decodeStateOutput({ text: output.text ?? '', summary: output.summary ?? '' }, pr, STATE_COMPRESSION)
    : undefined;
}

export function tickedItems(h: Harness, sha: string, pr = 7): string[] {
  return (storedState(h, sha, pr)?.ticks ?? []).map((t) => t.item).sort();
}

/** Item ids of the comment, in order. */
export function itemIds(body: string): string[] {
  // Checklist items only: the "all items" boxes are no items of their own.
  return [...readCheckboxes(body).keys()].filter((id) => !id.startsWith('all-'));
}

/** Ticks exactly the item lines whose ids are given. */
export function tickItems(ids: readonly string[]): (body: string) => string {
  return (body) =>
    body
      .split('\n')
      .map((line) =>
        ids.some((id) => line.includes(`<!-- soup-gate:item ${id} -->`))
          ? line.replace(/^- \[ \]/, '- [x]')
          : line,
      )
      .join('\n');
}

/** The soup-gate check runs on a commit, any app, newest first. */
export function gateRuns(h: Harness, sha: string) {
  return h.repo.checkRunsFor(sha, 'soup-gate').sort((a, b) => b.id - a.id);
}
