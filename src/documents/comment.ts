import type { Change } from '../inventory/diff.js';
import type { ChecklistSection } from '../gate/checklist.js';
import { allItemsBox, describeChange } from '../gate/checklist.js';
import { findTick } from '../gate/evaluate.js';
import type { GateState } from '../gate/state.js';
import { describeChangeExtras, renderVaryingTable } from './changes-table.js';
import {
  describeListed,
  describeScope,
  layoutOf,
  otherBlockers,
  plural,
  splitReason,
  verdictLine,
  type CommentModel,
  type Layout,
} from './comment-verdict.js';
import { commitCode } from '../markdown/commit-link.js';
import { code, escapeText } from '../markdown/escape.js';

export type { CommentModel, GateScope } from './comment-verdict.js';

/** Marks the sticky comment; a comment counts only when it carries this AND the bot wrote it. */
export const COMMENT_MARKER = '<!-- soup-gate:comment v1 -->';

/** GitHub refuses comment bodies over 65,536 characters; leave room for the markers. */
export const MAX_COMMENT_CHARS = 65_000;

/** The comment lists this many blockers beyond the checkboxes; the check run carries the full list. */
const MAX_BLOCKING_LINES = 10;

function checkbox(id: string, text: string, state: GateState, repoUrl: string | undefined): string {
  const tick = findTick(state, id);
  const who = tick
    ? ` — ${code(tick.by)}, ${escapeText(tick.at.slice(0, 10))}, at ${commitCode(tick.sha, repoUrl)}`
    : '';
  return `- [${tick ? 'x' : ' '}] ${text}${who} <!-- soup-gate:item ${id} -->`;
}

/**
 * The section's boxes, and below them (for more than one item) the "all items" box: the bot ticks
 * each open item in the name of whoever ticks it, and unticking it removes only those ticks.
 */
function tickLine(
  section: ChecklistSection,
  state: GateState,
  repoUrl: string | undefined,
  allBoxes: boolean,
): string[] {
  const box = allBoxes ? allItemsBox(section) : undefined;
  // Shown while a box is open, or while it is ticked (so it can be unticked); with every item
  // ticked one by one an open "all items" box would read as something still to do.
  const all =
    box !== undefined && (findTick(state, box) || section.items.some((item) => !findTick(state, item.id)))
      ? box
      : undefined;
  return [
    ...section.items.map((item) => checkbox(item.id, item.text, state, repoUrl)),
    ...(all !== undefined
      ? [
          checkbox(
            all,
            `All of the above for ${code(section.change.name)} (${findTick(state, all) ? 'unticking it removes only the ticks it added' : 'the bot ticks each open box in your name'})`,
            state,
            repoUrl,
          ),
        ]
      : []),
  ];
}

/**
 * One gated change: its checklist under a summary naming it. Without a table above (one gated
 * change, or a condensed comment), `row` carries what the table row would: the kind of change,
 * image digests, a moved source or integrity, the bump.
 */
function renderSection(
  section: ChecklistSection,
  model: CommentModel,
  open: boolean,
  row = false,
  allBoxes = true,
): string {
  const change = section.change;
  const dependency =
    change.direct === true
      ? 'direct'
      : change.direct === false
        ? 'transitive'
        : 'direct or transitive unknown';
  const ticked = section.items.filter((item) => findTick(model.state, item.id)).length;
  const facts = model.facts?.get(section.key);
  const extras = row ? describeChangeExtras(change) : { bump: null, detail: null };
  const bump = extras.bump !== null ? `${extras.bump}, ` : '';
  return [
    `<details${open ? ' open' : ''}><summary><b>${describeChange(change)}</b> (${bump}${dependency}, ${change.scope}, ${code(change.lockfile)}) — ${ticked}/${section.items.length} assessed</summary>`,
    '',
    ...(extras.detail !== null ? [extras.detail, ''] : []),
    ...(facts ? [facts, ''] : []),
    ...tickLine(section, model.state, model.repoUrl, allBoxes),
    '',
    '</details>',
  ].join('\n');
}

