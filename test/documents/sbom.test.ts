import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { describe, expect, it } from 'vitest';
import { parseRegister } from '../../src/register/parse.js';
import { buildSbom, nameUuid, readSbomLastVerified, readSbomStamp } from '../../src/documents/sbom.js';
import { integrityToHashes } from '../../src/documents/sbom-hashes.js';
import { EXAMPLE } from '../register/example.js';
import { inventory, lockfile, pkg } from '../support/builders.js';
import { DEMO_ENRICHMENT, loadDemoInventory, loadMultiEcosystemInventory } from './soup-list-fixtures.js';

const register = parseRegister('soup/register.yml', EXAMPLE);
const OPTIONS = {
  register,
  generatedAt: '2026-11-20T10:00:00Z',
  commit: '0123456789abcdef0123456789abcdef01234567',
  repo: 'acme/infusion-pump',
  toolVersion: '0.1.0',
};

async function validate(json: string): Promise<unknown> {
  return new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
}

interface Bom {
  serialNumber: string;
  metadata: { timestamp?: string; component: { version?: string } };
  components: {
    'bom-ref': string;
    purl: string;
    scope: string;
    hashes?: { alg: string; content: string }[];
    properties: { name: string; value: string }[];
    licenses?: unknown[];
    externalReferences?: { type: string; url: string }[];
  }[];
  dependencies?: { ref: string; dependsOn?: string[] }[];
  vulnerabilities?: {
    id: string;
    analysis?: { state: string; justification?: string; detail?: string };
    affects: { ref: string }[];
    properties?: { name: string; value: string }[];
  }[];
}

