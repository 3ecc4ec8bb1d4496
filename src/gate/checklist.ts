import { createHash } from 'node:crypto';
import { changeKey } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import { code, safeUrl } from '../markdown/escape.js';
import { ruleKeysFor, type ChangeKind, type ChecklistItemName, type Policy } from '../config/policy.js';
import { isInScope } from './scope.js';

export type ItemKind =
  | 'release-notes'
  | 'anomalies'
  | 'requirements'
  | 'regulatory'
  | 'downgrade'
  | 'register-entry'
  | 'failure-modes'
  | 'risk-controls'
  | 'artefact'
  | 'source'
  | 'combined';

export interface ChecklistItem {
  /** Stable for the same change (same package, lockfile, from and to); a new target gives a new id. */
  id: string;
  kind: ItemKind;
  /** Markdown; every value from a lockfile or API is already escaped. */
  text: string;
}

export type ReleaseNotesKind = 'compare' | 'release' | 'releases' | 'changelog';

/** What enrichment and the register know about a change; everything optional. */
export interface ChangeFacts {
  /**
   * Where the release notes of the change are: a compare view or release page of tags GitHub
   * confirmed, the registry's changelog or the releases page (never a guessed tag). The link's text
   * in the item says which kind it is, so a ticked item never calls a changelog a compare view.
   */
  releaseNotes?: { url: string; kind: ReleaseNotesKind };
  /** Anomaly ids of the new version (introduced + still present) and those the change fixes. */
  anomalies?: { present: string[]; fixed: string[] };
  requirementIds?: string[];
  safetyClass?: string;
  /** The bot found the item's register entry complete: the reviewer confirms it is still right. */
  registerComplete?: boolean;
}

export interface ChecklistSection {
  change: Change;
  /** Identifies the change: package, lockfile and both versions. */
  key: string;
  /** Whether the policy gates this change (its items must be ticked) or only lists it. */
  gated: boolean;
  items: ChecklistItem[];
}

