// The action's cold start: what it loads before it can send its first API request. The entry's static
// graph (everything an event soup-gate does not act on loads) holds the runner's inputs, the event
// reader, the Octokit client and the light module that reads the PR, and nothing of the gate itself:
// no lockfile parser, no YAML or JSON scanner, no version rules, no CycloneDX, no renderer. A PR event
// loads those as a separate chunk while the PR is being read (app/pull-request-gate.ts).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOT_TOKEN, readFolderFiles, startFakeGitHub, type FakeGitHub } from '../fakes/github-server.js';
import { runAction } from '../fakes/run-action.js';
import { pullRequestTargetEvent, type RunnerEvent } from '../fakes/webhook-events.js';

const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;
const HOOK = pathToFileURL(resolve('test/support/record-loads.mjs')).href;

// undici is not listed: run from source, @actions/core loads it for its OIDC client, which the bundle
// replaces with a stub (esbuild.config.mjs).
const HEAVY = [
  /\/src\/lockfiles\/(?!limits\.ts|types\.ts)/,
  /\/node_modules\/(?:@cyclonedx|js-yaml|yaml|smol-toml|@yarnpkg|fast-xml-parser|jsonc-parser|picomatch|semver|@renovatebot|spdx-[a-z-]+|diff)\//,
  /\/src\/(?:documents|enrich|monitor|register|inventory|verification|versions|local)\//,
  /\/src\/gate\/(?!gate-check\.ts)/,
  /\/src\/app\/(?!context\.ts|pull-request-gate\.ts)/,
  /\/src\/github\/(?!client|event|json|types|pull-request-info)\b/,
];

let gh: FakeGitHub;
let event: RunnerEvent;

beforeAll(async () => {
  gh = await startFakeGitHub();
  const repo = gh.addRepo('acme/pump');
  const baseSha = repo.commit({ files: await readFolderFiles('examples/demo/base'), branch: 'main' });
  const headSha = repo.commit({ files: await readFolderFiles('examples/demo/head'), parents: [baseSha] });
  repo.addPull({ number: 42, baseSha, headSha, headRef: 'bump' });
  event = pullRequestTargetEvent({
    action: 'synchronize',
    repo: 'acme/pump',
    number: 42,
    baseSha,
    headSha,
    headRef: 'bump',
  });
});

afterAll(async () => {
  await gh.close();
});

/** Runs src/index.ts (through tsx) for the event and returns the URLs of the modules it loaded. */
async function modulesLoadedFor(runnerEvent: RunnerEvent): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'soup-gate-loads-')), 'loads.log');
  const result = await runAction({
    event: runnerEvent,
    apiUrl: gh.url,
    token: BOT_TOKEN,
    inputs: { enrich: 'false' },
    entry: resolve('src/index.ts'),
    env: { NODE_OPTIONS: `--import ${TSX} --import ${HOOK}`, SOUP_GATE_LOAD_LOG: log },
    timeoutMs: 60_000,
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

describe('action cold start', () => {
  it("an event it does not act on loads the entry's static graph only, with none of the gate's code", async () => {
    const loaded = await modulesLoadedFor({ ...event, name: 'watch' });
    // The hook sees the entry and the PR reader, so an empty log cannot pass for a light one.
    expect(loaded.some((url) => url.endsWith('/src/main.ts'))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/src/github/pull-request-info.ts'))).toBe(true);
    expect(loaded.filter((url) => HEAVY.some((pattern) => pattern.test(url)))).toEqual([]);
  }, 90_000);

  it('a PR event loads the gate, its YAML library and the npm parser (so the check above can fail)', async () => {
    const loaded = await modulesLoadedFor(event);
    expect(loaded.some((url) => url.endsWith('/src/app/gate-evaluation.ts'))).toBe(true);
    expect(loaded.some((url) => /\/node_modules\/yaml\//.test(url))).toBe(true);
    expect(loaded.some((url) => url.endsWith('/src/lockfiles/npm.ts'))).toBe(true);
    expect(gh.requests.some((r) => /\/pulls\/42$/.test(r.path))).toBe(true);
  }, 90_000);
});
