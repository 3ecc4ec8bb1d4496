/**
 * The JUnit results of the accepted evidence run (issue 17): which run (only one the evidence rules
 * accepted, and only a workflow run of this repository on the head SHA whose workflow the base
 * policy names and the PR leaves unchanged), its artifact named by the policy, unzipped within
 * bounds and parsed. Anything that keeps the results from being read becomes an `unavailable`
 * outcome whose reason the comment shows, and the gate blocks on it: in doubt, it fails closed.
 */
import type { Policy } from '../config/policy.js';
import type { AcceptedRun, EvidenceStatus } from '../gate/evaluate.js';
import { judgeLinkedRun, judgeWorkflowFile, type RunLink } from '../gate/evidence.js';
import { needsJunitResults, type JunitOutcome } from '../gate/reverification.js';
import type { ChecklistSection } from '../gate/checklist.js';
import {
  ArtifactError,
  downloadArtifact,
  findWorkflowRunOfSuite,
  listRunArtifacts,
  type ArtifactInfo,
} from '../github/artifacts.js';
import type { GitHubClient } from '../github/client.js';
import { PermissionError } from '../github/errors.js';
import type { RepoRef } from '../github/types.js';
import { getFileBlobSha, type WorkflowRunInfo } from '../github/workflow-runs.js';
import { code, escapeText } from '../markdown/escape.js';
import type { Register } from '../register/types.js';
import { ArtifactZipError, unzipJunit } from '../verification/artifact-zip.js';
import { JunitParseError, parseJunit } from '../verification/junit.js';
import { matchesGlob } from '../verification/match.js';
import type { TestResult } from '../verification/types.js';

/** Largest artifact zip downloaded (compressed). */
export const MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;
/** Artifacts matching the policy's name read from one run at most (a matrix uploads one per job). */
export const MAX_MATCHING_ARTIFACTS = 10;
/** Artifact names listed when none matches. */
const MAX_NAMES_LISTED = 8;

export interface JunitInput {
  client: GitHubClient;
  repo: RepoRef;
  rule: Policy['evidence'];
  evidence: EvidenceStatus;
  sections: readonly ChecklistSection[];
  register: Register;
  baseSha: string;
  headSha: string;
  warn: (message: string) => void;
  /** Fetches the artifact's blob URL (tests pass one; the action uses Node's fetch). */
  fetchBlob?: typeof fetch;
}

/** Thrown inside this module with a Markdown reason; becomes an `unavailable` outcome. */
class Unavailable extends Error {}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The workflow run behind the accepted evidence, judged like a linked run: this repository, the
 * head SHA, successful, a workflow the base policy names whose file the PR leaves unchanged. A
 * linked run was judged so already; a check run's suite is looked up and judged here.
 */
async function evidenceWorkflowRun(
  input: JunitInput,
  accepted: AcceptedRun,
): Promise<{ id: number; url: string; path: string }> {
  if (accepted.kind === 'workflow-run') return { id: accepted.id, url: accepted.url, path: accepted.path };
  const what = `check run ${code(accepted.name, 120)}`;
  if (accepted.checkSuiteId === null)
    throw new Unavailable(`${what} names no check suite, so no workflow run (and no artifact) can be found`);
  const run = await findWorkflowRunOfSuite(input.client, input.repo, input.headSha, accepted.checkSuiteId);
  if (!run)
    throw new Unavailable(
      `${what} (from ${code(accepted.appSlug ?? 'unknown', 120)}) is not part of a GitHub Actions workflow run on this head, so it has no artifacts`,
    );
  return judgeRun(input, run);
}

async function judgeRun(
  input: JunitInput,
  run: WorkflowRunInfo,
): Promise<{ id: number; url: string; path: string }> {
  const url = run.url ?? `https://github.com/${input.repo.owner}/${input.repo.repo}/actions/runs/${run.id}`;
  const link: RunLink = { url, owner: input.repo.owner, repo: input.repo.repo, id: String(run.id) };
  const judged = judgeLinkedRun(link, run, input.repo, input.headSha, input.rule);
  if ('problem' in judged) throw new Unavailable(`its artifacts are ignored: ${judged.problem}`);
  const base = await getFileBlobSha(input.client, input.repo, input.baseSha, judged.path);
  const head =
    base === undefined
      ? undefined
      : await getFileBlobSha(input.client, input.repo, input.headSha, judged.path);
  const verdict = judgeWorkflowFile(link, judged.run, judged.path, { base, head }, input.headSha);
  if ('problem' in verdict) throw new Unavailable(`its artifacts are ignored: ${verdict.problem}`);
  return { id: run.id, url, path: judged.path };
}

