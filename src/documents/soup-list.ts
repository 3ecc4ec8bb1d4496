/**
 * soup/SOUP.md: the SOUP list an auditor reads (IEC 62304 8.1.2 identification, with the register's
 * 5.3.3/5.3.4/7.1 fields beside it). Deterministic: the same inputs give the same bytes; the only
 * time in it is the `generatedAt` passed in. Every value from a lockfile, the register or
 * enrichment goes through escape.ts.
 */
import type { Inventory } from '../inventory/inventory.js';
import {
  collectItemsByLockfile,
  compareText,
  type Enrichment,
  type SoupItem,
} from '../register/soup-items.js';
import { emptyRegister } from '../register/parse.js';
import { registerLookupKey } from '../register/keys.js';
import type { Register, RegisterEntry } from '../register/types.js';
import { formatProblem } from '../register/types.js';
import { DEFAULT_POLICY } from '../config/policy.js';
import {
  COMPACT_HEADER,
  briefLine,
  cell,
  isGatedItem,
  itemDetails,
  itemRow,
  type PolicyScope,
} from './soup-list-items.js';
import { code, escapeText } from '../markdown/escape.js';

export interface SoupListInput {
  inventory: Inventory;
  register?: Register;
  /** When the list was generated (ISO 8601 or a Date); the only time in the output. */
  generatedAt: string | Date;
  /** The commit the inventory was read at. */
  commit?: string;
  /** `owner/name` of the repository. */
  repo?: string;
  enrichment?: Enrichment;
  /** Date (YYYY-MM-DD) of the last assessed change per purl (see lastVerifiedFromRecords). */
  lastVerified?: ReadonlyMap<string, string>;
  /** The policy's scope: which items are gated (assessed) and which only listed. Default: the policy default. */
  scope?: PolicyScope;
}

/** The first line of every SOUP.md: lets `soup-gate check` read back when and from what it was made. */
export const SOUP_LIST_STAMP = '<!-- soup-gate:soup-list ';

/** More items than this (or more than one lockfile) get a table of contents. */
export const TOC_THRESHOLD = 50;

export function formatTimestamp(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new TypeError(`generatedAt is not a date: ${String(value)}`);
  return date.toISOString().replace(/\.000Z$/, 'Z');
}

/** JSON that can sit inside an HTML comment or a Markdown code block: no `<`, `>`, `&`, `@` or backtick. */
export function inertJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[<>&`@\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export interface SoupListStamp {
  generatedAt: string;
  commit?: string;
  repo?: string;
}

/** Reads the stamp back from a SOUP.md (undefined when it has none or it is garbled). */
export function readSoupListStamp(markdown: string): SoupListStamp | undefined {
  const firstLine = markdown.slice(0, markdown.indexOf('\n') === -1 ? undefined : markdown.indexOf('\n'));
  if (!firstLine.startsWith(SOUP_LIST_STAMP) || !firstLine.endsWith(' -->')) return undefined;
  try {
    const value = JSON.parse(firstLine.slice(SOUP_LIST_STAMP.length, -' -->'.length)) as unknown;
    if (typeof value !== 'object' || value === null) return undefined;
    const { generatedAt, commit, repo } = value as Record<string, unknown>;
    // A time that is no time can't be rendered again: the list is then regenerated, never a crash.
    if (typeof generatedAt !== 'string' || Number.isNaN(new Date(generatedAt).getTime())) return undefined;
    return {
      generatedAt,
      ...(typeof commit === 'string' ? { commit } : {}),
      ...(typeof repo === 'string' ? { repo } : {}),
    };
  } catch {
    return undefined;
  }
}

function countBy<T>(values: readonly T[], key: (value: T) => string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(key(value), (counts.get(key(value)) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([k, n]) => `${escapeText(k)}: ${n}`)
    .join(' · ');
}

function renderEntry(entry: RegisterEntry, register: Register, used: boolean): string[] {
  const lines = [`### ${code(entry.key)}`, ''];
  const safetyClass = entry.safetyClass ?? register.defaults.safetyClass;
  lines.push(`- Purpose: ${cell(entry.purpose, 500)}`);
  if (entry.supplier !== undefined) lines.push(`- Supplier: ${cell(entry.supplier, 200)}`);
  lines.push(
    `- Safety class: ${safetyClass}${entry.safetyClass === undefined ? ' (default)' : ''}${entry.rationale !== undefined ? ` — ${cell(entry.rationale, 500)}` : ''}`,
  );
  if (entry.requirements.length > 0) {
    lines.push('- Requirements:');
    for (const requirement of entry.requirements)
      lines.push(`  - ${code(requirement.id, 60)} ${cell(requirement.text, 500)}`);
  } else {
    lines.push('- Requirements: —');
  }
  lines.push(`- Prerequisites: ${cell(entry.prerequisites, 500)}`);
  lines.push(`- Verification: ${cell(entry.verification, 500)}`);
  lines.push(
    `- Risks: ${entry.risks.length === 0 ? '—' : entry.risks.map((risk) => escapeText(risk, 60)).join(', ')}`,
  );
  if (entry.anomalies.length > 0) {
    lines.push('- Anomaly evaluations:');
    for (const evaluation of [...entry.anomalies].sort((a, b) => compareText(a.id, b.id))) {
      const parts = [
        evaluation.state ?? 'no state',
        evaluation.justification,
        evaluation.by !== undefined ? `by ${evaluation.by}` : undefined,
        evaluation.on !== undefined ? `on ${evaluation.on}` : undefined,
        evaluation.expires !== undefined ? `expires ${evaluation.expires}` : undefined,
      ].filter((p) => p !== undefined);
      lines.push(
        `  - ${code(evaluation.id, 60)} ${escapeText(parts.join(', '), 300)}${evaluation.reason !== undefined ? `: ${cell(evaluation.reason, 500)}` : ''}`,
      );
    }
  }
  if (!used) lines.push('- Not in any lockfile at this commit.');
  if (entry.problems.length > 0) {
    lines.push('- **Incomplete:**');
    for (const problem of entry.problems) lines.push(`  - ${escapeText(formatProblem(problem), 400)}`);
  }
  lines.push('');
  return lines;
}

