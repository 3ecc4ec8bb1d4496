// Real lockfile changes from public projects (../shared/corpus): the diff must show every bump the
// commit message claims, or the disagreement must be explained below. The files are the truth.
import { afterAll, describe, expect, it } from 'vitest';
import {
  CORPUS_DIR,
  diffCorpusCase,
  findClaim,
  hasCorpus,
  listCorpusCases,
  type Claim,
} from './support/corpus.js';

/** Claims the files contradict, each checked by hand against the lockfiles. */
const EXPLAINED: Record<string, string> = {
  'bundler/rubygems__rubygems.org__c73e5b5386 aws-sdk-sqs 1.109.0->1.110.0':
    'stale message: the Dependabot group PR was rebased and the Gemfile.lock reached 1.111.0, which the diff shows',
  'cargo/sharkdp__bat__e8ff13cd53 toml 0.8.19->0.8.23':
    'the message names a version the lockfile never reached: Cargo.lock went from 0.8.19 to 0.9.1, which the diff shows',
  'requirements/pypa__warehouse__879e98c4d8 alembic 1.4.2->1.4.3':
    '"Combined PR" squash: alembic 1.4.3 had already landed in an earlier commit, so the parent already pins 1.4.3 and nothing changes here',
  'requirements/pypa__warehouse__879e98c4d8 readme-renderer[md] 26.0->27.0':
    '"Combined PR" squash: readme-renderer 27.0 had already landed before this commit; both sides pin 27.0',
  'pnpm/vitejs__vite__12ff3652d8 pnpm null->8':
    'a package-manager bump: pnpm is not in the lockfile; the lockfile format moves 5.4 -> 6.0 with no package change, and the diff shows none',
  'pnpm/vitejs__vite__6851a707f5 pnpm null->9':
    'a package-manager bump: pnpm itself is not a locked package; the 6.0 -> 9.0 rewrite re-resolved some packages, which the diff lists',
  'yarn-berry/prettier__prettier__6e51c5ef38 yarn null->4.14':
    'a package-manager bump: yarn is not a locked package; the five lockfiles move berry v8 -> v9 with no package change, and the diff shows none',
  'yarn-berry/prettier__prettier__126d3ac539 ws 7.5.10->8.20.1':
    'Dependabot names the lowest ws in the lockfile as "from"; 7.5.10 stays (another dependent needs ^7.3.1) and the ^8.18.0 line moved 8.18.3 -> 8.20.1, which the diff shows',
};

/** Cases whose message claims nothing, checked by hand: what the diff must show. */
const EXPECTED: Record<
  string,
  (
    changes: Array<{
      type: string;
      name: string;
      from: string | null;
      to: string | null;
      direct: boolean | null;
    }>,
  ) => void
> = {
  // Format-only rewrites: no SOUP change at all.
  'bundler/rubygems__rubygems.org__5ccdd508c5': (c) => expect(c).toEqual([]),
  'bundler/rubygems__rubygems.org__7dbc8007ff': (c) => expect(c).toEqual([]),
  'npm/actions__typescript-action__569d785639': (c) => expect(c).toEqual([]),
  'pnpm/vuejs__core__847658b7a2': (c) => expect(c).toEqual([]),
  'requirements/pypa__warehouse__65b8b139ce': (c) => expect(c).toEqual([]),
  'uv/pallets__flask__2c1b30d050': (c) => expect(c).toEqual([]),
  'yarn-berry/prettier__prettier__03f05fa3b5': (c) => expect(c).toEqual([]),
  // People adding or removing direct dependencies.
  'npm/actions__dependency-review-action__4c0961eff6': (c) =>
    expect(c).toMatchObject([{ type: 'added', name: '@types/jest', to: '27.5.2', direct: true }]),
  'npm/actions__dependency-review-action__2013ccccfe': (c) =>
    expect(c).toMatchObject([
      { type: 'removed', name: '@types/spdx-satisfies', from: '0.1.2', direct: true },
    ]),
  'cargo/sharkdp__bat__ce856dbba7': (c) =>
    expect(c).toMatchObject([
      { type: 'updated', name: 'etcetera', from: '0.10.0', to: '0.11.0', direct: true },
      { type: 'removed', name: 'home', from: '0.5.9', direct: true },
    ]),
  'go/cli__cli__950144945f': (c) =>
    expect(c).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'added',
          name: 'github.com/charmbracelet/glamour',
          to: 'v0.1.0',
          direct: true,
        }),
        expect.objectContaining({
          type: 'removed',
          name: 'github.com/vilmibm/go-termd',
          from: 'v0.0.4',
          direct: true,
        }),
      ]),
    ),
  'composer/wallabag__wallabag__03111e510c': (c) =>
    expect(c).toMatchObject([
      { type: 'removed', name: 'bdunogier/guzzle-site-authenticator', from: '1.1.0', direct: true },
    ]),
  'bundler/rubygems__rubygems.org__8552cb8a90': (c) =>
    expect(c).toMatchObject([
      { type: 'removed', name: 'database_cleaner', from: '1.3.0', direct: true },
      { type: 'added', name: 'database_rewinder', to: '0.2.0', direct: true },
    ]),
  'requirements/pypa__warehouse__ef5adeaf82': (c) =>
    expect(c).toMatchObject([
      { type: 'added', name: 'pymacaroons', to: '0.13.0', direct: true },
      { type: 'added', name: 'pynacl', to: '1.2.1', direct: true },
    ]),
  'uv/fastapi__fastapi__5aacc7b6a0': (c) =>
    expect(c.filter((x) => x.direct).map((x) => `${x.type} ${x.name}`)).toEqual([
      'added pytest-cov',
      'added pytest-sugar',
      'added pytest-timeout',
      'added pytest-xdist',
    ]),
  'yarn-berry/prettier__prettier__ca5c11e95d': (c) =>
    expect(c).toMatchObject([{ type: 'added', name: 'base64-arraybuffer-es6', to: '3.1.0', direct: true }]),
  'pnpm/vitejs__vite__06370dce72': (c) =>
    expect(c).toMatchObject([{ type: 'removed', name: 'vue-router', from: '4.5.0', direct: true }]),
  'yarn-v1/wallabag__wallabag__e4fb100163': (c) =>
    expect(c).toMatchObject([{ type: 'removed', name: 'jquery.cookie', from: '1.4.1', direct: true }]),
  // The files disagree with the corpus note ("annotations added, no version changes"): the
  // regenerated files really pin older versions, so the diff reports the downgrades.
  'requirements/pypa__warehouse__47c59d48c2': (c) =>
    expect(c.map((x) => `${x.name} ${x.from}->${x.to}`).sort()).toEqual([
      'boto3 1.12.37->1.12.36',
      'botocore 1.15.37->1.15.36',
      'pbr 5.4.5->5.4.4',
    ]),
};

