/**
 * The SOUP items as the SOUP list and the SBOM show them: each package of the inventory joined with
 * its register entry, its class, what enrichment found (supplier, licence, links, anomalies) and
 * when its version was last assessed. Pure: everything comes in as data.
 */
import type { Inventory, InventoryLockfile } from '../inventory/inventory.js';
import type { Package, Scope } from '../lockfiles/types.js';
import { effectiveClass } from './completeness.js';
import { registerKey } from './keys.js';
import { emptyRegister } from './parse.js';
import type { Register, RegisterEntry, SafetyClass } from './types.js';
import { derivedFacts, type PackageFacts } from './package-facts.js';
import { evaluateAnomaly, findEntry, type AnomalyFinding } from './validate.js';

export type { PackageFacts };

/** Enrichment results keyed by purl (`pkg:npm/express@4.21.1`). */
export type Enrichment = ReadonlyMap<string, PackageFacts>;

/**
 * One package version across the inventory: `direct` is true if any lockfile declares it (null when
 * none could tell), `scope` the widest it has in any lockfile (runtime over optional over dev).
 */
export interface SoupItem extends Omit<Package, 'lockfile'> {
  /** The lockfiles it appears in, sorted. */
  lockfiles: string[];
  /** The canonical register key, e.g. `npm/express`. */
  key: string;
  entry?: RegisterEntry;
  safetyClass: SafetyClass;
  classSource: 'entry' | 'defaults';
  facts?: PackageFacts;
  /** Undefined when anomalies were not looked up for this version. */
  anomalies?: AnomalyFinding[];
  /** Date (YYYY-MM-DD) of the last assessed change that brought this version in. */
  lastVerified?: string;
}

export interface SoupItemOptions {
  register?: Register;
  enrichment?: Enrichment;
  /** Date of the last assessed change per purl (see lastVerifiedFromRecords). */
  lastVerified?: ReadonlyMap<string, string>;
  /** Today (YYYY-MM-DD): evaluations that expired before it no longer count. */
  today?: string;
}

export interface LockfileItems {
  lockfile: InventoryLockfile;
  items: SoupItem[];
}

const SCOPE_RANK: Record<Scope, number> = { runtime: 2, optional: 1, dev: 0 };

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareItems(a: SoupItem, b: SoupItem): number {
  return (
    compareText(a.ecosystem, b.ecosystem) ||
    compareText(a.name, b.name) ||
    compareText(a.version, b.version) ||
    compareText(a.purl, b.purl)
  );
}

function mergeDirect(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  if (a === false || b === false) return false;
  return null;
}

function makeItem(pkg: Package, options: SoupItemOptions, register: Register): SoupItem {
  const entry = findEntry(register, pkg.ecosystem, pkg.name);
  const looked = options.enrichment?.get(pkg.purl);
  const derived = derivedFacts(pkg.ecosystem, pkg.name);
  const facts =
    derived && looked
      ? { ...derived, ...looked, links: { ...derived.links, ...looked.links } }
      : (looked ?? derived);
  const lastVerified = options.lastVerified?.get(pkg.purl);
  return {
    ecosystem: pkg.ecosystem,
    name: pkg.name,
    version: pkg.version,
    purl: pkg.purl,
    direct: pkg.direct,
    scope: pkg.scope,
    lockfiles: [pkg.lockfile],
    ...(pkg.integrity !== undefined ? { integrity: pkg.integrity } : {}),
    ...(pkg.source !== undefined ? { source: pkg.source } : {}),
    ...(pkg.dependencies !== undefined ? { dependencies: unionSorted(undefined, pkg.dependencies) } : {}),
    key: registerKey(pkg.ecosystem, pkg.name),
    ...(entry ? { entry } : {}),
    safetyClass: effectiveClass(entry, register.defaults),
    classSource: entry?.safetyClass !== undefined ? 'entry' : 'defaults',
    ...(facts ? { facts } : {}),
    ...(facts?.anomalies !== undefined
      ? {
          anomalies: [...facts.anomalies]
            .sort((a, b) => compareText(a.id, b.id))
            .map((anomaly) => evaluateAnomaly(register.path, entry, anomaly, options.today)),
        }
      : {}),
    ...(lastVerified !== undefined ? { lastVerified } : {}),
  };
}