/**
 * Why anomalies need a box and the label, said once where the label is asked for: they record
 * different acts, and only the label is tied to the whole change set.
 */
const WHY_TICK_AND_LABEL =
  "Both are needed: a package's anomalies box records who read its anomalies; the label records that a reviewer accepts the ones the register does not evaluate yet, for exactly these changes (the bot removes it if they change).";

/** What the reader must do, said once. */
function todo(model: CommentModel, layout: Layout): string[] {
  if (model.verdict.passed) return [];
  const steps: string[] = [];
  if (layout.open > 0) {
    const which =
      layout.waiting.length === 1 ? 'the change below' : `the ${layout.waiting.length} changes below`;
    steps.push(
      `assess ${which} and tick ${layout.open === 1 ? 'its open box' : `the ${layout.open} open boxes`}`,
    );
  }
  if (layout.labelWanted)
    steps.push(
      model.label.problem
        ? `have a reviewer apply ${code(model.label.name)} again (${model.label.problem})`
        : `apply ${code(model.label.name)} once reviewed (required: ${model.label.reason})`,
    );
  const others = otherBlockers(model);
  if (others.length > 0) steps.push(`resolve ${others.length === 1 ? 'the blocker' : 'the blockers'} listed`);
  if (steps.length === 0 && layout.evidenceWanted)
    return ['**To do:** nothing to tick; the gate turns green once the bot finds the re-verification.', ''];
  const lines =
    steps.length > 0
      ? [
          `**To do:** ${steps.join(', then ')}.${layout.open > 0 ? ' Only ticks by reviewers the policy authorises count.' : ''}${layout.evidenceWanted ? ' The bot checks re-verification itself.' : ''}${layout.labelWanted ? ` ${WHY_TICK_AND_LABEL}` : ''}`,
          '',
        ]
      : [];
  if (others.length > 0) {
    const shown = others.slice(0, MAX_BLOCKING_LINES);
    lines.push(
      ...shown.map((line) => `- ${line}`),
      ...(others.length > shown.length
        ? [`- … and ${others.length - shown.length} more (see the soup-gate check run)`]
        : []),
      '',
    );
  }
  return lines;
}

/** The columns that differ between changes, and the values of those that do not, for a caption. */
function tableOf(changes: readonly Change[]): { table: string; same: string } {
  const { table, constant } = renderVaryingTable(changes);
  return { table, same: constant.length > 0 ? ` — all ${constant.join(', ')}` : '' };
}

function gatedPart(model: CommentModel, layout: Layout, compact: boolean, allBoxes: boolean): string[] {
  const { gated } = layout;
  if (gated.length === 0) return [];
  const title = layout.open > 0 ? '**Needs your assessment**' : '**Gated by policy, assessed**';
  const head =
    gated.length === 1 || compact
      ? [`${title} (${plural(gated.length, 'change')})`, '']
      : (() => {
          const { table, same } = tableOf(gated.map((s) => s.change));
          return [`${title} (${plural(gated.length, 'change')}${same})`, '', table, ''];
        })();
  const open = !compact && gated.length <= 10;
  const row = gated.length === 1 || compact;
  return [...head, ...gated.flatMap((s) => [renderSection(s, model, open, row, allBoxes), ''])];
}

/** The run's job summary, linked when the run's page is known. */
function summaryLink(model: CommentModel): string {
  return model.detailUrl ? `[job summary](${model.detailUrl})` : 'job summary of the soup-gate run';
}

