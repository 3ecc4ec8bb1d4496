/**
 * A local checkout as the CLI's SOUP-list commands read it: its files, the names in one folder (the
 * change records), and which commit and GitHub repository it is, asked of git. Outside a git
 * checkout (or without git) the commit and repository are simply unknown.
 */
import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TreeSource } from '../inventory/tree-source.js';
import { createFolderSource } from './folder-source.js';

const run = promisify(execFile);

export interface LocalCheckout {
  files: TreeSource;
  /** Names of the entries in a root-relative folder; none when it does not exist or can't be read. */
  listFolder(path: string): Promise<string[]>;
  /** `git rev-parse HEAD`. */
  headCommit(): Promise<string | undefined>;
  /** `owner/name` of the origin remote when it is on github.com. */
  originRepo(): Promise<string | undefined>;
  /** When the checked-out commit was committed (ISO 8601), when git can tell: a time that stays the same on a re-run. */
  headCommitTime?(): Promise<string | undefined>;
  /** The checkout folder's name: what names the project when nothing else does. */
  folderName?: string;
}

async function git(root: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', args, { cwd: root });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** `owner/name` from a GitHub remote URL (https or ssh); undefined for others. */
export function repoFromRemote(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const match = /github\.com[:/]([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim());
  return match ? `${match[1]}/${match[2]}` : undefined;
}

export function createLocalCheckout(root: string): LocalCheckout {
  const absolute = resolve(root);
  return {
    files: createFolderSource(absolute),
    async listFolder(path) {
      try {
        return await readdir(join(absolute, ...path.split('/')));
      } catch {
        return [];
      }
    },
    headCommit: () => git(absolute, ['rev-parse', 'HEAD']),
    originRepo: async () => repoFromRemote(await git(absolute, ['remote', 'get-url', 'origin'])),
    headCommitTime: () => git(absolute, ['log', '-1', '--format=%cI', 'HEAD']),
    folderName: basename(absolute),
  };
}
