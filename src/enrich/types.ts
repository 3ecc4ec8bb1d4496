/**
 * The facts enrichment gathers for each change: known anomalies (OSV), licences, links and a
 * release-notes link. Their JSON form is part of the CLI output (`enrichment` on each change), so
 * fields are only added, never renamed.
 */
import type { SeverityLabel } from './cvss.js';

export type { SeverityLabel } from './cvss.js';

export interface AnomalySeverity {
  label: SeverityLabel;
  /** CVSS v3 base score computed from the vector. */
  score?: number;
  /** The CVSS vector as OSV gives it (CVSS:3.1/…, CVSS:4.0/…). */
  vector?: string;
  /** Where the label comes from: a CVSS v3 vector we scored, the database's own rating, or nothing. */
  source: 'cvss' | 'database' | 'none';
}

/** One published anomaly (vulnerability or other defect record) from OSV. */
export interface Anomaly {
  /** OSV id, e.g. GHSA-rhx6-c78j-4q9w, PYSEC-2024-60. */
  id: string;
  /** Other ids for the same anomaly, CVE ids first. */
  aliases: string[];
  summary: string;
  severity: AnomalySeverity;
  /** https://osv.dev/vulnerability/<id> */
  url: string;
  /** Versions of this package that fix it, as the record lists them. */
  fixedVersions: string[];
  /** Set when the record could not be read: the id is known, its details are not. */
  detailsMissing?: true;
  /** Set when the record was withdrawn by its publisher. */
  withdrawn?: string;
}

export type CheckMethod = 'version' | 'commit';

export interface AnomalyFacts {
  /** Listed for the new version and not for the old one (all of them for an addition). */
  introduced: Anomaly[];
  /** Listed for the old version and not for the new one (all of them for a removal). */
  fixed: Anomaly[];
  /** Listed for both versions. */
  present: Anomaly[];
  /** How each side was looked up: by package version or by the pinned commit. */
  checkedBy: { from?: CheckMethod; to?: CheckMethod };
}

export type LicenceSource = 'deps.dev' | 'rubygems' | 'packagist' | 'pub.dev' | 'none';

export interface LicenceSide {
  version: string;
  /** SPDX expression; null when unknown (not published, not SPDX, or the registry gives none). */
  expression: string | null;
  /** What the registry said, verbatim (for the auditor). */
  declared: string[];
  source: LicenceSource;
  /** Why the expression is null, when it is. */
  note?: string;
}

export interface LicenceFacts {
  from: LicenceSide | null;
  to: LicenceSide | null;
  /** Both sides known and different; null when a side is unknown so it can't be told. */
  changed: boolean | null;
  /** The new version's licence against the policy, when a policy was given. */
  verdict?: LicenceVerdict;
}

export interface PackageLinks {
  sourceRepo?: string;
  issueTracker?: string;
  homepage?: string;
  changelog?: string;
}

export interface ReleaseNotesLink {
  url: string;
  /** compare: tag…tag on GitHub; release: one tag's page; releases: the repo's releases; changelog: the registry's changelog link. */
  kind: 'compare' | 'release' | 'releases' | 'changelog';
  /**
   * Always false: a link names a tag only once GitHub confirmed it exists (no link is guessed). Kept
   * for readers of the JSON output, where it was true for guessed `v{version}` tags.
   */
  tagGuessed: boolean;
  /** The confirmed tag names the link uses (compare: both; release: the new version's). */
  tags?: { from?: string; to: string };
}

export type UncheckedWhat = 'anomalies' | 'licence';

export interface ChangeEnrichment {
  key: string;
  /** null when not checked (see `unchecked`). */
  anomalies: AnomalyFacts | null;
  licence: LicenceFacts | null;
  links: PackageLinks;
  releaseNotes: ReleaseNotesLink | null;
  unchecked: { what: UncheckedWhat; reason: string }[];
}

export interface UncheckedItem {
  /** changeKey of the change. */
  change: string;
  what: UncheckedWhat;
  reason: string;
}

export interface LookupFailure {
  url: string;
  reason: string;
  /** changeKeys whose facts are incomplete because of it. */
  changes: string[];
}

export interface EnrichmentResult {
  /** Keyed by changeKey(change). */
  entries: Map<string, ChangeEnrichment>;
  /** Every item some fact could not be checked for, and why (offline, unsupported, lookup failed). */
  unchecked: UncheckedItem[];
  /** Requests that failed after retries: a gate should fail closed on these. */
  lookupFailures: LookupFailure[];
  /** Requests sent, by host (retries included, cache hits not). */
  requests: Record<string, number>;
  offline: boolean;
}

export type LicenceVerdictKind = 'allowed' | 'denied' | 'unknown';

export interface LicenceVerdict {
  verdict: LicenceVerdictKind;
  /** True when the gate must not pass: denied, or unknown under `unknown: 'fail'`. */
  blocking: boolean;
  /** One sentence naming the licence(s) and the rule that decided. */
  reason: string;
}