function listedPart(model: CommentModel, layout: Layout, compact: boolean): string[] {
  const { listed } = layout;
  if (listed.length === 0) return [];
  const why = `${describeListed(listed, model.scope)}${describeScope(model.scope)}`;
  if (compact)
    return [`**Listed, not gated by policy:** ${why} (full table in the ${summaryLink(model)}).`, ''];
  const { table, same } = tableOf(listed.map((s) => s.change));
  return [
    `<details><summary><b>Listed, not gated by policy</b>: ${why}${same}</summary>`,
    '',
    table,
    '',
    '</details>',
    '',
  ];
}

/** Evidence and label the bot verified: shown once they count (what is still missing is in the verdict). */
function botChecked(model: CommentModel, layout: Layout): string[] {
  if (layout.gated.length === 0) return [];
  const lines: string[] = [];
  if (model.evidence.required && model.evidence.satisfied)
    lines.push(`- ✅ Re-verification: ${model.evidence.description}`);
  if (model.label.required && !layout.labelWanted)
    lines.push(`- ✅ Label ${code(model.label.name)} (required: ${model.label.reason})`);
  return lines.length > 0 ? ['**Checked by the bot**', '', ...lines, ''] : [];
}

/** Register proposals and a deleted register: shown even when no SOUP change is gated. */
function registerNotices(model: CommentModel): string[] {
  const notices = model.notices ?? [];
  if (notices.length === 0) return [];
  return [
    '**Register** (waivers count only as the base branch has them)',
    '',
    ...notices.map((n) => `- ${n}`),
    '',
  ];
}

function footer(model: CommentModel): string[] {
  const notes = model.state.notes
    .slice(-5)
    .map((note) => `- ${escapeText(note.at.slice(0, 16).replace('T', ' '))}: ${note.text}`);
  return [
    ...(notes.length > 0 ? ['**Recent bot actions**', '', ...notes, ''] : []),
    `<sub>Ticks count only from reviewers the policy authorises; other edits of this comment are reverted. A push that changes a package's target version clears that package's ticks. Evaluated at ${commitCode(model.headSha, model.repoUrl)}.</sub>`,
  ];
}

/** How many gated sections, rendered collapsed, fit in a comment beside `fixed` characters. */
function sectionsThatFit(model: CommentModel, gated: readonly ChecklistSection[], fixed: number): number {
  let budget = MAX_COMMENT_CHARS - fixed - 400;
  let kept = 0;
  for (const section of gated) {
    const length = renderSection(section, model, false, true, false).length + 1;
    if (length > budget) break;
    budget -= length;
    kept++;
  }
  return kept;
}

/** Names as people sort them: `package-2` before `package-10`. */
const NATURAL = new Intl.Collator('en', { numeric: true });

function byNameNaturally(a: ChecklistSection, b: ChecklistSection): number {
  return (
    NATURAL.compare(a.change.name, b.change.name) ||
    NATURAL.compare(a.change.lockfile, b.change.lockfile) ||
    NATURAL.compare(a.key, b.key)
  );
}

/**
 * The comment of a PR the gate cannot pass whatever is ticked: the verdict, how to split the PR,
 * and the gated changes as a list (as many as fit). No checkboxes: a tick here could not count.
 */
