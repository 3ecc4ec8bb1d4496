import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { TreeSource } from '../inventory/tree-source.js';

const run = promisify(execFile);
// Lockfiles of large monorepos reach tens of MB; the default 1 MB buffer would truncate them.
const MAX_BUFFER = 512 * 1024 * 1024;

export class GitRefError extends Error {
  override readonly name = 'GitRefError';
}

async function git(
  cwd: string,
  args: string[],
  encoding: 'utf8' | 'buffer' = 'utf8',
): Promise<Buffer | string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding });
  return stdout;
}

/**
 * Reads a commit's files with `git ls-tree` / `git show`: no checkout, so nothing of the tree is
 * ever written to disk or run.
 */
export async function createGitSource(repo: string, ref: string): Promise<TreeSource> {
  if (ref.startsWith('-') || ref.includes('\u0000')) throw new GitRefError(`"${ref}" is not a git ref`);
  let commit: string;
  try {
    commit = String(
      await git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]),
    ).trim();
  } catch {
    throw new GitRefError(
      `"${ref}" is neither a folder nor a commit in the git repository at ${repo}: pass a folder path or a ref such as HEAD~1, main or a SHA`,
    );
  }
  return {
    label: `git ${ref} (${commit.slice(0, 7)})`,
    async listFiles() {
      const out = String(await git(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', commit]));
      return out
        .split('\u0000')
        .filter((p) => p !== '')
        .sort();
    },
    async readFile(path) {
      // Absent only when the commit has no such path; any other failure (a corrupt object, a file
      // past the buffer limit) is an error, so a lockfile is never skipped silently.
      const listed = String(
        await git(repo, ['ls-tree', '-z', '--name-only', '--full-tree', commit, '--', path]),
      );
      if (listed.split('\u0000')[0] !== path) return undefined;
      return (await git(repo, ['show', `${commit}:${path}`], 'buffer')) as Buffer;
    },
  };
}
