// The policy's scope: which packages `ignore.packages` drops, and which of the rest are gated.
import { describe, expect, it } from 'vitest';
import { isInScope, matchIgnoredPackages, removeIgnoredPackages } from '../../src/gate/scope.js';
import type { Scope } from '../../src/lockfiles/types.js';

const item = (name: string, ecosystem: 'npm' | 'PyPI' = 'npm') => ({ ecosystem, name });

describe('ignore.packages', () => {
  it('ignores nothing without patterns', () => {
    expect(matchIgnoredPackages([])(item('express'))).toBe(false);
    const items = [item('express')];
    expect(removeIgnoredPackages(items, [])).toBe(items);
  });

  it('matches a glob against the bare name or ecosystem/name', () => {
    const ignored = matchIgnoredPackages(['@types/*', 'PyPI/pytest*']);
    expect(ignored(item('@types/node'))).toBe(true);
    expect(ignored(item('pytest-cov', 'PyPI'))).toBe(true);
    expect(ignored(item('pytest-cov'))).toBe(false);
    expect(ignored(item('express'))).toBe(false);
  });

  it('leaves in exactly the items no pattern matches, in order', () => {
    const items = [item('@types/node'), item('express'), item('pytest', 'PyPI'), item('lodash')];
    expect(removeIgnoredPackages(items, ['@types/*', 'PyPI/pytest'])).toEqual([
      item('express'),
      item('lodash'),
    ]);
  });
});

describe('isInScope', () => {
  const direct = { dependencies: 'direct' as const, includeDev: false };
  const all = { dependencies: 'all' as const, includeDev: false };
  const at = (isDirect: boolean | null, scope: Scope = 'runtime') => ({ direct: isDirect, scope });

  it('gates direct runtime dependencies and ones whose directness nobody can tell', () => {
    expect(isInScope(at(true), direct)).toBe(true);
    expect(isInScope(at(null), direct)).toBe(true);
    expect(isInScope(at(false), direct)).toBe(false);
  });

  it('gates transitive ones too with dependencies: all', () => {
    expect(isInScope(at(false), all)).toBe(true);
    expect(isInScope(at(false, 'optional'), all)).toBe(true);
  });

  it('gates dev-only ones only with include-dev', () => {
    expect(isInScope(at(true, 'dev'), direct)).toBe(false);
    expect(isInScope(at(true, 'dev'), { ...direct, includeDev: true })).toBe(true);
    expect(isInScope(at(false, 'dev'), { ...all, includeDev: true })).toBe(true);
    expect(isInScope(at(false, 'dev'), { ...direct, includeDev: true })).toBe(false);
  });
});
