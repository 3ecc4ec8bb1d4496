/**
 * The policy's scope, one rule for the gate, the change record and monitoring: which SOUP items
 * are ignored outright, and which of the rest must be assessed (gated) rather than only listed.
 */
import picomatch from 'picomatch';
import type { Policy } from '../config/policy.js';
import type { Ecosystem, Scope } from '../lockfiles/types.js';

interface Named {
  ecosystem: Ecosystem;
  name: string;
}

/** A matcher for `ignore.packages`: a glob matches the bare name or `ecosystem/name`. */
export function matchIgnoredPackages(patterns: readonly string[]): (item: Named) => boolean {
  if (patterns.length === 0) return () => false;
  const ignored = picomatch([...patterns]);
  return (item) => ignored(item.name) || ignored(`${item.ecosystem}/${item.name}`);
}

/** The items (changes or packages) that `ignore.packages` leaves in. */
export function removeIgnoredPackages<T extends Named>(items: T[], patterns: readonly string[]): T[] {
  if (patterns.length === 0) return items;
  const ignored = matchIgnoredPackages(patterns);
  return items.filter((item) => !ignored(item));
}

/**
 * Whether the policy's scope asks for an assessment: only direct dependencies (a directness
 * nobody can tell counts as direct) unless `dependencies: all`, and dev-only ones only with
 * `include-dev`. Everything else is listed, not gated.
 */
export function isInScope(item: { direct: boolean | null; scope: Scope }, scope: Policy['scope']): boolean {
  if (scope.dependencies === 'direct' && item.direct === false) return false;
  return scope.includeDev || item.scope !== 'dev';
}
