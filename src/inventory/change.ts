import type { Ecosystem, Scope } from '../lockfiles/types.js';
import type { Bump } from '../versions/index.js';

/**
 * `integrity-changed`: same name and version, but the lockfile records another artefact (republished
 * or tampered). `source-changed`: it now resolves from another registry host, or moved between a
 * registry and git, a tarball URL, a file or a patch (dependency confusion); the version may move too.
 */
export type ChangeType = 'added' | 'removed' | 'updated' | 'integrity-changed' | 'source-changed';

/** One SOUP change. Its JSON form is a public contract (CLI output, action output `changes`). */
export interface Change {
  type: ChangeType;
  ecosystem: Ecosystem;
  name: string;
  from: string | null;
  to: string | null;
  /** Bump class when the version moved; null for additions, removals and same-version changes. */
  bump: Bump | null;
  /** Of the package as it is after the change (before it, for a removal). */
  direct: boolean | null;
  scope: Scope;
  /** Lockfile path relative to the root, after the change (before it, for a removed lockfile). */
  lockfile: string;
  /**
   * On a direct update: the old version stays in the lockfile for other dependents (fromRetained), or
   * the new one was already there for them (toRetained).
   */
  fromRetained?: true;
  /** The pinned commit of a git dependency or SHA-pinned action, on each side where there is one. */
  fromRef?: string;
  toRef?: string;
  toRetained?: true;
  /** When the artefact changed under an unchanged version: the integrity the lockfile records on each side. */
  fromIntegrity?: string;
  toIntegrity?: string;
  /**
   * On a source-changed change: where it resolved from on each side, `<kind>` or `<kind>:<host>`
   * (`registry:registry.npmjs.org`, `registry` where no host is recorded, `git`, `url:example.com`, `file`, `patch`).
   */
  fromSource?: string;
  toSource?: string;
  /** Set when the lockfile moved: its path before the change. */
  previousLockfile?: string;
  purl: string;
}

export type LockfileStatus = 'added' | 'removed' | 'modified' | 'unchanged' | 'moved';

export interface LockfileDiff {
  path: string;
  previousPath?: string;
  status: LockfileStatus;
  format: string;
  previousFormat?: string;
  changes: number;
}

export interface DiffResult {
  lockfiles: LockfileDiff[];
  changes: Change[];
}
