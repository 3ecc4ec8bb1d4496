import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalLicence,
  compareLicences,
  evaluateLicence,
  LicencePolicyError,
} from '../../src/enrich/licence-policy.js';
import type { LicenceSide } from '../../src/enrich/types.js';

describe('evaluateLicence', () => {
  it('lets a choice satisfy the allow list: MIT OR Apache-2.0 with allow [MIT]', () => {
    expect(evaluateLicence('MIT OR Apache-2.0', { allow: ['MIT'], unknown: 'fail' })).toEqual({
      verdict: 'allowed',
      blocking: false,
      reason: 'MIT (one choice of MIT OR Apache-2.0) is in the allow list',
    });
  });

  it('denies MIT AND GPL-3.0-only with deny [GPL-3.0-only]: both licences apply', () => {
    expect(evaluateLicence('MIT AND GPL-3.0-only', { deny: ['GPL-3.0-only'], unknown: 'fail' })).toEqual({
      verdict: 'denied',
      blocking: true,
      reason: 'MIT AND GPL-3.0-only is denied: GPL-3.0-only is in the deny list',
    });
  });

  it('allows a dual licence when one choice avoids the denied one', () => {
    expect(evaluateLicence('GPL-3.0-only OR MIT', { deny: ['GPL-3.0-only'], unknown: 'fail' }).verdict).toBe(
      'allowed',
    );
  });

  it('refuses an expression that no allow-listed choice covers, naming what is missing', () => {
    expect(evaluateLicence('MIT AND BSD-3-Clause', { allow: ['MIT'], unknown: 'fail' })).toEqual({
      verdict: 'denied',
      blocking: true,
      reason: 'MIT AND BSD-3-Clause is not allowed: BSD-3-Clause is not in the allow list',
    });
  });

  it('reports unknown licences as unknown, blocking only when the policy says fail', () => {
    for (const expression of [
      null,
      undefined,
      '',
      'NOASSERTION',
      'non-standard',
      'Apache 2',
      'SEE LICENSE IN x',
    ]) {
      expect(evaluateLicence(expression, { unknown: 'fail' })).toMatchObject({
        verdict: 'unknown',
        blocking: true,
      });
      expect(evaluateLicence(expression, { unknown: 'warn' })).toMatchObject({
        verdict: 'unknown',
        blocking: false,
      });
    }
    expect(evaluateLicence('Apache 2', { unknown: 'warn' }).reason).toBe(
      'licence unknown: "Apache 2" is not an SPDX licence expression',
    );
  });

  it('denies the whole family and version: -only, -or-later, +, deprecated bare ids, exceptions', () => {
    const policy = { deny: ['GPL-3.0-only'], unknown: 'fail' } as const;
    for (const expression of [
      'GPL-3.0',
      'GPL-3.0+',
      'GPL-3.0-or-later',
      'GPL-3.0-only WITH GCC-exception-3.1',
    ]) {
      expect(evaluateLicence(expression, policy).verdict, expression).toBe('denied');
    }
    expect(evaluateLicence('GPL-2.0-only', policy).verdict).toBe('allowed');
    expect(evaluateLicence('LGPL-3.0-only', policy).verdict).toBe('allowed');
  });

  it('reads allow entries strictly: or-later satisfies -only, not the reverse; exceptions only add', () => {
    expect(evaluateLicence('GPL-2.0-or-later', { allow: ['GPL-2.0-only'], unknown: 'fail' }).verdict).toBe(
      'allowed',
    );
    expect(evaluateLicence('GPL-2.0-only', { allow: ['GPL-2.0-or-later'], unknown: 'fail' }).verdict).toBe(
      'denied',
    );
    expect(
      evaluateLicence('GPL-2.0-only WITH Classpath-exception-2.0', {
        allow: ['GPL-2.0-only'],
        unknown: 'fail',
      }).verdict,
    ).toBe('allowed');
    expect(
      evaluateLicence('GPL-2.0-only', {
        allow: ['GPL-2.0-only WITH Classpath-exception-2.0'],
        unknown: 'fail',
      }).verdict,
    ).toBe('denied');
  });

  it('lets deny win over allow', () => {
    expect(evaluateLicence('MIT', { allow: ['MIT'], deny: ['MIT'], unknown: 'fail' }).verdict).toBe('denied');
  });

  it('refuses policy entries that are not single licence ids', () => {
    expect(() => evaluateLicence('MIT', { allow: ['MIT OR ISC'], unknown: 'fail' })).toThrow(
      LicencePolicyError,
    );
    expect(() => evaluateLicence('MIT', { deny: ['GPL 3'], unknown: 'fail' })).toThrow(
      'licence deny entry "GPL 3" is not an SPDX licence id (e.g. MIT, GPL-3.0-only, LicenseRef-acme)',
    );
  });

  it('is consistent: a denied licence inside every choice is always denied', () => {
    const ids = ['MIT', 'ISC', 'Apache-2.0', 'BSD-3-Clause', 'GPL-3.0-only', 'MPL-2.0'];
    const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
      e: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...ids),
        fc.tuple(tie('e'), fc.constantFrom('AND', 'OR'), tie('e')).map(([l, op, r]) => `(${l} ${op} ${r})`),
      ),
    })).e;
    fc.assert(
      fc.property(expr, (e) => {
        const denied = evaluateLicence(`GPL-3.0-only AND ${e}`, { deny: ['GPL-3.0-only'], unknown: 'fail' });
        expect(denied.verdict).toBe('denied');
        const allowed = evaluateLicence(`MIT OR ${e}`, { allow: ['MIT'], unknown: 'fail' });
        expect(allowed.verdict).toBe('allowed');
      }),
    );
  });
});

