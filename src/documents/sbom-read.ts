/**
 * Reading a committed soup/sbom.cdx.json back: the stamp it was written with (so a re-render gives
 * its bytes), the last-verified dates and the identity facts it carries over to the next merge.
 * Anything that is not an SBOM of ours reads as nothing, never a crash.
 */
import type { PackageFacts } from '../register/soup-items.js';
import { formatTimestamp } from './soup-list.js';

/**
 * The fields that differ between two renders of the same inventory: reading them back from a
 * committed SBOM and rendering with them gives its bytes again when nothing else changed.
 */
export interface SbomStamp {
  /** metadata.timestamp. */
  generatedAt: string;
  /** The root component's version. */
  commit?: string;
  /** The root component's name, unless it is the `project` placeholder. */
  repo?: string;
  /** The version of the soup-gate entry in metadata.tools. */
  toolVersion?: string;
}

export const SBOM_PROPERTY = {
  safetyClass: 'soup-gate:safety-class',
  safetyClassSource: 'soup-gate:safety-class-source',
  registerEntry: 'soup-gate:register-entry',
  requirement: 'soup-gate:requirement',
  verification: 'soup-gate:verification',
  dependency: 'soup-gate:dependency',
  lockfile: 'soup-gate:lockfile',
  source: 'soup-gate:source',
  integrity: 'soup-gate:integrity',
  lastVerified: 'soup-gate:last-verified',
  evaluationStatus: 'soup-gate:evaluation-status',
  evaluatedBy: 'soup-gate:evaluated-by',
  evaluatedOn: 'soup-gate:evaluated-on',
  evaluationExpires: 'soup-gate:evaluation-expires',
  alias: 'soup-gate:alias',
  supplierSource: 'soup-gate:supplier-source',
  lookedUp: 'soup-gate:looked-up',
} as const;

/** A member of a parsed JSON object; undefined for anything that is not an object. */
function member(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The stamp an SBOM was written with (see SbomStamp), or undefined when the text is not JSON or has
 * no valid timestamp: a committed file someone edited by hand is then simply regenerated.
 */
export function readSbomStamp(text: string): SbomStamp | undefined {
  const metadata = member(parseJson(text), 'metadata');
  const timestamp = member(metadata, 'timestamp');
  // A time that is no time can't be rendered again: the file is then regenerated, never a crash.
  if (typeof timestamp !== 'string' || Number.isNaN(Date.parse(timestamp))) return undefined;
  const component = member(metadata, 'component');
  const name = member(component, 'name');
  const commit = member(component, 'version');
  const tools = member(member(metadata, 'tools'), 'components');
  const tool = Array.isArray(tools) ? tools.find((t) => member(t, 'name') === 'soup-gate') : undefined;
  const toolVersion = member(tool, 'version');
  return {
    // The serializer writes milliseconds; the stamp reads back in the form it was given.
    generatedAt: formatTimestamp(timestamp),
    ...(typeof commit === 'string' ? { commit } : {}),
    ...(typeof name === 'string' && name !== 'project' ? { repo: name } : {}),
    ...(typeof toolVersion === 'string' ? { toolVersion } : {}),
  };
}

/** Per purl, the last-verified date an SBOM carries (soup-gate wrote it from the change records). */
export function readSbomLastVerified(text: string): Map<string, string> {
  const dates = new Map<string, string>();
  const components = member(parseJson(text), 'components');
  if (!Array.isArray(components)) return dates;
  for (const component of components) {
    const purl = member(component, 'purl');
    const properties = member(component, 'properties');
    if (typeof purl !== 'string' || !Array.isArray(properties)) continue;
    for (const property of properties) {
      const value = member(property, 'value');
      if (member(property, 'name') === SBOM_PROPERTY.lastVerified && typeof value === 'string')
        dates.set(purl, value);
    }
  }
  return dates;
}

/** The first string of `values` that is a non-empty string. */
function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

const REFERENCE_LINK: Record<string, 'sourceRepo' | 'issueTracker' | 'homepage'> = {
  vcs: 'sourceRepo',
  'issue-tracker': 'issueTracker',
  website: 'homepage',
};

/**
 * Per purl, the identity facts an SBOM carries (supplier unless the register gave it, licence,
 * source, issue tracker, homepage, description): what earlier look-ups found, carried over so a
 * merge looks up only what it changed (see register/package-facts.ts). Anomalies are not carried:
 * they change without the package changing, and the monitor re-checks them.
 */
export function readSbomFacts(text_: string): Map<string, PackageFacts> {
  const facts = new Map<string, PackageFacts>();
  const components = member(parseJson(text_), 'components');
  if (!Array.isArray(components)) return facts;
  for (const component of components) {
    const purl = text(member(component, 'purl'));
    if (purl === undefined) continue;
    const properties = member(component, 'properties');
    const props = new Map<string, string>();
    if (Array.isArray(properties))
      for (const p of properties) {
        const name = text(member(p, 'name'));
        const value = text(member(p, 'value'));
        if (name !== undefined && value !== undefined && !props.has(name)) props.set(name, value);
      }
    const entry: PackageFacts = {};
    const supplierSource = props.get(SBOM_PROPERTY.supplierSource);
    const supplier = text(member(member(component, 'supplier'), 'name'));
    if (supplier !== undefined && supplierSource !== 'register') {
      entry.supplier = supplier;
      entry.supplierFrom = supplierSource === 'source-repository' ? 'source-repository' : 'registry';
    }
    const licences = member(component, 'licenses');
    const first: unknown = Array.isArray(licences) ? licences[0] : undefined;
    const licence =
      text(member(first, 'expression')) ??
      text(member(member(first, 'license'), 'id')) ??
      text(member(member(first, 'license'), 'name'));
    if (licence !== undefined) entry.licence = licence;
    const description = text(member(component, 'description'));
    if (description !== undefined) entry.description = description;
    const references = member(component, 'externalReferences');
    const links: NonNullable<PackageFacts['links']> = {};
    if (Array.isArray(references))
      for (const reference of references) {
        const key = REFERENCE_LINK[String(member(reference, 'type'))];
        const url = text(member(reference, 'url'));
        if (key !== undefined && url !== undefined && links[key] === undefined) links[key] = url;
      }
    if (Object.keys(links).length > 0) entry.links = links;
    if (props.get(SBOM_PROPERTY.lookedUp) === 'true') entry.lookedUp = true;
    if (Object.keys(entry).length > 0) facts.set(purl, entry);
  }
  return facts;
}
