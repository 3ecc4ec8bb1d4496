export * from './types.js';
export { parseRegister, emptyRegister, MAX_REGISTER_BYTES, type ParseRegisterOptions } from './parse.js';
export { isIsoDate, MAX_REGISTER_ALIASES } from './yaml-fields.js';
export { isPlaceholder, effectiveClass, checkEntryCompleteness } from './completeness.js';
export {
  registerKey,
  registerLookupKey,
  parseRegisterKey,
  normalizeRegisterName,
  ECOSYSTEMS,
} from './keys.js';
export {
  validateEntry,
  isEntryComplete,
  findEntry,
  evaluateAnomaly,
  usableEvaluations,
  type KnownAnomaly,
  type ValidateEntryOptions,
  type EntryValidation,
  type AnomalyFinding,
  type AnomalyFindingStatus,
} from './validate.js';
export {
  renderEntryYaml,
  addRegisterEntries,
  yamlString,
  type EntryPackage,
  type DerivedEntryFacts,
  type NewEntry,
  type AddEntriesResult,
} from './entry-yaml.js';
export {
  collectItemsByLockfile,
  collectUniqueItems,
  summarizeAnomalies,
  describeFinding,
  type PackageFacts,
  type Enrichment,
  type SoupItem,
  type SoupItemOptions,
  type LockfileItems,
} from './soup-items.js';
export { registryUrl } from './registry-links.js';
