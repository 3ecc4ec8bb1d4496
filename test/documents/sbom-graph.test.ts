/**
 * The SBOM as the NTIA minimum elements ask for it: supplier, name, version, unique identifiers,
 * the dependency relationships, the author of the SBOM data and a timestamp. The graph is checked
 * against each covered format's own lockfile: the edges it states, counted, and a sample that
 * needs the format's resolution rules (nested node_modules, two versions of one crate, a source).
 */
import { resolve } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { checkSoupOutputs, renderSoupOutputs } from '../../src/app/soup-outputs.js';
import { buildSbom, readSbomFacts, readSbomStamp } from '../../src/documents/sbom.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { createFolderSource } from '../../src/local/folder-source.js';
import { emptyRegister } from '../../src/register/parse.js';
import { loadMultiEcosystemInventory } from './soup-list-fixtures.js';

const OPTIONS = {
  generatedAt: '2026-11-20T10:00:00Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
  repo: 'acme/infusion-pump',
  toolVersion: '0.1.0',
};

interface Bom {
  metadata: {
    timestamp?: string;
    authors?: { name: string }[];
    component: { name: string; supplier?: { name: string } };
  };
  components: {
    'bom-ref': string;
    name: string;
    version: string;
    purl: string;
    supplier?: { name: string };
    hashes?: { alg: string; content: string }[];
    properties: { name: string; value: string }[];
  }[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
}

async function load(dir: string): Promise<Inventory> {
  return loadInventory(createFolderSource(resolve(dir)));
}

async function sbomOf(inventory: Inventory): Promise<Bom> {
  const json = buildSbom(inventory, OPTIONS);
  expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json)).toBeNull();
  return JSON.parse(json) as Bom;
}

/** Every package-to-package edge, as `from -> to`. */
function edgesOf(bom: Bom): string[] {
  return (bom.dependencies ?? [])
    .filter((d) => d.ref !== 'soup-gate:root')
    .flatMap((d) => (d.dependsOn ?? []).map((to) => `${d.ref} -> ${to}`));
}

