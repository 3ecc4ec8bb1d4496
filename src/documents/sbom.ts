/**
 * soup/sbom.cdx.json: the inventory as CycloneDX 1.6 JSON, built with
 * @cyclonedx/cyclonedx-library's models and normalizer. Deterministic: components, hashes,
 * references and properties are inserted in code-unit order and the library's own (locale-aware)
 * sorting is off, so two machines give byte-identical output; the serial number is a v5-style UUID
 * from a SHA-1 of the content and the commit, never random.
 *
 * What the graph holds: the root (the repository) depends on every direct item, and each package
 * whose lockfile states its edges (Package.dependencies) depends on what the lockfile resolved for
 * it. A package from a format that states none gets no `dependencies` entry: an entry without
 * `dependsOn` would claim it has none.
 */
import { createHash } from 'node:crypto';
// Subpath imports: the package index also loads builders, factories and validators we don't use
// (about 50 ms more at start-up).
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import * as Models from '@cyclonedx/cyclonedx-library/Models';
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize';
import * as Spec from '@cyclonedx/cyclonedx-library/Spec';
import { Factories as LicenseFactories } from '@cyclonedx/cyclonedx-library/Contrib/License';
import parseSpdx from 'spdx-expression-parse';
import { DEFAULT_POLICY, type Policy } from '../config/policy.js';
import { isInScope } from '../gate/scope.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Ecosystem, Scope } from '../lockfiles/types.js';
import { collectUniqueItems, type Enrichment, type SoupItem } from '../register/soup-items.js';
import type { Register } from '../register/types.js';
import type { AnomalyFinding } from '../register/validate.js';
import { integrityToHashes } from './sbom-hashes.js';
import { SBOM_PROPERTY } from './sbom-read.js';
import { formatTimestamp } from './soup-list.js';

export {
  SBOM_PROPERTY,
  readSbomFacts,
  readSbomLastVerified,
  readSbomStamp,
  type SbomStamp,
} from './sbom-read.js';

export interface SbomOptions {
  register?: Register;
  enrichment?: Enrichment;
  /** metadata.timestamp; left out when not given (the output then has no time in it). */
  generatedAt?: string | Date;
  /** The commit the inventory was read at: the root component's version, and part of the serial. */
  commit?: string;
  /** `owner/name`: the root component's name (default `project`). */
  repo?: string;
  /** soup-gate's version, for metadata.tools. */
  toolVersion?: string;
  lastVerified?: ReadonlyMap<string, string>;
  /** The policy's scope: a last-verified date is written only for items it gates. Default: the policy default. */
  scope?: Policy['scope'];
}

const ROOT_REF = 'soup-gate:root';

/** Per model built here, the refs whose edges a lockfile stated (an empty list is then a fact). */
const graphs = new WeakMap<Models.Bom, ReadonlySet<string>>();
const SERIAL_PLACEHOLDER = 'urn:uuid:00000000-0000-5000-8000-000000000000';

const SCOPE: Record<Scope, Enums.ComponentScope> = {
  runtime: Enums.ComponentScope.Required,
  optional: Enums.ComponentScope.Optional,
  dev: Enums.ComponentScope.Excluded,
};

/** CycloneDX group and name: npm scope, Maven group, Composer vendor; the full name otherwise. */
function splitGroup(ecosystem: Ecosystem, name: string): { group?: string; name: string } {
  if (ecosystem === 'npm' && name.startsWith('@')) {
    const slash = name.indexOf('/');
    if (slash > 1) return { group: name.slice(0, slash), name: name.slice(slash + 1) };
  }
  if (ecosystem === 'Maven') {
    const colon = name.indexOf(':');
    if (colon > 0) return { group: name.slice(0, colon), name: name.slice(colon + 1) };
  }
  if (ecosystem === 'Packagist') {
    const slash = name.indexOf('/');
    if (slash > 0) return { group: name.slice(0, slash), name: name.slice(slash + 1) };
  }
  return { name };
}

function httpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const licenceFactory = new LicenseFactories.LicenseFactory((expression: string) => parseSpdx(expression));

const SEVERITY: Record<string, Enums.Vulnerability.Severity> = {
  critical: Enums.Vulnerability.Severity.Critical,
  high: Enums.Vulnerability.Severity.High,
  medium: Enums.Vulnerability.Severity.Medium,
  moderate: Enums.Vulnerability.Severity.Medium,
  low: Enums.Vulnerability.Severity.Low,
  none: Enums.Vulnerability.Severity.None,
  info: Enums.Vulnerability.Severity.Info,
};

function property(name: string, value: string): Models.Property {
  return new Models.Property(name, value);
}

