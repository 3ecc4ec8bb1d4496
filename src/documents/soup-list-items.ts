/**
 * One SOUP item as SOUP.md shows it: its row in the compact table (package, version, class,
 * supplier, licence, assessed), its folded details, or its one-line identity when the policy does
 * not gate it. Every value from a lockfile, the register or a look-up goes through escape.ts.
 */
import type { Policy } from '../config/policy.js';
import { isInScope } from '../gate/scope.js';
import { code, escapeText, safeUrl } from '../markdown/escape.js';
import { registryUrl } from '../register/registry-links.js';
import { describeFinding, summarizeAnomalies, type SoupItem } from '../register/soup-items.js';
import { describeDependency } from './changes-table.js';

export type PolicyScope = Policy['scope'];

export function cell(value: string | undefined, max = 120): string {
  return value === undefined || value.trim() === '' ? '—' : escapeText(value.trim(), max);
}

function link(label: string, url: string | undefined): string | undefined {
  const safe = url === undefined ? null : safeUrl(url);
  return safe === null ? undefined : `[${label}](${safe})`;
}

/** Whether the policy asks reviewers to assess changes of this item (see gate/scope.ts). */
export function isGatedItem(item: SoupItem, scope: PolicyScope): boolean {
  return isInScope(item, scope);
}

/** Offline or failed look-ups read "not looked up": an empty cell would read as "none". */
const NOT_LOOKED_UP = 'not looked up';

function supplierOf(item: SoupItem): { name: string; from: string } | undefined {
  const fromEntry = item.entry?.supplier?.trim();
  if (fromEntry) return { name: fromEntry, from: 'register' };
  const supplier = item.facts?.supplier?.trim();
  if (!supplier) return undefined;
  return {
    name: supplier,
    from: item.facts?.supplierFrom === 'source-repository' ? 'repository owner' : 'registry',
  };
}

function supplierCell(item: SoupItem): string {
  const supplier = supplierOf(item);
  if (supplier) return escapeText(supplier.name, 80);
  return item.facts?.lookedUp === true ? 'not published' : NOT_LOOKED_UP;
}

function licenceCell(item: SoupItem): string {
  const licence = item.facts?.licence?.trim();
  if (licence) return escapeText(licence, 80);
  return item.facts?.lookedUp === true ? 'none declared' : NOT_LOOKED_UP;
}

function classCell(item: SoupItem): string {
  return item.classSource === 'entry' ? item.safetyClass : `${item.safetyClass} (default)`;
}

/** The assessment column: only items the policy gates were ever put to a reviewer. */
function assessedCell(item: SoupItem, gated: boolean): string {
  if (!gated) return 'not gated by policy';
  return item.lastVerified !== undefined ? escapeText(item.lastVerified, 40) : 'no assessed change recorded';
}

function requirementsText(item: SoupItem, gated: boolean): string {
  if (!item.entry) return gated ? '**no register entry**' : 'no register entry (not gated by policy)';
  const ids = item.entry.requirements.map((r) => r.id.trim()).filter((id) => id !== '');
  const incomplete = item.entry.problems.length > 0 ? ' (**entry incomplete**)' : '';
  return `${ids.length === 0 ? '—' : ids.map((id) => code(id, 60)).join(', ')}${incomplete}`;
}

function anomaliesText(item: SoupItem): string {
  if (item.anomalies === undefined || item.anomalies.length === 0) return summarizeAnomalies(item.anomalies);
  return item.anomalies
    .map((finding) => {
      const text = `${code(finding.anomaly.id, 60)}: ${escapeText(describeFinding(finding), 80)}`;
      return finding.status === 'evaluated' ? text : `**${text}**`;
    })
    .join('; ');
}

export function itemRow(item: SoupItem, scope: PolicyScope): string {
  return `| ${[
    code(item.name),
    code(item.version, 80),
    classCell(item),
    supplierCell(item),
    licenceCell(item),
    assessedCell(item, isGatedItem(item, scope)),
  ].join(' | ')} |`;
}

export const COMPACT_HEADER = [
  '| package | version | class | supplier | licence | assessed |',
  '|---|---|---|---|---|---|',
];

/** An ungated item's identity on one line: designator, supplier, licence, issue tracker, registry. */
export function briefLine(item: SoupItem): string {
  const supplier = supplierOf(item);
  const issues = link('issues', item.facts?.links?.issueTracker);
  const registry = link('registry', registryUrl(item.ecosystem, item.name, item.version));
  return `- ${code(item.purl, 300)} · supplier: ${supplier ? `${escapeText(supplier.name, 120)} (${supplier.from})` : supplierCell(item)} · licence: ${licenceCell(item)} · anomalies published at: ${issues ?? (item.facts?.lookedUp === true ? 'no issue tracker published' : NOT_LOOKED_UP)}${registry !== undefined ? ` · ${registry}` : ''}`;
}

/**
 * The rest of an item's facts, folded: the designator, where its anomalies are published, the
 * register's fields. Blank lines around the list let GitHub render the Markdown inside the HTML.
 */
export function itemDetails(item: SoupItem, scope: PolicyScope): string[] {
  const gated = isGatedItem(item, scope);
  const supplier = supplierOf(item);
  const links = item.facts?.links;
  const issues = link('issue tracker', links?.issueTracker);
  const other = [
    link('source', links?.sourceRepo),
    link('homepage', links?.homepage),
    link('registry', registryUrl(item.ecosystem, item.name, item.version)),
  ].filter((l) => l !== undefined);
  return [
    `<details><summary>${code(item.name)} ${code(item.version, 80)}</summary>`,
    '',
    `- unique designator: ${code(item.purl, 300)}`,
    `- supplier: ${supplier ? `${escapeText(supplier.name, 200)} (${supplier.from})` : supplierCell(item)}`,
    `- licence: ${licenceCell(item)}`,
    `- dependency: ${describeDependency(item.direct)}, ${item.scope}${gated ? ', gated by policy' : ', not gated by policy'}`,
    `- safety class: ${classCell(item)}`,
    `- requirements: ${requirementsText(item, gated)}`,
    `- verification: ${cell(item.entry?.verification, 500)}`,
    `- known anomalies: ${anomaliesText(item)}`,
    `- anomalies published at: ${issues ?? (item.facts?.lookedUp === true ? 'no issue tracker published' : NOT_LOOKED_UP)}`,
    `- last assessed change: ${assessedCell(item, gated)}`,
    `- links: ${other.length === 0 ? '—' : other.join(' · ')}`,
    '',
    '</details>',
  ];
}
