/** A tree of files to inventory: a folder, a git commit, or a commit on GitHub. */
export interface TreeSource {
  /** How messages name this tree, e.g. `folder ./base` or `git HEAD~1 (3f2a9c1)`. */
  readonly label: string;
  /** Every file path in the tree, relative to its root, with `/` separators. */
  listFiles(): Promise<string[]>;
  /** The file's bytes, or undefined when it does not exist. */
  readFile(path: string): Promise<Uint8Array | undefined>;
  /**
   * Content ids by path (git blob ids), where the source has them without reading the files: two
   * trees hold the same bytes at a path exactly when its ids are equal, so a diff need not read it.
   */
  fileIds?(): Promise<ReadonlyMap<string, string>>;
}
