import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { TreeSource } from '../inventory/tree-source.js';

const run = promisify(execFile);
// Tree listings of large monorepos reach tens of MB; the default 1 MB buffer would truncate them.
const MAX_BUFFER = 512 * 1024 * 1024;

export class GitRefError extends Error {
  override readonly name = 'GitRefError';
}

/** Objects of one repository, read through one long-lived `git cat-file --batch` process. */
export interface GitObjects {
  readonly repo: string;
  /** The object an object name (`HEAD~1^{commit}`, a blob id) names, or undefined when git has none. */
  read(name: string): Promise<{ oid: string; type: string; content: Buffer } | undefined>;
  /** Ends the process; reads after it start a new one. */
  close(): void;
}

interface Pending {
  name: string;
  resolve: (object: { oid: string; type: string; content: Buffer } | undefined) => void;
  reject: (error: Error) => void;
}

/**
 * One `git cat-file --batch` process answers every object a command reads from a repository, in
 * the order asked: a diff of two refs costs this process and one tree listing per side, however
 * many lockfiles the trees hold (one `git show` per file was ~250 processes in a large monorepo).
 */
export function openGitObjects(repo: string): GitObjects {
  let child: ReturnType<typeof spawn> | undefined;
  let queue: Pending[] = [];
  let buffered: Buffer = Buffer.alloc(0);
  let stderr = '';

  const fail = (error: Error): void => {
    const waiting = queue;
    queue = [];
    child = undefined;
    for (const request of waiting) request.reject(error);
  };

  // Answers are `<oid> <type> <size>\n<content>\n`, or `<name> missing\n` / `<name> ambiguous\n`.
  const drain = (): void => {
    while (queue.length > 0) {
      const newline = buffered.indexOf(10);
      if (newline === -1) return;
      const header = buffered.subarray(0, newline).toString('utf8');
      const request = queue[0]!;
      const found = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(header);
      if (!found) {
        buffered = buffered.subarray(newline + 1);
        queue.shift();
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) request.resolve(undefined);
        else request.reject(new Error(`git cat-file: unexpected answer "${header}" for ${request.name}`));
        continue;
      }
      const size = Number(found[3]);
      if (buffered.length < newline + 1 + size + 1) return;
      const content = Buffer.from(buffered.subarray(newline + 1, newline + 1 + size));
      buffered = buffered.subarray(newline + 1 + size + 1);
      queue.shift();
      request.resolve({ oid: found[1]!, type: found[2]!, content });
    }
    if (queue.length === 0 && child) hold(child, false);
  };

  // An idle process must not keep Node running (a caller that never closes still exits); one with
  // answers pending must.
  const hold = (proc: ReturnType<typeof spawn>, on: boolean): void => {
    for (const handle of [proc, proc.stdin, proc.stdout, proc.stderr] as unknown as Array<{
      ref?: () => void;
      unref?: () => void;
    } | null>) {
      if (on) handle?.ref?.();
      else handle?.unref?.();
    }
  };

  const start = (): ReturnType<typeof spawn> => {
    const proc = spawn('git', ['cat-file', '--batch'], { cwd: repo, stdio: ['pipe', 'pipe', 'pipe'] });
    buffered = Buffer.alloc(0);
    stderr = '';
    proc.stdout!.on('data', (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      drain();
    });
    proc.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    proc.on('error', (error) => fail(error));
    proc.on('close', (code) => {
      if (child === proc) child = undefined;
      if (queue.length > 0) fail(new Error(`git cat-file exited ${code}: ${stderr.trim() || 'no message'}`));
    });
    // A write after git exited must reach the 'close' handler's message, not crash the process.
    proc.stdin!.on('error', () => {});
    return proc;
  };

  return {
    repo,
    read(name) {
      if (/[\n\r\0]/.test(name))
        return Promise.reject(new Error(`not an object name: ${JSON.stringify(name)}`));
      child ??= start();
      const current = child;
      hold(current, true);
      return new Promise((resolve, reject) => {
        queue.push({ name, resolve, reject });
        current.stdin!.write(`${name}\n`);
      });
    },
    close() {
      child?.stdin?.end();
      child = undefined;
    },
  };
}

/**
 * Reads a commit's files without a checkout, so nothing of the tree is ever written to disk or run:
 * one `git ls-tree` lists paths with their blob ids (which tell a diff, unread, whether a file
 * changed), and blobs are read through the repository's shared cat-file process.
 */
export async function createGitSource(repo: string | GitObjects, ref: string): Promise<TreeSource> {
  const objects = typeof repo === 'string' ? openGitObjects(repo) : repo;
  const notACommit = (): GitRefError =>
    new GitRefError(
      `"${ref}" is neither a folder nor a commit in the git repository at ${objects.repo}: pass a folder path or a ref such as HEAD~1, main or a SHA`,
    );
  if (ref.startsWith('-') || /[\0\n\r]/.test(ref)) throw new GitRefError(`"${ref}" is not a git ref`);
  let commit: string;
  try {
    const object = await objects.read(`${ref}^{commit}`);
    if (object?.type !== 'commit') throw notACommit();
    commit = object.oid;
  } catch (error) {
    if (typeof repo === 'string') objects.close();
    throw error instanceof GitRefError ? error : notACommit();
  }
  let listing: Promise<Map<string, string>> | undefined;
  const list = (): Promise<Map<string, string>> =>
    (listing ??= run('git', ['ls-tree', '-r', '-z', '--full-tree', commit], {
      cwd: objects.repo,
      maxBuffer: MAX_BUFFER,
      encoding: 'utf8',
    }).then(({ stdout }) => {
      const blobs = new Map<string, string>();
      // `<mode> <type> <oid>\t<path>`; submodules (type commit) hold no files of this tree.
      for (const record of stdout.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab === -1) continue;
        const [, type, oid] = record.slice(0, tab).split(' ');
        if (type === 'blob' && oid) blobs.set(record.slice(tab + 1), oid);
      }
      return blobs;
    }));
  return {
    label: `git ${ref} (${commit.slice(0, 7)})`,
    async listFiles() {
      return [...(await list()).keys()].sort();
    },
    async fileIds() {
      return list();
    },
    async readFile(path) {
      // Absent only when the commit has no such path; any other failure (a corrupt or missing
      // object) is an error, so a lockfile is never skipped silently.
      const oid = (await list()).get(path);
      if (oid === undefined) return undefined;
      const object = await objects.read(oid);
      if (object?.type !== 'blob') throw new Error(`git: blob ${oid} of ${path} in ${commit} cannot be read`);
      return object.content;
    },
  };
}
