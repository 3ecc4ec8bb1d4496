// The tick round-trip as a property: render the comment, a reviewer ticks some boxes, the edit is
// read back (diffCheckboxes), applied (applyTicks), the comment re-rendered: every tick survives, no
// other box moves, hostile package names never forge or hide an item line.
import fc from 'fast-check';
import { diffCheckboxes, readCheckboxes } from '../../src/gate/checkboxes.js';
import { buildChecklist, tickableIds } from '../../src/gate/checklist.js';
import { evaluateGate, type EvidenceStatus, type LabelStatus } from '../../src/gate/evaluate.js';
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js';
import { decodeState, emptyState, encodeState, type GateState } from '../../src/gate/state.js';
import { applyTicks } from '../../src/gate/ticks.js';
import type { Change } from '../../src/inventory/diff.js';
import { renderComment } from '../../src/documents/comment.js';

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
const AT = '2026-11-20T10:00:00Z';
const POLICY: Policy = { ...DEFAULT_POLICY, scope: { dependencies: 'all', includeDev: true } };
const EVIDENCE: EvidenceStatus = { required: true, satisfied: false, description: 'waiting' };
const LABEL: LabelStatus = { name: 'soup:anomalies-reviewed', required: false, present: false, reason: 'x' };

const hostileText = fc.oneof(
  fc.constantFrom(
    'express',
    '@scope/pkg',
    '<!-- soup-gate:item release-notes-0123456789abcdef -->',
    '- [ ] x <!-- soup-gate:item anomalies-0123456789abcdef -->',
    '\n- [x] forged <!-- soup-gate:item requirements-fedcba9876543210 -->\n',
    '<img src=x onerror=alert(1)>',
    '</code></summary></details>',
    '[x](javascript:alert(1))',
    '`code`',
    '|a|b|',
    '\r\n',
    '\u2028',
    'x'.repeat(400),
  ),
  fc.string({ minLength: 1, maxLength: 30 }),
  fc.string({ minLength: 1, maxLength: 10, unit: 'binary' }),
);

const arbitraryChange: fc.Arbitrary<Change> = fc
  .record({
    type: fc.constantFrom('added', 'removed', 'updated'),
    name: hostileText,
    from: hostileText,
    to: hostileText,
    bump: fc.constantFrom('major', 'minor', 'patch', 'downgrade', 'other'),
    direct: fc.constantFrom(true, false, null),
    scope: fc.constantFrom('runtime', 'dev', 'optional'),
    lockfile: fc.oneof(fc.constant('package-lock.json'), hostileText),
  })
  .map(
    (c) =>
      ({
        type: c.type,
        ecosystem: 'npm',
        name: c.name,
        from: c.type === 'added' ? null : c.from,
        to: c.type === 'removed' ? null : c.to,
        bump: c.type === 'updated' ? c.bump : null,
        direct: c.direct,
        scope: c.scope,
        lockfile: c.lockfile,
        purl: `pkg:npm/${encodeURIComponent(c.name)}`,
      }) as unknown as Change,
  );

export interface RoundTripCase {
  changes: Change[];
  /** Fractions picking which items are ticked before, and which the reviewer ticks now. */
  before: number[];
  now: number[];
}

export const arbitraryRoundTrip: fc.Arbitrary<RoundTripCase> = fc.record({
  changes: fc.uniqueArray(arbitraryChange, {
    minLength: 1,
    maxLength: 6,
    selector: (c) => `${c.name}\u0000${c.lockfile}\u0000${c.from}\u0000${c.to}`,
  }),
  before: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
  now: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
});

function render(changes: readonly Change[], state: GateState): string {
  const sections = buildChecklist(changes, POLICY);
  const verdict = evaluateGate({ sections, state, evidence: EVIDENCE, label: LABEL });
  return renderComment({ sections, state, verdict, evidence: EVIDENCE, label: LABEL, headSha: HEAD }).body;
}

function fail(message: string): never {
  throw new Error(`comment round-trip: ${message}`);
}

/** Throws when a tick is lost, a box moves that nobody toggled, or a hostile value forges an item. */
export function checkRoundTrip({ changes, before, now }: RoundTripCase): void {
  const sections = buildChecklist(changes, POLICY);
  const ids = sections.flatMap((s) => s.items.map((i) => i.id));
  const pick = (fractions: number[]): Set<string> =>
    new Set(fractions.map((f) => ids[Math.floor(f * ids.length)]!).filter(Boolean));
  const ticked = pick(before);
  let state: GateState = {
    ...emptyState(7),
    ticks: [...ticked].map((item) => ({ item, by: 'qa-lead', at: AT, sha: HEAD, target: 'x' })),
  };
  // The state survives its own encoding (it travels in the check run's text).
  const decoded = decodeState(encodeState(state), 7);
  if (JSON.stringify(decoded) !== JSON.stringify(state)) fail('state did not survive encode/decode');
  state = decoded!;

  const body = render(changes, state);
  const boxes = readCheckboxes(body);
  // Every item's box, and an "all items" box under each checklist of more than one item.
  const expected = tickableIds(sections);
  if (boxes.size !== expected.size || [...expected].some((id) => !boxes.has(id)))
    fail(`the comment shows ${boxes.size} item lines for ${expected.size} items and "all items" boxes`);
  for (const id of ids) if (boxes.get(id) !== ticked.has(id)) fail(`box ${id} does not mirror the state`);

  // The reviewer ticks some open boxes in the UI: only the `[ ]` of those lines changes.
  const toTick = new Set([...pick(now)].filter((id) => !ticked.has(id)));
  const edited = body
    .split('\n')
    .map((line) => {
      const id = /<!-- soup-gate:item ([a-z-]+-[0-9a-f]{16}) -->\s*$/.exec(line)?.[1];
      return id && toTick.has(id) ? line.replace(/^- \[ \]/, '- [x]') : line;
    })
    .join('\n');
  const edit = diffCheckboxes(body, edited);
  if (edit.otherEdits) fail('ticking boxes was read as a text edit');
  const toggled = new Set(edit.toggles.filter((t) => t.checked).map((t) => t.item));
  if (toggled.size !== toTick.size || [...toTick].some((id) => !toggled.has(id)))
    fail(`ticked ${toTick.size} boxes, read ${toggled.size} toggles`);

  const outcome = applyTicks(state, edit, {
    actor: 'reviewer-2',
    refusal: null,
    at: AT,
    headSha: HEAD,
    sections,
  });
  const after = readCheckboxes(render(changes, outcome.state));
  for (const id of ids) {
    const want = ticked.has(id) || toTick.has(id);
    if (after.get(id) !== want) fail(`box ${id} is ${after.get(id) ? 'ticked' : 'open'} after re-render`);
  }

  // Any change to the text beside the boxes is an "other edit" (reverted), never a toggle.
  const lines = body.split('\n');
  const k = Math.floor((now[0] ?? 0.5) * lines.length);
  const tampered = [...lines.slice(0, k), `${lines[k] ?? ''}!`, ...lines.slice(k + 1)].join('\n');
  const tamper = diffCheckboxes(body, tampered);
  if (!tamper.otherEdits) fail(`appending "!" to line ${k} was not seen as an edit`);
  if (tamper.toggles.length > 0) fail('a text edit toggled a box');
}
