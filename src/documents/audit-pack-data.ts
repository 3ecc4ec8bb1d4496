/** The audit pack's input made safe: every field of a committed change record type-checked, dates as day numbers. */
import type { Change } from '../inventory/diff.js';
import { escapeText, safeUrl } from '../markdown/escape.js';
import { registerLookupKey } from '../register/keys.js';
import type { Ecosystem } from '../lockfiles/types.js';
import type { ChangeRecordData } from './change-record.js';
import type { Register } from '../register/types.js';
import type { TraceabilityMatrix } from '../verification/traceability.js';

/** One SOUP item of the committed list (from the SBOM). */
export interface PackItem {
  purl: string;
  /** OSV spelling, e.g. `npm`, `PyPI`. */
  ecosystem: string;
  name: string;
  version: string;
  dependency: 'direct' | 'transitive' | 'unknown';
  scope: string;
  safetyClass?: string;
  classFromDefault?: boolean;
  registerEntry?: 'complete' | 'incomplete' | 'missing';
  requirements: string[];
  supplier?: string;
  licence?: string;
  /** YYYY-MM-DD of the last assessed change that brought this version in. */
  lastVerified?: string;
  /** When this version was released, where the committed files say. */
  releasedAt?: string;
}

/** A published anomaly of a version in use, as the SBOM records it. */
export interface PackAnomaly {
  id: string;
  purl: string;
  /** soup-gate's evaluation status: evaluated, not-evaluated, in-triage, expired, incomplete. */
  status?: string;
  severity?: string;
  evaluatedOn?: string;
  expires?: string;
}

export interface AuditPackInput {
  /** When the pack is made (ISO 8601): the "today" of ages and expiries. */
  generatedAt: string;
  repo?: string;
  commit?: string;
  /** When the committed SOUP list was generated. */
  listGeneratedAt?: string;
  items: readonly PackItem[];
  anomalies: readonly PackAnomaly[];
  register?: Register;
  records: readonly ChangeRecordData[];
  traceability?: TraceabilityMatrix;
  /** True when the matrix is the committed TRACEABILITY.md; false when built from the register alone (no results). */
  traceabilityFromFile?: boolean;
  /** What could not be read, in plain text (shown, escaped, at the top). */
  notes: readonly string[];
}

/** The sections every pack has, by element id; scripts/render-audit-pack.mjs checks each is there. */
export const AUDIT_PACK_SECTIONS = [
  'summary',
  'charts',
  'soup-list',
  'history',
  'anomalies',
  'traceability',
] as const;

export const DAY_MS = 86_400_000;
/** Months the time charts show at most (the latest). */
export const MAX_MONTHS = 120;
/** An evaluation expiring within this many days is flagged. */
export const EXPIRES_SOON_DAYS = 30;

// ---------------------------------------------------------------- small helpers

export function h(text: string | undefined, max = 200): string {
  return text === undefined || text === '' ? '—' : escapeText(text, max);
}

export function link(label: string, url: string | undefined): string {
  const safe = url === undefined ? null : safeUrl(url);
  return safe === null ? label : `<a href="${safe.replace(/&/g, '&amp;')}">${label}</a>`;
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

export function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function dayOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : Math.floor(time / DAY_MS);
}

export function isoDate(value: string | undefined): string | undefined {
  const day = dayOf(value);
  return day === undefined ? undefined : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function monthOf(value: string | undefined): string | undefined {
  return isoDate(value)?.slice(0, 7);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function shortSha(sha: string | undefined): string {
  return sha === undefined || sha === '' ? '—' : `<code>${escapeText(sha.slice(0, 12), 12)}</code>`;
}

export function lookupKey(ecosystem: string, name: string): string {
  return registerLookupKey(ecosystem as Ecosystem, name);
}

// ---------------------------------------------------------------- change records, made safe

export interface SafeChecklist {
  item: string;
  change?: string;
  tickedBy?: string;
  tickedAt?: string;
  atSha?: string;
}

export interface SafeRecord {
  number: number;
  title: string;
  url?: string;
  author?: string;
  mergedAt: string;
  /** Day number of mergedAt; undefined when it isn't a date. */
  day: number | undefined;
  headSha?: string;
  directPush?: { branch?: string; pusher?: string };
  changes: Change[];
  checklist: SafeChecklist[];
  evidence: { name: string; url?: string; conclusion?: string; sha?: string }[];
  labels: { name: string; appliedBy?: string }[];
}

export function safeChange(value: unknown): Change | undefined {
  if (!isRecord(value)) return undefined;
  const type = value.type;
  const ecosystem = str(value.ecosystem);
  const name = str(value.name);
  if (
    (type !== 'added' && type !== 'removed' && type !== 'updated') ||
    ecosystem === undefined ||
    name === undefined
  )
    return undefined;
  const bump = str(value.bump);
  return {
    type,
    ecosystem: ecosystem as Ecosystem,
    name,
    from: str(value.from) ?? null,
    to: str(value.to) ?? null,
    bump: (bump ?? null) as Change['bump'],
    direct: typeof value.direct === 'boolean' ? value.direct : null,
    scope: (str(value.scope) ?? 'runtime') as Change['scope'],
    lockfile: str(value.lockfile) ?? '',
    purl: str(value.purl) ?? '',
  };
}

export function safeRecord(record: ChangeRecordData): SafeRecord {
  const pr: Record<string, unknown> = isRecord(record.pr) ? record.pr : {};
  const mergedAt = str(pr.mergedAt) ?? '';
  const direct = isRecord(record.directPush) ? record.directPush : undefined;
  const optional = (key: string, value: unknown) => (str(value) !== undefined ? { [key]: str(value) } : {});
  return {
    number: typeof pr.number === 'number' && Number.isSafeInteger(pr.number) ? pr.number : 0,
    title: str(pr.title) ?? '',
    ...optional('url', pr.url),
    ...optional('author', pr.author),
    mergedAt,
    day: dayOf(mergedAt),
    ...optional('headSha', pr.headSha),
    ...(direct
      ? { directPush: { ...optional('branch', direct.branch), ...optional('pusher', direct.pusher) } }
      : {}),
    changes: list<unknown>(record.changes)
      .map(safeChange)
      .filter((c): c is Change => c !== undefined),
    checklist: list<unknown>(record.checklist)
      .filter(isRecord)
      .map((c) => ({
        item: str(c.item) ?? '',
        ...optional('change', c.change),
        ...optional('tickedBy', c.tickedBy),
        ...optional('tickedAt', c.tickedAt),
        ...optional('atSha', c.atSha),
      })),
    evidence: list<unknown>(record.evidence)
      .filter(isRecord)
      .map((e) => ({
        name: str(e.name) ?? '',
        ...optional('url', e.url),
        ...optional('conclusion', e.conclusion),
        ...optional('sha', e.sha),
      })),
    labels: list<unknown>(record.labels)
      .filter(isRecord)
      .map((l) => ({ name: str(l.name) ?? '', ...optional('appliedBy', l.appliedBy) })),
  };
}

// ---------------------------------------------------------------- charts (inline SVG)
