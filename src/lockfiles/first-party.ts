import type { Finding } from './types.js';

/** A package a lockfile resolves from a local folder: the project's own code. */
export interface FirstParty {
  name: string;
  /** The folder (or the reference naming it) as the lockfile writes it. */
  folder: string;
  line?: number | undefined;
}

const NAMED = 5;

/**
 * Packages resolved from local folders (npm `file:`/`link:`, Go `replace` by a directory, Cargo
 * `path`, Poetry/uv/pdm path and editable dependencies, Composer `path` repositories …) are the
 * project's own code, not SOUP: they are not listed. A folder holds whatever was copied into it, so
 * the finding names them for a reviewer to see what was passed over. One finding per lockfile says so, naming the
 * first few, so nothing is passed over silently and a monorepo's hundreds of them stay one line.
 */
export function reportFirstParty(lockfile: string, passedOver: readonly FirstParty[]): Finding[] {
  const unique = new Map<string, FirstParty>();
  for (const item of passedOver) {
    const key = `${item.name}\u0000${item.folder}`;
    if (!unique.has(key)) unique.set(key, item);
  }
  if (unique.size === 0) return [];
  const items = [...unique.values()];
  const named = items.slice(0, NAMED).map((item) => `${item.name} (${item.folder})`);
  const more = items.length > NAMED ? `, and ${items.length - NAMED} more` : '';
  const line = items.find((item) => item.line !== undefined)?.line;
  return [
    {
      lockfile,
      ...(line !== undefined ? { line } : {}),
      message: `${items.length === 1 ? '1 package resolves' : `${items.length} packages resolve`} from local folders: first-party code, not SOUP, so not listed: ${named.join(', ')}${more}`,
    },
  ];
}