function renderUnpassable(model: CommentModel, layout: Layout, split: string, tooLarge: boolean): string {
  const { gated } = layout;
  const where = summaryLink(model);
  const tail = [...registerNotices(model), ...footer(model)];
  const fit = tooLarge ? sectionsThatFit(model, gated, tail.join('\n').length + 2_000) : 0;
  const size =
    tooLarge && fit > 0
      ? ` About ${plural(fit, 'gated change')} fit in one comment; open PRs of at most that many (for Dependabot or Renovate, smaller groups, or one ecosystem or lockfile per PR).`
      : ' Open smaller PRs (for Dependabot or Renovate, smaller groups, or one ecosystem or lockfile per PR).';
  const head = [
    COMMENT_MARKER,
    `## ${verdictLine(model, layout, split)}`,
    '',
    `**Split this PR.**${size} No checkboxes are shown here: ticking them could not make the gate pass, and it stays red until the PR is split.`,
    '',
  ];
  const stated = new Set(model.unpassable ?? []);
  const others = otherBlockers(model).filter(
    (line) => !stated.has(line) && !line.includes('do not fit in one comment'),
  );
  const blocking =
    others.length > 0
      ? [
          `**Also blocking** (${others.length}):`,
          '',
          ...others.slice(0, MAX_BLOCKING_LINES).map((line) => `- ${line}`),
          ...(others.length > MAX_BLOCKING_LINES
            ? [`- … and ${others.length - MAX_BLOCKING_LINES} more (see the soup-gate check run)`]
            : []),
          '',
        ]
      : [];
  const listedNote =
    layout.listed.length > 0
      ? [
          `**Listed, not gated by policy:** ${describeListed(layout.listed, model.scope)}${describeScope(model.scope)}.`,
          '',
        ]
      : [];
  const fixed = [...head, ...blocking, ...listedNote].join('\n').length + tail.join('\n').length + 600;
  let budget = MAX_COMMENT_CHARS - fixed;
  const rows: string[] = [];
  for (const section of [...gated].sort(byNameNaturally)) {
    const row = `- ${describeChange(section.change)} (${code(section.change.lockfile)})`;
    if (row.length + 1 > budget) break;
    rows.push(row);
    budget -= row.length + 1;
  }
  const more = gated.length - rows.length;
  const list = [
    `**Gated changes** (${gated.length}; the full table is in the ${where}):`,
    '',
    ...rows,
    ...(more > 0 ? [`- … and ${more} more`] : []),
    '',
  ];
  return [...head, ...blocking, ...list, ...listedNote, ...tail].join('\n');
}

export interface RenderedComment {
  body: string;
  /** Gated changes the comment has no room to show as checkboxes (all of them, or none). */
  omitted: number;
  /** The verdict line (Markdown, no heading mark): the check run's title says the same. */
  headline: string;
}

/**
 * The sticky PR comment. First the verdict with its reason, then what the reader must do, then the
 * changes that need an assessment (a checklist each) and those the policy only lists. When it
 * would pass GitHub's size limit it is condensed to what reviewers need to tick; when even that
 * does not fit, or the gate cannot pass whatever is ticked, it shows no checkboxes and says how
 * to split the PR. `omitted` counts the gated changes that cannot be ticked here.
 */
export function renderComment(model: CommentModel): RenderedComment {
  const layout = layoutOf(model);
  const given = splitReason(model, layout, false);
  if (given !== null)
    return {
      body: renderUnpassable(model, layout, given, false),
      omitted: 0,
      headline: verdictLine(model, layout, given),
    };
  const headline = verdictLine(model, layout, null);
  const render = (compact: boolean, allBoxes = true, view: CommentModel = model): string =>
    [
      COMMENT_MARKER,
      `## ${headline}`,
      '',
      ...todo(view, layout),
      ...gatedPart(view, layout, compact, allBoxes),
      ...listedPart(view, layout, compact),
      ...botChecked(view, layout),
      ...registerNotices(view),
      ...footer(view),
    ].join('\n');
  const full = render(false);
  if (full.length <= MAX_COMMENT_CHARS) return { body: full, omitted: 0, headline };
  // Condensed: no tables, collapsed sections; every checkbox still here.
  const compact = render(true);
  if (compact.length <= MAX_COMMENT_CHARS) return { body: compact, omitted: 0, headline };
  // Tight: the "all items" boxes and the commit links are conveniences; every item's own box is
  // what must be here.
  const { repoUrl: _links, ...plain } = model;
  const tight = render(true, false, plain);
  if (tight.length <= MAX_COMMENT_CHARS) return { body: tight, omitted: 0, headline };
  const reason = splitReason(model, layout, true)!;
  return {
    body: renderUnpassable(model, layout, reason, true),
    omitted: layout.gated.length,
    headline: verdictLine(model, layout, reason),
  };
}