describe('canonicalLicence', () => {
  it('compares expressions, not strings', () => {
    expect(canonicalLicence('MIT OR Apache-2.0')).toBe(canonicalLicence('(Apache-2.0 OR MIT)'));
    expect(canonicalLicence('GPL-2.0')).toBe(canonicalLicence('GPL-2.0-only'));
    expect(canonicalLicence('GPL-2.0+')).toBe(canonicalLicence('GPL-2.0-or-later'));
    expect(canonicalLicence('MIT')).not.toBe(canonicalLicence('GPL-3.0-only'));
    expect(canonicalLicence('non-standard')).toBeNull();
  });
});

describe('compareLicences', () => {
  const side = (version: string, expression: string | null): LicenceSide => ({
    version,
    expression,
    declared: expression === null ? [] : [expression],
    source: expression === null ? 'none' : 'deps.dev',
  });

  it('tells a changed licence from a reordered expression of the same one', () => {
    expect(compareLicences(side('1', 'MIT'), side('2', 'GPL-3.0-only')).changed).toBe(true);
    expect(compareLicences(side('1', 'Apache-2.0 OR MIT'), side('2', 'MIT OR Apache-2.0')).changed).toBe(
      false,
    );
  });

  it('calls an addition or removal no change, and an unknown side not comparable', () => {
    expect(compareLicences(null, side('2', 'MIT')).changed).toBe(false);
    expect(compareLicences(side('1', 'MIT'), null).changed).toBe(false);
    expect(compareLicences(side('1', 'MIT'), side('2', null)).changed).toBeNull();
    expect(compareLicences(side('1', 'my own licence'), side('2', 'MIT')).changed).toBeNull();
  });

  it('judges the new version against a policy, and only when there is one and a new version', () => {
    const policy = { deny: ['GPL-3.0-only'], unknown: 'fail' as const };
    expect(compareLicences(side('1', 'MIT'), side('2', 'GPL-3.0-only'), policy).verdict).toMatchObject({
      verdict: 'denied',
      blocking: true,
    });
    expect(compareLicences(side('1', 'GPL-3.0-only'), null, policy)).not.toHaveProperty('verdict');
    expect(compareLicences(side('1', 'MIT'), side('2', 'MIT'))).not.toHaveProperty('verdict');
  });
});
