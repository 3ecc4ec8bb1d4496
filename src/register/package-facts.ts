/**
 * The identity facts of a SOUP item (IEC 62304 8.1.2: title, manufacturer, unique designator; plus
 * the licence and where its anomalies are published) as the SOUP list and the SBOM carry them.
 *
 * Where they live between merges: in the committed SBOM. It already has a field for each fact
 * (supplier, licenses, externalReferences), it is rewritten on every merge anyway, and it is what
 * an auditor's tools read; a separate facts file would be a second copy to keep in step, and the
 * register is for what people decide, not for what a registry said. So a merge looks up only the
 * items it added or changed and carries every other item's facts over from the committed SBOM
 * (sbom.ts readSbomFacts): requests grow with the change, not with the inventory.
 */
import type { ChangeEnrichment, EnrichmentResult } from '../enrich/types.js';
import { changeKey } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import type { Ecosystem } from '../lockfiles/types.js';
import type { KnownAnomaly } from './validate.js';

/** What enrichment (registry metadata, OSV) knows about one package version. */
export interface PackageFacts {
  /** Author, publisher or maintainer organisation as the registry gives it. */
  supplier?: string;
  /** Where `supplier` comes from: the registry's metadata, or the owner of the source repository. */
  supplierFrom?: 'registry' | 'source-repository';
  /**
   * True when a look-up ran for this version (so a missing licence means none was published);
   * absent facts, or facts without it, read "not looked up".
   */
  lookedUp?: boolean;
  /** SPDX expression or licence name as declared. */
  licence?: string;
  description?: string;
  /** Same names as src/enrich's PackageLinks, plus the release notes of this version. */
  links?: {
    sourceRepo?: string;
    issueTracker?: string;
    homepage?: string;
    changelog?: string;
    releaseNotes?: string;
  };
  /** Anomalies published for this exact version; undefined when not looked up, [] when none. */
  anomalies?: readonly KnownAnomaly[];
}

/** Hosts whose first path segment is the account that publishes the repository. */
const FORGES = new Set(['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org']);

/**
 * The owner of a source repository on a known forge (`https://github.com/expressjs/express` →
 * `expressjs`): who publishes the code when the registry names no organisation. Undefined for any
 * other URL: a guess from an unknown host would be no better than none.
 */
export function repositoryOwner(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim().replace(/^git\+/, ''));
  } catch {
    return undefined;
  }
  if (!FORGES.has(parsed.hostname.toLowerCase())) return undefined;
  const owner = parsed.pathname.split('/').filter((s) => s !== '')[0];
  return owner !== undefined && /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/.test(owner) ? owner : undefined;
}

/**
 * Facts that follow from the package's name alone, with no look-up: a GitHub Action is a
 * repository, so its publisher, source and issue tracker are known offline.
 */
export function derivedFacts(ecosystem: Ecosystem, name: string): PackageFacts | undefined {
  if (ecosystem !== 'GitHub Actions') return undefined;
  const [owner, repo] = name.split('/');
  // A local action (`./path`) or a docker:// image has no repository owner to name.
  const valid = owner && repo && /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(owner) && /^[A-Za-z0-9_.-]+$/.test(repo);
  if (!valid || /^\.+$/.test(repo)) return undefined;
  const sourceRepo = `https://github.com/${owner}/${repo}`;
  return {
    supplier: owner,
    supplierFrom: 'source-repository',
    links: { sourceRepo, issueTracker: `${sourceRepo}/issues` },
  };
}

/** One change's look-up as the facts of its new version. */
function factsOf(entry: ChangeEnrichment): PackageFacts {
  const links = Object.fromEntries(
    (['sourceRepo', 'issueTracker', 'homepage'] as const)
      .map((key) => [key, entry.links[key]] as const)
      .filter(([, url]) => url !== undefined && url.trim() !== ''),
  ) as PackageFacts['links'];
  const owner = repositoryOwner(entry.links.sourceRepo);
  const licence = entry.licence?.to?.expression ?? undefined;
  return {
    ...(owner !== undefined ? { supplier: owner, supplierFrom: 'source-repository' as const } : {}),
    ...(licence !== undefined ? { licence } : {}),
    ...(links !== undefined && Object.keys(links).length > 0 ? { links } : {}),
    lookedUp: true,
  };
}

/**
 * The facts the merged PR's look-ups found, keyed by the purl of each added or updated version.
 * A look-up that could not run (offline, failed) gives no entry: the item then reads "not looked
 * up", never an empty value that reads as "none".
 */
export function factsFromEnrichment(
  changes: readonly Change[],
  enrichment: Pick<EnrichmentResult, 'entries'>,
): Map<string, PackageFacts> {
  const facts = new Map<string, PackageFacts>();
  for (const change of changes) {
    if (change.type === 'removed' || typeof change.purl !== 'string') continue;
    const entry = enrichment.entries.get(changeKey(change));
    if (entry === undefined || entry.unchecked.some((u) => u.what === 'licence')) continue;
    facts.set(change.purl, factsOf(entry));
  }
  return facts;
}

/**
 * Facts from several sources, the first that knows a fact winning per fact: fresh look-ups before
 * the committed SBOM's, those before what the name alone says.
 */
export function mergeFacts(
  ...sources: readonly (ReadonlyMap<string, PackageFacts> | undefined)[]
): Map<string, PackageFacts> {
  const merged = new Map<string, PackageFacts>();
  for (const source of [...sources].reverse()) {
    if (source === undefined) continue;
    for (const [purl, facts] of source) {
      const known = merged.get(purl);
      merged.set(
        purl,
        known === undefined ? facts : { ...known, ...facts, links: { ...known.links, ...facts.links } },
      );
    }
  }
  return merged;
}
