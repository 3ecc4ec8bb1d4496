import { manifestsFor, selectLockfiles } from '../inventory/inventory.js';
import type { GitHubClient } from './client.js';
import { createCommitSource, type RepoRef } from './commit-source.js';
import type { TreeSource } from '../sources/types.js';

export interface PullRequestRef extends RepoRef {
  number: number;
  baseSha: string;
  headSha: string;
}

interface ChangedFile {
  filename: string;
  previous_filename?: string;
}

/** Validates what the files API returned before anything trusts it. */
function readChangedFiles(data: unknown): ChangedFile[] {
  if (!Array.isArray(data))
    throw new Error('GitHub returned an unexpected body for the PR file list: expected an array');
  return data.map((item: unknown) => {
    const file = item as { filename?: unknown; previous_filename?: unknown };
    if (typeof file?.filename !== 'string') throw new Error('GitHub returned a PR file without a filename');
    return typeof file.previous_filename === 'string'
      ? { filename: file.filename, previous_filename: file.previous_filename }
      : { filename: file.filename };
  });
}

/**
 * The base and head trees of a PR, reduced to the lockfiles it touches (under their old and new
 * names) plus the manifests those lockfiles need.
 */
export async function fetchPullRequestTrees(
  client: GitHubClient,
  pr: PullRequestRef,
  ignore: readonly string[],
): Promise<{ base: TreeSource; head: TreeSource; lockfiles: string[] }> {
  const files = readChangedFiles(
    await client.paginate(client.rest.pulls.listFiles, {
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      per_page: 100,
    }),
  );
  const touched = new Set<string>();
  for (const file of files) {
    touched.add(file.filename);
    if (file.previous_filename) touched.add(file.previous_filename);
  }
  const lockfiles = selectLockfiles(touched, ignore);
  const paths = [...new Set(lockfiles.flatMap((path) => [path, ...manifestsFor(path)]))];
  const repo = { owner: pr.owner, repo: pr.repo };
  return {
    base: createCommitSource(client, repo, pr.baseSha, paths),
    head: createCommitSource(client, repo, pr.headSha, paths),
    lockfiles,
  };
}