function makeComponent(item: SoupItem, gated: boolean): Models.Component {
  const { group, name } = splitGroup(item.ecosystem, item.name);
  const type = item.ecosystem === 'docker' ? Enums.ComponentType.Container : Enums.ComponentType.Library;
  const component = new Models.Component(type, name, {
    bomRef: item.purl,
    version: item.version,
    purl: item.purl,
    scope: SCOPE[item.scope],
    ...(group !== undefined ? { group } : {}),
  });
  const fromEntry = item.entry?.supplier !== undefined && item.entry.supplier.trim() !== '';
  const supplier = fromEntry ? item.entry?.supplier : item.facts?.supplier;
  if (supplier !== undefined && supplier.trim() !== '')
    component.supplier = new Models.OrganizationalEntity({ name: supplier.trim() });
  if (item.facts?.description !== undefined && item.facts.description.trim() !== '')
    component.description = item.facts.description.trim();
  const { hashes, raw } = integrityToHashes(item);
  for (const [algorithm, content] of hashes) component.hashes.set(algorithm, content);
  if (item.facts?.licence !== undefined && item.facts.licence.trim() !== '')
    component.licenses.add(licenceFactory.makeFromString(item.facts.licence.trim()));
  const links = item.facts?.links;
  const references: [string | undefined, Enums.ExternalReferenceType][] = [
    [links?.sourceRepo, Enums.ExternalReferenceType.VCS],
    [links?.issueTracker, Enums.ExternalReferenceType.IssueTracker],
    [links?.homepage, Enums.ExternalReferenceType.Website],
    [links?.releaseNotes ?? links?.changelog, Enums.ExternalReferenceType.ReleaseNotes],
  ];
  for (const [url, type] of references) {
    const safe = httpUrl(url);
    if (safe !== undefined) component.externalReferences.add(new Models.ExternalReference(safe, type));
  }
  const props = component.properties;
  props.add(property(SBOM_PROPERTY.safetyClass, item.safetyClass));
  props.add(property(SBOM_PROPERTY.safetyClassSource, item.classSource === 'entry' ? 'register' : 'default'));
  props.add(
    property(
      SBOM_PROPERTY.registerEntry,
      !item.entry ? 'missing' : item.entry.problems.length > 0 ? 'incomplete' : 'complete',
    ),
  );
  for (const requirement of item.entry?.requirements ?? []) {
    if (requirement.id.trim() !== '') props.add(property(SBOM_PROPERTY.requirement, requirement.id.trim()));
  }
  if (item.entry?.verification !== undefined && item.entry.verification.trim() !== '')
    props.add(property(SBOM_PROPERTY.verification, item.entry.verification.trim()));
  props.add(
    property(
      SBOM_PROPERTY.dependency,
      item.direct === true ? 'direct' : item.direct === false ? 'transitive' : 'unknown',
    ),
  );
  for (const lockfile of item.lockfiles) props.add(property(SBOM_PROPERTY.lockfile, lockfile));
  if (item.source !== undefined) props.add(property(SBOM_PROPERTY.source, item.source));
  if (raw !== undefined) props.add(property(SBOM_PROPERTY.integrity, raw));
  if (item.lastVerified !== undefined && gated)
    props.add(property(SBOM_PROPERTY.lastVerified, item.lastVerified));
  if (component.supplier !== undefined)
    props.add(
      property(
        SBOM_PROPERTY.supplierSource,
        fromEntry ? 'register' : (item.facts?.supplierFrom ?? 'registry'),
      ),
    );
  if (item.facts?.lookedUp === true) props.add(property(SBOM_PROPERTY.lookedUp, 'true'));
  return component;
}

function makeVulnerability(
  item: SoupItem,
  component: Models.Component,
  finding: AnomalyFinding,
): Models.Vulnerability.Vulnerability {
  const { anomaly, evaluation } = finding;
  const vulnerability = new Models.Vulnerability.Vulnerability({
    bomRef: `soup-gate:anomaly:${anomaly.id}:${item.purl}`,
    id: anomaly.id,
    ...(anomaly.summary !== undefined && anomaly.summary.trim() !== ''
      ? { description: anomaly.summary }
      : {}),
  });
  const source = httpUrl(anomaly.url);
  vulnerability.source = new Models.Vulnerability.Source({
    name: 'OSV',
    ...(source !== undefined ? { url: new URL(source) } : {}),
  });
  const label = typeof anomaly.severity === 'string' ? anomaly.severity : anomaly.severity?.label;
  const severity = label !== undefined ? SEVERITY[label.toLowerCase()] : undefined;
  if (severity !== undefined) vulnerability.ratings.add(new Models.Vulnerability.Rating({ severity }));
  vulnerability.affects.add(new Models.Vulnerability.Affect(component.bomRef));
  if (evaluation?.state !== undefined) {
    const detail = [
      evaluation.reason?.trim(),
      [evaluation.by ? `by ${evaluation.by}` : '', evaluation.on ? `on ${evaluation.on}` : '']
        .filter((p) => p !== '')
        .join(' '),
    ]
      .filter((p) => p !== undefined && p !== '')
      .join(' — ');
    vulnerability.analysis = new Models.Vulnerability.Analysis({
      state: evaluation.state as Enums.Vulnerability.AnalysisState,
      ...(evaluation.justification !== undefined
        ? { justification: evaluation.justification as Enums.Vulnerability.AnalysisJustification }
        : {}),
      ...(detail !== '' ? { detail } : {}),
    });
  }
  const props = vulnerability.properties;
  for (const alias of [...(anomaly.aliases ?? [])].sort()) props.add(property(SBOM_PROPERTY.alias, alias));
  props.add(property(SBOM_PROPERTY.evaluationStatus, finding.status));
  if (evaluation?.by) props.add(property(SBOM_PROPERTY.evaluatedBy, evaluation.by));
  if (evaluation?.on) props.add(property(SBOM_PROPERTY.evaluatedOn, evaluation.on));
  if (evaluation?.expires) props.add(property(SBOM_PROPERTY.evaluationExpires, evaluation.expires));
  return vulnerability;
}

