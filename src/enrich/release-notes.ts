/**
 * Where a reviewer reads what changed between two versions. The link ends up inside the checkbox a
 * reviewer ticks and, with the tick, in the audit record, so it is never a guess: a compare view or
 * a release page is given only for tags GitHub confirmed exist. Tag names vary (`v1.2.3`, `1.2.3`,
 * `pkg@1.2.3` in monorepos, and a repository can switch forms between majors), so each side is
 * looked up on its own. Without a confirmation the link is one that needs no tag: the registry's
 * changelog, else the repository's releases page.
 */
import type { Change } from '../inventory/diff.js';
import type { PackageLinks, ReleaseNotesLink } from './types.js';

export interface GitHubRepo {
  owner: string;
  repo: string;
}

/**
 * Whether refs/tags/<tag> exists in a github.com repository: true or false as GitHub answers, and
 * a throw when it can't be told (403, rate limit, network). The adapter (src/github/) makes the
 * request; everything about which tags to ask for and how many is decided here.
 */
export type TagExists = (repo: GitHubRepo, tag: string) => Promise<boolean>;

/**
 * Tag lookups one enrichment run (one PR event) makes at most, whatever the number of changes, so
 * an event costs the gate's constant requests plus at most 24 GET git/ref/tags/… calls. A change
 * costs its new version's lookups (1 to 4 candidate forms, usually 1 or 2) and then, only when that
 * tag exists, its old version's (usually 1: the form just found is asked first): 2–3 per change,
 * so a grouped update of about ten packages gets its compare links. Answers are cached for the
 * run; a repository that refuses a lookup (403, rate limit) is not asked again. When the budget is
 * spent the remaining changes get the link that needs no tag.
 */
export const DEFAULT_MAX_TAG_LOOKUPS = 24;

/** Confirms tag names; without a TagExists it confirms nothing, so no link names a tag. */
export interface TagResolver {
  /** The tag `version` of `name` has in `repo`, confirmed; undefined when none was confirmed. */
  resolve(repo: GitHubRepo, name: string, version: string): Promise<string | undefined>;
  /** Lookups sent so far (cache hits not counted). */
  readonly lookups: number;
}

