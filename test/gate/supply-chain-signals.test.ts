// integrity-changed and source-changed through the gate's checklist: gated, with items that fit.
import { describe, expect, it } from 'vitest';
import { buildChecklist, describeChange, isGated } from '../../src/gate/checklist.js';
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js';
import { changeKey } from '../../src/inventory/change-key.js';
import { change } from '../support/builders.js';

const integrityChanged = change({
  type: 'integrity-changed',
  name: 'lodash',
  from: '4.17.21',
  to: '4.17.21',
  bump: null,
  direct: false,
  purl: 'pkg:npm/lodash@4.17.21',
  fromIntegrity: 'sha512-old',
  toIntegrity: 'sha512-new',
});
const sourceChanged = change({
  type: 'source-changed',
  name: '@corp/utils',
  from: '1.2.0',
  to: '99.0.0',
  bump: 'major',
  purl: 'pkg:npm/%40corp/utils@99.0.0',
  fromSource: 'registry:npm.corp.example',
  toSource: 'registry:registry.npmjs.org',
});

const kinds = (c: typeof integrityChanged, policy: Policy = DEFAULT_POLICY): string[] =>
  buildChecklist([c], policy)[0]!.items.map((i) => i.kind);

describe('supply-chain signals in the checklist', () => {
  it('gates them for transitive packages under the default direct-only scope', () => {
    expect(isGated(integrityChanged, DEFAULT_POLICY)).toBe(true);
    expect(isGated({ ...integrityChanged, type: 'updated', from: '4.17.20' }, DEFAULT_POLICY)).toBe(false);
  });

  it('still leaves dev-only ones to include-dev', () => {
    const dev = { ...integrityChanged, scope: 'dev' as const };
    expect(isGated(dev, DEFAULT_POLICY)).toBe(false);
    expect(isGated(dev, { ...DEFAULT_POLICY, scope: { dependencies: 'direct', includeDev: true } })).toBe(
      true,
    );
  });

  it('asks whether the new artefact is the legitimate one, and nothing about release notes', () => {
    expect(kinds(integrityChanged)).toEqual(['artefact']);
    const [item] = buildChecklist([integrityChanged], DEFAULT_POLICY)[0]!.items;
    expect(item!.text).toContain('is the legitimate one (integrity changed without a version change');
  });

  it('asks about the new source first, then the update items when the version moved', () => {
    expect(kinds(sourceChanged)).toEqual([
      'source',
      'release-notes',
      'anomalies',
      'requirements',
      'regulatory',
    ]);
    const sameVersion = { ...sourceChanged, to: '1.2.0', bump: null };
    expect(kinds(sameVersion)).toEqual(['source']);
    expect(kinds({ ...sameVersion, fromIntegrity: 'sha512-a', toIntegrity: 'sha512-b' })).toEqual([
      'source',
      'artefact',
    ]);
  });

  it('gives a new replaced artefact new item ids, so earlier ticks never carry over', () => {
    const again = { ...integrityChanged, fromIntegrity: 'sha512-new', toIntegrity: 'sha512-newer' };
    expect(changeKey(again)).not.toBe(changeKey(integrityChanged));
    expect(buildChecklist([again], DEFAULT_POLICY)[0]!.items[0]!.id).not.toBe(
      buildChecklist([integrityChanged], DEFAULT_POLICY)[0]!.items[0]!.id,
    );
  });

  it('keeps the key of every other change as it was', () => {
    expect(changeKey(change())).toBe(
      JSON.stringify(['package-lock.json', 'npm', 'express', '4.19.2', '4.21.1', null, null]),
    );
  });

  it('names the change for the reviewer', () => {
    expect(describeChange(integrityChanged)).toBe('<code>lodash</code> <code>4.17.21</code> new artefact');
    expect(describeChange({ ...sourceChanged, to: '1.2.0' })).toBe(
      '<code>&#64;corp/utils</code> <code>1.2.0</code> new source',
    );
  });
});
