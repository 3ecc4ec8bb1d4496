import type { TreeSource } from '../inventory/tree-source.js';

/**
 * A local checkout as the CLI's use cases read it; src/local/checkout.ts makes one from a folder,
 * tests pass an in-memory one.
 */
export interface Checkout {
  files: TreeSource;
  /** Names of the entries in a root-relative folder; none when it does not exist. */
  listFolder(path: string): Promise<string[]>;
  /** The commit checked out, when git can tell. */
  headCommit(): Promise<string | undefined>;
  /** `owner/name` of the origin remote, when it is on GitHub. */
  originRepo(): Promise<string | undefined>;
  /** When the checked-out commit was committed (ISO 8601), when git can tell: a time that stays the same on a re-run. */
  headCommitTime?(): Promise<string | undefined>;
  /** The checkout folder's name: what names the project when nothing else does. */
  folderName?: string;
}

// A byte order mark is kept, as in the file: the register is edited in place, and a SOUP.md that
// starts with one is not byte-equal to ours.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A file of the checkout as text; undefined when it does not exist. */
export async function readCheckoutText(checkout: Checkout, path: string): Promise<string | undefined> {
  const bytes = await checkout.files.readFile(path);
  return bytes === undefined ? undefined : decoder.decode(bytes);
}
