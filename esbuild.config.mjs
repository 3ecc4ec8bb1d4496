// The one bundler config: dist/index.js (the action, run by node24) and dist/cli.js (the CLI, Node >= 20).
// Output is deterministic (no timestamps, no absolute paths) so a fresh build can be compared with the
// committed dist/ byte for byte.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'linked',
  sourcemap: false,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose factory require()s './impl/…' through a parameter that
  // esbuild cannot follow: the bundle would throw "Cannot find module './impl/format'" on load. Its
  // ESM build bundles cleanly.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  // Some dependencies are CommonJS and call require() for Node built-ins; ESM bundles need one.
  banner: {
    js: "import { createRequire as __soupGateCreateRequire } from 'node:module'; const require = __soupGateCreateRequire(import.meta.url);",
  },
};

await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
