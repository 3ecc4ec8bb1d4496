import { LockfileParseError, parseJson } from './errors.js';
import type { Scope } from './types.js';

/** What a package.json says about the packages it declares directly. */
export interface ManifestDeclarations {
  /** name -> scope of the declaration (runtime wins over optional, optional over dev). */
  declared: Map<string, Scope>;
  /** Workspace globs (`workspaces` array or `workspaces.packages`). */
  workspaces: string[];
  name?: string;
}

const FIELDS: ReadonlyArray<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['peerDependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev'],
];

const RANK: Record<Scope, number> = { runtime: 3, optional: 2, dev: 1 };

/** Keeps the stronger scope: a package both shipped and used in tests is runtime. */
export function strongerScope(a: Scope, b: Scope): Scope {
  return RANK[a] >= RANK[b] ? a : b;
}

export function readPackageJson(file: string, text: string): ManifestDeclarations {
  const json = parseJson(file, text);
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new LockfileParseError(file, 1, 'expected a JSON object');
  }
  const manifest = json as Record<string, unknown>;
  const declared = new Map<string, Scope>();
  for (const [field, scope] of FIELDS) {
    const deps = manifest[field];
    if (deps === null || typeof deps !== 'object' || Array.isArray(deps)) continue;
    for (const name of Object.keys(deps)) {
      const previous = declared.get(name);
      declared.set(name, previous ? strongerScope(previous, scope) : scope);
    }
  }
  const ws = manifest.workspaces;
  const globs = Array.isArray(ws)
    ? ws
    : ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages)
      ? (ws as { packages: unknown[] }).packages
      : [];
  return {
    declared,
    workspaces: globs.filter((g): g is string => typeof g === 'string'),
    ...(typeof manifest.name === 'string' ? { name: manifest.name } : {}),
  };
}