function pickArtifacts(artifacts: readonly ArtifactInfo[], wanted: string, runId: number): ArtifactInfo[] {
  const matching = artifacts.filter((a) => matchesGlob(wanted, a.name));
  if (matching.length === 0) {
    const names = artifacts.slice(0, MAX_NAMES_LISTED).map((a) => code(a.name, 80));
    const more = artifacts.length - names.length;
    throw new Unavailable(
      `run ${code(String(runId))} has no artifact named ${code(wanted, 120)} (${names.length === 0 ? 'it has none' : `it has ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}`}); does the evidence workflow upload its JUnit XML with actions/upload-artifact?`,
    );
  }
  const expired = matching.find((a) => a.expired);
  if (expired)
    throw new Unavailable(
      `artifact ${code(expired.name, 120)} of run ${code(String(runId))} has expired; re-run the evidence workflow`,
    );
  if (matching.length > MAX_MATCHING_ARTIFACTS)
    throw new Unavailable(
      `run ${code(String(runId))} has ${matching.length} artifacts named ${code(wanted, 120)}; at most ${MAX_MATCHING_ARTIFACTS} are read`,
    );
  return matching;
}

/** Downloads, unzips and parses every matching artifact's JUnit files. */
async function readResults(
  input: JunitInput,
  artifacts: readonly ArtifactInfo[],
): Promise<{ results: TestResult[]; files: number }> {
  const results: TestResult[] = [];
  let files = 0;
  for (const artifact of artifacts) {
    if (artifact.sizeInBytes > MAX_ARTIFACT_BYTES)
      throw new Unavailable(
        `artifact ${code(artifact.name, 120)} is ${artifact.sizeInBytes} bytes; at most ${MAX_ARTIFACT_BYTES} are downloaded`,
      );
    const zip = await downloadArtifact(
      input.client,
      input.repo,
      artifact,
      MAX_ARTIFACT_BYTES,
      input.fetchBlob,
    );
    const unzipped = unzipJunit(zip, input.rule.junitFiles);
    if (unzipped.files.length === 0)
      throw new Unavailable(
        `artifact ${code(artifact.name, 120)} has no file matching ${code(input.rule.junitFiles, 120)} (${code('evidence.junit-files')})`,
      );
    for (const file of unzipped.files) {
      files++;
      for (const result of parseJunit(`${artifact.name}/${file.path}`, file.text)) results.push(result);
    }
  }
  return { results, files };
}

/** What reading the evidence run's JUnit artifact came to (see JunitOutcome). */
export async function readJunitEvidence(input: JunitInput): Promise<JunitOutcome> {
  const wanted = input.rule.junitArtifact;
  if (wanted === undefined) return { kind: 'off' };
  if (!needsJunitResults(input.sections, input.register)) return { kind: 'not-needed' };
  const accepted = input.evidence.accepted;
  if (!input.evidence.satisfied) return { kind: 'waiting' };
  try {
    if (!accepted) throw new Unavailable('no evidence run was accepted to read the JUnit artifact from');
    const run = await evidenceWorkflowRun(input, accepted);
    const artifacts = pickArtifacts(await listRunArtifacts(input.client, input.repo, run.id), wanted, run.id);
    const { results, files } = await readResults(input, artifacts);
    return {
      kind: 'read',
      run: {
        id: run.id,
        url: run.url,
        headSha: input.headSha,
        workflow: run.path,
        artifact: artifacts.map((a) => a.name).join(', '),
        files,
      },
      results,
    };
  } catch (error) {
    if (error instanceof Unavailable) return { kind: 'unavailable', reason: error.message };
    if (error instanceof PermissionError)
      return {
        kind: 'unavailable',
        reason: `the token cannot read the evidence run's artifacts: grant ${code('actions: read')} in the workflow's ${code('permissions:')}`,
      };
    if (
      error instanceof ArtifactError ||
      error instanceof ArtifactZipError ||
      error instanceof JunitParseError
    )
      return { kind: 'unavailable', reason: escapeText(message(error), 400) };
    // A GitHub or network failure: the gate stays red and says so; the next event tries again.
    input.warn(`reading the JUnit artifact failed: ${message(error)}`);
    return {
      kind: 'unavailable',
      reason: `reading the JUnit artifact failed: ${escapeText(message(error), 300)}`,
    };
  }
}
