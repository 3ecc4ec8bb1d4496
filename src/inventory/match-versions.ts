/**
 * Matching one package name's versions across the two sides of a lockfile: which versions are the
 * same, which old one became which new one. Knows nothing about change types or the result shape.
 */
import type { Ecosystem, Package, Scope } from '../lockfiles/types.js';
import { strongerScope } from '../lockfiles/package-json.js';
import { compareVersions, getVersionScheme } from '../versions/index.js';
import { versionIdentity } from './change-key.js';
import { compareStrings } from './inventory.js';

/** One package per name@version within a lockfile: merged from every place the lockfile lists it. */
export interface Entry {
  /** The version, plus the pinned commit where the version alone doesn't identify the code. */
  id: string;
  version: string;
  ref?: string;
  direct: boolean | null;
  scope: Scope;
  purl: string;
  /** As the first listing that records them: compared when the same version is on both sides. */
  integrity?: string;
  source?: string;
  host?: string;
}

/** ecosystem + name -> (version id -> entry). */
export type PackageIndex = Map<string, Map<string, Entry>>;

function mergeDirect(a: boolean | null, b: boolean | null): boolean | null {
  if (a === true || b === true) return true;
  if (a === null || b === null) return null;
  return false;
}

/** The version part of an entry id (which may carry a pinned commit after a NUL). */
export function displayVersion(id: string): string {
  const cut = id.indexOf('\u0000');
  return cut === -1 ? id : id.slice(0, cut);
}

