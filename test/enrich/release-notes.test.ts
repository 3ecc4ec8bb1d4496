import { describe, expect, it } from 'vitest';
import { findReleaseNotes, parseGitHubRepo, tagCandidates } from '../../src/enrich/release-notes.js';
import type { Change } from '../../src/inventory/diff.js';

const bump: Change = {
  type: 'updated',
  ecosystem: 'npm',
  name: '@babel/core',
  from: '7.24.0',
  to: '7.25.2',
  bump: 'minor',
  direct: true,
  scope: 'dev',
  lockfile: 'package-lock.json',
  purl: 'pkg:npm/%40babel/core@7.25.2',
};

describe('parseGitHubRepo', () => {
  it.each([
    ['https://github.com/expressjs/express', 'expressjs/express'],
    ['git+https://github.com/expressjs/express.git', 'expressjs/express'],
    ['git://github.com/expressjs/express.git', 'expressjs/express'],
    ['git+ssh://git@github.com/expressjs/express.git', 'expressjs/express'],
    ['git@github.com:expressjs/express.git', 'expressjs/express'],
    ['https://github.com/babel/babel/tree/main/packages/babel-core', 'babel/babel'],
    ['https://www.github.com/a/b#readme', 'a/b'],
  ])('%s -> %s', (url, expected) => {
    const repo = parseGitHubRepo(url);
    expect(repo && `${repo.owner}/${repo.repo}`).toBe(expected);
  });

  it.each([
    'https://gitlab.com/a/b',
    'https://github.com.evil.example/a/b',
    'https://github.com/a',
    'javascript:alert(1)',
  ])('rejects %s', (url) => {
    expect(parseGitHubRepo(url)).toBeUndefined();
  });
});

describe('findReleaseNotes', () => {
  const links = { sourceRepo: 'https://github.com/babel/babel' };

  it('guesses v{version} without a tag resolver and says so', async () => {
    expect(await findReleaseNotes(bump, links)).toEqual({
      url: 'https://github.com/babel/babel/compare/v7.24.0...v7.25.2',
      kind: 'compare',
      tagGuessed: true,
    });
  });

  it('uses the tags the resolver confirms (monorepo name@version here)', async () => {
    const asked: string[][] = [];
    const notes = await findReleaseNotes(bump, links, async (repo, candidates) => {
      expect(repo).toEqual({ owner: 'babel', repo: 'babel' });
      asked.push([...candidates]);
      return candidates.find((c) => c.startsWith('@babel/core@'));
    });
    expect(asked[0]).toEqual(['v7.25.2', '7.25.2', '@babel/core@7.25.2', '@babel/core@v7.25.2']);
    expect(notes).toEqual({
      url: 'https://github.com/babel/babel/compare/%40babel/core%407.24.0...%40babel/core%407.25.2',
      kind: 'compare',
      tagGuessed: false,
    });
  });

  it('falls back to the changelog, then the releases page, when no tag exists', async () => {
    const none = async (): Promise<undefined> => undefined;
    expect(
      await findReleaseNotes(bump, { ...links, changelog: 'https://x.example/CHANGELOG' }, none),
    ).toEqual({
      url: 'https://x.example/CHANGELOG',
      kind: 'changelog',
      tagGuessed: false,
    });
    expect(await findReleaseNotes(bump, links, none)).toEqual({
      url: 'https://github.com/babel/babel/releases',
      kind: 'releases',
      tagGuessed: false,
    });
  });

  it('guesses when the resolver fails, and has nothing for a removal without a repo', async () => {
    const failing = async (): Promise<string> => {
      throw new Error('rate limited');
    };
    expect((await findReleaseNotes(bump, links, failing))?.tagGuessed).toBe(true);
    expect(await findReleaseNotes({ ...bump, type: 'removed', to: null }, {})).toBeNull();
  });

  it('does not double the v of Go versions', () => {
    expect(tagCandidates('github.com/a/b', 'v1.2.3')).toEqual([
      'v1.2.3',
      '1.2.3',
      'github.com/a/b@1.2.3',
      'github.com/a/b@v1.2.3',
    ]);
  });
});
