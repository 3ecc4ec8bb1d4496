// pnpm: what the scope walk reports and links: a dangling reference once per entry and name, the
// importer that declares a missing entry, and dependency edges only between SOUP items.
import { describe, expect, it } from 'vitest';
import { pnpmFormat } from '../../src/lockfiles/pnpm.js';

const parse = (doc: Record<string, unknown>) =>
  pnpmFormat.parse({ path: 'pnpm-lock.yaml', text: JSON.stringify({ lockfileVersion: '9.0', ...doc }) });
const registry = { resolution: { integrity: 'sha512-AAAA' } };

describe('pnpm findings', () => {
  it('names the importer whose dependency has no entry', () => {
    const parsed = parse({
      importers: {
        '.': { dependencies: { gone: { specifier: '^1', version: '1.0.0' } } },
        'packages/api': { dependencies: { lost: { specifier: '^2', version: '2.0.0' } } },
      },
      packages: {},
      snapshots: {},
    });
    expect(parsed.findings.map((f) => f.message)).toEqual([
      'the root project dependencies gone: 1.0.0 has no entry in the lockfile; not listed',
      'packages/api dependencies lost: 2.0.0 has no entry in the lockfile; not listed',
    ]);
  });

  it('points a missing importer dependency at its importer, or at the field in a single-project file', () => {
    const workspace = pnpmFormat.parse({
      path: 'pnpm-lock.yaml',
      text: [
        "lockfileVersion: '9.0'",
        'importers:',
        '  .: {}',
        '  packages/api:',
        '    dependencies:',
        '      lost:',
        '        specifier: ^2',
        '        version: 2.0.0',
        '',
      ].join('\n'),
    });
    expect(workspace.findings.map((f) => f.line)).toEqual([4]);
    const single = pnpmFormat.parse({
      path: 'pnpm-lock.yaml',
      text: [
        "lockfileVersion: '6.0'",
        'dependencies:',
        '  gone:',
        '    specifier: ^1',
        '    version: 1.0.0',
        '',
      ].join('\n'),
    });
    expect(single.findings.map((f) => [f.line, f.message])).toEqual([
      [2, 'the root project dependencies gone: 1.0.0 has no entry in the lockfile; not listed'],
    ]);
  });

  it('reports each dangling reference once per entry and name, whichever field names it', () => {
    const parsed = parse({
      importers: {
        '.': {
          dependencies: { a: { specifier: '1', version: '1.0.0' }, b: { specifier: '1', version: '1.0.0' } },
        },
      },
      packages: { 'a@1.0.0': registry, 'b@1.0.0': registry },
      snapshots: {
        'a@1.0.0': { dependencies: { missing: '2.0.0' }, optionalDependencies: { missing: '2.0.0' } },
        'b@1.0.0': { dependencies: { missing: '2.0.0', other: '3.0.0' } },
      },
    });
    expect(parsed.findings.map((f) => f.message)).toEqual([
      'a@1.0.0 depends on missing: 2.0.0, which has no entry in the lockfile',
      'b@1.0.0 depends on missing: 2.0.0, which has no entry in the lockfile',
      'b@1.0.0 depends on other: 3.0.0, which has no entry in the lockfile',
    ]);
  });

  it('links each SOUP item to the items it depends on', () => {
    const parsed = parse({
      importers: { '.': { dependencies: { a: { specifier: '1', version: '1.0.0' } } } },
      packages: { 'a@1.0.0': registry, 'b@1.0.0': registry },
      snapshots: { 'a@1.0.0': { dependencies: { b: '1.0.0' } }, 'b@1.0.0': {} },
    });
    expect(parsed.packages.map((p) => [p.name, p.direct, p.dependencies])).toEqual([
      ['a', true, ['pkg:npm/b@1.0.0']],
      ['b', false, []],
    ]);
  });
});
