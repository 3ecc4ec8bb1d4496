// The tests a mutation run executes: the unit tests of the rule layers. End-to-end tests run the
// bundled dist/, which a mutant of src/ never reaches, so they would only cost time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/gate/**/*.test.ts',
      'test/inventory/**/*.test.ts',
      'test/lockfiles/**/*.test.ts',
      'test/github/**/*.test.ts',
      'test/enrich/**/*.test.ts',
    ],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
