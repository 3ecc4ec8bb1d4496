// The artifact adapter against the loopback fake GitHub: the paginated listing, the 302 to the
// blob host (followed without the token: the fake's blob host refuses a request carrying it), the
// size bound, an expired artifact and a token without `actions: read`.
import { zipSync, strToU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ArtifactError,
  downloadArtifact,
  findWorkflowRunOfSuite,
  listRunArtifacts,
} from '../../src/github/artifacts.js';
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { PermissionError } from '../../src/github/errors.js';
import {
  BOT_TOKEN,
  faults,
  startFakeGitHub,
  type FakeGitHub,
  type FakeRepo,
} from '../fakes/github-server.js';

const REPO = { owner: 'acme', repo: 'device' };
let gh: FakeGitHub;
let repo: FakeRepo;
let client: GitHubClient;
let head: string;

beforeEach(async () => {
  gh = await startFakeGitHub();
  repo = gh.addRepo('acme/device');
  head = repo.commit({ files: { 'a.txt': 'a\n' }, branch: 'main' });
  client = createGitHubClient({ token: BOT_TOKEN, apiUrl: gh.url, warn: () => {} });
});

afterEach(async () => {
  await gh.close();
});

const zip = zipSync({ 'junit/report.xml': strToU8('<testsuite><testcase name="a"/></testsuite>') });

describe('listRunArtifacts', () => {
  it('lists every artifact of a run over several pages, with name, size and whether it expired', async () => {
    const artifacts = Array.from({ length: 130 }, (_, i) => ({ name: `a${i}`, zip, expired: i === 7 }));
    const run = repo.addWorkflowRun({ headSha: head, artifacts });
    const listed = await listRunArtifacts(client, REPO, run.id);
    expect(listed).toHaveLength(130);
    expect(listed[0]).toEqual({
      id: expect.any(Number),
      name: 'a0',
      sizeInBytes: zip.byteLength,
      expired: false,
    });
    expect(listed.filter((a) => a.expired).map((a) => a.name)).toEqual(['a7']);
    expect(gh.requests.filter((r) => r.path.endsWith('/artifacts'))).toHaveLength(2);
  });

  it('turns a 403 into a PermissionError naming actions: read', async () => {
    const run = repo.addWorkflowRun({ headSha: head });
    gh.script(
      `GET /repos/acme/device/actions/runs/${run.id}/artifacts`,
      faults.status(403, 'Resource not accessible by integration'),
    );
    const error = await listRunArtifacts(client, REPO, run.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).message).toContain('"actions: read"');
  });
});

describe('findWorkflowRunOfSuite', () => {
  it('finds the workflow run of a check suite on the head, and nothing for another suite', async () => {
    const run = repo.addWorkflowRun({ headSha: head, checkSuiteId: 4242, path: '.github/workflows/it.yml' });
    repo.addWorkflowRun({ headSha: head, checkSuiteId: 4343 });
    const found = await findWorkflowRunOfSuite(client, REPO, head, 4242);
    expect(found).toMatchObject({
      id: run.id,
      path: '.github/workflows/it.yml',
      headSha: head,
      repository: 'acme/device',
    });
    expect(await findWorkflowRunOfSuite(client, REPO, head, 1)).toBeUndefined();
  });
});

describe('downloadArtifact', () => {
  it('follows the 302 to the blob host without the token and returns the zip', async () => {
    const run = repo.addWorkflowRun({ headSha: head, artifacts: [{ name: 'junit', zip }] });
    const [artifact] = run.artifacts;
    const bytes = await downloadArtifact(client, REPO, artifact!, 1024 * 1024);
    expect(Buffer.from(bytes).equals(Buffer.from(zip))).toBe(true);
    const blob = gh.requests.find((r) => r.path.startsWith('/_blobs/'));
    expect(blob?.status).toBe(200);
  });

  it('fails (and the fake says why) if the token were sent to the blob host', async () => {
    const run = repo.addWorkflowRun({ headSha: head, artifacts: [{ name: 'junit', zip }] });
    const leaky: typeof fetch = (url, init) =>
      fetch(url, { ...init, headers: { authorization: `token ${BOT_TOKEN}` } });
    await expect(downloadArtifact(client, REPO, run.artifacts[0]!, 1024 * 1024, leaky)).rejects.toThrow(
      /failed with HTTP 400/,
    );
  });

  it('refuses a zip over the bound, an expired artifact, and a 403 as missing actions: read', async () => {
    const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const run = repo.addWorkflowRun({
      headSha: head,
      artifacts: [
        { name: 'big', zip: big },
        { name: 'old', zip, expired: true },
        { name: 'ok', zip },
      ],
    });
    const [bigOne, old, ok] = run.artifacts;
    await expect(downloadArtifact(client, REPO, bigOne!, 100_000)).rejects.toMatchObject({
      reason: 'too-large',
    });
    const expired = await downloadArtifact(client, REPO, old!, 100_000).catch((e: unknown) => e);
    expect(expired).toBeInstanceOf(ArtifactError);
    expect(expired).toMatchObject({ reason: 'expired', message: 'artifact "old" has expired' });
    gh.script(`GET /repos/acme/device/actions/artifacts/${ok!.id}/zip`, faults.status(403, 'Forbidden'));
    await expect(downloadArtifact(client, REPO, ok!, 100_000)).rejects.toBeInstanceOf(PermissionError);
  });
});
