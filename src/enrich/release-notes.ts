/**
 * Where a reviewer reads what changed between two versions: a GitHub compare view between the two
 * release tags when the source is on GitHub, else the registry's changelog link. Tag names vary
 * (`v1.2.3`, `1.2.3`, `pkg@1.2.3` in monorepos); telling which exists needs the GitHub tags API,
 * so that lookup is injected. Without it the link uses `v{version}` and says the tag is guessed.
 */
import type { Change } from '../inventory/diff.js';
import type { PackageLinks, ReleaseNotesLink } from './types.js';

/** Returns the first candidate tag that exists in the repository, or undefined when none does. */
export type ResolveTag = (
  repo: { owner: string; repo: string },
  candidates: readonly string[],
) => Promise<string | undefined>;

/** owner/repo of a GitHub URL in any of the forms registries record; undefined when not GitHub. */
export function parseGitHubRepo(url: string | undefined): { owner: string; repo: string } | undefined {
  if (url === undefined) return undefined;
  const match =
    /^(?:git\+)?(?:(?:https?|git|ssh|git\+ssh):\/\/)?(?:[^@/]+@)?(?:www\.)?github\.com[:/]([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+?)(?:\.git)?(?:[/#?].*)?$/i.exec(
      url.trim(),
    );
  if (!match) return undefined;
  const [, owner, repo] = match as unknown as [string, string, string];
  if (repo === '' || repo === '.' || repo === '..') return undefined;
  return { owner, repo };
}

/** Tag names a release of `version` commonly has, most common first. */
export function tagCandidates(name: string, version: string): string[] {
  const bare = version.replace(/^v(?=\d)/, '');
  return [...new Set([`v${bare}`, bare, `${name}@${bare}`, `${name}@v${bare}`])];
}

async function resolve(
  resolveTag: ResolveTag | undefined,
  repo: { owner: string; repo: string },
  candidates: string[],
): Promise<{ tag: string; guessed: boolean } | undefined> {
  if (resolveTag === undefined) return { tag: candidates[0]!, guessed: true };
  try {
    const tag = await resolveTag(repo, candidates);
    return tag === undefined ? undefined : { tag, guessed: false };
  } catch {
    // A failing tag lookup costs only the precision of a link: fall back to the guess.
    return { tag: candidates[0]!, guessed: true };
  }
}

const encodeTag = (tag: string): string => tag.split('/').map(encodeURIComponent).join('/');

/** The release-notes link of a change, or null when there is nowhere to point. */
export async function findReleaseNotes(
  change: Change,
  links: PackageLinks,
  resolveTag?: ResolveTag,
): Promise<ReleaseNotesLink | null> {
  const repo = parseGitHubRepo(links.sourceRepo);
  const changelog = links.changelog;
  if (repo !== undefined && change.to !== null) {
    const base = `https://github.com/${repo.owner}/${repo.repo}`;
    const to = await resolve(resolveTag, repo, tagCandidates(change.name, change.to));
    if (to !== undefined && change.from !== null) {
      const from = await resolve(resolveTag, repo, tagCandidates(change.name, change.from));
      if (from !== undefined) {
        return {
          url: `${base}/compare/${encodeTag(from.tag)}...${encodeTag(to.tag)}`,
          kind: 'compare',
          tagGuessed: from.guessed || to.guessed,
        };
      }
    } else if (to !== undefined) {
      return { url: `${base}/releases/tag/${encodeTag(to.tag)}`, kind: 'release', tagGuessed: to.guessed };
    }
    if (changelog !== undefined) return { url: changelog, kind: 'changelog', tagGuessed: false };
    return { url: `${base}/releases`, kind: 'releases', tagGuessed: false };
  }
  if (changelog !== undefined && change.to !== null)
    return { url: changelog, kind: 'changelog', tagGuessed: false };
  return null;
}
