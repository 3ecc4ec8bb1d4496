import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createTagResolver,
  findReleaseNotes,
  isTagName,
  parseGitHubRepo,
  tagCandidates,
  type GitHubRepo,
} from '../../src/enrich/release-notes.js';
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

/** A fake of GitHub's tag lookups: the tags each repository has, and every tag asked for. */
function tagsOf(existing: Record<string, string[]>): {
  tagExists: (repo: GitHubRepo, tag: string) => Promise<boolean>;
  asked: string[];
} {
  const asked: string[] = [];
  return {
    asked,
    tagExists: async (repo, tag) => {
      asked.push(`${repo.owner}/${repo.repo}:${tag}`);
      return (existing[`${repo.owner}/${repo.repo}`] ?? []).includes(tag);
    },
  };
}

const express: Change = {
  ...bump,
  name: 'express',
  from: '4.19.2',
  to: '4.21.1',
  purl: 'pkg:npm/express@4.21.1',
};
const expressLinks = { sourceRepo: 'git+https://github.com/expressjs/express.git' };
const TAG_LINK = /\/compare\/|\/releases\/tag\//;

describe('findReleaseNotes: a link names only tags GitHub confirmed', () => {
  const links = { sourceRepo: 'https://github.com/babel/babel' };

  it('without tag lookups (CLI, offline) names no tag: the releases page or the changelog', async () => {
    expect(await findReleaseNotes(bump, links)).toEqual({
      url: 'https://github.com/babel/babel/releases',
      kind: 'releases',
      tagGuessed: false,
    });
    expect(await findReleaseNotes(bump, { ...links, changelog: 'https://x.example/CHANGELOG' })).toEqual({
      url: 'https://x.example/CHANGELOG',
      kind: 'changelog',
      tagGuessed: false,
    });
    const added = await findReleaseNotes({ ...bump, type: 'added', from: null }, links);
    expect(added?.url).toBe('https://github.com/babel/babel/releases');
  });

  it('express-style tags without v: the compare link uses the real names, in three lookups', async () => {
    const github = tagsOf({ 'expressjs/express': ['4.19.2', '4.21.1', '5.0.0'] });
    const notes = await findReleaseNotes(express, expressLinks, createTagResolver(github.tagExists));
    expect(notes).toEqual({
      url: 'https://github.com/expressjs/express/compare/4.19.2...4.21.1',
      kind: 'compare',
      tagGuessed: false,
      tags: { from: '4.19.2', to: '4.21.1' },
    });
    // v4.21.1 is not there, 4.21.1 is; the old version is asked in the form just found first.
    expect(github.asked).toEqual([
      'expressjs/express:v4.21.1',
      'expressjs/express:4.21.1',
      'expressjs/express:4.19.2',
    ]);
  });

  it('mixed forms across a major bump (4.x bare, 5.x with v): each side gets its own', async () => {
    const github = tagsOf({ 'expressjs/express': ['4.19.2', 'v5.0.0'] });
    const notes = await findReleaseNotes(
      { ...express, to: '5.0.0', bump: 'major' },
      expressLinks,
      createTagResolver(github.tagExists),
    );
    expect(notes?.url).toBe('https://github.com/expressjs/express/compare/4.19.2...v5.0.0');
    expect(notes?.tags).toEqual({ from: '4.19.2', to: 'v5.0.0' });
  });

  it('monorepo name@version tags, encoded in the URL', async () => {
    const github = tagsOf({ 'babel/babel': ['@babel/core@7.24.0', '@babel/core@7.25.2'] });
    const notes = await findReleaseNotes(bump, links, createTagResolver(github.tagExists));
    expect(notes?.url).toBe(
      'https://github.com/babel/babel/compare/%40babel/core%407.24.0...%40babel/core%407.25.2',
    );
    expect(github.asked.slice(0, 3)).toEqual([
      'babel/babel:v7.25.2',
      'babel/babel:7.25.2',
      'babel/babel:@babel/core@7.25.2',
    ]);
  });

  it('the new tag missing: changelog, else the releases page; the old version is not asked', async () => {
    const github = tagsOf({ 'expressjs/express': ['4.19.2'] });
    const tags = createTagResolver(github.tagExists);
    expect(await findReleaseNotes(express, expressLinks, tags)).toEqual({
      url: 'https://github.com/expressjs/express/releases',
      kind: 'releases',
      tagGuessed: false,
    });
    expect(github.asked.every((a) => a.includes('4.21.1'))).toBe(true);
    expect(
      (await findReleaseNotes(express, { ...expressLinks, changelog: 'https://x.example/CHANGES' }, tags))
        ?.kind,
    ).toBe('changelog');
  });

  it('the old tag missing: the changelog, else the confirmed new tag’s release page', async () => {
    const github = tagsOf({ 'expressjs/express': ['4.21.1'] });
    const tags = createTagResolver(github.tagExists);
    expect(await findReleaseNotes(express, expressLinks, tags)).toEqual({
      url: 'https://github.com/expressjs/express/releases/tag/4.21.1',
      kind: 'release',
      tagGuessed: false,
      tags: { to: '4.21.1' },
    });
    const withChangelog = { ...expressLinks, changelog: 'https://x.example/CHANGES' };
    expect((await findReleaseNotes(express, withChangelog, tags))?.kind).toBe('changelog');
  });

  it('a refused lookup (403, rate limit) names no tag and that repository is not asked again', async () => {
    let calls = 0;
    const tags = createTagResolver(async () => {
      calls++;
      throw new Error('HTTP 403 Resource not accessible by integration');
    });
    const notes = await findReleaseNotes(express, expressLinks, tags);
    expect(notes?.url).toBe('https://github.com/expressjs/express/releases');
    await findReleaseNotes({ ...express, from: '4.21.1', to: '4.21.2' }, expressLinks, tags);
    expect(calls).toBe(1);
  });

  it('stops at the lookup budget: the rest get the no-guess link', async () => {
    const github = tagsOf({ 'expressjs/express': ['4.19.2', '4.21.1'] });
    const tags = createTagResolver(github.tagExists, 2);
    const notes = await findReleaseNotes(express, expressLinks, tags);
    expect(notes?.url).toBe('https://github.com/expressjs/express/releases/tag/4.21.1');
    expect(github.asked).toHaveLength(2);
    expect(tags.lookups).toBe(2);
  });

  it('never sends a version that cannot be a tag name (hostile lockfile)', async () => {
    const github = tagsOf({});
    const tags = createTagResolver(github.tagExists);
    for (const to of ['1.0.0/../../pulls', '1 0', '1.0.0?x=1', '1.0.0#a', '..', '1.0.lock', '']) {
      const notes = await findReleaseNotes({ ...express, to }, expressLinks, tags);
      expect(notes?.url).toBe('https://github.com/expressjs/express/releases');
    }
    expect(github.asked).toEqual([]);
    expect(isTagName('v4.21.1')).toBe(true);
    expect(isTagName('@babel/core@7.25.2')).toBe(true);
    expect(isTagName('a@{1}')).toBe(false);
  });

  it('has nothing for a removal without a repository', async () => {
    expect(await findReleaseNotes({ ...bump, type: 'removed', to: null }, {})).toBeNull();
  });

  it('property: a tag link appears only with tags that exist, and names exactly those', async () => {
    const version = fc.tuple(fc.nat(9), fc.nat(30), fc.nat(30)).map(([a, b, c]) => `${a}.${b}.${c}`);
    await fc.assert(
      fc.asyncProperty(
        version,
        version,
        fc.array(fc.tuple(fc.nat(3), fc.boolean()), { maxLength: 4 }),
        fc.boolean(),
        async (from, to, present, failing) => {
          const forms = (v: string): string[] => tagCandidates('express', v);
          const existing = present.map(([form, old]) => forms(old ? from : to)[form]!);
          const tags = createTagResolver(async (_repo, tag) => {
            if (failing) throw new Error('HTTP 404 repository not readable');
            return existing.includes(tag);
          });
          const notes = await findReleaseNotes({ ...express, from, to }, expressLinks, tags);
          const url = notes!.url;
          if (!TAG_LINK.test(url)) return;
          expect(failing).toBe(false);
          const named = url
            .replace(/^.*\/(compare|releases\/tag)\//, '')
            .split('...')
            .map(decodeURIComponent);
          for (const tag of named) expect(existing).toContain(tag);
          expect(named.at(-1)).toBe(notes!.tags!.to);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tagCandidates', () => {
  it('does not double the v of Go versions', () => {
    expect(tagCandidates('github.com/a/b', 'v1.2.3')).toEqual([
      'v1.2.3',
      '1.2.3',
      'github.com/a/b@1.2.3',
      'github.com/a/b@v1.2.3',
    ]);
  });
});
