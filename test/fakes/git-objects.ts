// Git object storage for the fake GitHub: blobs, nested trees and commits hashed exactly as git
// hashes them, so the SHAs the fake hands out behave like real ones (same content, same SHA; a
// blob's SHA in the PR file list equals its SHA in the contents API and in the tree).
import { createHash } from 'node:crypto';

export type FileMode = '100644' | '100755' | '040000' | '160000' | '120000';

export interface TreeEntry {
  mode: FileMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

export interface GitSignature {
  name: string;
  email: string;
  date: string;
}

export interface CommitObject {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: GitSignature;
  committer: GitSignature;
}

/** A flat view of a tree: root-relative path -> blob entry (only blobs and submodules, no dirs). */
export type FlatTree = Map<string, TreeEntry>;

function sha1(type: string, body: Buffer): string {
  return createHash('sha1').update(`${type} ${body.length}\0`).update(body).digest('hex');
}

function toEpoch(iso: string): string {
  return `${Math.floor(Date.parse(iso) / 1000)} +0000`;
}

export class GitStore {
  readonly blobs = new Map<string, Buffer>();
  readonly trees = new Map<string, Map<string, TreeEntry>>();
  readonly commits = new Map<string, CommitObject>();

  putBlob(content: Buffer | Uint8Array | string): string {
    const body = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const sha = sha1('blob', body);
    this.blobs.set(sha, body);
    return sha;
  }

  /** Stores one level of a tree (git's sort order: names compared as bytes, dirs as "name/"). */
  putTree(entries: Map<string, TreeEntry>): string {
    const sorted = [...entries].sort(([a, ea], [b, eb]) => {
      const ka = ea.type === 'tree' ? `${a}/` : a;
      const kb = eb.type === 'tree' ? `${b}/` : b;
      return Buffer.compare(Buffer.from(ka), Buffer.from(kb));
    });
    const parts: Buffer[] = [];
    for (const [name, entry] of sorted) {
      const mode = entry.mode === '040000' ? '40000' : entry.mode;
      parts.push(Buffer.from(`${mode} ${name}\0`), Buffer.from(entry.sha, 'hex'));
    }
    const sha = sha1('tree', Buffer.concat(parts));
    this.trees.set(sha, new Map(sorted));
    return sha;
  }

  /** Builds the nested trees for a flat path map and returns the root tree SHA. */
  putFlatTree(flat: FlatTree): string {
    const root = new Map<string, FlatTree | TreeEntry>();
    const children = new Map<string, FlatTree>();
    for (const [path, entry] of flat) {
      const slash = path.indexOf('/');
      if (slash === -1) {
        root.set(path, entry);
        continue;
      }
      const dir = path.slice(0, slash);
      let sub = children.get(dir);
      if (!sub) {
        sub = new Map();
        children.set(dir, sub);
      }
      sub.set(path.slice(slash + 1), entry);
    }
    const level = new Map<string, TreeEntry>();
    for (const [name, value] of root) level.set(name, value as TreeEntry);
    for (const [dir, sub] of children)
      level.set(dir, { mode: '040000', type: 'tree', sha: this.putFlatTree(sub) });
    return this.putTree(level);
  }

  /** Every blob under a tree, by path; bounded by the tree's own size. */
  flatten(treeSha: string, prefix = '', out: FlatTree = new Map()): FlatTree {
    const tree = this.trees.get(treeSha);
    if (!tree) throw new Error(`fake git: no tree ${treeSha}`);
    for (const [name, entry] of tree) {
      const path = prefix === '' ? name : `${prefix}/${name}`;
      if (entry.type === 'tree') this.flatten(entry.sha, path, out);
      else out.set(path, entry);
    }
    return out;
  }

  putCommit(commit: Omit<CommitObject, 'sha'> & { sha?: string }): CommitObject {
    const lines = [`tree ${commit.tree}`, ...commit.parents.map((p) => `parent ${p}`)];
    lines.push(`author ${commit.author.name} <${commit.author.email}> ${toEpoch(commit.author.date)}`);
    lines.push(
      `committer ${commit.committer.name} <${commit.committer.email}> ${toEpoch(commit.committer.date)}`,
    );
    const body = Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
    const stored: CommitObject = { ...commit, sha: commit.sha ?? sha1('commit', body) };
    this.commits.set(stored.sha, stored);
    return stored;
  }

  /** True when `ancestor` is reachable from `descendant` (or equal): a fast-forward. */
  isAncestor(ancestor: string, descendant: string): boolean {
    const seen = new Set<string>();
    const queue = [descendant];
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (sha === ancestor) return true;
      if (seen.has(sha)) continue;
      seen.add(sha);
      const commit = this.commits.get(sha);
      if (commit) queue.push(...commit.parents);
    }
    return false;
  }

  /** The nearest commit reachable from both (breadth-first from `head`), as `git merge-base` finds it for simple histories. */
  mergeBase(base: string, head: string): string | undefined {
    const seen = new Set<string>();
    const queue = [head];
    while (queue.length > 0) {
      const sha = queue.shift() as string;
      if (seen.has(sha)) continue;
      seen.add(sha);
      if (this.isAncestor(sha, base)) return sha;
      queue.push(...(this.commits.get(sha)?.parents ?? []));
    }
    return undefined;
  }

  /** The file at `path` under a commit, or the subtree's listing when `path` is a directory. */
  lookup(
    commitSha: string,
    path: string,
  ): { kind: 'blob'; entry: TreeEntry } | { kind: 'tree'; sha: string } | undefined {
    const commit = this.commits.get(commitSha);
    if (!commit) return undefined;
    let treeSha = commit.tree;
    const parts = path.split('/').filter((p) => p !== '');
    for (const [index, part] of parts.entries()) {
      const entry = this.trees.get(treeSha)?.get(part);
      if (!entry) return undefined;
      if (index === parts.length - 1 && entry.type !== 'tree') return { kind: 'blob', entry };
      if (entry.type !== 'tree') return undefined;
      treeSha = entry.sha;
    }
    return { kind: 'tree', sha: treeSha };
  }
}