/** The CycloneDX model of the inventory (components in purl order). */
export function buildSbomModel(inventory: Inventory, options: SbomOptions = {}): Models.Bom {
  const generatedAt = options.generatedAt !== undefined ? formatTimestamp(options.generatedAt) : undefined;
  const items = collectUniqueItems(inventory, {
    ...(options.register ? { register: options.register } : {}),
    ...(options.enrichment ? { enrichment: options.enrichment } : {}),
    ...(options.lastVerified ? { lastVerified: options.lastVerified } : {}),
    ...(generatedAt !== undefined ? { today: generatedAt.slice(0, 10) } : {}),
  });
  const bom = new Models.Bom();
  const stated = new Set<string>([ROOT_REF]);
  graphs.set(bom, stated);
  const root = new Models.Component(Enums.ComponentType.Application, options.repo ?? 'project', {
    bomRef: ROOT_REF,
    ...(options.commit !== undefined ? { version: options.commit } : {}),
  });
  const repoUrl =
    options.repo !== undefined && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(options.repo)
      ? `https://github.com/${options.repo}`
      : undefined;
  if (repoUrl) {
    root.externalReferences.add(new Models.ExternalReference(repoUrl, Enums.ExternalReferenceType.VCS));
    // NTIA's supplier of the product: the account that owns the repository.
    root.supplier = new Models.OrganizationalEntity({ name: options.repo!.split('/')[0]! });
  }
  bom.metadata.component = root;
  // NTIA "author of SBOM data": the tool that wrote it from the lockfiles (metadata.tools says which version).
  bom.metadata.authors.add(new Models.OrganizationalContact({ name: 'soup-gate' }));
  if (generatedAt !== undefined) bom.metadata.timestamp = new Date(generatedAt);
  bom.metadata.lifecycles.add(Enums.LifecyclePhase.PreBuild);
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'soup-gate', {
      ...(options.toolVersion !== undefined ? { version: options.toolVersion } : {}),
    }),
  );
  const registerPath = options.register?.path;
  if (registerPath !== undefined) bom.metadata.properties.add(property('soup-gate:register', registerPath));
  if (options.register)
    bom.metadata.properties.add(
      property('soup-gate:default-safety-class', options.register.defaults.safetyClass),
    );
  const components = new Map<string, Models.Component>();
  for (const item of items) {
    const component = makeComponent(item, isInScope(item, options.scope ?? DEFAULT_POLICY.scope));
    bom.components.add(component);
    components.set(item.purl, component);
    if (item.direct === true) root.dependencies.add(component.bomRef);
    for (const finding of item.anomalies ?? [])
      bom.vulnerabilities.add(makeVulnerability(item, component, finding));
  }
  for (const item of items) {
    if (item.dependencies === undefined) continue;
    stated.add(item.purl);
    const component = components.get(item.purl)!;
    for (const purl of item.dependencies) {
      const target = components.get(purl);
      if (target !== undefined && target !== component) component.dependencies.add(target.bomRef);
    }
  }
  return bom;
}

const serializer = new Serialize.JsonSerializer(new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6));

/** SHA-1 based name UUID (RFC 4122 version 5 layout) of the text. */
export function nameUuid(text: string): string {
  const bytes = createHash('sha1').update(text).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * soup/sbom.cdx.json as text (2-space indented, trailing newline). The same inventory and options
 * always give the same bytes. This is the function `npm run bench` times.
 */
export function buildSbom(inventory: Inventory, options: SbomOptions = {}): string {
  const bom = buildSbomModel(inventory, options);
  bom.serialNumber = SERIAL_PLACEHOLDER;
  const normalized = serializer.normalizerFactory.makeForBom().normalize(bom, { sortLists: false }) as {
    dependencies?: { ref: string; dependsOn?: string[] }[];
  };
  // Only entries whose dependencies we know: the root's and those the lockfiles state. See the module comment.
  const stated = graphs.get(bom);
  const known = (normalized.dependencies ?? []).filter((d) =>
    d.ref === ROOT_REF ? (d.dependsOn?.length ?? 0) > 0 : stated?.has(d.ref) === true,
  );
  if (known.length > 0) normalized.dependencies = known;
  else delete normalized.dependencies;
  const text = `${JSON.stringify(normalized, null, 2)}\n`;
  const serial = `urn:uuid:${nameUuid(`${options.commit ?? ''}\n${text}`)}`;
  return text.replace(SERIAL_PLACEHOLDER, serial);
}
