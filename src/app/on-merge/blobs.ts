/** Blob reads of one on-merge run, and a commit tree read through them as a TreeSource. */
import type { GitHubClient } from '../../github/client.js';
import { readBlob, type CommitTree } from '../../github/git-data.js';
import type { RepoRef } from '../../github/types.js';
import type { TreeSource } from '../../inventory/tree-source.js';

/** Blob reads by SHA, remembered across rebuilds (an unchanged lockfile is read once). */
export class BlobCache {
  private readonly blobs = new Map<string, Promise<Uint8Array>>();
  constructor(
    private readonly client: GitHubClient,
    private readonly repo: RepoRef,
  ) {}
  read(sha: string): Promise<Uint8Array> {
    let blob = this.blobs.get(sha);
    if (!blob) {
      blob = readBlob(this.client, this.repo, sha);
      this.blobs.set(sha, blob);
      // A failed read is not remembered: the next attempt asks again.
      blob.catch(() => this.blobs.delete(sha));
    }
    return blob;
  }
  async text(sha: string): Promise<string> {
    return new TextDecoder().decode(await this.read(sha));
  }
}

/** The files of a commit tree, their contents read through the cache. */
export function commitTreeSource(tree: CommitTree, cache: BlobCache): TreeSource {
  return {
    label: `commit ${tree.commit.slice(0, 7)}`,
    listFiles: async () => [...tree.files.keys()].sort(),
    readFile: async (path) => {
      const file = tree.files.get(path);
      return file ? cache.read(file.sha) : undefined;
    },
  };
}
