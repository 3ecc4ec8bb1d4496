/**
 * The rows of a change record, from the gate's own data: every gated checklist item with the tick
 * the gate recorded for it, the re-verification runs on the assessed commit and the labels with who
 * applied them. Pure: the on-merge use case fetches the data and hands it in.
 */
import type { Policy } from '../config/policy.js';
import {
  allItemsBox,
  buildChecklist,
  describeChange,
  tickableIds,
  type ChangeFacts,
} from '../gate/checklist.js';
import { findTick } from '../gate/evaluate.js';
import { digestLabels, shownFacts } from '../gate/shown-wording.js';
import { reconcileTicks, type GateState } from '../gate/state.js';
import { addedByAllBox } from '../gate/ticks.js';
import type { Change } from '../inventory/diff.js';
import { changeKey } from '../inventory/change-key.js';
import type { RegisterSides, SettledRegister } from '../gate/register-entries.js';
import { code, escapeText } from '../markdown/escape.js';
import type { ChecklistRow, EvidenceRecord, LabelRecord, RegisterProposalRow } from './change-record.js';

const ENTITY = /&(#\d{1,7}|amp|lt|gt|quot);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };

/**
 * What a reader sees of our own Markdown once GitHub renders it: link labels without their
 * targets, code without its tags, entities as their characters. The record's JSON keeps this, so a
 * tool reading it compares the words a reviewer ticked, not our markup. (markdown/escape.ts's
 * toPlainText keeps backticks for places GitHub shows literally; here nothing is shown literally.)
 */
export function visibleText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/<\/?(code|b|sub)>/g, '')
    .replace(ENTITY, (_m, entity: string) =>
      entity.startsWith('#') ? String.fromCodePoint(Number(entity.slice(1))) : NAMED[entity]!,
    );
}

/** A check run as the record needs it (the GitHub adapter's CheckRunInfo has this shape and more). */
export interface RecordedRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  url: string;
}

/**
 * The facts to word the items with: where the tick record holds what the comment showed, its
 * looked-up facts (release-notes link, anomalies) replace the merge's own look-ups, which may fail
 * or find more than the reviewers saw; the register facts stay (read at the same head commit).
 */
function wordingFacts(
  facts: ReadonlyMap<string, ChangeFacts>,
  shown: ReturnType<typeof shownFacts>,
): Map<string, ChangeFacts> {
  const merged = new Map(facts);
  for (const [key, stored] of shown ?? []) {
    const { releaseNotes: _notes, anomalies: _anomalies, ...register } = facts.get(key) ?? {};
    merged.set(key, { ...register, ...stored.facts });
  }
  return merged;
}

/**
 * One row per item of every gated change, with who ticked it, when and on which head commit. The
 * items are rebuilt the way the gate built them, from the facts the comment showed (kept in the
 * tick record), so a tick counts only for the item it was given for (a tick whose item no longer
 * exists is dropped, exactly as the gate drops it) and the row reads as the label that was ticked.
 * A ticked row whose wording the tick record cannot confirm is marked rebuilt at merge.
 */
export function checklistRecords(
  changes: readonly Change[],
  policy: Policy,
  facts: ReadonlyMap<string, ChangeFacts>,
  state: GateState,
): ChecklistRow[] {
  const shown = shownFacts(state.shown, buildChecklist(changes, policy, facts));
  const sections = buildChecklist(changes, policy, wordingFacts(facts, shown));
  const reconciled = reconcileTicks(state, tickableIds(sections));
  const records: ChecklistRow[] = [];
  for (const section of sections) {
    if (!section.gated) continue;
    const asShown = shown?.get(section.key)?.digest === digestLabels(section);
    const allId = allItemsBox(section);
    const all = allId !== undefined ? findTick(reconciled, allId) : undefined;
    for (const item of section.items) {
      const tick = findTick(reconciled, item.id);
      const change = describeChange(section.change);
      records.push({
        key: changeKey(section.change),
        // What the reviewer read (the comment's label, as rendered), and the Markdown that shows it
        // so: built by the checklist from escaped values, so the record can show it as the comment did.
        item: visibleText(item.text),
        change: visibleText(change),
        markdown: { item: item.text, change },
        tickedBy: tick?.by ?? null,
        tickedAt: tick?.at ?? null,
        atSha: tick?.sha ?? null,
        ...(tick && !asShown ? { rebuiltAtMerge: true as const } : {}),
        ...(tick && all && addedByAllBox(tick, all) ? { viaAllItems: true as const } : {}),
      });
    }
  }
  return records;
}

/**
 * Re-verification runs on the assessed commit: the latest run (highest id) of each name the policy
 * counts as evidence, in name order. A run on another commit assessed something else and is left out.
 */
export function evidenceRecords(
  runs: readonly RecordedRun[],
  evidenceNames: readonly string[],
  sha: string,
): EvidenceRecord[] {
  const latest = new Map<string, RecordedRun>();
  for (const run of runs) {
    if (!evidenceNames.includes(run.name) || run.headSha !== sha) continue;
    const known = latest.get(run.name);
    if (!known || run.id > known.id) latest.set(run.name, run);
  }
  return [...latest.values()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((run) => ({
      name: run.name,
      url: run.url,
      conclusion: run.conclusion ?? run.status,
      sha: run.headSha,
    }));
}

/** The PR's labels in name order, each with who applied it where the timeline says. */
export function labelRecords(labels: readonly string[], actors: ReadonlyMap<string, string>): LabelRecord[] {
  return [...labels].sort().map((name) => {
    const appliedBy = actors.get(name);
    return appliedBy !== undefined ? { name, appliedBy } : { name };
  });
}

/**
 * What the PR proposed in the register, as the gate showed it while the PR was open (under each
 * change and in the comment's notices): a deleted register, a lower default class, and per entry the
 * new or changed anomaly evaluations and lower classes. It landed with the merge, so the record
 * keeps it beside the ticks it was judged with.
 */
export function registerProposalRecords(
  sides: RegisterSides,
  settled: SettledRegister,
): RegisterProposalRow[] {
  const rows: RegisterProposalRow[] = [];
  const row = (markdown: string, entry?: string): void => {
    rows.push({ ...(entry !== undefined ? { entry } : {}), text: visibleText(markdown), markdown });
  };
  if (sides.deleted)
    row(`${code(sides.base.path)} deleted: none of its entries counted for this PR's changes`);
  const was = sides.base.defaults.safetyClass;
  const now = sides.head.defaults.safetyClass;
  if (settled.register.defaults.safetyClass !== now)
    row(`${code('defaults.safety-class')} ${escapeText(was)} → ${escapeText(now)}`);
  const keys = [...settled.proposed.keys()].sort();
  for (const key of keys) {
    const entry = settled.register.entries.get(key)?.key ?? key;
    for (const line of settled.proposed.get(key)!) row(line, entry);
  }
  return rows;
}

/** The records folder as a path prefix (`soup/changes/`), however the policy spelled it. */
export function changeRecordsFolder(dir: string): string {
  return `${dir.replace(/\/+$/, '')}/`;
}

/**
 * Whether one of `paths` is already this merge's record: same folder, same `-pr-<n>.md` (or
 * `-push-<sha>.md`) ending, whatever its date. A re-run on a later day must not write a second one.
 */
export function hasChangeRecord(paths: Iterable<string>, dir: string, suffix: string): boolean {
  const folder = changeRecordsFolder(dir);
  for (const path of paths) if (path.startsWith(folder) && path.endsWith(suffix)) return true;
  return false;
}
