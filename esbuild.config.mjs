// The one bundler config: dist/index.js (the action, run by node24) and dist/cli.js (the CLI, Node >= 20).
// Output is deterministic (no timestamps, no absolute paths) so a fresh build can be compared with the
// committed dist/ byte for byte.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });

// @actions/core imports its OIDC client at load time, and with it @actions/http-client and the whole
// bundled undici (~800 KB, half the action's cold start), for core.getIDToken(), which soup-gate
// never calls. Its import in core's oidc-utils resolves to a stub that fails loudly if ever used.
const noOidcClient = {
  name: 'no-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^@actions\/http-client(\/lib\/auth)?$/ }, (args) =>
      /[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/.test(args.importer)
        ? { path: 'oidc-http-client-stub', namespace: 'no-oidc-client' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-oidc-client' }, () => ({
      contents: [
        'const unavailable = () => { throw new Error("soup-gate does not use OIDC tokens (core.getIDToken)"); };',
        'export class HttpClient { constructor() { unavailable(); } }',
        'export class BearerCredentialHandler { constructor() { unavailable(); } }',
      ].join('\n'),
      loader: 'js',
    }));
  },
};

const shared = {
  plugins: [noOidcClient],
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
  // js-yaml ships an ESM and a CommonJS build of the same code; pnpm's reader imports it and
  // @yarnpkg/parsers require()s it, which bundled both (about 100 KB twice). One build for both.
  alias: {
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
    'js-yaml': './node_modules/js-yaml/dist/js-yaml.mjs',
  },
  // The CycloneDX library loads these XML plugins only if installed, inside try/catch; we write JSON
  // only, so they stay unresolved at run time instead of failing the build.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'],
  // Some dependencies are CommonJS and call require() for Node built-ins; ESM bundles need one.
  banner: {
    js: [
      "import { createRequire as __soupGateCreateRequire } from 'node:module';",
      "import { fileURLToPath as __soupGateFileURLToPath } from 'node:url';",
      "import { dirname as __soupGateDirname } from 'node:path';",
      'const require = __soupGateCreateRequire(import.meta.url);',
      // CommonJS dependencies (the CycloneDX library) read __dirname at load time.
      'const __filename = __soupGateFileURLToPath(import.meta.url);',
      'const __dirname = __soupGateDirname(__filename);',
    ].join(' '),
  },
};

await build({
  ...shared,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/index.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
});