/** owner/repo of a GitHub URL in any of the forms registries record; undefined when not GitHub. */
export function parseGitHubRepo(url: string | undefined): GitHubRepo | undefined {
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

type TagForm = (name: string, bare: string) => string;

/** The forms a release tag commonly takes, most common first. */
const FORMS: readonly TagForm[] = [
  (_, bare) => `v${bare}`,
  (_, bare) => bare,
  (name, bare) => `${name}@${bare}`,
  (name, bare) => `${name}@v${bare}`,
];

const bareVersion = (version: string): string => version.replace(/^v(?=\d)/, '');

/** Tag names a release of `version` commonly has, most common first. */
export function tagCandidates(name: string, version: string): string[] {
  const bare = bareVersion(version);
  return [...new Set(FORMS.map((form) => form(name, bare)))];
}

/**
 * Whether a name can be a tag worth asking about: git's ref-name rules (no `..`, control
 * characters, spaces, `~^:?*[\`, no leading/trailing `/` or `.`, no `.lock` end, no `@{`), bounded
 * in length. Versions come from a PR's lockfile: a name that fails is never sent.
 */
export function isTagName(tag: string): boolean {
  return (
    tag.length > 0 &&
    tag.length <= 200 &&
    /^[A-Za-z0-9._@/+-]+$/.test(tag) &&
    !tag.includes('..') &&
    !tag.includes('//') &&
    !tag.includes('@{') &&
    !/^[/.]|[/.]$|\.lock$|\/\./.test(tag)
  );
}

const repoKey = (repo: GitHubRepo): string => `${repo.owner}/${repo.repo}`.toLowerCase();

/**
 * A resolver over one run: asks `tagExists` for the candidate forms of a version, the form that
 * last matched in the same repository first, within `maxLookups` requests (see DEFAULT_MAX_TAG_LOOKUPS).
 */
export function createTagResolver(
  tagExists: TagExists | undefined,
  maxLookups = DEFAULT_MAX_TAG_LOOKUPS,
): TagResolver {
  let lookups = 0;
  const answers = new Map<string, Promise<boolean | undefined>>();
  const refused = new Set<string>();
  const preferred = new Map<string, number>();

  const exists = (repo: GitHubRepo, tag: string): Promise<boolean | undefined> => {
    const key = `${repoKey(repo)}\u0000${tag}`;
    const known = answers.get(key);
    if (known !== undefined) return known;
    if (tagExists === undefined || refused.has(repoKey(repo)) || lookups >= maxLookups)
      return Promise.resolve(undefined);
    lookups++;
    const answer = tagExists(repo, tag).then(
      (found) => found === true,
      () => {
        refused.add(repoKey(repo));
        return undefined;
      },
    );
    answers.set(key, answer);
    return answer;
  };

  return {
    get lookups() {
      return lookups;
    },
    async resolve(repo, name, version) {
      if (tagExists === undefined) return undefined;
      const bare = bareVersion(version);
      // A version is a tag's whole tail: one that can't be a tag name (or is empty) asks nothing.
      if (!isTagName(bare) || !/^[A-Za-z0-9]/.test(bare)) return undefined;
      const first = preferred.get(repoKey(repo));
      const order = first === undefined ? FORMS.keys() : [first, ...FORMS.keys()];
      const asked = new Set<string>();
      for (const index of order) {
        const tag = FORMS[index]!(name, bare);
        if (asked.has(tag) || !isTagName(tag)) continue;
        asked.add(tag);
        const found = await exists(repo, tag);
        if (found === true) {
          preferred.set(repoKey(repo), index);
          return tag;
        }
        // Can't tell (refused, budget spent): stop rather than spend lookups on the other forms.
        if (found === undefined) return undefined;
      }
      return undefined;
    },
  };
}

const NO_TAGS = createTagResolver(undefined);

const encodeTag = (tag: string): string => tag.split('/').map(encodeURIComponent).join('/');

/**
 * The release-notes link of a change, or null when there is nowhere to point. Tag links only for
 * tags `tags` confirmed: an update gets a compare view when both tags exist, else the registry's
 * changelog, else the new tag's release page when that one exists, else the releases page; an
 * addition gets its tag's release page, else the changelog, else the releases page.
 */
export async function findReleaseNotes(
  change: Change,
  links: PackageLinks,
  tags: TagResolver = NO_TAGS,
): Promise<ReleaseNotesLink | null> {
  const repo = parseGitHubRepo(links.sourceRepo);
  const changelog =
    links.changelog !== undefined && change.to !== null
      ? ({ url: links.changelog, kind: 'changelog', tagGuessed: false } as const)
      : undefined;
  if (repo === undefined || change.to === null) return changelog ?? null;
  const base = `https://github.com/${repo.owner}/${repo.repo}`;
  const to = await tags.resolve(repo, change.name, change.to);
  const release =
    to === undefined
      ? undefined
      : ({
          url: `${base}/releases/tag/${encodeTag(to)}`,
          kind: 'release',
          tagGuessed: false,
          tags: { to },
        } as const);
  if (change.from !== null && to !== undefined) {
    const from = await tags.resolve(repo, change.name, change.from);
    if (from !== undefined) {
      return {
        url: `${base}/compare/${encodeTag(from)}...${encodeTag(to)}`,
        kind: 'compare',
        tagGuessed: false,
        tags: { from, to },
      };
    }
  }
  const releases = { url: `${base}/releases`, kind: 'releases', tagGuessed: false } as const;
  return change.from === null ? (release ?? changelog ?? releases) : (changelog ?? release ?? releases);
}
