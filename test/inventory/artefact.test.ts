import { describe, expect, it } from 'vitest';
import {
  describeOrigin,
  isIntegrityChanged,
  isSourceChanged,
  originOf,
} from '../../src/inventory/artefact.js';

describe('isIntegrityChanged', () => {
  it.each([
    ['one SRI hash replaced by another', 'sha512-aaa', 'sha512-bbb'],
    ['a Cargo/NuGet bare digest replaced', 'a'.repeat(64), 'b'.repeat(64)],
    ['a Python file hash replaced among others', 'sha256:1 sha256:2', 'sha256:1 sha256:3'],
    ['a yarn checksum replaced under the same cache key', '10c0/abc', '10c0/def'],
    ['a Swift tag moved to another commit', 'git:aaa', 'git:bbb'],
    ['Bundler CHECKSUMS', 'sha256=aa', 'sha256=bb'],
  ])('is true for %s', (_what, before, after) => {
    expect(isIntegrityChanged(before, after)).toBe(true);
  });

  it.each([
    ['either side records nothing', undefined, 'sha512-a'],
    ['nothing changed', 'sha512-a', 'sha512-a'],
    ['npm rewrote sha1 as sha512 (no algorithm in common)', 'sha1-a', 'sha512-b'],
    ['a second algorithm was dropped', 'sha512-a sha1-b', 'sha512-a'],
    ['a wheel was added to the hash list', 'sha256:1', 'sha256:1 sha256:2'],
    ['a platform was dropped from the hash list', 'sha256:1 sha256:2', 'sha256:2'],
    ['the yarn cache key moved', '8/abc', '10c0/def'],
    ['digests of different lengths (different algorithms)', 'a'.repeat(64), 'b'.repeat(128)],
  ])('is false when %s', (_what, before, after) => {
    expect(isIntegrityChanged(before, after)).toBe(false);
  });
});

describe('isSourceChanged', () => {
  it('is true between kinds of source, both ways', () => {
    expect(isSourceChanged(originOf({}), originOf({ source: 'git' }))).toBe(true);
    expect(isSourceChanged(originOf({ source: 'url' }), originOf({}))).toBe(true);
    expect(isSourceChanged(originOf({}), originOf({ source: 'patch' }))).toBe(true);
  });

  it('is true between two recorded hosts, false when a side records none', () => {
    const corp = originOf({ host: 'npm.corp.example' });
    const npm = originOf({ host: 'registry.npmjs.org' });
    expect(isSourceChanged(corp, npm)).toBe(true);
    expect(isSourceChanged(corp, originOf({}))).toBe(false);
    expect(isSourceChanged(npm, npm)).toBe(false);
  });

  it('describes an origin as kind[:host]', () => {
    expect(describeOrigin(originOf({ host: 'registry.npmjs.org' }))).toBe('registry:registry.npmjs.org');
    expect(describeOrigin(originOf({ source: 'url', host: 'example.com' }))).toBe('url:example.com');
    expect(describeOrigin(originOf({ source: 'git' }))).toBe('git');
    expect(describeOrigin(originOf({}))).toBe('registry');
  });
});