describe('buildSbom', () => {
  it('passes the CycloneDX 1.6 strict JSON schema for eleven ecosystems', async () => {
    const json = buildSbom(await loadMultiEcosystemInventory(), OPTIONS);
    expect(await validate(json)).toBeNull();
    const bom = JSON.parse(json) as Bom;
    const purlTypes = new Set(bom.components.map((c) => /^pkg:([a-z]+)\//.exec(c.purl)?.[1]));
    expect([...purlTypes].sort()).toEqual([
      'cargo',
      'composer',
      'docker',
      'gem',
      'github',
      'golang',
      'maven',
      'npm',
      'nuget',
      'pub',
      'pypi',
    ]);
    // The workflow's docker:// step is a container image, and CycloneDX says so.
    expect(bom.components.find((c) => c.purl.startsWith('pkg:docker/'))).toMatchObject({
      type: 'container',
      purl: 'pkg:docker/library/alpine@3.19',
    });
    // bom-refs are unique; the root's graph entry comes first, onto the direct items (the
    // packages' own edges are checked per format in sbom-graph.test.ts).
    expect(new Set(bom.components.map((c) => c['bom-ref'])).size).toBe(bom.components.length);
    expect(bom.dependencies![0]!.ref).toBe('soup-gate:root');
    const direct = bom.components.filter((c) =>
      c.properties.some((p) => p.name === 'soup-gate:dependency' && p.value === 'direct'),
    );
    expect(bom.dependencies![0]!.dependsOn).toEqual(direct.map((c) => c['bom-ref']));
    await expect(json).toMatchFileSnapshot('__snapshots__/sbom-ecosystems.cdx.json');
  });

  it('carries register fields, licences, links and evaluated anomalies, and stays schema-valid', async () => {
    const json = buildSbom(await loadDemoInventory(), { ...OPTIONS, enrichment: DEMO_ENRICHMENT });
    expect(await validate(json)).toBeNull();
    await expect(json).toMatchFileSnapshot('__snapshots__/sbom-demo.cdx.json');
    const bom = JSON.parse(json) as Bom;
    const express = bom.components.find((c) => c.purl === 'pkg:npm/express@4.21.1')!;
    expect(
      express.properties.filter(
        (p) => p.name.startsWith('soup-gate:safety') || p.name === 'soup-gate:requirement',
      ),
    ).toEqual([
      { name: 'soup-gate:safety-class', value: 'B' },
      { name: 'soup-gate:safety-class-source', value: 'register' },
      { name: 'soup-gate:requirement', value: 'REQ-API-003' },
      { name: 'soup-gate:requirement', value: 'REQ-PERF-002' },
    ]);
    expect(express.licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(express.externalReferences!.map((r) => r.type)).toEqual([
      'vcs',
      'issue-tracker',
      'website',
      'release-notes',
    ]);
    const ms = bom.components.find((c) => c.purl === 'pkg:npm/ms@2.1.3')!;
    // A javascript: link is dropped; a non-SPDX licence becomes a named licence.
    expect(ms.externalReferences!.map((r) => r.type)).toEqual(['issue-tracker']);
    expect(ms.licenses).toEqual([{ license: { name: 'MIT OR (Apache-2.0 AND <script>)' } }]);
    const [evaluated, open] = bom.vulnerabilities!;
    expect(evaluated).toMatchObject({
      id: 'GHSA-qwcr-r2fm-qrc7',
      analysis: {
        state: 'not_affected',
        justification: 'code_not_reachable',
        detail: 'We never use res.redirect with user input. — by qa-lead on 2026-10-02',
      },
      affects: [{ ref: 'pkg:npm/express@4.21.1' }],
    });
    expect(open!.analysis).toBeUndefined();
    expect(open!.properties).toContainEqual({ name: 'soup-gate:evaluation-status', value: 'not-evaluated' });
  });

  it('gives byte-identical output for the same inputs, whatever their order', async () => {
    const inv = await loadMultiEcosystemInventory();
    const shuffled = {
      lockfiles: [...inv.lockfiles].reverse().map((l) => ({ ...l, packages: [...l.packages].reverse() })),
    };
    const a = buildSbom(inv, OPTIONS);
    expect(buildSbom(inv, OPTIONS)).toBe(a);
    expect(buildSbom(shuffled, { ...OPTIONS, generatedAt: new Date(OPTIONS.generatedAt) })).toBe(a);
    // The serial follows content and commit.
    const other = JSON.parse(buildSbom(inv, { ...OPTIONS, commit: 'f'.repeat(40) })) as Bom;
    expect(other.serialNumber).not.toBe((JSON.parse(a) as Bom).serialNumber);
    expect((JSON.parse(a) as Bom).serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('has no time in it without generatedAt, and validates with nothing but an inventory', async () => {
    const json = buildSbom(inventory(lockfile('package-lock.json', [pkg('a', '1.0.0', { scope: 'dev' })])));
    expect(await validate(json)).toBeNull();
    const bom = JSON.parse(json) as Bom;
    expect(bom.metadata.timestamp).toBeUndefined();
    expect(bom.components[0]!.scope).toBe('excluded');
    const empty = buildSbom(inventory());
    expect(await validate(empty)).toBeNull();
  });

  it('turns lockfile integrity into CycloneDX hashes only where it is a hash of the artifact', () => {
    expect(
      integrityToHashes({
        ecosystem: 'npm',
        version: '1.0.0',
        integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64'),
      }).hashes,
    ).toEqual([['SHA-512', '01'.repeat(64)]]);
    expect(
      integrityToHashes({
        ecosystem: 'npm',
        version: '1.0.0',
        integrity: `sha1-${Buffer.alloc(20, 2).toString('base64')} sha512-${Buffer.alloc(64, 3).toString('base64')}`,
      }).hashes,
    ).toEqual([
      ['SHA-1', '02'.repeat(20)],
      ['SHA-512', '03'.repeat(64)],
    ]);
    expect(
      integrityToHashes({ ecosystem: 'RubyGems', version: '1', integrity: `sha256=${'ab'.repeat(32)}` })
        .hashes,
    ).toEqual([['SHA-256', 'ab'.repeat(32)]]);
    expect(
      integrityToHashes({ ecosystem: 'Pub', version: '1', integrity: `sha256:${'CD'.repeat(32)}` }).hashes,
    ).toEqual([['SHA-256', 'cd'.repeat(32)]]);
    expect(
      integrityToHashes({ ecosystem: 'crates.io', version: '1', integrity: 'ef'.repeat(32) }).hashes,
    ).toEqual([['SHA-256', 'ef'.repeat(32)]]);
    expect(
      integrityToHashes({ ecosystem: 'Packagist', version: '1.2.0', integrity: 'a1'.repeat(20) }).hashes,
    ).toEqual([['SHA-1', 'a1'.repeat(20)]]);
    // Commits and other checksums are kept as they are, not passed off as hashes.
    expect(
      integrityToHashes({ ecosystem: 'Packagist', version: 'dev-main', integrity: 'a1'.repeat(20) }),
    ).toEqual({ hashes: [], raw: 'a1'.repeat(20) });
    expect(
      integrityToHashes({ ecosystem: 'crates.io', version: '1', integrity: 'ab'.repeat(20), source: 'git' }),
    ).toEqual({ hashes: [], raw: 'ab'.repeat(20) });
    expect(integrityToHashes({ ecosystem: 'npm', version: '1', integrity: 'sha512-short' })).toEqual({
      hashes: [],
      raw: 'sha512-short',
    });
    expect(integrityToHashes({ ecosystem: 'Go', version: '1', integrity: 'h1:abc=' })).toEqual({
      hashes: [],
      raw: 'h1:abc=',
    });
  });

  it('makes RFC 4122 version 5 style UUIDs', () => {
    expect(nameUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameUuid('x')).toBe(nameUuid('x'));
  });
});

describe('readSbomStamp / readSbomLastVerified', () => {
  const inv = inventory(
    lockfile('package-lock.json', [pkg('express', '4.21.1'), pkg('ms', '2.1.3', { direct: false })]),
  );

  it('reads back exactly the stamp an SBOM was written with, so a re-render gives its bytes', () => {
    const stamp = {
      generatedAt: '2026-11-20T10:00:00Z',
      commit: '0123456789abcdef0123456789abcdef01234567',
      repo: 'acme/infusion-pump',
      toolVersion: '0.1.0',
    };
    const text = buildSbom(inv, { register, ...stamp });
    expect(readSbomStamp(text)).toEqual(stamp);
    expect(buildSbom(inv, { register, ...readSbomStamp(text)! })).toBe(text);
    // Without commit, repository or tool version there is nothing of them to read back.
    const bare = buildSbom(inv, { generatedAt: stamp.generatedAt });
    expect(readSbomStamp(bare)).toEqual({ generatedAt: stamp.generatedAt });
    expect(buildSbom(inv, readSbomStamp(bare)!)).toBe(bare);
  });

  it('has no stamp for text that is not an SBOM of ours, and ignores a garbled tools list', () => {
    expect(readSbomStamp('not json')).toBeUndefined();
    expect(readSbomStamp('[]')).toBeUndefined();
    expect(readSbomStamp(buildSbom(inv))).toBeUndefined(); // no timestamp
    expect(readSbomStamp('{"metadata": {"timestamp": "soon"}}')).toBeUndefined();
    const garbled = JSON.parse(buildSbom(inv, OPTIONS)) as { metadata: { tools: unknown } };
    garbled.metadata.tools = { components: 'soup-gate' };
    expect(readSbomStamp(JSON.stringify(garbled))).toEqual({
      generatedAt: OPTIONS.generatedAt,
      commit: OPTIONS.commit,
      repo: OPTIONS.repo,
    });
  });

  it('reads back the last-verified dates it wrote, per purl', () => {
    const dates = new Map([['pkg:npm/express@4.21.1', '2026-11-02']]);
    const text = buildSbom(inv, { ...OPTIONS, lastVerified: dates });
    expect(readSbomLastVerified(text)).toEqual(dates);
    expect(readSbomLastVerified(buildSbom(inv, OPTIONS))).toEqual(new Map());
    expect(readSbomLastVerified('{"components": {}}')).toEqual(new Map());
    expect(readSbomLastVerified('garbage')).toEqual(new Map());
  });
});