/** The index key of a package name; split back with splitPackageKey. */
export function packageKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystem}\u0000${name}`;
}

export function splitPackageKey(key: string): { ecosystem: Ecosystem; name: string } {
  const separator = key.indexOf('\u0000');
  return { ecosystem: key.slice(0, separator) as Ecosystem, name: key.slice(separator + 1) };
}

/** ecosystem + name -> version -> entry. Keys go through a Map, so hostile names are only data. */
export function indexPackages(packages: readonly Package[]): PackageIndex {
  const byName: PackageIndex = new Map();
  for (const pkg of packages) {
    const key = packageKey(pkg.ecosystem, pkg.name);
    let versions = byName.get(key);
    if (!versions) byName.set(key, (versions = new Map()));
    const ref = pkg.ref;
    const id = versionIdentity(pkg);
    const seen = versions.get(id);
    if (seen) {
      seen.direct = mergeDirect(seen.direct, pkg.direct);
      seen.scope = strongerScope(seen.scope, pkg.scope);
      seen.integrity ??= pkg.integrity;
      seen.source ??= pkg.source;
      seen.host ??= pkg.host;
    } else {
      versions.set(id, {
        id,
        version: pkg.version,
        ...(ref !== undefined ? { ref } : {}),
        direct: pkg.direct,
        scope: pkg.scope,
        purl: pkg.purl,
        ...(pkg.integrity !== undefined ? { integrity: pkg.integrity } : {}),
        ...(pkg.source !== undefined ? { source: pkg.source } : {}),
        ...(pkg.host !== undefined ? { host: pkg.host } : {}),
      });
    }
  }
  return byName;
}

/** Sorts version ids in the ecosystem's order; ids it can't order fall back to string order. */
export function orderVersions(ecosystem: Ecosystem, versions: string[]): string[] {
  return versions.sort(
    (a, b) => compareVersions(ecosystem, displayVersion(a), displayVersion(b)) || compareStrings(a, b),
  );
}

/** The release line a version belongs to (its major component); null when the scheme can't tell. */
function releaseLine(ecosystem: Ecosystem, version: string): number | null {
  return getVersionScheme(ecosystem)?.parse(displayVersion(version))?.release[0] ?? null;
}

/**
 * Pairs versions that sit next to each other in version order: the closest pairs first (by rank in
 * the merged ordering), ties going to the pair that reaches higher, since updates usually go up.
 * Distance and tie-break ignore which side a version came from, so swapping base and head yields
 * the same pairs: diff(b, a) is exactly diff(a, b) inverted.
 */
function pairClosest(ecosystem: Ecosystem, from: string[], to: string[]): Array<[string, string]> {
  if (from.length === 0 || to.length === 0) return [];
  const rank = new Map(orderVersions(ecosystem, [...from, ...to]).map((v, i) => [v, i]));
  const candidates: Array<{ a: string; b: string; distance: number; reach: number }> = [];
  for (const a of from) {
    for (const b of to) {
      const ra = rank.get(a)!;
      const rb = rank.get(b)!;
      candidates.push({ a, b, distance: Math.abs(ra - rb), reach: Math.max(ra, rb) });
    }
  }
  candidates.sort((x, y) => x.distance - y.distance || y.reach - x.reach);
  const taken = new Set<string>();
  const pairs: Array<[string, string]> = [];
  for (const { a, b } of candidates) {
    if (taken.has(`f${a}`) || taken.has(`t${b}`)) continue;
    taken.add(`f${a}`);
    taken.add(`t${b}`);
    pairs.push([a, b]);
  }
  return pairs;
}

/** What pairing leaves: pairs (old id, new id) and the ids on one side only. */
export interface Pairing {
  pairs: Array<[string, string]>;
  removed: string[];
  added: string[];
}

/**
 * Pairs the versions only the base has with those only the head has. A lockfile can hold one name
 * at several versions (one per dependent); a bump usually stays on its release line, so pairs are
 * first made within a major line, then among the rest; both passes pair the closest versions.
 */
export function pairVersions(ecosystem: Ecosystem, removed: string[], added: string[]): Pairing {
  if (removed.length === 0 || added.length === 0) return { pairs: [], removed, added };
  if (removed.length === 1 && added.length === 1) {
    return { pairs: [[removed[0]!, added[0]!]], removed: [], added: [] };
  }
  const lines = new Map<number, { from: string[]; to: string[] }>();
  for (const [list, side] of [
    [removed, 'from'],
    [added, 'to'],
  ] as const) {
    for (const version of list) {
      const line = releaseLine(ecosystem, version);
      if (line === null) continue;
      let group = lines.get(line);
      if (!group) lines.set(line, (group = { from: [], to: [] }));
      group[side].push(version);
    }
  }
  const pairs: Array<[string, string]> = [];
  for (const group of lines.values()) pairs.push(...pairClosest(ecosystem, group.from, group.to));
  const usedFrom = new Set(pairs.map(([a]) => a));
  const usedTo = new Set(pairs.map(([, b]) => b));
  const restFrom = removed.filter((v) => !usedFrom.has(v));
  const restTo = added.filter((v) => !usedTo.has(v));
  const rest = pairClosest(ecosystem, restFrom, restTo);
  pairs.push(...rest);
  const restUsedFrom = new Set(rest.map(([a]) => a));
  const restUsedTo = new Set(rest.map(([, b]) => b));
  return {
    pairs,
    removed: restFrom.filter((v) => !restUsedFrom.has(v)),
    added: restTo.filter((v) => !restUsedTo.has(v)),
  };
}

/**
 * The project's own dependency moved from one version to another while the old version stays for
 * other dependents (thiserror 1.0.69 -> 2.0.11 with 1.0.69 still pulled in transitively). By versions
 * alone that is only an addition, but it is the update the developer made and the reviewer must
 * assess, so it is reported as one. Only when exactly one version was direct before and exactly one
 * other is direct after, and at least one of them is on one side only. The rule reads both sides
 * alike, so diff(b, a) stays diff(a, b) inverted.
 */
export function findDirectMove(
  from: ReadonlyMap<string, Entry>,
  to: ReadonlyMap<string, Entry>,
): [string, string] | undefined {
  const directBefore = [...from.values()].filter((e) => e.direct === true);
  const directAfter = [...to.values()].filter((e) => e.direct === true);
  if (directBefore.length !== 1 || directAfter.length !== 1) return undefined;
  const a = directBefore[0]!.id;
  const b = directAfter[0]!.id;
  if (a === b || (to.has(a) && from.has(b))) return undefined;
  return [a, b];
}

/**
 * Matches one name's versions: the direct move first, then the remaining one-sided versions paired
 * by pairVersions. Versions on both sides are neither paired nor left over.
 */
export function matchVersions(
  ecosystem: Ecosystem,
  from: ReadonlyMap<string, Entry>,
  to: ReadonlyMap<string, Entry>,
): Pairing {
  const removed = orderVersions(
    ecosystem,
    [...from.keys()].filter((v) => !to.has(v)),
  );
  const added = orderVersions(
    ecosystem,
    [...to.keys()].filter((v) => !from.has(v)),
  );
  const moved = findDirectMove(from, to);
  const paired = pairVersions(
    ecosystem,
    removed.filter((v) => v !== moved?.[0]),
    added.filter((v) => v !== moved?.[1]),
  );
  return moved ? { ...paired, pairs: [moved, ...paired.pairs] } : paired;
}
