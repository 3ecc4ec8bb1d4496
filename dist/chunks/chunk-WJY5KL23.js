import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/lockfiles/git.ts
function isGitSpec(spec) {
  return spec.startsWith("git+") || spec.startsWith("git:") || spec.startsWith("github:") || spec.startsWith("gitlab:") || spec.startsWith("bitbucket:") || spec.startsWith("gist:");
}
var FULL_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function gitCommitOf(url) {
  const commit = /[#&]commit=([0-9a-f]{40}|[0-9a-f]{64})(?:&|$)/i.exec(url);
  if (commit) return commit[1].toLowerCase();
  const hash = /#([0-9a-f]{40}|[0-9a-f]{64})$/i.exec(url);
  if (hash) return hash[1].toLowerCase();
  const codeload = /^https?:\/\/codeload\.github\.com\/[^/]+\/[^/]+\/tar\.gz\/([0-9a-f]{40})(?:$|[/?#])/i.exec(url);
  return codeload ? codeload[1].toLowerCase() : void 0;
}
function repositoryOf(url) {
  const codeload = /^https?:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\//i.exec(url);
  return codeload ? `https://github.com/${codeload[1]}/${codeload[2]}` : url;
}

export {
  isGitSpec,
  FULL_COMMIT,
  gitCommitOf,
  repositoryOf
};
