import { createHash } from 'node:crypto';
import { changeKey } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import { code, safeUrl } from '../markdown/escape.js';
import type { Policy } from '../config/policy.js';
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
  | 'source';

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

export function itemId(key: string, kind: ItemKind): string {
  return `${kind}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
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

function describeAnomalies(facts: ChangeFacts | undefined, version: string): string {
  if (!facts?.anomalies)
    return `Known anomalies of ${code(version)} evaluated (not looked up: check the published list by hand)`;
  const { present, fixed } = facts.anomalies;
  const listed =
    present.length === 0
      ? 'none listed'
      : `${present.length} listed: ${present
          .slice(0, 5)
          .map((id) => code(id))
          .join(', ')}${present.length > 5 ? ', …' : ''}`;
  return `Known anomalies of ${code(version)} evaluated (${listed}${fixed.length > 0 ? `; ${fixed.length} fixed` : ''})`;
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

/** The items a change needs, fitting its kind: update, major bump, downgrade, addition, removal. */
export function buildItems(change: Change, policy: Policy, facts?: ChangeFacts): ChecklistItem[] {
  const key = changeKey(change);
  const item = (kind: ItemKind, text: string): ChecklistItem => ({ id: itemId(key, kind), kind, text });
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
