/**
 * Which files name container images. Shared by the lazy registry (which must not load a parser to
 * decide) and the Dockerfile and compose readers.
 */
import { basename } from './paths.js';

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