const claimKey = (id: string, claim: Claim): string => `${id} ${claim.name} ${claim.from}->${claim.to}`;
const cases = listCorpusCases();
const tally = new Map<string, { claims: number; agreed: number; explained: number }>();

describe.skipIf(!hasCorpus)(`real lockfile changes in ${CORPUS_DIR}`, () => {
  it('has cases of every JavaScript format and every other ecosystem', () => {
    const folders = new Set(cases.map((c) => c.folder));
    for (const folder of [
      'npm',
      'yarn-v1',
      'yarn-berry',
      'pnpm',
      'requirements',
      'poetry',
      'uv',
      'go',
      'cargo',
      'bundler',
      'composer',
    ]) {
      expect(folders).toContain(folder);
    }
  });

  for (const corpusCase of cases) {
    it(`${corpusCase.id}: ${corpusCase.subject.slice(0, 70)}`, async () => {
      const result = await diffCorpusCase(corpusCase);
      const row = tally.get(corpusCase.folder) ?? { claims: 0, agreed: 0, explained: 0 };
      tally.set(corpusCase.folder, row);
      for (const claim of corpusCase.claimed) {
        row.claims++;
        const found = findClaim(result.changes, claim);
        const reason = EXPLAINED[claimKey(corpusCase.id, claim)];
        if (found) {
          row.agreed++;
          // A stale explanation would hide a future regression in the other direction.
          expect(reason, `explained but the diff agrees: ${claimKey(corpusCase.id, claim)}`).toBeUndefined();
        } else {
          row.explained++;
          expect(reason, `the diff does not show ${claimKey(corpusCase.id, claim)}`).toBeDefined();
        }
      }
      EXPECTED[corpusCase.id]?.(result.changes);
      // Every change is well-formed whatever the case.
      for (const change of result.changes) {
        expect([change.from === null, change.to === null]).toEqual([
          change.type === 'added',
          change.type === 'removed',
        ]);
        if (change.type === 'updated')
          expect(change.from !== change.to || change.fromRef !== change.toRef).toBe(true);
      }
    });
  }

  it('lists every explained disagreement against a case that exists', () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const key of [...Object.keys(EXPLAINED), ...Object.keys(EXPECTED)])
      expect(ids).toContain(key.split(' ')[0]);
  });

  afterAll(() => {
    const lines = [
      'corpus agreement (claimed bumps the diff shows / claims; the rest explained in test/corpus.test.ts):',
    ];
    let claims = 0;
    let agreed = 0;
    for (const [folder, row] of [...tally].sort()) {
      lines.push(
        `  ${folder.padEnd(13)} ${row.agreed}/${row.claims}${row.explained ? ` (${row.explained} explained)` : ''}`,
      );
      claims += row.claims;
      agreed += row.agreed;
    }
    lines.push(`  total         ${agreed}/${claims} = ${((100 * agreed) / Math.max(claims, 1)).toFixed(1)}%`);
    console.log(lines.join('\n'));
  });
});

describe.skipIf(hasCorpus)('real lockfile changes', () => {
  it.skip(`skipped: no corpus at ${CORPUS_DIR} (the project's own tests don't need it; CI has it beside the clone)`, () => {});
});
