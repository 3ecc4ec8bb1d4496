/**
 * Whether the same name@version now stands for another artefact (its integrity changed) or comes
 * from somewhere else (its source changed). Pure rules over what parsers record in Package.integrity,
 * Package.source and Package.host.
 */

/**
 * An integrity value as hash tokens keyed by algorithm. Parsers record SRI (`sha512-…`, several
 * space-separated), `sha256:hex` (Python, pub), `sha256=hex` (Bundler), yarn berry `<cacheKey>/hex`,
 * `git:<commit>` (Swift, pub) or a bare digest (Cargo, NuGet, Composer). A yarn checksum's cache key is
 * part of its algorithm: the same archive hashes differently under another cache key.
 */
const YARN_CHECKSUM = /^(\d+[a-z0-9]*)\/([0-9a-f]+)$/;
const PREFIXED = /^(sha\d+|md5|h1|git|blake2b\d*)[-:=](.+)$/i;

function hashTokens(integrity: string): Map<string, Set<string>> {
  const tokens = new Map<string, Set<string>>();
  for (const token of integrity.split(/\s+/)) {
    if (token === '') continue;
    const yarn = YARN_CHECKSUM.exec(token);
    const prefixed = yarn ? null : PREFIXED.exec(token);
    const [algorithm, digest] = yarn
      ? [`yarn/${yarn[1]!}`, yarn[2]!]
      : prefixed
        ? [prefixed[1]!.toLowerCase(), prefixed[2]!]
        : [`bare${token.length}`, token];
    let set = tokens.get(algorithm);
    if (!set) tokens.set(algorithm, (set = new Set()));
    set.add(digest);
  }
  return tokens;
}

/**
 * True when the artefact behind an unchanged version was replaced: for some algorithm both values
 * record, a hash the base had is gone and one it didn't have appeared. Not when either side has no
 * integrity, when the algorithms differ (npm rewriting sha1 to sha512, a yarn cache-key bump), or
 * when hashes were only added or only dropped (a lock tool listing one more wheel, or one fewer
 * platform): those say nothing about the artefacts that stayed.
 */
export function isIntegrityChanged(before: string | undefined, after: string | undefined): boolean {
  if (before === undefined || after === undefined || before === after) return false;
  const a = hashTokens(before);
  const b = hashTokens(after);
  for (const [algorithm, old] of a) {
    const now = b.get(algorithm);
    if (!now) continue;
    const dropped = [...old].some((digest) => !now.has(digest));
    const appeared = [...now].some((digest) => !old.has(digest));
    if (dropped && appeared) return true;
  }
  return false;
}

/** Where a package resolves from: its kind (Package.source, or `registry`) and host when recorded. */
export interface Origin {
  kind: string;
  host?: string;
}

export function originOf(pkg: { source?: string; host?: string }): Origin {
  return { kind: pkg.source ?? 'registry', ...(pkg.host !== undefined ? { host: pkg.host } : {}) };
}

/** `registry:registry.npmjs.org`, `git`, `url:example.com`: the form Change.fromSource/toSource carry. */
export function describeOrigin(origin: Origin): string {
  return origin.host === undefined ? origin.kind : `${origin.kind}:${origin.host}`;
}

/**
 * True when a package moved between kinds of source (registry to git, tarball URL or a patch:
 * dependency confusion's other half), or between hosts of one kind. A side whose lockfile records no
 * host (npm with `omit-lockfile-registry-resolved`, yarn berry) can't show a host change.
 */
export function isSourceChanged(before: Origin, after: Origin): boolean {
  if (before.kind !== after.kind) return true;
  return before.host !== undefined && after.host !== undefined && before.host !== after.host;
}