/** soup/SOUP.md for an inventory and its register. */
export function renderSoupList(input: SoupListInput): string {
  const register = input.register ?? emptyRegister();
  const generatedAt = formatTimestamp(input.generatedAt);
  const today = generatedAt.slice(0, 10);
  const groups = collectItemsByLockfile(input.inventory, {
    register,
    ...(input.enrichment ? { enrichment: input.enrichment } : {}),
    ...(input.lastVerified ? { lastVerified: input.lastVerified } : {}),
    today,
  });
  const rows = groups.flatMap((g) => g.items);
  const distinct = new Map<string, SoupItem>();
  for (const item of rows) {
    const known = distinct.get(item.purl);
    if (!known || (item.direct === true && known.direct !== true)) distinct.set(item.purl, item);
  }
  const items = [...distinct.values()];
  const stamp: SoupListStamp = {
    generatedAt,
    ...(input.commit !== undefined ? { commit: input.commit } : {}),
    ...(input.repo !== undefined ? { repo: input.repo } : {}),
  };
  const lines: string[] = [`${SOUP_LIST_STAMP}${inertJson(stamp)} -->`, '# SOUP list', ''];
  const from = [
    input.commit !== undefined ? `from commit ${code(input.commit.slice(0, 12))}` : undefined,
    input.repo !== undefined ? `of ${code(input.repo)}` : undefined,
  ]
    .filter((p) => p !== undefined)
    .join(' ');
  lines.push(
    `Generated by soup-gate${from ? ` ${from}` : ''} at ${generatedAt}. Do not edit: it is regenerated on every merge from the lockfiles and ${code(register.path)}.`,
    '',
  );

  const direct = items.filter((i) => i.direct === true).length;
  const transitive = items.filter((i) => i.direct === false).length;
  const unknown = items.length - direct - transitive;
  const used = new Set(rows.map((item) => registerLookupKey(item.ecosystem, item.name)));
  const entries = [...register.entries.entries()].sort(([a], [b]) => compareText(a, b));
  const scope = input.scope ?? DEFAULT_POLICY.scope;
  const withoutEntry = new Set(
    items.filter((i) => isGatedItem(i, scope) && !i.entry).map((i) => registerLookupKey(i.ecosystem, i.name)),
  ).size;
  const lookedUp = items.filter((i) => i.facts?.lookedUp === true).length;
  const incomplete = entries.filter(([, e]) => e.problems.length > 0).length;
  const checked = items.filter((i) => i.anomalies !== undefined);
  const known = checked.reduce((n, i) => n + (i.anomalies?.length ?? 0), 0);
  const open = checked.reduce(
    (n, i) => n + (i.anomalies?.filter((f) => f.status !== 'evaluated').length ?? 0),
    0,
  );
  const defaultClass = register.defaults.assumed
    ? `${register.defaults.safetyClass} (assumed: the register sets no default)`
    : `${register.defaults.safetyClass}${register.defaults.rationale !== undefined ? ` — ${escapeText(register.defaults.rationale, 300)}` : ''}`;
  lines.push(
    '## Summary',
    '',
    '| topic | summary |',
    '|---|---|',
    `| SOUP items | ${items.length} distinct package versions in ${groups.length} lockfile(s)${rows.length !== items.length ? ` (${rows.length} rows: some appear in several lockfiles)` : ''} |`,
    `| dependency | ${direct} direct · ${transitive} transitive${unknown > 0 ? ` · ${unknown} unknown` : ''} |`,
    `| safety class | ${items.length === 0 ? '—' : countBy(items, (i) => i.safetyClass)} |`,
    `| default safety class | ${defaultClass} |`,
    `| ecosystem | ${items.length === 0 ? '—' : countBy(items, (i) => i.ecosystem)} |`,
    `| register | ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} in ${code(register.path)}${incomplete > 0 ? ` · **${incomplete} incomplete**` : ''}${withoutEntry > 0 ? ` · **${withoutEntry} item(s) gated by policy without an entry**` : ''} |`,
    `| policy scope | ${scope.dependencies === 'all' ? 'all dependencies' : 'direct dependencies'}, ${scope.includeDev ? 'dev included' : 'dev excluded'}: changes of these are assessed by reviewers; the others are listed only |`,
    `| supplier and licence | looked up for ${lookedUp} of ${items.length} item(s)${lookedUp < items.length ? ' (the others read "not looked up")' : ''} |`,
    `| known anomalies | ${checked.length === 0 ? 'not checked' : `${known} known in ${checked.length} checked item(s)${open > 0 ? ` · **${open} not evaluated**` : known > 0 ? ' · all evaluated' : ''}${checked.length < items.length ? ` · ${items.length - checked.length} item(s) not checked` : ''}`} |`,
    '',
  );

  if (groups.length > 1 || rows.length > TOC_THRESHOLD) {
    lines.push('## Contents', '');
    groups.forEach((group, index) => {
      lines.push(
        `- [${escapeText(group.lockfile.path)}](#lockfile-${index + 1}) — ${escapeText(group.lockfile.ecosystem)}, ${group.items.length} item(s)`,
      );
    });
    lines.push('- [Register entries](#register-entries)');
    lines.push('');
  }

  groups.forEach((group, index) => {
    lines.push(
      `<a id="lockfile-${index + 1}"></a>`,
      '',
      `## ${code(group.lockfile.path)}`,
      '',
      `${escapeText(group.lockfile.ecosystem)} · format ${escapeText(group.lockfile.format)} · ${group.items.length} item(s)`,
      '',
    );
    const shipped = group.items.filter((item) => item.scope !== 'dev');
    const devOnly = group.items.filter((item) => item.scope === 'dev');
    if (shipped.length > 0) lines.push(...COMPACT_HEADER, ...shipped.map((item) => itemRow(item, scope)), '');
    if (devOnly.length > 0) {
      lines.push(
        `Dev-only (build and test, not shipped): ${devOnly.length} item(s)`,
        '',
        ...COMPACT_HEADER,
        ...devOnly.map((item) => itemRow(item, scope)),
        '',
      );
    }
    // Items a reviewer assesses (or that have a register entry) get their facts folded one by one;
    // the rest, usually most of a lockfile, one line each under one fold, so a 5,000-item list stays
    // a size GitHub renders.
    const full = group.items.filter((item) => item.entry !== undefined || isGatedItem(item, scope));
    const brief = group.items.filter((item) => item.entry === undefined && !isGatedItem(item, scope));
    for (const item of full) lines.push(...itemDetails(item, scope), '');
    if (brief.length > 0)
      lines.push(
        `<details><summary>${brief.length} item(s) not gated by policy: designator, supplier, licence, where anomalies are published</summary>`,
        '',
        ...brief.map((item) => briefLine(item)),
        '',
        '</details>',
        '',
      );
    const findings = [...group.lockfile.findings].sort(
      (a, b) => (a.line ?? 0) - (b.line ?? 0) || compareText(a.message, b.message),
    );
    if (findings.length > 0) {
      lines.push('Not listed or unsettled (from the lockfile parser):', '');
      for (const finding of findings)
        lines.push(
          `- ${finding.line !== undefined ? `line ${finding.line}: ` : ''}${escapeText(finding.message, 300)}`,
        );
      lines.push('');
    }
  });

  lines.push('<a id="register-entries"></a>', '', '## Register entries', '');
  if (entries.length === 0) {
    lines.push(`${code(register.path)} has no entries.`, '');
  } else {
    for (const [lookup, entry] of entries) lines.push(...renderEntry(entry, register, used.has(lookup)));
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
