/**
 * Workflow runs' artifacts: the list of one run's artifacts, and one artifact's zip. The zip route
 * answers 302 to a short-lived blob URL on another host; that URL carries its own signature, so it
 * is fetched without the GitHub token (a token sent there would leave GitHub). The download is
 * bounded before and while it is read: an artifact comes out of a PR's workflow run.
 */
import type { GitHubClient } from './client.js';
import { PermissionError, statusOf } from './errors.js';
import { expectArray, field } from './json.js';
import type { RepoRef } from './types.js';
import type { WorkflowRunInfo } from './workflow-runs.js';
import { readWorkflowRun } from './workflow-runs.js';

export interface ArtifactInfo {
  id: number;
  name: string;
  /** Compressed size as GitHub reports it. */
  sizeInBytes: number;
  /** Past its retention: listed, but its zip is gone. */
  expired: boolean;
}

/** The permission reading artifacts needs, named in every refusal. */
export const ACTIONS_READ = 'actions: read';

/** At most this many artifacts are listed from one run (GitHub allows 500 uploads per job). */
export const MAX_ARTIFACTS = 1000;

/** An artifact that could not be read; `reason` says why in words the comment can quote. */
export class ArtifactError extends Error {
  override readonly name = 'ArtifactError';
  constructor(
    readonly reason: 'expired' | 'too-large' | 'unreadable',
    message: string,
  ) {
    super(message);
  }
}

function readArtifact(value: unknown): ArtifactInfo | undefined {
  const id = field(value, 'id');
  const name = field(value, 'name');
  const size = field(value, 'size_in_bytes');
  const expired = field(value, 'expired');
  if (typeof id !== 'number' || typeof name !== 'string') return undefined;
  return {
    id,
    name,
    sizeInBytes: typeof size === 'number' ? size : 0,
    // Anything but an explicit false is treated as gone: a download would fail anyway.
    expired: expired !== false,
  };
}

async function asReader<T>(what: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (statusOf(error) === 403 && !/rate limit/i.test(message))
      throw new PermissionError(what, ACTIONS_READ);
    throw error;
  }
}

/** Every artifact of a workflow run (paginated), as GitHub lists them. */
export async function listRunArtifacts(
  client: GitHubClient,
  repo: RepoRef,
  runId: number,
): Promise<ArtifactInfo[]> {
  const artifacts = await asReader(`list the artifacts of run ${runId}`, () =>
    client.paginate(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      { ...repo, run_id: runId, per_page: 100 },
      (response, done) => {
        if (response.data.length >= MAX_ARTIFACTS) done();
        return response.data;
      },
    ),
  );
  return expectArray(artifacts, `the artifacts of run ${runId}`)
    .slice(0, MAX_ARTIFACTS)
    .map(readArtifact)
    .filter((a): a is ArtifactInfo => a !== undefined);
}

/**
 * The GitHub Actions workflow run of a check suite on a commit (a check run from GitHub Actions
 * belongs to the suite of exactly one run), or undefined when there is none.
 */
export async function findWorkflowRunOfSuite(
  client: GitHubClient,
  repo: RepoRef,
  headSha: string,
  checkSuiteId: number,
): Promise<WorkflowRunInfo | undefined> {
  const response = await asReader(`find the workflow run of check suite ${checkSuiteId}`, () =>
    client.request('GET /repos/{owner}/{repo}/actions/runs', {
      ...repo,
      head_sha: headSha,
      check_suite_id: checkSuiteId,
      per_page: 10,
    }),
  );
  const runs = expectArray(field(response.data, 'workflow_runs'), 'the workflow runs of a check suite');
  const run = runs.find((r) => field(r, 'check_suite_id') === checkSuiteId) ?? runs[0];
  const id = field(run, 'id');
  return typeof id === 'number' ? readWorkflowRun(id, run) : undefined;
}

/** Reads a response body up to `maxBytes`, refusing (not cutting) anything longer. */
async function readBounded(response: Response, maxBytes: number, what: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new ArtifactError('too-large', `${what} is ${declared} bytes; at most ${maxBytes} are read`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw new ArtifactError('too-large', `${what} is over ${maxBytes} bytes; at most ${maxBytes} are read`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * One artifact's zip, at most `maxBytes` of it. GitHub answers 410 for an artifact past its
 * retention and 403 without `actions: read`; the blob host's URL must be https (http only for a
 * loopback test server), and is fetched without the token.
 */
export async function downloadArtifact(
  client: GitHubClient,
  repo: RepoRef,
  artifact: { id: number; name: string },
  maxBytes: number,
  fetchBlob: typeof fetch = fetch,
): Promise<Uint8Array> {
  const what = `artifact ${JSON.stringify(artifact.name)}`;
  let location: string | undefined;
  try {
    const response = await asReader(`download ${what}`, () =>
      client.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', {
        ...repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
        request: { redirect: 'manual', parseSuccessResponseBody: false },
      }),
    );
    const header = (response.headers as Record<string, unknown>).location;
    location = typeof header === 'string' ? header : undefined;
    if (location === undefined)
      throw new ArtifactError(
        'unreadable',
        `GitHub answered ${response.status} without a download location for ${what}`,
      );
  } catch (error) {
    const status = statusOf(error);
    if (status === 410) throw new ArtifactError('expired', `${what} has expired`);
    if (status === 404) throw new ArtifactError('unreadable', `${what} no longer exists`);
    throw error;
  }
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new ArtifactError('unreadable', `GitHub gave ${what} a download location that is not a URL`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new ArtifactError('unreadable', `GitHub gave ${what} a download location that is not https`);
  let blob: Response;
  try {
    blob = await fetchBlob(url, { redirect: 'follow', signal: AbortSignal.timeout(120_000) });
  } catch (error) {
    throw new ArtifactError(
      'unreadable',
      `downloading ${what} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (!blob.ok) throw new ArtifactError('unreadable', `downloading ${what} failed with HTTP ${blob.status}`);
  return readBounded(blob, maxBytes, what);
}
