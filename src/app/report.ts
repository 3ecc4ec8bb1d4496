/**
 * `soup-gate report`: the audit pack from what the repository has committed: SOUP.md (its stamp),
 * sbom.cdx.json (the items and the anomalies of their versions), the register (evaluations and
 * requirements), soup/changes/*.md (who assessed what) and TRACEABILITY.md. Every file is committed,
 * so a PR can have edited it: each is bounded and checked, and one that can't be read becomes a
 * note in the pack rather than a silent gap.
 */
import { PackageURL } from 'packageurl-js';
import {
  renderAuditPack,
  type AuditPackInput,
  type PackAnomaly,
  type PackItem,
} from '../documents/audit-pack.js';
import { parseChangeRecord, type ChangeRecordData } from '../documents/change-record.js';
import { SBOM_PROPERTY } from '../documents/sbom.js';
import { readSoupListStamp } from '../documents/soup-list.js';
import { parseTraceability } from '../documents/traceability.js';
import { RegisterError, formatProblem, type Register } from '../register/types.js';
import { buildTraceability, type TraceabilityMatrix } from '../verification/traceability.js';
import { readRegister, traceItemsOf, type RepoFiles } from './trace.js';

/** Bounds on what is read: far above a real repository's, far below what exhausts memory. */
export const REPORT_LIMITS = {
  sbomChars: 256 * 1024 * 1024,
  listChars: 256 * 1024 * 1024,
  recordChars: 16 * 1024 * 1024,
  traceabilityChars: 64 * 1024 * 1024,
  records: 20_000,
  components: 500_000,
};

export interface ReportOptions {
  files: RepoFiles;
  /** Folder of SOUP.md, sbom.cdx.json, TRACEABILITY.md and changes/ (default `soup`). */
  dir: string;
  registerPath: string;
  generatedAt: string;
}

export interface ReportOutcome {
  html: string;
  input: AuditPackInput;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, max = 4096): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

const ECOSYSTEM_OF_PURL_TYPE: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  golang: 'Go',
  cargo: 'crates.io',
  gem: 'RubyGems',
  composer: 'Packagist',
  nuget: 'NuGet',
  maven: 'Maven',
  pub: 'Pub',
  swift: 'SwiftURL',
  github: 'GitHub Actions',
};

/** Ecosystem and registry name from a purl, the inverse of lockfiles/purl.ts. */
export function nameFromPurl(purl: string): { ecosystem: string; name: string } | undefined {
  let parsed: PackageURL;
  try {
    parsed = PackageURL.fromString(purl);
  } catch {
    return undefined;
  }
  const ecosystem = ECOSYSTEM_OF_PURL_TYPE[parsed.type] ?? parsed.type;
  const namespace = parsed.namespace ?? undefined;
  if (namespace === undefined || namespace === '') return { ecosystem, name: parsed.name };
  if (parsed.type === 'maven') return { ecosystem, name: `${namespace}:${parsed.name}` };
  const base = `${namespace}/${parsed.name}`;
  return { ecosystem, name: parsed.type === 'github' && parsed.subpath ? `${base}/${parsed.subpath}` : base };
}

function properties(value: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!Array.isArray(value)) return out;
  for (const p of value) {
    if (!isRecord(p)) continue;
    const name = text(p.name);
    const v = text(p.value);
    if (name === undefined || v === undefined) continue;
    out.set(name, [...(out.get(name) ?? []), v]);
  }
  return out;
}

function licenceOf(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts: string[] = [];
  for (const l of value) {
    if (!isRecord(l)) continue;
    const expression = text(l.expression, 500);
    if (expression !== undefined) parts.push(expression);
    else if (isRecord(l.license)) {
      const id = text(l.license.id, 200) ?? text(l.license.name, 200);
      if (id !== undefined) parts.push(id);
    }
  }
  return parts.length === 0 ? undefined : parts.join(' AND ');
}

