/** The package model every lockfile parser produces. */
import type { Ecosystem } from '../versions/types.js';

export type { Ecosystem };

/** runtime: shipped; dev: build/test only; optional: installed only on some platforms or when available. */
export type Scope = 'runtime' | 'dev' | 'optional';

export interface Package {
  ecosystem: Ecosystem;
  /** The name the ecosystem's registry knows (for npm aliases: the real package, not the alias). */
  name: string;
  /**
   * The resolved version, never a range. A git dependency keeps the version it declares; one that
   * declares none (or whose lockfile does not record it) has its commit here as its only designator.
   */
  version: string;
  /** Package URL (https://github.com/package-url/purl-spec). */
  purl: string;
  /** Declared by the project itself (true), only pulled in by another package (false), null when unknowable. */
  direct: boolean | null;
  scope: Scope;
  /** Path of the lockfile relative to the inventory root, with `/` separators. */
  lockfile: string;
  /** Integrity or checksum as the lockfile records it (e.g. `sha512-…`), when it does. */
  integrity?: string;
  /** Where it resolves from when that is not the ecosystem's default registry: `git`, `file`, `url`, `patch`, `registry`. */
  source?: string;
  /**
   * The commit a git-pinned package's code comes from (a git dependency, an action pinned by SHA).
   * Kept apart from `version` so look-ups by version still work; part of the package's identity
   * (src/inventory/change-key.ts) and of its purl, because other code can sit under one version.
   */
  ref?: string;
  /**
   * Host the package was resolved from, when the lockfile records a URL (`registry.npmjs.org`,
   * `npm.corp.example`): a change of host under the same name is a change of supplier.
   */
  host?: string;
  /**
   * purls of the packages this one depends on, as the lockfile resolves them, in no set order (a
   * release installed at several paths may repeat an edge; consumers sort and dedupe, so the hot
   * parse does not). Only formats whose lockfile states edges fill it; absent means "not stated",
   * never "depends on nothing" (that is `[]`).
   */
  dependencies?: string[];
}

/** Something a parser passed over or could not settle, reported so that nothing is silently skipped. */
export interface Finding {
  lockfile: string;
  line?: number;
  message: string;
}

export interface ParsedLockfile {
  /** A format label such as `npm-v3` or `yarn-berry-v8`: shown to users and recorded in outputs. */
  format: string;
  packages: Package[];
  findings: Finding[];
}

export interface LockfileInput {
  /** Path relative to the inventory root, with `/` separators. */
  path: string;
  text: string;
  /**
   * Manifests the format asked for (see LockfileFormat.manifests), keyed by path relative to the
   * inventory root. Missing ones are simply absent.
   */
  manifests?: ReadonlyMap<string, string>;
}

export interface LockfileFormat {
  /** Short id, e.g. `npm`, `yarn`, `pnpm`, `bun`, `requirements`, `go-mod`. */
  id: string;
  ecosystem: Ecosystem;
  /** Whether a file at this root-relative path is of this format. */
  matches(path: string): boolean;
  /**
   * Root-relative paths of manifests that tell direct vs transitive for this lockfile (e.g. the
   * package.json beside a yarn.lock). `lockText` lets a format name workspace manifests it declares.
   */
  manifests?(lockPath: string): string[];
  parse(input: LockfileInput): ParsedLockfile;
}
