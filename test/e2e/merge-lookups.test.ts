// End to end: on merge, the SOUP list's facts (licence, links) are looked up for what the PR
// changed only; every other item keeps the facts the committed SBOM carries. A 5,000-item inventory
// in which a PR changes 3 items costs look-ups for those 3, and a second merge looks up its own 3
// and carries the first 3 forward without asking again.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeDepsDev, type DepsDevVersion } from '../fakes/deps-dev-server.js';
import type { FakeServer } from '../fakes/osv-server.js';
import { BOT_TOKEN } from '../fakes/github-server.js';
import { runAction } from '../fakes/run-action.js';
import { pullRequestTargetEvent } from '../fakes/webhook-events.js';
import type { LockPackage } from '../support/lockfile-text.js';
import { REPO, commitLock, startHarness, type Harness } from './gate-harness.js';

let h: Harness;
let deps: FakeServer;

afterEach(async () => {
  await Promise.all([h?.close(), deps?.close()]);
});

const FILLER = 4_997;
const MERGED_AT = '2024-05-01T13:00:00Z';

/** 4,997 transitive packages plus the three the PRs move. */
function inventory(moved: Record<string, string>): LockPackage[] {
  const packages: LockPackage[] = [];
  for (let i = 0; i < FILLER; i++)
    packages.push({ name: `filler-${String(i).padStart(4, '0')}`, version: `1.${i % 7}.${i % 11}` });
  for (const [name, version] of Object.entries(moved)) packages.push({ name, version, direct: true });
  return packages;
}

const licensed = (name: string, version: string, licence: string): DepsDevVersion => ({
  system: 'npm',
  name,
  version,
  licenses: [licence],
  links: [{ label: 'SOURCE_REPO', url: `https://github.com/example/${name}` }],
});

/** Opens PR `number` from main's head to `head`, merges it as GitHub would, and runs the closed event. */
async function mergePr(number: number, head: LockPackage[]): Promise<string> {
  const base = h.repo.branchSha('main')!;
  const headSha = commitLock(h, head, { parents: [base] });
  h.repo.addPull({
    number,
    baseSha: base,
    headSha,
    headRef: `dependabot/npm_and_yarn/group-${number}`,
    user: 'dependabot[bot]',
    title: `Bump three packages (#${number})`,
  });
  const pull = h.repo.pulls.get(number)!;
  const sha = h.repo.commit({
    files: { ...h.repo.files(base), ...h.repo.files(headSha) },
    parents: [base, headSha],
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
  h.repo.issues.get(number)!.state = 'closed';
  const result = await runAction({
    event: pullRequestTargetEvent({
      action: 'closed',
      merged: true,
      mergeCommitSha: sha,
      repo: REPO,
      number,
      baseSha: base,
      headSha,
      headRef: pull.head.ref,
      author: pull.user,
      sender: 'repo-admin',
      labels: [],
    }),
    apiUrl: h.gh.url,
    token: BOT_TOKEN,
    inputs: { 'osv-url': h.osv.url, 'deps-dev-url': deps.url },
  });
  expect(result.code, result.stdout).toBe(0);
  return h.repo.files(h.repo.branchSha('main')!)['soup/sbom.cdx.json']!;
}

interface SbomComponent {
  name: string;
  version: string;
  licenses?: { license?: { id?: string } }[];
}

function licenceOf(sbom: string, name: string): string | undefined {
  const bom = JSON.parse(sbom) as { components: SbomComponent[] };
  return bom.components.find((c) => c.name === name)?.licenses?.[0]?.license?.id;
}

/** The package names a batch of look-ups asked about, from both fakes' recorded requests. */
function askedAbout(from: { deps: number; osv: number }): Set<string> {
  const names = new Set<string>();
  for (const r of deps.requests.slice(from.deps)) {
    const m = /\/packages\/([^/]+)\/versions\//.exec(r.path);
    if (m) names.add(decodeURIComponent(m[1]!));
  }
  for (const r of h.osv.requests.slice(from.osv)) {
    for (const m of r.body.matchAll(/"name":"([^"]+)"/g)) names.add(m[1]!);
  }
  return names;
}

describe('facts on merge in a 5,000-item inventory', () => {
  it('looks up the 3 changed items only, then carries them forward while the next merge looks up its own 3', async () => {
    h = await startHarness();
    deps = await startFakeDepsDev({
      versions: [
        licensed('alpha', '2.0.0', 'MIT'),
        licensed('beta', '2.0.0', 'Apache-2.0'),
        licensed('gamma', '2.0.0', 'ISC'),
        licensed('alpha', '3.0.0', 'MIT'),
        licensed('beta', '3.0.0', 'Apache-2.0'),
        licensed('gamma', '3.0.0', 'BSD-3-Clause'),
      ],
    });
    commitLock(h, inventory({ alpha: '1.0.0', beta: '1.0.0', gamma: '1.0.0' }), { branch: 'main' });

    const first = { deps: deps.requests.length, osv: h.osv.requests.length };
    const sbom1 = await mergePr(7, inventory({ alpha: '2.0.0', beta: '2.0.0', gamma: '2.0.0' }));
    expect(JSON.parse(sbom1).components).toHaveLength(FILLER + 3);
    expect([...askedAbout(first)].sort()).toEqual(['alpha', 'beta', 'gamma']);
    // Per package: a bounded handful of requests (OSV batch + deps.dev per side), never per inventory item.
    const firstCost = deps.requests.length - first.deps + (h.osv.requests.length - first.osv);
    expect(firstCost).toBeGreaterThan(0);
    expect(firstCost).toBeLessThanOrEqual(3 * 4);
    expect(licenceOf(sbom1, 'beta')).toBe('Apache-2.0');

    // The second PR moves two of them again and leaves beta: beta's facts come from the committed SBOM.
    const second = { deps: deps.requests.length, osv: h.osv.requests.length };
    const sbom2 = await mergePr(8, inventory({ alpha: '3.0.0', beta: '2.0.0', gamma: '3.0.0' }));
    expect([...askedAbout(second)].sort()).toEqual(['alpha', 'gamma']);
    expect(licenceOf(sbom2, 'beta')).toBe('Apache-2.0');
    expect(licenceOf(sbom2, 'gamma')).toBe('BSD-3-Clause');
    // An item nobody changed was never looked up, and says so rather than claiming no licence.
    expect(licenceOf(sbom2, 'filler-0001')).toBeUndefined();
    const soupMd = h.repo.files(h.repo.branchSha('main')!)['soup/SOUP.md']!;
    expect(soupMd).toContain('not looked up');
  }, 120_000);
});
