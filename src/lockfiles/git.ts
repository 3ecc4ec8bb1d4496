/**
 * Git dependencies as the JavaScript package managers write them. One reading for npm, yarn, pnpm
 * and bun, so a package moved from one manager to another keeps its commit and its source.
 */

/** A git spec or resolution: `git+ssh:`, `git+https:`, `git:`, and the hosted shorthands. */
export function isGitSpec(spec: string): boolean {
  return (
    spec.startsWith('git+') ||
    spec.startsWith('git:') ||
    spec.startsWith('github:') ||
    spec.startsWith('gitlab:') ||
    spec.startsWith('bitbucket:') ||
    spec.startsWith('gist:')
  );
}

/** A full SHA-1 or SHA-256 object name: the only ref that pins code (a branch or tag can move). */
export const FULL_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

/**
 * The commit a git URL pins, lower-cased: npm and yarn v1 `#<sha>`, yarn berry `#commit=<sha>`,
 * uv `?rev=…#<sha>`, or a GitHub codeload tarball path. Undefined for a branch or tag.
 */
export function gitCommitOf(url: string): string | undefined {
  const commit = /[#&]commit=([0-9a-f]{40}|[0-9a-f]{64})(?:&|$)/i.exec(url);
  if (commit) return commit[1]!.toLowerCase();
  const hash = /#([0-9a-f]{40}|[0-9a-f]{64})$/i.exec(url);
  if (hash) return hash[1]!.toLowerCase();
  const codeload =
    /^https?:\/\/codeload\.github\.com\/[^/]+\/[^/]+\/tar\.gz\/([0-9a-f]{40})(?:$|[/?#])/i.exec(url);
  return codeload ? codeload[1]!.toLowerCase() : undefined;
}

/** The repository a codeload tarball comes from, as a clone URL; other URLs unchanged. */
export function repositoryOf(url: string): string {
  const codeload = /^https?:\/\/codeload\.github\.com\/([^/]+)\/([^/]+)\/tar\.gz\//i.exec(url);
  return codeload ? `https://github.com/${codeload[1]}/${codeload[2]}` : url;
}
