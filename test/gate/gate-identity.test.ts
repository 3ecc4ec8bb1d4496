// The gate's own things among everyone's: its check run, its sticky comment, the comment's state pointer.
import { describe, expect, it } from 'vitest';
import { GATE_CHECK_NAME, isGateCheck, latestGateCheck } from '../../src/gate/gate-check.js';
import { readStateRef, stateRefMarker } from '../../src/gate/state.js';
import { isSameBody, selectStickyComments } from '../../src/gate/sticky-comment.js';

const BOT_APP = 'github-actions';
const check = (id: number, name = GATE_CHECK_NAME, appSlug: string | null = BOT_APP) => ({
  id,
  name,
  appSlug,
});

describe('the gate check run', () => {
  it('is called soup-gate, the name branch protection rules require (README, docs)', () => {
    expect(GATE_CHECK_NAME).toBe('soup-gate');
  });

  it("counts only the bot app's check run of the gate's name", () => {
    expect(isGateCheck(check(1), BOT_APP)).toBe(true);
    expect(isGateCheck(check(1, GATE_CHECK_NAME, 'someone-elses-app'), BOT_APP)).toBe(false);
    expect(isGateCheck(check(1, GATE_CHECK_NAME, null), BOT_APP)).toBe(false);
    expect(isGateCheck(check(1, 'integration-tests'), BOT_APP)).toBe(false);
  });

  it('takes the newest of them, ignoring a newer impostor', () => {
    const runs = [check(3), check(9, GATE_CHECK_NAME, 'impostor'), check(5), check(4, 'lint')];
    expect(latestGateCheck(runs, BOT_APP)?.id).toBe(5);
    expect(latestGateCheck([], BOT_APP)).toBeUndefined();
  });
});

describe('the state pointer', () => {
  it('reads back the check run id it was written with', () => {
    expect(readStateRef(`body\n${stateRefMarker(123456789)}`)).toBe(123456789);
  });

  it('finds no pointer in a body without one or with a malformed one', () => {
    expect(readStateRef('no pointer here')).toBeUndefined();
    expect(readStateRef('<!-- soup-gate:state-ref check-run=abc -->')).toBeUndefined();
    expect(readStateRef(`<!-- soup-gate:state-ref check-run=${'9'.repeat(21)} -->`)).toBeUndefined();
  });
});

describe('the sticky comment', () => {
  const identity = { botLogin: 'github-actions[bot]', marker: '<!-- soup-gate:comment v1 -->' };
  const comment = (id: number, author: string | null, body = `${identity.marker}\nchecklist`) => ({
    id,
    author,
    body,
  });

  it("keeps only the bot's comments that start with the marker, oldest first", () => {
    const comments = [
      comment(30, 'github-actions[bot]'),
      comment(10, 'attacker'),
      comment(20, 'github-actions[bot]', 'a plain bot comment'),
      comment(5, null),
      comment(15, 'github-actions[bot]'),
    ];
    expect(selectStickyComments(comments, identity).map((c) => c.id)).toEqual([15, 30]);
  });

  it('does not take a marker quoted later in a bot comment for a sticky comment', () => {
    expect(
      selectStickyComments([comment(1, 'github-actions[bot]', `> ${identity.marker}`)], identity),
    ).toEqual([]);
  });

  it('treats a body GitHub returns with CRLF line ends as unchanged', () => {
    expect(isSameBody('a\r\nb\r\n', 'a\nb\n')).toBe(true);
    expect(isSameBody('a\nb', 'a\nc')).toBe(false);
  });
});