/** Items and anomalies of a CycloneDX SBOM as soup-gate writes it; notes say what was skipped. */
export function readSbom(
  json: string,
  path: string,
): { items: PackItem[]; anomalies: PackAnomaly[]; notes: string[] } {
  const notes: string[] = [];
  let bom: unknown;
  try {
    bom = JSON.parse(json);
  } catch (error) {
    return {
      items: [],
      anomalies: [],
      notes: [`${path}: not JSON (${error instanceof Error ? error.message : String(error)})`],
    };
  }
  if (!isRecord(bom) || !Array.isArray(bom.components))
    return { items: [], anomalies: [], notes: [`${path}: not a CycloneDX SBOM (no components list)`] };
  if (bom.components.length > REPORT_LIMITS.components)
    return {
      items: [],
      anomalies: [],
      notes: [`${path}: more than ${REPORT_LIMITS.components} components; not read`],
    };
  const items: PackItem[] = [];
  let skipped = 0;
  for (const c of bom.components) {
    const purl = isRecord(c) ? text(c.purl, 2048) : undefined;
    const version = isRecord(c) ? text(c.version, 512) : undefined;
    const named = purl !== undefined ? nameFromPurl(purl) : undefined;
    if (!isRecord(c) || purl === undefined || version === undefined || named === undefined) {
      skipped++;
      continue;
    }
    const props = properties(c.properties);
    const one = (name: string) => props.get(name)?.[0];
    const dependency = one(SBOM_PROPERTY.dependency);
    const entry = one(SBOM_PROPERTY.registerEntry);
    const scope = text(c.scope, 40);
    const supplier = isRecord(c.supplier) ? text(c.supplier.name, 500) : undefined;
    const licence = licenceOf(c.licenses);
    const lastVerified = one(SBOM_PROPERTY.lastVerified);
    const safetyClass = one(SBOM_PROPERTY.safetyClass);
    // CycloneDX's release notes carry the release's timestamp; soup-gate's SBOM writes none yet.
    const released = isRecord(c.releaseNotes) ? text(c.releaseNotes.timestamp, 64) : undefined;
    items.push({
      purl,
      ecosystem: named.ecosystem,
      name: named.name,
      version,
      dependency: dependency === 'direct' || dependency === 'transitive' ? dependency : 'unknown',
      scope:
        scope === 'required'
          ? 'runtime'
          : scope === 'excluded'
            ? 'dev'
            : scope === 'optional'
              ? 'optional'
              : (scope ?? '—'),
      ...(safetyClass !== undefined ? { safetyClass } : {}),
      classFromDefault: one(SBOM_PROPERTY.safetyClassSource) === 'default',
      ...(entry === 'complete' || entry === 'incomplete' || entry === 'missing'
        ? { registerEntry: entry }
        : {}),
      requirements: props.get(SBOM_PROPERTY.requirement) ?? [],
      ...(supplier !== undefined ? { supplier } : {}),
      ...(licence !== undefined ? { licence } : {}),
      ...(lastVerified !== undefined ? { lastVerified } : {}),
      ...(released !== undefined ? { releasedAt: released } : {}),
    });
  }
  if (skipped > 0)
    notes.push(`${path}: ${skipped} component(s) without a purl, version or known purl type were left out`);
  const anomalies: PackAnomaly[] = [];
  for (const v of Array.isArray(bom.vulnerabilities)
    ? bom.vulnerabilities.slice(0, REPORT_LIMITS.components)
    : []) {
    if (!isRecord(v)) continue;
    const id = text(v.id, 200);
    if (id === undefined) continue;
    const props = properties(v.properties);
    const ratings = Array.isArray(v.ratings) ? v.ratings.filter(isRecord) : [];
    const severity = ratings.map((r) => text(r.severity, 40)).find((s) => s !== undefined);
    for (const affected of Array.isArray(v.affects) ? v.affects : []) {
      const purl = isRecord(affected) ? text(affected.ref, 2048) : undefined;
      if (purl === undefined) continue;
      const status = props.get(SBOM_PROPERTY.evaluationStatus)?.[0];
      const on = props.get(SBOM_PROPERTY.evaluatedOn)?.[0];
      const expires = props.get(SBOM_PROPERTY.evaluationExpires)?.[0];
      anomalies.push({
        id,
        purl,
        ...(status !== undefined ? { status } : {}),
        ...(severity !== undefined ? { severity } : {}),
        ...(on !== undefined ? { evaluatedOn: on } : {}),
        ...(expires !== undefined ? { expires } : {}),
      });
    }
  }
  return { items, anomalies, notes };
}