describe('SBOM dependency graph per lockfile format', () => {
  it('npm: the 128 edges package-lock.json resolves, nested copies included', async () => {
    const bom = await sbomOf(await load('examples/demo/head'));
    const edges = edgesOf(bom);
    // Counted from the file by node's lookup (each entry's dependencies, optional and peer ones).
    expect(edges).toHaveLength(128);
    expect(edges).toEqual(
      expect.arrayContaining([
        'pkg:npm/express@4.21.1 -> pkg:npm/encodeurl@2.0.3',
        // send has its own copy of encodeurl, and debug its own ms.
        'pkg:npm/send@0.19.0 -> pkg:npm/encodeurl@1.0.4',
        'pkg:npm/send@0.19.0 -> pkg:npm/ms@2.1.3',
        'pkg:npm/debug@2.6.9 -> pkg:npm/ms@2.0.0',
      ]),
    );
    // A leaf states that it depends on nothing: an entry without dependsOn.
    expect(bom.dependencies).toContainEqual({ ref: 'pkg:npm/ms@2.1.3' });
    // Every npm component is in the graph, once (the demo's requirements.txt states no edges).
    const refs = bom.dependencies!.map((d) => d.ref);
    expect(new Set(refs).size).toBe(refs.length);
    expect(refs.sort()).toEqual(
      [
        'soup-gate:root',
        ...bom.components.filter((c) => c.purl.startsWith('pkg:npm/')).map((c) => c.purl),
      ].sort(),
    );
  });

  it('Cargo: the edges Cargo.lock states, a version or source picking between two crates of one name', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/cargo/v1-metadata')))).toEqual([
      'pkg:cargo/log@0.4.8 -> pkg:cargo/cfg-if@0.1.10',
    ]);
    expect(edgesOf(await sbomOf(await load('test/fixtures/cargo/v2-no-version')))).toEqual([
      'pkg:cargo/serde@1.0.104 -> pkg:cargo/rand@0.6.5',
    ]);
    expect(edgesOf(await sbomOf(await load('test/fixtures/cargo/v3-git-source')))).toEqual([
      'pkg:cargo/regex@1.7.1 -> pkg:cargo/toml@0.5.11',
    ]);
  });

  it('uv: the edges uv.lock states for each locked package', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/python/uv-dev-groups')))).toEqual([
      'pkg:pypi/anyio@4.9.0 -> pkg:pypi/idna@3.10',
      'pkg:pypi/pytest@8.3.5 -> pkg:pypi/iniconfig@2.1.0',
    ]);
  });

  it('Bundler: nested spec lines, platform builds of one gem joined, a GIT gem by its commit, no PATH gem', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/bundler/bundler1-multiple-remotes')))).toEqual([
      'pkg:gem/rack-protection@1.5.3 -> pkg:gem/rack@1.6.4',
      'pkg:gem/sinatra@1.4.6 -> pkg:gem/rack-protection@1.5.3',
      'pkg:gem/sinatra@1.4.6 -> pkg:gem/rack@1.6.4',
      'pkg:gem/sinatra@1.4.6 -> pkg:gem/tilt@2.0.1',
    ]);
    // nokogiri's ruby build needs mini_portile2, its platform builds only racc: one item, both edges.
    expect(edgesOf(await sbomOf(await load('test/fixtures/bundler/platforms-checksums')))).toEqual([
      'pkg:gem/nokogiri@1.16.0 -> pkg:gem/mini_portile2@2.8.5',
      'pkg:gem/nokogiri@1.16.0 -> pkg:gem/racc@1.7.3',
      'pkg:gem/rails@7.1.3.rc1 -> pkg:gem/racc@1.7.3',
    ]);
    // mygem (PATH, the project itself) needs activesupport and tzinfo: the project's edges, not an item's.
    const git = edgesOf(await sbomOf(await load('test/fixtures/bundler/git-path-sources')));
    expect(git).toHaveLength(2);
    expect(git).toContain('pkg:gem/tzinfo@2.0.6 -> pkg:gem/concurrent-ruby@1.2.2');
    expect(git.find((e) => e.startsWith('pkg:gem/activesupport@7.2.0.alpha?vcs_url='))).toMatch(
      /%400123456789abcdef0123456789abcdef01234567 -> pkg:gem\/tzinfo@2\.0\.6$/,
    );
  });

  it("Composer: each package's require, php and ext-* being platform requirements, not edges", async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/composer/packages-and-dev')))).toEqual([
      'pkg:composer/monolog/monolog@3.5.0 -> pkg:composer/psr/log@3.0.0',
    ]);
  });

  it('Poetry: [package.dependencies] of each locked package, names normalised', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/python/poetry-2.0-no-category')))).toEqual([
      'pkg:pypi/pytest@8.1.1 -> pkg:pypi/idna@3.6',
      'pkg:pypi/pytest@8.1.1 -> pkg:pypi/iniconfig@2.0.0',
      'pkg:pypi/requests@2.31.0 -> pkg:pypi/idna@3.6',
      'pkg:pypi/requests@2.31.0 -> pkg:pypi/pysocks@1.7.1',
    ]);
    expect(edgesOf(await sbomOf(await load('test/fixtures/python/poetry-2.1-groups')))).toEqual([
      'pkg:pypi/sphinx@8.1.3 -> pkg:pypi/docutils@0.21.2',
    ]);
  });

  it("yarn v1 and berry: each entry's dependencies by descriptor, none to a workspace or a file: folder", async () => {
    // file-thing (a first-party folder) depends on ms: the project's edge, not an item's.
    expect(edgesOf(await sbomOf(await load('test/fixtures/yarn/v1-workspace')))).toEqual([
      'pkg:npm/debug@4.4.3 -> pkg:npm/ms@2.1.3',
      'pkg:npm/humanize-ms@1.2.1 -> pkg:npm/ms@2.1.3',
      'pkg:npm/is-odd@3.0.1 -> pkg:npm/is-number@6.0.0',
      'pkg:npm/once@1.4.0 -> pkg:npm/wrappy@1.0.2',
    ]);
    for (const berry of ['berry-v4-workspace', 'berry-v6-workspace', 'berry-v10-workspace']) {
      const edges = edgesOf(await sbomOf(await load(`test/fixtures/yarn/${berry}`)));
      expect(edges, berry).toHaveLength(10);
      expect(edges, berry).toEqual(
        expect.arrayContaining([
          'pkg:npm/resolve@1.22.14 -> pkg:npm/is-core-module@2.18.0',
          'pkg:npm/is-core-module@2.18.0 -> pkg:npm/hasown@2.0.4',
        ]),
      );
    }
  });

  it('pnpm: packages (v5) and snapshots (v9) edges, peer variants joined, both documents of pnpm 11', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/pnpm/pnpm9-workspace')))).toEqual([
      'pkg:npm/debug@4.3.4 -> pkg:npm/ms@2.1.2',
      'pkg:npm/loose-envify@1.4.0 -> pkg:npm/js-tokens@4.0.0',
      'pkg:npm/react@18.2.0 -> pkg:npm/loose-envify@1.4.0',
    ]);
    const v5 = edgesOf(await sbomOf(await load('test/fixtures/pnpm/pnpm5-single')));
    expect(v5).toHaveLength(9);
    // A peer dependency is an edge of the package that names it.
    expect(v5).toContain('pkg:npm/use-sync-external-store@1.2.0 -> pkg:npm/react@18.2.0');
    // pnpm 11 pins itself in the env document: its graph is there too.
    const env = edgesOf(await sbomOf(await load('test/fixtures/pnpm/pnpm11-env-single')));
    expect(env).toContain('pkg:npm/debug@4.3.4 -> pkg:npm/ms@2.1.2');
    expect(env).toContain('pkg:npm/%40pnpm/exe@11.28.6 -> pkg:npm/detect-libc@2.1.2');
  });

  it('bun: nested keys resolve before hoisted ones, a file: folder has no edges', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/bun/v2-basic')))).toEqual([
      'pkg:npm/debug@4.3.4 -> pkg:npm/ms@2.1.2',
      'pkg:npm/is-number@3.0.0 -> pkg:npm/kind-of@3.2.2',
      'pkg:npm/is-odd@0.1.2 -> pkg:npm/is-number@3.0.0',
      'pkg:npm/kind-of@3.2.2 -> pkg:npm/is-buffer@1.1.6',
    ]);
  });

  it('pdm: the requirement strings of each locked package', async () => {
    expect(edgesOf(await sbomOf(await load('test/fixtures/python/pdm-groups')))).toEqual([
      'pkg:pypi/requests@2.32.3 -> pkg:pypi/urllib3@2.2.1',
    ]);
  });

  it("NuGet: each entry's dependencies resolved in its own target graph, none to a project reference", async () => {
    const bom = await sbomOf(await load('test/fixtures/nuget/v1-graph'));
    const edges = edgesOf(bom);
    // Counted from the file: 21 dependency ids over the three graphs, less the one the runtime graph
    // repeats (System.IO.Ports) and the project references' own (Pump.Protocol is no component).
    expect(edges).toHaveLength(20);
    expect(edges).toEqual(
      expect.arrayContaining([
        // Asks for 5.0.0 or later; net8.0 resolved 5.0.1, and net6.0's own copy goes to its own Serilog.
        'pkg:nuget/Serilog.AspNetCore@8.0.1 -> pkg:nuget/Serilog.Sinks.Console@5.0.1',
        'pkg:nuget/Serilog.Sinks.Console@5.0.1 -> pkg:nuget/Serilog@3.1.1',
        'pkg:nuget/Serilog.Sinks.Console@4.1.0 -> pkg:nuget/Serilog@2.10.0',
        // An exact range ([3.1.1]) and an edge only the runtime graph states.
        'pkg:nuget/Serilog.Extensions.Logging@8.0.0 -> pkg:nuget/Serilog@3.1.1',
        'pkg:nuget/runtime.native.System.IO.Ports@8.0.0 -> pkg:nuget/runtime.linux-x64.runtime.native.System.IO.Ports@8.0.0',
      ]),
    );
    expect(edges.filter((edge) => edge.includes('Pump.Protocol'))).toEqual([]);
    // A package whose entry names no dependencies states that it depends on nothing.
    expect(bom.dependencies).toContainEqual({ ref: 'pkg:nuget/Microsoft.Extensions.Primitives@8.0.0' });
    expect(bom.dependencies!.filter((d) => d.ref !== 'soup-gate:root')).toHaveLength(bom.components.length);
  });

  it('claims no edges for a format whose lockfile states none: only the root has an entry', async () => {
    const bom = await sbomOf(await load('test/fixtures/go/require-blocks'));
    expect(bom.dependencies?.map((d) => d.ref)).toEqual(['soup-gate:root']);
  });
});

