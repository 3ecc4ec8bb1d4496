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

// Which files name container images: here, beside the other path helpers, because the lazy
// registry must decide without loading a parser, and the Dockerfile and compose readers share it.

/** `Dockerfile`, `Containerfile`, `Dockerfile.<variant>`, `<variant>.Dockerfile` (not `….dockerignore`). */
export function isDockerfilePath(path: string): boolean {
  const name = basename(path);
  if (name.endsWith('.dockerignore')) return false;
  return (
    name === 'Dockerfile' ||
    name === 'Containerfile' ||
    name.startsWith('Dockerfile.') ||
    name.startsWith('Containerfile.') ||
    /\.(?:Dockerfile|dockerfile|Containerfile)$/.test(name)
  );
}

const COMPOSE_FILE = /^(?:docker-compose[^/]*|compose(?:\.[^/]+)?)\.ya?ml$/;

/** `compose.yaml`, `compose.override.yml`, `docker-compose.yml`, `docker-compose.prod.yaml`, … */
export function isComposePath(path: string): boolean {
  return COMPOSE_FILE.test(basename(path));
}
