/** Enrichment: anomalies (OSV), licences and links (deps.dev, registries), release notes, evaluations. */
export { enrichChanges, enrichmentFor, type EnrichOptions } from './enrich.js';
export { LookupError, type FetchLike } from './http.js';
export {
  canonicalLicence,
  evaluateLicence,
  LicencePolicyError,
  type LicencePolicy,
  type LicenceVerdict,
  type LicenceVerdictKind,
} from './licence-policy.js';
export { DEFAULT_REGISTRY_URLS, type RegistryUrls } from './licences.js';
export { parseGitHubRepo, tagCandidates, type ResolveTag } from './release-notes.js';
export {
  ANOMALY_JUSTIFICATIONS,
  ANOMALY_STATES,
  classifyAnomalies,
  type AnomalyEvaluation,
  type AnomalyJustification,
  type AnomalyState,
  type ClassifiedAnomaly,
  type EvaluationStatus,
} from './evaluations.js';
export { cvss3BaseScore } from './cvss.js';
export type * from './types.js';
