import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'test/fixtures/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': 'off',
    },
  },
  {
    // The pure core must not reach GitHub: DESIGN.md keeps @actions/* in src/github, src/config/inputs.ts and src/main.ts.
    files: [
      'src/versions/**',
      'src/markdown/**',
      'src/lockfiles/**',
      'src/inventory/**',
      'src/gate/**',
      'src/documents/**',
      'src/register/**',
      'src/enrich/**',
      'src/monitor/**',
      'src/verification/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', 'node:fs', 'node:child_process', 'fs'] }],
    },
  },
);
