import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { nugetFormat } from '../../src/lockfiles/nuget.js';
import { normalizeNugetVersion, nugetScheme } from '../../src/versions/nuget.js';
import { classifyBump } from '../../src/versions/index.js';
import {
  dotted,
  expectAscending,
  expectOnlyParseErrors,
  expectTotalOrder,
  parseFixture,
  readFixture,
} from './ecosystem-properties.js';

const lock = (packages: Record<string, unknown>, version: unknown = 1): string =>
  JSON.stringify({ version, dependencies: { 'net8.0': packages } }, null, 2);

function parseText(text: string, path = 'src/App/packages.lock.json') {
  return nugetFormat.parse({ path, text });
}

describe('packages.lock.json', () => {
  it('is found by its default and per-project names only', () => {
    expect(findFormat('src/App/packages.lock.json')?.id).toBe('nuget');
    expect(findFormat('packages.App_Core.lock.json')?.id).toBe('nuget');
    expect(findFormat('Packages/packages-lock.json')?.id).not.toBe('nuget');
    expect(findFormat('package-lock.json')?.id).not.toBe('nuget');
  });

  it('v1: merges target frameworks and runtime graphs into one package per id@version', () => {
    const result = parseFixture(nugetFormat, 'nuget/v1-multi-target/packages.lock.json');
    expect(result.format).toBe('nuget-v1');
    const keys = result.packages.map((p) => `${p.name}@${p.version}`).sort();
    expect(keys).toEqual([
      'Newtonsoft.Json@13.0.3',
      'Serilog.Sinks.Console@5.0.1',
      'Serilog@2.12.0',
      'Serilog@3.1.1',
      'runtime.linux-x64.Microsoft.NETCore.ILAsm@8.0.0',
    ]);
    const json = result.packages.find((p) => p.name === 'Newtonsoft.Json');
    // Direct in net8.0, Transitive (and lower-cased) in netstandard2.0: one package, direct, first casing.
    expect(json).toMatchObject({
      ecosystem: 'NuGet',
      direct: true,
      scope: 'runtime',
      purl: 'pkg:nuget/Newtonsoft.Json@13.0.3',
      integrity:
        'sha512-HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lOReHMOagPa+zQ==',
      lockfile: 'nuget/v1-multi-target/packages.lock.json',
    });
    expect(json?.source).toBeUndefined();
    // Serilog is transitive at 3.1.1 in one framework and direct at 2.12.0 in another: two versions.
    expect(result.packages.find((p) => p.version === '3.1.1')?.direct).toBe(false);
    expect(result.packages.find((p) => p.version === '2.12.0')?.direct).toBe(true);
  });

  it('leaves project references out and says so once', () => {
    const result = parseFixture(nugetFormat, 'nuget/v1-multi-target/packages.lock.json');
    expect(result.packages.some((p) => p.name === 'MyCompany.Core')).toBe(false);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ line: 25 });
    expect(result.findings[0]?.message).toBe(
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: MyCompany.Core (project reference)',
    );
  });

  it('v2: CentralTransitive is transitive; four-part and pre-release versions are kept as written', () => {
    const result = parseFixture(nugetFormat, 'nuget/v2-central-transitive/packages.lock.json');
    expect(result.format).toBe('nuget-v2');
    expect(result.findings).toEqual([]);
    const byName = new Map(result.packages.map((p) => [p.name, p]));
    expect(byName.get('System.Text.Json')).toMatchObject({ version: '8.0.4', direct: false });
    expect(byName.get('Microsoft.Extensions.Logging')?.direct).toBe(true);
    expect(byName.get('Legacy.FourPart')?.version).toBe('1.2.3.4');
    expect(byName.get('Some.Prerelease')?.version).toBe('2.0.0-Beta.1');
  });

  it('rejects an unknown lock file version, naming it and the supported ones', () => {
    expect(() => parseFixture(nugetFormat, 'nuget/unknown-version/packages.lock.json')).toThrow(
      /unknown-version\/packages\.lock\.json:2: unsupported packages\.lock\.json version 3; supported: 1, 2/,
    );
    expect(() => parseText('{"dependencies":{}}')).toThrow(/version null/);
  });

  it('turns wrong shapes into LockfileParseError with the line of the entry', () => {
    const noResolved = lock({ A: { type: 'Direct' } });
    const error = (() => {
      try {
        parseText(noResolved);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(LockfileParseError);
    // Lines: {, version, dependencies, net8.0, then "A" on line 5.
    expect((error as LockfileParseError).line).toBe(5);
    expect(() => parseText(lock({ A: 'x' }))).toThrow(LockfileParseError);
    expect(() => parseText(lock({ A: { type: 3, resolved: '1.0.0' } }))).toThrow(/no "type"/);
    expect(() => parseText('{"version":1,"dependencies":[]}')).toThrow(/"dependencies"/);
    expect(() => parseText('[1]')).toThrow(LockfileParseError);
  });

  it('reports unknown dependency types and unparsable versions instead of dropping them', () => {
    const result = parseText(
      lock({ A: { type: 'Weird', resolved: '1.0.0' }, B: { type: 'Direct', resolved: 'abc' } }),
    );
    expect(result.packages.map((p) => [p.name, p.direct])).toEqual([
      ['A', null],
      ['B', true],
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      expect.stringMatching(/A 1\.0\.0: unknown dependency type "Weird"/),
      expect.stringMatching(/B: "abc" is not a NuGet version/),
    ]);
  });

  it('keeps hostile ids as data', () => {
    // An object literal would turn __proto__ into a prototype: JSON text keeps it a key.
    const result = parseText(
      '{"version":1,"dependencies":{"net8.0":{"__proto__":{"type":"Direct","resolved":"1.0.0"},' +
        '"constructor":{"type":"Transitive","resolved":"2.0.0"}}}}',
    );
    expect(result.packages.map((p) => p.name).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('resolves edges by id in the same graph, a runtime graph falling back to its framework, ids case-insensitive', () => {
    const text = JSON.stringify({
      version: 1,
      dependencies: {
        'net8.0': {
          App: { type: 'Direct', resolved: '1.0.0', dependencies: { 'lib.core': '1.0.0', Own: '[1.0.0, )' } },
          'Lib.Core': { type: 'Transitive', resolved: '1.2.0' },
          Own: { type: 'Project' },
        },
        'net8.0/linux-x64': {
          Native: {
            type: 'Transitive',
            resolved: '3.0.0',
            dependencies: { 'Lib.Core': '1.0.0', Gone: '1.0.0' },
          },
        },
      },
    });
    const byName = new Map(parseText(text).packages.map((p) => [p.name, p.dependencies]));
    expect(byName.get('App')).toEqual(['pkg:nuget/Lib.Core@1.2.0']);
    // Gone is in no graph: no edge is guessed for it.
    expect(byName.get('Native')).toEqual(['pkg:nuget/Lib.Core@1.2.0']);
    expect(byName.get('Lib.Core')).toEqual([]);
  });

  it('refuses a dependencies map that is not ids to version strings', () => {
    for (const dependencies of [['Serilog'], { Serilog: 3 }, 'Serilog']) {
      expect(() => parseText(lock({ App: { type: 'Direct', resolved: '1.0.0', dependencies } }))).toThrow(
        LockfileParseError,
      );
    }
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    for (const fixture of ['v1-multi-target', 'v2-central-transitive', 'v1-graph']) {
      expectOnlyParseErrors(nugetFormat, {
        path: 'packages.lock.json',
        text: readFixture(`nuget/${fixture}/packages.lock.json`),
      });
    }
  });
});

describe('NuGet version order', () => {
  it('orders the documented examples', () => {
    expectAscending(nugetScheme, ['1.0.0-alpha', '1.0.0-beta', '1.0.0', '1.0.0.1']);
    expectAscending(nugetScheme, [
      '0.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.0.0.1',
      '1.0.1',
      '1.2',
      '1.10.0',
      '10.0.0',
    ]);
  });

  it('treats missing parts as zero, labels case-insensitively and ignores build metadata', () => {
    expect(nugetScheme.compare('1.0', '1.0.0.0')).toBe(0);
    expect(nugetScheme.compare('1.0.0-BETA', '1.0.0-beta')).toBe(0);
    expect(nugetScheme.compare('1.0.0+abc', '1.0.0')).toBe(0);
    expect(nugetScheme.compare('01.2.3', '1.2.3')).toBe(0);
    expect(nugetScheme.compare('1.0.0', '[1.0.0, )')).toBeNull();
    expect(normalizeNugetVersion('1.0.0.0-Beta')).toBe('1.0.0-beta');
    expect(normalizeNugetVersion('1.2.3.4')).toBe('1.2.3.4');
  });

  it('parses release components and pre-release flags for bump classes', () => {
    expect(nugetScheme.parse('1.2.3.4')).toEqual({ release: [1, 2, 3, 4], prerelease: false });
    expect(nugetScheme.parse('1.2')).toEqual({ release: [1, 2, 0], prerelease: false });
    expect(nugetScheme.parse('1.2.3-rc.1')).toEqual({ release: [1, 2, 3], prerelease: true });
    expect(classifyBump('NuGet', '13.0.1', '13.0.3')).toBe('patch');
    expect(classifyBump('NuGet', '1.2.3', '1.2.3.1')).toBe('patch');
    expect(classifyBump('NuGet', '8.0.0', '7.0.0')).toBe('downgrade');
    expect(classifyBump('NuGet', '2.0.0-beta', '2.0.0')).toBe('prerelease');
  });

  it('is a total order on generated versions', () => {
    const number = fc.constantFrom('0', '1', '2', '10', '01');
    const label = fc.constantFrom('alpha', 'Alpha', 'beta', 'rc', '1', '2', '10', 'a-b');
    const version = fc
      .tuple(
        dotted(number, 1, 4),
        fc.option(dotted(label, 1, 3), { nil: undefined }),
        fc.option(fc.constantFrom('build', 'sha.1'), { nil: undefined }),
      )
      .map(([core, pre, build]) => `${core}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`);
    expectTotalOrder(nugetScheme, version);
  });
});
