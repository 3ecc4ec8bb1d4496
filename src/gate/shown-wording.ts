/**
 * What the comment showed of each gated change, kept in the tick record so the change record can
 * show the exact label a reviewer ticked. An item's wording carries looked-up facts (the
 * release-notes link of tags GitHub confirmed, the anomaly ids); the merge runs later and its
 * look-ups may fail or find more, so the record must not rebuild the wording from fresh look-ups.
 *
 * Stored per gated change, in the order of their sorted change keys, with one digest of that key
 * list (no key is stored twice: the list is the PR's change set, which the merge computes again):
 * - `d`: a digest of the change's item labels as shown (Markdown), so the merge can confirm that
 *   its rebuild with the stored facts reads the same, and say so when it does not (another policy
 *   or register, another soup-gate release);
 * - `r`: the release-notes link the items carried ([kind, url]);
 * - `a`: the anomalies the wording named ([present count, fixed count, the first present ids shown,
 *   then the first fixed ids shown]).
 * Register facts (requirement ids, complete entries) are not stored: the merge reads the register at
 * the same head commit the gate did.
 *
 * Size (test/gate/shown-wording.test.ts): 20 changes add about 800 characters to the record; 2,500
 * major bumps (10,000 ticks), each with its own compare link, take about 114,000 with the wording,
 * under NEW_TICKS_CAPACITY; 3,000 (12,000 ticks) would take 137,000, so the wording is left out
 * (tick-merge.ts fitTickRecord drops it before any tick) and the record says "rebuilt at merge".
 */
import { createHash } from 'node:crypto';
import type { ChangeFacts, ChecklistSection, ReleaseNotesKind } from './checklist.js';

export interface ShownChange {
  d: string;
  r?: [ReleaseNotesKind, string];
  a?: Array<number | string>;
}

export interface ShownWording {
  /** Digest of the sorted change keys of the gated sections the entries belong to. */
  set: string;
  changes: ShownChange[];
}

/** The anomaly ids the wording names (checklist.ts describeAnomalies shows the first five). */
const SHOWN_IDS = 5;
const MAX_URL = 2_000;
const MAX_ID = 500;
/** More changes or ids than a PR the record can hold ever has. */
const MAX_COUNT = 100_000;
const KINDS: readonly ReleaseNotesKind[] = ['compare', 'release', 'releases', 'changelog'];

function digest(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\n');
  return hash.digest('base64url').slice(0, 12);
}

function gatedSections(sections: readonly ChecklistSection[]): ChecklistSection[] {
  return sections.filter((s) => s.gated).sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
}

/** The digest of a change's item labels: what the merge compares its rebuild against. */
export function digestLabels(section: ChecklistSection): string {
  return digest(section.items.map((item) => item.text));
}

/** What the comment shows of the gated sections, built from the facts their items were worded with. */
export function recordShownWording(
  sections: readonly ChecklistSection[],
  facts: ReadonlyMap<string, ChangeFacts>,
): ShownWording {
  const gated = gatedSections(sections);
  return {
    set: digest(gated.map((s) => s.key)),
    changes: gated.map((section) => {
      const known = facts.get(section.key);
      const notes = known?.releaseNotes;
      const anomalies = known?.anomalies;
      return {
        d: digestLabels(section),
        ...(notes ? { r: [notes.kind, notes.url] as [ReleaseNotesKind, string] } : {}),
        ...(anomalies
          ? {
              a: [
                anomalies.present.length,
                anomalies.fixed.length,
                ...anomalies.present.slice(0, SHOWN_IDS),
                ...anomalies.fixed.slice(0, SHOWN_IDS),
              ],
            }
          : {}),
      };
    }),
  };
}

/** The looked-up facts of one stored entry, as ChangeFacts the checklist words items from. */
function factsOf(entry: ShownChange): Pick<ChangeFacts, 'releaseNotes' | 'anomalies'> {
  const facts: Pick<ChangeFacts, 'releaseNotes' | 'anomalies'> = {};
  if (entry.r) facts.releaseNotes = { kind: entry.r[0], url: entry.r[1] };
  if (entry.a) {
    const [present, fixed, ...ids] = entry.a as [number, number, ...string[]];
    // Only the first ids of each list are named, the rest counted; blanks stand for those.
    const named = Math.min(present, SHOWN_IDS);
    const presentIds = ids.slice(0, named);
    const fixedIds = ids.slice(named);
    facts.anomalies = {
      present: [...presentIds, ...Array<string>(present - presentIds.length).fill('')],
      fixed: [...fixedIds, ...Array<string>(Math.max(0, fixed - fixedIds.length)).fill('')],
    };
  }
  return facts;
}

/**
 * Per change key, the looked-up facts the comment worded the gated sections with and the digest of
 * what it showed; undefined when the record holds none for this change set (a record written
 * before soup-gate kept it, or one for another set of changes).
 */
export function shownFacts(
  shown: ShownWording | undefined,
  sections: readonly ChecklistSection[],
): Map<string, { facts: Pick<ChangeFacts, 'releaseNotes' | 'anomalies'>; digest: string }> | undefined {
  if (!shown) return undefined;
  const gated = gatedSections(sections);
  if (shown.set !== digest(gated.map((s) => s.key)) || shown.changes.length !== gated.length)
    return undefined;
  return new Map(
    gated.map((s, i) => [s.key, { facts: factsOf(shown.changes[i]!), digest: shown.changes[i]!.d }]),
  );
}

function isCount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function readShownChange(raw: unknown): ShownChange | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { d, r, a } = raw as Partial<Record<keyof ShownChange, unknown>>;
  if (typeof d !== 'string' || d.length > 64) return undefined;
  const entry: ShownChange = { d };
  if (r !== undefined) {
    if (
      !Array.isArray(r) ||
      r.length !== 2 ||
      !KINDS.includes(r[0] as ReleaseNotesKind) ||
      typeof r[1] !== 'string' ||
      r[1].length > MAX_URL
    )
      return undefined;
    entry.r = [r[0] as ReleaseNotesKind, r[1]];
  }
  if (a !== undefined) {
    if (!Array.isArray(a) || a.length < 2 || a.length > 2 + 2 * SHOWN_IDS) return undefined;
    const [present, fixed, ...ids] = a as unknown[];
    if (
      !isCount(present) ||
      !isCount(fixed) ||
      present > MAX_COUNT ||
      fixed > MAX_COUNT ||
      ids.length !== Math.min(present, SHOWN_IDS) + Math.min(fixed, SHOWN_IDS)
    )
      return undefined;
    if (!ids.every((id) => typeof id === 'string' && id.length <= MAX_ID)) return undefined;
    entry.a = [present, fixed, ...(ids as string[])];
  }
  return entry;
}

/** A stored ShownWording checked field by field; anything out of shape is none (the merge then says so). */
export function readShownWording(raw: unknown): ShownWording | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { set, changes } = raw as Partial<Record<keyof ShownWording, unknown>>;
  if (typeof set !== 'string' || set.length > 64 || !Array.isArray(changes) || changes.length > MAX_COUNT)
    return undefined;
  const read: ShownChange[] = [];
  for (const change of changes) {
    const entry = readShownChange(change);
    if (!entry) return undefined;
    read.push(entry);
  }
  return { set, changes: read };
}
