import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { diffInventories, type Change, type DiffResult } from '../../src/inventory/diff.js';
import type { Inventory } from '../../src/inventory/inventory.js';
import { createMemorySource } from '../../src/inventory/memory-source.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';

/** Where CI and developers keep the shared corpus: beside the project, never inside it. */
export const CORPUS_DIR = resolve(process.cwd(), '../shared/corpus');
export const hasCorpus = existsSync(CORPUS_DIR);

export interface Claim {
  name: string;
  /** Renovate names a group ("typescript-eslint") where packages are @typescript-eslint/*. */
  maybe_group?: boolean;
  from: string | null;
  /** null where the message names the package but no version (a malformed Dependabot subject). */
  to: string | null;
}

export interface CorpusCase {
  /** `<folder>/<case>`, e.g. `npm/actions__typescript-action__1a2b3c4d5e`. */
  id: string;
  folder: string;
  dir: string;
  bot: string | null;
  subject: string;
  claimed: Claim[];
}

export function listCorpusCases(): CorpusCase[] {
  if (!hasCorpus) return [];
  const cases: CorpusCase[] = [];
  for (const folder of readdirSync(CORPUS_DIR, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const entry of readdirSync(join(CORPUS_DIR, folder.name), { withFileTypes: true })) {
      const dir = join(CORPUS_DIR, folder.name, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, 'case.json'))) continue;
      const meta = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as {
        bot: string | null;
        subject: string;
        claimed: Claim[];
      };
      cases.push({
        id: `${folder.name}/${entry.name}`,
        folder: folder.name,
        dir,
        bot: meta.bot,
        subject: meta.subject,
        claimed: meta.claimed,
      });
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** A corpus side as a tree: `frontend__package-lock.json` was `frontend/package-lock.json`. */
function readSide(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir)) files.set(name.replaceAll('__', '/'), readFileSync(join(dir, name)));
  return files;
}

export async function loadCorpusSide(corpusCase: CorpusCase, side: 'before' | 'after'): Promise<Inventory> {
  return loadInventory(createMemorySource(`${corpusCase.id} ${side}`, readSide(join(corpusCase.dir, side))));
}

export async function diffCorpusCase(corpusCase: CorpusCase): Promise<DiffResult> {
  return diffInventories(
    await loadCorpusSide(corpusCase, 'before'),
    await loadCorpusSide(corpusCase, 'after'),
  );
}

/** Names compare the way the ecosystem's registry does: PyPI per PEP 503, NuGet and Go-style paths as-is. */
function normalizeName(name: string): string {
  return name
    .replace(/\[.*\]$/, '')
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
}

function normalizeVersion(version: string): string {
  return version.replace(/^v(?=\d)/, '');
}

/**
 * Renovate often names only part of the target ("to v3", "to v4.14"): a change to 3.0.0 or 4.14.1
 * matches. A full version must match exactly.
 */
function versionMatches(claimed: string, actual: string): boolean {
  const want = normalizeVersion(claimed);
  const got = normalizeVersion(actual);
  if (want === got) return true;
  return /^\d+(\.\d+)?$/.test(want) && got.startsWith(`${want}.`);
}

function nameMatches(claim: Claim, actual: string): boolean {
  const want = normalizeName(claim.name);
  const got = normalizeName(actual);
  return want === got || (claim.maybe_group === true && got.includes(want));
}

/** Whether the diff shows the claimed bump: an update from→to (or, with no `from`, any change to `to`). */
export function findClaim(changes: readonly Change[], claim: Claim): Change | undefined {
  if (claim.to === null) return changes.find((change) => nameMatches(claim, change.name));
  const to = claim.to;
  return changes.find(
    (change) =>
      nameMatches(claim, change.name) &&
      change.to !== null &&
      versionMatches(to, change.to) &&
      (claim.from === null
        ? change.type === 'updated' || change.type === 'added'
        : change.type === 'updated' &&
          change.from !== null &&
          normalizeVersion(change.from) === normalizeVersion(claim.from)),
  );
}

export function corpusCaseDir(id: string): string {
  return resolve(CORPUS_DIR, id);
}
