// Pairing survivors of the mutation survey (issue 20): a name at several versions where only one
// line moves must pair within its major line, never report a downgrade across lines.
import { describe, expect, it } from 'vitest';
import { pairVersions } from '../../src/inventory/match-versions.js';

describe('pairVersions keeps a move on its own major line', () => {
  it('a@1.2.0 + a@2.0.0 -> a@1.3.0: 1.2.0 -> 1.3.0 and 2.0.0 removed (not a 2.0.0 -> 1.3.0 downgrade)', () => {
    expect(pairVersions('npm', ['1.2.0', '2.0.0'], ['1.3.0'])).toEqual({
      pairs: [['1.2.0', '1.3.0']],
      removed: ['2.0.0'],
      added: [],
    });
  });

  it('the mirror: only the 2.x line moves while 1.x goes', () => {
    expect(pairVersions('npm', ['1.2.0', '2.0.0'], ['2.1.0'])).toEqual({
      pairs: [['2.0.0', '2.1.0']],
      removed: ['1.2.0'],
      added: [],
    });
  });

  it('the same in other schemes (PEP 440, Cargo)', () => {
    expect(pairVersions('PyPI', ['1.2', '2.0'], ['1.3']).pairs).toEqual([['1.2', '1.3']]);
    expect(pairVersions('crates.io', ['0.3.1', '1.0.0'], ['1.0.5']).pairs).toEqual([['1.0.0', '1.0.5']]);
  });
});
