import type { TreeSource } from '../inventory/tree-source.js';
import type { GitHubClient } from './client.js';
import { statusOf } from './errors.js';
import type { RepoRef } from './types.js';

/**
 * A commit's files read as blobs through the contents API (raw media type, so files over 1 MB
 * arrive whole). Only `paths` are listed: the lockfiles a PR touches and their manifests, never the
 * whole tree, so the request count grows per lockfile, never per package. Nothing is checked out.
 */
export function createCommitSource(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  paths: readonly string[],
  /** Paths that must exist at this commit: a 404 for one is an error, never "absent". */
  required: ReadonlySet<string> = new Set(),
): TreeSource {
  return {
    label: `commit ${sha.slice(0, 7)}`,
    async listFiles() {
      return [...paths].sort();
    },
    async readFile(path) {
      try {
        const response = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
          ...repo,
          path,
          ref: sha,
          mediaType: { format: 'raw' },
        });
        const data: unknown = response.data;
        if (typeof data === 'string') return new TextEncoder().encode(data);
        if (data instanceof ArrayBuffer) return new Uint8Array(data);
        if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        throw new Error(`GitHub returned an unexpected body for ${path} at ${sha}: expected the raw file`);
      } catch (error) {
        if (statusOf(error) === 404) {
          if (required.has(path)) {
            throw new Error(
              `${path} should exist at ${sha.slice(0, 7)} (the PR's file list says so) but GitHub answered 404; refusing to treat it as absent`,
              { cause: error },
            );
          }
          return undefined;
        }
        throw error;
      }
    },
  };
}
