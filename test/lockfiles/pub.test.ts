import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { pubFormat } from '../../src/lockfiles/pub.js';
import { pubScheme } from '../../src/versions/pub.js';
import { classifyBump } from '../../src/versions/index.js';
import {
  dotted,
  expectAscending,
  expectOnlyParseErrors,
  expectTotalOrder,
  parseFixture,
  readFixture,
} from './ecosystem-properties.js';

function parseText(text: string, path = 'app/pubspec.lock') {
  return pubFormat.parse({ path, text });
}

describe('pubspec.lock', () => {
  it('is found for pubspec.lock only', () => {
    expect(findFormat('app/pubspec.lock')?.id).toBe('pub');
    expect(findFormat('pubspec.yaml')).toBeUndefined();
  });

  it('reads hosted, git and path packages with direct/dev/overridden/transitive kinds', () => {
    const result = parseFixture(pubFormat, 'pub/flutter-app/pubspec.lock');
    expect(result.format).toBe('pubspec-lock');
    const rows = result.packages.map((p) => [p.name, p.version, p.direct, p.scope, p.source ?? null]);
    expect(rows).toEqual([
      ['async', '2.11.0', false, 'runtime', null],
      ['http', '1.2.0', true, 'runtime', null],
      ['lints', '3.0.0', true, 'dev', null],
      ['meta', '1.10.0', true, 'runtime', null],
      ['device_protocol', '0.4.0', true, 'runtime', 'git'],
      ['private_pkg', '2.0.0-dev.1', false, 'runtime', 'url'],
    ]);
    const byName = new Map(result.packages.map((p) => [p.name, p]));
    expect(byName.get('http')).toMatchObject({
      ecosystem: 'Pub',
      purl: 'pkg:pub/http@1.2.0',
      integrity: 'sha256:a2bbf9d017fcced29139daa8ed2bba4ece450ab222871df93ca9eec6f80c34ba',
      lockfile: 'pub/flutter-app/pubspec.lock',
    });
    expect(byName.get('device_protocol')).toMatchObject({
      ref: '3f1c9a7e5b2d4c6a8e0f1b3d5c7e9a1b2c4d6e8f',
      purl: 'pkg:pub/device_protocol@0.4.0?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fexample%2Fdevice-protocol.git%403f1c9a7e5b2d4c6a8e0f1b3d5c7e9a1b2c4d6e8f',
    });
    expect(byName.get('device_protocol')?.integrity).toBeUndefined();
    // The path package ../local_utils is first-party code: not listed, said once.
    expect(result.findings.at(-1)).toEqual({
      lockfile: 'pub/flutter-app/pubspec.lock',
      line: 55,
      message:
        '1 package resolves from local folders: first-party code, not SOUP, so not listed: local_utils (../local_utils)',
    });
  });

  it('leaves Flutter SDK packages out with a finding each, naming the line', () => {
    const result = parseFixture(pubFormat, 'pub/flutter-app/pubspec.lock');
    expect(result.packages.some((p) => p.name.startsWith('flutter'))).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        line: 12,
        message: expect.stringMatching(/^flutter: part of the flutter SDK/),
      }),
      expect.objectContaining({
        line: 17,
        message: expect.stringMatching(/^flutter_test: part of the flutter SDK/),
      }),
      expect.objectContaining({ message: expect.stringContaining('first-party code') }),
    ]);
  });

  it('reads Dart 2 lock files without sha256 from pub.dartlang.org as the default registry', () => {
    const result = parseFixture(pubFormat, 'pub/dart2-legacy-hosted/pubspec.lock');
    expect(result.packages.map((p) => [p.name, p.direct, p.source, p.integrity])).toEqual([
      ['collection', false, undefined, undefined],
      ['path', true, undefined, undefined],
    ]);
    expect(result.findings).toEqual([]);
  });

  it('lists nothing for a project without dependencies', () => {
    expect(parseFixture(pubFormat, 'pub/no-dependencies/pubspec.lock').packages).toEqual([]);
  });

  it('keeps unquoted versions as text and reports unknown kinds and sources', () => {
    const result = parseText(
      'packages:\n  a:\n    dependency: "direct weird"\n    description: {name: a}\n    source: hosted\n    version: 1.10.0\n' +
        '  b:\n    dependency: transitive\n    description: x\n    source: custom\n    version: "1.0.0"\n',
    );
    expect(result.packages.map((p) => [p.name, p.version, p.direct, p.source])).toEqual([
      ['a', '1.10.0', null, undefined],
      ['b', '1.0.0', false, 'custom'],
    ]);
    expect(result.findings.map((f) => [f.line, f.message])).toEqual([
      [2, expect.stringMatching(/a: unknown dependency kind "direct weird"/)],
      [7, expect.stringMatching(/b: unknown source "custom"/)],
    ]);
  });

  it('turns wrong shapes into LockfileParseError with the line', () => {
    expect(() => parseText('packages:\n  a:\n    source: hosted\n')).toThrow(
      /pubspec\.lock:2: package "a" has no "version"/,
    );
    expect(() => parseText('packages:\n  a: 1\n')).toThrow(/:2: expected package "a" to be a mapping/);
    expect(() => parseText('packages: [1]\n')).toThrow(/"packages" to be a mapping/);
    expect(() => parseText('hello')).toThrow(LockfileParseError);
    expect(() => parseText('packages:\n  a: {\n')).toThrow(/invalid YAML/);
    expect(() => parseText('other: 1\n')).toThrow(/not a pubspec\.lock/);
  });

  it('keeps hostile names as data', () => {
    const result = parseText(
      'packages:\n  __proto__:\n    dependency: transitive\n    source: hosted\n    version: "1.0.0"\n    description: {}\n',
    );
    expect(result.packages.map((p) => p.name)).toEqual(['__proto__']);
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    expectOnlyParseErrors(pubFormat, {
      path: 'pubspec.lock',
      text: readFixture('pub/flutter-app/pubspec.lock'),
    });
  });
});

describe('pub version order', () => {
  it('orders pre-releases before, and builds after, their release', () => {
    expectAscending(pubScheme, [
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0',
      '1.0.0+1',
      '1.0.0+2',
      '1.0.0+10',
      '1.0.0+build',
      '1.0.1',
      '1.10.0',
    ]);
    expect(pubScheme.compare('1.0', '1.0.0')).toBeNull();
    expect(classifyBump('Pub', '1.0.0+1', '1.0.0+2')).toBe('prerelease');
    expect(classifyBump('Pub', '2.11.0', '2.12.0')).toBe('minor');
    expect(pubScheme.parse('2.0.0-dev.1')).toEqual({ release: [2, 0, 0], prerelease: true });
  });

  it('is a total order on generated versions', () => {
    const number = fc.constantFrom('0', '1', '2', '10');
    const part = fc.constantFrom('0', '1', '2', '10', 'alpha', 'beta', 'dev', 'a-b');
    const version = fc
      .tuple(
        dotted(number, 3, 3),
        fc.option(dotted(part, 1, 3), { nil: undefined }),
        fc.option(dotted(part, 1, 2), { nil: undefined }),
      )
      .map(([core, pre, build]) => `${core}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`);
    expectTotalOrder(pubScheme, version);
  });
});
