import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { TreeSource } from '../inventory/tree-source.js';

// Pruned while walking (not just filtered afterwards): node_modules can hold 100k files.
const PRUNED = new Set(['node_modules', '.git', '.hg', '.svn']);

export function createFolderSource(root: string): TreeSource {
  const absolute = resolve(root);
  return {
    label: `folder ${root}`,
    async listFiles() {
      const files: string[] = [];
      const walk = async (dir: string, prefix: string): Promise<void> => {
        const entries = await readdir(dir, { withFileTypes: true });
        for (const entry of entries) {
          const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
          if (entry.isDirectory()) {
            if (!PRUNED.has(entry.name)) await walk(join(dir, entry.name), relative);
          } else if (entry.isFile()) {
            files.push(relative);
          }
        }
      };
      await walk(absolute, '');
      return files.sort();
    },
    async readFile(path) {
      try {
        return await readFile(join(absolute, ...path.split('/')));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}
