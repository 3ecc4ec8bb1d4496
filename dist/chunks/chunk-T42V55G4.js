import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/lockfiles/paths.ts
function basename(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? path : path.slice(slash + 1);
}
function dirname(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function joinPath(dir, path) {
  return dir === "" ? path : `${dir}/${path}`;
}
function isDockerfilePath(path) {
  const name = basename(path);
  if (name.endsWith(".dockerignore")) return false;
  return name === "Dockerfile" || name === "Containerfile" || name.startsWith("Dockerfile.") || name.startsWith("Containerfile.") || /\.(?:Dockerfile|dockerfile|Containerfile)$/.test(name);
}
var COMPOSE_FILE = /^(?:docker-compose[^/]*|compose(?:\.[^/]+)?)\.ya?ml$/;
function isComposePath(path) {
  return COMPOSE_FILE.test(basename(path));
}

export {
  basename,
  dirname,
  joinPath,
  isDockerfilePath,
  isComposePath
};
