import { describe, expect, it } from 'vitest';
import { registerEntriesToAdd } from '../../src/app/register-init.js';
import { emptyRegister, parseRegister } from '../../src/register/parse.js';
import { EXAMPLE } from '../register/example.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

const INVENTORY = inventory(
  lockfile('web/package-lock.json', [
    pkg('zod', '3.23.0'),
    pkg('express', '4.21.1'),
    pkg('vitest', '2.0.0', { scope: 'dev' }),
    pkg('debug', '2.6.9', { direct: false }),
    pkg('mystery', '1.0.0', { direct: null }),
  ]),
  lockfile('api/package-lock.json', [pkg('express', '4.19.2')]),
  lockfile('svc/requirements.txt', [pkg('requests', '2.32.3', { ecosystem: 'PyPI' })]),
);

describe('registerEntriesToAdd', () => {
  it('proposes each direct runtime item once, in register-key order, and counts the undecidable ones', () => {
    const { entries, unknownDirectness } = registerEntriesToAdd(INVENTORY, emptyRegister(), false);
    expect(entries.map((e) => `${e.pkg.ecosystem}/${e.pkg.name}@${e.pkg.version}`)).toEqual([
      'PyPI/requests@2.32.3',
      'npm/express@4.21.1',
      'npm/zod@3.23.0',
    ]);
    expect(unknownDirectness).toBe(1);
    expect(entries.every((e) => e.derived.safetyClass === 'C')).toBe(true);
  });

  it('adds dev-only direct items on request', () => {
    const { entries } = registerEntriesToAdd(INVENTORY, emptyRegister(), true);
    expect(entries.map((e) => e.pkg.name)).toContain('vitest');
  });

  it("takes the safety class the register already gives: the item's own, else its default", () => {
    const register = parseRegister('soup/register.yml', EXAMPLE, { allowIncomplete: true });
    const { entries } = registerEntriesToAdd(INVENTORY, register, false);
    const classOf = (name: string) => entries.find((e) => e.pkg.name === name)?.derived.safetyClass;
    expect(classOf('requests')).toBe('A'); // pypi/requests says A
    expect(classOf('zod')).toBe('B'); // the register's default
  });
});