export function itemId(key: string, kind: ItemKind | 'all'): string {
  return `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/**
 * The id of a section's "all items" box: shaped like an item id (so the comment's checkbox reader
 * and the tick record treat it like one) but never an item itself, so it counts for no item.
 */
export function allItemsId(key: string): string {
  return itemId(key, 'all');
}

/** The section's "all items" box, when it has one: gated sections with more than one item. */
export function allItemsBox(section: ChecklistSection): string | undefined {
  return section.gated && section.items.length > 1 ? allItemsId(section.key) : undefined;
}

/** Every id a tick can be recorded for: the items, and the "all items" boxes. */
export function tickableIds(sections: readonly ChecklistSection[]): Set<string> {
  const ids = new Set<string>();
  for (const section of sections) {
    for (const item of section.items) ids.add(item.id);
    const all = allItemsBox(section);
    if (all !== undefined) ids.add(all);
  }
  return ids;
}

/**
 * Whether the policy asks for an assessment of this change (others are listed, not gated). A
 * replaced artefact or a new source is gated for transitive packages too: a tampered or confused
 * package is as dangerous deep in the tree as at its top. Dev-only ones still follow include-dev.
 */
export function isGated(change: Change, policy: Policy): boolean {
  if (change.type === 'integrity-changed' || change.type === 'source-changed')
    return isInScope({ direct: true, scope: change.scope }, policy.scope);
  return isInScope(change, policy.scope);
}

/** The items of a supply-chain signal: the new source is the intended one, the new artefact legitimate. */
function signalItems(change: Change, item: (kind: ItemKind, text: string) => ChecklistItem): ChecklistItem[] {
  const name = code(change.name);
  const items: ChecklistItem[] = [];
  if (change.fromSource !== undefined || change.toSource !== undefined) {
    items.push(
      item(
        'source',
        `The new source of ${name} is the intended one: ${code(change.fromSource ?? '')} → ${code(change.toSource ?? '')} (a move to another registry, or from a registry to git or a URL, is how dependency confusion arrives)`,
      ),
    );
  }
  if (change.fromIntegrity !== undefined || change.toIntegrity !== undefined) {
    items.push(
      item(
        'artefact',
        `The new artefact of ${name} ${code(change.to ?? '')} is the legitimate one (integrity changed without a version change: republished or tampered)`,
      ),
    );
  }
  return items;
}

/** What the lookup found, in brackets: the ids listed for the new version and how many the change fixes. */
function anomalyFindings(facts: ChangeFacts | undefined): string {
  if (!facts?.anomalies) return '(not looked up: check the published list by hand)';
  const { present, fixed } = facts.anomalies;
  const listed =
    present.length === 0
      ? 'none listed'
      : `${present.length} listed: ${present
          .slice(0, 5)
          .map((id) => code(id))
          .join(', ')}${present.length > 5 ? ', …' : ''}`;
  const fixes =
    fixed.length === 0
      ? ''
      : `; the update fixes ${fixed.length} known ${fixed.length === 1 ? 'anomaly' : 'anomalies'} of the old version: ${fixed
          .slice(0, 5)
          .map((id) => code(id))
          .join(', ')}${fixed.length > 5 ? ', …' : ''}`;
  return `(${listed}${fixes})`;
}

function describeAnomalies(facts: ChangeFacts | undefined, version: string): string {
  return `Known anomalies of ${code(version)} evaluated ${anomalyFindings(facts)}`;
}

function describeRequirements(facts: ChangeFacts | undefined, register: string): string {
  const ids = facts?.requirementIds ?? [];
  const which =
    ids.length > 0
      ? ` (${ids
          .slice(0, 6)
          .map((id) => code(id))
          .join(', ')})`
      : '';
  return `Requirements in ${code(register)} still met and re-verified${which}`;
}

/** The kind of change a policy's checklist rule names (config/policy.ts CHANGE_KINDS). */
export function changeKind(change: Change): ChangeKind {
  if (change.type === 'added' || change.type === 'removed') return change.type;
  if (change.from === change.to && change.fromRef === change.toRef)
    return change.type === 'integrity-changed' ? 'integrity-changed' : 'source-changed';
  const bump = change.bump;
  return bump === 'major' || bump === 'minor' || bump === 'patch' || bump === 'downgrade' ? bump : 'other';
}

/** The items the policy's most specific rule asks for, or undefined when no rule names this kind. */
function ruleFor(change: Change, policy: Policy): readonly ChecklistItemName[] | undefined {
  const rules = policy.checklist;
  for (const key of ruleKeysFor(changeKind(change), change.direct))
    if (Object.hasOwn(rules, key)) return rules[key];
  return undefined;
}

function releaseNotesLink(facts: ChangeFacts | undefined): string {
  const notes = facts?.releaseNotes;
  const link = notes ? safeUrl(notes.url) : null;
  return link ? ` ([${notes!.kind}](${link}))` : '';
}

/** One item's text for a change the policy's rule gives it to (the default set has its own texts). */
function describeRuleItem(
  kind: ChecklistItemName,
  change: Change,
  policy: Policy,
  facts: ChangeFacts | undefined,
): string {
  const name = code(change.name);
  const to = code(change.to ?? '');
  const register = code(policy.register);
  const versions = change.type === 'added' ? to : `${code(change.from ?? '')} → ${to}`;
  switch (kind) {
    case 'release-notes':
      return `Release notes ${versions} reviewed for safety-relevant behaviour changes${releaseNotesLink(facts)}`;
    case 'anomalies':
      return describeAnomalies(facts, change.to ?? '');
    case 'requirements':
      return describeRequirements(facts, policy.register);
    case 'regulatory': {
      const what =
        change.type === 'added'
          ? 'the new SOUP item'
          : change.bump === 'major' || change.bump === 'minor' || change.bump === 'patch'
            ? `the ${change.bump} version change`
            : change.bump === 'downgrade'
              ? 'the downgrade'
              : 'the version change';
      return `Regulatory significance of ${what} assessed (new SOUP version, 62304 8.1.2)`;
    }
    case 'downgrade':
      return `Reason for the downgrade to ${to} recorded`;
    case 'register-entry':
      return change.type === 'removed'
        ? `Register entry for ${name} in ${register} retired, or kept for the remaining uses`
        : facts?.registerComplete
          ? `Register entry for ${name} in ${register} reviewed (purpose, requirements, safety class and verification are right for ${to}; the bot found them filled in)`
          : `Register entry for ${name} complete in ${register} (purpose, requirements, safety class, verification)`;
    case 'failure-modes':
      return `Failure modes of ${name} considered in the risk file`;
    case 'risk-controls':
      return `Risk controls that relied on ${name} reviewed`;
    case 'combined': {
      const anomalies = anomalyFindings(facts);
      return change.type === 'added'
        ? `${name} ${to} assessed as a whole: register entry complete in ${register}, known anomalies evaluated ${anomalies}, failure modes considered`
        : `${name} ${versions} assessed as a whole: release notes reviewed${releaseNotesLink(facts)}, known anomalies evaluated ${anomalies}, requirements in ${register} still met`;
    }
  }
}

/**
 * The items a change needs, fitting its kind: the policy's rule for that kind when it has one
 * (after the items of any supply-chain signal, which no rule can waive), else the default set.
 */
export function buildItems(change: Change, policy: Policy, facts?: ChangeFacts): ChecklistItem[] {
  const key = changeKey(change);
  const item = (kind: ItemKind, text: string): ChecklistItem => ({ id: itemId(key, kind), kind, text });
  const rule = ruleFor(change, policy);
  if (rule !== undefined)
    return [
      ...signalItems(change, item),
      ...rule.map((kind) => item(kind, describeRuleItem(kind, change, policy, facts))),
    ];
  return defaultItems(change, policy, facts, item);
}

/** Today's set when the policy names no rule: what every snapshot of the default shows. */
function defaultItems(
  change: Change,
  policy: Policy,
  facts: ChangeFacts | undefined,
  item: (kind: ItemKind, text: string) => ChecklistItem,
): ChecklistItem[] {
  const name = code(change.name);
  if (change.type === 'removed') {
    return [
      item(
        'risk-controls',
        `Risk controls that relied on ${name} reviewed, and its register entry retired or kept for the remaining uses`,
      ),
    ];
  }
  const to = change.to ?? '';
  if (change.type === 'added') {
    return [
      item(
        'register-entry',
        facts?.registerComplete
          ? `Register entry for ${name} in ${code(policy.register)} reviewed (purpose, requirements, safety class and verification are right; the bot found them filled in)`
          : `Register entry for ${name} complete in ${code(policy.register)} (purpose, requirements, safety class, verification)`,
      ),
      item('anomalies', describeAnomalies(facts, to)),
      item('failure-modes', `Failure modes of ${name} considered in the risk file`),
    ];
  }
  const signals = signalItems(change, item);
  if (change.from === change.to && change.fromRef === change.toRef) return signals;
  const notes = facts?.releaseNotes;
  const link = notes ? safeUrl(notes.url) : null;
  const items = [
    ...signals,
    item(
      'release-notes',
      `Release notes ${code(change.from ?? '')} → ${code(to)} reviewed for safety-relevant behaviour changes${link ? ` ([${notes!.kind}](${link}))` : ''}`,
    ),
    item('anomalies', describeAnomalies(facts, to)),
    item('requirements', describeRequirements(facts, policy.register)),
  ];
  if (change.bump === 'major') {
    items.push(
      item(
        'regulatory',
        `Regulatory significance of the major version change assessed (new SOUP version, 62304 8.1.2)`,
      ),
    );
  }
  if (change.bump === 'downgrade') {
    items.push(item('downgrade', `Reason for the downgrade to ${code(to)} recorded`));
  }
  return items;
}

/** One section per change; gated sections carry the items that must be ticked. */
export function buildChecklist(
  changes: readonly Change[],
  policy: Policy,
  facts: ReadonlyMap<string, ChangeFacts> = new Map(),
): ChecklistSection[] {
  return changes.map((change) => {
    const key = changeKey(change);
    const gated = isGated(change, policy);
    return { change, key, gated, items: gated ? buildItems(change, policy, facts.get(key)) : [] };
  });
}

/** A digest of the change set: when it moves after a label was applied, the label no longer applies. */
export function digestChanges(changes: readonly Change[]): string {
  const hash = createHash('sha256');
  for (const key of changes.map(changeKey).sort()) hash.update(key).update('\n');
  return hash.digest('hex').slice(0, 16);
}

export function describeChange(change: Change): string {
  if (change.type === 'added') return `${code(change.name)} new at ${code(change.to ?? '')}`;
  if (change.type === 'removed') return `${code(change.name)} removed (was ${code(change.from ?? '')})`;
  if (change.from === change.to && change.fromRef === change.toRef)
    return `${code(change.name)} ${code(change.to ?? '')} ${change.type === 'integrity-changed' ? 'new artefact' : 'new source'}`;
  return `${code(change.name)} ${code(change.from ?? '')} → ${code(change.to ?? '')}`;
}
