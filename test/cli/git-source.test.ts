import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGitSource, GitRefError } from '../../src/local/git-source.js';

function repoWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-git-source-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir });
  git('init', '-q', '-b', 'main');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  git('add', '-A');
  git('commit', '-qm', 'c');
  return dir;
}

describe('createGitSource', () => {
  it('reads files of a commit and reports only absent paths as absent', async () => {
    const source = await createGitSource(repoWith({ 'package-lock.json': '{"lockfileVersion":3}' }), 'HEAD');
    expect(await source.listFiles()).toEqual(['package-lock.json']);
    expect(new TextDecoder().decode(await source.readFile('package-lock.json'))).toBe(
      '{"lockfileVersion":3}',
    );
    expect(await source.readFile('package.json')).toBeUndefined();
  });

  it('refuses option-like and unknown refs with the fix', async () => {
    const repo = repoWith({ a: '1' });
    await expect(createGitSource(repo, '--output=/tmp/x')).rejects.toBeInstanceOf(GitRefError);
    await expect(createGitSource(repo, 'no-such-branch')).rejects.toThrow(/neither a folder nor a commit/);
  });
});
