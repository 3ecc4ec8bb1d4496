import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { diffTrees, type TreeListing, type TreeReader } from '../../src/github/tree-diff.js';

/** A nested directory: a string is a file's content, an object a subdirectory. */
type Dir = { [name: string]: string | Dir };

const sha = (text: string): string => createHash('sha1').update(text).digest('hex');

/**
 * An in-memory Git object store answering like the trees API: a recursive listing past `limit`
 * entries comes back cut and `truncated`, and every listing is counted.
 */
function store(limit = Infinity): TreeReader & { put(dir: Dir): string; requests: string[] } {
  const trees = new Map<string, Map<string, { type: 'blob' | 'tree'; sha: string }>>();
  const put = (dir: Dir): string => {
    const entries = new Map<string, { type: 'blob' | 'tree'; sha: string }>();
    for (const [name, value] of Object.entries(dir).sort())
      entries.set(
        name,
        typeof value === 'string'
          ? { type: 'blob', sha: sha(`blob ${value}`) }
          : { type: 'tree', sha: put(value) },
      );
    const id = sha(`tree ${JSON.stringify([...entries])}`);
    trees.set(id, entries);
    return id;
  };
  const requests: string[] = [];
  return {
    put,
    requests,
    async listTree(id, recursive): Promise<TreeListing> {
      requests.push(`${id.slice(0, 7)}${recursive ? ' recursive' : ''}`);
      const entries: TreeListing['entries'] = [];
      const walk = (tree: string, prefix: string) => {
        for (const [name, entry] of trees.get(tree) ?? []) {
          entries.push({ path: prefix + name, ...entry });
          if (recursive && entry.type === 'tree') walk(entry.sha, `${prefix}${name}/`);
        }
      };
      walk(id, '');
      return { entries: entries.slice(0, limit), truncated: entries.length > limit };
    },
  };
}

/** `count` files spread over `dirs` directories, all sorting before `package-lock.json`. */
function manyFiles(count: number, dirs: number, version: string): Dir {
  const root: Dir = {};
  for (let i = 0; i < count; i += 1) {
    const dir = `a${String(i % dirs).padStart(3, '0')}`;
    ((root[dir] ??= {}) as Dir)[`f${i}.txt`] = `${version} ${i}`;
  }
  return root;
}

const sorted = (map: Map<string, unknown>) => [...map].sort(([a], [b]) => (a < b ? -1 : 1));

describe('diffTrees', () => {
  it('finds changed, added and removed blobs with where each exists, in two requests when nothing is truncated', async () => {
    const git = store();
    const base = git.put({ 'package-lock.json': 'v1', 'README.md': 'same', gone: { 'yarn.lock': 'x' } });
    const head = git.put({
      'package-lock.json': 'v2',
      'README.md': 'same',
      apps: { web: { 'pnpm-lock.yaml': 'y' } },
    });
    const changed = await diffTrees(git, base, head, { maxRequests: 10 });
    expect(sorted(changed)).toEqual([
      ['apps/web/pnpm-lock.yaml', { base: false, head: true }],
      ['gone/yarn.lock', { base: true, head: false }],
      ['package-lock.json', { base: true, head: true }],
    ]);
    expect(git.requests).toHaveLength(2);
  });

  it('costs nothing for identical trees', async () => {
    const git = store();
    const tree = git.put({ 'package-lock.json': 'v1' });
    expect((await diffTrees(git, tree, tree, { maxRequests: 10 })).size).toBe(0);
    expect(git.requests).toEqual([]);
  });

  it('lists every path of the head when there is no base (a new branch)', async () => {
    const git = store();
    const head = git.put({ 'Cargo.lock': 'c', sub: { 'go.sum': 'g' } });
    expect(sorted(await diffTrees(git, undefined, head, { maxRequests: 10 }))).toEqual([
      ['Cargo.lock', { base: false, head: true }],
      ['sub/go.sum', { base: false, head: true }],
    ]);
  });

  it('walks down where a recursive listing is truncated and skips subtrees whose SHA did not move', async () => {
    const git = store(500);
    const baseDir = {
      ...manyFiles(3000, 30, 'v1'),
      'package-lock.json': 'v1',
      untouched: manyFiles(2000, 10, 'same'),
    };
    const headDir = {
      ...manyFiles(3000, 30, 'v2'),
      'package-lock.json': 'v2',
      untouched: manyFiles(2000, 10, 'same'),
    };
    const changed = await diffTrees(git, git.put(baseDir), git.put(headDir), { maxRequests: 200 });
    expect(changed.get('package-lock.json')).toEqual({ base: true, head: true });
    expect(changed.size).toBe(3001);
    // root recursive ×2 (truncated), root one level ×2, then 30 changed directories ×2; `untouched` never listed
    expect(git.requests).toHaveLength(64);
  });

  it('a blob that became a directory (and back) is seen on both sides', async () => {
    const git = store(2);
    const base = git.put({ x: 'file', y: { 'package-lock.json': 'p' } });
    const head = git.put({ x: { 'package-lock.json': 'q' }, y: 'file' });
    expect(sorted(await diffTrees(git, base, head, { maxRequests: 20 }))).toEqual([
      ['x', { base: true, head: false }],
      ['x/package-lock.json', { base: false, head: true }],
      ['y', { base: false, head: true }],
      ['y/package-lock.json', { base: true, head: false }],
    ]);
  });

  it('fails closed when one directory is too large to list even one level deep', async () => {
    const git = store(100);
    const files = (v: string): Dir =>
      Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}`, `${v}${i}`]));
    const base = git.put({ ...files('a'), 'package-lock.json': '1' });
    const head = git.put({ ...files('b'), 'package-lock.json': '2' });
    await expect(diffTrees(git, base, head, { maxRequests: 50 })).rejects.toThrow(
      /directory \/ has too many entries .*truncated/,
    );
  });

  it('fails closed past the request budget instead of returning what it saw so far', async () => {
    const git = store(50);
    const base = git.put(manyFiles(400, 40, 'v1'));
    const head = git.put(manyFiles(400, 40, 'v2'));
    await expect(diffTrees(git, base, head, { maxRequests: 20 })).rejects.toThrow(
      /more than 20 Git trees API requests/,
    );
  });
});
