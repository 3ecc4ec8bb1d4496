// Mutation testing of the rules users depend on (issue 20): `npm run mutate`. Not part of .ci/run
// (it takes tens of minutes on two cores); the report is kept under reports/mutation/ and the
// incremental file lets a re-run test only mutants whose code or tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    // gate rules: ticks, verdict, evidence, reviewers, labels, scope, register entries
    'src/gate/**/*.ts',
    // the diff: pairing, directness moves, change kinds
    'src/inventory/match-versions.ts',
    'src/inventory/diff-packages.ts',
    'src/inventory/change.ts',
    'src/inventory/change-key.ts',
    // the cut-off file list rule
    'src/github/tree-diff.ts',
    // OSV classification
    'src/enrich/osv.ts',
    // The parsers' scope and directness (what is gated, not only listed): line ranges of just those
    // functions, so string-building of errors and the rest of each parser stay out of the run.
    // npm: direct if known (root entry or package.json), Node's resolution from the root and the
    // workspace folders, v1's depth-0 rule, dev/optional/devOptional flags, merging copies.
    'src/lockfiles/npm.ts:115-120',
    'src/lockfiles/npm.ts:174-197',
    'src/lockfiles/npm.ts:309-338',
    'src/lockfiles/npm.ts:408-411',
    'src/lockfiles/npm.ts:469-476',
    'src/lockfiles/npm.ts:541-577',
    // package.json declarations and the scope order they share with every parser
    'src/lockfiles/package-json.ts:20-41',
    // Poetry: groups/category, the reachability fallback for files without them, direct = declared
    'src/lockfiles/python/poetry.ts:45-61',
    'src/lockfiles/python/poetry.ts:131-147',
    'src/lockfiles/python/poetry.ts:159-162',
    'src/lockfiles/python/poetry.ts:210-210',
    'src/lockfiles/python/poetry.ts:220-220',
    // pyproject declarations (Poetry optional -> optional) and the scope walk every Python parser uses
    'src/lockfiles/python/common.ts:220-235',
    'src/lockfiles/python/common.ts:252-272',
    'src/lockfiles/python/common.ts:360-393',
    // pnpm: the scope and directness of each item over the documents, the importers' seeds and
    // own folders, the unreachable-entry rule, and the scope walk through optional edges
    'src/lockfiles/pnpm.ts:160-176',
    'src/lockfiles/pnpm.ts:226-291',
    'src/lockfiles/pnpm.ts:669-715',
  ],
  coverageAnalysis: 'perTest',
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // One runner: the machine is shared; a full run takes about an hour on two cores.
  concurrency: 1,
  timeoutMS: 30_000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
};