function merge(into: SoupItem, other: SoupItem): void {
  into.direct = mergeDirect(into.direct, other.direct);
  if (SCOPE_RANK[other.scope] > SCOPE_RANK[into.scope]) into.scope = other.scope;
  for (const lockfile of other.lockfiles)
    if (!into.lockfiles.includes(lockfile)) into.lockfiles.push(lockfile);
  into.lockfiles.sort(compareText);
  if (into.integrity === undefined && other.integrity !== undefined) into.integrity = other.integrity;
  if (into.source === undefined && other.source !== undefined) into.source = other.source;
  if (other.dependencies !== undefined)
    into.dependencies = unionSorted(into.dependencies, other.dependencies);
}

/** The edges two lockfiles state for one package version, together (sorted, no duplicates). */
function unionSorted(a: readonly string[] | undefined, b: readonly string[]): string[] {
  return [...new Set(a === undefined ? b : [...a, ...b])].sort();
}

/** The items of each lockfile (one row per package version), in lockfile then name order. */
export function collectItemsByLockfile(inventory: Inventory, options: SoupItemOptions = {}): LockfileItems[] {
  const register = options.register ?? emptyRegister();
  return [...inventory.lockfiles]
    .sort((a, b) => compareText(a.path, b.path))
    .map((lockfile) => {
      const byPurl = new Map<string, SoupItem>();
      for (const pkg of lockfile.packages) {
        const item = makeItem(pkg, options, register);
        const existing = byPurl.get(pkg.purl);
        if (existing) merge(existing, item);
        else byPurl.set(pkg.purl, item);
      }
      return { lockfile, items: [...byPurl.values()].sort(compareItems) };
    });
}

/** Every distinct package version across lockfiles (one per purl), sorted. */
export function collectUniqueItems(inventory: Inventory, options: SoupItemOptions = {}): SoupItem[] {
  const register = options.register ?? emptyRegister();
  const byPurl = new Map<string, SoupItem>();
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      const existing = byPurl.get(pkg.purl);
      if (existing) {
        // Cheap merge on the hot path: only the fields that can differ between lockfiles.
        existing.direct = mergeDirect(existing.direct, pkg.direct);
        if (SCOPE_RANK[pkg.scope] > SCOPE_RANK[existing.scope]) existing.scope = pkg.scope;
        if (!existing.lockfiles.includes(pkg.lockfile)) existing.lockfiles.push(pkg.lockfile);
        if (existing.integrity === undefined && pkg.integrity !== undefined)
          existing.integrity = pkg.integrity;
        if (existing.source === undefined && pkg.source !== undefined) existing.source = pkg.source;
        if (pkg.dependencies !== undefined)
          existing.dependencies = unionSorted(existing.dependencies, pkg.dependencies);
      } else {
        byPurl.set(pkg.purl, makeItem(pkg, options, register));
      }
    }
  }
  const items = [...byPurl.values()];
  for (const item of items) if (item.lockfiles.length > 1) item.lockfiles.sort(compareText);
  return items.sort((a, b) => compareText(a.purl, b.purl));
}

/** A short status line for an item's anomalies, e.g. `none known` or `2 known, 1 not evaluated`. */
export function summarizeAnomalies(findings: readonly AnomalyFinding[] | undefined): string {
  if (findings === undefined) return 'not checked';
  if (findings.length === 0) return 'none known';
  const open = findings.filter((f) => f.status !== 'evaluated').length;
  return open === 0
    ? `${findings.length} known, all evaluated`
    : `${findings.length} known, ${open} not evaluated`;
}

/** How a register entry's words read for one finding, e.g. `not_affected (qa-lead, 2026-10-02)`. */
export function describeFinding(finding: AnomalyFinding): string {
  const evaluation = finding.evaluation;
  const who = evaluation
    ? [evaluation.by, evaluation.on].filter((v) => v !== undefined && v !== '').join(', ')
    : '';
  switch (finding.status) {
    case 'evaluated':
      return `${evaluation?.state ?? ''}${who ? ` (${who})` : ''}`;
    case 'expired':
      return `evaluation expired ${evaluation?.expires ?? ''}`;
    case 'in-triage':
      return 'in triage';
    case 'incomplete':
      return 'evaluation incomplete';
    case 'not-evaluated':
      return 'not evaluated';
  }
}
