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