describe('SBOM minimum elements (NTIA)', () => {
  it('has name, version and purl for every component, hashes where the lockfile has them, and author and time', async () => {
    const inventory = await loadMultiEcosystemInventory();
    const bom = await sbomOf(inventory);
    for (const component of bom.components) {
      expect(component.name, component['bom-ref']).not.toBe('');
      expect(component.version, component['bom-ref']).not.toBe('');
      expect(component.purl).toBe(component['bom-ref']);
    }
    // Hashes for every component whose lockfile integrity is a hash of the artifact (SRI here).
    const sri = inventory.lockfiles
      .flatMap((l) => l.packages)
      .filter((p) => p.integrity !== undefined && /^sha(256|384|512)-/.test(p.integrity));
    expect(sri.length).toBeGreaterThan(0);
    for (const pkg of sri)
      expect(bom.components.find((c) => c.purl === pkg.purl)?.hashes?.length, pkg.purl).toBeGreaterThan(0);
    // Supplier where it is known without a look-up: a GitHub Action's owner.
    const actions = bom.components.filter((c) => c.purl.startsWith('pkg:github/actions/'));
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.supplier).toEqual({ name: 'actions' });
    expect(bom.metadata.authors).toEqual([{ name: 'soup-gate' }]);
    expect(bom.metadata.timestamp).toBe('2026-11-20T10:00:00.000Z');
    expect(bom.metadata.component).toMatchObject({ name: 'acme/infusion-pump', supplier: { name: 'acme' } });
  });

  it('regenerates byte-identical from what it carries (stamp and facts), and check finds it up to date', async () => {
    const inventory = await loadMultiEcosystemInventory();
    const input = { inventory, register: emptyRegister(), lastVerified: new Map<string, string>() };
    const first = renderSoupOutputs(input, OPTIONS);
    const stamp = readSbomStamp(first.sbom)!;
    expect(stamp).toEqual(OPTIONS);
    const again = renderSoupOutputs({ ...input, facts: readSbomFacts(first.sbom) }, stamp);
    expect(again.sbom).toBe(first.sbom);
    expect(again.list).toBe(first.list);
    const checks = checkSoupOutputs({ ...input, facts: readSbomFacts(first.sbom) }, first, {
      ...OPTIONS,
      generatedAt: '2027-01-01T00:00:00Z',
    });
    expect(checks.map((c) => c.upToDate)).toEqual([true, true]);
  });
});