export async function runReport(options: ReportOptions): Promise<ReportOutcome> {
  const { files, dir } = options;
  const notes: string[] = [];
  const at = (name: string) => (dir === '' ? name : `${dir}/${name}`);

  const listText = await files.readText(at('SOUP.md'), REPORT_LIMITS.listChars);
  const stamp = listText !== undefined ? readSoupListStamp(listText) : undefined;
  if (listText === undefined) notes.push(`${at('SOUP.md')} is missing: run soup-gate list and commit it`);

  const sbomText = await files.readText(at('sbom.cdx.json'), REPORT_LIMITS.sbomChars);
  const sbom =
    sbomText === undefined
      ? {
          items: [],
          anomalies: [],
          notes: [`${at('sbom.cdx.json')} is missing: the SOUP list in the pack is empty`],
        }
      : readSbom(sbomText, at('sbom.cdx.json'));
  notes.push(...sbom.notes);

  let register: Register | undefined;
  try {
    register = await readRegister(files, options.registerPath);
    if (register === undefined)
      notes.push(`${options.registerPath} is missing: no evaluations or requirements`);
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    notes.push(...error.problems.slice(0, 20).map(formatProblem));
  }

  const records: ChangeRecordData[] = [];
  const names = (await files.listFiles(at('changes'))).filter((n) => n.endsWith('.md'));
  if (names.length > REPORT_LIMITS.records)
    notes.push(`${at('changes')}: ${names.length} records, only the first ${REPORT_LIMITS.records} read`);
  for (const name of names.slice(0, REPORT_LIMITS.records)) {
    const path = `${at('changes')}/${name}`;
    const recordText = await files.readText(path, REPORT_LIMITS.recordChars);
    const record = recordText !== undefined ? parseChangeRecord(recordText) : undefined;
    if (record) records.push(record);
    else notes.push(`${path}: not a soup-gate change record (no readable JSON block); left out`);
  }

  const traceText = await files.readText(at('TRACEABILITY.md'), REPORT_LIMITS.traceabilityChars);
  let traceability: TraceabilityMatrix | undefined =
    traceText !== undefined ? parseTraceability(traceText) : undefined;
  const traceabilityFromFile = traceability !== undefined;
  if (traceText !== undefined && traceability === undefined)
    notes.push(
      `${at('TRACEABILITY.md')}: its matrix can't be read (edited by hand?); shown from the register without results`,
    );
  if (traceability === undefined && register !== undefined)
    traceability = buildTraceability({
      items: traceItemsOf(register),
      results: [],
      run: {},
      generatedAt: options.generatedAt,
    });

  const input: AuditPackInput = {
    generatedAt: options.generatedAt,
    ...(stamp?.repo !== undefined ? { repo: stamp.repo } : {}),
    ...(stamp?.commit !== undefined ? { commit: stamp.commit } : {}),
    ...(stamp?.generatedAt !== undefined ? { listGeneratedAt: stamp.generatedAt } : {}),
    items: sbom.items,
    anomalies: sbom.anomalies,
    ...(register !== undefined ? { register } : {}),
    records,
    ...(traceability !== undefined ? { traceability, traceabilityFromFile } : {}),
    notes,
  };
  return { html: renderAuditPack(input), input };
}
