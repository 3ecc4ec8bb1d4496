import { describe, expect, it } from 'vitest';
import {
  checkSoupOutputs,
  refreshSoupOutputs,
  renderSoupOutputs,
  type SoupOutputsInput,
} from '../../src/app/soup-outputs.js';
import { readSbomStamp } from '../../src/documents/sbom.js';
import { readSoupListStamp } from '../../src/documents/soup-list.js';
import { parseRegister } from '../../src/register/parse.js';
import { EXAMPLE } from '../register/example.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const INPUT: SoupOutputsInput = {
  inventory: inventory(lockfile('package-lock.json', [pkg('express', '4.21.1'), pkg('ms', '2.1.3')])),
  register: parseRegister('soup/register.yml', EXAMPLE),
  lastVerified: new Map(),
};
const THEN = { generatedAt: '2026-11-20T10:00:00Z', commit: 'a'.repeat(40), repo: 'acme/pump' };
const NOW = { generatedAt: '2026-12-01T08:00:00Z', commit: 'b'.repeat(40), repo: 'acme/pump' };

describe('checkSoupOutputs', () => {
  it('finds outputs written earlier up to date: only their stamp would differ', () => {
    const committed = renderSoupOutputs(INPUT, THEN);
    const checks = checkSoupOutputs(INPUT, committed, NOW);
    expect(checks.map((c) => [c.kind, c.upToDate, c.stampedWith])).toEqual([
      ['list', true, 'committed'],
      ['sbom', true, 'committed'],
    ]);
    expect(refreshSoupOutputs(INPUT, committed, NOW)).toEqual({});
  });

  it('shows a content change with the committed stamp, so the diff is the content alone', () => {
    const committed = renderSoupOutputs(INPUT, THEN);
    const moved = {
      ...INPUT,
      inventory: inventory(lockfile('package-lock.json', [pkg('express', '4.21.2')])),
    };
    const [list, sbom] = checkSoupOutputs(moved, committed, NOW);
    expect(list!.upToDate).toBe(false);
    expect(readSoupListStamp(list!.expected)).toEqual(THEN);
    expect(readSbomStamp(sbom!.expected)).toEqual(THEN);
    // What on-merge writes instead carries the fresh stamp.
    const writes = refreshSoupOutputs(moved, committed, NOW);
    expect(readSoupListStamp(writes.list!)).toEqual(NOW);
    expect(readSbomStamp(writes.sbom!)).toEqual(NOW);
    expect(writes).toEqual(renderSoupOutputs(moved, NOW));
  });

  it('renders a missing or stampless file with the fresh stamp', () => {
    const checks = checkSoupOutputs(INPUT, { sbom: '{}' }, NOW);
    expect(checks.map((c) => [c.committed, c.stampedWith, c.upToDate])).toEqual([
      [undefined, 'fresh', false],
      ['{}', 'fresh', false],
    ]);
    expect(checks[1]!.expected).toBe(renderSoupOutputs(INPUT, NOW).sbom);
  });

  it('regenerates a file whose stamp time was garbled rather than failing on it', () => {
    const committed = renderSoupOutputs(INPUT, THEN);
    const garbled = {
      list: committed.list.replace(THEN.generatedAt, 'soon'),
      sbom: committed.sbom.replace('2026-11-20T10:00:00.000Z', 'soon'),
    };
    expect(garbled.sbom).not.toBe(committed.sbom);
    expect(refreshSoupOutputs(INPUT, garbled, NOW)).toEqual(renderSoupOutputs(INPUT, NOW));
  });

  it('takes an SBOM written by the CLI (with its tool version) as up to date in on-merge', () => {
    // The CLI stamps its version; the action does not. Both read the same fields back.
    const committed = renderSoupOutputs(INPUT, { ...THEN, toolVersion: '0.1.0' });
    expect(refreshSoupOutputs(INPUT, committed, NOW)).toEqual({});
  });
});
