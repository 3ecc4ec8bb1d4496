/** Root-relative paths always use `/`; these helpers never touch the file system. */
export function basename(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? path : path.slice(slash + 1);
}

export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/** Joins a directory (possibly '') and a relative path. */
export function joinPath(dir: string, path: string): string {
  return dir === '' ? path : `${dir}/${path}`;
}
