import type { TreeSource } from './tree-source.js';

/** A tree held in memory: files fetched through the GitHub API, or test data. */
export function createMemorySource(
  label: string,
  files: ReadonlyMap<string, string | Uint8Array>,
): TreeSource {
  const encoder = new TextEncoder();
  return {
    label,
    async listFiles() {
      return [...files.keys()].sort();
    },
    async readFile(path) {
      const content = files.get(path);
      if (content === undefined) return undefined;
      return typeof content === 'string' ? encoder.encode(content) : content;
    },
  };
}
