/**
 * The host a package was resolved from, for Package.host: lower-cased, without credentials or port
 * noise, and with registry.yarnpkg.com read as registry.npmjs.org (yarn's registry is a proxy of
 * npm's, so a lockfile rewritten from one to the other has not changed supplier).
 */
const SAME_REGISTRY: Readonly<Record<string, string>> = {
  'registry.yarnpkg.com': 'registry.npmjs.org',
};

/** Host of an http(s) URL (also `git+https:`), or undefined for anything else. */
export function hostOfUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const match = /^(?:git\+)?https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)(?::(\d+))?/i.exec(url);
  if (!match) return undefined;
  const host = match[1]!.toLowerCase();
  const port = match[2] !== undefined && match[2] !== '443' && match[2] !== '80' ? `:${match[2]}` : '';
  return (SAME_REGISTRY[host] ?? host) + port;
}
