import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFormat } from '../../src/lockfiles/index.js';
import { normalizeSwiftUrl, swiftFormat } from '../../src/lockfiles/swift.js';
import { swiftScheme } from '../../src/versions/swift.js';
import { classifyBump } from '../../src/versions/index.js';
import {
  dotted,
  expectAscending,
  expectOnlyParseErrors,
  expectTotalOrder,
  parseFixture,
  readFixture,
} from './ecosystem-properties.js';

const DIRECT_NOTE = /does not tell direct from transitive/;

function parseText(text: string, path = 'Package.resolved') {
  return swiftFormat.parse({ path, text });
}

describe('Package.resolved', () => {
  it('is found at the package root and inside Xcode workspaces', () => {
    expect(findFormat('Package.resolved')?.id).toBe('swiftpm');
    expect(findFormat('App.xcworkspace/xcshareddata/swiftpm/Package.resolved')?.id).toBe('swiftpm');
    expect(findFormat('Package.swift')).toBeUndefined();
  });

  it('v1: names packages by repository URL without scheme and .git', () => {
    const result = parseFixture(swiftFormat, 'swift/v1/Package.resolved');
    expect(result.format).toBe('swiftpm-v1');
    expect(result.packages).toEqual([
      {
        ecosystem: 'SwiftURL',
        name: 'github.com/apple/swift-argument-parser',
        version: '0.5.0',
        purl: 'pkg:swift/github.com/apple/swift-argument-parser@0.5.0',
        direct: null,
        scope: 'runtime',
        lockfile: 'swift/v1/Package.resolved',
        integrity: 'git:6b2aa2748a7881eebb9f84fb10c01293e15b52ca',
      },
      expect.objectContaining({ name: 'github.com/Alamofire/Alamofire', version: '5.4.3' }),
    ]);
    expect(result.findings).toEqual([
      expect.objectContaining({ message: expect.stringMatching(DIRECT_NOTE) }),
    ]);
  });

  it('v2: SSH locations, and a branch pin listed by its revision with source git', () => {
    const result = parseFixture(swiftFormat, 'swift/v2-branch-and-ssh/Package.resolved');
    expect(result.format).toBe('swiftpm-v2');
    expect(result.packages.map((p) => [p.name, p.version, p.source ?? null])).toEqual([
      ['github.com/apple/swift-log', '1.5.4', null],
      ['github.com/apple/swift-nio', '2.64.0', null],
      ['github.com/Example/device-kit', '8d4a6c2e0b9f7d5c3a1e9f7b5d3c1a9e7f5b3d1c', 'git'],
    ]);
    // The branch pin's commit is its identity (version and ref); a tag's commit is integrity.
    const [log, , kit] = result.packages;
    expect(kit).toMatchObject({ ref: '8d4a6c2e0b9f7d5c3a1e9f7b5d3c1a9e7f5b3d1c' });
    expect(kit?.integrity).toBeUndefined();
    expect(kit?.purl).toMatch(/\?vcs_url=.+%408d4a6c2e0b9f7d5c3a1e9f7b5d3c1a9e7f5b3d1c$/);
    expect(log?.ref).toBeUndefined();
    expect(result.findings[0]).toMatchObject({
      line: 22,
      message: expect.stringMatching(/branch "main" at revision 8d4a6c2e/),
    });
  });

  it('v3: originHash, registry and local pins', () => {
    const result = parseFixture(swiftFormat, 'swift/v3-origin-hash-registry-local/Package.resolved');
    expect(result.format).toBe('swiftpm-v3');
    expect(result.packages.map((p) => [p.name, p.version, p.source ?? null, p.integrity ?? null])).toEqual([
      ['github.com/apple/swift-collections', '1.1.0', null, 'git:94cf62b3ba8d4bed62680a282d4c25f9c63c2efb'],
      ['mona.linkedlist', '1.2.0', null, null],
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/mona\.linkedlist: resolved from a package registry/),
      expect.stringMatching(DIRECT_NOTE),
      expect.stringMatching(/first-party code, not SOUP, so not listed: vendored-sdk \(/),
    ]);
    expect(result.findings[0]?.line).toBe(14);
  });

  it('rejects an unknown version, naming it and the supported ones', () => {
    expect(() => parseFixture(swiftFormat, 'swift/unknown-version/Package.resolved')).toThrow(
      /Package\.resolved:3: unsupported Package\.resolved version 4; supported: 1, 2, 3/,
    );
  });

  it('turns wrong shapes into LockfileParseError with the pin line', () => {
    const text =
      '{\n  "pins": [\n    {\n      "identity": "a",\n      "kind": "remoteSourceControl",\n      "location": "https://x/a",\n      "state": 5\n    }\n  ],\n  "version": 2\n}';
    expect(() => parseText(text)).toThrow(/Package\.resolved:4: pin 1: expected "state" to be an object/);
    expect(() => parseText('{"version":2,"pins":{}}')).toThrow(/"pins" to be an array/);
    expect(() => parseText('{"version":1,"pins":[]}')).toThrow(/"object\.pins" to be an array/);
    expect(() =>
      parseText(
        '{"version":2,"pins":[{"identity":"a","kind":"remoteSourceControl","location":"x","state":{"version":1}}]}',
      ),
    ).toThrow(/state\.version must be a string/);
  });

  it('reports a pin with neither version nor revision instead of listing it', () => {
    const result = parseText(
      '{"version":2,"pins":[{"identity":"a","kind":"remoteSourceControl","location":"https://x.org/a","state":{}}]}',
    );
    expect(result.packages).toEqual([]);
    expect(result.findings[0]?.message).toMatch(/a: pinned to neither a version nor a revision/);
  });

  it('normalises repository locations the way OSV SwiftURL names them', () => {
    expect(normalizeSwiftUrl('https://github.com/apple/swift-nio.git')).toBe('github.com/apple/swift-nio');
    expect(normalizeSwiftUrl('git@github.com:apple/swift-nio.git')).toBe('github.com/apple/swift-nio');
    expect(normalizeSwiftUrl('ssh://git@GitHub.com/apple/swift-nio/')).toBe('github.com/apple/swift-nio');
    expect(normalizeSwiftUrl('https://user:token@gitlab.example.com:8443/team/Kit.git')).toBe(
      'gitlab.example.com:8443/team/Kit',
    );
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    for (const fixture of ['v1', 'v2-branch-and-ssh', 'v3-origin-hash-registry-local']) {
      expectOnlyParseErrors(swiftFormat, {
        path: 'Package.resolved',
        text: readFixture(`swift/${fixture}/Package.resolved`),
      });
    }
  });
});

describe('Swift version order', () => {
  it('is SemVer, and a revision is not ordered', () => {
    expectAscending(swiftScheme, ['0.5.0', '1.0.0-beta.1', '1.0.0', '1.2.0', '1.10.0', '2.0.0']);
    expect(swiftScheme.compare('1.0.0', '8d4a6c2e0b9f7d5c3a1e9f7b5d3c1a9e7f5b3d1c')).toBeNull();
    expect(classifyBump('SwiftURL', '2.64.0', '2.65.0')).toBe('minor');
    expect(classifyBump('SwiftURL', '8d4a6c2e0b9f', '1.0.0')).toBe('unknown');
  });

  it('is a total order on generated versions', () => {
    const number = fc.constantFrom('0', '1', '2', '10');
    const label = fc.constantFrom('alpha', 'beta', '1', '2', 'rc');
    const version = fc
      .tuple(
        dotted(number, 3, 3),
        fc.option(dotted(label, 1, 2), { nil: undefined }),
        fc.option(fc.constantFrom('b1', 'b2'), { nil: undefined }),
      )
      .map(([core, pre, build]) => `${core}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`);
    expectTotalOrder(swiftScheme, version);
  });
});
