// Real Dependabot and Renovate PRs from ../shared/corpus replayed through the bundled action, with a
// policy gating everything (all dependencies, dev included): the comment must show every bump the
// PR's message claims. Skipped (and saying so) without the corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR, hasCorpus } from '../support/corpus.js';
import { botComment, gateCheck, POLICY, prEvent, run, startHarness, type Harness } from './gate-harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

function side(id: string, which: 'before' | 'after'): Record<string, string> {
  const dir = join(CORPUS_DIR, id, which);
  const files: Record<string, string> = {
    '.github/soup-gate.yml': POLICY.replace('dependencies: direct', 'dependencies: all').replace(
      'include-dev: false',
      'include-dev: true',
    ),
  };
  for (const name of readdirSync(dir))
    files[name.replaceAll('__', '/')] = readFileSync(join(dir, name), 'utf8');
  return files;
}

async function replay(id: string, author: string): Promise<{ body: string; head: string; requests: number }> {
  h = await startHarness();
  const base = h.repo.commit({ files: side(id, 'before'), branch: 'main' });
  const head = h.repo.commit({ files: side(id, 'after'), parents: [base] });
  h.repo.addPull({ number: 3, baseSha: base, headSha: head, user: author });
  const result = await run(h, prEvent(h, 3, 'opened'));
  expect(result.code, result.stdout).toBe(0);
  return { body: botComment(h, 3).body, head, requests: h.gh.requests.length };
}

describe.skipIf(!hasCorpus)('real bot PRs replayed through dist/index.js', () => {
  it('Dependabot grouped npm update (10 packages): every claimed bump is in the comment', async () => {
    const id = 'npm/actions__dependency-review-action__87052cdc7b';
    const { body, head, requests } = await replay(id, 'dependabot[bot]');
    const claimed = (
      JSON.parse(readFileSync(join(CORPUS_DIR, id, 'case.json'), 'utf8')) as {
        claimed: { name: string; from: string; to: string }[];
      }
    ).claimed;
    for (const claim of claimed) {
      expect(body, claim.name).toContain(`<code>${claim.name.replaceAll('@', '&#64;')}</code>`);
      expect(body, claim.name).toContain(`<code>${claim.to}</code>`);
    }
    expect(gateCheck(h, head).conclusion).toBe('failure');
    // 12 whatever the PR (PR, policy, file list, register at base and head, 3 state reads, comments,
    // check, comment, duplicate check) + package-lock.json and package.json at base and head: never
    // one per package
    expect(requests).toBe(12 + 2 * 2);
  });

  it('Renovate grouped pnpm update across a workspace: the comment lists the updates and stays under the size limit', async () => {
    const { body, head, requests } = await replay('pnpm/vitejs__vite__0ad16e92d5', 'renovate[bot]');
    expect(body).toContain(
      '<code>&#64;types/node</code> | <code>22.9.0</code> → <code>22.9.3</code> (<code>22.9.0</code> stays for other dependents)',
    );
    expect(body).toContain('**Needs your assessment** (12 changes');
    expect(body.length).toBeLessThan(65_536);
    expect(gateCheck(h, head).conclusion).toBe('failure');
    // the same 12 + pnpm-lock.yaml at base and head (pnpm needs no manifest)
    expect(requests).toBe(12 + 2);
  });
});

describe.skipIf(hasCorpus)('real bot PRs replayed through dist/index.js', () => {
  it.skip(`skipped: no corpus at ${CORPUS_DIR}`, () => {});
});
