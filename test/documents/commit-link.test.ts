// Commit SHAs become links only for this repository's commits, built from well-formed parts.
import { describe, expect, it } from 'vitest';
import { commitCode, repositoryUrl } from '../../src/markdown/commit-link.js';

const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';

describe('commit links', () => {
  it('builds the repository address from the server URL and owner/name', () => {
    expect(repositoryUrl('https://github.com', 'acme/pump')).toBe('https://github.com/acme/pump');
    // An Enterprise Managed User's account carries an underscore.
    expect(repositoryUrl('https://github.com', 'alice_acme/pump')).toBe('https://github.com/alice_acme/pump');
    expect(repositoryUrl('https://ghe.example.com/', 'acme/pump.js')).toBe(
      'https://ghe.example.com/acme/pump.js',
    );
  });

  it.each([
    ['javascript:alert(1)', 'acme/pump'],
    ['https://user:pw@github.com', 'acme/pump'],
    ['https://github.com?x=1', 'acme/pump'],
    ['not a url', 'acme/pump'],
    ['https://github.com', 'acme/pump/../../evil'],
    ['https://github.com', 'acme/..'],
    ['https://github.com', 'acme/pump)](https://evil'],
    [undefined, 'acme/pump'],
    ['https://github.com', undefined],
  ])('gives no address for %j and %j', (server, repo) => {
    expect(repositoryUrl(server, repo)).toBeUndefined();
  });

  it('links a full SHA to its commit and leaves anything else plain code', () => {
    const url = 'https://github.com/acme/pump';
    expect(commitCode(SHA, url)).toBe(`[<code>a1b2c3d</code>](${url}/commit/${SHA})`);
    expect(commitCode(SHA, url, 12)).toBe(`[<code>a1b2c3d4e5f6</code>](${url}/commit/${SHA})`);
    expect(commitCode(SHA, undefined)).toBe('<code>a1b2c3d</code>');
    expect(commitCode('a1b2c3d', url)).toBe('<code>a1b2c3d</code>');
    expect(commitCode('A1B2C3D4E5F60718293A4B5C6D7E8F9012345678', url)).toBe('<code>A1B2C3D</code>');
  });
});
