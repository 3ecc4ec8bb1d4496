// The action's cold start: what it loads before it sends its first API request. For a PR event that is
// the entry's static graph (the runner's inputs, the event reader, the Octokit client and the light
// module that reads the PR) and nothing of the gate itself: no lockfile parser, no YAML or JSON
// scanner, no version rules, no CycloneDX, no renderer. Those load as a separate chunk once the PR is
// read (app/pull-request-gate.ts). The order is deterministic: that chunk is imported only after the
// first response, so the log's `fetch` line always comes before it.
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
const FETCH = pathToFileURL(resolve('test/support/record-first-fetch.mjs')).href;

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

/**
 * Runs src/index.ts (through tsx) for the event and returns the URLs of the modules it loaded, in
 * order, with a `fetch <url>` line where it first called fetch.
 */
async function modulesLoadedFor(runnerEvent: RunnerEvent): Promise<string[]> {
  const log = join(mkdtempSync(join(tmpdir(), 'soup-gate-loads-')), 'loads.log');
  const result = await runAction({
    event: runnerEvent,
    apiUrl: gh.url,
    token: BOT_TOKEN,
    inputs: { enrich: 'false' },
    entry: resolve('src/index.ts'),
    env: { NODE_OPTIONS: `--import ${TSX} --import ${HOOK} --import ${FETCH}`, SOUP_GATE_LOAD_LOG: log },
    timeoutMs: 60_000,
  });
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return readFileSync(log, 'utf8').trim().split('\n');
}

const isHeavy = (url: string): boolean => HEAVY.some((pattern) => pattern.test(url));

describe('action cold start', () => {
  it('a PR event loads none of the gate before its first request, and all of it after', async () => {
    const loaded = await modulesLoadedFor(event);
    const first = loaded.findIndex((line) => line.startsWith('fetch '));
    expect(loaded[first]).toMatch(/\/repos\/acme\/pump\/pulls\/42$/);
    const before = loaded.slice(0, first);
    const after = loaded.slice(first + 1);
    // The hook sees the entry and the PR reader, so an empty log cannot pass for a light one.
    expect(before.some((url) => url.endsWith('/src/main.ts'))).toBe(true);
    expect(before.some((url) => url.endsWith('/src/github/pull-request-info.ts'))).toBe(true);
    expect(before.filter(isHeavy)).toEqual([]);
    // The same patterns do match what the gate loads afterwards (so the check above can fail).
    expect(after.some((url) => url.endsWith('/src/app/gate-evaluation.ts'))).toBe(true);
    expect(after.some((url) => /\/node_modules\/yaml\//.test(url))).toBe(true);
    expect(after.some((url) => url.endsWith('/src/lockfiles/npm.ts'))).toBe(true);
    expect(after.filter(isHeavy).length).toBeGreaterThan(0);
  }, 90_000);

  it('an event it does not act on loads the same static graph and nothing more', async () => {
    const loaded = await modulesLoadedFor({ ...event, name: 'watch' });
    expect(loaded.some((url) => url.endsWith('/src/main.ts'))).toBe(true);
    expect(loaded.some((line) => line.startsWith('fetch '))).toBe(false);
    expect(loaded.filter(isHeavy)).toEqual([]);
  }, 90_000);
});
