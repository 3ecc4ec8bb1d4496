import { describe, expect, it } from 'vitest';
import type { Checkout } from '../../src/app/checkout.js';
import {
  checkCheckoutOutputs,
  loadCheckoutOutputsInput,
  renderCheckoutOutputs,
} from '../../src/app/checkout-outputs.js';
import { renderChangeRecord } from '../../src/documents/change-record.js';
import { readSbomStamp } from '../../src/documents/sbom.js';
import { readSoupListStamp } from '../../src/documents/soup-list.js';
import { createMemorySource } from '../../src/inventory/memory-source.js';
import { emptyRegister } from '../../src/register/parse.js';
import { EXAMPLE } from '../register/example.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { change } from '../support/builders.js';
import { npmLock } from '../support/lockfile-text.js';

const THEN = { generatedAt: '2026-11-20T10:00:00Z' };

function memoryCheckout(
  files: Record<string, string>,
  git: { commit?: string; repo?: string } = {},
): Checkout {
  const map = new Map(Object.entries(files));
  return {
    files: createMemorySource('memory', map),
    listFolder: async (path) =>
      [...map.keys()]
        .filter((p) => p.startsWith(`${path}/`))
        .map((p) => p.slice(path.length + 1))
        .filter((rest) => !rest.includes('/')),
    headCommit: async () => git.commit,
    originRepo: async () => git.repo,
  };
}

describe('a checkout (soup-gate list / check)', () => {
  const { lock, manifest } = npmLock([{ name: 'express', version: '4.21.1', direct: true }]);
  const OPTIONS = { registerPath: 'soup/register.yml', out: 'soup', ignore: [] };
  const record = renderChangeRecord({
    pr: {
      number: 7,
      title: 't',
      url: 'https://github.com/acme/pump/pull/7',
      author: 'a',
      mergedAt: '2026-11-02T00:00:00Z',
      mergeCommit: 'm',
      headSha: 'h',
    },
    changes: [change({ purl: 'pkg:npm/express@4.21.1' })],
    // Fully assessed: only such a change dates the version.
    checklist: [
      {
        key: changeKey(change({ purl: 'pkg:npm/express@4.21.1' })),
        item: 'Release notes reviewed',
        tickedBy: 'qa',
        tickedAt: '2026-11-01T00:00:00Z',
        atSha: 'h',
      },
    ],
    evidence: [],
    labels: [],
  });

  it('reads the register (empty when there is none) and the last-verified dates of the records', async () => {
    const bare = memoryCheckout({ 'package-lock.json': lock, 'package.json': manifest });
    const empty = await loadCheckoutOutputsInput(bare, OPTIONS);
    expect(empty.register).toEqual(emptyRegister('soup/register.yml'));
    expect(empty.lastVerified).toEqual(new Map());
    const full = memoryCheckout({
      'package-lock.json': lock,
      'package.json': manifest,
      'soup/register.yml': EXAMPLE,
      [record.path]: record.content,
      'soup/changes/notes.txt': 'not a record',
    });
    const loaded = await loadCheckoutOutputsInput(full, OPTIONS);
    expect(loaded.register.entries.size).toBeGreaterThan(0);
    expect(loaded.lastVerified).toEqual(new Map([['pkg:npm/express@4.21.1', '2026-11-02']]));
  });

  it('stamps with the options first, then git, and writes what check then finds up to date', async () => {
    const files: Record<string, string> = { 'package-lock.json': lock, 'package.json': manifest };
    const checkout = memoryCheckout(files, { commit: 'c'.repeat(40), repo: 'acme/pump' });
    const { texts } = await renderCheckoutOutputs(checkout, { ...OPTIONS, generatedAt: THEN.generatedAt });
    expect(readSbomStamp(texts.sbom)).toMatchObject({ commit: 'c'.repeat(40), repo: 'acme/pump' });
    expect(readSbomStamp(texts.sbom)?.toolVersion).toMatch(/^\d+\.\d+\.\d+/);
    const overridden = await renderCheckoutOutputs(checkout, { ...OPTIONS, repo: 'acme/other', commit: 'd' });
    expect(readSoupListStamp(overridden.texts.list)).toMatchObject({ commit: 'd', repo: 'acme/other' });

    const committed = memoryCheckout({
      ...files,
      'soup/SOUP.md': texts.list,
      'soup/sbom.cdx.json': texts.sbom,
    });
    const checks = await checkCheckoutOutputs(committed, OPTIONS);
    expect(checks.map((c) => [c.path, c.upToDate])).toEqual([
      ['soup/SOUP.md', true],
      ['soup/sbom.cdx.json', true],
    ]);
  });

  it('names the project without an origin remote (package.json, else the folder) and takes the commit time, never the clock', async () => {
    const files = { 'package-lock.json': lock, 'package.json': JSON.stringify({ name: 'infusion-pump' }) };
    const named = {
      ...memoryCheckout(files),
      headCommitTime: async () => '2026-11-19T08:30:00+01:00',
      folderName: 'pump-checkout',
    };
    const { texts } = await renderCheckoutOutputs(named, OPTIONS);
    expect(readSbomStamp(texts.sbom)).toMatchObject({
      repo: 'infusion-pump',
      generatedAt: '2026-11-19T07:30:00Z',
    });
    const bare = { ...memoryCheckout({ 'package-lock.json': lock }), folderName: 'pump-checkout' };
    expect(readSbomStamp((await renderCheckoutOutputs(bare, OPTIONS)).texts.sbom)?.repo).toBe(
      'pump-checkout',
    );
  });
});
